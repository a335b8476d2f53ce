/**
 * The code key of a store: a hash of the store format, the package version
 * and the code that builds what it holds (the shared tables, the language,
 * facts, corpus and cite stages, the index and tokenizer, the store itself).
 * A store written by other code is stale, whatever its papers.
 */
import {createHash} from 'node:crypto'
import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {FORMAT} from './_container.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const FOLDERS = ['tables', 'language', 'facts', 'corpus', 'cite', 'store'] as const
/** Single files the store's contents depend on; each must exist (a renamed one would silently leave the key). */
const FILES = ['search/claim-index.ts', 'search/text.ts', '_csl.ts', '_calendar.ts'] as const

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
    for (const name of names) hash.update(`${name}\0${await readFile(path.join(root, name), 'utf8')}\0`)
    // Compiled, the `.ts` files are `.js`: one of the two must be there.
    for (const file of FILES) {
      const forms = [file, file.replace(/\.ts$/, '.js')]
      const read = await Promise.all(forms.map((name) => readFile(path.join(root, name), 'utf8').catch(() => undefined)))
      if (read.every((contents) => contents === undefined)) throw new Error(`The store's code key needs \`src/${file}\`, which is missing: update FILES in src/store/_key.ts`)
      forms.forEach((name, i) => read[i] !== undefined && hash.update(`${name}\0${read[i]}\0`))
    }
    return hash.digest('hex')
  })()
  return cached
}
