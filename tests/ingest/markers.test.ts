import {describe, expect, it} from 'vitest'
import {markerCandidates, takeMarkers} from '../../src/ingest/markers.js'

const values = (text: string) => markerCandidates(text).map((c) => [text.slice(0, c.start).split(' ').pop() + '|' + text.slice(c.start, c.end), c.strength])

describe('markerCandidates', () => {
  it('should find digits glued to a word, a closing quote or punctuation', () => {
    expect(values('a source of raw materials6 and was')).toEqual([['materials|6', 'glued']])
    expect(values('great possibilities”1 for Israel')).toEqual([['possibilities”|1', 'glued']])
    expect(values('confrontation with Iran,26 the crisis')).toEqual([['Iran,|26', 'glued']])
    expect(values('the Tajik market:23 however')).toEqual([['market:|23', 'glued']])
    expect(values('first and foremost, the U.N.59')).toEqual([['U.N.|59', 'glued']])
  })

  it('should split a year from the marker glued to it', () => {
    expect(values('Air Traffic signed in 201636) does')).toEqual([['2016|36', 'split']])
    expect(values('established in February 199210; Israeli')).toEqual([['1992|10', 'split']])
    expect(values('was opened in May 1992.11 Uzbekistan')).toEqual([['1992.|11', 'split']])
  })

  it('should not take numbers, decimals, ordinals, ranges or hyphenated names for markers', () => {
    for (const text of ['reached $2.43 billion, an about', 'increased by 38.7 percent', 'the 21st century', 'set up a Eurasia-2 department', 'The 1992-1997 civil war', 'in the 1990s, Israel', 'only 1% of goods', 'was $5,000.', 'an about 100-fold increase', 'on 33,200 hectares']) {
      expect(markerCandidates(text), text).toEqual([])
    }
  })
})

describe('takeMarkers', () => {
  it('should take only the marker the sequence expects', () => {
    const taken = takeMarkers('about $300 million25 in Kazakhstan’s economy since 2006', 25)
    expect(taken.map((m) => m.value)).toEqual([25])
    expect(takeMarkers('about $300 million25 in', 23)).toEqual([])
  })

  it('should take several markers of one line in order', () => {
    const line = 'their positions on the Tajik market:23 however, Tajikistan24 had'
    expect(takeMarkers(line, 23).map((m) => m.value)).toEqual([23, 24])
  })

  it('should step over one lost marker and report it', () => {
    const [marker] = takeMarkers('as printed in the source8 and more', 7)
    expect(marker?.value).toBe(8)
    expect(marker?.skipped).toEqual([7])
  })
})

describe('marker runs', () => {
  it('should take consecutive markers printed together, and not a following count', () => {
    expect(takeMarkers('as both sources say5, 6 and more', 5).map((m) => m.value)).toEqual([5, 6])
    expect(takeMarkers('as both sources say5,6 and more', 5).map((m) => m.value)).toEqual([5, 6])
    expect(takeMarkers('grew by 40%12 in a year', 12).map((m) => m.value)).toEqual([12])
    expect(takeMarkers('in the two countries5, 70 companies', 5).map((m) => m.value)).toEqual([5])
  })
})
