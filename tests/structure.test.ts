import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'

/**
 * The one-way house: the folders of `src/` form the pipeline, and every
 * import points down it (or within a folder). Files at the root of `src/`
 * (`types.ts`, `errors.ts`, `_messages.ts`, `_check.ts`…) are shared by all;
 * `src/index.ts` is the public door, which nothing inside imports. A file
 * whose name starts with `_` is private to its folder. The stages return
 * data: terminal styles (ANSI escapes) are written in `src/cli/` only.
 */
const LAYERS: ReadonlyArray<readonly string[]> = [
  ['tables'],
  ['language'],
  ['facts'],
  ['ingest', 'cite', 'bibliography'],
  ['corpus'],
  ['search'],
  ['store'],
  ['facade'],
  ['export', 'html'],
  ['cli']
]
const LEVEL = new Map(LAYERS.flatMap((folders, level) => folders.map((folder) => [folder, level] as const)))
const SRC = path.resolve('src')

function files(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return files(full)
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : []
  })
}

/** Relative imports of a file: static, type-only, re-exports and `import('…')` with a literal. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const found: string[] = []
  const pattern = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|(?:^|\n)\s*import\s*['"](\.{1,2}\/[^'"]+)['"]|\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g
  for (const m of text.matchAll(pattern)) found.push((m[1] ?? m[2] ?? m[3])!)
  return found.map((spec) => path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts')))
}

/** The top folder of `src/` a file sits in (`undefined` at the root). */
function folderOf(file: string): string | undefined {
  const parts = path.relative(SRC, file).split(path.sep)
  return parts.length > 1 ? parts[0] : undefined
}

const edges = files(SRC).flatMap((from) => imports(from).filter((to) => to.startsWith(SRC + path.sep)).map((to) => ({from, to})))
const show = ({from, to}: {from: string; to: string}): string => `${path.relative(SRC, from)} → ${path.relative(SRC, to)}`

describe('the structure of src/', () => {
  it('should give every folder a place in the pipeline', () => {
    const folders = readdirSync(SRC, {withFileTypes: true}).filter((entry) => entry.isDirectory()).map((entry) => entry.name)
    expect(folders.filter((folder) => !LEVEL.has(folder))).toEqual([])
  })

  it('should import down the pipeline only, never up nor sideways into another stage', () => {
    const against = edges.filter(({from, to}) => {
      const a = folderOf(from)
      const b = folderOf(to)
      if (b === undefined) return path.basename(to) === 'index.ts' // the root's shared files serve everyone, the public door no one
      if (a === undefined) return path.basename(from) !== 'index.ts' // a shared root file imports no stage
      return a !== b && LEVEL.get(a)! <= LEVEL.get(b)!
    })
    expect(against.map(show)).toEqual([])
  })

  it('should import no other folder’s private file (`_name.ts`)', () => {
    const private_ = edges.filter(({from, to}) => path.basename(to).startsWith('_') && folderOf(to) !== undefined && !path.dirname(from).startsWith(path.dirname(to)))
    expect(private_.map(show)).toEqual([])
  })

  it('should hold no import cycle', () => {
    const next = new Map<string, string[]>()
    for (const {from, to} of edges) next.set(from, [...(next.get(from) ?? []), to])
    const state = new Map<string, 'open' | 'done'>()
    const cycles: string[] = []
    const visit = (file: string, trail: string[]): void => {
      if (state.get(file) === 'done') return
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map((f) => path.relative(SRC, f)).join(' → '))
        return
      }
      state.set(file, 'open')
      for (const to of next.get(file) ?? []) visit(to, [...trail, file])
      state.set(file, 'done')
    }
    for (const file of next.keys()) visit(file, [])
    expect(cycles).toEqual([])
  })

  it('should write ANSI escapes in src/cli/ only (stages return data)', () => {
    // The reader bundle is generated from its sources, which this test reads too.
    const generated = new Set([path.join(SRC, 'html', '_script.ts')])
    const escape = /\\u001b|\\x1b|\\u\{1b\}|\\033|\u001B/i
    const styled = files(SRC).filter((file) => folderOf(file) !== 'cli' && !generated.has(file) && escape.test(readFileSync(file, 'utf8')))
    expect(styled.map((file) => path.relative(SRC, file))).toEqual([])
  })

  it('should take every error text from src/_messages.ts (no ClaimtraceError made from a literal)', () => {
    const literal = /new ClaimtraceError\(\s*['"`]/
    const made = files(SRC).filter((file) => !file.endsWith('_script.ts') && literal.test(readFileSync(file, 'utf8')))
    expect(made.map((file) => path.relative(SRC, file))).toEqual([])
  })
})
