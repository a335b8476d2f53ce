import {readFileSync} from 'node:fs'
import {fail} from '../errors.js'
import type {Args, Command, Io} from './_io.js'
import {reportError} from './_report.js'

/**
 * The command table: each command lives in its own module and is imported
 * only when used, so `claimtrace --help` stays instant.
 */
const commands: Record<string, () => Promise<Command>> = {
  search: async () => (await import('./commands/search.js')).command,
  resolve: async () => (await import('./commands/resolve.js')).command,
  verify: async () => (await import('./commands/verify.js')).command,
  claims: async () => (await import('./commands/claims.js')).command,
  footnotes: async () => (await import('./commands/footnotes.js')).command,
  sources: async () => (await import('./commands/sources.js')).command,
  bib: async () => (await import('./commands/bib.js')).command,
  cite: async () => (await import('./commands/cite.js')).command,
  ingest: async () => (await import('./commands/ingest.js')).command,
  html: async () => (await import('./commands/html.js')).command,
  build: async () => (await import('./commands/build.js')).command,
  documents: async () => (await import('./commands/documents.js')).command,
  export: async () => (await import('./commands/export.js')).command
}

const common = ['corpus']
const commonBooleans = ['json', 'help', 'version', 'quiet', 'debug']

/** Parse `argv` against a command's declared flags; unknown flags are usage errors. */
export function parseArgs(argv: string[], command: Command): Args {
  const valued = new Set([...(command.options ?? []), ...common])
  const booleans = new Set([...(command.booleans ?? []), ...commonBooleans])
  const positionals: string[] = []
  const flags: Args['flags'] = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1))
      break
    }
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=')
      const name = arg.slice(2, eq === -1 ? undefined : eq)
      if (valued.has(name)) {
        const value = eq === -1 ? argv[++i] : arg.slice(eq + 1)
        if (value === undefined) throw fail('missing-value', {flag: name})
        flags[name] = value
      } else if (booleans.has(name) && eq === -1) {
        flags[name] = true
      } else {
        throw fail('unknown-option', {flag: name, expected: [...valued, ...booleans].map((d) => '--' + d).join(', ')})
      }
    } else if (arg === '-h') {
      flags['help'] = true
    } else {
      positionals.push(arg)
    }
  }
  return {positionals, flags}
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}
  return pkg.version
}

async function help(io: Io): Promise<void> {
  const lines = ['Usage: claimtrace <command> [options]', '', 'Commands:']
  for (const [name, load] of Object.entries(commands)) {
    const command = await load()
    lines.push(`  ${name.padEnd(10)} ${command.summary}`)
  }
  lines.push('', 'Common options: --corpus DIR · --json · --quiet (no diagnostics) · --debug (stacks of internal errors) · --help · --version', 'Run `claimtrace <command> --help` for a command’s usage.')
  io.stdout.write(lines.join('\n') + '\n')
}

/**
 * Run the CLI on `argv` (without `node` and the script); resolves to the exit
 * code and never rejects: every failure is one line on stderr and exit code 2
 * (see `_report.ts`).
 */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv
  const debug = argv.includes('--debug')
  try {
    return await dispatch(name, rest, io)
  } catch (error) {
    return reportError(error, name !== undefined && Object.hasOwn(commands, name) ? `claimtrace ${name}` : 'claimtrace', io, debug)
  }
}

async function dispatch(name: string | undefined, rest: string[], io: Io): Promise<number> {
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    await help(io)
    return name === undefined ? 2 : 0
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(version() + '\n')
    return 0
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined
  if (!load) throw fail('unknown-command', {name, expected: Object.keys(commands).join(', ')})
  const command = await load()
  const args = parseArgs(rest, command)
  if (args.flags['version']) {
    io.stdout.write(version() + '\n')
    return 0
  }
  if (args.flags['help']) {
    io.stdout.write(`Usage: claimtrace ${command.usage}\n\n${command.summary}\n`)
    return 0
  }
  return command.run(args, io)
}
