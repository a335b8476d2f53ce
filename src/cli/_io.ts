import {ClaimtraceError} from '../errors.js'

/** What a command may touch: its arguments and the process's streams. Kept small so tests can drive commands in-process. */
export interface Io {
  stdout: NodeJS.WritableStream & {isTTY?: boolean}
  stderr: NodeJS.WritableStream & {isTTY?: boolean}
  stdin: NodeJS.ReadableStream & {isTTY?: boolean}
}

/** Parsed command line: positionals and flags (booleans or strings). */
export interface Args {
  positionals: string[]
  flags: Record<string, string | boolean | undefined>
}

/**
 * A usage error: printed as one line on stderr, exit code 2.
 * Note: commands throw `fail(code, …)` (texts in `src/_messages.ts`); this class stays for code that still makes its own.
 */
export class UsageError extends ClaimtraceError {
  override name = 'UsageError'
}

/** One subcommand of the CLI. */
export interface Command {
  /** One line for `--help`. */
  summary: string
  /** Usage line(s) after `claimtrace `. */
  usage: string
  /** Flags taking a value (the rest are booleans). */
  options?: string[]
  /** Boolean flags. */
  booleans?: string[]
  run(args: Args, io: Io): Promise<number>
}
