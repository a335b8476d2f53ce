/**
 * Headings: a letter-spaced line (“I n t r o d u c t i o n”), a plain line
 * naming a reference list, and — once the blocks are known — a short
 * paragraph that reads as a heading.
 */
import type {Line} from '../lines.js'
import {headingFromSpaced, isHeadingParagraph} from '../headings.js'
import {isReferenceHeading} from '../references.js'
import {hasMarkers, type BodyMarker} from '../paragraphs.js'
import {interrupt, type Block, type LayoutState, type LineInfo} from './state.js'

/** A letter-spaced heading; one naming a reference list opens it. */
export function spacedHeadingLine(line: Line, state: LayoutState): void {
  const text = headingFromSpaced(line.text)
  openHeading(line, state, text, isReferenceHeading(text))
}

/** A plain heading naming a reference list, set apart by a blank line (never inside a footnote block, nor a second list). */
export function opensReferenceList(line: Line, state: LayoutState, info: LineInfo): boolean {
  if (state.mode === 'footnote' || !info.afterBlank || state.references || !isReferenceHeading(line.text)) return false
  openHeading(line, state, line.text.replace(/[\s\uFFFD]+/g, ' ').trim(), true)
  return true
}

/**
 * Turn the body paragraphs that read as headings into headings, once every
 * block is known (what comes before and after decides).
 *
 * @param blocks   The layout’s blocks, changed in place.
 * @param markers  The body’s markers (a paragraph holding one is no heading).
 */
export function promoteHeadings(blocks: Block[], markers: readonly BodyMarker[]): void {
  for (const [index, block] of blocks.entries()) {
    if (block.kind === 'paragraph' && !block.continued && isHeadingParagraph(block.lines, blocks[index - 1], blocks[index + 1], hasMarkers(block, markers))) {
      blocks[index] = {kind: 'heading', text: block.lines.map((l) => l.text.replace(/[\uFFFD\s]+/g, ' ').trim()).join(' '), lines: block.lines}
    }
  }
}

/** A heading ends what came before it for good: no paragraph reopens across it, and body text follows. */
function openHeading(line: Line, state: LayoutState, text: string, references: boolean): void {
  interrupt(state, 'end')
  state.interrupted = false
  state.blocks.push({kind: 'heading', text, lines: [line]})
  state.references = references ? {kind: 'references', lines: []} : undefined
  if (state.references) state.blocks.push(state.references)
  state.mode = 'body'
  state.lastParagraph = undefined
  state.previousText = line.text
}
