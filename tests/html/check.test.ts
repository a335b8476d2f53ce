import {beforeAll, describe, expect, it} from 'vitest'
import {openCorpus, type Corpus} from '../../src/facade/index.js'
import {buildIndex, check, type PageIndex} from '../../src/html/browser/check.js'
import {toReaderData} from '../../src/html/data.js'
import {CALIBRATION} from '../../src/html/_calibration.js'

describe('the page’s check (the code the browser runs, here in Node)', () => {
  let corpus: Corpus
  let page: PageIndex
  const top = (text: string) => {
    const result = check(page, text)
    const claim = page.data.claims[result.matches[0]?.claim ?? -1]
    return {verdict: result.verdict, footnotes: claim?.f, discrepancies: result.discrepancies}
  }

  beforeAll(async () => {
    corpus = await openCorpus()
    const sources = new Map(corpus.sources.map((item) => [item.id, item]))
    page = buildIndex(toReaderData(corpus.documents[0]!.id, corpus.claims, corpus.footnotes, sources, CALIBRATION))
  })

  it('should rank as the library does: the same claims, best first', () => {
    for (const text of ['israeli embasy tashkent opend', 'drip irrigation in Uzbekistan', 'MASHAV training courses']) {
      const ours = check(page, text).matches.map((match) => page.data.claims[match.claim]!.id)
      const library = corpus.resolve(text, {limit: 5}).matches.map((match) => match.claim.id.slice(match.claim.id.indexOf('#') + 1))
      expect(new Set(ours), text).toEqual(new Set(library))
    }
  })

  it('should find paraphrases, cited and uncited', () => {
    expect(top('The Israeli embassy in Tashkent opened its doors in May 1992')).toEqual({verdict: 'supported', footnotes: [11], discrepancies: []})
    expect(top('Israel put some $300 million into Kazakhstan’s economy')).toEqual({verdict: 'supported', footnotes: [25], discrepancies: []})
    expect(top('Israel’s Central Asian policy may become a model of cooperation between Muslims and Jews').verdict).toBe('uncited')
  })

  it('should tell a differing number, month, country or name', () => {
    expect(top('Israel put some $500 million into Kazakhstan’s economy')).toEqual({verdict: 'contradicted', footnotes: [25], discrepancies: [{kind: 'number', claimed: '$500 million', paper: '$300 million'}]})
    expect(top('Kazakhstan and Israel established diplomatic relations in June 1992').discrepancies).toEqual([{kind: 'date', claimed: 'June', paper: 'April'}])
    expect(top('Back in 2010, MASHAV at the Israeli Defense Ministry approved Kazakhstan as a potential trade partner').discrepancies).toEqual([{kind: 'entity', claimed: 'MASHAV', paper: 'SIBAT'}])
  })

  it('should find nothing for what the paper does not say, or for one word', () => {
    expect(top('Israel and Azerbaijan signed a gas deal on the Moon').verdict).toBe('not-found')
    expect(top('Israel').verdict).toBe('not-found')
    expect(check(page, '!!!').matches).toEqual([])
  })
})
