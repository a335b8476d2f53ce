import {describe, expect, it} from 'vitest'
import {paint} from '../../../src/cli/_ansi.js'
import {highlight, matchedRanges} from '../../../src/cli/render/highlight.js'
import {formatHits} from '../../../src/cli/render/hits.js'
import {formatResolution} from '../../../src/cli/render/resolution.js'
import {formatVerification} from '../../../src/cli/render/verification.js'
import type {Claim, CslItem, Verification} from '../../../src/types.js'

const claim: Claim = {
  id: 'doc#c002',
  document: 'doc',
  text: 'Israel invested about $300 million',
  sentence: 'Israel invested about $300 million',
  section: 'Introduction',
  footnotes: [25],
  citations: [{footnote: 25, source: 'feiler2014', kind: 'full', locator: '28', label: 'page'}],
  figures: [],
  annotations: {countries: [], years: [], quantities: [], entities: []},
  position: {line: 1, column: 1}
}
const feiler: CslItem = {id: 'feiler2014', type: 'book', title: 'Israel and Central Asia', author: [{family: 'Feiler'}, {family: 'Lim'}], issued: {'date-parts': [[2014]]}}

describe('the ANSI helper', () => {
  it('should combine styles and end only them, or leave the text alone when off', () => {
    expect(paint('x', true, 'bold', 'yellow')).toBe('\u001B[1;33mx\u001B[22;39m')
    expect(paint('x', true, 'bold', 'dim')).toBe('\u001B[1;2mx\u001B[22m')
    expect(paint('x', false, 'bold')).toBe('x')
  })
})

describe('highlight', () => {
  it('should bracket the ranges when piped and paint them bold yellow on a terminal', () => {
    expect(highlight('drip irrigation on cotton', [[0, 3]])).toBe('[drip] irrigation on cotton')
    expect(highlight('drip irrigation on cotton', [[0, 3]], {color: true})).toBe('\u001B[1;33mdrip\u001B[22;39m irrigation on cotton')
  })

  it('should mark the words of the text that share a term with the query', () => {
    expect(matchedRanges('Drip irrigation on cotton', 'irrigation')).toEqual([[5, 14]])
  })
})

describe('formatHits', () => {
  it('should number the hits, name the other fields matched, and say when there is none', () => {
    const matches = [{key: 'text', indices: [[0, 5] as [number, number]]}, {key: 'author', indices: []}]
    expect(formatHits([{kind: 'source', id: 'feiler2014', score: 0.98, text: 'Israel and Kazakhstan', matches}])).toBe(' 1. 0.98  source    feiler2014  (also in author)\n      [Israel] and Kazakhstan')
    expect(formatHits([])).toBe('No match.')
  })
})

describe('formatResolution', () => {
  it('should list each claim with its footnotes, section and sources', () => {
    expect(formatResolution({query: 'invested', matches: [{claim, score: 0.9, citations: claim.citations, sources: [feiler]}]})).toBe(
      [' 1. 0.90  doc#c002  [25]  Introduction', '      Israel [invested] about $300 million', '      [25] Feiler, Lim (2014). Israel and Central Asia, p. 28'].join('\n')
    )
    expect(formatResolution({query: 'x', matches: []})).toBe('No claim of the paper matches.')
  })
})

describe('formatVerification', () => {
  const verification: Verification = {
    verdict: 'contradicted',
    confidence: 0.87,
    claim,
    citations: claim.citations,
    sources: [feiler],
    discrepancies: [{kind: 'number', claimed: '$500 million', paper: '$300 million'}]
  }

  it('should give the verdict, the claim, what differs, the sources and the check', () => {
    expect(formatVerification(verification, 'Israel invested $500 million', 'The paper cites Feiler & Lim, p. 28 for this.')).toBe(
      [
        'contradicted  (confidence 0.87)',
        '  claim   doc#c002  [25]',
        '          Israel [invested] about $300 [million]',
        '  differs number: you say “$500 million”, the paper says “$300 million”',
        '  sources',
        '          [25] Feiler, Lim (2014). Israel and Central Asia, p. 28',
        '  check   The paper cites Feiler & Lim, p. 28 for this.'
      ].join('\n')
    )
  })

  it('should paint the verdict in its colour on a terminal', () => {
    expect(formatVerification(verification, '', undefined, {color: true}).split('\n')[0]).toBe('\u001B[1;31mcontradicted\u001B[22;39m  (confidence 0.87)')
  })
})
