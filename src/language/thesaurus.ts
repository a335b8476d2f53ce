/**
 * The thesaurus of a corpus: for every word a reader may use instead of one
 * of the corpus's words, which corpus word it stands for and how — a
 * synonym, a broader term, a derived form, a similar word, or an opposite.
 *
 * Built once per corpus from WordNet (and {@link DIRECTIONS}) at build time
 * and stored in the corpus model, so a query only looks words up in a map.
 */
import {DIRECTIONS, PHRASES, SAME_DIRECTION} from './directions.js'
import type {Relation} from './relations.js'
import type {Pos} from './nlp.js'
import {Wordnet, type Synset, type WordnetPos} from './wordnet.js'

export {RELATION_WEIGHT, type Relation} from './relations.js'

/** Senses of a corpus word considered, most frequent first: rarer senses add more noise than matches. */
const SENSES = 3
/** Senses of a reader's word through which it may stand for a corpus word (the same reasoning, from the other side). */
const READER_SENSES = 5

const CODE: Record<Relation, string> = {derived: 'd', synonym: 's', similar: 'm', broader: 'b', opposite: 'o'}
const RELATION_OF: Record<string, Relation> = {d: 'derived', s: 'synonym', m: 'similar', b: 'broader', o: 'opposite'}
/** Stronger relations win when a word relates to a corpus word in two ways. */
const RANK: Record<Relation, number> = {derived: 4, synonym: 3, similar: 2, broader: 1, opposite: 0}

/** wink's tags → WordNet's parts of speech (a name's synonyms are its other spellings and names: `Kazakstan`, `Kirghizia`). */
const WORDNET_POS: Record<string, WordnetPos> = {NOUN: 'n', PROPN: 'n', VERB: 'v', ADJ: 'a', ADV: 'r'}

/** A stored thesaurus: reader's word → `lemma:code` pairs joined by `|` (compact JSON). */
export type ThesaurusData = Record<string, string>

/** One way a reader's word matches a corpus word. */
export interface Sense {
  /** The corpus word (a lemma of the corpus). */
  lemma: string
  relation: Relation
}

/** Words of the corpus with their part of speech, as {@link buildThesaurus} takes them. */
export type Vocabulary = Iterable<readonly [lemma: string, pos: Pos]>

/**
 * Build the thesaurus of a vocabulary.
 *
 * @param vocabulary The corpus's content words: lemma and wink POS.
 * @param wordnet The WordNet database (read once per build).
 * @returns Reader's word → the corpus words it may stand for.
 * @example
 *   ```ts
 *   new Thesaurus(buildThesaurus([['agriculture', 'NOUN']], new Wordnet())).lookup('farming')
 *   // => [{lemma: 'agriculture', relation: 'synonym'}]
 *   ```
 */
export function buildThesaurus(vocabulary: Vocabulary, wordnet: Wordnet = new Wordnet()): ThesaurusData {
  const found = new Map<string, Map<string, Relation>>()
  // A reader's word stands for a corpus word only through one of its own common senses: “break” is a synonym of
  // “demote” (the antonym of “promote”) in a sense nobody means by it.
  const common = (word: string, synset: Synset): boolean => wordnet.senses(word, synset.pos).slice(0, READER_SENSES).some((sense) => sense.offset === synset.offset)
  const add = (word: string, lemma: string, relation: Relation, via?: Synset): void => {
    if (word === lemma || (word.includes(' ') && !PHRASES.has(word))) return
    if (via !== undefined && !common(word, via)) return
    let entry = found.get(word)
    if (!entry) found.set(word, (entry = new Map()))
    const known = entry.get(lemma)
    if (known === undefined || RANK[relation] > RANK[known]) entry.set(lemma, relation)
  }
  const seen = new Set<string>()
  const opposites = new Map<string, string[]>()
  for (const [a, b] of DIRECTIONS) {
    opposites.set(a, [...(opposites.get(a) ?? []), b])
    opposites.set(b, [...(opposites.get(b) ?? []), a])
  }
  const alike = new Map<string, Set<string>>()
  for (const end of SAME_DIRECTION) for (const word of end) for (const other of end) if (other !== word) alike.set(word, (alike.get(word) ?? new Set()).add(other))
  for (const [lemma, tag] of vocabulary) {
    const key = `${lemma} ${tag}`
    if (seen.has(key) || !/^[a-z][a-z-]+(?: [a-z]+)?$/.test(lemma)) continue
    seen.add(key)
    const pos = WORDNET_POS[tag]
    if (pos === undefined && !opposites.has(lemma) && !alike.has(lemma)) continue
    for (const other of opposites.get(lemma) ?? []) add(other, lemma, 'opposite')
    for (const other of alike.get(lemma) ?? []) add(other, lemma, 'similar')
    if (pos === undefined) continue
    const senses = (wordnet.has(lemma, pos) ? wordnet.senses(lemma, pos) : wordnet.senses(lemma)).slice(0, SENSES)
    for (const synset of senses) {
      // A name's senses are its other names only (“Kazakstan”), not the common nouns that share its spelling (“turkey”, “china”).
      if (tag === 'PROPN') {
        if (synset.pointers.some((pointer) => pointer.symbol === '@i')) for (const word of synset.words) add(word, lemma, 'synonym', synset)
        continue
      }
      const own = synset.words.indexOf(lemma) + 1
      for (const word of synset.words) add(word, lemma, 'synonym', synset)
      for (const pointer of synset.pointers) {
        // Lexical pointers hold between two words; only those of this word count.
        if (pointer.source !== 0 && pointer.source !== own) continue
        const target = wordnet.synset(pointer.pos, pointer.offset)
        const words = pointer.target === 0 ? target.words : [target.words[pointer.target - 1]!]
        const relation = relationOf(pointer.symbol)
        if (relation === 'opposite') {
          // The opposite and its synonyms: `decline` is a synonym of `decrease`, the antonym of `increase`.
          for (const word of target.words) add(word, lemma, 'opposite', target)
        } else if (relation) {
          for (const word of words) add(word, lemma, relation, target)
        }
      }
    }
  }
  const data: ThesaurusData = {}
  for (const word of [...found.keys()].sort()) {
    data[word] = [...found.get(word)!].map(([lemma, relation]) => `${lemma}:${CODE[relation]}`).join('|')
  }
  return data
}

/** Princeton pointer symbols → relations; others (meronyms, domains…) are not meaning matches. */
function relationOf(symbol: string): Relation | undefined {
  switch (symbol) {
    case '!':
      return 'opposite'
    case '@':
    case '@i':
      return 'broader'
    case '+':
    case '\\':
    case '<':
      return 'derived'
    case '&':
    case '$':
    case '^':
      return 'similar'
    default:
      return undefined
  }
}

/** Look words up in a stored thesaurus. */
export class Thesaurus {
  private readonly data: ThesaurusData
  private readonly cache = new Map<string, Sense[]>()

  constructor(data: ThesaurusData) {
    this.data = data
  }

  /**
   * The corpus words `word` may stand for.
   *
   * @param word A lemma, lower case.
   * @example
   *   ```ts
   *   thesaurus.lookup('fall')
   *   // => [{lemma: 'rise', relation: 'opposite'}]
   *   ```
   */
  lookup(word: string): Sense[] {
    let senses = this.cache.get(word)
    if (senses === undefined) {
      const stored = Object.hasOwn(this.data, word) ? this.data[word]! : ''
      senses = stored === '' ? [] : stored.split('|').map((pair) => {
        const at = pair.lastIndexOf(':')
        return {lemma: pair.slice(0, at), relation: RELATION_OF[pair.slice(at + 1)]!}
      })
      this.cache.set(word, senses)
    }
    return senses
  }
}

export type {Synset}
