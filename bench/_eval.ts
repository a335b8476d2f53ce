/**
 * The evaluation set (`tests/fixtures/queries.json`) and how a ranked list
 * is scored against it; shared by the accuracy tests, the benchmarks and
 * the calibration script.
 */
import {readFileSync} from 'node:fs'
import type {Claim, Verification} from '../src/types.js'

/** One query of the evaluation set. */
export interface EvalQuery {
  id: string
  split: 'dev' | 'test'
  kind: string
  query: string
  /** Footnotes of the expected claim (any one suffices). */
  footnotes: number[]
  /** A fragment of the expected claim's text (alternative to `footnotes`). */
  claim?: string
  verdict: Verification['verdict']
  discrepancy?: {kind: string; claimed: string; paper: string}
  source?: string
  agrees?: boolean
}

/** Load the evaluation set. */
export function loadQueries(): EvalQuery[] {
  const file = new URL('../tests/fixtures/queries.json', import.meta.url)
  return (JSON.parse(readFileSync(file, 'utf8')) as {queries: EvalQuery[]}).queries
}

const fold = (text: string): string => text.normalize('NFKC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').toLowerCase()

/** Whether `claim` is the one `query` expects. */
export function isExpected(claim: Claim, query: EvalQuery): boolean {
  if (claim.footnotes.some((n) => query.footnotes.includes(n))) return true
  return query.claim !== undefined && fold(claim.text).includes(fold(query.claim))
}

/** Top-1, top-3 and mean reciprocal rank of ranked claim lists. */
export function accuracy(runs: Array<{query: EvalQuery; ranked: readonly Claim[]}>): {n: number; top1: number; top3: number; mrr: number; misses: string[]} {
  let top1 = 0
  let top3 = 0
  let mrr = 0
  const misses: string[] = []
  const scored = runs.filter((run) => run.query.verdict !== 'not-found')
  for (const {query, ranked} of scored) {
    const rank = ranked.findIndex((claim) => isExpected(claim, query))
    if (rank === 0) top1++
    else misses.push(query.id)
    if (rank >= 0 && rank < 3) top3++
    if (rank >= 0) mrr += 1 / (rank + 1)
  }
  const n = scored.length
  return {n, top1: top1 / n, top3: top3 / n, mrr: mrr / n, misses}
}
