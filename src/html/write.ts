/**
 * Writing a site: the only place the html stage touches the file system.
 * The folder keeps a manifest of the files claimtrace wrote there
 * (`.claimtrace-html.json`, with their hashes), so that a later run replaces
 * its own files, removes its own files no longer made (when unchanged), and
 * never overwrites or deletes anything else.
 *
 * @packageDocumentation
 */

import {createHash} from 'node:crypto'
import {mkdir, readdir, readFile, rm, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fail} from '../errors.js'
import type {SiteFile} from './site.js'

/** Name of the manifest in the output folder. */
export const MANIFEST = '.claimtrace-html.json'

/** Options of {@link writeSite}. */
export interface Options {
  /** Write into a folder that holds files claimtrace did not write (they are left alone). */
  force?: boolean
}

interface Manifest {
  generator: 'claimtrace html'
  files: Record<string, string>
}

const sha = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex')

async function readManifest(dir: string): Promise<Manifest | undefined> {
  const text = await readFile(path.join(dir, MANIFEST), 'utf8').catch(() => undefined)
  if (text === undefined) return undefined
  try {
    const value = JSON.parse(text) as Partial<Manifest>
    if (value.generator === 'claimtrace html' && value.files && typeof value.files === 'object') return value as Manifest
  } catch {}
  return undefined
}

/**
 * Write `files` into `dir`.
 *
 * @param dir
 *   The output folder (made when missing).
 * @param files
 *   The site (see `buildSite`).
 * @param options
 *   `force`: write beside files claimtrace did not write.
 * @returns
 *   Paths written and paths removed (relative to `dir`).
 * @throws {ClaimtraceError}
 *   When `dir` is a file; when it holds other files and `force` is not set;
 *   when a page would replace a file claimtrace did not write (even with `force`).
 */
export async function writeSite(dir: string, files: readonly SiteFile[], options?: Readonly<Options> | null): Promise<{written: string[]; removed: string[]}> {
  const info = await stat(dir).catch(() => undefined)
  if (info && !info.isDirectory()) throw fail('site-not-a-folder', {dir})
  const manifest = info ? await readManifest(dir) : undefined
  const own = manifest?.files ?? {}
  const present = info ? await readdir(dir) : []
  const foreign = present.filter((name) => name !== MANIFEST && !Object.hasOwn(own, name))
  if (present.includes(MANIFEST) && !manifest) foreign.push(MANIFEST)
  if (foreign.length > 0 && !options?.force) {
    throw fail('foreign-files', {dir, files: list(foreign)})
  }
  const clashes = files.filter((file) => foreign.includes(file.path)).map((file) => file.path)
  if (clashes.length > 0) throw fail('would-replace-foreign', {dir, files: list(clashes), count: clashes.length})
  await mkdir(dir, {recursive: true})
  const next: Manifest = {generator: 'claimtrace html', files: {}}
  const written: string[] = []
  for (const file of files) {
    await writeFile(path.join(dir, file.path), file.contents)
    next.files[file.path] = sha(file.contents)
    written.push(file.path)
  }
  const removed: string[] = []
  for (const [name, hash] of Object.entries(own)) {
    if (Object.hasOwn(next.files, name)) continue
    const current = await readFile(path.join(dir, name)).catch(() => undefined)
    // A page of ours that someone edited since is theirs now: keep it, and keep listing it.
    if (current !== undefined && sha(current) !== hash) next.files[name] = hash
    else if (current !== undefined) {
      await rm(path.join(dir, name))
      removed.push(name)
    }
  }
  await writeFile(path.join(dir, MANIFEST), JSON.stringify(next, null, 2) + '\n')
  return {written, removed}
}

function list(names: readonly string[]): string {
  const shown = names.slice(0, 3).map((name) => `\`${name}\``).join(', ')
  return names.length > 3 ? `${shown} and ${names.length - 3} more` : shown
}
