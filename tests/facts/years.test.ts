import {describe, expect, it} from 'vitest'
import {countsThings, yearMentions, yearsIn} from '../../src/facts/dates.js'
import {factsIn} from '../../src/facts/facts.js'
import {numbersIn} from '../../src/facts/numbers.js'
import {quantitiesIn} from '../../src/facts/quantities.js'
import {isYear, YEAR} from '../../src/facts/years.js'
import {tokenize} from '../../src/search/text.js'

describe('the year rule', () => {
  it('should take four digits from 1500 to 2099', () => {
    expect(['1500', '1876', '1916', '1999', '2020', '2099'].map(isYear)).toEqual([true, true, true, true, true, true])
    expect(['1499', '1396', '1000', '2100', '300', '19900', '33,200', '1992.5'].map(isYear)).toEqual([false, false, false, false, false, false, false, false])
  })

  it('should give a pattern source to use inside other patterns', () => {
    expect(new RegExp(`^(${YEAR})-(${YEAR})$`).exec('1875-1876')?.slice(1)).toEqual(['1875', '1876'])
    expect(new RegExp(`^${YEAR}$`).test('1396')).toBe(false)
  })

  it('should be the rule of annotation, the index and the verifier alike', () => {
    const text = 'the conquest of 1875-1876 and the land policy of the 1890s'
    expect(yearsIn(text)).toEqual([1875, 1876, 1890])
    expect(factsIn(text, new Map()).filter((fact) => fact.group === 'year').map((fact) => fact.keys[0])).toEqual(['1875', '1876', '1890s'])
    expect(tokenize('in 1876 and 1396').map((token) => token.kind)).toEqual(['year', 'number'])
  })
})

describe('yearMentions', () => {
  it('should read both ends of a range and decades', () => {
    expect(yearMentions('The 1992-1997 civil war; in 2004–2005 a crisis; in the 1990s').map((m) => [m.year, m.decade, m.text])).toEqual([
      [1992, false, '1992'],
      [1997, false, '1997'],
      [2004, false, '2004'],
      [2005, false, '2005'],
      [1990, true, '1990s']
    ])
  })

  it('should not read digits inside amounts, decimals or words', () => {
    expect(yearMentions('$1,000 and 19,900 Jews, $2.43 billion, 1992.5 tons, A1992 and 2009%')).toEqual([])
  })
})

describe('countsThings', () => {
  it('should tell “1500 soldiers” from “in 1500”', () => {
    expect(yearsIn('some 1500 soldiers marched')).toEqual([])
    expect(yearsIn('1500 soldiers marched')).toEqual([])
    expect(yearsIn('the city fell in 1500')).toEqual([1500])
    expect(yearsIn('In 1500 soldiers marched')).toEqual([1500])
  })

  it('should keep a year before a plural noun when a preposition, a determiner, a month or a possessive dates it', () => {
    for (const text of ['according to the 1989 population census', 'the summer and autumn of 1917 tens of thousands fled', 'the coup of 15 July 2016 changed things', 'Kazakhstan’s 2050 goals', 'from 2003 onwards', '(1992 elections)', '1916 saw the rebels flee']) {
      expect({text, years: yearsIn(text).length}).toEqual({text, years: 1})
    }
  })

  it('should read a unit after a year-shaped number as a measure', () => {
    const text = 'a total of 2000 hectares'
    expect(countsThings(text, text.indexOf('2000'), text.indexOf('2000') + 4)).toBe(true)
    expect(yearsIn(text)).toEqual([])
  })

  it('should make the count a number for annotation and the verifier', () => {
    expect(quantitiesIn('there were 1500 soldiers in 1500').quantities).toEqual(['1500 soldiers'])
    expect(numbersIn('there were 1500 soldiers in 1500').map((n) => [n.kind, n.value])).toEqual([['count', 1500]])
    expect(factsIn('there were 1500 soldiers in 1500', new Map()).map((fact) => [fact.kind, fact.text])).toEqual([
      ['number', '1500'],
      ['date', '1500']
    ])
  })
})
