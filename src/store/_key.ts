/**
 * The code key of a store: a hash of the store format, the package version
 * and the code that builds what it holds (the corpus, cite and language
 * stages, the index and tokenizer, the store itself). A store written by
 * other code is stale, whatever its papers.
 */
import {createHash} from 'node:crypto'
import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {FORMAT} from './_container.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const FOLDERS = ['corpus', 'cite', 'language', 'store'] as const
const FILES = ['search/_index.ts', 'search/_text.ts', '_csl.ts', '_calendar.ts'] as const

let cached: Promise<string> | undefined

/**
 * The code key (computed once per process).
 *
 * @returns
 *   A hex digest.
 * @example
 *   ```ts
 *   (await codeKey()).length
 *   // => 64
 *   ```
 */
export function codeKey(): Promise<string> {
  cached ??= (async () => {
    const version = (JSON.parse(await readFile(path.join(root, '..', 'package.json'), 'utf8')) as {version: string}).version
    const hash = createHash('sha256').update(`claimtrace-store-${FORMAT}\0${version}\0`)
    const names: string[] = []
    for (const folder of FOLDERS) {
      const found = (await readdir(path.join(root, folder)).catch(() => [] as string[])).filter((name) => /\.[jt]s$/.test(name) && !name.endsWith('.d.ts'))
      names.push(...found.sort().map((name) => `${folder}/${name}`))
    }
    // Compiled, the `.ts` files are `.js`.
    for (const file of FILES) names.push(file, file.replace(/\.ts$/, '.js'))
    for (const name of names) {
      const contents = await readFile(path.join(root, name), 'utf8').catch(() => undefined)
      if (contents !== undefined) hash.update(`${name}\0${contents}\0`)
    }
    return hash.digest('hex')
  })()
  return cached
}
