/**
 * One number reader for every stage: figures in digits (`33,200`, `2.43`,
 * `$300 million`, `35%`) and in words (`twelve`, `three hundred million`,
 * `a third`, `half`, `fivefold`, `doubled`, `the first`, `a decade`), each
 * with the value it states and what kind of value it is, so `a third` and
 * `33 percent`, or `$300 million` and `three hundred million dollars`, compare
 * equal.
 *
 * Figures in digits are read by `digits.ts` and years told from counts by
 * the one year rule (`years.ts`, `dates.ts`), as annotation and the index do.
 */

import {countsThings} from './dates.js'
import {DIGITS, digits} from './digits.js'
import {isYear} from './years.js'

/** What a number measures; values compare within a kind (and `share` with `percent`). */
export type NumberKind =
  /** A plain count or amount: `52 companies`, `twelve`. */
  | 'count'
  /** Money: `$300 million`, `three hundred million dollars`. */
  | 'money'
  /** A share as a percentage (value in percent): `35 percent`, `a third` (33.3). */
  | 'percent'
  /** A factor of change: `doubled` (2), `fivefold` (5), `halved` (0.5). */
  | 'multiplier'
  /** A rank: `the first` (1), `21st`. */
  | 'ordinal'
  /** A span of years: `a decade` (10), `a quarter of a century` (25), `25 years`. */
  | 'duration'

/** A number a text states. */
export interface StatedNumber {
  kind: NumberKind
  value: number
  /** As printed. */
  text: string
  /** `[start, end)` in the text. */
  start: number
  end: number
  /** How loosely it is stated: `about`, `over`, `under`, or exact. */
  bound: 'exact' | 'about' | 'over' | 'under'
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19
}
const TENS: Record<string, number> = {twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90}
const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, bln: 1e9,
  // As people mistype them.
  thousend: 1e3, milion: 1e6, millon: 1e6, bilion: 1e9, billon: 1e9
}
/** The scale words of {@link SCALES} a pattern may follow a figure with. */
const SCALE_AFTER = 'thousand|million|billion|trillion|mn|mln|bn|bln|m|thousend|milion|millon|bilion|billon'
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
  twelfth: 12, thirteenth: 13, fifteenth: 15, twentieth: 20, hundredth: 100
}
/** Denominators of fractions in words: `a third`, `two fifths`, `three quarters`. */
const DENOMINATORS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, sixth: 6,
  sixths: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, tenths: 10
}
/** Verbs and adverbs of change by a factor. */
const FACTORS: Record<string, number> = {
  doubled: 2, doubling: 2, double: 2, doubles: 2, twice: 2, tripled: 3, tripling: 3, triple: 3, triples: 3, thrice: 3,
  quadrupled: 4, quadrupling: 4, quadruple: 4, halved: 0.5, halving: 0.5, halve: 0.5
}
/** Spans of time in words, in years. */
const SPANS: Record<string, number> = {year: 1, years: 1, decade: 10, decades: 10, century: 100, centuries: 100}
/** What “two” names when it names the parties of a relation, not a count (“the two sides”, “the two countries”). */
const PARTIES = /^\s+(?:sides|countries|states|parties|nations|governments|leaders|partners|presidents|ministers|republics|peoples)\b/i

/** “the two were…”, “between the two.”: “the two” standing alone names the parties. */
const PRONOUN_AFTER = /^\s*(?:[.,;:)]|$|(?:were|are|was|is|have|has|had|did|do|does|will|would|could|can|also|then|and|agreed|signed|discussed|met|decided)\b)/i

const BOUNDS: ReadonlyArray<readonly [RegExp, StatedNumber['bound']]> = [
  [/(?:about|around|approximately|roughly|some|nearly|almost|close to|an estimated|circa|c\.|up to)\s+$/i, 'about'],
  [/(?:over|more than|above|exceeding|in excess of|at least)\s+$/i, 'over'],
  [/(?:under|less than|below|fewer than|at most)\s+$/i, 'under']
]

const WORD_NUMBER = `(?:${[...Object.keys(TENS).flatMap((tens) => Object.keys(UNITS).filter((u) => UNITS[u]! > 0 && UNITS[u]! < 10).map((unit) => `${tens}-${unit}`)), ...Object.keys(TENS), ...Object.keys(UNITS)].join('|')})`
const SCALE_WORD = `(?:hundred|thousand|million|billion|trillion)`
/** `three hundred million`, `twenty-five`, `a hundred`, `one and a half million`. */
const SPELLED = `(?:(?:${WORD_NUMBER}|a|one)\\s+${SCALE_WORD}(?:\\s+(?:and\\s+)?(?:${WORD_NUMBER}|${SCALE_WORD}))*|${WORD_NUMBER}(?:\\s+${SCALE_WORD})*)(?:\\s+and\\s+a\\s+half)?`

/** The patterns, most specific first; each match is taken once. */
const PATTERNS: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => Omit<StatedNumber, 'start' | 'end' | 'text' | 'bound'> | undefined]> = [
  // Money: `$300 million`, `$ 1.17 m`, `300 million dollars`, `three hundred million dollars`, `US$2bn`.
  [new RegExp(String.raw`(?:US)?\$\s?(${DIGITS})(?:\s?(${SCALE_AFTER})\b)?`, 'gi'), (m) => ({kind: 'money', value: digits(m[1]!) * (SCALES[(m[2] ?? '').toLowerCase()] ?? 1)})],
  [new RegExp(String.raw`\b(${DIGITS}|${SPELLED})(?:\s+(thousand|million|billion|trillion))?\s+(?:US\s+)?dollars\b`, 'gi'), (m) => {
    const value = amount(m[1]!)
    return value === undefined ? undefined : {kind: 'money', value: value * (SCALES[(m[2] ?? '').toLowerCase()] ?? 1)}
  }],
  // Percentages: `35 percent`, `35%`, `thirty-five per cent`.
  [new RegExp(String.raw`\b(${DIGITS}|${SPELLED})\s*(?:%|percent\b|per\s+cent\b)`, 'gi'), (m) => {
    const value = amount(m[1]!)
    return value === undefined ? undefined : {kind: 'percent', value}
  }],
  // Shares: `one in four`, `one out of five`.
  [new RegExp(String.raw`\b(${DIGITS}|${WORD_NUMBER})\s+(?:in|out\s+of)\s+(?:every\s+)?(${DIGITS}|${WORD_NUMBER})\b(?!\s+(?:years?|cases?)\b)`, 'gi'), (m) => {
    const top = amount(m[1]!)
    const bottom = amount(m[2]!)
    return top === undefined || !bottom || top >= bottom ? undefined : {kind: 'percent', value: (100 * top) / bottom}
  }],
  // Dozens and couples: `a dozen`, `half a dozen`, `two dozen`, `a couple of` (not `dozens of`: no value to compare).
  [new RegExp(String.raw`\b(?:(half\s+a)|(a|one|${WORD_NUMBER}))\s+dozen\b(?!s)`, 'gi'), (m) => {
    const times = m[1] ? 0.5 : /^(?:a|one)$/i.test(m[2]!) ? 1 : amount(m[2]!)
    return times === undefined ? undefined : {kind: 'count', value: 12 * times}
  }],
  [/\ba\s+couple\s+of\b(?!\s+(?:hundred|thousand|million|billion|dozen)\b)/gi, () => ({kind: 'count', value: 2})],
  // Spans: `a quarter of a century`, `half a century`, `a decade`, `two decades`, `25 years` (not `25 years old`).
  [/\b(?:a\s+)?(quarter|half)\s+(?:of\s+)?an?\s+(century|decade)\b/gi, (m) => ({kind: 'duration', value: (m[1]!.toLowerCase() === 'half' ? 0.5 : 0.25) * SPANS[m[2]!.toLowerCase()]!})],
  [new RegExp(String.raw`\b(an?|${DIGITS}|${WORD_NUMBER})\s+(years?|decades?|century|centuries)\b(?!\s+old)`, 'gi'), (m) => {
    const count = /^an?$/i.test(m[1]!) ? 1 : amount(m[1]!)
    return count === undefined ? undefined : {kind: 'duration', value: count * SPANS[m[2]!.toLowerCase()]!}
  }],
  // Fractions: `a third`, `two thirds`, `half`, `three quarters` — not `the third`, an ordinal.
  [new RegExp(String.raw`\b(?:(a|one|${WORD_NUMBER})[\s-]+)?(half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b(?!\s+(?:largest|biggest|time|place|round|stage|phase|wave))`, 'gi'), (m) => {
    const before = m.input.slice(0, m.index)
    const head = m[1]?.toLowerCase()
    const denominator = DENOMINATORS[m[2]!.toLowerCase()]!
    if (head === undefined && (denominator !== 2 || /\bthe\s+$/i.test(before))) return undefined
    const top = head === undefined || head === 'a' ? 1 : amount(head)
    return top === undefined || top >= denominator ? undefined : {kind: 'percent', value: (100 * top) / denominator}
  }],
  // Factors: `doubled`, `twice`, `fivefold`, `5-fold`, `five times`.
  [new RegExp(String.raw`\b(${DIGITS}|${WORD_NUMBER})[\s-]?fold\b`, 'gi'), (m) => factor(m[1]!)],
  [new RegExp(String.raw`\b(${DIGITS}|${WORD_NUMBER})\s+times\b(?=\s+(?:more|less|higher|lower|larger|smaller|greater|as|over|the)\b)`, 'gi'), (m) => factor(m[1]!)],
  [new RegExp(String.raw`\b(${Object.keys(FACTORS).join('|')})\b`, 'gi'), (m) => ({kind: 'multiplier', value: FACTORS[m[1]!.toLowerCase()]!})],
  // Ordinals: `the first`, `21st`, `second largest`.
  [/\b(\d+)(?:st|nd|rd|th)\b/gi, (m) => ({kind: 'ordinal', value: Number(m[1])})],
  [new RegExp(String.raw`\b(?:(${Object.keys(TENS).join('|')})-)?(${Object.keys(ORDINALS).join('|')})\b`, 'gi'), (m) => ({kind: 'ordinal', value: (m[1] ? TENS[m[1].toLowerCase()]! : 0) + ORDINALS[m[2]!.toLowerCase()]!})],
  // Counts: digits with a scale (`2.43 billion`), spelled numbers, plain digits (years are dates, read in `dates.ts`, unless they count: “some 1500 soldiers”).
  [new RegExp(String.raw`(?<![\d.,$])(${DIGITS})(?:\s+(thousand|million|billion|trillion))?(?![\d,]*\.?\d)`, 'gi'), (m) => {
    if (m[2] === undefined && isYear(m[1]!) && !countsThings(m.input, m.index, m.index + m[1]!.length)) return undefined
    return {kind: 'count', value: digits(m[1]!) * (SCALES[(m[2] ?? '').toLowerCase()] ?? 1)}
  }],
  [new RegExp(String.raw`\b(${SPELLED})\b`, 'gi'), (m) => {
    const value = amount(m[1]!)
    // “one” alone is mostly a pronoun (“one of the…”); “the two sides” counts no fact, it names the parties.
    if (value === undefined || /^(?:one|a)$/i.test(m[1]!)) return undefined
    const after = m.input.slice(m.index + m[0].length)
    if (value === 2 && (PARTIES.test(after) || (/\bthe\s+$/i.test(m.input.slice(0, m.index)) && PRONOUN_AFTER.test(after)))) return undefined
    return {kind: 'count', value}
  }]
]

/** The value of a number in digits or words (`three hundred million` → 3e8), or `undefined`. */
export function amount(printed: string): number | undefined {
  const text = printed.trim().toLowerCase()
  if (/^\d/.test(text)) return digits(text)
  let total = 0
  let current = 0
  let seen = false
  for (const word of text.split(/[\s-]+/)) {
    if (word === 'and') continue
    if (word === 'a' || word === 'an') {
      current = current || 1
      seen = true
    } else if (word === 'half') {
      current += 0.5
    } else if (UNITS[word] !== undefined) {
      current += UNITS[word]!
      seen = true
    } else if (TENS[word] !== undefined) {
      current += TENS[word]!
      seen = true
    } else if (SCALES[word] !== undefined) {
      const scale = SCALES[word]!
      if (scale === 100) current = (current || 1) * 100
      else {
        total += (current || 1) * scale
        current = 0
      }
      seen = true
    } else return undefined
  }
  return seen ? total + current : undefined
}

function factor(printed: string): Omit<StatedNumber, 'start' | 'end' | 'text' | 'bound'> | undefined {
  const value = amount(printed)
  return value === undefined || value < 2 ? undefined : {kind: 'multiplier', value}
}

/**
 * The numbers a text states, in order; a stretch of text is read once, by
 * the most specific pattern (`$300 million` is money, not a count).
 *
 * @param text Any text.
 * @example
 *   ```ts
 *   numbersIn('a third of about three hundred million dollars, doubled').map((n) => [n.kind, n.value, n.bound])
 *   // => [['percent', 33.333333333333336, 'exact'], ['money', 300000000, 'about'], ['multiplier', 2, 'exact']]
 *   ```
 */
export function numbersIn(text: string): StatedNumber[] {
  const found: StatedNumber[] = []
  const taken: Array<[number, number]> = []
  for (const [pattern, read] of PATTERNS) {
    pattern.lastIndex = 0
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const start = m.index
      const end = start + m[0].length
      if (m[0].length === 0 || taken.some(([a, b]) => start < b && end > a)) continue
      const value = read(m)
      if (!value || !Number.isFinite(value.value)) continue
      taken.push([start, end])
      const before = text.slice(Math.max(0, start - 24), start)
      const bound = BOUNDS.find(([cue]) => cue.test(before))?.[1] ?? 'exact'
      found.push({...value, text: m[0], start, end, bound})
    }
  }
  found.sort((a, b) => a.start - b.start)
  // “80 to 90 percent”, “between 15 and 25 percent”: the unit of a range's end is its start's too.
  for (let i = 0; i + 1 < found.length; i++) {
    const [first, second] = [found[i]!, found[i + 1]!]
    const joint = text.slice(first.end, second.start)
    const range = /^\s*(?:to|–|-)\s*$/.test(joint) || (/^\s*and\s*$/.test(joint) && /\bbetween\s+$/i.test(text.slice(0, first.start)))
    if (first.kind === 'count' && second.kind === 'percent' && range) found[i] = {...first, kind: 'percent'}
  }
  return found
}

/** Kinds whose values measure the same thing. */
function comparable(a: NumberKind, b: NumberKind): boolean {
  if (a === b) return true
  // “300 million” said without the dollar sign still names the paper's “$300 million”;
  // “doubled” is a change of 100 percent, “halved” one of 50 percent.
  return (a === 'count' && b === 'money') || (a === 'money' && b === 'count') || (a === 'multiplier' && b === 'percent') || (a === 'percent' && b === 'multiplier')
}

/** A multiplier as the percent change it makes (×2 → 100, ×0.5 → 50, ×3 → 200), to compare with a percent. */
function asPercent(number: StatedNumber, other: StatedNumber): number {
  if (number.kind !== 'multiplier' || other.kind !== 'percent') return number.value
  return Math.abs(number.value - 1) * 100
}

/**
 * Whether a stated number agrees with the paper's: same kind, and the same
 * value — within rounding when the statement says “about”, beyond it with
 * “over”, below it with “under”.
 *
 * @param stated The reader's number.
 * @param paper The paper's number.
 * @example
 *   ```ts
 *   const [third] = numbersIn('a third'), [share] = numbersIn('33 percent')
 *   agrees(third!, share!)
 *   // => true
 *   ```
 */
export function agrees(stated: StatedNumber, paper: StatedNumber): boolean {
  if (!comparable(stated.kind, paper.kind)) return false
  const a = asPercent(stated, paper)
  const b = asPercent(paper, stated)
  // Shares in words are rounded: “a third” is 33 %, “half” is 50 %.
  const slack = stated.kind === 'percent' ? Math.max(1.5, Math.abs(b) * 0.02) : Math.abs(b) * 0.01
  switch (stated.bound) {
    case 'about':
      return Math.abs(a - b) <= Math.max(slack, Math.abs(b) * 0.15)
    case 'over':
      return b >= a - slack
    case 'under':
      return b <= a + slack
    default:
      return Math.abs(a - b) <= slack || (paper.bound !== 'exact' && Math.abs(a - b) <= Math.abs(b) * 0.15)
  }
}

/** Whether two numbers could be the same fact stated two ways (same kind). */
export function sameKind(a: StatedNumber, b: StatedNumber): boolean {
  return comparable(a.kind, b.kind)
}
