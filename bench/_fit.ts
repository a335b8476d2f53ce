/**
 * The verifier's training data and fit: the dev half of every blind set
 * over the bundled corpus, of the hand-written queries, and of the generated
 * variants; never a test half. Shared by `bench/fit-verifier.ts` (which
 * writes `src/search/verifier.json`) and the staleness test.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {openCorpus} from '../src/facade/index.js'
import {buildCorpus} from '../src/corpus/load.js'
import {ingest} from '../src/ingest/index.js'
import {createEngine, type Engine} from '../src/search/engine.js'
import {fit, type Outcome, type TrainingRow, type VerifierModel} from '../src/search/_decide.js'
import {gather} from '../src/search/verify.js'
import {loadQueries} from './_eval.js'
import {perturb} from './_perturb.js'
import {loadStatementSets, type LabelledStatement} from './_statements.js'

const OUTCOME: Record<LabelledStatement['verdict'], Outcome> = {supported: 'found', uncited: 'found', contradicted: 'contradicted', 'not-found': 'not-found'}

/** Generated variants count half as much as statements people wrote. */
const GENERATED = 0.5

/** The single assertions of the dev halves, with the outcome each should get (a multi-part statement gives its parts). */
export function devAssertions(statements: readonly LabelledStatement[]): Array<{text: string; outcome: Outcome; weight: number}> {
  const rows: Array<{text: string; outcome: Outcome; weight: number}> = []
  for (const statement of statements) {
    if (statement.split !== 'dev') continue
    const weight = statement.id.includes(':') ? GENERATED : 1
    if (statement.parts && statement.parts.length > 1) {
      for (const part of statement.parts) rows.push({text: part.text, outcome: OUTCOME[part.verdict], weight})
    } else rows.push({text: statement.statement, outcome: OUTCOME[statement.verdict], weight})
  }
  return rows
}

/** Every dev statement over the bundled corpus: blind sets, hand-written queries, generated variants. */
export async function devStatements(): Promise<{engine: Engine; statements: LabelledStatement[]}> {
  const corpus = await openCorpus()
  const engine = createEngine(corpus.claims, corpus.sources, corpus.language)
  const documents = new Set(corpus.documents.map((document) => document.id))
  const blind = loadStatementSets().filter((set) => documents.has(set.document)).flatMap((set) => set.statements)
  const queries: LabelledStatement[] = loadQueries().map((query) => ({id: query.id, split: query.split, kind: query.kind, statement: query.query, verdict: query.verdict, evidence: [], footnotes: query.footnotes}))
  const names = [...new Set(corpus.claims.flatMap((claim) => claim.annotations.entities))].sort()
  return {engine, statements: [...blind, ...queries, ...perturb(corpus.claims, names)]}
}

/**
 * The unseen articles with a blind set (`tests/fixtures/<name>/clean.json` and
 * its damaged `source.txt`), each ingested and built in memory, with the dev
 * statements of its set and of its generated variants.
 */
export async function unseenStatements(): Promise<Array<{engine: Engine; statements: LabelledStatement[]}>> {
  const root = fileURLToPath(new URL('../tests/fixtures/', import.meta.url))
  const sets = new Map(loadStatementSets().map((set) => [set.document, set]))
  const found: Array<{engine: Engine; statements: LabelledStatement[]}> = []
  for (const name of readdirSync(root).sort()) {
    const folder = path.join(root, name)
    if (!existsSync(path.join(folder, 'clean.json')) || !existsSync(path.join(folder, 'source.txt'))) continue
    const {id} = JSON.parse(readFileSync(path.join(folder, 'clean.json'), 'utf8')) as {id: string}
    const set = sets.get(id)
    if (!set) continue
    const {markdown} = await ingest(readFileSync(path.join(folder, 'source.txt'), 'utf8'), {id})
    const data = buildCorpus([{path: path.join(folder, id, 'paper.md'), value: markdown}], folder)
    const engine = createEngine(data.claims, data.sources, data.language)
    const names = [...new Set(data.claims.flatMap((claim) => claim.annotations.entities))].sort()
    found.push({engine, statements: [...set.statements, ...perturb(data.claims, names)]})
  }
  return found
}

/** Fit the verifier on the dev halves: of the bundled corpus's sets and of the unseen articles'. */
export async function fitVerifier(): Promise<{model: VerifierModel; rows: number}> {
  const corpora = [await devStatements(), ...(await unseenStatements())]
  const rows: TrainingRow[] = corpora.flatMap(({engine, statements}) =>
    devAssertions(statements).map(({text, outcome, weight}) => {
      const evidence = gather(engine, text)
      return {features: evidence.features, discrepant: evidence.discrepancies.length > 0, outcome, weight}
    })
  )
  const counts = {found: 0, contradicted: 0, 'not-found': 0}
  for (const row of rows) counts[row.outcome]++
  const model = fit(rows, `dev halves of the blind sets, the hand-written queries and the generated variants over the bundled corpus and ${corpora.length - 1} unseen articles: ${rows.length} assertions (found ${counts.found}, contradicted ${counts.contradicted}, not-found ${counts['not-found']})`)
  return {model, rows: rows.length}
}
