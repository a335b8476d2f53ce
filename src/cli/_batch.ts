/** Batch mode of `resolve -` and `verify -`: one statement per stdin line. */
import {createInterface} from 'node:readline'
import {fail, isClaimtraceError} from '../errors.js'
import {MAX_STATEMENT} from '../search/searcher.js'
import {CLEAR_LINE} from './_ansi.js'
import type {Io} from './_io.js'

/** Errors about the corpus, not the line: the batch stops. */
const fatal = new Set(['empty-corpus', 'incomplete-corpus'])

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
      // Checked before the library sees the line, so the batch reads like the library's limit (`MAX_STATEMENT`).
      if (line.length > MAX_STATEMENT) throw fail('line-too-long', {length: line.length, max: MAX_STATEMENT})
      if (line.includes('\u0000')) throw fail('binary-line', {})
      io.stdout.write(each(line) + '\n')
    } catch (error) {
      if (!isClaimtraceError(error) || fatal.has(error.code)) throw error
      bad++
      io.stderr.write(`${progress ? CLEAR_LINE : ''}claimtrace: line ${n}: ${error.message}\n`)
      if (json) io.stdout.write(JSON.stringify({line: n, error: error.message}) + '\n')
    }
    if (progress && n % 25 === 0) io.stderr.write(`\r${n} lines…`)
  }
  if (progress && n >= 25) io.stderr.write(CLEAR_LINE)
  return bad
}
