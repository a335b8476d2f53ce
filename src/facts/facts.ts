/**
 * Facts a text commits to: numbers (in digits or words, with their kind and
 * value), dates, and named things — countries, places, and the
 * organisations, companies, people and programmes the corpus names. The
 * verifier compares a statement's facts with the matched claim's sentence's.
 */
import {capitals, countries, geographic as geographicWords, places} from '../tables/countries.js'
import {monthNames, monthNumbers} from '../_calendar.js'
import {escapeRegExp as escape} from '../_regex.js'
import {yearMentions} from './dates.js'
import {isYear} from './years.js'
import {agrees, numbersIn, sameKind, type StatedNumber} from './numbers.js'
import {titleModifiers, titles} from '../tables/words.js'
import {editDistance} from '../_distance.js'

/** What a fact is about; a discrepancy pairs two facts of one kind. */
export type FactKind = 'number' | 'date' | 'entity'

/** One fact as printed. */
export interface Fact {
  kind: FactKind
  /** As printed (`$300 million`, `1992`), or the canonical name (`Kazakhstan` for “Kazakh”). */
  text: string
  /** Comparison keys for dates and names: equal keys mean the same fact. */
  keys: string[]
  /** Class within the kind, so a country is only paired with a country: `year`, `month`, `country`, `place`, `name`. */
  group: string
  /** The number, for numbers. */
  number?: StatedNumber
  /** A place named as a location (“in Tel Aviv”), not for its government. */
  located?: boolean
  /** What a number counts, singular and lower case (`day` in “45 days”, `hectare`), when a word follows it. */
  unit?: string
  /** `[start, end)` in the text. */
  start: number
  end: number
}

const MONTHS = monthNames.map((name) => name.toLowerCase())
/** Month abbreviations with their period (`Feb.`, `Sept.`). */
const ABBREVIATED = new RegExp(String.raw`\b(${Object.keys(monthNumbers).filter((key) => key.length < 5 && key !== 'may' && key !== 'june' && key !== 'july').map((key) => key.charAt(0).toUpperCase() + key.slice(1)).join('|')})\.(?=\s*\d)`, 'g')

function lookup(table: Readonly<Record<string, readonly string[]>>): {of: Map<string, string>; pattern: RegExp} {
  const of = new Map<string, string>()
  for (const [name, forms] of Object.entries(table)) for (const form of forms) of.set(form.toLowerCase(), name)
  const alternation = [...of.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')
  return {of, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(${alternation})(?:['’]s)?(?![\\p{L}\\p{N}])`, 'giu')}
}

/** Capital (lower case) → its country (lower case). */
const CAPITAL_OF = new Map(Object.entries(capitals).map(([city, country]) => [city.toLowerCase(), country.toLowerCase()]))

/** Short forms of units, to compare what two numbers count (“270 km”, “270 kilometers”). */
const UNIT_OF: Record<string, string> = {km: 'kilometer', kilometre: 'kilometer', ha: 'hectare', t: 'ton', tonne: 'ton', m: 'meter', metre: 'meter', yr: 'year'}

const NO_ALIASES: ReadonlyMap<string, readonly string[]> = new Map()

let tables: {country: ReturnType<typeof lookup>; place: ReturnType<typeof lookup>} | undefined

/**
 * The facts of `text`.
 *
 * @param text Any text (a statement, a claim's sentence).
 * @param names The corpus's named things, lower case → printed form (`mashav` → `MASHAV`).
 * @param common Whether a word is also a common lower-case word of the corpus.
 * @param aliases Other names of a name (lower case), as the corpus gives them: “MASHAV (Israel’s Agency for…)”.
 * @param own Names the text gives that the corpus may lack (see {@link properNames}), read after the corpus's.
 * @returns Facts in order of appearance; a stretch of text gives one fact.
 * @example
 *   ```ts
 *   factsIn('Israel invested a third of its $300 million in Kazakhstan in May 1992', new Map()).map((f) => f.text)
 *   // => ['Israel', 'a third', '$300 million', 'Kazakhstan', 'May', '1992']
 *   ```
 */
export function factsIn(text: string, names: ReadonlyMap<string, string>, common: (word: string) => boolean = () => false, aliases: ReadonlyMap<string, readonly string[]> = NO_ALIASES, own: readonly string[] = []): Fact[] {
  tables ??= {country: lookup(countries), place: lookup(places)}
  const facts: Fact[] = []
  const taken: Array<[number, number]> = []
  const free = (start: number, end: number): boolean => !taken.some(([a, b]) => start < b && end > a)
  const add = (fact: Fact): void => {
    facts.push(fact)
    taken.push([fact.start, fact.end])
  }
  // Years first: “1992” is a date, not a count; “the 1990s” a decade.
  for (const {year, decade, text: printed, start, end} of yearMentions(text)) {
    add({kind: 'date', text: printed, keys: [decade ? `${String(year).slice(0, 3)}0s` : String(year)], group: 'year', start, end})
  }
  for (const m of text.matchAll(new RegExp(`\\b(${MONTHS.join('|')})\\b`, 'gi'))) {
    const start = m.index
    if (free(start, start + m[0].length)) add({kind: 'date', text: cap(m[1]!.toLowerCase()), keys: [m[1]!.toLowerCase()], group: 'month', start, end: start + m[0].length})
  }
  // “Feb. 1992”, “Sept. 2019”: an abbreviated month, capitalised and with its period.
  for (const m of text.matchAll(ABBREVIATED)) {
    const start = m.index
    const month = monthNames[monthNumbers[m[1]!.toLowerCase()]! - 1]!
    if (free(start, start + m[0].length)) add({kind: 'date', text: month, keys: [month.toLowerCase()], group: 'month', start, end: start + m[0].length})
  }
  for (const number of numbersIn(text)) {
    if (!free(number.start, number.end)) continue
    const unit = /^\s+(?:of\s+)?(?:[a-z-]+\s+)?([a-z]{2,})/.exec(text.slice(number.end))?.[1]?.replace(/(?:ies)$/, 'y').replace(/s$/, '')
    add({kind: 'number', text: number.text, keys: [], group: number.kind, number, start: number.start, end: number.end, ...(unit ? {unit: UNIT_OF[unit] ?? unit} : {})})
  }
  const lower = text.toLowerCase()
  // The corpus's names first, then the text's own (“Deputy Foreign Minister of Israel Amnon Cohen” is two names the corpus knows).
  const ownNames = new Map<string, string>()
  for (const name of own) if (!names.has(name.toLowerCase())) ownNames.set(name.toLowerCase(), name)
  for (const [name, printed] of [...names, ...[...ownNames].sort((a, b) => b[0].length - a[0].length)]) {
    const acronym = /^[\p{Lu}\d.&-]+$/u.test(printed)
    if ((name.length < 3 && !acronym) || tables.country.of.has(name) || tables.place.of.has(name)) continue
    // A name made of common words (“Region”, “Foreign Minister”), or a short acronym (“EU”), counts only as printed.
    const strict = name.split(/[\s-]+/).every((word) => JOINERS.has(word) || common(word)) || (acronym && name.length < 4)
    for (let from = lower.indexOf(name); from !== -1; from = lower.indexOf(name, from + name.length)) {
      const end = from + name.length
      if (/[\p{L}\p{N}]/u.test(lower[from - 1] ?? ' ') || /[\p{L}\p{N}]/u.test(lower[end] ?? ' ') || !free(from, end)) continue
      if (strict && (acronym ? text.slice(from, end) !== printed : !/^\p{Lu}/u.test(text.slice(from)))) continue
      add({kind: 'entity', text: printed, keys: [name, ...(aliases.get(name) ?? [])], group: 'name', start: from, end})
    }
  }
  // Countries also inside names: “President of Kazakhstan” names a country a statement may get wrong (a place inside a name, “Great Fergana Canal”, is part of the name).
  const named = facts.filter((fact) => fact.group === 'name')
  const freeOfAll = (start: number, end: number): boolean => !taken.some(([a, b]) => start < b && end > a && !named.some((name) => name.start === a && name.end === b))
  for (const [group, table] of [['place', tables.place], ['country', tables.country]] as const) {
    for (const m of text.matchAll(table.pattern)) {
      const start = m.index
      const end = start + m[0].length
      if (!(group === 'country' ? freeOfAll(start, end) : free(start, end))) continue
      const name = table.of.get(m[1]!.toLowerCase()) ?? m[1]!
      // “in Tel Aviv” is a place; “Tel Aviv responded” its government (see `same`).
      const located = /\b(?:in|at|to|from|near|into|across|via|outside|inside)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 12), start))
      add({kind: 'entity', text: name, keys: [name.toLowerCase()], group, start, end, ...(located ? {located} : {})})
    }
  }
  return facts.sort((a, b) => a.start - b.start)
}

function cap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** Whether two facts state the same thing (a number by value and kind, the rest by key). */
export function same(a: Fact, b: Fact): boolean {
  if (a.kind !== b.kind) return false
  if (a.number && b.number) return agrees(a.number, b.number)
  // “the 1990s” holds 1997.
  if (a.group === 'year' && b.group === 'year') return a.keys.some((key) => b.keys.some((other) => key === other || decadeOf(key) === other || key === decadeOf(other)))
  if (a.group === 'name' && b.group === 'name') return a.keys.some((key) => b.keys.some((other) => sameName(key, other)))
  // A name misspelt as a country or place (“Kazakstan”, “Isreal”) is that country.
  if (a.group === 'name' || b.group === 'name') return a.keys.some((key) => b.keys.some((other) => like(key, other)))
  // A capital stands for its country (“Washington” for the United States).
  if ((a.group === 'place') !== (b.group === 'place')) {
    const [place, country] = a.group === 'place' ? [a, b] : [b, a]
    return country.group === 'country' && (place.located !== true || country.located === true) && CAPITAL_OF.get(place.keys[0]!) === country.keys[0]
  }
  return a.keys.some((key) => b.keys.includes(key))
}

function decadeOf(year: string): string {
  return isYear(year) ? `${year.slice(0, 3)}0s` : year
}

/**
 * Whether two names (lower case) name one thing: an acronym and its words
 * (“u.n.” and “united nations”, “eaeu” and “eurasian economic union”), or
 * the words that make the shorter name — offices and joining words aside —
 * all in the longer, spelling slips allowed (“prime minister tereshenko” and
 * “prime minister of kazakhstan sergey tereshchenko”).
 */
export function sameName(a: string, b: string): boolean {
  if (a === b) return true
  const words = (name: string): string[] => name.split(/[\s-]+/).filter((word) => word !== '' && !JOINERS.has(word))
  const [x, y] = [words(a), words(b)]
  // “U.N. GA” is “United Nations General Assembly”: an acronym, or a run of them, and the words it abbreviates.
  const letters = (list: string[]): string | undefined => (list.every((word) => /^(?:[a-z]\.){2,}$|^[a-z]{2,5}$/.test(word)) ? list.join('').replace(/\./g, '') : undefined)
  const ax = letters(x)
  const ay = letters(y)
  if (ax !== undefined && x.length < y.length && acronymOf(ax, y)) return true
  if (ay !== undefined && y.length < x.length && acronymOf(ay, x)) return true
  // The shorter name's own words (offices aside, unless it is nothing but an office) all in the longer.
  const [short, long] = x.length <= y.length ? [x, y] : [y, x]
  const core = short.filter((word) => !OFFICES.has(word))
  return (core.length > 0 ? core : short).every((word) => long.some((other) => like(word, other)))
}

/** Whether a fact of the paper could be what a statement's fact misstates (same kind and class). */
export function rivals(stated: Fact, paper: Fact): boolean {
  if (stated.kind !== paper.kind) return false
  if (stated.number && paper.number) return sameKind(stated.number, paper.number)
  return stated.group === paper.group
}

/** Offices and their modifiers (from the entity tables): “Minister” alone names no one. */
const OFFICES = new Set([...titles, ...titleModifiers].map((word) => word.toLowerCase()))

/** One word spelled two ways: the same, one the other's stem (“asia”, “asian”), or a slip (“tereshenko”). */
function like(a: string, b: string): boolean {
  if (a === b) return true
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  if (short.length >= 4 && long.startsWith(short) && long.length - short.length <= 2) return true
  return short.length >= 6 && editDistance(a, b) <= (short.length >= 9 ? 2 : 1)
}

/**
 * Whether `acronym` abbreviates `words`: each word gives its first letter,
 * in order, and may give more letters from inside it (“EAEU”: EurAsian
 * Economic Union).
 */
function acronymOf(acronym: string, words: readonly string[]): boolean {
  if (acronym.length < 2 || words.length < 2 || acronym.length > words.length * 3) return false
  const match = (i: number, w: number, inside: number): boolean => {
    if (i === acronym.length) return w === words.length
    if (w < words.length && words[w]![0] === acronym[i] && match(i + 1, w + 1, 1)) return true
    // A further letter of the previous word.
    const previous = words[w - 1]
    if (previous !== undefined) {
      const at = previous.indexOf(acronym[i]!, inside)
      if (at > 0 && match(i + 1, w, at + 1)) return true
    }
    return false
  }
  return match(0, 0, 1)
}

/** Words that join the capitalised words of a name (“Ministry of Foreign Affairs”). */
const JOINERS = new Set(['of', 'for', '&', 'on', 'de'])

/**
 * Runs of proper nouns in analysed text (“Kurgan-Tepe District”, “Majali
 * Wahaben”) that are neither countries nor places: names a text gives that
 * the corpus's list may lack. A one-word run opening the text, or a common
 * lower-case word, is no name.
 *
 * @param text The analysed text.
 * @param words Its words (see `analyse` in `src/language/`).
 * @param common Whether a word is also a common lower-case word.
 */
export function properNames(text: string, words: ReadonlyArray<{start: number; end: number; pos: string; text: string}>, common: (word: string) => boolean = () => false): string[] {
  tables ??= {country: lookup(countries), place: lookup(places)}
  const proper = (i: number): boolean => words[i]?.pos === 'PROPN' && /^\p{Lu}/u.test(text.slice(words[i]!.start))
  // “Kurgan-Tepe”: a hyphen between two proper words, printed without spaces, is inside the name.
  const hyphen = (i: number): boolean => words[i]?.text === '-' && words[i - 1]?.end === words[i]!.start && words[i + 1]?.start === words[i]!.end
  const found: string[] = []
  for (let i = 0; i < words.length; i++) {
    if (!proper(i)) continue
    let j = i
    for (;;) {
      if (proper(j + 1)) j++
      else if ((JOINERS.has(words[j + 1]?.text ?? '') || hyphen(j + 1)) && proper(j + 2)) j += 2
      else break
    }
    const name = text.slice(words[i]!.start, words[j]!.end).replace(/['’]s$/u, '')
    const parts = name.split(/[\s-]+/)
    const geographic = parts.every((part) => JOINERS.has(part.toLowerCase()) || tables!.country.of.has(part.toLowerCase()) || tables!.place.of.has(part.toLowerCase()) || MONTHS.includes(part.toLowerCase()) || geographicWords.has(part))
    const single = i === j
    // A misspelt country (“Kazakstan”) is no name of its own.
    const misspelt = single && misspeltPlace(name.toLowerCase())
    if (!geographic && !misspelt && !(single && (i === 0 || common(name))) && name.length >= 2) found.push(name)
    i = j
  }
  return found
}

let byInitial: Map<string, string[]> | undefined

/** Whether a word is one slip away from a country or place form (“kazakstan”, “tashkant”). */
function misspeltPlace(word: string): boolean {
  if (!byInitial) {
    byInitial = new Map()
    for (const form of [...tables!.country.of.keys(), ...tables!.place.of.keys()]) byInitial.set(form[0]!, [...(byInitial.get(form[0]!) ?? []), form])
  }
  return (byInitial.get(word[0] ?? '') ?? []).some((form) => Math.abs(form.length - word.length) <= 2 && like(word, form))
}

/** `names` with `extra` added (lower case → printed), longest first. */
export function withNames(names: ReadonlyMap<string, string>, extra: readonly string[]): Map<string, string> {
  const all = new Map(names)
  for (const name of extra) if (!all.has(name.toLowerCase())) all.set(name.toLowerCase(), name)
  return new Map([...all].sort((a, b) => b[0].length - a[0].length))
}

/**
 * Other names the corpus gives its names: a name followed by a parenthesis
 * that opens with another (“MASHAV (Israel’s Agency for International
 * Development Cooperation at the Ministry of Foreign Affairs)”, “Eurasian
 * Economic Union (EAEU)”). Both directions, lower case.
 *
 * @param texts The corpus's sentences.
 * @param names Its names, lower case → printed.
 */
export function aliasesIn(texts: Iterable<string>, names: ReadonlyMap<string, string>): Map<string, string[]> {
  const found = new Map<string, string[]>()
  const link = (a: string, b: string): void => {
    if (a === b) return
    found.set(a, [...new Set([...(found.get(a) ?? []), b])])
    found.set(b, [...new Set([...(found.get(b) ?? []), a])])
  }
  for (const text of texts) {
    for (const m of text.matchAll(/\(([^()]{2,120})\)/g)) {
      const before = text.slice(0, m.index).toLowerCase().trimEnd()
      const owner = [...names.keys()].find((name) => before.endsWith(name) && !/[\p{L}\p{N}]/u.test(before[before.length - name.length - 1] ?? ' '))
      if (!owner) continue
      // “Israel’s Agency for … at the Ministry of …”: the first name, a possessive country aside.
      const inside = m[1]!.replace(/^[\p{Lu}][\p{L}-]*['’]s\s+/u, '')
      const head = /^[\p{Lu}][\p{L}\d-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*[\p{Lu}][\p{L}\d-]*)*/u.exec(inside)?.[0]
      if (head && head.length >= 2) link(owner, head.toLowerCase())
    }
  }
  return found
}
