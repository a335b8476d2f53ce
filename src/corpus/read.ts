/**
 * Reading a corpus folder: the only place that touches the file system for
 * documents. Light on purpose (no parser), so a cached corpus opens fast.
 *
 * @packageDocumentation
 */

import {readdir, readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {ClaimtraceError} from '../errors.js'

/** The bundled corpus: `../../corpus/` from `src/corpus/` (tests) and from `dist/corpus/` (installed). */
export const bundledCorpus: string = fileURLToPath(new URL('../../corpus/', import.meta.url))

/** A document as read: its path and its Markdown (VFiles are made by the loader, which needs them). */
export interface Source {
  path: string
  value: string
  /** Why the file cannot be loaded (unreadable, binary); reported, and the rest of the corpus loads. */
  problem?: string
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
  const info = await stat(dir).catch(() => undefined)
  if (!info?.isDirectory()) {
    throw new ClaimtraceError(`Cannot open corpus \`${dir}\`: ${info ? 'not a folder' : 'no such folder'}, expected a folder of \`<doc-id>/paper.md\``)
  }
  const entries = await readdir(dir, {withFileTypes: true})
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()
  const files = await Promise.all(
    folders.map(async (name) => {
      const filePath = path.join(dir, name, 'paper.md')
      let problem: string | undefined
      const value = await readFile(filePath, 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined
        problem = `Cannot read \`${filePath}\`: ${error.code ?? error.message}, expected a readable Markdown file`
        return ''
      })
      if (value === undefined) return undefined
      if (!problem && value.includes('\u0000')) problem = `Unexpected binary data in \`${filePath}\`, expected Markdown text`
      return problem ? {path: filePath, value: '', problem} : {path: filePath, value}
    })
  )
  return files.filter((file) => file !== undefined)
}
