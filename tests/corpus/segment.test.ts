import {describe, expect, it} from 'vitest'
import {segment} from '../../src/language/segment.js'

function sentences(text: string): string[] {
  return segment(text).map((span) => text.slice(span.start, span.end).trim())
}

describe('segment', () => {
  it('should keep initials with the name they belong to', () => {
    expect(sentences('See: V.I. Mesamed, op. cit., pp. 56-57. Iu.I. Kostenko agrees.')).toEqual([
      'See: V.I. Mesamed, op. cit., pp. 56-57.',
      'Iu.I. Kostenko agrees.'
    ])
  })

  it('should not end a sentence after “U.N.” before an acronym', () => {
    expect(sentences('It supported the U.N. GA resolution that condemned the suppression. Then relations slowed.')).toEqual([
      'It supported the U.N. GA resolution that condemned the suppression.',
      'Then relations slowed.'
    ])
  })

  it('should end a sentence after “U.N.” before an ordinary word', () => {
    expect(sentences('It works within the U.N. The sides agreed.')).toEqual(['It works within the U.N.', 'The sides agreed.'])
  })

  it('should survive figure, number, page and month abbreviations and decimals', () => {
    expect(sentences('Trade grew (see Fig. 1) to $2.43 billion, Studies, No. 107, p. 49, 14 Dec. 2011. Kazakhstan supplied grain.')).toEqual([
      'Trade grew (see Fig. 1) to $2.43 billion, Studies, No. 107, p. 49, 14 Dec. 2011.',
      'Kazakhstan supplied grain.'
    ])
  })

  it('should keep an ellipsis inside a quotation in one sentence', () => {
    expect(sentences('“The end of the Cold War ... have created new and great possibilities” for Israel. It acted.')).toEqual([
      '“The end of the Cold War ... have created new and great possibilities” for Israel.',
      'It acted.'
    ])
  })

  it('should end a sentence after a closing quote', () => {
    expect(sentences('The population “had no prejudices against the Jewish state.” Israel interpreted the relations as a chance.')).toEqual([
      'The population “had no prejudices against the Jewish state.”',
      'Israel interpreted the relations as a chance.'
    ])
  })
})

describe('segment before a number', () => {
  it('should keep a number after an abbreviation in its sentence', () => {
    const text = 'It rose, see p. 49 and Jan. 2020. It fell.'
    expect(segment(text).map((s) => text.slice(s.start, s.end).trim())).toEqual(['It rose, see p. 49 and Jan. 2020.', 'It fell.'])
  })
})
