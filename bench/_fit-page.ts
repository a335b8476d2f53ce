/**
 * The reader page's thresholds and their fit: the page's evidence
 * (`weigh` in `src/html/browser/check.ts`, the library's ranking plus a
 * comparison of figures, years and countries) on the dev half of the blind
 * statements over the bundled article, and the pair of thresholds that gets
 * the most statements right per label (balanced accuracy; on a tie, the
 * fewest wrong `supported`, the worst mistake). Shared by
 * `bench/fit-page.ts` (which writes `src/html/calibration.json`) and the
 * staleness test.
 */
import {openCorpus} from '../src/facade/index.js'
import {buildIndex, verdictOf, weigh} from '../src/html/browser/check.js'
import {toReaderData} from '../src/html/data.js'
import {loadStatementSets} from './_statements.js'

/** What the page ships: the thresholds, and what they scored on the data they were fitted on. */
export interface PageCalibration {
  found: number
  contradicted: number
  fitted: {statements: number; balanced: number; wrongSupported: number}
}

const VERDICTS = ['supported', 'uncited', 'contradicted', 'not-found'] as const
/** The grid: thresholds from 0.2 to 0.8 by 0.01. */
const GRID = Array.from({length: 61}, (_, i) => Math.round((0.2 + i / 100) * 100) / 100)

/**
 * Fit the page's thresholds.
 *
 * @returns
 *   The calibration the page should ship.
 */
export async function fitPage(): Promise<PageCalibration> {
  const corpus = await openCorpus()
  const document = corpus.documents[0]!.id
  const sources = new Map(corpus.sources.map((item) => [item.id, item]))
  const page = buildIndex(toReaderData(document, corpus.claims, corpus.footnotes, sources, {found: 0, contradicted: 0}))
  const set = loadStatementSets().filter((one) => one.document === document).flatMap((one) => one.statements).filter((s) => s.split === 'dev')
  const weighed = set.map((s) => {
    const evidence = weigh(page, s.statement)
    const cited = evidence.chosen !== undefined && page.index.claims[evidence.chosen]!.footnotes.length > 0
    return {want: s.verdict, evidence, cited}
  })
  let best: PageCalibration | undefined
  for (const found of GRID) {
    for (const contradicted of GRID) {
      const right = new Map(VERDICTS.map((v) => [v, 0]))
      const total = new Map(VERDICTS.map((v) => [v, 0]))
      let wrongSupported = 0
      for (const {want, evidence, cited} of weighed) {
        const got = verdictOf(evidence, cited, {found, contradicted})
        total.set(want, total.get(want)! + 1)
        if (got === want) right.set(want, right.get(want)! + 1)
        else if (got === 'supported') wrongSupported++
      }
      const balanced = VERDICTS.reduce((sum, v) => sum + right.get(v)! / Math.max(1, total.get(v)!), 0) / VERDICTS.length
      const score = Math.round(balanced * 1e6) / 1e6
      if (!best || score > best.fitted.balanced || (score === best.fitted.balanced && wrongSupported < best.fitted.wrongSupported)) {
        best = {found, contradicted, fitted: {statements: weighed.length, balanced: score, wrongSupported}}
      }
    }
  }
  return best!
}
