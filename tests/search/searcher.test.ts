import {describe, expect, it} from 'vitest'
import {ClaimtraceError} from '../../src/errors.js'
import {Searcher, describeSourceCheck} from '../../src/search/index.js'
import {data, sources} from './_corpus.js'

const searcher = new Searcher(data)
const top = (text: string): string | undefined => searcher.resolve(text, {limit: 1}).matches[0]?.claim.id

describe('Searcher#resolve', () => {
  it('should resolve a paraphrase to the claim and its sources', () => {
    const {matches} = searcher.resolve('Israel put some $300 million into the Kazakh economy between 1993 and 2006')
    expect(matches[0]?.claim.footnotes).toEqual([25])
    expect(matches[0]?.sources.map((item) => item.id)).toEqual(['feiler2014'])
    expect(matches[0]?.citations[0]?.locator).toBe('28')
  })

  it('should resolve a query with typos through the vocabulary', () => {
    expect(top('NETAFIM has been workng in Uzbekstan for 25 yeras')).toBe('israel-central-asia-2020#c007')
  })

  it('should resolve a few keywords and a verbatim fragment', () => {
    expect(top('Kyrgyzstan trade turnover')).toBe('israel-central-asia-2020#c003')
    expect(top('had no prejudices against the Jewish state')).toBe('israel-central-asia-2020#c001')
  })

  it('should rank best first with scores in 0..1', () => {
    const {matches} = searcher.resolve('drip irrigation on cotton fields', {limit: 5})
    const scores = matches.map((match) => match.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    for (const score of scores) expect(score).toBeGreaterThanOrEqual(0), expect(score).toBeLessThanOrEqual(1)
  })

  it('should return no match for punctuation, control characters or another script', () => {
    expect(searcher.resolve('?!… ---').matches).toEqual([])
    expect(searcher.resolve('\u0000\u0007\u001B[31m').matches).toEqual([])
    expect(searcher.resolve('Израиль инвестировал').matches).toEqual([])
  })

  it('should throw a ClaimtraceError on an empty query or a bad limit', () => {
    expect(() => searcher.resolve('   ')).toThrow(ClaimtraceError)
    expect(() => searcher.resolve('Israel', {limit: 0})).toThrow(/limit/)
  })

  it('should refuse a 1 MB query at once, and answer one at the 10,000-character limit', () => {
    const huge = 'Israel invested about $300 million in Kazakhstan '.repeat(21_000)
    expect(() => searcher.resolve(huge)).toThrow(/Unexpected text of 1029000 characters, expected at most 10000/)
    const longest = huge.slice(0, 10_000)
    expect(searcher.resolve(longest).matches[0]?.claim.footnotes).toEqual([25])
  })
})

describe('Searcher#verify', () => {
  it('should call a cited claim supported and an uncited one uncited', () => {
    expect(searcher.verify('Israel invested about $300 million in Kazakhstan between 1993 and 2006').verdict).toBe('supported')
    expect(searcher.verify('Israel established diplomatic relations with Kazakhstan in April 1992 and opened its embassy in Astana').verdict).toBe('uncited')
  })

  it('should report a changed number, date or country as a discrepancy', () => {
    const money = searcher.verify('Between 1993 and 2006 Israel invested about $500 million in Kazakhstan')
    expect(money.verdict).toBe('contradicted')
    expect(money.discrepancies).toEqual([{kind: 'number', claimed: '$500 million', paper: '$300 million'}])
    const country = searcher.verify('The Israeli company NETAFIM has been working in Tajikistan for 25 years on drip irrigation of cotton fields')
    expect(country.discrepancies).toEqual([{kind: 'entity', claimed: 'Tajikistan', paper: 'Uzbekistan'}])
    const date = searcher.verify('Diplomatic relations between Kazakhstan and Israel were established in April 1994')
    expect(date.discrepancies[0]).toMatchObject({kind: 'date', claimed: '1994', paper: '1992'})
  })

  it('should call an on-topic statement the paper does not make not-found', () => {
    const result = searcher.verify('Israel and Azerbaijan signed a major agreement on oil supplies')
    expect(result.verdict).toBe('not-found')
    expect(result.claim).toBeNull()
  })

  it('should give a confidence in 0..1', () => {
    const {confidence} = searcher.verify('It runs five consultative centers for small and medium businesses')
    expect(confidence).toBeGreaterThan(0)
    expect(confidence).toBeLessThanOrEqual(1)
  })

  it('should check a claimed source and name the work the paper cites', () => {
    const right = searcher.verify('the Muslims of Central Asia had no prejudices against the Jewish state', {source: 'Mesamed 2012, p. 49'})
    expect(right.sourceCheck).toMatchObject({claimed: 'Mesamed 2012, p. 49', agrees: true})
    expect(right.sourceCheck?.matched?.id).toBe('mesamed2012')
    const wrong = searcher.verify('Israel invested about $300 million in Kazakhstan', {source: 'Mesamed 2012'})
    expect(wrong.sourceCheck?.agrees).toBe(false)
    expect(describeSourceCheck(wrong, sources)).toBe('The paper cites Feiler & Lim, p. 28 for this, not Mesamed.')
  })

  it('should match a source hint given as a URL', () => {
    const url = 'https://mfa.gov.il/MFARUS/ForeignRelations/Bilateral%20relations/EuroAsia/Uzbekistan/Pages/Israeli-knowledge-of-water-tech-helps-Uzbekistan.aspx'
    expect(searcher.verify('NETAFIM has been working in Uzbekistan for 25 years', {source: url}).sourceCheck?.agrees).toBe(true)
  })
})

describe('Searcher#search', () => {
  it('should find claims, footnotes and sources with highlights', () => {
    const hits = searcher.search('drip irrigation', {limit: 5})
    expect(hits[0]?.kind).toBe('claim')
    const match = hits[0]?.matches.find((m) => m.key === 'text')
    const [start, end] = match?.indices[0] ?? [0, 0]
    expect(hits[0]?.text.slice(start, end + 1).toLowerCase()).toMatch(/drip|irrigation/)
    expect(searcher.search('Feiler', {in: 'sources'})[0]?.id).toBe('feiler2014')
    expect(searcher.search('Mesamed', {in: 'footnotes'})[0]?.id).toBe('israel-central-asia-2020#fn2')
  })

  it('should apply filters', () => {
    const uncited = searcher.search('Kazakhstan', {in: 'claims', filter: {cited: false}})
    expect(uncited.length).toBeGreaterThan(0)
    for (const hit of uncited) expect(data.claims.find((c) => c.id === hit.id)?.footnotes).toEqual([])
    const years = searcher.search('irrigation', {in: 'claims', filter: {yearFrom: 2015, yearTo: 2020}})
    expect(years.map((hit) => hit.id)).toEqual(['israel-central-asia-2020#c008'])
    expect(searcher.search('Israel', {in: 'claims', filter: {country: 'Kyrgyzstan'}}).every((hit) => hit.id.endsWith('c003'))).toBe(true)
  })

  it('should understand the extended syntax', () => {
    expect(searcher.search("'NETAFIM 'cotton", {in: 'claims'}).map((hit) => hit.id)).toEqual(['israel-central-asia-2020#c007'])
    expect(searcher.search('^Mutual', {in: 'claims'}).map((hit) => hit.id)).toEqual(['israel-central-asia-2020#c004'])
  })

  it('should normalise scores to 0..1 and respect the limit', () => {
    const hits = searcher.search('Israel', {limit: 2})
    expect(hits.length).toBeLessThanOrEqual(2)
    for (const hit of hits) expect(hit.score).toBeGreaterThanOrEqual(0), expect(hit.score).toBeLessThanOrEqual(1)
  })

  it('should reject an unknown scope and an empty query', () => {
    expect(() => searcher.search('x', {in: 'everything' as 'all'})).toThrow(/scope/)
    expect(() => searcher.search('')).toThrow(ClaimtraceError)
    expect(searcher.search('!!!')).toEqual([])
  })
})
