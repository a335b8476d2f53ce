import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {ClaimtraceError} from '../../src/errors.js'
import {loadCorpus, parseDocument} from '../../src/corpus/load.js'

describe('loadCorpus', () => {
  it('should throw a ClaimtraceError for a folder that does not exist', async () => {
    await expect(loadCorpus('tests/fixtures/no-such-corpus')).rejects.toThrow(ClaimtraceError)
    await expect(loadCorpus('tests/fixtures/no-such-corpus')).rejects.toThrow('Cannot open corpus `tests/fixtures/no-such-corpus`: no such folder')
  })

  it('should report an empty corpus', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'claimtrace-empty-'))
    try {
      const data = await loadCorpus(dir)
      expect(data.documents).toEqual([])
      expect(data.messages.map((message) => [message.ruleId, message.file])).toEqual([['empty-corpus', dir]])
    } finally {
      await rm(dir, {recursive: true})
    }
  })

  it('should load the front matter and outline of a document', async () => {
    const data = await loadCorpus('tests/fixtures/corpus-mini')
    expect(data.documents).toEqual([
      {
        id: 'mini-2020',
        title: 'Israel and Central Asia (excerpt)',
        authors: ['A. Author', 'B. Author'],
        journal: 'Central Asia and the Caucasus',
        volume: 21,
        issue: 2,
        year: 2020,
        pages: '40',
        sections: [
          {title: 'Abstract', depth: 2},
          {title: 'Introduction', depth: 2},
          {title: 'The Dialog between Israel and the Central Asian Countries', depth: 2},
          {title: 'Conclusion', depth: 2}
        ],
        figures: [
          {
            n: 1,
            caption: 'Trade Turnover between Uzbekistan and Israel (1999-2008) ($m)',
            source:
              'Compiled by the authors based on Direction of Trade Statistics (DOTS): Uzbekistan, International Monetary Fund, available at [https://data.imf.org/regular.aspx?key=61013712], 3 February, 2020.'
          }
        ]
      }
    ])
  })

  it('should key footnotes by number with plain text', async () => {
    const data = await loadCorpus('tests/fixtures/corpus-mini')
    expect(data.footnotes.map((footnote) => footnote.n)).toEqual(Array.from({length: 15}, (_, i) => i + 1))
    expect(data.footnotes[1]).toMatchObject({document: 'mini-2020', n: 2, text: 'V.I. Mesamed, Israel v Tsentralnoy Azii: grezy i realnost, Moscow, 2012, p. 49.'})
  })

  it('should report bad documents with file, line, column and rule, and still load the rest', async () => {
    const data = await loadCorpus('tests/fixtures/corpus-bad')
    const own = data.messages.filter((message) => message.source === 'claimtrace' && ['front-matter', 'undefined-footnote', 'duplicate-footnote-definition', 'unused-footnote-definition'].includes(message.ruleId ?? ''))
    expect(own.map((message) => [message.file, message.line, message.column, message.ruleId])).toEqual([
      ['tests/fixtures/corpus-bad/a-broken-front/paper.md', 3, 12, 'front-matter'],
      ['tests/fixtures/corpus-bad/b-notes/paper.md', 9, 71, 'undefined-footnote'],
      ['tests/fixtures/corpus-bad/b-notes/paper.md', 13, 1, 'duplicate-footnote-definition'],
      ['tests/fixtures/corpus-bad/b-notes/paper.md', 15, 1, 'unused-footnote-definition']
    ])
    expect(data.documents.map((document) => document.id)).toEqual(['a-broken-front', 'notes', 'good'])
  })

  it('should report a footnote count that differs from the front matter’s', async () => {
    const data = await loadCorpus('tests/fixtures/corpus-bad')
    expect(data.messages.filter((message) => message.ruleId === 'footnote-count').map(String)).toEqual([
      'tests/fixtures/corpus-bad/c-good/paper.md:1:1: Unexpected 0 footnote definitions, expected 1 as the front matter says'
    ])
  })

  it('should still close a claim at a marker that has no definition, which cites nothing', async () => {
    const data = await loadCorpus('tests/fixtures/corpus-bad')
    // The claim ends at the marker, but with no definition there is no source: it is not counted as cited.
    expect(data.claims.find((claim) => claim.id === 'notes#c003')).toMatchObject({
      text: 'Diplomatic relations with Uzbekistan were established in February 1992',
      footnotes: [],
      citations: []
    })
  })
})

describe('parseDocument', () => {
  it('should report a document without front matter and take its id from its folder', () => {
    const file = parseDocument(new VFile({path: 'corpus/plain/paper.md', value: '## Abstract\n\nIt rose.\n'}))
    expect(file.data.document?.id).toBe('plain')
    expect(file.messages.map((message) => [message.line, message.column, message.ruleId])).toEqual([[1, 1, 'missing-front-matter']])
  })
})

describe('footnote identifiers', () => {
  it('should take `[^1]` and `[^01]` for one footnote and report the second definition', () => {
    const file = parseDocument(new VFile({path: 'x/paper.md', value: '---\nid: x\n---\n\nIt rose.[^1]\n\n[^1]: See.\n\n[^01]: See again.\n'}))
    expect(file.data.footnotes?.map((f) => f.n)).toEqual([1])
    expect(file.messages.map((m) => [m.ruleId, m.line])).toEqual([['duplicate-footnote-definition', 9]])
  })
})

describe('unreadable papers', () => {
  it('should report a binary or unreadable paper.md and still load the rest', async () => {
    const {cp, mkdir, writeFile} = await import('node:fs/promises')
    const {openCorpus} = await import('../../src/facade/index.js')
    const dir = await mkdtemp(path.join(tmpdir(), 'claimtrace-unreadable-'))
    try {
      await cp('tests/fixtures/corpus-bad/c-good', path.join(dir, 'good'), {recursive: true})
      await mkdir(path.join(dir, 'binary'))
      await writeFile(path.join(dir, 'binary', 'paper.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]))
      await mkdir(path.join(dir, 'folder', 'paper.md'), {recursive: true})
      const corpus = await openCorpus(dir, {cache: false})
      expect(corpus.documents).toHaveLength(1)
      expect(corpus.messages.filter((m) => m.ruleId === 'unreadable-paper' || m.ruleId === 'unsafe-paper').map((m) => [m.ruleId, path.basename(path.dirname(m.file ?? '')), m.reason])).toEqual([
        ['unreadable-paper', 'binary', 'Unexpected binary data in `' + path.join(dir, 'binary', 'paper.md') + '`, expected Markdown text'],
        ['unsafe-paper', 'folder', 'Unexpected `' + path.join(dir, 'folder', 'paper.md') + '`: it is a folder, expected a regular file inside the corpus folder; skipped']
      ])
    } finally {
      await rm(dir, {recursive: true, force: true})
    }
  })
})
