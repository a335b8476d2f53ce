/**
 * The claim index behind `resolve` and `verify`: an inverted index from terms
 * (stems, numbers, canonical countries) to the claims that hold them, with
 * IDF weights, plus a Fuse.js index over the corpus vocabulary that maps a
 * mistyped query word to the words the corpus really uses.
 */
import Fuse from 'fuse.js'
import type {Claim} from '../types.js'
import {tokenize, type Token} from './_text.js'
import {editDistance} from '../_distance.js'

/** How much a term counts, by where it sits in the claim's record. */
const FIELD_WEIGHT = {text: 1, annotations: 0.8, sentence: 0.5, section: 0.2} as const

/** Bitap settings for comparing two words. */
const FUZZY = {ignoreLocation: true, threshold: 0.34, includeMatches: false}

/** Padded character bigrams of a word: `^k ka … n$` (a word of n letters has n + 1). */
function bigramsOf(word: string): Set<string> {
  const padded = `^${word}$`
  const grams = new Set<string>()
  for (let i = 1; i < padded.length; i++) grams.add(padded.slice(i - 1, i + 1))
  return grams
}

/** A word of the vocabulary close to a mistyped query word. */
export interface FuzzyHit {
  term: string
  /** The corpus's word (surface form). */
  word: string
  /** 0..1, 1 = same word. */
  similarity: number
}

/** Inverted index over claims; built once per corpus (linear in its size). */
export class ClaimIndex {
  readonly claims: readonly Claim[]
  /** term → claim numbers and the field weight of the term in each. */
  readonly postings = new Map<string, {docs: number[]; weights: number[]}>()
  /** Terms of each claim's own text (not its sentence). */
  readonly textTerms: Array<Set<string>> = []
  /** Σ idf of each claim's own terms: the denominator of claim coverage. */
  readonly textMass: Float64Array
  /** Consecutive term pairs of each claim (`a b` → 1 in its text, 0.5 elsewhere in its sentence). */
  readonly bigrams: Array<Map<string, number>> = []
  /** Surface word → term, for every word of every claim. */
  readonly words = new Map<string, string>()
  /** Idf of a term never seen: the ceiling of {@link idf}. */
  readonly unseenIdf: number
  /** Character bigram → vocabulary words holding it (built on first typo). */
  private grams: Map<string, string[]> | undefined

  constructor(claims: readonly Claim[]) {
    this.claims = claims
    claims.forEach((claim, doc) => this.add(claim, doc))
    this.textMass = new Float64Array(claims.length)
    this.unseenIdf = Math.log(1 + (claims.length + 0.5) / 0.5)
    this.textTerms.forEach((terms, doc) => {
      let mass = 0
      for (const term of terms) mass += this.idf(term)
      this.textMass[doc] = mass
    })
  }

  /** Inverse document frequency (BM25 form, always > 0). */
  idf(term: string): number {
    const df = this.postings.get(term)?.docs.length ?? 0
    return Math.log(1 + (this.claims.length - df + 0.5) / (df + 0.5))
  }

  /**
   * The vocabulary terms a query word may be a typo of. Character bigrams
   * shortlist words that look alike (Dice ≥ 0.4); Fuse.js's Bitap matcher
   * scores each; the score is damped by the length ratio, since Fuse matches
   * substrings (`stan` is not a typo of `kazakhstan`).
   */
  fuzzy(word: string): FuzzyHit[] {
    const grams = (this.grams ??= this.buildGrams())
    const own = bigramsOf(word)
    const shared = new Map<string, number>()
    for (const gram of own) for (const other of grams.get(gram) ?? []) shared.set(other, (shared.get(other) ?? 0) + 1)
    const shortlist = [...shared]
      .map(([other, count]) => [other, (2 * count) / (own.size + other.length + 1)] as const)
      .filter(([, dice]) => dice >= 0.4)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
    const hits: FuzzyHit[] = []
    for (const [other] of shortlist) {
      const result = Fuse.match(word, other, FUZZY)
      const ratio = Math.min(word.length, other.length) / Math.max(word.length, other.length)
      // Bitap counts a swap of two letters (“isreal”) as two errors; one edit of the restricted Damerau distance is one.
      const similarity = Math.max(result.isMatch ? (1 - result.score) * Math.sqrt(ratio) : 0, word.length >= 5 && editDistance(word, other) === 1 ? 0.8 : 0)
      const term = this.words.get(other)
      if (term !== undefined && similarity >= 0.7) hits.push({term, word: other, similarity})
    }
    return hits.sort((a, b) => b.similarity - a.similarity)
  }

  private buildGrams(): Map<string, string[]> {
    const grams = new Map<string, string[]>()
    for (const word of this.words.keys()) {
      for (const gram of bigramsOf(word)) {
        const list = grams.get(gram)
        if (list) list.push(word)
        else grams.set(gram, [word])
      }
    }
    return grams
  }

  private add(claim: Claim, doc: number): void {
    const fields = new Map<string, number>()
    const note = (tokens: readonly Token[], weight: number): void => {
      for (const token of tokens) {
        if (token.kind === 'word') this.words.set(token.word, token.term)
        if ((fields.get(token.term) ?? 0) < weight) fields.set(token.term, weight)
      }
    }
    const own = tokenize(claim.text)
    const sentence = claim.sentence === claim.text ? own : tokenize(claim.sentence)
    const {countries, entities, years, quantities} = claim.annotations
    note(own, FIELD_WEIGHT.text)
    note(tokenize([...countries, ...entities, ...years.map(String), ...quantities].join(' ')), FIELD_WEIGHT.annotations)
    note(sentence, FIELD_WEIGHT.sentence)
    note(tokenize(claim.section), FIELD_WEIGHT.section)
    for (const [term, weight] of fields) {
      let posting = this.postings.get(term)
      if (!posting) this.postings.set(term, (posting = {docs: [], weights: []}))
      posting.docs.push(doc)
      posting.weights.push(weight)
    }
    this.textTerms.push(new Set(own.map((token) => token.term)))
    const pairs = new Map<string, number>()
    for (let i = 1; i < sentence.length; i++) pairs.set(sentence[i - 1]!.term + ' ' + sentence[i]!.term, 0.5)
    for (let i = 1; i < own.length; i++) pairs.set(own[i - 1]!.term + ' ' + own[i]!.term, 1)
    this.bigrams.push(pairs)
  }
}

