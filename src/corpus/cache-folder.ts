/**
 * The cache folder: where it is, whether it is safe to use, and the files of
 * it that claimtrace may read, replace and delete.
 *
 * - Where: `$CLAIMTRACE_CACHE_DIR`, else the user's cache folder
 *   (`$XDG_CACHE_HOME/claimtrace`, `~/.cache/claimtrace`; `~/Library/Caches`
 *   on macOS, `%LOCALAPPDATA%` on Windows). Never a shared temporary folder.
 * - Safe: created with mode 0700; refused when another user owns it, when
 *   group or others may write to it, or when it holds files but not the
 *   `CACHEDIR.TAG` claimtrace writes into the folders it makes its own.
 * - Whose files: only names claimtrace gives (`<64 hex>.json`, and
 *   `<64 hex>.json.<pid>-<random>.tmp` while writing), only regular files
 *   owned by the user. Nothing else in the folder is read or deleted.
 *
 * @packageDocumentation
 */

import {constants} from 'node:fs'
import {lstat, mkdir, open, readdir, readFile, rename, rm, writeFile} from 'node:fs/promises'
import {homedir, platform} from 'node:os'
import path from 'node:path'
import process from 'node:process'

/** The marker of a folder claimtrace made its own (the Cache Directory Tagging format, so backups skip it). */
export const markerName = 'CACHEDIR.TAG'
const marker = 'Signature: 8a477f597d28d172789f06886806bc55\n# This folder is a cache made by claimtrace (https://www.npmjs.com/package/claimtrace).\n# claimtrace deletes only its own entries in it; remove the whole folder to clear it.\n'

/** Names claimtrace gives: entries, and the temporary files an entry is written through. */
const entryName = /^[0-9a-f]{64}\.json$/
const temporaryName = /^[0-9a-f]{64}\.json\.\d+-[0-9a-z]+\.tmp$/
/** Entries kept: each code or corpus change makes a new one; the oldest go. */
const keep = 16
/** A temporary file older than this was left by a process that died. */
const staleTemporary = 10 * 60 * 1000

/** The per-platform user cache folder (the `claimtrace` folder in it). */
const userCache: Readonly<Record<string, () => string | undefined>> = {
  darwin: () => path.join(homedir(), 'Library', 'Caches', 'claimtrace'),
  win32: () => path.join(process.env['LOCALAPPDATA'] || path.join(homedir(), 'AppData', 'Local'), 'claimtrace', 'Cache'),
  other: () => {
    const xdg = process.env['XDG_CACHE_HOME']
    return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(homedir(), '.cache'), 'claimtrace')
  }
}

/**
 * The cache folder to use.
 *
 * @returns
 *   An absolute path, or `undefined` when the user has no home folder.
 * @example
 *   ```ts
 *   cacheFolder() // with HOME=/home/ada and no XDG_CACHE_HOME
 *   // => '/home/ada/.cache/claimtrace'
 *   ```
 */
export function cacheFolder(): string | undefined {
  const chosen = process.env['CLAIMTRACE_CACHE_DIR']
  if (chosen) return path.resolve(chosen)
  try {
    const home = homedir()
    if (!home || !path.isAbsolute(home)) return undefined
    return (userCache[platform()] ?? userCache['other']!)()
  } catch {
    return undefined
  }
}

/**
 * Make sure a folder is one claimtrace may use as its cache: create it
 * (mode 0700) with its marker when missing, adopt it when empty.
 *
 * @param dir
 *   From {@link cacheFolder}.
 * @returns
 *   `undefined` when safe, else why it is refused.
 * @example
 *   ```ts
 *   await prepareFolder('/home/ada/project')
 *   // => 'it holds files but no `CACHEDIR.TAG` by claimtrace, expected a folder claimtrace made (or an empty one)'
 *   ```
 */
export async function prepareFolder(dir: string): Promise<string | undefined> {
  let info = await lstat(dir).catch(() => undefined)
  if (!info) {
    try {
      await mkdir(dir, {recursive: true, mode: 0o700})
      await writeMarker(dir)
      info = await lstat(dir)
    } catch (error) {
      return `it cannot be created (${(error as NodeJS.ErrnoException).code ?? String(error)})`
    }
  }
  if (info.isSymbolicLink()) return 'it is a symbolic link, expected a folder'
  if (!info.isDirectory()) return 'it is not a folder'
  const uid = process.getuid?.()
  if (uid !== undefined && info.uid !== uid) return `it belongs to user ${info.uid}, expected a folder of user ${uid}`
  if ((info.mode & 0o022) !== 0) return `others may write to it (mode ${(info.mode & 0o777).toString(8)}), expected mode 700`
  const tag = await readFile(path.join(dir, markerName), 'utf8').catch(() => undefined)
  if (tag?.includes('claimtrace')) return undefined
  const names = await readdir(dir).catch(() => undefined)
  if (names === undefined) return 'it cannot be listed'
  if (names.length > 0) return `it holds files but no \`${markerName}\` by claimtrace, expected a folder claimtrace made (or an empty one)`
  try {
    await writeMarker(dir)
  } catch {
    return 'its marker cannot be written'
  }
  return undefined
}

/** Write the marker, unless a process beside this one just did. */
async function writeMarker(dir: string): Promise<void> {
  try {
    await writeFile(path.join(dir, markerName), marker, {flag: 'wx', mode: 0o600})
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
}

/**
 * Read one of claimtrace's entries: never through a link, only a regular
 * file of the user's.
 *
 * @param file
 *   `<dir>/<64 hex>.json`.
 * @returns
 *   The text, `undefined` when absent, or `{problem}`.
 * @example
 *   ```ts
 *   await readEntry(path.join(dir, key + '.json'))
 *   // => '{"claimtrace":"model",…'
 *   ```
 */
export async function readEntry(file: string): Promise<string | undefined | {problem: string}> {
  let handle
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return undefined
    return {problem: code === 'ELOOP' ? 'it is a symbolic link' : `it cannot be read (${code ?? String(error)})`}
  }
  try {
    const info = await handle.stat()
    if (!info.isFile()) return {problem: 'it is not a regular file'}
    const uid = process.getuid?.()
    if (uid !== undefined && info.uid !== uid) return {problem: `it belongs to user ${info.uid}`}
    return await handle.readFile('utf8')
  } finally {
    await handle.close()
  }
}

/**
 * Write an entry atomically: a temporary file of claimtrace's name pattern in
 * the same folder, then a rename over the entry. Then drop the oldest entries.
 *
 * @param dir
 *   A folder {@link prepareFolder} accepted.
 * @param name
 *   `<64 hex>.json`.
 * @param text
 *   The content.
 * @returns
 *   Nothing; failing only costs speed, so errors are ignored.
 */
export async function writeEntry(dir: string, name: string, text: string): Promise<void> {
  const target = path.join(dir, name)
  const temporary = `${target}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`
  try {
    await writeFile(temporary, text, {flag: 'wx', mode: 0o600})
    await rename(temporary, target)
    await prune(dir)
  } catch {
    await rm(temporary, {force: true}).catch(() => undefined)
  }
}

/** Remove all but the {@link keep} newest entries, and temporary files a dead process left; only claimtrace's own files. */
async function prune(dir: string): Promise<void> {
  const uid = process.getuid?.()
  const now = Date.now()
  const names = (await readdir(dir)).filter((name) => entryName.test(name) || temporaryName.test(name))
  const files = await Promise.all(
    names.map(async (name) => {
      const info = await lstat(path.join(dir, name)).catch(() => undefined)
      return info?.isFile() && (uid === undefined || info.uid === uid) ? {name, time: info.mtimeMs} : undefined
    })
  )
  const own = files.filter((d) => d !== undefined)
  const entries = own.filter((d) => entryName.test(d.name)).sort((a, b) => b.time - a.time)
  const doomed = [...entries.slice(keep), ...own.filter((d) => temporaryName.test(d.name) && now - d.time > staleTemporary)]
  await Promise.all(doomed.map(async (d) => rm(path.join(dir, d.name), {force: true})))
}
