/**
 * Files of the store: atomic writes (a temporary file in the same folder,
 * then a rename, so a reader sees the old file or the new one, never half of
 * one) and the build lock (one process builds a store at a time).
 */
import {closeSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync} from 'node:fs'
import {mkdir} from 'node:fs/promises'
import path from 'node:path'
import {fail} from '../errors.js'

/**
 * Write a file atomically.
 *
 * @param file
 *   Its path.
 * @param data
 *   Its bytes or text.
 */
export async function writeAtomic(file: string, data: Uint8Array | string): Promise<void> {
  await mkdir(path.dirname(file), {recursive: true})
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
  try {
    writeFileSync(temporary, data)
    renameSync(temporary, file)
  } catch (error) {
    rmSync(temporary, {force: true})
    throw error
  }
}

/** How long a build may hold the lock before another process takes it as abandoned (ms). */
const STALE = 10 * 60 * 1000

/** Whether process `pid` runs on this machine. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Take the build lock of a store folder: a `lock` file made exclusively
 * (`wx`) holding the pid and the time. A lock whose process is gone, or
 * older than ten minutes, is taken over. While another live process holds
 * it, wait up to `wait` ms, then refuse.
 *
 * @param dir
 *   The store folder.
 * @param wait
 *   How long to wait for another build (ms).
 * @returns
 *   A function that releases the lock.
 * @throws {ClaimtraceError}
 *   When another process still builds after `wait`.
 */
export async function lock(dir: string, wait: number): Promise<() => void> {
  await mkdir(dir, {recursive: true})
  const file = path.join(dir, 'lock')
  const deadline = Date.now() + wait
  for (;;) {
    try {
      const fd = openSync(file, 'wx')
      writeSync(fd, JSON.stringify({pid: process.pid, time: Date.now()}))
      closeSync(fd)
      return () => rmSync(file, {force: true})
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    let holder: {pid?: number; time?: number} = {}
    try {
      holder = JSON.parse(readFileSync(file, 'utf8')) as typeof holder
    } catch {
      // Being written right now, or left empty by a crash: judged by its age below.
    }
    const abandoned = (holder.pid !== undefined && !alive(holder.pid)) || (holder.time !== undefined && Date.now() - holder.time > STALE)
    if (abandoned) {
      rmSync(file, {force: true})
      continue
    }
    if (Date.now() >= deadline) {
      throw fail('store-locked', {dir, pid: holder.pid ? ` (pid ${holder.pid})` : '', file})
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
