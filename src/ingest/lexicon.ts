import nspell from 'nspell'

/**
 * What tells a real word from a damaged one: a Hunspell English dictionary
 * (`dictionary-en`, the one remark-retext-spell uses) plus the document’s own
 * vocabulary, so that names and transliterations the article spells out in
 * full (“Astana”, “kompensatsii”) count as known when a line break or a lost
 * ligature cut them elsewhere.
 */
export interface Lexicon {
  /** Whether the English dictionary knows `word` (case as Hunspell rules allow). */
  isEnglish(word: string): boolean
  /** Whether the dictionary or the document’s vocabulary knows `word`. */
  isKnown(word: string): boolean
  /** How often `word` (lower-cased) occurs whole in the document. */
  frequency(word: string): number
  /** Whether the document writes `word` as the first half of a hyphenated compound within a line (“non-Muslim”). */
  isHyphenPrefix(word: string): boolean
}

/**
 * The part of nspell the lexicon uses. Note: declared here, not taken from `@types/nspell`, so the shipped types need no dev dependency.
 */
export interface Speller {
  correct(word: string): boolean
}
let speller: Promise<Speller> | undefined

/** Load the Hunspell dictionary once per process (≈ 0.4 s; only ingest needs it). */
export async function loadSpeller(): Promise<Speller> {
  speller ??= import('dictionary-en').then((module) =>
    nspell({aff: Buffer.from(module.default.aff), dic: Buffer.from(module.default.dic)})
  )
  return speller
}

/** Words of a text: letters with inner apostrophes; digits stay out. */
export const wordPattern = /\p{L}+(?:['’]\p{L}+)*/gu

/**
 * Build a lexicon for one document from its whole-word vocabulary.
 *
 * @param speller  Hunspell instance from {@link loadSpeller}.
 * @param words    Words seen whole in the document (not cut by a line-end hyphen).
 */
export function createLexicon(speller: Speller, words: Iterable<string>, prefixes: Iterable<string> = []): Lexicon {
  const hyphenPrefixes = new Set([...prefixes].map((p) => p.toLowerCase()))
  const counts = new Map<string, number>()
  for (const word of words) {
    const key = word.toLowerCase()
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const cache = new Map<string, boolean>()
  function isEnglish(word: string): boolean {
    let known = cache.get(word)
    if (known === undefined) {
      known = speller.correct(word) || (word !== word.toLowerCase() && speller.correct(word.toLowerCase()))
      cache.set(word, known)
    }
    return known
  }
  return {
    isEnglish,
    isKnown: (word) => isEnglish(word) || (counts.get(word.toLowerCase()) ?? 0) > 0,
    frequency: (word) => counts.get(word.toLowerCase()) ?? 0,
    isHyphenPrefix: (word) => hyphenPrefixes.has(word.toLowerCase())
  }
}
