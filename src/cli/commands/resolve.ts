import {createInterface} from 'node:readline'
import {UsageError, type Args, type Command, type Io} from '../_io.js'

/** Longest line batch mode takes: a sentence, not a pasted file. */
const MAX_LINE = 10_000

/** Whether to colour output: a terminal, and `NO_COLOR` unset. */
export function useColor(io: Io): boolean {
  return io.stdout.isTTY === true && !process.env['NO_COLOR']
}

/** A positive integer flag, or `undefined`. */
export function intFlag(args: Args, name: string): number | undefined {
  const value = args.flags[name]
  if (value === undefined) return undefined
  const n = Number(value)
  if (typeof value !== 'string' || !Number.isInteger(n) || n < 1) throw new UsageError(`Unexpected \`--${name} ${String(value)}\`, expected a positive integer`)
  return n
}

/** The one text positional (`-` = batch), or a usage error. */
export function textArg(args: Args, what: string, command: string): string {
  if (args.positionals.length === 0) throw new UsageError(`Missing ${what}, expected \`claimtrace ${command} <${what}>\` or \`-\` to read lines from stdin`)
  return args.positionals.join(' ')
}

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

/** `claimtrace resolve`: the claims a text restates, with their sources. */
export const command: Command = {
  summary: 'Find the claims of the paper a sentence restates, with their footnotes and sources',
  usage: 'resolve <text> [--limit N] [--json]\n       resolve - [--limit N] [--json]   (one text per stdin line; JSON Lines with --json)',
  options: ['limit'],
  async run(args, io) {
    const text = textArg(args, 'text', 'resolve')
    const limit = intFlag(args, 'limit') ?? 3
    const json = args.flags['json'] === true
    const {openCorpus} = await import('../../corpus/index.js')
    const {formatResolution} = await import('../../search/format.js')
    const corpus = await openCorpus(typeof args.flags['corpus'] === 'string' ? args.flags['corpus'] : undefined)
    const render = (line: string): string => {
      const resolution = corpus.resolve(line, {limit})
      return json ? JSON.stringify(resolution) : `${line}\n${formatResolution(resolution, {color: useColor(io)})}\n`
    }
    if (text === '-') return (await batch(io, json, render)) > 0 ? 2 : 0
    const resolution = corpus.resolve(text, {limit})
    io.stdout.write(json ? JSON.stringify(resolution, null, 2) + '\n' : formatResolution(resolution, {color: useColor(io)}) + '\n')
    return 0
  }
}
