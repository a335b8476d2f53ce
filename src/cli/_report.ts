/**
 * The CLI's one error path and its diagnostics: every failure is one line on
 * stderr naming the problem and its place, exit code 2; a failed file
 * operation says which file and why; anything else is an internal error, one
 * line with a hint to rerun with `--debug` for the stack.
 */
import type {VFileMessage} from 'vfile-message'
import {errnoText, errorText} from '../_messages.js'
import {isClaimtraceError} from '../errors.js'
import type {Io} from './_io.js'

/** Exit code of every failure. */
export const FAILURE = 2

/** What a failed system call was doing, in words. */
const actions: Readonly<Record<string, string>> = {
  open: 'open',
  read: 'read',
  write: 'write',
  mkdir: 'create the folder',
  rename: 'replace',
  scandir: 'list',
  stat: 'inspect',
  lstat: 'inspect',
  realpath: 'resolve',
  unlink: 'remove',
  copyfile: 'copy',
  chmod: 'change the mode of'
}

/**
 * Print an error as one line and give the exit code.
 *
 * @param error
 *   What a command threw.
 * @param prefix
 *   `claimtrace verify` (the command), or `claimtrace`.
 * @param io
 *   The streams.
 * @param debug
 *   Whether to print the stack of an internal error too.
 * @returns
 *   {@link FAILURE}.
 * @example
 *   ```ts
 *   reportError(new TypeError('x is undefined'), 'claimtrace claims', io, false)
 *   // stderr: 'claimtrace claims: internal error: x is undefined (a bug: rerun with `--debug` for the stack, and report it)\n'
 *   ```
 */
export function reportError(error: unknown, prefix: string, io: Io, debug: boolean): number {
  io.stderr.write(`${prefix}: ${oneLine(describeError(error))}\n`)
  if (debug && error instanceof Error && error.stack && !isClaimtraceError(error)) io.stderr.write(`${error.stack}\n`)
  return FAILURE
}

/** The text of an error: its own for claimtrace's, the file and the reason for a file operation's. */
function describeError(error: unknown): string {
  if (isClaimtraceError(error)) return error.message
  const failed = error instanceof Error ? (error as NodeJS.ErrnoException) : undefined
  if (failed && typeof failed.code === 'string' && typeof failed.syscall === 'string') {
    const file = failed.path === undefined ? '' : ` \`${failed.path}\``
    return `Cannot ${actions[failed.syscall] ?? failed.syscall}${file}: ${errnoText(failed)}`
  }
  return errorText('internal', {message: error instanceof Error ? error.message : String(error)})
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim()
}

/**
 * Print diagnostics to stderr with vfile-reporter, grouped by file.
 *
 * @param messages
 *   vfile messages (each names its file).
 * @param io
 *   The streams.
 * @returns
 *   Nothing.
 * @example
 *   ```ts
 *   await printDiagnostics(corpus.messages, io)
 *   // stderr: 'corpus/x/paper.md\n  281:1  warning  Footnote 49: Unexpected date …  invalid-date  claimtrace\n\n⚠ 1 warning\n'
 *   ```
 */
export async function printDiagnostics(messages: readonly VFileMessage[], io: Io): Promise<void> {
  if (messages.length === 0) return
  const [{VFile}, {reporter}] = await Promise.all([import('vfile'), import('vfile-reporter')])
  const files = new Map<string, InstanceType<typeof VFile>>()
  for (const message of messages) {
    const name = message.file ?? ''
    let file = files.get(name)
    if (!file) {
      file = new VFile(name ? {path: name} : {})
      files.set(name, file)
    }
    file.messages.push(message)
  }
  const color = io.stderr.isTTY === true && !process.env['NO_COLOR']
  io.stderr.write(reporter([...files.values()], {color}) + '\n')
}
