/**
 * Named people and bodies in a text: acronyms ("MASHAV", "U.N.") and runs of
 * capitalised words joined by "of", "the", "and"… ("Ministry of Foreign
 * Affairs"), trimmed by stoplists and split where an office precedes a
 * person ("Foreign Minister of Israel Shimon Peres").
 *
 * @packageDocumentation
 */

import {countries, geographic} from '../tables/countries.js'
import {bodies, calendar, connectors, notAcronyms, stopwords, titleModifiers, titles} from '../tables/words.js'

const countryForms = new Set(Object.values(countries).flat())
const acronymPattern = /(?<![\p{L}\p{N}.])(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{Lu}\d]+(?:-\d+)?(?![\p{L}\p{N}]))/gu
const tokenPattern = /[\p{L}\p{N}&][\p{L}\p{N}’'&.-]*/gu

/**
 * People and organisations a text names.
 *
 * @param text
 *   Any text.
 * @param vocabulary
 *   Words the document writes in lower case: such a word opening a sentence is not part of a name.
 * @returns
 *   Entities, deduplicated, in order of first appearance (acronyms first).
 * @example
 *   ```ts
 *   entitiesIn('In July 1994, Foreign Minister of Israel Shimon Peres came to Uzbekistan')
 *   // => ['Foreign Minister of Israel', 'Shimon Peres']
 *   ```
 */
export function entitiesIn(text: string, vocabulary: ReadonlySet<string> = noWords): string[] {
  const found: string[] = []
  for (const match of text.matchAll(acronymPattern)) {
    if (!notAcronyms.has(match[0]) && !countryForms.has(match[0])) found.push(match[0])
  }
  for (const run of runs(text)) found.push(...names(openerless(run, vocabulary), vocabulary, run.atStart))
  return [...new Set(found)]
}

const noWords: ReadonlySet<string> = new Set()

/**
 * A run without the capitalised common words that open its sentence: a
 * sentence’s first word is capitalised whatever it is (“Following Uzbek
 * independence…”), so a word the document also writes in lower case is no
 * part of a name there.
 */
function openerless(run: Run, vocabulary: ReadonlySet<string>): string[] {
  const tokens = [...run.tokens]
  // Only the first word owes its capital to its place; “The Intergovernmental Agreement…” keeps the rest.
  if (run.atStart && tokens.length > 0 && vocabulary.has(tokens[0]!.toLowerCase())) tokens.shift()
  return tokens
}

/** A run of capitalised tokens, and whether it opens a sentence. */
interface Run {
  tokens: string[]
  atStart: boolean
}

/** Runs of capitalised tokens and connectors, separated by single spaces only. */
function runs(text: string): Run[] {
  const result: Run[] = []
  let run: string[] = []
  let atStart = false
  let end = -1
  const flush = (): void => {
    if (run.length > 0) result.push({tokens: run, atStart})
    run = []
  }
  for (const match of text.matchAll(tokenPattern)) {
    let token = match[0]
    // A possessive or a final period ends the name ("Tel Aviv’s", "the U.N."), initials do not ("V.I.").
    const closes = /(?:[’']s?|\.)$/u.test(token) && !/^(?:\p{Lu}\p{Ll}?\.)+$/u.test(token)
    if (closes) token = token.replace(/(?:[’']s?|\.+)$/u, '')
    if (match.index !== end + 1 || text[end] !== ' ') flush()
    const capital = /^\p{Lu}/u.test(token) && !calendar.has(token)
    const previous = run.at(-1)
    if (run.length === 0) atStart = /^[\s“"‘(]*$|[.!?:;]["”’)]*\s+[“"‘(]*$/u.test(text.slice(0, match.index))
    if (capital || (connectors.has(token) && previous !== undefined)) {
      // "Kazakhstan and Israel", "the EU and the United States": two names, not one.
      if ((token === 'and' || token === 'on') && previous !== undefined && (countryForms.has(previous) || /^\p{Lu}{2,}$/u.test(previous))) flush()
      else run.push(token)
    } else flush()
    end = match.index + match[0].length
    if (closes) flush()
  }
  flush()
  return result
}

/**
 * The names in one run: trimmed, split after an office, kept when they are
 * not places; a single word only when the document never writes it in lower
 * case (“Watergen”, “Nazarbayev”, not “Government”).
 */
function names(run: string[], vocabulary: ReadonlySet<string>, atStart: boolean): string[] {
  let start = 0
  let end = run.length
  while (start < end && (stopwords.has(run[start]!) || connectors.has(run[start]!) || /[’']s$/u.test(run[start]!))) start++
  while (end > start && connectors.has(run[end - 1]!)) end--
  const tokens = run.slice(start, end)
  const office = tokens.findLastIndex((token) => titles.has(token))
  if (office !== -1) {
    let first = office
    while (first > 0 && (titles.has(tokens[first - 1]!) || titleModifiers.has(tokens[first - 1]!))) first--
    let cut = office + 1
    if (tokens[cut] === 'of') cut += tokens[cut + 1] === 'the' ? 3 : 2
    const person = tokens.slice(cut)
    if (person.length > 0 && person.length <= 3 && !person.some((token) => bodies.has(token) || connectors.has(token))) {
      const head = tokens.slice(first, cut)
      return [...(head.includes('of') ? [head.join(' ')] : []), person.join(' ')]
    }
  }
  const words = tokens.filter((token) => !connectors.has(token))
  if (words.length === 0 || words.every((token) => geographic.has(token) || countryForms.has(token))) return []
  if (words.length === 1) {
    const word = words[0]!
    const acronym = /^\p{Lu}[\p{Lu}\d.-]+$/u.test(word)
    const plain = vocabulary.has(word.toLowerCase()) || stopwords.has(word) || titles.has(word) || bodies.has(word) || titleModifiers.has(word)
    // “Uzbek-Israeli”, “Israeli-Palestinian”: adjectives of countries, not names.
    const countryPair = word.split('-').every((part) => countryForms.has(part) || geographic.has(part))
    // A sentence's first word owes its capital to its place (“Encouraged by…”); only an acronym is a name there.
    if (plain || countryPair || vocabulary.size === 0 || [...word].length < 3 || (atStart && !acronym)) return []
  }
  return [tokens.join(' ')]
}
