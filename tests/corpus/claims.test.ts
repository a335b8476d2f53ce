import {beforeAll, describe, expect, it} from 'vitest'
import {figuresIn} from '../../src/corpus/claims.js'
import {loadCorpus, type CorpusData} from '../../src/corpus/load.js'
import type {Claim} from '../../src/types.js'

let data: CorpusData

beforeAll(async () => {
  data = await loadCorpus('tests/fixtures/corpus-mini')
})

/** The claim whose text ends with `end`. */
function ending(end: string): Claim {
  const found = data.claims.filter((claim) => claim.text.endsWith(end))
  expect(found, end).toHaveLength(1)
  return found[0]!
}

describe('extractClaims', () => {
  it('should number claims in reading order', () => {
    expect(data.claims.map((claim) => claim.id).slice(0, 3)).toEqual(['mini-2020#c001', 'mini-2020#c002', 'mini-2020#c003'])
    expect(data.claims).toHaveLength(26)
  })

  it('should make sentences without markers uncited claims under “Abstract”', () => {
    const [first] = data.claims
    expect(first).toMatchObject({
      section: 'Abstract',
      text: 'The Soviet Union disappeared from the historical stage, leaving behind several newly independent states in Central Asia.',
      footnotes: [],
      citations: [],
      position: {line: 15, column: 1}
    })
  })

  it('should close a claim at a marker glued after a closing quote', () => {
    expect(ending('have created new and great possibilities”').footnotes).toEqual([1])
    expect(ending('“had no prejudices against the Jewish state.”').footnotes).toEqual([2])
  })

  it('should split a sentence at each of its markers', () => {
    const third = ending('around the Jewish state')
    const fourth = ending('and threaten the Jewish communities in the Central Asian states.')
    expect(third.footnotes).toEqual([3])
    expect(fourth.footnotes).toEqual([4])
    expect(third.sentence).toBe(fourth.sentence)
    expect(fourth.sentence).toBe(
      'Israel feared that Iran might spread its ideological impact across the region, make the Central Asian republics part of the “circle of animosity” around the Jewish state and threaten the Jewish communities in the Central Asian states.'
    )
  })

  it('should attach markers glued to years, amounts and commas', () => {
    expect(ending('Diplomatic relations with Uzbekistan were established in February 1992').footnotes).toEqual([6])
    expect(ending('Israeli embassy in Tashkent was opened in May 1992.').footnotes).toEqual([7])
    expect(ending('between 1993 and 2006 Israel invested about $300 million').footnotes).toEqual([10])
    expect(ending('In 2010-2011, under the pressure of its mounting confrontation with Iran,').footnotes).toEqual([11])
    expect(ending('the joint Declaration on Cooperation in the Sphere of Air Traffic signed in 2016').footnotes).toEqual([12])
    expect(ending('first and foremost, the U.N.').footnotes).toEqual([15])
  })

  it('should attach consecutive markers to the same claim', () => {
    expect(ending('in the zones of hazardous agriculture,').footnotes).toEqual([13, 14])
  })

  it('should make the text after the last marker an uncited claim without leading punctuation', () => {
    expect(ending('in Kazakhstan’s economy, particularly in agriculture.').footnotes).toEqual([])
    expect(data.claims.some((claim) => claim.text === 'does not benefit their bilateral relations.')).toBe(true)
    expect(data.claims.some((claim) => claim.text === 'in the 1990s, Israel sought diplomatic relations with them at the embassy level.')).toBe(true)
  })

  it('should put every footnote on exactly one claim', () => {
    const numbers = data.claims.flatMap((claim) => claim.footnotes)
    expect(numbers).toEqual(Array.from({length: 15}, (_, i) => i + 1))
  })

  it('should record the figure a claim points to, and not make captions claims', () => {
    expect(ending('in the first place (see Fig. 1).').figures).toEqual([1])
    expect(data.claims.some((claim) => claim.text.includes('Compiled by the authors'))).toBe(false)
    expect(data.claims.some((claim) => claim.text.includes('Trade Turnover between'))).toBe(false)
  })

  it('should give each claim the line and column where it starts', () => {
    expect(ending('Israeli embassy in Tashkent was opened in May 1992.').position).toEqual({line: 25, column: 220})
    expect(ending('and threaten the Jewish communities in the Central Asian states.').position).toEqual({line: 21, column: 319})
  })

  it('should annotate claims', () => {
    expect(ending('In 2008, the trade turnover between the two countries reached $2.43 billion, an about 100-fold increase since 1999.').annotations).toEqual({
      countries: [],
      years: [2008, 1999],
      quantities: ['$2.43 billion', '100-fold'],
      entities: []
    })
  })
})

describe('figuresIn', () => {
  it('should read one figure or several', () => {
    expect(figuresIn('the trade turnover steadily increased (see Fig. 2).')).toEqual([2])
    expect(figuresIn('it dropped twice (see Figs. 3 and 4).')).toEqual([3, 4])
  })
})
