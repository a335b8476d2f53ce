/**
 * A cache of built corpora, so that opening an unchanged corpus skips the
 * parser (unified, micromark, YAML, the cite module): the model is read back
 * from JSON. The key hashes the documents (paths and contents), the package
 * manifest and the code that builds the model (names, sizes and times of
 * the files in `corpus/` and `cite/`), so any change rebuilds.
 *
 * Where: `$CLAIMTRACE_CACHE_DIR`, else `<tmpdir>/claimtrace-cache`.
 * Off: `CLAIMTRACE_CACHE=0`. Failing to read or write the cache is never an error.
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
const format = 1
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
 * The cache key of a corpus: a hash of its files, the manifest and the model-building code.
 *
 * @param files
 *   The documents as read.
 * @param dir
 *   The corpus folder.
 * @returns
 *   A hex digest.
 * @example
 *   ```ts
 *   await cacheKey(await readCorpus('corpus'), 'corpus')
 *   // => '3f1c…'
 *   ```
 */
export async function cacheKey(files: readonly Source[], dir: string): Promise<string> {
  const hash = createHash('sha256').update(`claimtrace-corpus-${format}\0${dir}\0`)
  for (const file of files) hash.update(`${file.path}\0${file.value}\0`)
  hash.update(await readFile(path.join(root, '..', 'package.json')).catch(() => ''))
  for (const folder of ['corpus', 'cite']) {
    const names = await readdir(path.join(root, folder)).catch(() => [] as string[])
    for (const name of names.sort()) {
      const info = await stat(path.join(root, folder, name)).catch(() => undefined)
      if (info) hash.update(`${folder}/${name}\0${info.size}\0${info.mtimeMs}\0`)
    }
  }
  return hash.digest('hex')
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
    const stored = JSON.parse(await readFile(location(key), 'utf8')) as Omit<CorpusData, 'messages'> & {messages: StoredMessage[]}
    return {...stored, messages: stored.messages.map(revive)}
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
  const messages: StoredMessage[] = data.messages.map((message) => ({
    reason: message.reason,
    file: message.file,
    place: message.place ? (JSON.parse(JSON.stringify(message.place)) as StoredMessage['place']) : undefined,
    ruleId: message.ruleId,
    source: message.source,
    fatal: message.fatal
  }))
  const target = location(key)
  const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
  try {
    await mkdir(path.dirname(target), {recursive: true})
    await writeFile(temporary, JSON.stringify({...data, messages}))
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
