/**
 * Where `claimtrace ingest` writes, and how: only inside `--out`, never
 * through a symbolic link, never over a `paper.md` it did not write (unless
 * `--force`), each file replaced atomically (a temporary file beside it, then
 * a rename), so a failed run leaves the old files whole.
 */
import {lstat, mkdir, readFile, realpath, rename, rm, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {errnoText} from '../_messages.js'
import {fail} from '../errors.js'

/** The files of one document, by name. */
export type DocumentFiles = Readonly<Record<'paper.md' | 'source.txt', string | Uint8Array>>

/** Front matter as ingest writes it: the id first, the raw text's digest last. */
const ours = /^---\nid: [^\n]+\n(?:[^\n]*\n)*?sha256: [0-9a-f]{64}\n---\n/

/**
 * Write `<out>/<id>/paper.md` and `source.txt`.
 *
 * @param out
 *   The output folder (created when missing; it may itself be a link the user gave).
 * @param id
 *   The document id (a checked folder name).
 * @param files
 *   The contents.
 * @param force
 *   Whether to replace files claimtrace did not write.
 * @returns
 *   The document folder.
 * @throws {ClaimtraceError}
 *   `not-a-folder`, `symlink-refused`, `outside-out`, `not-a-file`, `would-overwrite`, `cannot-write`.
 * @example
 *   ```ts
 *   await writeDocument('corpus', 'x', {'paper.md': markdown, 'source.txt': bytes}, false)
 *   // => 'corpus/x'
 *   ```
 */
export async function writeDocument(out: string, id: string, files: DocumentFiles, force: boolean): Promise<string> {
  const root = await outputFolder(out)
  const dir = path.join(out, id)
  const info = await lstat(dir).catch(() => undefined)
  if (info?.isSymbolicLink()) throw fail('symlink-refused', {file: dir})
  if (info && !info.isDirectory()) throw fail('not-a-folder', {dir})
  if (!info) await mkdir(dir).catch((error: unknown) => Promise.reject(fail('cannot-write', {file: dir, why: errnoText(error)})))
  const real = await realpath(dir)
  if (path.dirname(real) !== root) throw fail('outside-out', {file: dir, out})
  const targets = Object.keys(files) as Array<keyof DocumentFiles>
  const existing = new Map<string, Buffer>()
  for (const name of targets) {
    const file = path.join(dir, name)
    const target = await lstat(file).catch(() => undefined)
    if (!target) continue
    if (target.isSymbolicLink()) throw fail('symlink-refused', {file})
    if (!target.isFile()) throw fail('not-a-file', {file})
    existing.set(name, await readFile(file).catch((error: unknown) => Promise.reject(fail('cannot-read', {file, why: errnoText(error)}))))
  }
  if (!force) {
    const paper = existing.get('paper.md')
    const pair = paper !== undefined && ours.test(paper.toString('utf8'))
    if (paper !== undefined && !pair) throw fail('would-overwrite', {file: path.join(dir, 'paper.md')})
    const source = existing.get('source.txt')
    if (source !== undefined && !pair && !source.equals(Buffer.from(files['source.txt']))) throw fail('would-overwrite', {file: path.join(dir, 'source.txt')})
  }
  for (const name of targets) await replace(path.join(dir, name), files[name])
  return dir
}

/** The real path of `--out`, created when missing; a file there is refused. */
async function outputFolder(out: string): Promise<string> {
  const info = await stat(out).catch((error: NodeJS.ErrnoException) => error)
  if (info instanceof Error) {
    if (info.code !== 'ENOENT') throw fail('cannot-write', {file: out, why: errnoText(info)})
    await mkdir(out, {recursive: true}).catch((error: unknown) => Promise.reject(fail('cannot-write', {file: out, why: errnoText(error)})))
  } else if (!info.isDirectory()) {
    throw fail('not-a-folder', {dir: out})
  }
  return realpath(out)
}

/** Replace a file atomically; a failure leaves the old one and no temporary file. */
async function replace(file: string, content: string | Uint8Array): Promise<void> {
  const temporary = `${file}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`
  try {
    await writeFile(temporary, content, {flag: 'wx'})
    await rename(temporary, file)
  } catch (error) {
    await rm(temporary, {force: true}).catch(() => undefined)
    throw fail('cannot-write', {file, why: errnoText(error)})
  }
}
