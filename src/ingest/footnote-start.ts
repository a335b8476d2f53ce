/**
 * Whether a numbered line starts a footnote, and which: the next one due, or,
 * when the numbering is broken, the one the sequence says (a footnote lost,
 * a number printed twice), with the problem to report. The decision is data,
 * as the line classifier’s is (`lines.ts`): rows of rules, tried in order;
 * the first whose number, place and tests fit the line decides.
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

/** What a line starts: a footnote number, and a problem when the printed number is not that one. */
export interface FootnoteStart {
  n: number
  problem?: {ruleId: string; reason: string}
}

/** What the rules read: the line, the number it prints, and where it stands. */
interface Facts extends Readonly<StartContext> {
  text: string
  number: number
}

/** Where a line stands: inside a footnote block, after a break, or inside a body paragraph. */
type Where = 'block' | 'break' | 'paragraph'

/** The printed numbers a rule looks for, by what the sequence expects. */
const numbers = {
  /** The next footnote. */
  due: (facts: Facts) => facts.due,
  /** The one after it: footnote `due` is lost. */
  'after-due': (facts: Facts) => facts.due + 1,
  /** The footnote before’s, again. */
  again: (facts: Facts) => facts.previous?.n
} satisfies Record<string, (facts: Facts) => number | undefined>

/** The tests rules combine, each pure (so the order they run in does not matter). */
const tests = {
  /** The line opens the way a note does (see `opensLikeNote`). */
  opensLikeNote: (facts: Facts) => opensLikeNote(facts.text),
  /** The body has shown this number’s marker: a footnote sits on the page of its marker. */
  markerShown: (facts: Facts) => facts.number < facts.expectedMarker,
  /** The line reads like a citation (`See`, `Ibid`, a quote, an initial). */
  citationLike: (facts: Facts) => citationLike.test(facts.text),
  /** The line before ends with a stop or a bracket. */
  previousClosed: (facts: Facts) => /[.)\]][\s\uFFFD]*$/.test(facts.previousText),
  /** The line before ends a sentence. */
  previousEndsSentence: (facts: Facts) => terminated.test(facts.previousText.replace(/[\s\uFFFD]+$/, '')),
  /** The footnote before reads complete. */
  previousComplete: (facts: Facts) => facts.previous !== undefined && isComplete(facts.previous)
} satisfies Record<string, (facts: Facts) => boolean>

/** One row of the decision. */
interface StartRule {
  /** The printed number it takes. */
  number: keyof typeof numbers
  /** Where the line may stand. */
  where: readonly Where[]
  /** Tests that must all pass. */
  all?: ReadonlyArray<keyof typeof tests>
  /** Tests of which one must pass (when given). */
  any?: ReadonlyArray<keyof typeof tests>
  /** The footnote the line starts: the number printed, or the one due. */
  starts: 'printed' | 'due'
  /** The problem to report. */
  problem?: {ruleId: string; reason: (facts: Facts) => string}
}

/** The rules, in order. */
const rules: readonly StartRule[] = [
  // Inside a block, a line may go on with the previous note and happen to start with the next number.
  {number: 'due', where: ['block'], any: ['opensLikeNote', 'previousClosed'], starts: 'printed'},
  {number: 'due', where: ['break'], any: ['markerShown', 'citationLike'], starts: 'printed'},
  // Mid-paragraph, only after a full sentence: “…in 1992. 3 Central Asian states…” is text.
  {number: 'due', where: ['paragraph'], all: ['markerShown', 'opensLikeNote', 'previousEndsSentence'], starts: 'printed'},
  // Footnote `due` is missing (its line opens oddly, or was lost): go on with the sequence.
  {
    number: 'after-due',
    where: ['block', 'break'],
    all: ['markerShown', 'opensLikeNote', 'citationLike'],
    starts: 'printed',
    problem: {ruleId: 'missing-footnote', reason: ({due, number}) => `Missing footnote \`${due}\`: the footnotes go from ${due - 1} to ${number}`}
  },
  // The number of the footnote before, printed again: a misprint of the next one (the sequence and its marker say which).
  {
    number: 'again',
    where: ['block', 'break'],
    all: ['opensLikeNote', 'previousComplete'],
    starts: 'due',
    problem: {
      ruleId: 'duplicate-footnote-number',
      reason: ({due, expectedMarker, number}) => `Unexpected footnote number \`${number}\` again after footnote ${number}, expected ${due}: kept as footnote ${due}${due < expectedMarker ? ', whose marker the body shows' : ''}`
    }
  }
]

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
export function footnoteStart(text: string, context: Readonly<StartContext>): FootnoteStart | undefined {
  const number = leadingNumber(text)
  if (number === undefined) return undefined
  const facts: Facts = {...context, text, number}
  const where: Where = context.inBlock ? 'block' : context.afterBreak ? 'break' : 'paragraph'
  const rule = rules.find((rule) => numbers[rule.number](facts) === number && rule.where.includes(where) && (rule.all ?? []).every((test) => tests[test](facts)) && (rule.any === undefined || rule.any.some((test) => tests[test](facts))))
  if (!rule) return undefined
  const n = rule.starts === 'due' ? context.due : number
  return rule.problem ? {n, problem: {ruleId: rule.problem.ruleId, reason: rule.problem.reason(facts)}} : {n}
}
