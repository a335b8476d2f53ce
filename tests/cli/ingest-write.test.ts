import {mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {run} from '../_cli.js'

const S = '\uFFFD'
const raw = [`he first sentence of the text cites a book.1`, '', `1 See: A. Author, Book, Moscow, 2012.`].map((line) => line.replace(/ /g, S)).join('\n')
let dir: string
let input: string

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'claimtrace-write-'))
  input = path.join(dir, 'raw.txt')
  await writeFile(input, raw)
})

afterEach(async () => {
  await rm(dir, {recursive: true, force: true})
})

describe('claimtrace ingest: where it writes', () => {
  it('should replace its own paper.md when run again, leaving no temporary file', async () => {
    const out = path.join(dir, 'out')
    expect((await run(['ingest', input, '--id', 'doc', '--out', out, '--quiet'])).code).toBe(0)
    await writeFile(input, raw.replace('book.1', 'novel.1'))
    expect((await run(['ingest', input, '--id', 'doc', '--out', out, '--quiet'])).code).toBe(0)
    expect(await readFile(path.join(out, 'doc', 'paper.md'), 'utf8')).toContain('cites a novel')
    expect((await readdir(path.join(out, 'doc'))).sort()).toEqual(['paper.md', 'source.txt'])
  })

  it('should keep a paper.md it did not write, and replace it with --force', async () => {
    const paper = path.join(dir, 'out', 'doc', 'paper.md')
    await mkdir(path.dirname(paper), {recursive: true})
    await writeFile(paper, '# My own notes\n')
    const refused = await run(['ingest', input, '--id', 'doc', '--out', path.join(dir, 'out'), '--quiet'])
    expect(refused.code).toBe(2)
    expect(await readFile(paper, 'utf8')).toBe('# My own notes\n')
    expect(await readdir(path.dirname(paper))).toEqual(['paper.md'])
    expect((await run(['ingest', input, '--id', 'doc', '--out', path.join(dir, 'out'), '--quiet', '--force'])).code).toBe(0)
    expect(await readFile(paper, 'utf8')).toMatch(/^---\nid: doc\n/)
  })

  it('should keep a source.txt that differs beside no paper.md of its own', async () => {
    const source = path.join(dir, 'out', 'doc', 'source.txt')
    await mkdir(path.dirname(source), {recursive: true})
    await writeFile(source, 'another article\n')
    const refused = await run(['ingest', input, '--id', 'doc', '--out', path.join(dir, 'out')])
    expect([refused.code, refused.stderr.trimEnd().split('\n').at(-1)]).toEqual([2, `claimtrace ingest: Unexpected existing \`${source}\` that claimtrace did not write, expected a new document (use \`--force\` to replace it)`])
    expect(await readFile(source, 'utf8')).toBe('another article\n')
  })

  it('should re-ingest a corpus document from its own source.txt', async () => {
    const out = path.join(dir, 'corpus')
    expect((await run(['ingest', input, '--id', 'doc', '--out', out, '--quiet'])).code).toBe(0)
    const again = await run(['ingest', path.join(out, 'doc', 'source.txt'), '--id', 'doc', '--out', out, '--quiet'])
    expect([again.code, again.stderr]).toEqual([0, ''])
  })

  it('should never write through a link: the file it points to stays', async () => {
    const victim = path.join(dir, 'victim.txt')
    await writeFile(victim, 'keep me\n')
    await mkdir(path.join(dir, 'out', 'doc'), {recursive: true})
    await symlink(victim, path.join(dir, 'out', 'doc', 'source.txt'))
    expect((await run(['ingest', input, '--id', 'doc', '--out', path.join(dir, 'out'), '--force'])).code).toBe(2)
    expect(await readFile(victim, 'utf8')).toBe('keep me\n')
    expect(await readdir(path.join(dir, 'out', 'doc'))).toEqual(['source.txt'])
  })

  it('should hide the ingest diagnostics with --quiet', async () => {
    const loud = await run(['ingest', input, '--id', 'doc', '--out', path.join(dir, 'a')])
    expect(loud.stderr).toMatch(/drop-cap/)
    const quiet = await run(['ingest', input, '--id', 'doc', '--out', path.join(dir, 'b'), '--quiet'])
    expect(quiet.stderr).toBe('')
  })
})
