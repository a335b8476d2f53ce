/**
 * Whether a numbered line starts a footnote, and which: the next one due, or,
 * when the numbering is broken, the one the sequence says (a footnote lost,
 * a number printed twice), with the problem to report.
 */
import {isComplete, leadingNumber, opensLikeNote, type FootnoteBlock} from './footnotes.js'
import {terminated} from './paragraphs.js'

/** How a footnote whose marker the body lost still announces itself. */
const citationLike = /^\s*\d+[\uFFFD \t]+(?:See|Cf\.|Ibid|Op\. cit|“|"|\p{Lu}\.)/u

/** Where the line stands. */
export interface StartContext {
  /** The footnote number due (the last one’s plus one). */
  due: number
  /** The marker the body expects next (lower numbers have been shown). */
  expectedMarker: number
  /** Inside a footnote block. */
  inBlock: boolean
  /** After a blank line, a page break or a block other than the body. */
  afterBreak: boolean
  /** The text line before. */
  previousText: string
  /** The footnote before. */
  previous: FootnoteBlock | undefined
}

/**
 * Decide whether a line starts a footnote.
 *
 * @param text
 *   The line.
 * @param context
 *   Where it stands.
 * @returns
 *   The footnote number it starts, and a problem when the printed number is not that one; `undefined` for a line that starts none.
 * @example
 *   footnoteStart('13\uFFFDAydin, op. cit.', {due: 13, expectedMarker: 14, inBlock: true, afterBreak: true, previousText: '12 Idem, p. 94.', previous})
 *   // → {n: 13}
 */
export function footnoteStart(text: string, context: Readonly<StartContext>): {n: number; problem?: {ruleId: string; reason: string}} | undefined {
  const {due, expectedMarker, inBlock, afterBreak, previousText, previous} = context
  const number = leadingNumber(text)
  if (number === undefined) return undefined
  const shown = number < expectedMarker
  if (number === due) {
    const starts = inBlock
      ? // Inside a block, a line may go on with the previous note and happen to start with the next number.
        opensLikeNote(text) || /[.)\]][\s\uFFFD]*$/.test(previousText)
      : afterBreak
        ? shown || citationLike.test(text)
        : // Mid-paragraph, only after a full sentence: “…in 1992. 3 Central Asian states…” is text.
          shown && opensLikeNote(text) && terminated.test(previousText.replace(/[\s\uFFFD]+$/, ''))
    if (starts) return {n: number}
  } else if (number === due + 1 && shown && (inBlock || afterBreak) && opensLikeNote(text) && citationLike.test(text)) {
    // Footnote `due` is missing (its line opens oddly, or was lost): go on with the sequence.
    return {n: number, problem: {ruleId: 'missing-footnote', reason: `Missing footnote \`${due}\`: the footnotes go from ${due - 1} to ${number}`}}
  }
  if (previous && number === previous.n && (inBlock || afterBreak) && opensLikeNote(text) && isComplete(previous)) {
    // The number of the footnote before, printed again: a misprint of the next one (the sequence and its marker say which).
    const reason = `Unexpected footnote number \`${number}\` again after footnote ${number}, expected ${due}: kept as footnote ${due}${due < expectedMarker ? ', whose marker the body shows' : ''}`
    return {n: due, problem: {ruleId: 'duplicate-footnote-number', reason}}
  }
  return undefined
}
