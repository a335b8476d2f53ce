/**
 * The code key of a store: a hash of the store format, the package version
 * and the code that builds and reads what it holds (`store/store` and every
 * module it imports, followed through their imports by `codeOf`, as the
 * model key does). A store written by other code is stale, whatever its papers.
 */
import {createHash} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {codeOf} from '../corpus/cache.js'
import {FORMAT} from './_container.js'

const root = fileURLToPath(new URL('..', import.meta.url))

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
    for (const [name, text] of await codeOf('store/store')) hash.update(`${name}\0${text}\0`)
    return hash.digest('hex')
  })()
  return cached
}
