/**
 * Refit the verifier (`src/search/_decide.ts`) on the dev halves and write
 * `src/search/verifier.json`. A test fails when the file is stale.
 *
 * Run: `npx tsx bench/fit-verifier.ts`
 */
import {writeFileSync} from 'node:fs'
import {fitVerifier} from './_fit.js'

const {model} = await fitVerifier()
writeFileSync(new URL('../src/search/verifier.json', import.meta.url), JSON.stringify(model, null, 1) + '\n')
console.log(model.fitted)
