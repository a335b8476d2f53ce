/**
 * Headings. Section titles come either letter-spaced (“I n t r o d u c t i o n”)
 * or as a short paragraph of one to three short lines, in title case, without
 * final punctuation, between complete paragraphs.
 */
import type {Line} from './lines.js'
import {unspace} from './lines.js'

/** Words that stay lower case in a title. */
const minor = new Set(
  'a an and as at between but by for from in into nor of on or over per the to under upon via with within without against among vs'.split(' ')
)

/** “A B S T R A C T” → “Abstract”; “I n t r o d u c t i o n” → “Introduction”. */
export function headingFromSpaced(text: string): string {
  const plain = unspace(text)
  return plain === plain.toUpperCase() ? titleCase(plain) : plain
}

/** Title-case an upper-case title: “CENTRAL ASIA AND THE CAUCASUS” → “Central Asia and the Caucasus”. */
export function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(' ')
    .map((word, index) => (index > 0 && minor.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ')
}

interface Neighbour {
  kind: string
}

/**
 * Whether a paragraph is a plain heading.
 *
 * @param lines     The paragraph’s lines.
 * @param before    Block before it (a heading never directly follows a heading).
 * @param after     Block after it (a heading is followed by text).
 * @param hasMarker A paragraph carrying a footnote marker is text.
 */
export function isHeadingParagraph(lines: readonly Line[], before: Neighbour | undefined, after: Neighbour | undefined, hasMarker: boolean): boolean {
  if (hasMarker || lines.length === 0 || lines.length > 3 || after?.kind !== 'paragraph' || before?.kind === 'heading') return false
  // A section number (“2.”, “2.1”, “IV.”) may lead the title.
  const texts = lines.map((line, index) => {
    const text = line.text.replace(/[\uFFFD\s]+/g, ' ').trim()
    return index === 0 ? text.replace(/^(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+(?=\p{Lu})/u, '') : text
  })
  const text = texts.join(' ')
  if (texts.some((t) => t.length > 70) || text.length > 160) return false
  if (!/^\p{Lu}/u.test(text) || /[.,;:!?…\-—]$/.test(text)) return false
  const words = text.split(' ').filter((word) => /^\p{L}/u.test(word))
  const major = words.filter((word) => !minor.has(word.toLowerCase()))
  const capitalised = major.filter((word) => /^\p{Lu}/u.test(word))
  return major.length > 0 && capitalised.length / major.length >= 0.6
}
