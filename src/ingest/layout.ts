/**
 * Layout: from raw lines to the article’s reading order. One pass over the
 * lines, as a small state machine (body, footnote block, figure caption,
 * table rows, figure source, keywords), removes running headers and page
 * numbers, splits page-bottom footnotes off the body, joins body paragraphs
 * that a page break or a footnote block cut, and takes the body’s footnote
 * markers in sequence. Each line goes to the handler of its kind
 * (`layout/handle.ts`), as mdast-util-to-markdown hands each node to the
 * handler of its type; the handlers share one state (`layout/state.ts`).
 */
import type {VFile} from 'vfile'
import type {Ledger} from './mapped.js'
import {classify, type Line} from './lines.js'
import {settle, type LayoutMeta} from './page.js'
import type {FootnoteBlock} from './footnotes.js'
import type {BodyMarker} from './paragraphs.js'
import {createState, endFootnote, report, type Block} from './layout/state.js'
import {handle} from './layout/handle.js'
import {promoteHeadings} from './layout/heading.js'

export type {BodyMarker, HeadingBlock, ParagraphBlock} from './paragraphs.js'
export type {LayoutMeta} from './page.js'
export type {Block} from './layout/state.js'

/** The article in reading order, with what was set apart from it. */
export interface Layout {
  blocks: Block[]
  footnotes: FootnoteBlock[]
  markers: BodyMarker[]
  keywords: Line[]
  meta: LayoutMeta
}

/**
 * Lay out raw lines.
 *
 * @param lines   From `splitLines`.
 * @param file    Receives diagnostics (`missing-marker`, `footnote-without-marker`…).
 * @param ledger  Receives the lines removed (`running-header`, `page-number`).
 * @returns       Blocks, footnotes, markers, keywords and publication data.
 * @example
 *   layout(splitLines('Text.1\n\n1 See: A. Author, Book, 2012.'), file, []).footnotes[0].n
 *   // → 1
 */
export function layout(lines: readonly Line[], file: VFile, ledger: Ledger): Layout {
  const state = createState(lines, file, ledger)
  for (; state.index < lines.length; state.index++) {
    const line = lines[state.index]
    if (!line) continue
    const info = {place: {line: line.index + 1, column: 1}, afterBlank: state.blankSeen || state.index === 0}
    // Some shapes are what they seem only in their place (`settle`): the kind decides the handler.
    const kind = settle(classify(line.text), line.text, info.afterBlank, state.mode === 'footnote', lines[state.index + 1])
    if (kind !== 'blank') state.blankSeen = false
    handle[kind](line, state, info)
  }
  endFootnote(state, 'end')
  // Markers the sequence skipped and never met later were lost.
  for (const [n, place] of state.skipped) report(state, `Missing marker \`${n}\`: the body goes from ${n - 1} to ${n + 1}`, place, 'missing-marker')
  promoteHeadings(state.blocks, state.markers)
  const {blocks, footnotes, markers, keywords, meta} = state
  return {blocks, footnotes, markers, keywords, meta}
}
