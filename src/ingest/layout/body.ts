/**
 * Body text: the lines no other rule took. They go to the reference list
 * once its heading is passed; otherwise to a paragraph — the open one, the
 * one a page break or a footnote block cut, or a new one — and the body’s
 * footnote markers are taken off them in sequence.
 */
import type {Line} from '../lines.js'
import {takeMarkers} from '../markers.js'
import {isHeadingParagraph} from '../headings.js'
import {continuesAcrossBlank, hasMarkers, isTerminated, runAt, type ParagraphBlock} from '../paragraphs.js'
import {closeParagraph, endFootnote, report, type LayoutState} from './state.js'

/** A line of body text (takes any line: the last rule). */
export function bodyText(line: Line, state: LayoutState): boolean {
  if (state.mode !== 'body') {
    if (state.mode === 'footnote') endFootnote(state, 'page-break')
    state.mode = 'body'
    state.interrupted = true
  }
  if (state.references) {
    // The reference list: its entries are told apart later (`splitEntries`); no markers there.
    state.references.lines.push(line)
    state.previousText = line.text
    return true
  }
  if (state.paragraph && state.blankPending && !continuesAcrossBlank(state.previousText, line.text)) closeParagraph(state)
  const paragraph = state.paragraph ?? openParagraph(state)
  state.paragraph = paragraph
  state.interrupted = false
  state.blankPending = false
  state.figure = undefined
  paragraph.lines.push(line)
  state.lastParagraph = paragraph
  takeBodyMarkers(line, state)
  state.previousText = line.text
  return true
}

/** The paragraph a new body line opens: the cut one reopened, or a new one. */
function openParagraph(state: LayoutState): ParagraphBlock {
  const {lastParagraph, blocks, markers} = state
  // A page break or a footnote block cut the paragraph before, unless that was a heading (it ends without a stop too).
  // A heading’s own rest (a short run set apart) still joins it: “2. The Cotton Boom under Tsarist | Rule, 1880s-1917”.
  const before = lastParagraph && blocks[blocks.indexOf(lastParagraph) - 1]
  const heading = lastParagraph && isHeadingParagraph(lastParagraph.lines, before, {kind: 'paragraph'}, hasMarkers(lastParagraph, markers))
  const rest = heading ? runAt(state.lines, state.index) : []
  const headingGoesOn = heading && lastParagraph !== undefined && isHeadingParagraph([...lastParagraph.lines, ...rest], before, {kind: 'paragraph'}, false)
  if (state.interrupted && lastParagraph && (!heading || headingGoesOn) && !isTerminated(lastParagraph, markers)) {
    lastParagraph.continued = true
    return lastParagraph
  }
  const paragraph: ParagraphBlock = {kind: 'paragraph', lines: [], continued: false}
  blocks.push(paragraph)
  return paragraph
}

/** Take the markers the sequence expects off a body line; note the ones it skipped, and report one out of order. */
function takeBodyMarkers(line: Line, state: LayoutState): void {
  for (const marker of takeMarkers(line.text, state.expectedMarker, new Set(state.skipped.keys()))) {
    for (const n of marker.skipped) state.skipped.set(n, {line: line.index + 1, column: marker.start + 1})
    if (marker.outOfOrder) {
      state.skipped.delete(marker.value)
      report(state, `Unexpected marker \`${marker.value}\` after marker ${state.expectedMarker - 1}, expected it before: kept where it is printed`, {line: line.index + 1, column: marker.start + 1}, 'marker-out-of-order')
    } else state.expectedMarker = marker.value + 1
    state.markers.push({n: marker.value, start: line.start + marker.start, end: line.start + marker.end})
  }
}
