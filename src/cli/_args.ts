/**
 * What every command reads off its arguments the same way: the corpus to
 * open, the text positional, integer and string flags, the terminal.
 */
import type {Corpus} from '../facade/index.js'
import {fail} from '../errors.js'
import type {Args, Io} from './_io.js'
import {progress} from './_progress.js'
import {printDiagnostics} from './_report.js'

/**
 * Open the corpus `--corpus DIR` names, else the bundled one (the library is
 * imported only now); a build of its store shows a progress bar on a
 * terminal. Its load and cite diagnostics go to stderr unless `--quiet`.
 */
export async function corpusOf(args: Args, io?: Io): Promise<Corpus> {
  const {openCorpus} = await import('../facade/index.js')
  const bar = io ? await progress({...io, stdout: io.stdout}, false, 'papers') : undefined
  let corpus: Corpus
  try {
    corpus = await openCorpus(stringFlag(args, 'corpus'), bar ? {onProgress: (event) => event.type === 'paper' && bar.update(event.done, event.total, event.path)} : null)
  } finally {
    bar?.stop()
  }
  if (io && args.flags['quiet'] !== true) await printDiagnostics(corpus.messages, io)
  return corpus
}

/** The `--document ID` flag, checked against the corpus. */
export function documentFlag(args: Args, corpus: Corpus): string | undefined {
  const document = stringFlag(args, 'document')
  if (document !== undefined && !corpus.documents.some((d) => d.id === document)) {
    throw fail('unknown-document', {id: document, expected: corpus.documents.slice(0, 5).map((d) => `\`${d.id}\``).join(', ') + (corpus.documents.length > 5 ? ', … (see `claimtrace documents`)' : '')})
  }
  return document
}

/** Refuse positionals for commands that take options only. */
export function noPositionals(args: Args): void {
  if (args.positionals.length > 0) throw fail('unexpected-argument', {arg: args.positionals[0]!, expected: 'only options'})
}

/** The one text positional (`-` = batch), or a usage error naming the command. */
export function textArg(args: Args, what: string, command: string): string {
  if (args.positionals.length === 0) throw fail('missing-text', {what, command})
  return args.positionals.join(' ')
}

/** A string flag, or `undefined`. */
export function stringFlag(args: Args, name: string): string | undefined {
  const value = args.flags[name]
  return typeof value === 'string' ? value : undefined
}

/** The given string flags as an options object (absent ones left out, as `exactOptionalPropertyTypes` wants). */
export function stringFlags<Name extends string>(args: Args, names: readonly Name[]): Partial<Record<Name, string>> {
  const options: Partial<Record<Name, string>> = {}
  for (const name of names) {
    const value = stringFlag(args, name)
    if (value !== undefined) options[name] = value
  }
  return options
}

/** A positive integer flag, or `undefined`. */
export function intFlag(args: Args, name: string): number | undefined {
  const value = args.flags[name]
  if (value === undefined) return undefined
  const n = Number(value)
  if (typeof value !== 'string' || !Number.isInteger(n) || n < 1) throw fail('bad-integer', {flag: name, value: String(value)})
  return n
}

/** Whether to colour output: a terminal, and `NO_COLOR` unset. */
export function useColor(io: Io): boolean {
  return io.stdout.isTTY === true && !process.env['NO_COLOR']
}

/** How to lay out a listing: the terminal's width and colour, or neither when piped. */
export function terminal(io: Io): {width: number | undefined; color: boolean} {
  const tty = io.stdout.isTTY === true
  return {width: tty ? ((io.stdout as {columns?: number}).columns ?? 100) : undefined, color: useColor(io)}
}
