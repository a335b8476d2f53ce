/**
 * `docs/bad-input.md` is the test: every row of its tables is run here, so
 * the published table cannot drift from what claimtrace does. A command row
 * must exit with its code, print its message (the last line of stderr for a
 * failure, a diagnostic otherwise) and never a stack trace; a library row
 * must throw a `ClaimtraceError` with its code and message.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {mkdir, mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import * as claimtrace from '../src/index.js'
import {citeFootnotes} from '../src/cite/index.js'
import {writeBibliographyFiles} from '../src/bibliography/index.js'
import {placeholders, parseCommand, root, tables, type Made, type Row} from './_bad-input.js'
import {run} from './_cli.js'

const [commands = [], calls = []] = tables(readFileSync(path.join(root, 'docs/bad-input.md'), 'utf8'))
const stack = /^\s+at .+\d+:\d+\)?$/m
const normal = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** Make the placeholders a row names; `undefined` when one cannot be made on this machine. */
async function prepare(row: Row, dir: string): Promise<Map<string, Made> | undefined> {
  const values = new Map<string, Made>()
  for (const [, name] of Object.values(row).join(' ').matchAll(/\$([A-Z][A-Z0-9_]*)\b/g)) {
    if (values.has(name!)) continue
    const make = placeholders[name!]
    if (!make) throw new Error(`Unknown placeholder \`$${name}\` in docs/bad-input.md`)
    const scratch = path.join(dir, name!.toLowerCase())
    await mkdir(scratch, {recursive: true})
    const value = await make(scratch)
    if (!value) return undefined
    values.set(name!, value)
  }
  return values
}

function substitute(text: string, values: ReadonlyMap<string, Made>): string {
  return text.replace(/\$([A-Z][A-Z0-9_]*)\b/g, (all, name: string) => values.get(name)?.value ?? all)
}

/** Run a command in a real process (a pipe, or another user): `claimtrace` is `node --import tsx src/cli/bin.ts`. */
function spawn(command: string, unprivileged: boolean): {code: number; stderr: string} {
  const {env, argv, stdin, pipe} = parseCommand(command)
  const quote = (word: string): string => `'${word.replace(/'/g, `'\\''`)}'`
  const line = ['node', '--import', 'tsx', 'src/cli/bin.ts', ...argv].map(quote).join(' ') + (stdin ? ` < ${quote(stdin)}` : '') + (pipe ? ` | ${pipe}` : '')
  const result = spawnSync('sh', ['-c', line], {cwd: root, encoding: 'utf8', env: {...process.env, ...env}, ...(unprivileged ? {uid: 65534, gid: 65534} : {})})
  return {code: result.status ?? -1, stderr: result.stderr}
}

async function runInProcess(command: string): Promise<{code: number; stderr: string}> {
  const {env, argv, stdin} = parseCommand(command)
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]))
  Object.assign(process.env, env)
  try {
    return await run(argv, stdin === undefined ? '' : await readFile(stdin, 'utf8'))
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
}

describe('docs/bad-input.md: the command line', () => {
  it('should list bad inputs', () => {
    expect(commands.length).toBeGreaterThan(40)
  })

  for (const row of commands) {
    it(`should answer ${row['input']} with exit ${row['exit']}`, async (context) => {
      const dir = await mkdtemp(path.join(tmpdir(), 'claimtrace-bad-'))
      try {
        const values = await prepare(row, dir)
        if (!values) return context.skip()
        const command = substitute(row['command'] ?? '', values)
        const unprivileged = [...values.values()].some((d) => d.unprivileged)
        // Another user must reach the row's files (a read-only folder stays read-only).
        if (unprivileged) execFileSync('chmod', ['-R', 'a+rX', dir])
        const {code, stderr} = command.includes(' | ') || unprivileged ? spawn(command, unprivileged) : await runInProcess(command)
        const expected = substitute(row['stderr'] ?? '', values)
        expect(stderr).not.toMatch(stack)
        if (expected === '(nothing)') expect(stderr).toBe('')
        else if (code === 2) expect(stderr.trimEnd().split('\n').at(-1)).toBe(expected)
        else expect(normal(stderr)).toContain(normal(expected))
        expect(code).toBe(Number(row['exit']))
      } finally {
        await rm(dir, {recursive: true, force: true})
      }
    })
  }
})

describe('docs/bad-input.md: the library', () => {
  let corpus: claimtrace.Corpus

  beforeAll(async () => {
    corpus = await claimtrace.openCorpus()
  })

  it('should list bad calls', () => {
    expect(calls.length).toBeGreaterThan(20)
  })

  for (const row of calls) {
    it(`should refuse ${row['input']} with \`${row['code']}\``, async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'claimtrace-bad-'))
      try {
        const values = (await prepare(row, dir))!
        const scope: Record<string, unknown> = {...claimtrace, citeFootnotes, writeBibliographyFiles, corpus}
        // The documented call, evaluated as written in the table.
        // eslint-disable-next-line @typescript-eslint/no-implied-eval
        const call = new Function(...Object.keys(scope), `return (async () => ${substitute(row['call'] ?? '', values)})()`) as (...args: unknown[]) => Promise<unknown>
        const error: unknown = await call(...Object.values(scope)).then(
          () => undefined,
          (thrown: unknown) => thrown
        )
        expect(error).toBeInstanceOf(claimtrace.ClaimtraceError)
        expect([(error as claimtrace.ClaimtraceError).code, (error as Error).message]).toEqual([row['code'], substitute(row['message'] ?? '', values)])
      } finally {
        await rm(dir, {recursive: true, force: true})
      }
    })
  }
})
