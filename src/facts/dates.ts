/**
 * Years in running text, by the one year rule (`years.ts`): where a text
 * mentions one, and when a year-shaped number counts things instead
 * (“some 1500 soldiers”, not “in 1500”). Annotation (`yearsIn`), the
 * number reader (`numbersIn`) and the verifier's dates (`factsIn`) all read
 * years here.
 *
 * @packageDocumentation
 */

import {notNouns, units} from '../tables/words.js'
import {escapeRegExp as escape} from '../_regex.js'
import {YEAR} from './years.js'

/** A year a text mentions. */
export interface YearMention {
  /** The year; the decade's first year for a decade (`1990s` → 1990). */
  year: number
  /** Whether the text names the decade (`the 1990s`). */
  decade: boolean
  /** As printed (`1992`, `1990s`). */
  text: string
  /** `[start, end)` in the text. */
  start: number
  end: number
}

/**
 * Words before a year-shaped number that keep it a date even when a plural
 * noun follows: prepositions of time and determiners (“in 1992 companies
 * opened”, “the 1992 elections”, “of 1917 tens of thousands fled”).
 */
const DATING = new Set([
  'in', 'on', 'at', 'by', 'from', 'since', 'until', 'till', 'to', 'after', 'before', 'during', 'of', 'for', 'and', 'or', 'between',
  'through', 'throughout', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'early', 'late', 'mid', 'circa'
])

/** Up to two words, then a plural noun (as annotation's counts read them: “1500 Russian soldiers”). */
const NOUN_AFTER = /^(?:\s[\p{L}-]+?){0,2}?\s(\p{L}+s)(?![\p{L}])/u
/** A unit right after the number (“2000 hectares”, “1500 km”): a measure, never a date. */
const UNIT_AFTER = new RegExp(String.raw`^\s?(?:${[...units].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\p{L}])`, 'u')
/**
 * Whether a year-shaped number counts things rather than dates them: a unit
 * follows it (“2000 hectares”), or a plural noun does and the word before it
 * neither dates (“in”, “the”, “of”: see `DATING`) nor is a possessive, a
 * name or a month inside a sentence (“Kazakhstan’s 2050 goals”, “July 2016
 * changed”); punctuation or a digit before it keeps it a date too
 * (“(1992 elections)”). A number opening the text counts only with its noun
 * right after it (“1500 soldiers died”, but “1916 saw the rebels”).
 *
 * @param text
 *   The text.
 * @param start
 *   Where the number starts.
 * @param end
 *   Where it ends.
 * @returns
 *   Whether it is a count.
 * @example
 *   ```ts
 *   const text = 'some 1500 soldiers arrived in 1500 and 2000 hectares'
 *   ;[countsThings(text, 5, 9), countsThings(text, 30, 34), countsThings(text, 39, 43)]
 *   // => [true, false, true]
 *   ```
 */
export function countsThings(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 60)
  if (UNIT_AFTER.test(after)) return true
  const noun = NOUN_AFTER.exec(after)
  if (!noun || notNouns.has(noun[1]!.toLowerCase())) return false
  const opens = (at: number): boolean => at <= 40 && /^\s*$/.test(text.slice(0, at))
  if (opens(start)) return noun[0].trim() === noun[1]
  const from = Math.max(0, start - 40)
  const before = /(\p{L}+)\s+$/u.exec(text.slice(from, start))
  if (!before) return false
  const word = before[1]!
  const at = from + before.index
  const lead = text.slice(Math.max(0, at - 3), at)
  if (DATING.has(word.toLowerCase()) || /['’]$/.test(lead)) return false
  return /^\p{Ll}/u.test(word) || opens(at) || /[.!?]\s+$/.test(lead)
}

let mention: RegExp | undefined

/** Which decade of a century: “first” … “tenth”, and “last”. */
const DECADE_NTH: Record<string, number> = {first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, last: 10}
const CENTURY_WORDS: Record<string, number> = {sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21}
const DECADE_OF = new RegExp(
  String.raw`\b(${Object.keys(DECADE_NTH).join('|')}) decade of the (?:(1[6-9]|2[01])(?:st|nd|rd|th) century|(${Object.keys(CENTURY_WORDS).join('|')}) century|(1[5-9]00|2000)s)\b`,
  'giu'
)

/**
 * The years a text mentions, in order: single years, both ends of a range
 * (“1992-1997”), decades (“the 1990s”); not digits inside an amount or a
 * decimal (“$1,000”, “19,900”, “1992.5”), nor a year-shaped count (see
 * {@link countsThings}).
 *
 * @param text
 *   Any text.
 * @returns
 *   The mentions, with their places.
 * @example
 *   ```ts
 *   yearMentions('The 1992-1997 war; in the 1990s; some 1500 soldiers').map((m) => m.text)
 *   // => ['1992', '1997', '1990s']
 *   ```
 */
export function yearMentions(text: string): YearMention[] {
  mention ??= new RegExp(String.raw`(?<![\d$.,\p{L}])(${YEAR})(s)?(?![\d\p{L}%]|[.,]\d)`, 'gu')
  const found: YearMention[] = []
  // “the first decade of the 21st century”, “the second decade of the 2000s”: one decade, however it is told.
  const told: Array<[number, number]> = []
  for (const m of text.matchAll(DECADE_OF)) {
    const nth = DECADE_NTH[m[1]!.toLowerCase()]!
    const century = m[2] !== undefined ? (Number(m[2]) - 1) * 100 : m[3] !== undefined ? (CENTURY_WORDS[m[3].toLowerCase()]! - 1) * 100 : Number(m[4])
    if (m[4] !== undefined && century % 100 !== 0) continue
    found.push({year: century + 10 * (nth - 1), decade: true, text: m[0], start: m.index, end: m.index + m[0].length})
    told.push([m.index, m.index + m[0].length])
  }
  for (const m of text.matchAll(mention)) {
    const start = m.index
    if (told.some(([from, to]) => start >= from && start < to)) continue
    const decade = m[2] !== undefined
    if (!decade && countsThings(text, start, start + m[1]!.length)) continue
    found.push({year: Number(m[1]), decade, text: m[0], start, end: start + m[0].length})
    // “2004-05”: a range whose end gives only its last two digits.
    const short = /^[-–](\d\d)(?![\d\p{L}%-]|[.,]\d)/u.exec(text.slice(start + m[0].length))
    if (!decade && short) {
      const year = Number(m[1])
      let end = year - (year % 100) + Number(short[1])
      // “1999-00” crosses a century; “2019-18” is no range.
      if (end <= year) end += 100
      if (end > year && (end - year <= 10 || end - (year - (year % 100)) < 100)) found.push({year: end, decade: false, text: short[1]!, start: start + m[0].length + 1, end: start + m[0].length + 3})
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

/**
 * Years a text mentions (see {@link yearMentions}): “1992-1997” gives both
 * ends, “1990s” gives 1990.
 *
 * @param text
 *   Any text.
 * @param taken
 *   Ranges already read as quantities (`[start, end)`), skipped.
 * @returns
 *   Years, deduplicated, in order of first appearance.
 * @example
 *   ```ts
 *   yearsIn('The 1992-1997 civil war; in the 1990s')
 *   // => [1992, 1997, 1990]
 *   ```
 */
export function yearsIn(text: string, taken: ReadonlyArray<readonly [number, number]> = []): number[] {
  const years = yearMentions(text).filter((m) => !taken.some(([from, to]) => m.start < to && m.end > from))
  return [...new Set(years.map((m) => m.year))]
}
