import {describe, expect, it} from 'vitest'
import {Searcher} from '../../src/search/index.js'
import type {Claim} from '../../src/types.js'

// A corpus of four sentences, so that every verdict below follows from the words alone.
const sentences: Array<[string, number[]]> = [
  ['In May 1992, Israel opened its embassy in Tashkent.', [1]],
  ['Trade between Israel and Kazakhstan increased in 2009, and Kazakhstan exported oil to Israel.', [2]],
  ['The Muslims of the region had no prejudices against Israel.', [3]],
  ['The Israeli company NETAFIM supplied drip irrigation to farms in Uzbekistan, while Watergen sold water generators to Kazakhstan.', [4]]
]
const claims: Claim[] = sentences.map(([sentence, footnotes], i) => ({
  id: `doc#c00${i + 1}`, document: 'doc', text: sentence, sentence, section: 'Relations', footnotes, citations: [], figures: [],
  annotations: {countries: [], years: [], quantities: [], entities: /NETAFIM/.test(sentence) ? ['NETAFIM', 'Watergen'] : []},
  position: {line: i + 1, column: 1}
}))
const searcher = new Searcher({documents: [], claims, footnotes: [], sources: []})
const verdict = (text: string) => {
  const result = searcher.verify(text)
  return {verdict: result.verdict, kinds: result.discrepancies.map((d) => d.kind)}
}

describe('verify reads meaning', () => {
  it('should find a paraphrase through synonyms and lemmas', () => {
    expect(verdict('Israel opened an embassy in Tashkent in May 1992')).toEqual({verdict: 'supported', kinds: []})
  })

  it('should call a negated claim contradicted, and a kept negation supported', () => {
    expect(verdict('Israel did not open its embassy in Tashkent in May 1992')).toEqual({verdict: 'contradicted', kinds: ['negation']})
    expect(verdict('Israel never opened its embassy in Tashkent in May 1992')).toEqual({verdict: 'contradicted', kinds: ['negation']})
    expect(verdict('The Muslims of the region had prejudices against Israel')).toEqual({verdict: 'contradicted', kinds: ['negation']})
    expect(verdict('The Muslims of the region bore no prejudice against Israel')).toEqual({verdict: 'supported', kinds: []})
  })

  it('should call a reversed direction contradicted', () => {
    expect(verdict('Trade between Israel and Kazakhstan decreased in 2009')).toEqual({verdict: 'contradicted', kinds: ['direction']})
    expect(verdict('Kazakhstan imported oil from Israel')).toEqual({verdict: 'contradicted', kinds: ['direction']})
  })

  it('should read directions on scales, and their words alike within an end', () => {
    expect(verdict('Trade between Israel and Kazakhstan kept shrinking in 2009')).toEqual({verdict: 'contradicted', kinds: ['direction']})
    expect(verdict('Trade between Israel and Kazakhstan climbed in 2009')).toEqual({verdict: 'supported', kinds: []})
    expect(verdict('Trade between Israel and Kazakhstan tailed off in 2009')).toEqual({verdict: 'contradicted', kinds: ['direction']})
    expect(verdict('Trade between Israel and Kazakhstan went up in 2009')).toEqual({verdict: 'supported', kinds: []})
  })

  it('should not turn a direction under a negation of exclusivity (“not the only … imported”)', () => {
    const only = new Searcher({documents: [], claims: [{...claims[0]!, id: 'doc#c009', text: 'Oil is not the only item imported from Kazakhstan: Israel also buys grain.', sentence: 'Oil is not the only item imported from Kazakhstan: Israel also buys grain.'}], footnotes: [], sources: []})
    expect(only.verify('Israel sells grain to Kazakhstan').discrepancies.map((d) => d.kind)).toContain('direction')
    expect(only.verify('Oil is the only item imported from Kazakhstan').discrepancies.map((d) => d.kind)).toContain('negation')
  })

  it('should read a negation wink leaves unmarked, and a capital as a place in its country', () => {
    expect(verdict('Israel has not yet opened its embassy in Tashkent')).toEqual({verdict: 'contradicted', kinds: ['negation']})
    expect(verdict('In May 1992 Israel opened its embassy in Uzbekistan')).toEqual({verdict: 'supported', kinds: []})
  })

  it('should call a name of the corpus swapped for another contradicted', () => {
    expect(verdict('The Israeli company Watergen supplied drip irrigation to farms in Uzbekistan')).toEqual({verdict: 'contradicted', kinds: ['entity']})
  })

  it('should verify a question as its assertion', () => {
    expect(verdict('Did Israel open its embassy in Tashkent in May 1992?').verdict).toBe('supported')
    expect(verdict('Did Israel open its embassy in Tashkent in May 1994?')).toEqual({verdict: 'contradicted', kinds: ['date']})
  })

  it('should verify each part of a statement that makes several assertions, the worst deciding', () => {
    const both = searcher.verify('Israel opened its embassy in Tashkent in May 1992. Trade between Israel and Kazakhstan increased in 2009.')
    expect(both.parts?.map((part) => part.verdict)).toEqual(['supported', 'supported'])
    const wrong = searcher.verify('Israel opened its embassy in Tashkent in May 1992. Trade between Israel and Kazakhstan decreased in 2009.')
    expect([wrong.verdict, wrong.parts?.map((part) => part.verdict)]).toEqual(['contradicted', ['supported', 'contradicted']])
  })

  it('should explain a verdict by the words matched and how', () => {
    const result = searcher.verify('Israel opend its embasy in Tashkent in May 1992')
    expect(result.explanation?.matched.filter((m) => m.how === 'typo').map((m) => m.statement).sort()).toEqual(['embasy', 'opend'])
  })

  it('should mend a slip that makes another real word only where the paper’s word fits its neighbours', () => {
    const mended = searcher.verify('Watergen sold waiter generators to Kazakhstan')
    expect([mended.verdict, mended.explanation?.matched.find((m) => m.statement === 'waiter')?.how]).toEqual(['supported', 'typo'])
    // A letter changed makes another word, never mended: a reversed direction stays reversed.
    expect(verdict('Trade between Israel and Kazakhstan decreased in 2009')).toEqual({verdict: 'contradicted', kinds: ['direction']})
  })

  it('should answer not-found, with a reason, for what states nothing', () => {
    for (const text of ['1992 1994', 'the of and', 'Израиль открыл посольство', 'x'.repeat(5000)]) {
      const result = searcher.verify(text)
      expect({text: text.slice(0, 20), verdict: result.verdict, reason: (result.explanation?.reason.length ?? 0) > 0}).toEqual({text: text.slice(0, 20), verdict: 'not-found', reason: true})
    }
  })
})
