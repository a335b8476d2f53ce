/**
 * What the layout’s handlers share while they walk the lines: the blocks
 * found so far, the block a line would go on with, and where the footnote
 * and marker sequences stand. One object, passed to every handler, as
 * mdast-util-to-markdown passes its `state`.
 */
import type {VFile} from 'vfile'
import type {Ledger} from '../mapped.js'
import type {Line} from '../lines.js'
import type {LayoutMeta} from '../page.js'
import {lineLengths, type FootnoteBlock} from '../footnotes.js'
import type {FigureBlock} from '../figures.js'
import type {ReferenceListBlock} from '../references.js'
import type {BodyMarker, HeadingBlock, ParagraphBlock} from '../paragraphs.js'

/** A block of the article’s reading order. */
export type Block = ParagraphBlock | HeadingBlock | FigureBlock | ReferenceListBlock

/** The kind of block the last text line went to: what decides where the next one goes. */
export type Mode = 'body' | 'footnote' | 'caption' | 'rows' | 'source' | 'keywords'

/** How a footnote block ended. */
export type EndedBy = NonNullable<FootnoteBlock['endedBy']>

/** Everything the handlers read and write. */
export interface LayoutState {
  /** All the lines, for the handlers that look ahead. */
  readonly lines: readonly Line[]
  /** The index of the line at hand (a handler that takes the lines after it moves it on). */
  index: number
  /** Receives diagnostics. */
  readonly file: VFile
  /** Receives the lines removed. */
  readonly ledger: Ledger
  /** Typical lengths of body and footnote lines, measured once. */
  readonly lengths: {body: number; footnote: number}
  readonly blocks: Block[]
  readonly footnotes: FootnoteBlock[]
  readonly markers: BodyMarker[]
  readonly keywords: Line[]
  readonly meta: LayoutMeta
  mode: Mode
  /** The open body paragraph. */
  paragraph: ParagraphBlock | undefined
  /** The paragraph a page break or a footnote block may have cut, to reopen. */
  lastParagraph: ParagraphBlock | undefined
  /** A blank line came inside the open paragraph. */
  blankPending: boolean
  /** A page break or another block came since the last body line. */
  interrupted: boolean
  /** The open figure. */
  figure: FigureBlock | undefined
  /** The open footnote. */
  footnote: FootnoteBlock | undefined
  /** The reference list, once its heading is passed: body text goes there. */
  references: ReferenceListBlock | undefined
  /** The marker the body expects next. */
  expectedMarker: number
  /** Markers the sequence skipped, with where: reported as missing unless printed later, out of order. */
  readonly skipped: Map<number, {line: number; column: number}>
  /** The text line before (not every handler sets it: furniture, keywords and text joined from the page before leave it). */
  previousText: string
  /** Whether a blank line came since the last text line. */
  blankSeen: boolean
}

/** What a handler knows of the line at hand besides the line. */
export interface LineInfo {
  /** Its place, for diagnostics. */
  place: {line: number; column: number}
  /** Whether it follows a blank line or opens the text. */
  afterBlank: boolean
}

/**
 * A fresh state at the first line.
 *
 * @param lines   From `splitLines`.
 * @param file    Receives diagnostics.
 * @param ledger  Receives the lines removed.
 * @returns       The state, in the body, before any block.
 */
export function createState(lines: readonly Line[], file: VFile, ledger: Ledger): LayoutState {
  return {
    lines,
    index: 0,
    file,
    ledger,
    lengths: lineLengths(lines),
    blocks: [],
    footnotes: [],
    markers: [],
    keywords: [],
    meta: {pages: []},
    mode: 'body',
    paragraph: undefined,
    lastParagraph: undefined,
    blankPending: false,
    interrupted: false,
    figure: undefined,
    footnote: undefined,
    references: undefined,
    expectedMarker: 1,
    skipped: new Map(),
    previousText: '',
    blankSeen: false
  }
}

/** Close the open footnote, saying how its block ended. */
export function endFootnote(state: LayoutState, how: EndedBy): void {
  if (state.footnote) state.footnote.endedBy = how
  state.footnote = undefined
}

/** Close the open paragraph (a later body line may still reopen it as `lastParagraph`). */
export function closeParagraph(state: LayoutState): void {
  state.paragraph = undefined
  state.blankPending = false
}

/** Something that is not body text came: the paragraph and a footnote block end there. */
export function interrupt(state: LayoutState, how: EndedBy = 'page-break'): void {
  closeParagraph(state)
  if (state.mode === 'footnote') endFootnote(state, how)
  state.interrupted = true
}

/** Report a problem at a place, as every ingest diagnostic is reported. */
export function report(state: LayoutState, reason: string, place: {line: number; column: number}, ruleId: string): void {
  state.file.message(reason, {place, ruleId, source: 'claimtrace'})
}

/** What a line of one kind does to the state (see `handle.ts`). */
export type LineHandler = (line: Line, state: LayoutState, info: LineInfo) => void

/** A rule for a text line: `true` when it took the line, `false` to leave it to the next rule. */
export type TextRule = (line: Line, state: LayoutState, info: LineInfo) => boolean
