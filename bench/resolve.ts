/**
 * Scenario: resolve on the bundled corpus, against plain Fuse.js (keys text,
 * ignoreLocation, threshold 0.6) and MiniSearch (fuzzy 0.2, prefix), in one
 * process, on the same claims and the same queries (tests/fixtures/queries.json).
 */
import Fuse from 'fuse.js'
import MiniSearch from 'minisearch'
import {openCorpus} from '../src/facade/index.js'
import {Searcher} from '../src/search/index.js'
import type {Claim} from '../src/types.js'
import {loadQueries} from './_eval.js'
import {measure, table} from './_measure.js'

export async function run(): Promise<void> {
  const corpus = await openCorpus()
  const claims = corpus.claims
  const queries = loadQueries()
  const searcher = new Searcher(corpus)
  const fuse = new Fuse(claims, {keys: ['text'], ignoreLocation: true, threshold: 0.6})
  const mini = new MiniSearch<Claim>({fields: ['text'], storeFields: [], searchOptions: {fuzzy: 0.2, prefix: true}})
  mini.addAll(claims)
  const byId = new Map(claims.map((claim) => [claim.id, claim]))
  const rows = [
    measure('claimtrace resolve', queries, (text) => searcher.resolve(text, {limit: 3}).matches.map((m) => m.claim)),
    measure('plain Fuse.js', queries, (text) => fuse.search(text, {limit: 3}).map((r) => r.item)),
    measure('MiniSearch', queries, (text) => mini.search(text).slice(0, 3).map((r) => byId.get(r.id as string)!))
  ]
  console.log(`resolve: ${claims.length} claims, ${queries.filter((q) => q.verdict !== 'not-found').length} queries with an expected claim, 5 rounds`)
  console.log(table(rows.map(({name, top1, top3, mrr, p50, p95}) => ({system: name, 'top-1': top1, 'top-3': top3, MRR: mrr, 'p50 ms': p50, 'p95 ms': p95}))))
  const ours = rows[0]!
  console.log(`speed-up vs plain Fuse: p50 ×${(rows[1]!.p50 / ours.p50).toFixed(0)}, p95 ×${(rows[1]!.p95 / ours.p95).toFixed(0)}`)
}
