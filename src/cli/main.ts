import {readFileSync} from 'node:fs'
import {UsageError, type Args, type Command, type Io} from './_io.js'

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
const commonBooleans = ['json', 'help', 'version']

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
        if (value === undefined) throw new UsageError(`Missing value for \`--${name}\``)
        flags[name] = value
      } else if (booleans.has(name) && eq === -1) {
        flags[name] = true
      } else {
        throw new UsageError(`Unknown option \`--${name}\`, expected one of ${[...valued, ...booleans].map((d) => '--' + d).join(', ')}`)
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
  lines.push('', 'Common options: --corpus DIR · --json · --help · --version', 'Run `claimtrace <command> --help` for a command’s usage.')
  io.stdout.write(lines.join('\n') + '\n')
}

/** Run the CLI on `argv` (without `node` and the script); resolves to the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    await help(io)
    return name === undefined ? 2 : 0
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(version() + '\n')
    return 0
  }
  const load = commands[name]
  if (!load) {
    io.stderr.write(`claimtrace: unknown command \`${name}\`, expected one of ${Object.keys(commands).join(', ')}\n`)
    return 2
  }
  const command = await load()
  try {
    const args = parseArgs(rest, command)
    if (args.flags['version']) {
      io.stdout.write(version() + '\n')
      return 0
    }
    if (args.flags['help']) {
      io.stdout.write(`Usage: claimtrace ${command.usage}\n\n${command.summary}\n`)
      return 0
    }
    return await command.run(args, io)
  } catch (error) {
    if (error instanceof UsageError || (error instanceof Error && error.name === 'ClaimtraceError')) {
      io.stderr.write(`claimtrace ${name}: ${error.message}\n`)
      return 2
    }
    throw error
  }
}
