import {describe, expect, it} from 'vitest'
import {classify, splitLines, unspace} from '../../src/ingest/lines.js'
import {footnoteNumber} from '../../src/ingest/footnotes.js'
import {headingFromSpaced, isHeadingParagraph} from '../../src/ingest/headings.js'

describe('classify', () => {
  it('should recognise the journal’s page furniture', () => {
    expect(classify('Volume 21  Issue 2  2020 CENTRAL ASIA AND THE CAUCASUS   English Edition')).toBe('running-header')
    expect(classify('CENTRAL ASIA AND THE CAUCASUS  English Edition  Volume 21  Issue 2  2020')).toBe('running-header')
    expect(classify('41  CENTRAL ASIA AND THE CAUCASUS  English Edition  Volume 21  Issue 2  2020')).toBe('running-header')
    expect(classify('Volume\uFFFD21\uFFFDwas\uFFFDthe\uFFFDfirst')).toBe('text')
    expect(classify('40')).toBe('page-number')
    expect(classify('F i g u r e  1')).toBe('figure-label')
    expect(classify(' S o u r c e:  Compiled by the authors')).toBe('figure-source')
    expect(classify('I n t r o d u c t i o n')).toBe('spaced-heading')
    expect(classify('KEYWORDS: Israel, Central Asia,')).toBe('keywords')
    expect(classify(' \uFFFD ')).toBe('blank')
    expect(classify('In\uFFFD2009,\uFFFDamid')).toBe('text')
  })

  it('should split LF, CRLF and CR lines with their offsets', () => {
    const lines = splitLines('a\r\nbc\rd\ne')
    expect(lines.map((l) => [l.text, l.start])).toEqual([['a', 0], ['bc', 3], ['d', 6], ['e', 8]])
  })
})

describe('headings', () => {
  it('should undo letter-spacing and title-case capitals', () => {
    expect(unspace('F i g u r e  12')).toBe('Figure 12')
    expect(headingFromSpaced('A B S T R A C T')).toBe('Abstract')
    expect(headingFromSpaced('C o n c l u s i o n')).toBe('Conclusion')
  })

  it('should take a short title-case paragraph between paragraphs for a heading, and not a sentence', () => {
    const line = (text: string, index = 0) => ({index, start: 0, text})
    const p = {kind: 'paragraph'}
    expect(isHeadingParagraph([line('Spikes in the Wheel of '), line('the Israel-Central Asia Dialog')], p, p, false)).toBe(true)
    expect(isHeadingParagraph([line('In the last decade Kazakhstan remained Israel’s main partner.')], p, p, false)).toBe(false)
    expect(isHeadingParagraph([line('Spikes in the Wheel')], p, p, true)).toBe(false)
    expect(isHeadingParagraph([line('Spikes in the Wheel')], {kind: 'heading'}, p, false)).toBe(false)
  })
})

describe('footnoteNumber', () => {
  it('should accept the footnote due and refuse dates and counts that continue a footnote', () => {
    expect(footnoteNumber('7\uFFFDSee:\uFFFDV.I.\uFFFDMesamed,\uFFFDop.\uFFFDcit.', 7)).toBe(7)
    expect(footnoteNumber('7\uFFFDSee:', 8)).toBeUndefined()
    expect(footnoteNumber('25\uFFFDJanuary,\uFFFD2020.', 25)).toBeUndefined()
    expect(footnoteNumber('3000\uFFFDin\uFFFDTurkmenistan;', 3000)).toBeUndefined()
    expect(footnoteNumber('39\uFFFD“Novye\uFFFDputi', 39)).toBe(39)
  })
})

describe('footnoteNumber on continuation lines', () => {
  it('should not take a line that goes on with a count or a lower-case word for a new footnote', () => {
    expect(footnoteNumber('15\uFFFDpercent\uFFFDof\uFFFDthe\uFFFDtotal,\uFFFDsee\uFFFDibid.', 15)).toBeUndefined()
    expect(footnoteNumber('15\uFFFDibid.,\uFFFDp.\uFFFD4.', 15)).toBe(15)
    expect(footnoteNumber('15\uFFFD“Title,”\uFFFDavailable', 15)).toBe(15)
  })
})
