/**
 * Footnote blocks at page bottoms: a numbered line starts a footnote (the
 * rules are in `footnote-start.ts`), lines go on with it until the page
 * turns, and text printed just before a page’s first footnote may be the
 * rest of the page before’s last one.
 */
import {isIndented, type Line} from '../lines.js'
import {continuationGroup, isComplete, isFootnoteContinuation} from '../footnotes.js'
import {footnoteStart} from '../footnote-start.js'
import {opensEntry} from '../references.js'
import {closeParagraph, endFootnote, report, type LayoutState, type LineInfo} from './state.js'

/** A line that starts a footnote, which then holds the lines after it. */
export function startsFootnote(line: Line, state: LayoutState, info: LineInfo): boolean {
  const start = footnoteStart(line.text, {
    due: due(state),
    expectedMarker: state.expectedMarker,
    inBlock: state.mode === 'footnote',
    afterBreak: state.mode !== 'body' || state.blankPending || state.paragraph === undefined,
    previousText: state.previousText,
    previous: state.footnotes[state.footnotes.length - 1]
  })
  if (start?.problem) report(state, start.problem.reason, info.place, start.problem.ruleId)
  const number = start?.n
  if (number === undefined) return false
  // A footnote before its marker: the marker was lost (reported when the document is checked); the sequence goes on.
  if (number >= state.expectedMarker) state.expectedMarker = number + 1
  if (state.mode === 'footnote') endFootnote(state, 'next-footnote')
  closeParagraph(state)
  state.figure = undefined
  state.footnote = {kind: 'footnote', n: number, lines: [line]}
  state.footnotes.push(state.footnote)
  state.mode = 'footnote'
  state.interrupted = true
  state.previousText = line.text
  return true
}

/** Inside a footnote block: the line goes on with the note, or with the rest of the block. */
export function footnoteGoesOn(line: Line, state: LayoutState, info: LineInfo): boolean {
  return goesOnWithNote(line, state) || keptUpToNextFootnote(line, state, info)
}

/** Text printed just before a page's first numbered footnote may be the rest of the last footnote of the page before. */
export function continuesFromPageBefore(line: Line, state: LayoutState, info: LineInfo): boolean {
  const previous = state.footnotes[state.footnotes.length - 1]
  if (state.mode !== 'body' || !(info.afterBlank || !state.paragraph) || previous?.endedBy !== 'page-break') return false
  const group = continuationGroup(state.lines, state.index, previous.n + 1, state.expectedMarker)
  const evidence = {previous, inReferences: state.references !== undefined, bodyLineLength: state.lengths.body, footnoteLineLength: state.lengths.footnote, opensEntry: (text: string) => opensEntry(text, undefined)}
  if (group && isFootnoteContinuation(group.pieces, evidence)) {
    previous.lines.push(...group.lines)
    previous.endedBy = 'next-footnote'
    report(state, `Joined text to footnote ${previous.n}: it continues it from the page before`, info.place, 'footnote-continuation')
    state.index += group.span - 1
    return true
  }
  if (group && group.pieces.length === 1 && !isComplete(previous)) {
    const at = previous.lines.at(-1)
    report(state, `Kept text in the body, though footnote ${previous.n} (line ${(at?.index ?? 0) + 1}) breaks off before it: it reads as a paragraph`, info.place, 'ambiguous-continuation')
  }
  return false
}

/** The footnote number due: the last one’s plus one. */
function due(state: LayoutState): number {
  return (state.footnotes[state.footnotes.length - 1]?.n ?? 0) + 1
}

/**
 * A line goes on with the note, unless the page turned: an indented line,
 * or words after a note that is complete (where a page does not open with a space).
 */
function goesOnWithNote(line: Line, state: LayoutState): boolean {
  const {footnote} = state
  if (isIndented(line.text) || (footnote && isComplete(footnote) && /^\p{L}/u.test(line.text))) return false
  footnote?.lines.push(line)
  state.previousText = line.text
  return true
}

/**
 * A complete-looking note, then words, then the next footnote whose marker the body has shown:
 * no page turned in between (its footnote would sit on the page of its marker), so the words are the note’s.
 */
function keptUpToNextFootnote(line: Line, state: LayoutState, info: LineInfo): boolean {
  const {footnote} = state
  if (!footnote || isIndented(line.text)) return false
  const next = due(state)
  const group = continuationGroup(state.lines, state.index, next, state.expectedMarker, true)
  if (!group || group.lines.length > 8) return false
  footnote.lines.push(...group.lines)
  report(state, `Kept text in footnote ${footnote.n}: the footnote block goes on to the page’s end or footnote ${next}`, info.place, 'footnote-continuation')
  state.index += group.span - 1
  state.previousText = group.lines.at(-1)?.text ?? state.previousText
  return true
}
