/**
 * Refit the reader page's thresholds (`src/html/browser/check.ts`) on the
 * dev half of the blind statements and write `src/html/calibration.json`.
 * A test fails when the file is stale.
 *
 * Run: `npx tsx bench/fit-page.ts`
 */
import {writeFileSync} from 'node:fs'
import {fitPage} from './_fit-page.js'

const calibration = await fitPage()
writeFileSync(new URL('../src/html/calibration.json', import.meta.url), JSON.stringify(calibration, null, 1) + '\n')
console.log(calibration)
