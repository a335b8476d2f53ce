/**
 * The keywords: “K E Y W O R D S:” and the lines after it, up to a blank
 * line. They go to the front matter, not the body.
 */
import type {Line} from '../lines.js'
import {interrupt, type LayoutState} from './state.js'

/** The line that opens the keywords. */
export function keywordsLine(line: Line, state: LayoutState): void {
  interrupt(state, 'end')
  state.interrupted = false
  state.keywords.push(line)
  state.mode = 'keywords'
}

/**
 * Every text line goes on with the keywords, up to a blank line.
 *
 * Note: it leaves `previousText` as it was, as the line that opened them does.
 */
export function keywordsGoOn(line: Line, state: LayoutState): boolean {
  state.keywords.push(line)
  return true
}
