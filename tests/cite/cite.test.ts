import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {citeFootnotes, type FootnoteInput} from '../../src/cite/index.js'
import {checkSeed} from './_check.js'

const fixture = JSON.parse(readFileSync(new URL('../fixtures/footnotes.json', import.meta.url), 'utf8')) as {
  footnotes: {n: number; markdown: string}[]
}
const inputs: FootnoteInput[] = fixture.footnotes.map((d) => ({n: d.n, text: d.markdown.replace(/\*/g, ''), markdown: d.markdown}))

function cite(markdowns: string[]) {
  const file = new VFile()
  const result = citeFootnotes('test', markdowns.map((markdown, i) => ({n: i + 1, text: markdown, markdown, position: {line: i + 1, column: 1}})), file)
  return {result, file}
}

describe('citeFootnotes on the seed article', () => {
  const file = new VFile()
  const result = citeFootnotes('israel-central-asia-2020', inputs, file)

  it('should resolve every footnote to the right work, kind and locator', () => {
    checkSeed(result)
  })

  it('should find 54 distinct works with unique ids', () => {
    expect(result.sources).toHaveLength(54)
    expect(new Set(result.sources.map((d) => d.id)).size).toBe(54)
  })

  it('should give every footnote at least one citation', () => {
    for (const n of Array.from({length: 64}, (_, i) => i + 1)) expect(result.citations.get(n)?.length, `footnote ${n}`).toBeGreaterThan(0)
  })

  it('should report the misprinted date of footnote 49 and invent no date for it', () => {
    const messages = file.messages.map((d) => `${d.ruleId}: ${d.reason}`)
    expect(messages).toEqual(['invalid-date: Footnote 49: Unexpected date `30 January, 30`, expected a day, a month and a four-digit year'])
    const source = result.sources.find((d) => (d['custom'] as {footnotes: number[]}).footnotes[0] === 49)
    expect(source?.['issued']).toBeUndefined()
    expect(source?.['accessed']).toEqual({'date-parts': [[2020, 2, 17]]})
  })

  it('should read the same footnotes from Markdown with escaped brackets', () => {
    const escaped = inputs.map((d) => ({...d, markdown: d.markdown.replace(/\[(https?:[^\]]+)\]/g, '\\[$1\\]')}))
    checkSeed(citeFootnotes('israel-central-asia-2020', escaped))
  })
})

describe('citeFootnotes on small cases', () => {
  it('should report a comment-only footnote by number and cite nothing', () => {
    const {result, file} = cite(['V.I. Mesamed, *Israel v Tsentralnoy Azii*, Moscow, 2012.', 'The figures for 2019 are preliminary.'])
    expect(result.citations.get(2)).toEqual([])
    expect(file.messages.map((d) => [d.ruleId, d.line, d.reason])).toEqual([
      ['no-citation', 2, 'Unexpected footnote 2 without a reference (a comment only), expected a cited work']
    ])
  })

  it('should report an Ibid. with nothing before it', () => {
    const {result, file} = cite(['Ibid., p. 3.'])
    expect(result.citations.get(1)).toEqual([])
    expect(file.messages.map((d) => d.ruleId)).toEqual(['ibid-without-antecedent'])
  })

  it('should give a bare Ibid. no locator: none is printed', () => {
    const {result} = cite(['A. Petrov, *Kniga o stepi*, Almaty, 2001, p. 7.', 'Ibid.'])
    expect(result.citations.get(2)).toEqual([{footnote: 2, source: 'petrov2001', kind: 'ibid'}])
  })

  it('should let a short title decide an op. cit. between two works of one author', () => {
    const {result, file} = cite([
      'A. Petrov, *Kniga o stepi*, Almaty, 2001, p. 7.',
      'A. Petrov, “Novye dannye,” *Vestnik*, Vol. 2, No. 3, 2001, pp. 10-20.',
      'A. Petrov, *Kniga o stepi*, op. cit., p. 9.',
      'A. Petrov, op. cit., p. 12.'
    ])
    expect(result.sources.map((d) => d.id)).toEqual(['petrov2001a', 'petrov2001b'])
    expect(result.citations.get(3)).toEqual([{footnote: 3, source: 'petrov2001a', kind: 'op-cit', locator: '9', label: 'page'}])
    expect(result.citations.get(4)?.[0]?.source).toBe('petrov2001a')
    expect(file.messages.map((d) => d.ruleId)).toEqual(['ambiguous-op-cit'])
  })

  it('should split several references separated by semicolons', () => {
    const {result} = cite(['See: A. Petrov, *Kniga o stepi*, Almaty, 2001, p. 7; B. Ivanov, “Stat’ia,” *Vestnik*, Vol. 1, No. 2, 2003, p. 5.'])
    expect(result.citations.get(1)?.map((d) => [d.source, d.locator])).toEqual([['petrov2001', '7'], ['ivanov2003', '5']])
  })

  it('should match a short title cut with an ellipsis', () => {
    const {result} = cite(['A. Petrov, *Kniga o stepi i gorakh*, Almaty, 2001, p. 7.', 'A. Petrov, *Kniga o stepi…*, p. 74.'])
    expect(result.citations.get(2)).toEqual([{footnote: 2, source: 'petrov2001', kind: 'short', locator: '74', label: 'page'}])
  })

  it('should report a URL printed without an access date', () => {
    const {result, file} = cite(['“Novosti dnia,” available at [https://example.org/a].'])
    expect(result.sources[0]).toMatchObject({URL: 'https://example.org/a', type: 'webpage'})
    expect(result.sources[0]?.['accessed']).toBeUndefined()
    expect(file.messages.map((d) => d.ruleId)).toEqual(['url-without-date'])
  })

  it('should keep Cyrillic titles and mark them Russian', () => {
    const {result} = cite(['В.И. Месамед, *Израиль в Центральной Азии*, Москва, 2012, с. 49.'])
    expect(result.sources[0]).toMatchObject({id: 'mesamed2012', title: 'Израиль в Центральной Азии', 'publisher-place': 'Москва', language: 'ru'})
    expect(result.citations.get(1)?.[0]?.locator).toBe('49')
  })

  it('should read an organisation as author, name the work by its title, and match its short form inside a comment', () => {
    const {result} = cite([
      'See: Japan International Cooperation Agency, *Annual Report 2019*, Tokyo, 2019, p. 94.',
      'The figures include grant aid; see: Japan International Cooperation Agency, *Annual Report 2019*, p. 97.'
    ])
    expect(result.sources).toEqual([
      expect.objectContaining({id: 'annual-report-2019', type: 'book', author: [{literal: 'Japan International Cooperation Agency'}], 'publisher-place': 'Tokyo'})
    ])
    expect(result.citations.get(2)).toEqual([{footnote: 2, source: 'annual-report-2019', kind: 'short', locator: '97', label: 'page', prefix: 'see:'}])
  })

  it('should read a journal issue without a volume as a journal article with its page range', () => {
    const {result} = cite(['K. Nurlanova, “Iaponskiy vektor vneshney politiki Kazakhstana,” *Kazakhstan v globalnykh protsessakh*, No. 2, 2016, pp. 88-97.'])
    expect(result.sources[0]).toMatchObject({type: 'article-journal', issue: '2', page: '88-97', language: 'ru'})
    expect(result.citations.get(1)?.[0]?.locator).toBeUndefined()
  })

  it('should not take an English possessive for Russian', () => {
    const {result} = cite(['“Rare Metals and Uranium: Japan’s Resource Diplomacy in Kazakhstan,” available at [https://example.org/r], 29 January, 2020.'])
    expect(result.sources[0]?.['language']).toBe('en')
  })
})
