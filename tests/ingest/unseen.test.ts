/**
 * Does ingest generalise? An article it has never seen (`tests/fixtures/unseen/`), damaged from
 * `clean.json` by `tests/fixtures/damage.ts` (regenerate: `npx tsx tests/fixtures/damage.ts`).
 * Footnote 14 is the one damage.ts (seed 27) continues on the next page's footnote block.
 */
import {describe} from 'vitest'
import {commonChecks, loadUnseen} from './_unseen.js'

describe('ingest on an unseen article', () => {
  commonChecks(loadUnseen('unseen'), 14)
})
