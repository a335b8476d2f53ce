/**
 * Countries a text names, by name, short form or adjective, as annotation
 * gives them (canonical names, from `src/tables/countries.ts`).
 *
 * @packageDocumentation
 */

import {countries} from '../tables/countries.js'
import {escapeRegExp as escape} from '../_regex.js'

/** The country forms and their pattern, made on first use (the alternation is large). */
let compiled: {canonical: Map<string, string>; country: RegExp} | undefined

function patterns(): {canonical: Map<string, string>; country: RegExp} {
  if (!compiled) {
    const canonical = new Map(Object.entries(countries).flatMap(([name, forms]) => forms.map((form) => [form, name] as const)))
    const alternation = [...canonical.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')
    compiled = {canonical, country: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation})(?![\p{L}])`, 'gu')}
  }
  return compiled
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
  return [...new Set([...text.matchAll(country)].map((match) => canonical.get(match[0])!))]
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
