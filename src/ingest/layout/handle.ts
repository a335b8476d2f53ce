/**
 * The layout’s handlers, as tables: one handler per line kind, and for a
 * text line, rules tried in order — first whether it starts a footnote,
 * then what the mode says (a footnote block, a caption, a table, a source,
 * the keywords go on), then whether it carries a footnote over from the
 * page before or opens a reference list; body text takes the rest.
 */
import type {Line, LineKind} from '../lines.js'
import {blankLine} from './blank.js'
import {bodyText} from './body.js'
import {captionGoesOn, figureLabelLine, figureSourceLine, rowGoesOn, sourceGoesOn} from './figure.js'
import {continuesFromPageBefore, footnoteGoesOn, startsFootnote} from './footnote.js'
import {pageNumberLine, runningHeaderLine} from './furniture.js'
import {opensReferenceList, spacedHeadingLine} from './heading.js'
import {keywordsGoOn, keywordsLine} from './keywords.js'
import type {LayoutState, LineHandler, LineInfo, Mode, TextRule} from './state.js'

/** What a text line does in each mode before the rules after it; in the body, nothing yet. */
const inMode: Readonly<Record<Mode, TextRule | undefined>> = {
  body: undefined,
  footnote: footnoteGoesOn,
  caption: captionGoesOn,
  rows: rowGoesOn,
  source: sourceGoesOn,
  keywords: keywordsGoOn
}

/** The rules for a text line, in order: the first that takes it wins. */
const textRules: readonly TextRule[] = [
  startsFootnote,
  (line, state, info) => inMode[state.mode]?.(line, state, info) ?? false,
  continuesFromPageBefore,
  opensReferenceList,
  bodyText
]

/** A text line: the first rule that takes it. */
function textLine(line: Line, state: LayoutState, info: LineInfo): void {
  for (const rule of textRules) if (rule(line, state, info)) return
}

/** The handler of each line kind (`classify`, then `settle`). */
export const handle: Readonly<Record<LineKind, LineHandler>> = {
  blank: blankLine,
  'running-header': runningHeaderLine,
  'page-number': pageNumberLine,
  'figure-label': figureLabelLine,
  'figure-source': figureSourceLine,
  'spaced-heading': spacedHeadingLine,
  keywords: keywordsLine,
  text: textLine
}
