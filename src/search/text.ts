/**
 * Text analysis shared by the index, the ranker and the verifier: one
 * normaliser, one tokeniser, one light stemmer. Tables, not branches.
 */

import {countries} from '../tables/countries.js'
// The two small files of the one number and year rule (they import nothing: the browser reader bundles this file).
import {numberKey} from '../facts/digits.js'
import {isYear} from '../facts/years.js'

/** One analysed word of a text. */
export interface Token {
  /** Normalised surface form (`kazakhstan`, `300`, `2.43`). */
  word: string
  /** Index key: the stem for words, the value for numbers. */
  term: string
  kind: 'word' | 'number' | 'year'
}

/**
 * Longest input we analyse: a claim is a sentence, so anything beyond this is
 * a pasted document; we look at its start only (keeps work bounded).
 */
export const MAX_QUERY_CHARS = 2000

/** Function words that carry no evidence of which claim is meant. */
export const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each even few for from further had has have having he her here hers him his how i if ' +
    'in into is it its itself just me more most my no nor not now of off on once only or other our ours out over own same she ' +
    'should so some such than that the their theirs them then there these they this those through to too under until up very was ' +
    'we were what when where which while who whom why will with would you your yet per however since within'
  ).split(' ')
)

/**
 * Demonyms and short forms mapped to one key per country (its first one-word
 * form, lower-cased: `kazakh` → `kazakhstan`), from the corpus’s country table,
 * plus the few religious words that are one concept in this field.
 */
const CANONICAL: Record<string, string> = {jewish: 'jew', jews: 'jew', muslims: 'muslim', islamic: 'islam'}
for (const forms of Object.values(countries)) {
  const words = forms.map((form) => form.toLowerCase()).filter((form) => /^[a-z]+$/.test(form))
  const key = words[0]
  if (key) for (const word of words) if (word !== key) CANONICAL[word] ??= key
}

/** Suffixes stripped by the light stemmer, longest first: `[suffix, replacement]`. */
const SUFFIXES: Array<[string, string]> = [
  ['ational', 'ate'], ['izations', 'ize'], ['ization', 'ize'], ['isation', 'ize'], ['ations', 'ate'], ['ation', 'ate'],
  ['ships', ''], ['ship', ''], ['ments', ''], ['ment', ''], ['ness', ''], ['ives', ''], ['ive', ''], ['ities', ''], ['ity', ''], ['ings', ''], ['ing', ''], ['edly', ''],
  ['ied', 'y'], ['ies', 'y'], ['ers', ''], ['er', ''], ['eed', 'ee'], ['ed', ''], ['es', ''], ['ly', ''], ['s', '']
]

/** Suffixes that may be stripped after an inflection (`relationships` → `relation` → `relate`). */
const DERIVATIONAL = new Set(['ational', 'ization', 'isation', 'ation', 'ship', 'ment', 'ness', 'ive', 'ity'])

/**
 * A word of normalised text: digits (with inner `.`/`,`), or letters (Latin
 * after NFKD, and every script above U+00C0 but punctuation and symbols).
 * Note: spelled out instead of `\p{L}` with the `u` flag, which is ~4× slower.
 */
const LETTER = 'a-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u1fff\\u2c00-\\u2dff\\u3040-\\ufdff\\ufe70-\\ufeff'
const WORD = new RegExp(`\\d+(?:[.,]\\d+)*|[${LETTER}]+(?:'[${LETTER}]+)*`, 'g')

/** Lowercase, strip diacritics and control characters, unify quotes. */
export function normalize(text: string): string {
  return text
    .slice(0, MAX_QUERY_CHARS * 4)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/[‘’`´]/g, "'")
    .toLowerCase()
    // Dotted acronyms are one word: “U.N.” is “un”, as a reader would type it.
    .replace(/\b(?:[a-z]\.){2,}/g, (acronym) => acronym.replace(/\./g, '') + ' ')
}

/**
 * Reduce a word to its index key: possessives dropped, demonyms mapped to
 * countries, then up to two suffixes of {@link SUFFIXES} and a final `e` stripped.
 */
export function stem(word: string): string {
  let cached = STEMS.get(word)
  if (cached === undefined) {
    if (STEMS.size > 100_000) STEMS.clear()
    STEMS.set(word, (cached = stemUncached(word)))
  }
  return cached
}

const STEMS = new Map<string, string>()

function stemUncached(word: string): string {
  let w = word.replace(/'s?$/, '').replace(/'/g, '')
  const canonical = Object.hasOwn(CANONICAL, w) ? CANONICAL[w] : undefined
  if (canonical) return canonical
  if (w.length <= 3) return w
  // Two passes: `relationships` → `relation` → `relate`.
  for (let pass = 0; pass < 2; pass++) {
    const rule = SUFFIXES.find(([suffix]) => w.endsWith(suffix) && w.length - suffix.length >= 3 && (pass === 0 || DERIVATIONAL.has(suffix)))
    if (!rule || (rule[0] === 's' && /(?:ss|us|is)$/.test(w))) break
    w = w.slice(0, -rule[0].length) + rule[1]
  }
  if (w.length > 3 && w.endsWith('e') && !w.endsWith('ee')) w = w.slice(0, -1)
  // Note: `stopped` → `stopp` → `stop`, so doubled consonants collapse.
  if (w.length > 3 && /([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1)
  return w
}

/** Split a text into tokens, stopwords removed. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of normalize(text).matchAll(WORD)) {
    const word = match[0]
    if (/^\d/.test(word)) {
      // A token has no context, so a year-shaped count (“1500 soldiers”) is a year here; only its weight differs, its term is its value.
      tokens.push({word, term: numberKey(word), kind: isYear(word) ? 'year' : 'number'})
    } else {
      const bare = word.replace(/'s?$/, '')
      if (STOPWORDS.has(bare) || bare.length < 2) continue
      tokens.push({word: bare, term: stem(bare), kind: 'word'})
    }
  }
  return tokens
}

/** Where each content word of `text` sits: `[start, end)` offsets and its term (for highlights). */
export function spans(text: string): Array<{start: number; end: number; term: string}> {
  const found: Array<{start: number; end: number; term: string}> = []
  for (const match of text.matchAll(WORD)) {
    const [token] = tokenize(match[0])
    if (token) found.push({start: match.index, end: match.index + match[0].length, term: token.term})
  }
  return found
}
