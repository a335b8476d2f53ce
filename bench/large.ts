/**
 * Scenario: a generated large corpus. 50,000 claims synthesised from the real
 * ones (each real claim copied with its numbers and years shifted and a
 * country swapped), to show the inverted index keeps resolve sub-linear
 * while plain Fuse.js scans every claim. Queries: the evaluation set.
 */
import Fuse from 'fuse.js'
import {openCorpus} from '../src/facade/index.js'
import {Searcher} from '../src/search/index.js'
import type {Claim} from '../src/types.js'
import {loadQueries} from './_eval.js'
import {percentiles, table} from './_measure.js'

const SIZE = 50_000
const COUNTRIES = ['Kazakhstan', 'Uzbekistan', 'Tajikistan', 'Turkmenistan', 'Kyrgyzstan']

function synthesise(claims: readonly Claim[]): Claim[] {
  const out: Claim[] = [...claims]
  for (let i = 0; out.length < SIZE; i++) {
    const base = claims[i % claims.length]!
    const shift = (text: string): string =>
      text.replace(/\d+/g, (n) => String(Number(n) + 1 + (i % 7))).replace(/Kazakhstan|Uzbekistan|Tajikistan/g, () => COUNTRIES[i % COUNTRIES.length]!)
    out.push({...base, id: `${base.document}#g${i}`, text: shift(base.text), sentence: shift(base.sentence)})
  }
  return out
}

export async function run(): Promise<void> {
  const corpus = await openCorpus()
  const claims = synthesise(corpus.claims)
  const queries = loadQueries().filter((q) => q.verdict !== 'not-found')
  const heapBefore = process.memoryUsage().heapUsed
  let start = performance.now()
  const searcher = new Searcher({documents: corpus.documents, claims, footnotes: corpus.footnotes, sources: corpus.sources})
  searcher.resolve('warm up')
  const build = performance.now() - start
  const heap = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20
  const ours: number[] = []
  for (let round = 0; round < 3; round++) {
    for (const q of queries) {
      start = performance.now()
      searcher.resolve(q.query, {limit: 3})
      ours.push(performance.now() - start)
    }
  }
  start = performance.now()
  const fuse = new Fuse(claims, {keys: ['text'], ignoreLocation: true, threshold: 0.6})
  const fuseBuild = performance.now() - start
  const theirs: number[] = []
  for (const q of queries.slice(0, 10)) {
    start = performance.now()
    fuse.search(q.query, {limit: 3})
    theirs.push(performance.now() - start)
  }
  const a = percentiles(ours)
  const b = percentiles(theirs)
  console.log(`large: ${claims.length} claims (synthesised from ${corpus.claims.length}); claimtrace: ${queries.length} queries × 3; plain Fuse: first 10 queries × 1`)
  console.log(table([
    {system: 'claimtrace resolve', 'build ms': build, 'index heap MB': heap, 'p50 ms': a.p50, 'p95 ms': a.p95},
    {system: 'plain Fuse.js', 'build ms': fuseBuild, 'index heap MB': '-', 'p50 ms': b.p50, 'p95 ms': b.p95}
  ]))
}
