import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ingest} from '../../src/ingest/index.js'
import {ClaimtraceError} from '../../src/errors.js'
import {run} from '../_cli.js'
import {firstInvalidUtf8} from '../../src/cli/commands/ingest.js'
import {readPaper} from './_helpers.js'

const S = '\uFFFD'
const line = (text: string) => text.replace(/ /g, S)

describe('ingest on bad input', () => {
  it('should refuse empty and blank input with a clear message', async () => {
    await expect(ingest('', {id: 'x'})).rejects.toThrow(ClaimtraceError)
    await expect(ingest(` \n${S}\n`, {id: 'x'})).rejects.toThrow(/empty input/)
  })

  it('should refuse binary data and name where it starts', async () => {
    await expect(ingest('Some text\nmore\0\u0001\u0002', {id: 'x', path: 'a.txt'})).rejects.toThrow(/a\.txt:2:5: Unexpected binary data/)
  })

  it('should refuse a bad document id', async () => {
    await expect(ingest('Text.', {id: '../etc'})).rejects.toThrow(/document id/)
  })

  it('should keep a text without footnotes whole and say it has none', async () => {
    const {markdown, diagnostics} = await ingest([line('A plain paragraph of text that has no notes at all.'), '', line('Another one.')].join('\n'), {id: 'plain'})
    expect(readPaper(markdown).body).toContain('A plain paragraph of text that has no notes at all.\nAnother one.')
    expect(diagnostics.map((d) => d.ruleId)).toContain('no-footnotes')
  })

  it('should report a footnote whose marker the body lacks, and still keep it', async () => {
    const raw = [line('Israel opened an embassy in 1992.1 Then it waited.'), '', line('1 See: A. Author, Book, Moscow, 2012.'), line('2 See: B. Writer, Other book, 2013.')].join('\n')
    const {markdown, diagnostics} = await ingest(raw, {id: 'lost'})
    const paper = readPaper(markdown)
    expect(paper.footnote(1)).toBe('See: A. Author, Book, Moscow, 2012.')
    expect(paper.footnote(2)).toBe('See: B. Writer, Other book, 2013.')
    expect(diagnostics.find((d) => d.ruleId === 'footnote-without-marker')?.reason).toMatch(/footnote `2`/)
  })

  it('should keep markers printed out of sequence where they are, with a diagnostic for the one out of order, never inventing one', async () => {
    const raw = [line('First claim here.1 A second claim.3 A third claim.2 A fourth claim.2'), '', line('1 See: A. Author, Book, 2012.'), line('2 See: B. Writer, Book, 2013.'), line('3 See: C. Scribe, Book, 2014.')].join('\n')
    const {markdown, diagnostics} = await ingest(raw, {id: 'order'})
    const paper = readPaper(markdown)
    // The sequence takes 1, then 3 (2 skipped), then 2 as printed out of order; the second “claim.2” is text.
    expect(paper.references.map((r) => r.n)).toEqual([1, 3, 2])
    expect(diagnostics.map((d) => [d.ruleId, d.column])).toEqual([['marker-out-of-order', raw.indexOf('claim.2') + 'claim.'.length + 1]])
    expect(paper.body).toContain('A fourth claim.2')
    expect(paper.definitions.size).toBe(3)
  })
})

describe('claimtrace ingest', () => {
  it('should write paper.md and source.txt and report diagnostics with their place', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimtrace-'))
    const input = path.join(dir, 'raw.txt')
    writeFileSync(input, [line('he first sentence of the text cites a book.1'), '', line('1 See: A. Author, Book, Moscow, 2012.')].join('\n'))
    const {code, stdout, stderr} = await run(['ingest', input, '--id', 'demo', '--out', dir, '--title', 'A Demo Article', '--authors', 'A. Author; B. Writer'])
    expect(code).toBe(0)
    expect(stdout).toContain('1 footnotes')
    expect(stderr).toMatch(/1:1 +info +Restored drop cap: `he` → `The`/)
    expect(readFileSync(path.join(dir, 'demo', 'source.txt'), 'utf8')).toBe(readFileSync(input, 'utf8'))
    expect(readPaper(readFileSync(path.join(dir, 'demo', 'paper.md'), 'utf8')).frontMatter).toMatchObject({id: 'demo', title: 'A Demo Article', authors: ['A. Author', 'B. Writer']})
  })

  it('should refuse a file that is not UTF-8, naming line and column, with exit code 2', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimtrace-'))
    const input = path.join(dir, 'cp1251.txt')
    writeFileSync(input, Buffer.concat([Buffer.from('Line one\nab'), Buffer.from([0xcf, 0xf0, 0xe8]), Buffer.from('\n')]))
    const {code, stderr} = await run(['ingest', input, '--out', dir])
    expect(code).toBe(2)
    expect(stderr).toMatch(/cp1251\.txt:2:3: Unexpected byte 0xcf, expected UTF-8/)
  })

  it('should say what is missing when the input file does not exist', async () => {
    const {code, stderr} = await run(['ingest', '/nonexistent/raw.txt'])
    expect(code).toBe(2)
    expect(stderr).toBe('claimtrace ingest: Cannot read `/nonexistent/raw.txt`: no such file or folder (ENOENT)\n')
  })

  it('should find the first invalid UTF-8 byte', () => {
    expect(firstInvalidUtf8(Buffer.from('ok ✓'))).toBe(-1)
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xe2, 0x28, 0xa1]))).toBe(1)
  })
})

describe('ingest on a cleaner extraction', () => {
  it('should not invent italics where no damaged space sets them apart', async () => {
    const raw = ['A claim about a book.1', '', '1 See: V.I. Mesamed, Israel v Tsentralnoy Azii, Moscow, 2012, p. 49.'].join('\n')
    const {markdown} = await ingest(raw, {id: 'clean'})
    expect(markdown).not.toContain('*')
    expect(readPaper(markdown).footnote(1)).toBe('See: V.I. Mesamed, Israel v Tsentralnoy Azii, Moscow, 2012, p. 49.')
  })
})
