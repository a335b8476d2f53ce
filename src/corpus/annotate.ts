/**
 * Annotations of a claim: countries, years, quantities and named entities.
 * The knowledge is in tables (`_countries.ts`, `_words.ts`); the engines
 * here are a few regular expressions applied in one pass each.
 *
 * @packageDocumentation
 */

import type {Annotations} from '../types.js'
import {countries} from '../tables/countries.js'
import {notNouns, scales, units} from '../tables/words.js'
import {entitiesIn} from './entities.js'
import {escapeRegExp as escape} from '../_regex.js'
import {countsThings, yearsIn} from '../facts/dates.js'
import {DIGITS as number} from '../facts/digits.js'
import {isYear} from '../facts/years.js'

export {entitiesIn} from './entities.js'
export {yearsIn} from '../facts/dates.js'

const join = String.raw`\s*(?:-|–|to|and)\s*`
const alternation = (list: readonly string[]): string => [...list].sort((a, b) => b.length - a.length).map(escape).join('|')

/** The patterns, compiled on first use (the country alternation is large). */
let compiled: ReturnType<typeof compile> | undefined

function compile() {
  const canonical = new Map(Object.entries(countries).flatMap(([name, forms]) => forms.map((form) => [form, name] as const)))
  return {
    canonical,
    country: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation([...canonical.keys()])})(?![\p{L}])`, 'gu'),
    money: new RegExp(String.raw`\$\s?(${number})(?:${join}\$?\s?(${number}))?(?:\s?(${alternation(scales)})(?![\p{L}]))?`, 'gu'),
    unit: new RegExp(String.raw`(?<![\d.,$])(${number})(?:${join}(${number}))?(?:\s?(%)|\s(${alternation(units.filter((u) => u !== '%'))})(?![\p{L}]))`, 'gu'),
    fold: /(?<![\d.,])(\d[\d,]*)-fold\b/gu,
    count: new RegExp(String.raw`(?<![\d.,$\p{L}-])(${number})((?:\s[\p{L}-]+?){0,2}?)\s(\p{L}+s)(?![\p{L}])`, 'gu')
  }
}

function patterns(): ReturnType<typeof compile> {
  compiled ??= compile()
  return compiled
}

/**
 * Annotate a claim's text.
 *
 * @param text
 *   Clean text of a claim (markers removed).
 * @param vocabulary
 *   Words the document writes in lower case (see `entitiesIn`).
 * @returns
 *   Countries (canonical), years, normalised quantities and entities, each in order of first appearance.
 * @example
 *   ```ts
 *   annotate('In 2009, there were 52 Israeli companies working in Kazakhstan')
 *   // => {countries: ['Israel', 'Kazakhstan'], years: [2009], quantities: ['52 companies'], entities: []}
 *   ```
 */
export function annotate(text: string, vocabulary?: ReadonlySet<string>): Annotations {
  const {quantities, taken} = quantitiesIn(text)
  return {countries: countriesIn(text), years: yearsIn(text, taken), quantities, entities: entitiesIn(text, vocabulary)}
}

/**
 * Canonical names of the countries a text names, by name or by adjective.
 *
 * @param text
 *   Any text.
 * @returns
 *   Canonical names, deduplicated, in order of first appearance.
 * @example
 *   ```ts
 *   countriesIn('the Uzbek-Israeli forum and Kazakhstan’s economy')
 *   // => ['Uzbekistan', 'Israel', 'Kazakhstan']
 *   ```
 */
export function countriesIn(text: string): string[] {
  const {country, canonical} = patterns()
  return unique([...text.matchAll(country)].map((match) => canonical.get(match[0])!))
}

/**
 * The canonical name of a country given any of its forms, ignoring case
 * (for filters typed by people: "uzbek", "Kyrgyz Republic", "usa").
 *
 * @param name
 *   A country name, short form, adjective or demonym.
 * @returns
 *   The canonical name, or `undefined` when unknown.
 * @example
 *   ```ts
 *   canonicalCountry('uzbek')
 *   // => 'Uzbekistan'
 *   ```
 */
export function canonicalCountry(name: string): string | undefined {
  const wanted = name.trim().toLowerCase()
  for (const [form, canonical] of patterns().canonical) if (form.toLowerCase() === wanted) return canonical
  return undefined
}

/**
 * Quantities a text states, normalised: money with its scale ("$2.43 billion"),
 * numbers with units ("50 percent", "1%", "82 hectares"), folds ("100-fold")
 * and counts of things ("52 Israeli companies" → "52 companies"). A range
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
    if (overlaps(taken, start, end)) return
    taken.push([start, end])
    for (const value of values) if (value) found.push({at: start, value})
  }
  const {money, unit, fold, count} = patterns()
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
  return {quantities: unique(found.map((d) => d.value)), taken}
}

function overlaps(ranges: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  return ranges.some(([from, to]) => start < to && end > from)
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)]
}
