/**
 * Footnotes at page bottoms. A footnote starts with its number and a space
 * (`12�See: …`); its number is the next one due, and — since a footnote
 * sits on the page of its marker — the body has already shown that marker.
 * Lines after it belong to it until the next footnote starts or the page
 * ends; blank lines inside a block are extraction noise.
 */
import {classify, isIndented, type Line} from './lines.js'
import {monthNumbers} from '../_calendar.js'
import {takeMarkers} from './markers.js'
import {YEAR} from '../facts/years.js'

const months = Object.keys(monthNumbers).map((name) => name.charAt(0).toUpperCase() + name.slice(1)).join('|')

/** How a complete note ends: a stop or bracket, or a year after a comma or a month (`…, 14 February, 2020`), not in a sentence (`…although in 1939`). */
const noteEnd = new RegExp(String.raw`(?:[.)\]]|(?:,|\b(?:${months}))[\s\uFFFD]*${YEAR})$`, 'u')

/** A line that starts with a number, a space and text: perhaps a footnote. */
const numbered = /^\s{0,2}(\d{1,3})[\uFFFD \t]+(?=\S)/

/**
 * How a note opens: a capital, a quote or bracket, or one of the few
 * lower-case openings notes use (cf., ibid., op. cit., see, e.g.) — not a
 * month (`25 January, 2020.` goes on with the previous note) nor a lower-case
 * word (`15 percent of …`).
 */
const noteOpening = new RegExp(String.raw`^\s{0,2}\d{1,3}[\uFFFD \t]+(?!(?:${months})\b)(?:\p{Lu}|[“"‘'(\[*«]|(?:cf|ibid|op|see|e\.g|i\.e)\b)`, 'u')

/**
 * The number a line starts with, when it could start a footnote.
 *
 * @example
 *   leadingNumber('12\uFFFD1989 population census') // → 12
 *   leadingNumber('2019, available at')             // → undefined
 */
export function leadingNumber(text: string): number | undefined {
  const match = numbered.exec(text)
  return match ? Number(match[1]) : undefined
}

/**
 * Whether a numbered line opens the way a note does (see `noteOpening`):
 * what decides, inside a footnote block, between a new footnote and a line
 * of the previous one that happens to start with the next number.
 */
export function opensLikeNote(text: string): boolean {
  return noteOpening.test(text)
}

/**
 * The footnote number a line starts, if it starts footnote `expected` and opens like a note.
 *
 * @example
 *   footnoteNumber('7\uFFFDSee: V.I. Mesamed, op. cit.', 7) // → 7
 *   footnoteNumber('25\uFFFDJanuary, 2020.', 25)           // → undefined
 */
export function footnoteNumber(text: string, expected: number): number | undefined {
  const n = leadingNumber(text)
  return n === expected && opensLikeNote(text) ? n : undefined
}

/** Length of the number and the space after it, to strip from a footnote’s first line. */
export function footnoteLabelLength(text: string): number {
  return /^\s*\d+[\uFFFD \t]+/.exec(text)?.[0].length ?? 0
}

/** A footnote as the layout found it. */
export interface FootnoteBlock {
  kind: 'footnote'
  n: number
  lines: Line[]
  /** How the block holding it ended: a page break may mean it goes on at the next page’s bottom. */
  endedBy?: 'next-footnote' | 'page-break' | 'end'
}

/**
 * Whether a footnote reads complete: it ends with a full stop, a bracket or a
 * year, outside any URL, and not on an abbreviation (“No.”, “pp.”) that the
 * next line goes on from.
 *
 * @example
 *   isComplete({kind: 'footnote', n: 2, lines: [{index: 0, start: 0, text: '2 V.I. Mesamed, Moscow, 2012, p. 49.'}]}) // → true
 */
export function isComplete(footnote: FootnoteBlock): boolean {
  const text = noteText(footnote)
  if (text.lastIndexOf('[') > text.lastIndexOf(']')) return false
  if (/(?:^|[\s\uFFFD(])(?:p|pp|No|Nos|Vol|vol|op|cit|ed|eds|art|Art|ch|Ch|Cf|cf|\p{Lu})\.$/u.test(text)) return false
  return noteEnd.test(text)
}

/** A footnote's raw lines as one text, trailing spaces off. */
function noteText(footnote: FootnoteBlock): string {
  return footnote.lines.map((line) => line.text).join('\n').replace(/[\s\uFFFD]+$/, '')
}

/** Median of positive numbers (0 when empty). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** What decides whether text before a page’s first numbered footnote continues the footnote before it. */
export interface ContinuationEvidence {
  /** The footnote the page before ended with. */
  previous: FootnoteBlock | undefined
  /** Whether the text sits in a reference list, whose small type looks like the notes’. */
  inReferences: boolean
  bodyLineLength: number
  footnoteLineLength: number
  /** Whether a line opens a reference-list entry. */
  opensEntry(text: string): boolean
}

/** A line that is only the rest of a date: `February, 2023.` */
const restOfDate = new RegExp(String.raw`^\s*(?:${months})\b[^.]{0,30}\d{4}\.?[\s\uFFFD]*$`, 'u')

/** How a body paragraph or a heading opens: a capital, or a section number before one. */
const paragraphOpening = /^\s*(?:\p{Lu}|(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+\p{Lu})/u

/**
 * Whether text found just before a page’s first numbered footnote is in fact
 * the rest of the previous page’s last footnote. Its first run of lines
 * decides (whatever follows it up to the footnote block goes with it, since
 * nothing of the body comes after a note): it qualifies when it is set in the
 * footnotes’ longer lines (their type is smaller), or when the footnote
 * breaks off (a hyphen, a comma, `pp.`, an open URL) and the run does not
 * open like a paragraph; a single run even so when the cut is visible (a
 * hyphen, a comma, a letter, an open URL), not an abbreviation that may end a note. In a reference list, whose lines are as long,
 * only a note that breaks off takes text, and never an entry’s start.
 *
 * @returns
 *   `true` to join every run; `false` leaves the first as body text (a later run is weighed when it is reached).
 */
export function isFootnoteContinuation(pieces: readonly (readonly Line[])[], evidence: Readonly<ContinuationEvidence>): boolean {
  const {previous, bodyLineLength, footnoteLineLength, inReferences} = evidence
  const first = pieces[0] ?? []
  const count = pieces.reduce((sum, piece) => sum + piece.length, 0)
  if (!previous || previous.endedBy !== 'page-break' || first.length === 0 || count > 8) return false
  // A note cut in a word, after a comma or inside a URL visibly goes on; one on an abbreviation (`pp.`, `op. cit.`) may.
  const text = noteText(previous)
  const visiblyCut = /[-,;:\p{L}]$/u.test(text) || text.lastIndexOf('[') > text.lastIndexOf(']')
  const breaksOff = !isComplete(previous)
  // Full lines tell the type size; a run of one line counts when it is longer than body lines run.
  const full = (first.length > 1 ? first.slice(0, -1) : first).map((line) => line.text.length)
  const mean = full.reduce((a, b) => a + b, 0) / full.length
  const longLines = !inReferences && footnoteLineLength > bodyLineLength * 1.05 && mean > (bodyLineLength + footnoteLineLength) / 2
  // A short run that is only the rest of a date (`February, 2023.`) opens no paragraph, though it opens with a capital.
  const dateRest = (piece: readonly Line[]) => piece.length === 1 && restOfDate.test(piece[0]?.text ?? '')
  const opens = (piece: readonly Line[]) => (paragraphOpening.test(piece[0]?.text ?? '') && !dateRest(piece)) || (inReferences && evidence.opensEntry(piece[0]?.text ?? ''))
  if (inReferences) return breaksOff && !pieces.some(opens)
  return longLines || (breaksOff && !opens(first)) || (visiblyCut && pieces.length === 1)
}

/**
 * The lines from `start` up to the next text that starts footnote
 * `nextFootnote`, when they hold no marker the body expects. Blank lines
 * inside are skipped, as inside any footnote block; `pieces` are the runs of
 * lines they separate. With `orPageEnd`, the page’s number or running header
 * may end them too (inside a footnote block, nothing but notes comes before it).
 */
export function continuationGroup(lines: readonly Line[], start: number, nextFootnote: number, expectedMarker: number, orPageEnd = false): {lines: Line[]; pieces: Line[][]; span: number} | undefined {
  const shown = nextFootnote < expectedMarker
  if (!shown && !orPageEnd) return undefined
  const group: Line[] = []
  const pieces: Line[][] = []
  let blank = true
  let index = start
  for (; index < lines.length; index++) {
    const line = lines[index]
    if (!line) break
    const kind = classify(line.text)
    if (kind === 'blank') {
      blank = true
      continue
    }
    if (kind !== 'text' || footnoteNumber(line.text, nextFootnote) !== undefined || (orPageEnd && isIndented(line.text) && group.length > 0)) break
    if (takeMarkers(line.text, expectedMarker).length > 0) return undefined
    if (blank) pieces.push([])
    blank = false
    group.push(line)
    pieces.at(-1)?.push(line)
  }
  const next = lines[index]
  const last = group[group.length - 1]
  // Inside a block, the page also ends at its number, its running header, or the next page’s indented first line.
  const pageEnds = (line: Line) => /^(?:running-header|page-number)$/.test(classify(line.text)) || (isIndented(line.text) && group.length > 0)
  const ends = next && ((shown && footnoteNumber(next.text, nextFootnote) !== undefined) || (orPageEnd && pageEnds(next)))
  return last && ends ? {lines: group, pieces, span: last.index - start + 1} : undefined
}

/** Typical lengths of full body lines and footnote lines (footnotes are set smaller, so their lines are longer). */
export function lineLengths(lines: readonly Line[]): {body: number; footnote: number} {
  const damaged = (text: string) => (text.match(/\uFFFD/g) ?? []).length >= 3
  const full = lines.filter((l) => l.text.length >= 40 && damaged(l.text))
  return {
    body: median(full.filter((l) => !/^\d{1,3}\uFFFD/.test(l.text)).map((l) => l.text.length)),
    footnote: median(full.filter((l) => /^\d{1,3}\uFFFD/.test(l.text)).map((l) => l.text.length))
  }
}
