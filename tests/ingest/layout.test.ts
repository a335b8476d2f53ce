/**
 * Layout cases the seed does not show, on small texts in the journal’s damaged form.
 */
import {describe, expect, it} from 'vitest'
import {ingest} from '../../src/ingest/index.js'
import {readPaper} from './_helpers.js'

const S = '\uFFFD'
/** A justified line: damaged spaces. */
const j = (text: string) => text.replace(/ /g, S)

describe('layout', () => {
  it('should keep a table’s rows in a table block, out of the body text', async () => {
    const raw = [
      j('Trade grew quickly in those years, as the table shows in detail for each of the countries.1'),
      '',
      'T a b l e  1',
      '',
      'Trade of Israel with Central Asia ($m)',
      '',
      'Country        2017    2018',
      'Kazakhstan     410     566',
      'Uzbekistan     28      47',
      'S o u r c e:  Compiled by the author.',
      j('After the table the text goes on with a new paragraph of its own, as usual.'),
      '',
      j('1 See: A. Author, Book, Moscow, 2012.')
    ].join('\n')
    const {markdown} = await ingest(raw, {id: 'table'})
    const paper = readPaper(markdown)
    expect(markdown).toContain(':::table{#table-1 n="1"}')
    expect(markdown).toContain('**Table 1.** Trade of Israel with Central Asia ($m)')
    expect(markdown).toContain('Kazakhstan 410 566')
    expect(paper.body).not.toContain('Kazakhstan 410')
    expect(paper.body).toContain('After the table the text goes on')
  })

  it('should give a footnote back the rest of its text printed at the next page’s bottom', async () => {
    const raw = [
      j('The first page carries a claim with a footnote that will not fit on this page of the journal.1 And'),
      '',
      j('1 See: A. Writer, “A very long title of an article that goes on and on across the page break of the journal,” Some'),
      ' ' + j('more body text on the next page, which goes on for a while and ends here.2 Then a last sentence of body.'),
      '',
      j('Journal of Long Titles, Vol. 3, No. 2, 2015, pp. 10-20, available at [https://example.org/a-very-long-slug-of-the-article], 24 January, 2020.'),
      j('2 See: B. Author, Book, Moscow, 2012.')
    ].join('\n')
    const {markdown, diagnostics} = await ingest(raw, {id: 'continued'})
    const paper = readPaper(markdown)
    expect(paper.footnote(1)).toBe(
      'See: A. Writer, “A very long title of an article that goes on and on across the page break of the journal,” Some Journal of Long Titles, Vol. 3, No. 2, 2015, pp. 10-20, available at [https://example.org/a-very-long-slug-of-the-article], 24 January, 2020.'
    )
    expect(paper.body).toContain('And more body text on the next page')
    expect(diagnostics.map((d) => d.ruleId)).toContain('footnote-continuation')
  })

  it('should read running headers in either order, drop page numbers and keep the sentence they cut', async () => {
    const raw = [
      j('A sentence starts on one page and'),
      '',
      '41  CENTRAL ASIA AND THE CAUCASUS  English Edition  Volume 22  Issue 1  2021',
      '',
      j('ends on the next one.'),
      '',
      '2. Numbered Section Title',
      '',
      j('Text of the section.')
    ].join('\n')
    const {markdown} = await ingest(raw, {id: 'header'})
    const paper = readPaper(markdown)
    expect(paper.body).toContain('A sentence starts on one page and ends on the next one.')
    expect(paper.frontMatter).toMatchObject({volume: 22, issue: 1, year: 2021, journal: 'Central Asia and the Caucasus', edition: 'English Edition', pages: '41'})
    expect(paper.headings).toEqual(['2. Numbered Section Title'])
  })
})

describe('layout on odd but real shapes (found in review)', () => {
  it('should take a footnote however it opens once its marker is shown, and keep the sequence going', async () => {
    const raw = [
      j('The census counted the population of the whole region in detail.1 The figures were later revised.2 Then a third claim about trade.3'),
      '',
      j('1 1989 population census, Moscow, 1990.'),
      j('2 www.mfa.gov.il/projects, 24 January, 2020.'),
      j('3 Ibid., p. 5.')
    ].join('\n')
    const paper = readPaper((await ingest(raw, {id: 'openings'})).markdown)
    expect(paper.references.map((r) => r.n)).toEqual([1, 2, 3])
    expect(paper.footnote(1)).toBe('1989 population census, Moscow, 1990.')
    expect(paper.footnote(2)).toBe('www.mfa.gov.il/projects, 24 January, 2020.')
    expect(paper.footnote(3)).toBe('Ibid., p. 5.')
  })

  it('should keep a body line that starts with the next footnote’s number in its paragraph', async () => {
    const raw = [
      j('Later it sent delegations to the region in 1994.1 By 1995 it had relations with'),
      j('2 Central Asian states and planned more missions, as the ministry said.2'),
      '',
      j('1 Ibid., p. 6.'),
      j('2 Ibid., p. 7.')
    ].join('\n')
    const paper = readPaper((await ingest(raw, {id: 'number-line'})).markdown)
    expect(paper.body).toContain('By 1995 it had relations with 2 Central Asian states and planned more missions, as the ministry said.')
    expect(paper.references.map((r) => r.n)).toEqual([1, 2])
    expect(paper.footnote(2)).toBe('Ibid., p. 7.')
  })

  it('should keep a plain “Table 1.” or a lone year inside a paragraph as text', async () => {
    const raw = [j('The trade figures are set out in'), 'Table 1.', '', j('The volume by year was the following (see the list below).1'), '2019', j('was the best year for it.'), '', j('1 See: A. Author, Book, 2012.')].join('\n')
    const {markdown} = await ingest(raw, {id: 'plain-label'})
    const paper = readPaper(markdown)
    expect(paper.body).toContain('The trade figures are set out in Table 1.')
    expect(paper.body).toContain('(see the list below). 2019 was the best year for it.')
    expect(markdown).not.toContain(':::table')
  })

  it('should not let the input’s private-use characters pass for markers or emphasis', async () => {
    const raw = [j('Some text with a symbol \uE0007\uE001 and \uE002emph\uE003 here.1'), '', j('1 See: A. Author, Book, 2012.')].join('\n')
    const {markdown, ledger} = await ingest(raw, {id: 'private-use'})
    const paper = readPaper(markdown)
    expect(paper.references.map((r) => r.n)).toEqual([1])
    expect(markdown).not.toContain('*emph*')
    expect(ledger.filter((e) => e.reason === 'private-use')).toHaveLength(4)
  })
})
