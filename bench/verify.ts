/**
 * Scenario: verify on the held-out test halves of the blind statement sets
 * (per verdict and per kind, with the misses) and of the generated variants,
 * against plain Fuse.js and MiniSearch measured in the same run. A baseline
 * verdict is what a search engine alone can say: its best claim's score
 * against a threshold fitted on the dev half (supported or uncited by the
 * claim's footnotes, else not-found; it never finds a contradiction).
 *
 * The unseen articles' sets (tests/fixtures/unseen-*) run on a corpus
 * ingested from their damaged `source.txt` in a temporary folder.
 */
import {mkdtemp, mkdir, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {existsSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import Fuse from 'fuse.js'
import MiniSearch from 'minisearch'
import {ingest, openCorpus, type Corpus} from '../src/index.js'
import type {Claim, Verification} from '../src/types.js'
import {perturb} from './_perturb.js'
import {rows, score, type Score} from './_report.js'
import {loadStatementSets, type LabelledStatement} from './_statements.js'
import {table} from './_measure.js'

type Verify = (text: string) => Verification

/** A search engine's verdict: its best claim above a threshold. */
function baseline(search: (text: string) => Array<{claim: Claim; score: number}>, threshold: number): Verify {
  return (text) => {
    const best = search(text)[0]
    const found = best !== undefined && best.score >= threshold
    const claim = found ? best.claim : null
    return {verdict: claim ? (claim.footnotes.length > 0 ? 'supported' : 'uncited') : 'not-found', confidence: 0, claim, citations: [], sources: [], discrepancies: []}
  }
}

/** The threshold that gets most dev statements right (balanced over verdicts). */
function fitThreshold(statements: readonly LabelledStatement[], search: (text: string) => Array<{claim: Claim; score: number}>): number {
  const scores = statements.map((statement) => ({statement, best: search(statement.statement)[0]}))
  let best = {threshold: 0, value: -1}
  for (let t = 0; t <= 1.0001; t += 0.01) {
    const result = score(
      statements,
      ((text: string) => {
        const found = scores.find((s) => s.statement.statement === text)!.best
        const claim = found && found.score >= t ? found.claim : null
        return {verdict: claim ? (claim.footnotes.length > 0 ? 'supported' : 'uncited') : 'not-found', confidence: 0, claim, citations: [], sources: [], discrepancies: []}
      }) as Verify
    )
    const shares = [...result.verdicts.values()].map(({right, total}) => right / total)
    const value = shares.reduce((a, b) => a + b, 0) / shares.length
    if (value > best.value) best = {threshold: t, value}
  }
  return best.threshold
}

function engines(corpus: Corpus, dev: readonly LabelledStatement[]): Array<[string, Verify]> {
  const claims = corpus.claims
  const fuse = new Fuse(claims, {keys: ['text'], ignoreLocation: true, threshold: 0.6, includeScore: true})
  const fuseSearch = (text: string) => fuse.search(text, {limit: 1}).map((r) => ({claim: r.item, score: 1 - (r.score ?? 1)}))
  const mini = new MiniSearch<Claim>({fields: ['text'], storeFields: [], searchOptions: {fuzzy: 0.2, prefix: true}})
  mini.addAll(claims)
  const byId = new Map(claims.map((claim) => [claim.id, claim]))
  const miniSearch = (text: string) => {
    const results = mini.search(text)
    const top = results[0]?.score ?? 1
    // MiniSearch scores are unbounded: normalise by the query's own best possible, its words' count.
    return results.slice(0, 1).map((r) => ({claim: byId.get(r.id as string)!, score: Math.min(1, top / (8 * Math.max(1, text.split(/\s+/).length)))}))
  }
  return [
    ['claimtrace verify', (text) => corpus.verify(text)],
    ['plain Fuse.js + threshold', baseline(fuseSearch, fitThreshold(dev, fuseSearch))],
    ['MiniSearch + threshold', baseline(miniSearch, fitThreshold(dev, miniSearch))]
  ]
}

function report(title: string, results: Array<[string, Score]>): void {
  console.log(`\n${title}\n`)
  const keys = [...new Set(results.flatMap(([, s]) => [...s.verdicts.keys()]))].sort()
  console.log(table(results.map(([name, s]) => ({system: name, right: `${s.right}/${s.n} (${((100 * s.right) / s.n).toFixed(1)} %)`, ...Object.fromEntries(keys.map((key) => [key, cell(s.verdicts.get(key))]))}))))
  const [, ours] = results[0]!
  console.log(`\nclaimtrace verify, per kind (right verdict; “claim” also the right claim):\n`)
  console.log(table(rows(ours.kinds).map(([kind, right, share]) => ({kind: kind!, right: right!, share: share!, claim: cell(ours.claims.get(kind!))}))))
  const misses = [...ours.kinds].flatMap(([, entry]) => entry.misses)
  if (misses.length > 0) console.log(`\nmisses (id→verdict given): ${misses.join(' ')}`)
}

function cell(entry: {right: number; total: number} | undefined): string {
  return entry ? `${entry.right}/${entry.total} (${((100 * entry.right) / entry.total).toFixed(0)} %)` : ''
}

/** The unseen articles' fixture folders, by document id. */
async function articleFolders(): Promise<Map<string, string>> {
  const root = fileURLToPath(new URL('../tests/fixtures/', import.meta.url))
  const found = new Map<string, string>()
  for (const name of await readdir(root)) {
    const clean = path.join(root, name, 'clean.json')
    if (existsSync(clean)) found.set((JSON.parse(await readFile(clean, 'utf8')) as {id: string}).id, path.join(root, name))
  }
  return found
}

/** Ingest an unseen article's damaged text into a temporary corpus. */
async function unseenCorpus(folder: string, dir: string): Promise<Corpus | undefined> {
  const source = path.join(folder, 'source.txt')
  if (!existsSync(source)) return undefined
  const clean = JSON.parse(await readFile(path.join(folder, 'clean.json'), 'utf8')) as {id: string}
  const result = await ingest(await readFile(source, 'utf8'), {id: clean.id})
  await mkdir(path.join(dir, clean.id), {recursive: true})
  await writeFile(path.join(dir, clean.id, 'paper.md'), result.markdown)
  return openCorpus(dir, {cache: false})
}

export async function run(): Promise<void> {
  const corpus = await openCorpus()
  const sets = loadStatementSets()
  const bundled = sets.filter((set) => corpus.documents.some((document) => document.id === set.document))
  // All the blind sets over the bundled article together (four writers' statements), then each set alone.
  if (bundled.length > 1) {
    const all = bundled.flatMap((set) => set.statements)
    const systems = engines(corpus, all.filter((s) => s.split === 'dev'))
    const test = all.filter((s) => s.split === 'test')
    report(`all ${bundled.length} blind sets over the bundled article (${bundled.map((set) => set.name).join(', ')}): ${test.length} statements, test half`, systems.map(([name, verify]) => [name, score(test, verify)]))
  }
  for (const set of bundled) {
    const dev = set.statements.filter((s) => s.split === 'dev')
    const test = set.statements.filter((s) => s.split === 'test')
    const systems = engines(corpus, dev)
    report(`${set.name}: ${test.length} statements written blind, test half`, systems.map(([name, verify]) => [name, score(test, verify)]))
    const started = performance.now()
    for (const statement of test) corpus.verify(statement.statement)
    console.log(`\nverify: ${((performance.now() - started) / test.length).toFixed(1)} ms a statement (mean, warm)`)
  }
  const names = [...new Set(corpus.claims.flatMap((claim) => claim.annotations.entities))].sort()
  const variants = perturb(corpus.claims, names)
  const systems = engines(corpus, variants.filter((s) => s.split === 'dev'))
  report(`generated variants of the bundled corpus's claims, test half (${variants.filter((s) => s.split === 'test').length})`, systems.map(([name, verify]) => [name, score(variants.filter((s) => s.split === 'test'), verify)]))
  const temporary = await mkdtemp(path.join(tmpdir(), 'claimtrace-bench-'))
  try {
    const folders = await articleFolders()
    for (const set of sets.filter((s) => !bundled.includes(s))) {
      const folder = folders.get(set.document)
      const other = folder === undefined ? undefined : await unseenCorpus(folder, path.join(temporary, set.name))
      if (!other) continue
      const test = set.statements.filter((s) => s.split === 'test')
      const dev = set.statements.filter((s) => s.split === 'dev')
      report(`${set.name} (an unseen article, ingested from its damaged text): test half`, engines(other, dev).map(([name, verify]) => [name, score(test, verify)]))
    }
  } finally {
    await rm(temporary, {recursive: true, force: true})
  }
}
