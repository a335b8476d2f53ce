/**
 * What `docs/bad-input.md` needs to run: its tables read back as rows, and
 * the placeholders its commands name (`$EMPTY`, `$FIFO`…), each made fresh in
 * a scratch folder for one row.
 */
import {execFileSync} from 'node:child_process'
import {chmod, chown, cp, mkdir, readdir, readFile, symlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const S = '\uFFFD'
const damaged = (text: string): string => text.replace(/ /g, S)
const raw = [damaged('he first sentence of the text cites a book.1'), '', damaged('1 See: A. Author, Book, Moscow, 2012.')].join('\n')
const good = path.join(root, 'tests/fixtures/corpus-bad/c-good')
const mini = path.join(root, 'tests/fixtures/corpus-mini')

/** One row of a table: its cells, code spans unwrapped. */
export type Row = Record<string, string>

/**
 * Read the tables of a Markdown document: the header row names the cells.
 * Cells are split on `|` not escaped as `\|`; a cell that is one code span
 * (`` `x` `` or ``` `` x `` ```) gives its content.
 */
export function tables(markdown: string): Row[][] {
  const found: Row[][] = []
  let header: string[] | undefined
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      header = undefined
      continue
    }
    const cells = line.slice(1, -1).split(/(?<!\\)\|/).map((cell) => unwrap(cell.trim().replace(/\\\|/g, '|')))
    if (!header) {
      header = cells
      found.push([])
    } else if (!cells.every((cell) => /^-+$/.test(cell))) {
      found.at(-1)!.push(Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])))
    }
  }
  return found
}

function unwrap(cell: string): string {
  const match = /^(`+) ?([\s\S]*?) ?\1$/.exec(cell)
  return match ? match[2]! : cell
}

/** A placeholder made: its value, and whether the row must run as an unprivileged user. */
export interface Made {
  value: string
  unprivileged?: boolean
}

/** Placeholder → how to make it in a scratch folder (`undefined`: cannot be made here, the row is skipped). */
export const placeholders: Readonly<Record<string, (dir: string) => Promise<Made | undefined>>> = {
  EMPTY: async (dir) => made(await folder(dir, 'empty')),
  MISSING: async (dir) => made(path.join(dir, 'missing')),
  FILE: async (dir) => made(await file(dir, 'notes.txt', 'Some notes.\n')),
  RAW: async (dir) => made(await file(dir, 'raw.txt', raw)),
  OUT: async (dir) => made(path.join(dir, 'out')),
  MINI: async () => made(mini),
  LONG: async () => made('x'.repeat(10_001)),
  LONGID: async () => made('a'.repeat(300)),
  CP1251: async (dir) => made(await file(dir, 'cp1251.txt', Buffer.concat([Buffer.from('Line one\nab'), Buffer.from([0xcf, 0xf0, 0xe8]), Buffer.from('\n')]))),
  BINARY: async (dir) => made(await file(dir, 'binary.txt', 'Some text\nmore\0\u0001\u0002')),
  BLANK: async (dir) => made(await file(dir, 'blank.txt', ` \n${S}\n`)),
  LONGLINE: async (dir) => made(await file(dir, 'lines.txt', `${'x'.repeat(10_001)}\n`)),
  NULLINE: async (dir) => made(await file(dir, 'lines.txt', 'Israel opened an\0 embassy\n')),
  BROKEN: async (dir) => {
    const corpus = await folder(dir, 'broken')
    await cp(good, path.join(corpus, 'good'), {recursive: true})
    await file(await folder(corpus, 'png'), 'paper.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]))
    return made(corpus)
  },
  LINKED: async (dir) => {
    const corpus = await folder(dir, 'linked')
    await symlink('/etc/passwd', path.join(await folder(corpus, 'doc'), 'paper.md'))
    return made(corpus)
  },
  FIFO: async (dir) => {
    const corpus = await folder(dir, 'fifo')
    execFileSync('mkfifo', [path.join(await folder(corpus, 'doc'), 'paper.md')])
    return made(corpus)
  },
  DOCLINK: async (dir) => {
    const corpus = await folder(dir, 'doclink')
    const outside = await folder(dir, 'outside')
    await cp(good, path.join(outside, 'good'), {recursive: true})
    await symlink(path.join(outside, 'good'), path.join(corpus, 'doc'))
    return made(corpus)
  },
  LINKED_OUT: async (dir) => {
    const out = await folder(dir, 'linked-out')
    await symlink(await folder(dir, 'elsewhere'), path.join(out, 'doc'))
    return made(out)
  },
  PAPER_LINK_OUT: async (dir) => {
    const out = await folder(dir, 'paper-link-out')
    await symlink(await file(dir, 'victim.txt', 'keep me\n'), path.join(await folder(out, 'doc'), 'paper.md'))
    return made(out)
  },
  HAND_OUT: async (dir) => {
    const out = await folder(dir, 'hand-out')
    await file(await folder(out, 'doc'), 'paper.md', '# My own notes on this article\n')
    return made(out)
  },
  READONLY: async (dir) => {
    const out = await folder(dir, 'readonly')
    await chmod(out, 0o555)
    return {value: out, unprivileged: process.getuid?.() === 0}
  },
  SHARED: async (dir) => {
    const cache = await folder(dir, 'shared')
    await chmod(cache, 0o777)
    return made(cache)
  },
  PROJECT: async (dir) => {
    const project = await folder(dir, 'project')
    await file(project, 'package.json', '{"name": "my-project"}\n')
    return made(project)
  },
  FOREIGN: async (dir) => {
    if (process.getuid?.() !== 0) return undefined
    const cache = await folder(dir, 'foreign')
    await chown(cache, 65534, 65534)
    return made(cache)
  },
  POISONED: async (dir) => {
    const cache = await folder(dir, 'poisoned')
    const {openCorpus} = await import('../src/facade/index.js')
    const previous = process.env['CLAIMTRACE_CACHE_DIR']
    process.env['CLAIMTRACE_CACHE_DIR'] = cache
    try {
      await openCorpus(mini)
    } finally {
      if (previous === undefined) delete process.env['CLAIMTRACE_CACHE_DIR']
      else process.env['CLAIMTRACE_CACHE_DIR'] = previous
    }
    const entry = path.join(cache, (await readdir(cache)).find((name) => name.endsWith('.json'))!)
    await writeFile(entry, (await readFile(entry, 'utf8')).replaceAll('$300 million', '$500 million'))
    return made(cache)
  }
}

function made(value: string): Made {
  return {value}
}

async function folder(dir: string, name: string): Promise<string> {
  const target = path.join(dir, name)
  await mkdir(target, {recursive: true})
  return target
}

async function file(dir: string, name: string, content: string | Buffer): Promise<string> {
  const target = path.join(dir, name)
  await writeFile(target, content)
  return target
}

/**
 * Split a command cell into its environment, words, stdin file and pipe:
 * `NAME=value claimtrace verify "a b" < file`, or `claimtrace x | head -n 1`.
 */
export function parseCommand(command: string): {env: Record<string, string>; argv: string[]; stdin?: string; pipe?: string} {
  const [main = '', pipe] = command.split(' | ')
  const words = [...main.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '')
  const env: Record<string, string> = {}
  while (words[0]?.includes('=') && /^[A-Z_]+=/.test(words[0])) {
    const [name, ...value] = words.shift()!.split('=')
    env[name!] = value.join('=')
  }
  if (words.shift() !== 'claimtrace') throw new Error(`Expected a claimtrace command, got \`${command}\``)
  const at = words.indexOf('<')
  const stdin = at === -1 ? undefined : words[at + 1]
  if (at !== -1) words.splice(at, 2)
  return {env, argv: words, ...(stdin === undefined ? {} : {stdin}), ...(pipe === undefined ? {} : {pipe})}
}
