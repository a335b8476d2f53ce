import {describe, expect, it} from 'vitest'
import {agrees, amount, numbersIn} from '../../src/facts/numbers.js'

const read = (text: string): Array<[string, number, string]> => numbersIn(text).map((n) => [n.kind, Math.round(n.value * 100) / 100, n.bound])

describe('numbersIn', () => {
  it('should read figures in digits with their kind', () => {
    expect(read('$2.43 billion, 35 percent, 33,200 people')).toEqual([['money', 2.43e9, 'exact'], ['percent', 35, 'exact'], ['count', 33200, 'exact']])
  })

  it('should read numbers in words, fractions, multipliers, ordinals and spans', () => {
    expect(read('three hundred million dollars')).toEqual([['money', 3e8, 'exact']])
    expect(read('a third of the trade and half of the exports')).toEqual([['percent', 33.33, 'exact'], ['percent', 50, 'exact']])
    expect(read('one in four companies')).toEqual([['percent', 25, 'exact']])
    expect(read('it doubled, then grew fivefold')).toEqual([['multiplier', 2, 'exact'], ['multiplier', 5, 'exact']])
    expect(read('the first visit in a decade')).toEqual([['ordinal', 1, 'exact'], ['duration', 10, 'exact']])
    expect(read('the twenty-fifth government')).toEqual([['ordinal', 25, 'exact']])
    expect(read('for a quarter of a century')).toEqual([['duration', 25, 'exact']])
  })

  it('should keep a year, “the third largest” and “the two sides” out of the counts', () => {
    expect(read('in 1992')).toEqual([])
    expect(read('the third largest partner')).toEqual([['ordinal', 3, 'exact']])
    expect(read('the two sides agreed')).toEqual([])
  })

  it('should read how loosely a figure is stated', () => {
    expect(read('about $300 million and over 90 percent, less than 5 percent')).toEqual([['money', 3e8, 'about'], ['percent', 90, 'over'], ['percent', 5, 'under']])
  })

  it('should read mistyped scales', () => {
    expect(read('$300 milion')).toEqual([['money', 3e8, 'exact']])
  })
})

describe('agrees', () => {
  const one = (text: string) => numbersIn(text)[0]!
  it('should compare values across ways of writing them', () => {
    expect(agrees(one('a third'), one('33 percent'))).toBe(true)
    expect(agrees(one('one million dollars'), one('$1 million'))).toBe(true)
    expect(agrees(one('twenty years'), one('two decades'))).toBe(true)
    expect(agrees(one('tripled'), one('doubled'))).toBe(false)
    expect(agrees(one('$500 million'), one('$300 million'))).toBe(false)
  })

  it('should give a range’s start its end’s unit, and read dozens and couples', () => {
    expect(numbersIn('80 to 90 percent of exports').map((n) => [n.kind, n.value])).toEqual([['percent', 80], ['percent', 90]])
    expect(numbersIn('between 15 and 25 percent').map((n) => n.kind)).toEqual(['percent', 'percent'])
    expect(numbersIn('a dozen centers, half a dozen firms, two dozen projects, a couple of visits').map((n) => n.value)).toEqual([12, 6, 24, 2])
    expect(numbersIn('dozens of companies')).toEqual([])
    expect(numbersIn('a couple of thousand soldiers').map((n) => n.value)).not.toContain(2)
    expect(numbersIn('he sent 300 and 25 percent stayed').map((n) => n.kind)).toEqual(['count', 'percent'])
  })

  it('should compare a multiplier with the percent change it makes', () => {
    expect(agrees(one('halved'), one('by 50 percent'))).toBe(true)
    expect(agrees(one('doubled'), one('by 100 percent'))).toBe(true)
    expect(agrees(one('doubled'), one('by 36 percent'))).toBe(false)
  })

  it('should honour about, over and under', () => {
    expect(agrees(one('about $290 million'), one('$300 million'))).toBe(true)
    expect(agrees(one('$290 million'), one('$300 million'))).toBe(false)
    expect(agrees(one('over $1 billion'), one('$1.2 billion'))).toBe(true)
    expect(agrees(one('under $1 billion'), one('$1.2 billion'))).toBe(false)
  })
})

describe('amount', () => {
  it('should read spelled numbers', () => {
    expect([amount('twenty-five'), amount('one and a half million'), amount('a hundred'), amount('nine')]).toEqual([25, 1.5e6, 100, 9])
    expect(amount('many')).toBeUndefined()
  })
})
