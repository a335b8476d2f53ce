/**
 * Body paragraphs and headings as the layout builds them, and what it asks of
 * them: whether one ends its sentence, holds a marker, goes on across a blank line.
 */
import {classify, type Line} from './lines.js'

/** A body paragraph (its lines may span a page break). */
export interface ParagraphBlock {
  kind: 'paragraph'
  lines: Line[]
  /** Reopened after a page break or a footnote block. */
  continued: boolean
}

/** A section heading. */
export interface HeadingBlock {
  kind: 'heading'
  text: string
  lines: Line[]
}

/** A marker found in the body, by raw offsets of its digits. */
export interface BodyMarker {
  n: number
  start: number
  end: number
}

/** Sentence-final text: the paragraph is complete (markers already taken off). */
export const terminated = /[.!?…]["”’)]*$|[.!?…]["”’)]*\d{1,3}$/

/** The run of text lines from `start` up to a blank line or another kind of line. */
export function runAt(lines: readonly Line[], start: number): Line[] {
  const run: Line[] = []
  for (let i = start; i < lines.length && classify(lines[i]?.text ?? '') === 'text'; i++) run.push(lines[i]!)
  return run
}

/** A blank line inside a paragraph: the line before it breaks a word or a sentence that the next line goes on with. */
export function continuesAcrossBlank(before: string, after: string): boolean {
  return /\p{L}-$/u.test(before) || (/[\uFFFD ]$/.test(before) && /^\s*\p{Ll}/u.test(after))
}

export function hasMarkers(paragraph: ParagraphBlock, markers: readonly BodyMarker[]): boolean {
  return paragraph.lines.some((line) => markers.some((m) => m.start >= line.start && m.start < line.start + line.text.length))
}

/** Whether a paragraph ends a sentence (a trailing marker does not count against it). */
export function isTerminated(paragraph: ParagraphBlock, markers: readonly BodyMarker[]): boolean {
  const last = paragraph.lines[paragraph.lines.length - 1]
  if (!last) return true
  const text = last.text.replace(/[\uFFFD\s]+$/, '')
  const end = last.start + text.length
  const marker = markers.find((m) => m.end === end)
  const body = marker ? text.slice(0, marker.start - last.start) : text
  return terminated.test(body)
}
