/**
 * Reading files the way claimtrace must: never more than a cap (so
 * `/dev/zero` is refused at the cap, not after filling the memory), never
 * blocking on a FIFO when only regular files are wanted.
 *
 * @packageDocumentation
 */

import {constants, type Stats} from 'node:fs'
import {open, type FileHandle} from 'node:fs/promises'

/** What a file that is not a regular file is, in words. */
const fileTypes: ReadonlyArray<[(info: Stats) => boolean, string]> = [
  [(info) => info.isDirectory(), 'a folder'],
  [(info) => info.isFIFO(), 'a named pipe (FIFO)'],
  [(info) => info.isSocket(), 'a socket'],
  [(info) => info.isCharacterDevice(), 'a character device'],
  [(info) => info.isBlockDevice(), 'a block device'],
  [(info) => info.isSymbolicLink(), 'a symbolic link']
]

/**
 * Say what kind of file something is, when it is not a regular file.
 *
 * @param info
 *   From `stat` or `lstat`.
 * @returns
 *   `'a named pipe (FIFO)'`, …; `'a regular file'` for one.
 * @example
 *   ```ts
 *   fileType(await stat('/dev/null'))
 *   // => 'a character device'
 *   ```
 */
export function fileType(info: Stats): string {
  return fileTypes.find(([test]) => test(info))?.[1] ?? (info.isFile() ? 'a regular file' : 'not a regular file')
}

/**
 * Read at most `max` bytes from an open file, stopping at the first byte over.
 *
 * @param handle
 *   An open file.
 * @param max
 *   The cap, in bytes.
 * @returns
 *   The bytes, or `undefined` when the file holds more than `max`.
 * @example
 *   ```ts
 *   await readCapped(await open('/dev/zero'), 1024)
 *   // => undefined
 *   ```
 */
export async function readCapped(handle: FileHandle, max: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = []
  let total = 0
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, max + 1 - total))
    const {bytesRead} = await handle.read(chunk, 0, chunk.length, null)
    if (bytesRead === 0) return Buffer.concat(chunks, total)
    chunks.push(chunk.subarray(0, bytesRead))
    total += bytesRead
    if (total > max) return undefined
  }
}

/**
 * Open a file for reading without following a final symbolic link and
 * without waiting for a FIFO's writer.
 *
 * @param file
 *   The path.
 * @returns
 *   The open file (close it).
 * @example
 *   ```ts
 *   const handle = await openForReading('corpus/x/paper.md')
 *   ```
 */
export async function openForReading(file: string): Promise<FileHandle> {
  return open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
}
