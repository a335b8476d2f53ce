import {describe, expect, it} from 'vitest'
import {outOfRange, tunables} from '../src/tunables.js'

describe('the tunables', () => {
  it('should keep every value inside the range it documents', () => {
    expect(outOfRange()).toEqual([])
  })

  it('should keep the rerank score in 0..1 (its parts sum to 1)', () => {
    const {query, claim, pairs} = tunables.resolve.mix.value
    expect(query + claim + pairs).toBeCloseTo(1, 10)
  })

  it('should weigh every relation of meaning below the same word, and an opposite at nothing', () => {
    const {opposite, ...rest} = tunables.meaning.relationWeight.value
    expect(opposite).toBe(0)
    for (const weight of Object.values(rest)) expect(weight).toBeLessThan(tunables.meaning.matchWeight.value.exact)
  })
})
