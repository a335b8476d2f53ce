/**
 * Page furniture: running headers and page numbers. Both are read for the
 * publication data, removed (the ledger says so), and mark a page break:
 * the paragraph and the footnote block before them are cut there.
 */
import type {Line} from '../lines.js'
import {readHeader} from '../page.js'
import {interrupt, type LayoutState} from './state.js'

/** A running header: journal, volume, issue, year, maybe the page number. */
export function runningHeaderLine(line: Line, state: LayoutState): void {
  readHeader(line.text, state.meta)
  turnPage(line, state, 'running-header')
}

/** A page number on a line of its own. */
export function pageNumberLine(line: Line, state: LayoutState): void {
  state.meta.pages.push(line.text.trim())
  turnPage(line, state, 'page-number')
}

function turnPage(line: Line, state: LayoutState, reason: 'running-header' | 'page-number'): void {
  state.ledger.push({offset: line.start, removed: line.text, inserted: '', reason})
  interrupt(state)
  state.mode = 'body'
}
