/**
 * Scenario: many papers. Corpora of 10, 100 and 1,000 papers generated from
 * the bundled one (`_generate.ts`, seeded: near-duplicates of every claim,
 * the bundled paper kept exact at a seeded place). For each: a full build of
 * the store (`claimtrace build`), its size on disk, a cold open (a fresh
 * process: import, open, first resolve) and a warm open (the same process
 * opening again), heap, and resolve latency and accuracy over the queries of
 * `tests/fixtures/queries.json` that name a claim (right = the expected claim
 * of the exact paper first). Baselines in the same run on the same claims:
 * MiniSearch (fuzzy 0.2, prefix) and plain Fuse.js (keys `text`, threshold
 * 0.6), each on a subset of the queries where a query takes seconds.
 * `SCALE=10,100` picks sizes.
 */
import {spawnSync} from 'node:child_process'
import {rmSync, statSync, readdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import Fuse from 'fuse.js'
import MiniSearch from 'minisearch'
import type {Claim} from '../src/types.js'
import {isExpected, loadQueries, type EvalQuery} from './_eval.js'
import {generateCorpus} from './_generate.js'
import {table} from './_measure.js'

const root = fileURLToPath(new URL('..', import.meta.url))

/** p50, p95, p99 in ms. */
function spread(samples: number[]): {p50: number; p95: number; p99: number} {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0
  return {p50: at(0.5), p95: at(0.95), p99: at(0.99)}
}

function size(dir: string): number {
  let total = 0
  for (const entry of readdirSync(dir, {withFileTypes: true})) total += entry.isDirectory() ? size(path.join(dir, entry.name)) : statSync(path.join(dir, entry.name)).size
  return total
}

/** Run `rank` on every query; share with the exact paper's expected claim first, and latencies. */
function measure(queries: readonly EvalQuery[], exact: string, rank: (text: string) => readonly Claim[], rounds: number): {top1: number; p50: number; p95: number; p99: number} {
  let right = 0
  const samples: number[] = []
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      const start = performance.now()
      const ranked = rank(query.query)
      samples.push(performance.now() - start)
      if (round === 0 && ranked[0] && ranked[0].document === exact && isExpected(ranked[0], query)) right++
    }
  }
  return {top1: right / queries.length, ...spread(samples)}
}

const cold = (dir: string, entry: string): Record<string, number> => {
  // The memory the opened corpus holds once it has answered: V8's heap and the typed arrays of the index outside it, after a collection,
  // with the module loaded, before and after the open (the child runs with --expose-gc; the bench process does not).
  const script = `const t0 = performance.now(); const {openCorpus} = await import(${JSON.stringify(entry)}); const t1 = performance.now();
const held = () => { const m = process.memoryUsage(); return m.heapUsed + m.arrayBuffers };
globalThis.gc(); const h0 = held(); const t1b = performance.now();
const corpus = await openCorpus(${JSON.stringify(dir)}); const t2 = performance.now();
corpus.resolve('Israeli embassy in Tashkent was opened in May 1992'); const t3 = performance.now();
globalThis.gc(); console.log(JSON.stringify({importMs: t1 - t0, openMs: t2 - t1b, firstResolveMs: t3 - t2, heapMB: (held() - h0) / 2 ** 20, keep: corpus.claims.length}))`
  const built = entry.endsWith('.js')
  const child = spawnSync(process.execPath, [...(built ? [] : ['--import', 'tsx']), '--expose-gc', '--input-type=module', '-e', script], {cwd: root, encoding: 'utf8'})
  if (child.status !== 0) throw new Error(child.stderr)
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Record<string, number>
}

export async function run(): Promise<void> {
  const sizes = (process.env['SCALE'] ?? '10,100,1000').split(',').map(Number)
  // Contradicted queries restate a claim with a figure changed: in these corpora another paper states exactly that figure, and is right.
  const queries = loadQueries().filter((q) => q.verdict !== 'not-found' && q.kind !== 'contradicted')
  const entry = new URL('../dist/index.js', import.meta.url)
  const built = (() => {
    try {
      return statSync(fileURLToPath(entry)).isFile()
    } catch {
      return false
    }
  })()
  // One code for every step (the store's key is the code's): dist/ when built, as `npm run bench` does.
  const {openCorpus} = (await import(built ? '../dist/facade/index.js' : '../src/facade/index.js')) as typeof import('../src/facade/index.js')
  const {buildStore} = (await import(built ? '../dist/store/index.js' : '../src/store/index.js')) as typeof import('../src/store/index.js')
  const rows: Array<Record<string, string | number>> = []
  const baselines: Array<Record<string, string | number>> = []
  for (const n of sizes) {
    const dir = path.join(tmpdir(), `claimtrace-scale-${n}`)
    const {exact} = await generateCorpus(dir, n, 42)
    globalThis.gc?.()
    let start = performance.now()
    const report = await buildStore(dir)
    const buildMs = performance.now() - start
    const onDisk = size(path.join(dir, '.claimtrace'))
    const first = cold(dir, built ? entry.href : new URL('../src/index.ts', import.meta.url).href)
    start = performance.now()
    const corpus = await openCorpus(dir)
    const warmMs = performance.now() - start
    corpus.resolve('warm up the index')
    const ours = measure(queries, exact, (text) => corpus.resolve(text, {limit: 3}).matches.map((m) => m.claim), 3)
    const heap = first['heapMB']!
    rows.push({
      papers: n, claims: report.claims, 'build s': buildMs / 1000, 'index MB': report.bytes.index / 2 ** 20, 'store MB': onDisk / 2 ** 20,
      'cold open ms': first['openMs']!, 'cold 1st resolve ms': first['firstResolveMs']!, 'warm open ms': warmMs, 'heap MB': heap, 'bytes/claim': (heap * 2 ** 20) / report.claims,
      'top-1': ours.top1, 'p50 ms': ours.p50, 'p95 ms': ours.p95, 'p99 ms': ours.p99
    })
    baselines.push({papers: n, system: 'claimtrace resolve', queries: queries.length, 'top-1': ours.top1, 'p50 ms': ours.p50, 'p95 ms': ours.p95, 'p99 ms': ours.p99})
    const claims = corpus.claims.slice()
    const subset = n >= 1000 ? queries.slice(0, 8) : n >= 100 ? queries.slice(0, 30) : queries
    start = performance.now()
    const mini = new MiniSearch<Claim>({fields: ['text'], storeFields: [], searchOptions: {fuzzy: 0.2, prefix: true}})
    mini.addAll(claims)
    const miniBuild = performance.now() - start
    const byId = new Map(claims.map((claim) => [claim.id, claim]))
    const theirs = measure(subset, exact, (text) => mini.search(text).slice(0, 3).map((r) => byId.get(r.id as string)!), 1)
    baselines.push({papers: n, system: `MiniSearch (built in ${(miniBuild / 1000).toFixed(1)} s)`, queries: subset.length, 'top-1': theirs.top1, 'p50 ms': theirs.p50, 'p95 ms': theirs.p95, 'p99 ms': theirs.p99})
    const oursOnSubset = measure(subset, exact, (text) => corpus.resolve(text, {limit: 3}).matches.map((m) => m.claim), 3)
    baselines.push({papers: n, system: 'claimtrace on the same subset', queries: subset.length, 'top-1': oursOnSubset.top1, 'p50 ms': oursOnSubset.p50, 'p95 ms': oursOnSubset.p95, 'p99 ms': oursOnSubset.p99})
    baselines.push({papers: n, system: 'speed-up at p95 (same subset)', queries: subset.length, 'top-1': '', 'p50 ms': theirs.p50 / oursOnSubset.p50, 'p95 ms': theirs.p95 / oursOnSubset.p95, 'p99 ms': ''})
    if (n <= 10) {
      const fuse = new Fuse(claims, {keys: ['text'], ignoreLocation: true, threshold: 0.6})
      const plain = measure(queries.slice(0, 20), exact, (text) => fuse.search(text, {limit: 3}).map((r) => r.item), 1)
      baselines.push({papers: n, system: 'plain Fuse.js', queries: 20, 'top-1': plain.top1, 'p50 ms': plain.p50, 'p95 ms': plain.p95, 'p99 ms': plain.p99})
    }
    rmSync(dir, {recursive: true, force: true})
    // Each size as it is done: a 1,000-paper run takes minutes.
    console.log(JSON.stringify({...rows.at(-1), baselines: baselines.filter((row) => row['papers'] === n)}))
  }
  console.log(`scale: generated corpora (seed 42), ${queries.length} queries with an expected claim (not the contradicted ones) × 3 rounds; cold open in a fresh process from ${built ? 'dist/' : 'src/ via tsx'}`)
  console.log(table(rows))
  console.log('\nsame claims, same run (MiniSearch and plain Fuse on a subset of the queries where each takes seconds):')
  console.log(table(baselines))
}
