import {describe, expect, it} from 'vitest'
import {renderDocuments} from '../../../src/cli/render/documents.js'
import {renderIngested} from '../../../src/cli/render/ingest.js'
import {renderCitedBy, renderSources} from '../../../src/cli/render/sources.js'
import type {CslItem} from '../../../src/types.js'

const mesamed: CslItem = {id: 'mesamed2012', type: 'book', title: 'Israel v Tsentralnoy Azii', author: [{family: 'Mesamed'}], issued: {'date-parts': [[2012]]}}
const site: CslItem = {id: 'diaspora', type: 'webpage', title: 'Diaspora', URL: 'https://eleven.co.il/diaspora/', DOI: '10.1/x'}

describe('renderSources', () => {
  it('should list each work with its footnotes, pages, URL and DOI, then the footnotes not resolved', () => {
    const text = renderSources(
      [
        {source: mesamed, citedIn: [{footnote: 2, locator: '49'}, {footnote: 3}]},
        {source: site, citedIn: []}
      ],
      {resolved: 3, total: 4, unresolved: [{document: 'doc', n: 11, text: 'A comment.'}]},
      1
    )
    expect(text).toBe(
      [
        'mesamed2012  book                Mesamed · 2012 · Israel v Tsentralnoy Azii',
        '             footnotes           2 (p. 49), 3',
        'diaspora     webpage             Diaspora',
        '             footnotes           —',
        '                                 https://eleven.co.il/diaspora/',
        '                                 https://doi.org/10.1/x',
        '',
        '2 sources',
        '3 of 4 footnotes resolved to a source; not resolved (a comment, or a reference that could not be read):',
        '  [11] A comment.',
        ''
      ].join('\n')
    )
  })

  it('should name the paper of an unresolved footnote when there are several', () => {
    expect(renderSources([], {resolved: 0, total: 1, unresolved: [{document: 'doc', n: 11, text: 'A comment.'}]}, 2)).toContain('\n  doc [11] A comment.\n')
  })
})

describe('renderCitedBy', () => {
  it('should list the papers citing a work with their footnotes', () => {
    expect(renderCitedBy({source: mesamed, documents: [{document: 'israel-central-asia-2020', footnotes: [2, 3]}, {document: 'other', footnotes: [7]}]})).toBe(
      ['mesamed2012  Mesamed · 2012 · Israel v Tsentralnoy Azii', '', 'israel-central-asia-2020  footnotes 2, 3', 'other                     footnotes 7', '', 'cited by 2 papers', ''].join('\n')
    )
  })
})

describe('renderDocuments', () => {
  it('should give a row per paper and a count', () => {
    expect(renderDocuments([{id: 'israel-central-asia-2020', title: null, year: 2020, claims: 201, footnotes: 64}])).toBe(
      ['id                        year  claims  notes  title', 'israel-central-asia-2020  2020     201     64  (untitled)', '', '1 document', ''].join('\n')
    )
  })
})

describe('renderIngested', () => {
  it('should give a row per file, failures with why, and a count', () => {
    expect(renderIngested([{file: 'a.txt', paper: 'corpus/a/paper.md', footnotes: 3, diagnostics: 0}, {file: 'b.txt', error: 'empty input'}])).toBe(
      ['file   footnotes  diagnostics  result', 'a.txt          3            0  corpus/a/paper.md', 'b.txt          —            —  failed: empty input', '', '1 of 2 ingested, 1 failed', ''].join('\n')
    )
  })
})
