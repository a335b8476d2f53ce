/**
 * The blind evaluation sets of `tests/fixtures/statements/` (written from the
 * articles and `LABELS.md` only, frozen before tuning) and how a verifier's
 * answers are scored against them; shared by the accuracy tests, the
 * benchmarks and the fitting script.
 */
import {readFileSync, readdirSync} from 'node:fs'
import type {Claim, Verification} from '../src/types.js'

/** One assertion of a labelled statement. */
export interface LabelledPart {
  text: string
  verdict: Verification['verdict']
  evidence: string[]
  footnotes: number[]
}

/** One labelled statement (see `tests/fixtures/statements/LABELS.md`). */
export interface LabelledStatement {
  id: string
  split: 'dev' | 'test'
  kind: string
  statement: string
  verdict: Verification['verdict']
  /** Exact article text the statement is about (`[]` for not-found). */
  evidence: string[]
  footnotes: number[]
  discrepancy?: {kind: string; claimed: string; paper: string}
  parts?: LabelledPart[]
  /** Set when a label was corrected after the blind audit (the reason). */
  corrected?: string
}

/** A frozen set: the document it is about and its statements. */
export interface StatementSet {
  document: string
  /** The set's file name (without `.json`). */
  name: string
  statements: LabelledStatement[]
}

const folder = new URL('../tests/fixtures/statements/', import.meta.url)

/** Every frozen set, or the one named. */
export function loadStatementSets(name?: string): StatementSet[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json') && !file.startsWith('_') && (name === undefined || file === `${name}.json`))
    .sort()
    .map((file) => {
      const data = JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as {document: string; statements: LabelledStatement[]}
      return {document: data.document, name: file.slice(0, -5), statements: data.statements}
    })
}

const fold = (text: string): string => text.normalize('NFKC').replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase()

/** Whether `claim` is one the statement is about: its sentence holds an evidence string, or one holds it. */
export function isAbout(claim: Claim, statement: Pick<LabelledStatement, 'evidence' | 'footnotes'>): boolean {
  const sentence = fold(claim.sentence)
  return statement.evidence.some((evidence) => {
    const wanted = fold(evidence)
    return sentence.includes(wanted) || wanted.includes(fold(claim.text))
  })
}

/** Right/total tallies, per key. */
export type Tally = Map<string, {right: number; total: number; misses: string[]}>

/** Add one answer to a tally. */
export function count(tally: Tally, key: string, right: boolean, id: string): void {
  const entry = tally.get(key) ?? {right: 0, total: 0, misses: []}
  entry.total++
  if (right) entry.right++
  else entry.misses.push(id)
  tally.set(key, entry)
}

/** Whether a verification gets a statement right: the verdict, and for found verdicts a claim it is about. */
export function judge(result: Verification, statement: LabelledStatement): {verdict: boolean; claim: boolean} {
  const verdict = result.verdict === statement.verdict
  if (!verdict || statement.verdict === 'not-found' || !result.claim) return {verdict, claim: verdict}
  const claims = [result.claim, ...(result.parts ?? []).flatMap((part) => (part.claim ? [part.claim] : []))]
  const evidence = [...statement.evidence, ...(statement.parts ?? []).flatMap((part) => part.evidence)]
  return {verdict, claim: claims.some((claim) => isAbout(claim, {evidence, footnotes: statement.footnotes}))}
}
