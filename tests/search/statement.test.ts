import {describe, expect, it} from 'vitest'
import {analyse} from '../../src/language/index.js'
import {assertion, parts} from '../../src/search/_statement.js'

describe('assertion', () => {
  it('should turn a question into the assertion it asks about', () => {
    expect(assertion('Is it true that Israel opened an embassy in Tashkent?')).toBe('Israel opened an embassy in Tashkent')
    expect(assertion("Didn't Israel open an embassy in Tashkent?")).toBe('Did Israel open an embassy in Tashkent')
  })

  it('should drop a reporting frame', () => {
    expect(assertion('According to the authors, the third stage began in 2010.')).toBe('the third stage began in 2010.')
    expect(assertion('The article argues that Israel needed raw materials.')).toBe('Israel needed raw materials.')
  })
})

describe('parts', () => {
  const cut = (text: string): string[] => parts(text, analyse(text)).map((part) => part.text)

  it('should cut sentences and clauses that assert on their own', () => {
    expect(cut('Israel opened an embassy in 1992. Peres visited Tashkent in 1994.')).toEqual(['Israel opened an embassy in 1992', 'Peres visited Tashkent in 1994'])
    expect(cut('Israel opened an embassy in 1992; Uzbekistan opened one in 1997.')).toEqual(['Israel opened an embassy in 1992', 'Uzbekistan opened one in 1997'])
    expect(cut('Israel opened an embassy in 1992, and Peres visited Tashkent in 1994.')).toEqual(['Israel opened an embassy in 1992', 'and Peres visited Tashkent in 1994'])
  })

  it('should keep one assertion whole', () => {
    expect(cut('Israel and Kazakhstan signed an agreement on military cooperation in 2014.')).toEqual(['Israel and Kazakhstan signed an agreement on military cooperation in 2014'])
  })
})
