/**
 * Thresholds of the reader page's in-browser check (`browser/check.ts`),
 * which ranks with the library's claim index but without its language
 * analysis (the NLP packages do not run in a page): below `found` the page
 * says the paper does not make the claim; with a discrepancy, the rest of the
 * statement must score `contradicted` to count as contradicted.
 *
 * Note: fitted by `npx tsx bench/fit-page.ts` on the dev half of the blind
 * statements over the bundled article, which writes `calibration.json`; a
 * test fails when it is stale. `npm run bench` (scenario `page`) measures the
 * page's check against `verify` on both halves.
 */
import calibration from './calibration.json' with {type: 'json'}

/** The page's thresholds. */
export const CALIBRATION: {readonly found: number; readonly contradicted: number} = {found: calibration.found, contradicted: calibration.contradicted}
