import {describe, expect, it} from 'vitest'
import {aliasesIn, factsIn, properNames, sameName, same} from '../../src/facts/facts.js'
import {analyse} from '../../src/language/index.js'

const names = new Map([['mashav', 'MASHAV'], ['netafim', 'NETAFIM'], ['eu', 'EU'], ['region', 'Region']])

describe('factsIn', () => {
  it('should read dates, figures, names, places and countries', () => {
    const facts = factsIn('In May 1992, NETAFIM put $30 million into Tashkent and Kazakhstan', names)
    expect(facts.map((fact) => `${fact.group}:${fact.text}`)).toEqual(['month:May', 'year:1992', 'name:NETAFIM', 'money:$30 million', 'place:Tashkent', 'country:Kazakhstan'])
  })

  it('should read a country inside a name too', () => {
    expect(factsIn('the President of Kazakhstan', new Map([['president of kazakhstan', 'President of Kazakhstan']])).map((f) => f.group)).toEqual(['name', 'country'])
  })

  it('should take a short acronym or a common word as a name only as printed', () => {
    const common = (word: string): boolean => word === 'region'
    expect(factsIn('the eu and the region', names, common)).toEqual([])
    expect(factsIn('the EU and the Region', names, common).map((fact) => fact.text)).toEqual(['EU', 'Region'])
  })

  it('should hold a year within its decade', () => {
    const [year] = factsIn('in 1997', names)
    const [decade] = factsIn('in the 1990s', names)
    expect(same(year!, decade!)).toBe(true)
    expect(same(year!, factsIn('in 1999', names)[0]!)).toBe(false)
  })

  it('should take a capital for its country', () => {
    const [city] = factsIn('Washington backed it', names)
    const [country] = factsIn('the United States backed it', names)
    expect(same(city!, country!)).toBe(true)
  })

  it('should place a capital in its country, but not take a place for an actor', () => {
    const [inCity] = factsIn('the embassy in Tashkent', names)
    expect(same(inCity!, factsIn('the embassy in Uzbekistan', names)[0]!)).toBe(true)
    expect(same(inCity!, factsIn('Uzbekistan agreed', names)[0]!)).toBe(false)
    expect(same(inCity!, factsIn('the embassy in Kazakhstan', names)[0]!)).toBe(false)
  })

  it('should read abbreviated months and ranges that shorten their end year', () => {
    expect(factsIn('from Feb. 1992 to Sept. 2019', names).map((fact) => `${fact.group}:${fact.keys[0]}`)).toEqual(['month:february', 'year:1992', 'month:september', 'year:2019'])
    expect(factsIn('in 2004-05', names).map((fact) => fact.keys[0])).toEqual(['2004', '2005'])
    expect(factsIn('in 2019-18', names).map((fact) => fact.group)).toEqual(['year', 'count'])
    expect(factsIn('in 1999-00', names).map((fact) => fact.keys[0])).toEqual(['1999', '2000'])
    expect(factsIn('on 2004-05-12', names).map((fact) => fact.keys[0])).not.toContain('2005')
    expect(factsIn('Mar. is short', names)).toEqual([])
  })

  it('should read a decade told by its century (“the first decade of the 21st century” is the 2000s)', () => {
    const [told] = factsIn('in the first decade of the 21st century', names)
    expect(told?.keys).toEqual(['2000s'])
    expect(same(told!, factsIn('through the first decade of the 2000s', names)[0]!)).toBe(true)
    expect(factsIn('the second decade of the twenty-first century', names)[0]?.keys).toEqual(['2010s'])
  })
})

describe('sameName', () => {
  it('should match an acronym with its words', () => {
    expect(sameName('u.n.', 'united nations')).toBe(true)
    expect(sameName('eaeu', 'eurasian economic union')).toBe(true)
    expect(sameName('u.n. ga', 'united nations general assembly')).toBe(true)
    expect(sameName('eu', 'eurasian economic union')).toBe(false)
  })

  it('should match a name within a longer one, spelling slips and offices aside', () => {
    expect(sameName('netanyahu', 'israeli prime minister benjamin netanyahu')).toBe(true)
    expect(sameName('prime minister tereshenko of kazakstan', 'prime minister of kazakhstan sergey tereshchenko')).toBe(true)
    expect(sameName('defence ministry', 'israeli defense ministry')).toBe(true)
    expect(sameName('foreign minister', 'minister of energy')).toBe(false)
    expect(sameName('amnon cohen', 'majali wahaben')).toBe(false)
  })
})

describe('properNames', () => {
  it('should find the names a text gives, not its countries or its first word', () => {
    const text = 'Yesterday the Kurgan-Tepe District and Majali Wahaben of Kazakhstan met in Tashkent.'
    expect(properNames(text, analyse(text))).toEqual(['Kurgan-Tepe District', 'Majali Wahaben of Kazakhstan'])
  })
})

describe('aliasesIn', () => {
  it('should read other names from parentheses', () => {
    const aliases = aliasesIn(['MASHAV (Israel’s Agency for International Development Cooperation at the Ministry of Foreign Affairs) runs centers.'], names)
    expect(aliases.get('mashav')).toEqual(['agency for international development cooperation'])
  })
})
