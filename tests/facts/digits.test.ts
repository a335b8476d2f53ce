import {describe, expect, it} from 'vitest'
import {DIGITS, digits, numberKey} from '../../src/facts/digits.js'
import {numbersIn} from '../../src/facts/numbers.js'
import {quantitiesIn} from '../../src/facts/quantities.js'
import {tokenize} from '../../src/search/text.js'

describe('digits', () => {
  it('should read thousands, decimals and a decimal comma', () => {
    expect([digits('33,200'), digits('1,000.5'), digits('2.43'), digits('2,5'), digits('1992')]).toEqual([33200, 1000.5, 2.43, 2.5, 1992])
  })

  it('should give the index one key per value', () => {
    expect([numberKey('33,200'), numberKey('33200'), numberKey('2,5'), numberKey('2.50'), numberKey('1.2.3')]).toEqual(['33200', '33200', '2.5', '2.5', '1.2.3'])
    expect(tokenize('33,200 and 2,5').map((token) => token.term)).toEqual(['33200', '2.5'])
  })

  it('should match a figure whole, not a list of numbers', () => {
    const whole = new RegExp(`^(?:${DIGITS})$`)
    expect(['33,200', '2.43', '1,000,000', '52'].map((text) => whole.test(text))).toEqual([true, true, true, true])
    expect(['2,5', '1,2', '33,20'].map((text) => whole.test(text))).toEqual([false, false, false])
  })
})

describe('one reading of figures', () => {
  it('should read “$2.43 billion” and “33,200” the same for annotation and the verifier', () => {
    const text = 'trade reached $2.43 billion and 33,200 hectares'
    expect(quantitiesIn(text).quantities).toEqual(['$2.43 billion', '33,200 hectares'])
    expect(numbersIn(text).map((n) => [n.kind, n.value])).toEqual([
      ['money', 2.43e9],
      ['count', 33200]
    ])
  })
})
