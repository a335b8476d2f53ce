/** Batch mode of `resolve -` and `verify -`: one statement per stdin line. */
import {createInterface} from 'node:readline'
import type {Io} from './_io.js'

/** Longest line batch mode takes: a sentence, not a pasted file. */
const MAX_LINE = 10_000

/**
 * Batch mode: run `each` on every non-empty stdin line. A bad line (too long,
 * binary, rejected by the library) is reported with its number and the batch
 * goes on; resolves to the number of bad lines.
 */
export async function batch(io: Io, json: boolean, each: (line: string) => string): Promise<number> {
  const progress = io.stderr.isTTY === true
  let n = 0
  let bad = 0
  for await (const raw of createInterface({input: io.stdin, crlfDelay: Infinity})) {
    n++
    const line = raw.trim()
    if (line === '') continue
    try {
      if (line.length > MAX_LINE) throw new Error(`line too long (${line.length} characters), expected one sentence`)
      if (line.includes('\u0000')) throw new Error('binary data, expected text')
      io.stdout.write(each(line) + '\n')
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      if (!(error instanceof Error) || (error.name !== 'ClaimtraceError' && !message.startsWith('line too long') && !message.startsWith('binary'))) throw error
      bad++
      io.stderr.write(`${progress ? '\r\u001B[K' : ''}claimtrace: line ${n}: ${message}\n`)
      if (json) io.stdout.write(JSON.stringify({line: n, error: message}) + '\n')
    }
    if (progress && n % 25 === 0) io.stderr.write(`\r${n} lines…`)
  }
  if (progress && n >= 25) io.stderr.write('\r\u001B[K')
  return bad
}

