/**
 * Layout: from raw lines to the article’s reading order. One pass over the
 * lines, as a small state machine (body, footnote block, figure caption,
 * figure source, keywords), removes running headers and page numbers, splits
 * page-bottom footnotes off the body, joins body paragraphs that a page break
 * or a footnote block cut, and takes the body’s footnote markers in sequence.
 *
 * To do: the state machine’s branches as a table of handlers, so that this file is small again.
 */
import type {VFile} from 'vfile'
import type {Ledger} from './mapped.js'
import {classify, isIndented, type Line} from './lines.js'
import {readHeader, settle, type LayoutMeta} from './page.js'
import {takeMarkers} from './markers.js'
import {continuationGroup, isComplete, isFootnoteContinuation, lineLengths, type FootnoteBlock} from './footnotes.js'
import {footnoteStart} from './footnote-start.js'
import {figureLabel, figureName, type FigureBlock} from './figures.js'
import {isHeadingParagraph, headingFromSpaced} from './headings.js'
import {isReferenceHeading, opensEntry, type ReferenceListBlock} from './references.js'
import {continuesAcrossBlank, hasMarkers, isTerminated, runAt, type BodyMarker, type HeadingBlock, type ParagraphBlock} from './paragraphs.js'

export type {BodyMarker, HeadingBlock, ParagraphBlock} from './paragraphs.js'
export type {LayoutMeta} from './page.js'
export type Block = ParagraphBlock | HeadingBlock | FigureBlock | ReferenceListBlock

export interface Layout {
  blocks: Block[]
  footnotes: FootnoteBlock[]
  markers: BodyMarker[]
  keywords: Line[]
  meta: LayoutMeta
}

type State = 'body' | 'footnote' | 'caption' | 'rows' | 'source' | 'keywords'


/**
 * Lay out raw lines.
 *
 * @param lines   From `splitLines`.
 * @param file    Receives diagnostics (`missing-marker`, `footnote-without-marker`…).
 * @param ledger  Receives the lines removed (`running-header`, `page-number`).
 */
export function layout(lines: readonly Line[], file: VFile, ledger: Ledger): Layout {
  const blocks: Block[] = []
  const footnotes: FootnoteBlock[] = []
  const markers: BodyMarker[] = []
  const keywords: Line[] = []
  const meta: LayoutMeta = {pages: []}
  let state: State = 'body'
  let paragraph: ParagraphBlock | undefined
  let lastParagraph: ParagraphBlock | undefined
  let blankPending = false
  let interrupted = false
  let figure: FigureBlock | undefined
  let footnote: FootnoteBlock | undefined
  /** The reference list, once its heading is passed: body text goes there. */
  let references: ReferenceListBlock | undefined
  let expectedMarker = 1
  /** Markers the sequence skipped, with where: reported as missing unless printed later, out of order. */
  const skipped = new Map<number, {line: number; column: number}>()
  let previousText = ''
  /** Whether a blank line came since the last text line. */
  let blankSeen = false

  const endFootnote = (how: NonNullable<FootnoteBlock['endedBy']>) => {
    if (footnote) footnote.endedBy = how
    footnote = undefined
  }
  const closeParagraph = () => {
    paragraph = undefined
    blankPending = false
  }
  const interrupt = (how: NonNullable<FootnoteBlock['endedBy']> = 'page-break') => {
    closeParagraph()
    if (state === 'footnote') endFootnote(how)
    interrupted = true
  }

  const lengths = lineLengths(lines)
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    if (!line) continue
    const place = {line: line.index + 1, column: 1}
    const afterBlank = blankSeen || index === 0
    const kind = settle(classify(line.text), line.text, afterBlank, state === 'footnote', lines[index + 1])
    if (kind !== 'blank') blankSeen = false

    if (kind === 'running-header' || kind === 'page-number') {
      if (kind === 'running-header') readHeader(line.text, meta)
      else meta.pages.push(line.text.trim())
      ledger.push({offset: line.start, removed: line.text, inserted: '', reason: kind})
      interrupt()
      state = 'body'
      continue
    }
    if (kind === 'figure-label' || kind === 'figure-source') {
      if (state !== 'source' && state !== 'caption') interrupt()
      else endFootnote('page-break')
      closeParagraph()
      if (kind === 'figure-label') {
        // A source printed just before its label belongs to this figure (when the label follows at once).
        if (figure && figure.label === undefined && figure.caption.length === 0 && figure.source.length > 0 && afterBlank) {
          figure.label = line
          figure.n = figureLabel(line.text)
          figure.name = figureName(line.text)
        } else {
          figure = {kind: 'figure', name: figureName(line.text), n: figureLabel(line.text), label: line, caption: [], rows: [], source: []}
          blocks.push(figure)
        }
        state = 'caption'
      } else {
        if (!figure || figure.source.length > 0) {
          figure = {kind: 'figure', name: 'figure', n: undefined, caption: [], rows: [], source: []}
          blocks.push(figure)
        }
        figure.source.push(line)
        state = 'source'
      }
      previousText = line.text
      continue
    }
    if (kind === 'spaced-heading') {
      interrupt('end')
      interrupted = false
      const text = headingFromSpaced(line.text)
      blocks.push({kind: 'heading', text, lines: [line]})
      references = isReferenceHeading(text) ? {kind: 'references', lines: []} : undefined
      if (references) blocks.push(references)
      state = 'body'
      lastParagraph = undefined
      previousText = line.text
      continue
    }
    if (kind === 'keywords') {
      interrupt('end')
      interrupted = false
      keywords.push(line)
      state = 'keywords'
      continue
    }
    if (kind === 'blank') {
      if (state === 'body') blankPending = paragraph !== undefined
      else if (state === 'caption' && (figure?.caption.length ?? 0) > 0) state = figure?.name === 'figure' ? 'body' : 'rows'
      else if (state === 'keywords') state = 'body'
      blankSeen = true
      continue
    }

    // A text line. Does it start the next footnote?
    const due = (footnotes[footnotes.length - 1]?.n ?? 0) + 1
    const start = footnoteStart(line.text, {due, expectedMarker, inBlock: state === 'footnote', afterBreak: state !== 'body' || blankPending || paragraph === undefined, previousText, previous: footnotes[footnotes.length - 1]})
    if (start?.problem) file.message(start.problem.reason, {place, ruleId: start.problem.ruleId, source: 'claimtrace'})
    const number = start?.n
    if (number !== undefined) {
      // A footnote before its marker: the marker was lost (reported when the document is checked); the sequence goes on.
      if (number >= expectedMarker) expectedMarker = number + 1
      if (state === 'footnote') endFootnote('next-footnote')
      closeParagraph()
      figure = undefined
      footnote = {kind: 'footnote', n: number, lines: [line]}
      footnotes.push(footnote)
      state = 'footnote'
      interrupted = true
      previousText = line.text
      continue
    }
    // Inside a footnote block a line goes on with the note, unless the page turned: an indented
    // line, or words after a note that is complete (where a page does not open with a space).
    if (state === 'footnote' && !isIndented(line.text) && !(footnote && isComplete(footnote) && /^\p{L}/u.test(line.text))) {
      footnote?.lines.push(line)
      previousText = line.text
      continue
    }
    // A complete-looking note, then words, then the next footnote whose marker the body has shown:
    // no page turned in between (its footnote would sit on the page of its marker), so the words are the note’s.
    if (state === 'footnote' && footnote && !isIndented(line.text)) {
      const group = continuationGroup(lines, index, due, expectedMarker, true)
      if (group && group.lines.length <= 8) {
        footnote.lines.push(...group.lines)
        file.message(`Kept text in footnote ${footnote.n}: the footnote block goes on to the page’s end or footnote ${due}`, {place, ruleId: 'footnote-continuation', source: 'claimtrace'})
        index += group.span - 1
        previousText = group.lines.at(-1)?.text ?? previousText
        continue
      }
    }
    // A caption is set with ordinary spaces; justified text (damaged spaces) is the body going on.
    if (state === 'caption' && !isIndented(line.text) && figure && (line.text.match(/\uFFFD/g) ?? []).length < 3) {
      figure.caption.push(line)
      previousText = line.text
      continue
    }
    // A table’s rows: lines set with ordinary spaces, up to its source or to justified body text.
    if (state === 'rows' && figure && !isIndented(line.text) && (line.text.match(/\uFFFD/g) ?? []).length < 3) {
      figure.rows.push(line)
      previousText = line.text
      continue
    }
    if (state === 'source' && /^\s{2,}\S/.test(line.text) && figure) {
      figure.source.push(line)
      previousText = line.text
      continue
    }
    if (state === 'keywords') {
      keywords.push(line)
      continue
    }

    // Text printed just before a page's first numbered footnote may be the rest of the last footnote of the page before.
    const previousFootnote = footnotes[footnotes.length - 1]
    if (state === 'body' && (afterBlank || !paragraph) && previousFootnote?.endedBy === 'page-break') {
      const group = continuationGroup(lines, index, previousFootnote.n + 1, expectedMarker)
      const evidence = {previous: previousFootnote, inReferences: references !== undefined, bodyLineLength: lengths.body, footnoteLineLength: lengths.footnote, opensEntry: (text: string) => opensEntry(text, undefined)}
      if (group && isFootnoteContinuation(group.pieces, evidence)) {
        previousFootnote.lines.push(...group.lines)
        previousFootnote.endedBy = 'next-footnote'
        file.message(`Joined text to footnote ${previousFootnote.n}: it continues it from the page before`, {place, ruleId: 'footnote-continuation', source: 'claimtrace'})
        index += group.span - 1
        continue
      }
      if (group && group.pieces.length === 1 && !isComplete(previousFootnote)) {
        const at = previousFootnote.lines.at(-1)
        file.message(`Kept text in the body, though footnote ${previousFootnote.n} (line ${(at?.index ?? 0) + 1}) breaks off before it: it reads as a paragraph`, {place, ruleId: 'ambiguous-continuation', source: 'claimtrace'})
      }
    }

    // A plain heading naming a reference list, set apart by a blank line.
    if (state !== 'footnote' && afterBlank && !references && isReferenceHeading(line.text)) {
      interrupt('end')
      interrupted = false
      blocks.push({kind: 'heading', text: line.text.replace(/[\s\uFFFD]+/g, ' ').trim(), lines: [line]})
      references = {kind: 'references', lines: []}
      blocks.push(references)
      state = 'body'
      lastParagraph = undefined
      previousText = line.text
      continue
    }
    // Body text.
    if (state !== 'body') {
      if (state === 'footnote') endFootnote('page-break')
      state = 'body'
      interrupted = true
    }
    if (references) {
      // The reference list: its entries are told apart later (`splitEntries`); no markers there.
      references.lines.push(line)
      previousText = line.text
      continue
    }
    if (paragraph && blankPending && !continuesAcrossBlank(previousText, line.text)) closeParagraph()
    if (!paragraph) {
      // A page break or a footnote block cut the paragraph before, unless that was a heading (it ends without a stop too).
      // A heading’s own rest (a short run set apart) still joins it: “2. The Cotton Boom under Tsarist | Rule, 1880s-1917”.
      const before = lastParagraph && blocks[blocks.indexOf(lastParagraph) - 1]
      const heading = lastParagraph && isHeadingParagraph(lastParagraph.lines, before, {kind: 'paragraph'}, hasMarkers(lastParagraph, markers))
      const rest = heading ? runAt(lines, index) : []
      const headingGoesOn = heading && lastParagraph !== undefined && isHeadingParagraph([...lastParagraph.lines, ...rest], before, {kind: 'paragraph'}, false)
      if (interrupted && lastParagraph && (!heading || headingGoesOn) && !isTerminated(lastParagraph, markers)) {
        paragraph = lastParagraph
        paragraph.continued = true
      } else {
        paragraph = {kind: 'paragraph', lines: [], continued: false}
        blocks.push(paragraph)
      }
    }
    interrupted = false
    blankPending = false
    figure = undefined
    paragraph.lines.push(line)
    lastParagraph = paragraph
    for (const marker of takeMarkers(line.text, expectedMarker, new Set(skipped.keys()))) {
      for (const n of marker.skipped) skipped.set(n, {line: line.index + 1, column: marker.start + 1})
      if (marker.outOfOrder) {
        skipped.delete(marker.value)
        file.message(`Unexpected marker \`${marker.value}\` after marker ${expectedMarker - 1}, expected it before: kept where it is printed`, {place: {line: line.index + 1, column: marker.start + 1}, ruleId: 'marker-out-of-order', source: 'claimtrace'})
      } else expectedMarker = marker.value + 1
      markers.push({n: marker.value, start: line.start + marker.start, end: line.start + marker.end})
    }
    previousText = line.text
  }
  endFootnote('end')
  // Markers the sequence skipped and never met later were lost.
  for (const [n, place] of skipped) file.message(`Missing marker \`${n}\`: the body goes from ${n - 1} to ${n + 1}`, {place, ruleId: 'missing-marker', source: 'claimtrace'})

  for (const [index, block] of blocks.entries()) {
    if (block.kind === 'paragraph' && !block.continued && isHeadingParagraph(block.lines, blocks[index - 1], blocks[index + 1], hasMarkers(block, markers))) {
      blocks[index] = {kind: 'heading', text: block.lines.map((l) => l.text.replace(/[\uFFFD\s]+/g, ' ').trim()).join(' '), lines: block.lines}
    }
  }
  return {blocks, footnotes, markers, keywords, meta}
}
