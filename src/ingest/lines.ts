/**
 * Lines of the raw extraction and what each one looks like. The layout stage
 * reads these kinds; it never looks at a line’s words beyond this table.
 */

/** One raw line with its place in the file. */
export interface Line {
  /** 0-based index. */
  index: number
  /** Offset of the first character in the raw file. */
  start: number
  /** The line without its line ending. */
  text: string
}

/** Shapes a line can have, tried in table order. */
export type LineKind =
  | 'blank'
  | 'running-header'
  | 'page-number'
  | 'figure-label'
  | 'figure-source'
  | 'spaced-heading'
  | 'keywords'
  | 'text'

/** U+FFFD: what this extraction printed for most inter-word spaces. */
export const DAMAGED_SPACE = '\uFFFD'

/** Whitespace including the damaged space. */
export const SPACE = /[\s\uFFFD]/

/** A word typeset letter-spaced: “I n t r o d u c t i o n”, “F i g u r e  1”. */
const spacedWord = String.raw`\S(?: \S)+`

/**
 * Running headers of the journal: “Volume 21  Issue 2  2020 CENTRAL ASIA AND THE CAUCASUS  English Edition”,
 * in either order, maybe with the page number: a short line set with ordinary spaces.
 */
export const runningHeader = /^(?=[^\uFFFD]{0,160}$)\s*(.*?)\s*\bVolume\s+(\d+)\s+Issue\s+(\d+)\s+(\d{4})\b\s*(.*?)\s*$/

const table: ReadonlyArray<[LineKind, RegExp]> = [
  ['blank', /^[\s\uFFFD]*$/],
  ['running-header', runningHeader],
  ['page-number', /^\s*\d{1,4}\s*$/],
  ['figure-label', /^\s*(?:F i g u r e|T a b l e|D i a g r a m|C h a r t|S c h e m e|M a p|Figure|Table|Diagram|Chart|Scheme|Map)\s+(\d+)\.?\s*$/],
  ['figure-source', /^\s*S o u r c e\s*:/],
  ['spaced-heading', new RegExp(String.raw`^\s*${spacedWord}(?:\s{2,}${spacedWord})*\s*$`)],
  ['keywords', /^\s*(?:K E Y W O R D S|KEYWORDS|Keywords)\s*:/]
]

/** Classify one line by the first matching shape. */
export function classify(text: string): LineKind {
  for (const [kind, pattern] of table) if (pattern.test(text)) return kind
  return 'text'
}

/** Split raw text into lines (LF, CRLF or CR endings). */
export function splitLines(raw: string): Line[] {
  const lines: Line[] = []
  const pattern = /\r\n|\r|\n/g
  let start = 0
  let match: RegExpExecArray | null
  while ((match = pattern.exec(raw))) {
    lines.push({index: lines.length, start, text: raw.slice(start, match.index)})
    start = match.index + match[0].length
  }
  if (start < raw.length) lines.push({index: lines.length, start, text: raw.slice(start)})
  return lines
}

/** Undo letter-spacing: “I n t r o d u c t i o n” → “Introduction”, “F i g u r e  1” → “Figure 1”. */
export function unspace(text: string): string {
  return text
    .trim()
    .split(/\s{2,}/)
    .map((word) => word.replace(/ /g, ''))
    .join(' ')
}

/** Whether a line starts with whitespace: in this extraction, the first line of a new page or an indented line. */
export function isIndented(text: string): boolean {
  return /^[ \t]/.test(text)
}

/**
 * Line and column (1-based) of an offset in the raw text.
 *
 * @example
 *   pointAt('ab\ncd', 4) // → {line: 2, column: 2}
 */
export function pointAt(raw: string, offset: number): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  for (let i = raw.indexOf('\n'); i !== -1 && i < offset; i = raw.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return {line, column: offset - lineStart + 1}
}
