/**
 * The on-disk store of a corpus: `<corpus>/.claimtrace/` (or a folder in the
 * cache), holding one file per paper (`parts/`), the merged claim index
 * (`index-*.bin`) and a manifest naming them with each paper's size, time
 * and hash. Building reuses the file of every paper unchanged since the last
 * build; opening reads the manifest and the index, and each paper's file
 * only when one of its claims is shown.
 *
 * Safety: every file is written atomically (temporary file + rename) and the
 * manifest last, so a reader sees a whole old store or a whole new one; one
 * process builds at a time (`lock`); a store of other code (another version
 * of claimtrace), a truncated or damaged file, and a paper added, changed or
 * removed since the build are detected, and the store is rebuilt.
 */
import {createHash} from 'node:crypto'
import {readdirSync, readFileSync, rmSync, statSync} from 'node:fs'
import {lstat, readdir, readFile, stat} from 'node:fs/promises'
import {cacheFolder, prepareFolder} from '../corpus/cache-folder.js'
import path from 'node:path'
import {VFile} from 'vfile'
import {ClaimtraceError, fail} from '../errors.js'
import {errnoText} from '../_messages.js'
import {paperText, readCorpus, type Source} from '../corpus/read.js'
import {WorkRegistry} from '../corpus/works.js'
import {buildThesaurus, type ThesaurusData} from '../language/index.js'
import {Wordnet} from '../language/wordnet.js'
import {ClaimIndex, mergeIndexData, type IndexData} from '../search/claim-index.js'
import {tokenize} from '../search/text.js'
import {decode, encode, type Decoded} from './_container.js'
import {lock, writeAtomic} from './_files.js'
import {codeKey} from './_key.js'
import {reviveMessage, storeMessage, type StoredMessage} from '../corpus/messages.js'
import {PartReader, partIndex, type PartMeta} from './_part.js'
import {StoredCorpus} from './_stored.js'
import type {BuildEvent, BuildReport} from './events.js'

/** Name of the store folder inside a corpus. */
export const STORE = '.claimtrace'

/** Options of {@link buildStore} and {@link openStore}. */
export interface Options {
  /** The store folder (default `<corpus>/.claimtrace`). */
  store?: string
  /** Progress of a build: one event per paper, then the merge. */
  onProgress?: ((event: BuildEvent) => void) | undefined
  /** How long to wait for another process building the same store, in ms (default 60,000). */
  wait?: number
}

export type {BuildEvent, BuildReport} from './events.js'

interface ManifestPaper {
  folder: string
  size: number
  mtimeMs: number
  sha256: string
  part: string
  /** When its hash was last confirmed (ms since the epoch), if later than the build's start. */
  checked?: number
}

interface Manifest {
  format: 1
  code: string
  /** When the build began (ms since the epoch): a paper changed after it is hashed again. */
  built: number
  papers: ManifestPaper[]
  index: string
}

interface Catalog {
  parts: Array<{part: string; path: string; document: PartMeta['document']; claims: number; included: boolean; renamed: Array<[string, string]>; extra: StoredMessage[]}>
  claimStart: number[]
  /** Messages of the corpus as a whole (`empty-corpus`). */
  messages: StoredMessage[]
}

const sha = (value: string | Uint8Array): string => createHash('sha256').update(value).digest('hex')

/**
 * Where `openCorpus` keeps a corpus's store: `<dir>/.claimtrace/` when it
 * exists (`claimtrace build` makes it), else a folder of the user's cache
 * (see `src/corpus/cache-folder.ts`: 0700, claimtrace's own, tagged) named
 * by the corpus's path, so opening a corpus never writes into it unasked.
 *
 * @param dir
 *   The corpus folder.
 * @returns
 *   The store folder, or `undefined` when the cache folder is refused (the
 *   corpus is then built in memory).
 */
export async function storeFolder(dir: string): Promise<string | undefined> {
  const inside = path.join(dir, STORE)
  const own = await lstat(inside).catch(() => undefined)
  if (own?.isDirectory() && !own.isSymbolicLink()) return inside
  // Else in the user's cache folder, on the same terms as every cache entry (0700, ours, tagged): never a shared one.
  const cache = cacheFolder()
  if (cache === undefined || (await prepareFolder(cache)) !== undefined) return undefined
  return path.join(cache, `store-${sha(path.resolve(dir)).slice(0, 24)}`)
}

/** The store folder of a corpus. */
function storeOf(dir: string, options: Readonly<Options> | null | undefined): string {
  return options?.store ?? path.join(dir, STORE)
}

/** Papers of a corpus folder with their size and time, in folder order (as `readCorpus` reads them). */
async function listPapers(dir: string): Promise<Array<{folder: string; size: number; mtimeMs: number}>> {
  const entries = await readdir(dir, {withFileTypes: true})
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()
  const found = await Promise.all(
    folders.map(async (folder) => {
      const info = await stat(path.join(dir, folder, 'paper.md')).catch(() => undefined)
      return info?.isFile() ? {folder, size: info.size, mtimeMs: info.mtimeMs} : undefined
    })
  )
  return found.filter((paper) => paper !== undefined)
}

async function readManifest(store: string, code: string): Promise<Manifest | undefined> {
  try {
    const manifest = JSON.parse(await readFile(path.join(store, 'manifest.json'), 'utf8')) as Manifest
    return manifest.format === 1 && manifest.code === code && Array.isArray(manifest.papers) ? manifest : undefined
  } catch {
    return undefined
  }
}

/** A paper's text as the loader decodes it (`''` for a binary one, as the build hashed it), or `undefined` when it cannot be read. */
async function readPaper(file: string): Promise<string | undefined> {
  const bytes = await readFile(file).catch(() => undefined)
  return bytes === undefined ? undefined : (paperText(bytes) ?? '')
}

/**
 * How close (ms) to the moment a paper was hashed its last change may lie
 * for the change to hide in the file system's clock (two seconds on FAT):
 * such a paper is hashed again on open, its size and time alone prove nothing.
 */
const RACY = 2000

/**
 * Confirm the hash of the papers changed just before the build began (a
 * corpus written, then built at once), now that their time is old enough to
 * show any later change: otherwise every open would hash them again.
 */
async function confirm(dir: string, papers: ManifestPaper[], built: number): Promise<void> {
  for (const paper of papers) {
    if (paper.mtimeMs < built - RACY) continue
    const now = Date.now()
    if (now - paper.mtimeMs <= RACY) continue
    const file = path.join(dir, paper.folder, 'paper.md')
    const info = await stat(file).catch(() => undefined)
    if (!info || info.size !== paper.size || info.mtimeMs !== paper.mtimeMs) continue
    const value = await readPaper(file)
    if (value !== undefined && sha(value) === paper.sha256) paper.checked = now
  }
}

/**
 * Whether a manifest still describes the corpus: the same papers, each of
 * the same size and time (a paper touched during or after the build, or
 * whose time says nothing, is compared by hash).
 */
async function fresh(dir: string, manifest: Manifest): Promise<boolean> {
  const papers = await listPapers(dir)
  if (papers.length !== manifest.papers.length) return false
  for (const [i, paper] of papers.entries()) {
    const known = manifest.papers[i]!
    if (paper.folder !== known.folder || paper.size !== known.size) return false
    if (paper.mtimeMs === known.mtimeMs && paper.mtimeMs < (known.checked ?? manifest.built) - RACY) continue
    const value = await readPaper(path.join(dir, paper.folder, 'paper.md'))
    if (value === undefined || sha(value) !== known.sha256) return false
  }
  return true
}

/**
 * Build (or bring up to date) the store of a corpus: each new or changed
 * paper is built again, the others reused; the index is merged and written.
 *
 * @param dir
 *   The corpus folder.
 * @param options
 *   Store folder, progress callback, how long to wait for another build.
 * @returns
 *   What was done.
 * @throws {ClaimtraceError}
 *   When `dir` is not a folder, or another process still builds after `wait`.
 * @example
 *   ```ts
 *   const report = await buildStore('my-corpus')
 *   report.built + report.reused === report.papers
 *   // => true
 *   ```
 */
export async function buildStore(dir: string, options?: Readonly<Options> | null): Promise<BuildReport> {
  const start = performance.now()
  const built = Date.now()
  const code = await codeKey()
  const store = storeOf(dir, options)
  const listed = await listPapers(dir).catch(() => undefined)
  if (!listed) await readCorpus(dir) // Throws the loader's message for a missing folder.
  const release = await lock(store, options?.wait ?? 60_000)
  try {
    const old = await readManifest(store, code)
    const sources = await readCorpus(dir)
    const stats = new Map((listed ?? []).map((paper) => [paper.folder, paper]))
    const papers: ManifestPaper[] = []
    const todo: Array<{source: Source; paper: ManifestPaper}> = []
    for (const source of sources) {
      const folder = path.basename(path.dirname(source.path))
      const digest = sha(`${source.value}\0${source.problem ?? ''}`)
      const part = `${sha(`${code}\0${path.relative(dir, source.path)}\0${digest}`).slice(0, 32)}.part`
      const info = stats.get(folder)
      const paper = {folder, size: info?.size ?? -1, mtimeMs: info?.mtimeMs ?? -1, sha256: sha(source.value), part}
      papers.push(paper)
      if (!usable(path.join(store, 'parts', part), code)) todo.push({source, paper})
    }
    options?.onProgress?.({type: 'start', papers: papers.length, build: todo.length})
    let done = 0
    const {buildPart} = await import('./_build-part.js')
    for (const {source, paper} of todo) {
      await writeAtomic(path.join(store, 'parts', paper.part), buildPart(source, code))
      options?.onProgress?.({type: 'paper', path: source.path, done: ++done, total: todo.length, reused: false})
    }
    options?.onProgress?.({type: 'merge'})
    const {reportDuplicate, reportEmpty} = await import('../corpus/load.js')
    const index = merge(dir, store, papers, sources, code, reportDuplicate, reportEmpty)
    const name = `index-${sha(index).slice(0, 16)}.bin`
    await writeAtomic(path.join(store, name), index)
    await confirm(dir, papers, built)
    await writeAtomic(path.join(store, 'manifest.json'), JSON.stringify({format: 1, code, built, papers, index: name} satisfies Manifest) + '\n')
    const removed = collect(store, new Set([name, ...papers.map((paper) => paper.part), ...(old ? [old.index, ...old.papers.map((paper) => paper.part)] : [])]), new Set([name, ...papers.map((paper) => paper.part)]))
    let bytes = 0
    for (const paper of papers) bytes += statSync(path.join(store, 'parts', paper.part)).size
    const claims = decode(index, code, name, false).json<Catalog>('catalog').claimStart.at(-1) ?? 0
    const report: BuildReport = {store, papers: papers.length, built: todo.length, reused: papers.length - todo.length, removed, claims, bytes: {index: index.length, papers: bytes}, ms: performance.now() - start}
    options?.onProgress?.({type: 'done', report})
    return report
  } finally {
    release()
  }
}

/** Whether a paper file exists and was written whole by this code. */
function usable(file: string, code: string): boolean {
  try {
    decode(readFileSync(file), code, file)
    return true
  } catch {
    return false
  }
}

/**
 * Remove files of the store no manifest names. The previous build's files
 * stay one more build, for a process that opened it a moment ago.
 *
 * @returns How many paper files of the previous build went (their papers changed or left).
 */
function collect(store: string, keep: ReadonlySet<string>, current: ReadonlySet<string>): number {
  let removed = 0
  for (const name of readdirSync(path.join(store, 'parts'))) {
    if (!keep.has(name) && !name.endsWith('.tmp')) rmSync(path.join(store, 'parts', name), {force: true})
    else if (!current.has(name) && !name.endsWith('.tmp')) removed++
  }
  for (const name of readdirSync(store)) if (/^index-.*\.bin$/.test(name) && !keep.has(name)) rmSync(path.join(store, name), {force: true})
  return removed
}

/** Merge the papers' files into the corpus index (bytes). */
function merge(
  dir: string,
  store: string,
  papers: readonly ManifestPaper[],
  sources: readonly Source[],
  code: string,
  reportDuplicate: (file: VFile, id: string, other: string) => void,
  reportEmpty: (dir: string) => VFile
): Buffer {
  const readers = papers.map((paper) => new PartReader(readFileSync(path.join(store, 'parts', paper.part)), code, paper.part, new Map(), false))
  const works = new WorkRegistry()
  const seen = new Map<string, string>()
  const catalog: Catalog = {parts: [], claimStart: [0], messages: []}
  const indexes: IndexData[] = []
  const names = new Map<string, string>()
  const vocabulary: Array<[string, string]> = []
  readers.forEach((reader, i) => {
    const meta = reader.meta
    const extra: StoredMessage[] = []
    let included = meta.document !== null
    if (meta.document) {
      const other = seen.get(meta.document.id)
      if (other === undefined) seen.set(meta.document.id, meta.path)
      else {
        const file = new VFile({path: sources[i]!.path})
        reportDuplicate(file, meta.document.id, other)
        extra.push(...file.messages.map(storeMessage))
        included = false
      }
    }
    const renamed = included && meta.document ? works.add(meta.document.id, meta.sources) : new Map<string, string>()
    catalog.parts.push({part: papers[i]!.part, path: meta.path, document: meta.document, claims: included ? meta.claims : 0, included, renamed: [...renamed], extra})
    catalog.claimStart.push(catalog.claimStart.at(-1)! + (included ? meta.claims : 0))
    if (!included) return
    indexes.push(reader.index(meta.claims))
    for (const name of meta.names) {
      const key = name.toLowerCase().trim()
      if (key.length >= 2 && !names.has(key)) names.set(key, name)
    }
    vocabulary.push(...meta.vocabulary)
  })
  if (seen.size === 0) catalog.messages.push(...reportEmpty(dir).messages.map(storeMessage))
  const data = mergeIndexData(indexes)
  const textMass = new ClaimIndex([], data).textMass
  const entityTerms = new Set<string>()
  for (const key of names.keys()) for (const token of tokenize(key)) entityTerms.add(token.term)
  const thesaurus: ThesaurusData = vocabulary.length > 0 ? buildThesaurus(vocabulary, new Wordnet()) : {}
  return encode(code, {
    catalog: {json: catalog},
    sources: {json: works.sources},
    thesaurus: {json: thesaurus},
    entities: [...names].sort((a, b) => b[0].length - a[0].length).flat(),
    entityTerms: [...entityTerms],
    textMass,
    terms: data.terms,
    postingStart: data.postingStart,
    postingDocs: data.postingDocs,
    postingFields: data.postingFields,
    tokens: data.tokens,
    sentenceRun: data.sentenceRun,
    textRun: data.textRun,
    words: data.words,
    wordTerms: data.wordTerms
  })
}

/**
 * Open a corpus from its store, building or updating the store first when
 * it is missing, stale, of other code, truncated or damaged.
 *
 * @param dir
 *   The corpus folder.
 * @param options
 *   Store folder, progress callback, how long to wait for another build.
 * @returns
 *   The corpus data, read lazily from the store.
 * @throws {ClaimtraceError}
 *   When `dir` is not a folder, or the store cannot be built.
 * @example
 *   ```ts
 *   (await openStore('my-corpus')).documents.length
 *   // => 1000
 *   ```
 */
export async function openStore(dir: string, options?: Readonly<Options> | null): Promise<StoredCorpus> {
  const code = await codeKey()
  const store = storeOf(dir, options)
  for (let attempt = 0; ; attempt++) {
    const manifest = await readManifest(store, code)
    if (manifest && (await fresh(dir, manifest))) {
      try {
        return load(dir, store, manifest, code)
      } catch (error) {
        if (attempt > 0 || !(error instanceof ClaimtraceError)) throw error
        // A damaged index: build it again below.
      }
    } else if (attempt > 1) {
      throw fail('store-moving', {store})
    }
    await buildStore(dir, options)
  }
}

function load(dir: string, store: string, manifest: Manifest, code: string): StoredCorpus {
  const name = path.join(store, manifest.index)
  let file: Decoded
  try {
    file = decode(readFileSync(name), code, name)
  } catch (error) {
    if (error instanceof ClaimtraceError) throw error
    throw fail('cannot-read', {file: name, why: errnoText(error)}, undefined, error)
  }
  const catalog = file.json<Catalog>('catalog')
  const data = partIndex(file, catalog.claimStart.at(-1) ?? 0, 'words')
  const readers = new Map<number, PartReader>()
  const reader = (i: number): PartReader => {
    let found = readers.get(i)
    if (!found) {
      const entry = catalog.parts[i]!
      const partFile = path.join(store, 'parts', entry.part)
      let buffer: Buffer
      try {
        buffer = readFileSync(partFile)
      } catch {
        throw fail('store-changed', {file: partFile})
      }
      readers.set(i, (found = new PartReader(buffer, code, partFile, new Map(entry.renamed))))
    }
    return found
  }
  const entities = file.strings('entities')
  return new StoredCorpus({
    dir,
    catalog,
    index: data,
    textMass: file.f64('textMass'),
    entityTerms: new Set(file.strings('entityTerms')),
    entities: () => {
      const map = new Map<string, string>()
      for (let i = 0; i + 1 < entities.length; i += 2) map.set(entities[i]!, entities[i + 1]!)
      return map
    },
    sources: () => file.json('sources'),
    thesaurus: () => file.json('thesaurus'),
    reader,
    revive: reviveMessage
  })
}
