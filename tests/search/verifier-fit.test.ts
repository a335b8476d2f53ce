import {describe, expect, it} from 'vitest'
import {fitVerifier} from '../../bench/_fit.js'
import {MODEL} from '../../src/search/_decide.js'

describe('the shipped verifier model', () => {
  it('should be the fit of the current code on the dev halves (rerun `npx tsx bench/fit-verifier.ts` when this fails)', async () => {
    const {model} = await fitVerifier()
    expect(model.fitted).toBe(MODEL.fitted)
    expect(model.match.length).toBe(MODEL.match.length)
    model.match.forEach((weight, i) => expect({i, weight}).toEqual({i, weight: expect.closeTo(MODEL.match[i]!, 2) as number}))
  }, 180_000)
})
