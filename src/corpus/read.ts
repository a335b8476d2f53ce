/**
 * Reading a corpus folder: the only place that touches the file system for
 * documents. Light on purpose (no parser), so a cached corpus opens fast.
 *
 * Only regular files inside the folder are read: a `paper.md` (or a document
 * folder) that links outside it, a FIFO, a device or a folder named
 * `paper.md` is skipped with an `unsafe-paper` diagnostic, so reading never
 * prints another file as claims and never hangs.
 *
 * @packageDocumentation
 */

import {lstat, readdir, realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {fail} from '../errors.js'
import {errnoText, noteTexts} from '../_messages.js'
import {fileType, openForReading, readCapped} from '../_files.js'

/** The bundled corpus: `../../corpus/` from `src/corpus/` (tests) and from `dist/corpus/` (installed). */
export const bundledCorpus: string = fileURLToPath(new URL('../../corpus/', import.meta.url))

/** Largest `paper.md` read (an article is well under 1 MB). */
export const MAX_PAPER = 20 * 1024 * 1024

/** A document as read: its path and its Markdown (VFiles are made by the loader, which needs them). */
export interface Source {
  path: string
  value: string
  /** Why the file cannot be loaded (unreadable, binary, unsafe); reported, and the rest of the corpus loads. */
  problem?: string
  /** The rule of that report (default `unreadable-paper`). */
  rule?: 'unreadable-paper' | 'unsafe-paper'
}

/**
 * A paper's text from its bytes as the loader reads it: UTF-8, a byte-order
 * mark dropped; `undefined` for binary data (a NUL inside). The store hashes
 * this same text, so a build and a later open agree.
 */
export function paperText(bytes: Uint8Array): string | undefined {
  const value = new TextDecoder().decode(bytes)
  return value.includes('\u0000') ? undefined : value
}

/**
 * Read every `<dir>/<doc>/paper.md`, in folder-name order;
 * folders without a `paper.md` (e.g. only `source.txt`) are skipped.
 *
 * @param dir
 *   The corpus folder.
 * @returns
 *   Path and text of each document; an empty corpus gives `[]`.
 * @throws {ClaimtraceError}
 *   When `dir` is not a readable folder.
 * @example
 *   ```ts
 *   (await readCorpus('corpus')).map((file) => file.path)
 *   // => ['corpus/israel-central-asia-2020/paper.md']
 *   ```
 */
export async function readCorpus(dir: string): Promise<Source[]> {
  const info = await stat(dir).catch((error: NodeJS.ErrnoException) => error)
  if (info instanceof Error) {
    const code = info.code ?? ''
    throw code === 'ENOENT' || code === 'ENOTDIR' ? fail('corpus-not-found', {dir}) : fail('corpus-unreadable', {dir, why: errnoText(info)})
  }
  if (!info.isDirectory()) throw fail('corpus-not-folder', {dir})
  let entries
  let root: string
  try {
    entries = await readdir(dir, {withFileTypes: true})
    root = await realpath(dir)
  } catch (error) {
    throw fail('corpus-unreadable', {dir, why: errnoText(error)})
  }
  const names = entries.filter((entry) => entry.isDirectory() || entry.isSymbolicLink()).map((entry) => entry.name).sort()
  const files = await Promise.all(names.map(async (name) => readPaper(path.join(dir, name, 'paper.md'), root)))
  return files.filter((file) => file !== undefined)
}

/** Read one `paper.md`: `undefined` when there is none. */
async function readPaper(file: string, root: string): Promise<Source | undefined> {
  const link = await lstat(file).catch(() => undefined)
  if (!link) return undefined
  const unsafe = (why: string): Source => ({path: file, value: '', problem: noteTexts['unsafe-paper']({file, why}), rule: 'unsafe-paper'})
  const unreadable = (why: string): Source => ({path: file, value: '', problem: noteTexts['unreadable-paper']({file, why})})
  let real: string
  try {
    real = await realpath(file)
  } catch (error) {
    return unreadable(errnoText(error))
  }
  const relative = path.relative(root, real)
  if (relative.startsWith('..') || path.isAbsolute(relative)) return unsafe(`it leads outside the corpus folder (to \`${real}\`)`)
  let handle
  try {
    handle = await openForReading(real)
  } catch (error) {
    return unreadable(errnoText(error))
  }
  try {
    const info = await handle.stat()
    if (!info.isFile()) return unsafe(`it is ${fileType(info)}`)
    const bytes = await readCapped(handle, MAX_PAPER)
    if (bytes === undefined) return unreadable(`larger than ${MAX_PAPER} bytes`)
    const value = paperText(bytes)
    if (value === undefined) return {path: file, value: '', problem: noteTexts['binary-paper']({file})}
    return {path: file, value}
  } catch (error) {
    return unreadable(errnoText(error))
  } finally {
    await handle.close()
  }
}
