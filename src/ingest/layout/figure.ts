/**
 * Figures and tables: a label (“F i g u r e  1”) opens one and its caption;
 * after a blank line a table’s rows follow; “S o u r c e:” lines close it.
 * The extraction prints these in any order, and sometimes only the source.
 */
import {isIndented, type Line} from '../lines.js'
import {figureLabel, figureName} from '../figures.js'
import {closeParagraph, endFootnote, interrupt, type LayoutState, type LineInfo} from './state.js'

/** A figure’s label line. */
export function figureLabelLine(line: Line, state: LayoutState, info: LineInfo): void {
  enterFigure(state)
  const {figure} = state
  // A source printed just before its label belongs to this figure (when the label follows at once).
  if (figure && figure.label === undefined && figure.caption.length === 0 && figure.source.length > 0 && info.afterBlank) {
    figure.label = line
    figure.n = figureLabel(line.text)
    figure.name = figureName(line.text)
  } else {
    state.figure = {kind: 'figure', name: figureName(line.text), n: figureLabel(line.text), label: line, caption: [], rows: [], source: []}
    state.blocks.push(state.figure)
  }
  state.mode = 'caption'
  state.previousText = line.text
}

/** A figure’s “S o u r c e:” line: it goes with the open figure, or opens an unlabelled one. */
export function figureSourceLine(line: Line, state: LayoutState): void {
  enterFigure(state)
  if (!state.figure || state.figure.source.length > 0) {
    state.figure = {kind: 'figure', name: 'figure', n: undefined, caption: [], rows: [], source: []}
    state.blocks.push(state.figure)
  }
  state.figure.source.push(line)
  state.mode = 'source'
  state.previousText = line.text
}

/** A caption is set with ordinary spaces; justified text (damaged spaces) is the body going on. */
export function captionGoesOn(line: Line, state: LayoutState): boolean {
  if (!state.figure || isIndented(line.text) || justified(line.text)) return false
  state.figure.caption.push(line)
  state.previousText = line.text
  return true
}

/** A table’s rows: lines set with ordinary spaces, up to its source or to justified body text. */
export function rowGoesOn(line: Line, state: LayoutState): boolean {
  if (!state.figure || isIndented(line.text) || justified(line.text)) return false
  state.figure.rows.push(line)
  state.previousText = line.text
  return true
}

/** A source goes on in lines indented by two spaces or more. */
export function sourceGoesOn(line: Line, state: LayoutState): boolean {
  if (!/^\s{2,}\S/.test(line.text) || !state.figure) return false
  state.figure.source.push(line)
  state.previousText = line.text
  return true
}

/** A label or a source ends the paragraph; a footnote block ends too, unless the figure was already open. */
function enterFigure(state: LayoutState): void {
  if (state.mode !== 'source' && state.mode !== 'caption') interrupt(state)
  else endFootnote(state, 'page-break')
  closeParagraph(state)
}

/** Set with damaged spaces, as justified body text is. */
function justified(text: string): boolean {
  return (text.match(/\uFFFD/g) ?? []).length >= 3
}
