/**
 * Built models, so that opening an unchanged corpus skips the parser
 * (unified, micromark, YAML, the cite module). A model is a cache, never a
 * source of truth: its key ({@link modelKey}) covers the documents and the
 * code that builds it, and every stored model is checked on open (its digest,
 * its shape; see `_model-file.ts`). One that fails is rebuilt from the
 * documents, with a diagnostic. Two places:
 * - `corpus/model.json`, written by `npm run build:corpus` and shipped with
 *   the bundled corpus (CI fails when it is stale); read for the bundled
 *   corpus only, so a `model.json` found in another folder is never trusted;
 * - the user's cache folder (`cache-folder.ts`) for every corpus.
 * Off: `CLAIMTRACE_CACHE=0`. Failing to write a cache is never an error.
 *
 * @packageDocumentation
 */

import {createHash} from 'node:crypto'
import {readFile, realpath} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFileMessage} from 'vfile-message'
import {noteTexts} from '../_messages.js'
import {cacheFolder, prepareFolder, readEntry, writeEntry} from './cache-folder.js'
import {modelFormat, parseModel, serializeModel} from './_model-file.js'
import type {CorpusData} from './load.js'
import {bundledCorpus, type Source} from './read.js'

export {serializeModel} from './_model-file.js'

/** `src/` (tests) or `dist/` (built): where the code that builds a model lives. */
const root = fileURLToPath(new URL('..', import.meta.url))
/** The module that builds a model; the key covers it and everything it imports. */
const entry = 'corpus/load'

/** The code that builds a model, read once per process (it does not change while it runs). */
let code: Promise<Array<[string, string]>> | undefined

/** Name of the model file `npm run build:corpus` writes beside the bundled documents. */
export const bundledModel = 'model.json'

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
 * documents (paths relative to the corpus folder, and contents), of the code
 * that builds the model (`corpus/load` and every module it imports, followed
 * through their relative imports, by content) and of the dependencies'
 * versions. Run from `src/` (tests) or from `dist/`, the code differs, so
 * each has its own key.
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
  const hash = createHash('sha256').update(`claimtrace-model-${modelFormat}\0`)
  for (const file of files) hash.update(`${path.relative(dir, file.path).split(path.sep).join('/')}\0${file.problem ?? ''}\0${file.value}\0`)
  code ??= codeOf(entry)
  for (const [name, text] of await code) hash.update(`${name}\0${text}\0`)
  const manifest = await readFile(path.join(root, '..', 'package.json'), 'utf8').catch(() => '{}')
  const dependencies = Object.entries((JSON.parse(manifest) as {dependencies?: Record<string, string>}).dependencies ?? {})
  // Type packages change no code that runs.
  hash.update(JSON.stringify(dependencies.filter(([name]) => !name.startsWith('@types/'))))
  return hash.digest('hex')
}

/**
 * The code a module runs: it and the modules it imports (relative imports,
 * static or `import('…')`), by path under `src/` or `dist/` and content,
 * sorted by name; read a wave at a time. What a key over derived data hashes,
 * so that no list of files can go stale when one is renamed.
 *
 * @param start
 *   The module, without extension, relative to `src/` (`'corpus/load'`).
 * @returns
 *   `[name, text]` of every module reached.
 */
export async function codeOf(start: string): Promise<Array<[string, string]>> {
  const seen = new Map<string, string>()
  let wave = [start]
  while (wave.length > 0) {
    for (const name of wave) seen.set(name, '')
    const texts = await Promise.all(wave.map(async (name) => (await readFile(path.join(root, `${name}.js`), 'utf8').catch(() => undefined)) ?? readFile(path.join(root, `${name}.ts`), 'utf8').catch(() => '')))
    const next = new Set<string>()
    for (const [index, name] of wave.entries()) {
      const text = texts[index] ?? ''
      seen.set(name, text)
      for (const match of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)\.js'/g)) {
        const imported = path.posix.normalize(path.posix.join(path.posix.dirname(name), match[1]!))
        if (!seen.has(imported)) next.add(imported)
      }
    }
    wave = [...next]
  }
  return [...seen].sort((a, b) => (a[0] < b[0] ? -1 : 1))
}

/**
 * The key of a corpus in the user's cache: its {@link modelKey} in this folder.
 *
 * @param key
 *   From {@link modelKey}.
 * @param dir
 *   The corpus folder (messages name files by their path in it).
 * @returns
 *   A hex digest.
 * @example
 *   ```ts
 *   cacheKey(key, 'my-corpus').length
 *   // => 64
 *   ```
 */
export function cacheKey(key: string, dir: string): string {
  return createHash('sha256').update(`${key}\0${path.resolve(dir)}`).digest('hex')
}

/**
 * Read the model shipped beside the bundled corpus, if it was built from
 * these documents by this code and is intact.
 *
 * @param dir
 *   The corpus folder.
 * @param key
 *   From {@link modelKey}.
 * @returns
 *   `{data}`; or `{}` when absent or stale; or `{note}` when damaged.
 * @example
 *   ```ts
 *   (await readBundledModel(bundledCorpus, key)).data?.claims.length
 *   // => 201
 *   ```
 */
export async function readBundledModel(dir: string, key: string): Promise<{data?: CorpusData; note?: VFileMessage}> {
  const file = path.join(dir, bundledModel)
  const text = await readEntry(file)
  if (text === undefined) return {}
  const parsed = typeof text === 'string' ? parseModel(text, key) : {problem: text.problem}
  if (parsed.data) return {data: parsed.data}
  if ('stale' in parsed && parsed.stale) return {}
  return {note: note(file, noteTexts['model-invalid']({file, why: parsed.problem}), 'model-invalid')}
}

/**
 * Open a corpus from a stored model when one is intact, else build it (and
 * store it). Diagnostics about stored models go after the corpus's own.
 *
 * @param files
 *   The documents as read.
 * @param dir
 *   The corpus folder.
 * @param build
 *   How to build the model (imports the parser).
 * @returns
 *   The corpus data.
 * @example
 *   ```ts
 *   const data = await cachedModel(files, 'my-corpus', async () => (await import('./load.js')).buildCorpus(files, 'my-corpus'))
 *   ```
 */
export async function cachedModel(files: readonly Source[], dir: string, build: () => Promise<CorpusData>): Promise<CorpusData> {
  const key = await modelKey(files, dir)
  const notes: VFileMessage[] = []
  if (await isBundled(dir)) {
    const shipped = await readBundledModel(dir, key)
    if (shipped.data) return shipped.data
    if (shipped.note) notes.push(shipped.note)
  }
  const folder = cacheFolder()
  const refused = folder === undefined ? 'there is no home folder' : await prepareFolder(folder)
  if (refused !== undefined) {
    const where = folder ?? '~'
    notes.push(note(where, noteTexts['cache-unsafe']({dir: where, why: refused}), 'cache-unsafe'))
    return withNotes(await build(), notes)
  }
  const name = `${cacheKey(key, dir)}.json`
  const file = path.join(folder!, name)
  const text = await readEntry(file)
  if (text !== undefined) {
    const parsed = typeof text === 'string' ? parseModel(text, key) : {problem: text.problem}
    if (parsed.data) return withNotes(parsed.data, notes)
    // The name is the key: an entry with another key inside was tampered with too.
    notes.push(note(file, noteTexts['cache-invalid']({file, why: parsed.problem}), 'cache-invalid'))
  }
  const data = await build()
  await writeEntry(folder!, name, serializeModel(key, data))
  return withNotes(data, notes)
}

function withNotes(data: CorpusData, notes: readonly VFileMessage[]): CorpusData {
  return notes.length === 0 ? data : {...data, messages: [...data.messages, ...notes]}
}

async function isBundled(dir: string): Promise<boolean> {
  const [a, b] = await Promise.all([dir, bundledCorpus].map(async (d) => realpath(d).catch(() => path.resolve(d))))
  return a === b
}

/** A warning placed at the start of `file`, as `file.message` makes it. */
function note(file: string, reason: string, ruleId: string): VFileMessage {
  const message = new VFileMessage(reason, {place: {line: 1, column: 1}, ruleId, source: 'claimtrace'})
  message.name = `${file}:1:1`
  message.file = file
  message.fatal = false
  return message
}
