/**
 * Property-based: the reference parser never throws, whatever a footnote
 * holds (control characters, NUL, RTL text, lone surrogates, 100,000
 * characters), and stays quick; citing random footnotes gives every footnote
 * its entry and cites only sources it returns.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {citeFootnotes, parseReference} from '../../src/cite/index.js'
import {hostile, huge} from '../_hostile.js'

const runs = {numRuns: Number(process.env['FUZZ_RUNS'] ?? 300), seed: Number(process.env['FUZZ_SEED'] ?? 20_250_101)}

describe('parseReference on hostile strings', () => {
  it('should never throw, and report problems as a list', () => {
    fc.assert(
      fc.property(hostile(), (text) => {
        const reference = parseReference(text)
        expect(Array.isArray(reference.problems)).toBe(true)
      }),
      runs
    )
  })

  it('should parse 100,000 characters without throwing, in well under a second each', () => {
    fc.assert(
      fc.property(huge(100_000), (text) => {
        const start = performance.now()
        parseReference(text)
        expect(performance.now() - start).toBeLessThan(2000)
      }),
      {...runs, numRuns: 5}
    )
  })
})

describe('citeFootnotes on random footnotes', () => {
  it('should give every footnote an entry and cite only the sources it returns', () => {
    const footnote = fc.record({n: fc.integer({min: 1, max: 30}), markdown: hostile(40)}).map(({n, markdown}) => ({n, text: markdown, markdown}))
    fc.assert(
      fc.property(fc.array(footnote, {maxLength: 12}), (footnotes) => {
        const {citations, sources} = citeFootnotes('fuzz', footnotes)
        const ids = new Set(sources.map((item) => item.id))
        expect(ids.size).toBe(sources.length)
        for (const {n} of footnotes) expect(citations.has(n)).toBe(true)
        for (const list of citations.values()) for (const citation of list) expect(ids.has(citation.source)).toBe(true)
      }),
      {...runs, numRuns: 150}
    )
  })
})
