/**
 * Score a verifier on the frozen statement sets: per verdict and per kind,
 * on one split, with the misses. Shared by `bench/verify.ts` and the
 * fitting script.
 */
import type {Verification} from '../src/types.js'
import {count, judge, type LabelledStatement, type Tally} from './_statements.js'

/** Per-verdict and per-kind tallies of a verifier on some statements. */
export interface Score {
  verdicts: Tally
  kinds: Tally
  /** Right verdict and a right claim. */
  claims: Tally
  n: number
  right: number
}

/** Run `verify` on each statement and tally the answers. */
export function score(statements: readonly LabelledStatement[], verify: (text: string) => Verification): Score {
  const result: Score = {verdicts: new Map(), kinds: new Map(), claims: new Map(), n: 0, right: 0}
  for (const statement of statements) {
    const answer = verify(statement.statement)
    const {verdict, claim} = judge(answer, statement)
    count(result.verdicts, statement.verdict, verdict, `${statement.id}→${answer.verdict}`)
    count(result.kinds, statement.kind, verdict, `${statement.id}→${answer.verdict}`)
    count(result.claims, statement.kind, verdict && claim, statement.id)
    result.n++
    if (verdict) result.right++
  }
  return result
}

/** A tally as table rows: key, right/total, share. */
export function rows(tally: Tally): string[][] {
  return [...tally].sort((a, b) => a[0].localeCompare(b[0])).map(([key, {right, total}]) => [key, `${right}/${total}`, `${((100 * right) / total).toFixed(1)} %`])
}
