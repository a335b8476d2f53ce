/**
 * Scenario: cold start. A fresh Node process imports the library (its public
 * entry), runs `openCorpus()` and a first `resolve` (which builds the index);
 * reports each step's time and the memory held, twice: as users get it (the
 * model shipped in `corpus/model.json`) and with every cache off
 * (`CLAIMTRACE_CACHE=0`: the Markdown is parsed). Uses `dist/` when built (as
 * `npm run bench` does), else the TypeScript sources through tsx.
 */
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {table} from './_measure.js'

const root = fileURLToPath(new URL('..', import.meta.url))

const script = (entry: string): string => `
const t0 = performance.now()
const {openCorpus} = await import(${JSON.stringify(entry)})
const t1 = performance.now()
const corpus = await openCorpus()
const t2 = performance.now()
corpus.resolve('Israel put some $300 million into Kazakhstan economy')
const t3 = performance.now()
corpus.verify('Israel invested about $500 million in Kazakhstan', {source: 'Mesamed 2012'})
const t4 = performance.now()
globalThis.gc?.()
const m = process.memoryUsage()
console.log(JSON.stringify({importMs: t1 - t0, openMs: t2 - t1, firstResolveMs: t3 - t2, firstVerifyMs: t4 - t3, heapMB: m.heapUsed / 2 ** 20, rssMB: m.rss / 2 ** 20, claims: corpus.claims.length}))
`

export async function run(): Promise<void> {
  const built = existsSync(new URL('../dist/corpus/index.js', import.meta.url))
  const entry = built ? new URL('../dist/index.js', import.meta.url).href : new URL('../src/index.ts', import.meta.url).href
  const args = built ? ['--expose-gc', '--input-type=module', '-e', script(entry)] : ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', script(entry)]
  const rows = []
  for (const [mode, cache] of [['shipped model', '1'], ['parse (no cache)', '0']] as const) for (let i = 0; i < 3; i++) {
    const start = performance.now()
    const child = spawnSync(process.execPath, args, {cwd: root, encoding: 'utf8', env: {...process.env, CLAIMTRACE_CACHE: cache}})
    const wall = performance.now() - start
    if (child.status !== 0) throw new Error(child.stderr)
    const result = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Record<string, number>
    rows.push({mode, run: i + 1, 'process ms': wall, 'import ms': result['importMs']!, 'openCorpus ms': result['openMs']!, 'first resolve ms': result['firstResolveMs']!, 'first verify ms': result['firstVerifyMs']!, 'heap MB': result['heapMB']!, 'rss MB': result['rssMB']!})
  }
  console.log(`cold start from ${built ? 'dist/' : 'src/ via tsx'} (fresh process each run)`)
  console.log(table(rows))
}
