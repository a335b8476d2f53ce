/**
 * Refit the verifier's thresholds and confidence curve on the dev split of
 * `tests/fixtures/queries.json` (never the test split), and print the
 * constants to paste into `src/search/_calibration.ts`.
 *
 * Run: `npx tsx bench/calibrate.ts`
 */
import {loadQueries} from './_eval.js'
import {openCorpus} from '../src/corpus/index.js'
import {createEngine} from '../src/search/_engine.js'
import {decide, gather, type Evidence} from '../src/search/verify.js'

const corpus = await openCorpus()
const engine = createEngine(corpus.claims, corpus.sources)
const dev = loadQueries().filter((query) => query.split === 'dev')
const evidence: Array<{expected: string; evidence: Evidence}> = dev.map((query) => ({expected: query.verdict, evidence: gather(engine, query.query)}))

// 1. Thresholds: maximise the mean per-verdict accuracy; on a plateau take its centre.
function balanced(found: number, contradicted: number): number {
  const tally = new Map<string, [number, number]>()
  for (const {expected, evidence: e} of evidence) {
    const t = tally.get(expected) ?? [0, 0]
    t[1]++
    if (decide(e, {found, contradicted}).verdict === expected) t[0]++
    tally.set(expected, t)
  }
  let sum = 0
  for (const [right, total] of tally.values()) sum += right / total
  return sum / tally.size
}
let best = -1
let plateau: Array<[number, number]> = []
for (let f = 20; f <= 80; f++) {
  for (let c = 20; c <= 90; c++) {
    const value = balanced(f / 100, c / 100)
    if (value > best + 1e-9) (best = value), (plateau = [])
    if (Math.abs(value - best) <= 1e-9) plateau.push([f / 100, c / 100])
  }
}
const mid = (values: number[]): number => values.sort((a, b) => a - b)[values.length >> 1]!
const found = mid(plateau.map(([f]) => f))
const contradicted = mid(plateau.filter(([f]) => f === found).map(([, c]) => c))

// 2. Confidence: logistic regression of "verdict right" on |distance| and margin.
const rows = evidence.map(({expected, evidence: e}) => {
  const {verdict, distance} = decide(e, {found, contradicted})
  return {x: [1, Math.abs(distance), e.margin], y: verdict === expected ? 1 : 0}
})
const w = [0, 0, 0]
for (let step = 0; step < 20_000; step++) {
  const grad = [0, 0, 0]
  for (const {x, y} of rows) {
    const p = 1 / (1 + Math.exp(-(w[0]! * x[0]! + w[1]! * x[1]! + w[2]! * x[2]!)))
    for (let i = 0; i < 3; i++) grad[i]! += (p - y) * x[i]!
  }
  for (let i = 0; i < 3; i++) w[i]! -= (0.05 * (grad[i]! + 0.01 * w[i]!)) / rows.length
}
const round = (n: number): number => Math.round(n * 100) / 100
console.log(`dev queries: ${dev.length}, balanced accuracy ${best.toFixed(3)}, plateau of ${plateau.length} threshold pairs`)
console.log(JSON.stringify({found, contradicted, a: round(w[0]!), b: round(w[1]!), c: round(w[2]!)}))
