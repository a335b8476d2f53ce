/**
 * Blank lines. They end nothing by themselves: what one does depends on the
 * mode, and inside a footnote block, a table or a source it is extraction noise.
 */
import type {Line} from '../lines.js'
import type {LayoutState, Mode} from './state.js'

/** What a blank line does in each mode. */
const inMode: Readonly<Partial<Record<Mode, (state: LayoutState) => void>>> = {
  // A blank line inside a paragraph may end it: the next line decides (`continuesAcrossBlank`).
  body(state) {
    state.blankPending = state.paragraph !== undefined
  },
  // After a caption come a table’s rows; a figure has none (its image is gone), so the body goes on.
  caption(state) {
    if ((state.figure?.caption.length ?? 0) > 0) state.mode = state.figure?.name === 'figure' ? 'body' : 'rows'
  },
  // Keywords end at the first blank line.
  keywords(state) {
    state.mode = 'body'
  }
}

/** A blank line. */
export function blankLine(_line: Line, state: LayoutState): void {
  inMode[state.mode]?.(state)
  state.blankSeen = true
}
