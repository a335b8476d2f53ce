/**
 * Property-based: verify, resolve and search never throw on hostile strings
 * (control characters, NUL, RTL text, lone surrogates, up to the 10,000-character
 * limit); they answer in the documented shapes, or refuse with a
 * `ClaimtraceError` whose code says why (blank text, over the limit, 100,000 characters).
 */
import fc from 'fast-check'
import {beforeAll, describe, expect, it} from 'vitest'
import {openCorpus, type Corpus} from '../../src/facade/index.js'
import {ClaimtraceError} from '../../src/errors.js'
import {MAX_STATEMENT} from '../../src/search/searcher.js'
import {hostile, huge} from '../_hostile.js'

const runs = {numRuns: Number(process.env['FUZZ_RUNS'] ?? 200), seed: Number(process.env['FUZZ_SEED'] ?? 20_250_101)}
const verdicts = ['supported', 'uncited', 'contradicted', 'not-found']
let corpus: Corpus

beforeAll(async () => {
  corpus = await openCorpus()
})

/** Run `call`; a refusal must be a ClaimtraceError with the code the text deserves. */
function answerOrRefuse<T>(text: string, call: () => T): T | undefined {
  try {
    return call()
  } catch (error) {
    expect(error).toBeInstanceOf(ClaimtraceError)
    expect((error as ClaimtraceError).code).toBe(text.trim() === '' ? 'empty-text' : 'text-too-long')
    return undefined
  }
}

describe('verify, resolve and search on hostile strings', () => {
  it('should verify with a verdict and a confidence in 0..1, or refuse a blank statement', () => {
    fc.assert(
      fc.property(hostile(), (text) => {
        const result = answerOrRefuse(text, () => corpus.verify(text))
        if (result === undefined) {
          expect(text.trim()).toBe('')
          return
        }
        expect(verdicts).toContain(result.verdict)
        expect(result.confidence).toBeGreaterThanOrEqual(0)
        expect(result.confidence).toBeLessThanOrEqual(1)
        expect(JSON.parse(JSON.stringify(result)).verdict).toBe(result.verdict)
      }),
      runs
    )
  })

  it('should take a hostile source hint too', () => {
    fc.assert(
      fc.property(hostile(), (source) => {
        const result = answerOrRefuse(source, () => corpus.verify('Israel opened an embassy in Tashkent in 1992', {source}))
        if (result !== undefined) expect(result.sourceCheck?.claimed).toBe(source)
      }),
      {...runs, numRuns: 100}
    )
  })

  it('should resolve and search, best first, scores in 0..1', () => {
    fc.assert(
      fc.property(hostile(), (text) => {
        const resolution = answerOrRefuse(text, () => corpus.resolve(text, {limit: 3}))
        if (resolution) {
          const scores = resolution.matches.map((match) => match.score)
          expect([...scores].sort((a, b) => b - a)).toEqual(scores)
        }
        const hits = answerOrRefuse(text, () => corpus.search(text, {limit: 3}))
        for (const hit of hits ?? []) {
          expect(hit.score).toBeGreaterThanOrEqual(0)
          expect(hit.score).toBeLessThanOrEqual(1)
        }
      }),
      {...runs, numRuns: 100}
    )
  })

  it('should answer a statement at the limit and refuse one of 100,000 characters', () => {
    fc.assert(
      fc.property(huge(MAX_STATEMENT), huge(100_000), (limit, over) => {
        const answer = answerOrRefuse(limit, () => corpus.verify(limit))
        if (answer === undefined) expect(limit.trim()).toBe('')
        expect(answerOrRefuse(over, () => corpus.verify(over))).toBeUndefined()
      }),
      {...runs, numRuns: 5}
    )
  })
})
