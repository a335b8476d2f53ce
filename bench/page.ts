/**
 * Scenario: the reader page. What `claimtrace html` writes for the bundled
 * article (bytes, build time), and the page's in-browser verdict (the
 * library's ranking plus a comparison of numbers, years and countries,
 * `src/html/browser/check.ts`) against `verify`, on the 598 statements
 * written blind over the bundled article (tests/fixtures/statements/), in
 * one process.
 */
import {readFileSync} from 'node:fs'
import {bundledCorpus, readCorpus} from '../src/corpus/index.js'
import {openCorpus} from '../src/facade/index.js'
import {buildSite} from '../src/html/index.js'
import {buildIndex, check} from '../src/html/browser/check.js'
import {toReaderData} from '../src/html/data.js'
import {CALIBRATION} from '../src/html/_calibration.js'
import type {Verification} from '../src/types.js'
import {percentiles, table} from './_measure.js'

interface Statement {
  split: 'dev' | 'test'
  id: string
  statement: string
  verdict: Verification['verdict']
}

export async function run(): Promise<void> {
  const corpus = await openCorpus()
  const papers = await readCorpus(bundledCorpus)
  const builds: number[] = []
  let bytes: Record<string, number> = {}
  for (let round = 0; round < 3; round++) {
    const start = performance.now()
    const {files} = buildSite(corpus, papers)
    builds.push(performance.now() - start)
    bytes = Object.fromEntries(files.map((file) => [file.path, Buffer.byteLength(file.contents)]))
  }
  console.log(`site: ${Object.entries(bytes).map(([name, size]) => `${name} ${(size / 1024).toFixed(0)} kB`).join(', ')}; build p50 ${percentiles(builds).p50.toFixed(0)} ms (3 rounds)\n`)

  const file = new URL('../tests/fixtures/statements/israel-central-asia-2020.json', import.meta.url)
  const statements = (JSON.parse(readFileSync(file, 'utf8')) as {statements: Statement[]}).statements
  const document = corpus.documents[0]!.id
  const page = buildIndex(toReaderData(document, corpus.claims, corpus.footnotes, new Map(corpus.sources.map((item) => [item.id, item])), CALIBRATION))
  const verdicts = ['supported', 'uncited', 'contradicted', 'not-found'] as const
  const rows = []
  for (const split of ['dev', 'test'] as const) {
    const set = statements.filter((s) => s.split === split)
    const pageRuns = set.map((s) => check(page, s.statement).verdict)
    const cliRuns = set.map((s) => corpus.verify(s.statement).verdict)
    for (const [name, runs] of [['page', pageRuns], ['verify', cliRuns]] as const) {
      const row: Record<string, string | number> = {split, system: name, n: set.length}
      let balanced = 0
      for (const verdict of verdicts) {
        const of = set.map((s, i) => [s, runs[i]] as const).filter(([s]) => s.verdict === verdict)
        const right = of.filter(([s, got]) => got === s.verdict).length / Math.max(1, of.length)
        row[verdict] = right
        balanced += right / verdicts.length
      }
      row['accuracy'] = set.filter((s, i) => runs[i] === s.verdict).length / set.length
      row['balanced'] = balanced
      row['agrees with verify'] = name === 'page' ? pageRuns.filter((v, i) => v === cliRuns[i]).length / set.length : 1
      rows.push(row)
    }
  }
  console.log('verdict accuracy by label (share of statements with that label given it), 598 blind statements:')
  console.log(table(rows))
  const samples = statements.map((s) => {
    const start = performance.now()
    check(page, s.statement)
    return performance.now() - start
  })
  const {p50, p95} = percentiles(samples)
  console.log(`\npage check in Node: p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms per statement`)
}
