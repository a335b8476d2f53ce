/**
 * Facts a statement commits to: numbers, dates and named entities. The
 * verifier compares the query's facts with the matched claim's to report
 * discrepancies (`$500 million` vs `$300 million`, Tajikistan vs Kazakhstan).
 */
import type {DiscrepancyKind} from '../types.js'
import {countries, places} from '../corpus/_countries.js'
import {monthNames} from '../_calendar.js'
import {normalize} from './_text.js'
import {escapeRegExp as escape} from '../_regex.js'

/** One fact as printed, with a key to compare it by. */
export interface Fact {
  kind: DiscrepancyKind
  /** As printed in the text: `$300 million`, `1992`, `Kazakhstan`. */
  text: string
  /** Comparison keys: equal keys mean the same fact (`300`, `300000000`). */
  keys: string[]
  /** Entity class, so a country is only paired with a country. */
  group: string
}

const SCALE: Record<string, number> = {thousand: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9}
const SPELLED: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100
}
const MONTHS = monthNames.map((name) => name.toLowerCase())

/** Every form of every country (from the corpus’s country table), lower-cased, → its name. */
const COUNTRY_OF = new Map<string, string>()
for (const [name, forms] of Object.entries(countries)) for (const form of forms) COUNTRY_OF.set(form.toLowerCase(), name)
const COUNTRY_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[...COUNTRY_OF.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?:'s)?(?![\\p{L}\\p{N}])`,
  'gu'
)

/** Every spelling of every place, lower-cased, → its one name. */
const PLACE_OF = new Map<string, string>()
for (const [name, forms] of Object.entries(places)) for (const form of forms) PLACE_OF.set(form.toLowerCase(), name)
const PLACE_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[...PLACE_OF.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?:'s)?(?![\\p{L}\\p{N}])`,
  'gu'
)

const MONEY = /\$\s?(\d[\d,]*(?:\.\d+)?)(?:\s*(thousand|million|billion|bn|m)\b)?|(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion)\s+dollars/g
const PERCENT = /(\d+(?:\.\d+)?)\s*(?:percent|per cent|%)/g
const NUMBER = /(?<![\d.,$])(\d[\d,]*(?:\.\d+)?)(?![\d,]*\.?\d)/g

function value(printed: string): number {
  return Number(/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(printed) ? printed.replace(/,/g, '') : printed.replace(',', '.'))
}

/**
 * Numbers, dates and entities of `text`; `entities` maps the corpus's known
 * names, lowercased, to their printed form (`mashav` → `MASHAV`).
 */
export function extractFacts(text: string, entities: ReadonlyMap<string, string>): Fact[] {
  const facts: Fact[] = []
  let rest = normalize(text)
  const take = (pattern: RegExp, make: (m: RegExpMatchArray) => Fact | undefined): void => {
    rest = rest.replace(pattern, (...args: unknown[]) => {
      const match = args.slice(0, -2) as unknown as RegExpMatchArray
      const fact = make(match)
      if (fact) facts.push(fact)
      return ' '.repeat(String(args[0]).length)
    })
  }
  take(MONEY, (m) => {
    const printed = m[1] ?? m[3] ?? ''
    const scale = SCALE[m[2] ?? m[4] ?? ''] ?? 1
    return {kind: 'number', text: m[0].trim(), keys: [String(value(printed)), String(value(printed) * scale)], group: 'money'}
  })
  take(PERCENT, (m) => ({kind: 'number', text: m[0].trim(), keys: [String(value(m[1]!))], group: 'percent'}))
  take(/\b(1[89]\d\d|20\d\d)\b/g, (m) => ({kind: 'date', text: m[0], keys: [m[0]], group: 'year'}))
  take(new RegExp(`\\b(${MONTHS.join('|')})\\b`, 'g'), (m) => ({kind: 'date', text: cap(m[0]), keys: [m[0]], group: 'month'}))
  take(NUMBER, (m) => ({kind: 'number', text: m[0], keys: [String(value(m[1]!))], group: 'count'}))
  take(new RegExp(`\\b(${Object.keys(SPELLED).join('|')})\\b`, 'g'), (m) => ({kind: 'number', text: m[0], keys: [String(SPELLED[m[0]])], group: 'count'}))
  take(PLACE_PATTERN, (m) => {
    const name = PLACE_OF.get(m[1]!) ?? m[1]!
    return {kind: 'entity', text: name, keys: [name.toLowerCase()], group: 'place'}
  })
  take(COUNTRY_PATTERN, (m) => {
    const name = COUNTRY_OF.get(m[1]!) ?? m[1]!
    return {kind: 'entity', text: name, keys: [name.toLowerCase()], group: 'country'}
  })
  for (const [entity, printed] of entities) {
    if (entity.length < 3 || COUNTRY_OF.has(entity)) continue
    let from = rest.indexOf(entity)
    while (from !== -1) {
      const before = rest[from - 1] ?? ' '
      const after = rest[from + entity.length] ?? ' '
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) {
        facts.push({kind: 'entity', text: printed, keys: [entity], group: 'name'})
      }
      from = rest.indexOf(entity, from + entity.length)
    }
  }
  return facts
}

function cap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** Whether two facts state the same thing. */
export function same(a: Fact, b: Fact): boolean {
  return a.kind === b.kind && a.keys.some((key) => b.keys.includes(key))
}
