/**
 * Quantities a text states, normalised for annotation (“$2.43 billion”,
 * “50 percent”, “52 companies”). Figures are read with the shared digit
 * pattern (`digits.ts`) and years told from counts by the one year rule
 * (`dates.ts`).
 *
 * Note: these are display strings, not the number reader's values
 * (`numbers.ts`): annotation keeps what the paper prints and what it counts
 * (“52 Israeli companies” → “52 companies”), and reads no numbers in words,
 * so its output, stored in the model, stays what the index and the filters
 * were built on.
 *
 * @packageDocumentation
 */

import {notNouns, scales, units} from '../tables/words.js'
import {escapeRegExp as escape} from '../_regex.js'
import {countsThings} from './dates.js'
import {DIGITS} from './digits.js'
import {isYear} from './years.js'

const join = String.raw`\s*(?:-|–|to|and)\s*`
const alternation = (list: readonly string[]): string => [...list].sort((a, b) => b.length - a.length).map(escape).join('|')

let compiled: ReturnType<typeof compile> | undefined

function compile() {
  return {
    money: new RegExp(String.raw`\$\s?(${DIGITS})(?:${join}\$?\s?(${DIGITS}))?(?:\s?(${alternation(scales)})(?![\p{L}]))?`, 'gu'),
    unit: new RegExp(String.raw`(?<![\d.,$])(${DIGITS})(?:${join}(${DIGITS}))?(?:\s?(%)|\s(${alternation(units.filter((u) => u !== '%'))})(?![\p{L}]))`, 'gu'),
    fold: /(?<![\d.,])(\d[\d,]*)-fold\b/gu,
    count: new RegExp(String.raw`(?<![\d.,$\p{L}-])(${DIGITS})((?:\s[\p{L}-]+?){0,2}?)\s(\p{L}+s)(?![\p{L}])`, 'gu')
  }
}

/**
 * Quantities a text states, normalised: money with its scale ("$2.43 billion"),
 * numbers with units ("50 percent", "1%", "82 hectares"), folds ("100-fold")
 * and counts of things ("52 Israeli companies" → "52 companies"; a
 * year-shaped number only when it counts, as “some 1500 soldiers”). A range
 * gives both ends ("$27 and $47 million" → "$27 million", "$47 million").
 *
 * @param text
 *   Any text.
 * @returns
 *   The quantities (deduplicated, in order) and the ranges of text they cover.
 * @example
 *   ```ts
 *   quantitiesIn('reached $2.43 billion, an about 100-fold increase').quantities
 *   // => ['$2.43 billion', '100-fold']
 *   ```
 */
export function quantitiesIn(text: string): {quantities: string[]; taken: Array<[number, number]>} {
  const found: Array<{at: number; value: string}> = []
  const taken: Array<[number, number]> = []
  const take = (match: RegExpExecArray | RegExpMatchArray, values: Array<string | undefined>): void => {
    const start = match.index ?? 0
    const end = start + match[0].length
    if (taken.some(([from, to]) => start < to && end > from)) return
    taken.push([start, end])
    for (const value of values) if (value) found.push({at: start, value})
  }
  compiled ??= compile()
  const {money, unit, fold, count} = compiled
  for (const m of text.matchAll(money)) {
    const scale = m[3] ? ' ' + m[3] : ''
    take(m, ['$' + m[1] + scale, m[2] && '$' + m[2] + scale])
  }
  for (const m of text.matchAll(unit)) {
    const suffix = m[3] ?? ' ' + m[4]
    take(m, [m[1] + suffix, m[2] && m[2] + suffix])
  }
  for (const m of text.matchAll(fold)) take(m, [m[1] + '-fold'])
  for (const m of text.matchAll(count)) {
    const noun = m[3]!
    if ((isYear(m[1]!) && !countsThings(text, m.index, m.index + m[1]!.length)) || notNouns.has(noun.toLowerCase()) || /\d/.test(m[2] ?? '')) continue
    take(m, [m[1] + ' ' + noun])
  }
  found.sort((a, b) => a.at - b.at)
  return {quantities: [...new Set(found.map((d) => d.value))], taken}
}
