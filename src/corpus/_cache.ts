/**
 * Built models, so that opening an unchanged corpus skips the parser
 * (unified, micromark, YAML, the cite module): the model is read back from
 * JSON. Two places, one key ({@link modelKey}: the documents and the code
 * that builds the model, by content, so any change rebuilds):
 * - `<corpus>/model.json`, written by `npm run build:corpus` and shipped with
 *   the bundled corpus (CI fails when it is stale), so the first open after an
 *   install is fast too;
 * - a temporary cache for other corpora: `$CLAIMTRACE_CACHE_DIR`, else
 *   `<tmpdir>/claimtrace-cache`.
 * Off: `CLAIMTRACE_CACHE=0`. Failing to read or write a cache is never an error.
 */

import {createHash} from 'node:crypto'
import {mkdir, readdir, readFile, rename, rm, stat, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFileMessage} from 'vfile-message'
import type {CorpusData} from './load.js'
import type {Source} from './read.js'

/** Bump when the shape of cached data changes. */
const format = 2
/** Entries kept: each code or corpus change makes a new one; the oldest go. */
const keep = 16
const root = fileURLToPath(new URL('..', import.meta.url))

interface StoredMessage {
  reason: string
  file: string | undefined
  place: {start: {line: number; column: number}; end: {line: number; column: number}} | {line: number; column: number} | undefined
  ruleId: string | undefined
  source: string | undefined
  fatal: boolean | null | undefined
}

/**
 * Whether the cache is on (`CLAIMTRACE_CACHE=0` turns it off).
 *
 * @returns
 *   `false` when the environment turns the cache off.
 * @example
 *   ```ts
 *   process.env.CLAIMTRACE_CACHE = '0'
 *   cacheEnabled()
 *   // => false
 *   ```
 */
export function cacheEnabled(): boolean {
  return process.env['CLAIMTRACE_CACHE'] !== '0'
}

/**
 * The key of a built model, the same on every machine: a hash of the
 * documents (paths relative to the corpus folder, and contents) and of the
 * code that builds the model (contents of the files in `corpus/`, `cite/` and `language/`).
 * Run from `src/` (tests) or from `dist/`, the code differs, so each has its own key.
 *
 * @param files
 *   The documents as read.
 * @param dir
 *   The corpus folder.
 * @returns
 *   A hex digest.
 * @example
 *   ```ts
 *   await modelKey(await readCorpus('corpus'), 'corpus')
 *   // => '3f1c…'
 *   ```
 */
export async function modelKey(files: readonly Source[], dir: string): Promise<string> {
  const hash = createHash('sha256').update(`claimtrace-model-${format}\0`)
  for (const file of files) hash.update(`${path.relative(dir, file.path).split(path.sep).join('/')}\0${file.value}\0`)
  for (const folder of ['corpus', 'cite', 'language']) {
    const names = (await readdir(path.join(root, folder)).catch(() => [] as string[])).filter((name) => /\.[jt]s$/.test(name) && !name.endsWith('.d.ts'))
    const contents = await Promise.all(names.sort().map(async (name) => readFile(path.join(root, folder, name), 'utf8').catch(() => '')))
    for (const [index, name] of names.entries()) hash.update(`${folder}/${name}\0${contents[index] ?? ''}\0`)
  }
  return hash.digest('hex')
}

/**
 * The key of a corpus in the temporary cache: its {@link modelKey} in this folder.
 *
 * @param key
 *   From {@link modelKey}.
 * @param dir
 *   The corpus folder (messages name files by their path in it).
 * @returns
 *   A hex digest.
 */
export function cacheKey(key: string, dir: string): string {
  return createHash('sha256').update(`${key}\0${path.resolve(dir)}`).digest('hex')
}

/** Name of the model file `npm run build:corpus` writes beside the documents. */
export const bundledModel = 'model.json'

/**
 * Read the model shipped in a corpus folder (`<dir>/model.json`, written by
 * `npm run build:corpus`), if it was built from these documents by this code.
 *
 * @param dir
 *   The corpus folder.
 * @param key
 *   From {@link modelKey}.
 * @returns
 *   The corpus data, or `undefined` when absent or stale.
 */
export async function readBundledModel(dir: string, key: string): Promise<CorpusData | undefined> {
  try {
    const stored = JSON.parse(await readFile(path.join(dir, bundledModel), 'utf8')) as {key: string; data: StoredData}
    return stored.key === key ? reviveData(stored.data) : undefined
  } catch {
    return undefined
  }
}

/**
 * Serialise a model for `<dir>/model.json`: stable, so that a rebuild of
 * unchanged documents with unchanged code writes the same bytes.
 *
 * @param key
 *   From {@link modelKey}.
 * @param data
 *   The corpus data.
 * @returns
 *   The file's text.
 */
export function serializeModel(key: string, data: CorpusData): string {
  return JSON.stringify({key, data: storeData(data)}) + '\n'
}

type StoredData = Omit<CorpusData, 'messages'> & {messages: StoredMessage[]}

function storeData(data: CorpusData): StoredData {
  const messages: StoredMessage[] = data.messages.map((message) => ({
    reason: message.reason,
    file: message.file,
    place: message.place ? (JSON.parse(JSON.stringify(message.place)) as StoredMessage['place']) : undefined,
    ruleId: message.ruleId,
    source: message.source,
    fatal: message.fatal
  }))
  return {...data, messages}
}

function reviveData(stored: StoredData): CorpusData {
  return {...stored, messages: stored.messages.map(revive)}
}

/**
 * Read a cached corpus.
 *
 * @param key
 *   From {@link cacheKey}.
 * @returns
 *   The corpus data, or `undefined` when absent or unreadable.
 * @example
 *   ```ts
 *   (await readCache(key))?.claims.length
 *   // => 201
 *   ```
 */
export async function readCache(key: string): Promise<CorpusData | undefined> {
  try {
    return reviveData(JSON.parse(await readFile(location(key), 'utf8')) as StoredData)
  } catch {
    return undefined
  }
}

/**
 * Store a built corpus (atomically: write, then rename).
 *
 * @param key
 *   From {@link cacheKey}.
 * @param data
 *   The corpus data.
 * @returns
 *   Nothing; errors are ignored.
 * @example
 *   ```ts
 *   await writeCache(key, buildCorpus(files, dir))
 *   ```
 */
export async function writeCache(key: string, data: CorpusData): Promise<void> {
  const target = location(key)
  const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
  try {
    await mkdir(path.dirname(target), {recursive: true})
    await writeFile(temporary, JSON.stringify(storeData(data)))
    await rename(temporary, target)
    await prune(path.dirname(target))
  } catch {
    // A read-only or full temporary folder only costs speed.
  }
}

/** Remove all but the {@link keep} most recent entries. */
async function prune(dir: string): Promise<void> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json'))
  if (names.length <= keep) return
  const entries = await Promise.all(names.map(async (name) => ({name, time: (await stat(path.join(dir, name))).mtimeMs})))
  entries.sort((a, b) => b.time - a.time)
  await Promise.all(entries.slice(keep).map(async (entry) => rm(path.join(dir, entry.name), {force: true})))
}

function location(key: string): string {
  return path.join(process.env['CLAIMTRACE_CACHE_DIR'] ?? path.join(tmpdir(), 'claimtrace-cache'), `${key}.json`)
}

/** A message as `file.message` makes it: `name` is `path:place`. */
function revive(stored: StoredMessage): VFileMessage {
  const options = {
    ...(stored.place ? {place: stored.place} : {}),
    ...(stored.ruleId ? {ruleId: stored.ruleId} : {}),
    ...(stored.source ? {source: stored.source} : {})
  }
  const message = new VFileMessage(stored.reason, options)
  if (stored.file) {
    message.name = `${stored.file}:${message.name}`
    message.file = stored.file
  }
  message.fatal = stored.fatal
  return message
}
