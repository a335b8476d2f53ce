/**
 * Sentence segmentation: `Intl.Segmenter` (ICU's sentence rules) followed by
 * a merge pass driven by an abbreviation table, because ICU breaks after any
 * period followed by a capital or a digit ("V.I. Mesamed", "p. 49").
 *
 * @packageDocumentation
 */

/** A sentence as a half-open range `[start, end)` of offsets into the segmented string. */
export interface Span {
  start: number
  end: number
}

/**
 * Abbreviations after which a sentence never ends, whatever follows
 * (compared with the word before the period, case-sensitively).
 */
const always = new Set([
  'Fig', 'Figs', 'No', 'Nos', 'p', 'pp', 'Vol', 'vol', 'op', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'vs', 'cf',
  'e.g', 'i.e', 'ed', 'eds', 'Ph.D', 'Jr', 'Sr', 'approx', 'ca', 'Gen', 'Gov', 'Sen', 'Rep', 'Art', 'Ch',
  // Transliterated two-letter initials: "Iu.I. Kostenko".
  'Iu', 'Yu', 'Zh', 'Sh'
])

/** Abbreviations after which a sentence ends unless a lowercase word or a number follows. */
const before = new Set([
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'cit', 'etc', 'Inc', 'Ltd', 'Co'
])

/** Initialisms of places and bodies ("the U.N. GA"): a break after them is kept unless an acronym follows. */
const bodies = new Set(['U.N', 'U.S', 'U.K', 'E.U', 'U.S.S.R', 'U.S.A'])
/** Initials of a person, "V." or "V.I." or "Iu.I.": a name follows, never a new sentence. */
const initials = /^(?:\p{Lu}\p{Ll}?\.)*\p{Lu}\p{Ll}?$/u

let cached: Intl.Segmenter | undefined

/**
 * Split `text` into sentences.
 *
 * Note: newlines are breaks for ICU; callers should pass paragraph text with
 * soft line breaks turned into spaces (same length, so offsets are kept).
 *
 * @param text
 *   Plain text of one paragraph.
 * @returns
 *   Sentence ranges, in order, covering `text` (trailing whitespace included).
 * @example
 *   ```ts
 *   segment('V.I. Mesamed, op. cit., p. 49. It rose.').map((s) => s.end)
 *   // => [31, 40]
 *   ```
 */
export function segment(text: string): Span[] {
  cached ??= new Intl.Segmenter('en', {granularity: 'sentence'})
  const spans: Span[] = []
  for (const part of cached.segment(text)) {
    const span = {start: part.index, end: part.index + part.segment.length}
    const last = spans.at(-1)
    if (last && joins(text.slice(last.start, last.end), part.segment)) last.end = span.end
    else spans.push(span)
  }
  return spans
}

/** Whether the break between `left` and `right` is a false one (an abbreviation, not a sentence end). */
function joins(left: string, right: string): boolean {
  const next = /^[\s"“‘(]*(\S+)/u.exec(right)?.[1] ?? ''
  if (/^\p{Ll}/u.test(next)) return true
  const word = /(\S+)\.\s*$/u.exec(left)?.[1]?.replace(/^.*[("“‘[]/u, '')
  if (word === undefined) return false
  // A number goes on an abbreviation (“p. 49”, “Jan. 2019”, “op. cit. 12”), not a full sentence (“Trade fell. 2019 saw…”).
  if (/^\d/u.test(next)) return always.has(word) || before.has(word) || initials.test(word)
  if (always.has(word)) return true
  if (before.has(word)) return false
  if (bodies.has(word)) return /^\p{Lu}{2,}\b/u.test(next)
  return initials.test(word)
}
