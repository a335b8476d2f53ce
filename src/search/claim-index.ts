/**
 * The claim index behind `resolve` and `verify`: an inverted index from terms
 * (stems, numbers, canonical countries) to the claims that hold them, with
 * IDF weights, plus a Fuse.js index over the corpus vocabulary that maps a
 * mistyped query word to the words the corpus really uses.
 *
 * Everything is held in typed arrays ({@link IndexData}): postings are sorted
 * claim numbers with a one-byte field code each; every claim's own text and
 * sentence are runs of term ids (a claim's text is usually a slice of its
 * sentence's run, so it costs two numbers). The same data is built from
 * claims in memory ({@link buildIndexData}), merged from one part per
 * document ({@link mergeIndexData}) and stored on disk by `src/store/`.
 * No Node-only import: the reader page bundles this module.
 */
import Fuse from 'fuse.js'
import type {Claim} from '../types.js'
import {tokenize, type Token} from './text.js'
import {editDistance} from '../_distance.js'
import {tunables} from '../tunables.js'

/** How much a term counts, by where it sits in the claim's record; a posting stores the code (the index) of its best field. */
export const FIELD_WEIGHTS = tunables.resolve.fieldWeights.value
const TEXT = 0
const ANNOTATIONS = 1
const SENTENCE = 2
const SECTION = 3

/** Bitap settings for comparing two words. */
const FUZZY = {ignoreLocation: true, threshold: tunables.resolve.typoThreshold.value, includeMatches: false}

/**
 * The index as plain arrays: what is stored on disk and loaded back.
 * Claim numbers are positions in corpus order; term ids index `terms`.
 */
export interface IndexData {
  /** Number of claims. */
  claims: number
  /** Term id → term. */
  terms: string[]
  /** Term `t`'s postings are `postingDocs[postingStart[t] … postingStart[t + 1])`, ascending. */
  postingStart: Uint32Array
  postingDocs: Uint32Array
  /** Per posting, the code of the best field the term sits in (see {@link FIELD_WEIGHTS}). */
  postingFields: Uint8Array
  /** Term-id runs of sentences and claim texts. */
  tokens: Uint32Array
  /** Claim `c`'s sentence is `tokens[sentenceRun[2c] … sentenceRun[2c + 1])`. */
  sentenceRun: Uint32Array
  /** Claim `c`'s own text is `tokens[textRun[2c] … textRun[2c + 1])`. */
  textRun: Uint32Array
  /** Surface words of the claims, first seen first, with the term each stands for. */
  words: string[]
  wordTerms: Uint32Array
}

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

/** A term's postings: claim numbers (ascending) and the weight of the term's best field in each. */
export interface Posting {
  docs: Uint32Array
  fields: Uint8Array
}

/**
 * Inverted index over claims. `new ClaimIndex(claims)` builds it (linear in
 * the corpus's size); {@link ClaimIndex.fromData} wraps stored arrays, with
 * `claims` given lazily by the caller.
 */
export class ClaimIndex {
  readonly claims: readonly Claim[]
  readonly data: IndexData
  /** Number of claims. */
  readonly size: number
  /** Σ idf of each claim's own terms: the denominator of claim coverage. */
  readonly textMass: Float64Array
  /** Idf of a term never seen: the ceiling of {@link idf}. */
  readonly unseenIdf: number
  /** Which terms the index holds (`has`) and their postings (`get`). */
  readonly postings: {has(term: string): boolean; get(term: string): Posting | undefined}
  /** Surface word → term, for every word of every claim. */
  readonly words: {has(word: string): boolean; get(word: string): string | undefined; keys(): IterableIterator<string>}
  #ids: Map<string, number> | undefined
  #words: Map<string, string> | undefined
  /** Character bigram → vocabulary words holding it (built on first typo). */
  #grams: Map<string, string[]> | undefined

  /**
   * @param claims
   *   The claims, in corpus order.
   */
  constructor(claims: readonly Claim[], data: IndexData = buildIndexData(claims), textMass?: Float64Array) {
    this.claims = claims
    this.data = data
    this.size = data.claims
    this.unseenIdf = Math.log(1 + (data.claims + 0.5) / 0.5)
    this.postings = {
      has: (term) => this.id(term) !== undefined,
      get: (term) => {
        const id = this.id(term)
        if (id === undefined) return undefined
        const start = data.postingStart[id]!
        const end = data.postingStart[id + 1]!
        return {docs: data.postingDocs.subarray(start, end), fields: data.postingFields.subarray(start, end)}
      }
    }
    const words = (): Map<string, string> => {
      if (!this.#words) {
        this.#words = new Map()
        for (let i = 0; i < data.words.length; i++) this.#words.set(data.words[i]!, data.terms[data.wordTerms[i]!]!)
      }
      return this.#words
    }
    this.words = {has: (word) => words().has(word), get: (word) => words().get(word), keys: () => words().keys()}
    this.textMass = textMass ?? computeTextMass(data)
  }

  /**
   * Wrap stored index arrays.
   *
   * @param data
   *   The arrays (see {@link IndexData}).
   * @param claims
   *   The claims (may be a lazy array: only the matches are read).
   * @param textMass
   *   Stored claim masses, when the caller has them (else computed).
   * @returns
   *   The index.
   */
  static fromData(data: IndexData, claims: readonly Claim[], textMass?: Float64Array): ClaimIndex {
    return new ClaimIndex(claims, data, textMass)
  }

  /** The id of a term, or `undefined`. */
  id(term: string): number | undefined {
    if (!this.#ids) {
      this.#ids = new Map()
      for (let i = 0; i < this.data.terms.length; i++) this.#ids.set(this.data.terms[i]!, i)
    }
    return this.#ids.get(term)
  }

  /**
   * Whether term `b` follows term `a` in some claim's sentence (“prime
   * minister”): a merge of the two terms' postings (one entry a claim), at
   * most `limit` shared claims read.
   */
  follows(a: string, b: string, limit = 200): boolean {
    const ia = this.id(a)
    const ib = this.id(b)
    if (ia === undefined || ib === undefined) return false
    const {postingStart, postingDocs, tokens, sentenceRun} = this.data
    let i = postingStart[ia]!
    let j = postingStart[ib]!
    const endA = postingStart[ia + 1]!
    const endB = postingStart[ib + 1]!
    let seen = 0
    while (i < endA && j < endB && seen < limit) {
      const da = postingDocs[i]!
      const db = postingDocs[j]!
      if (da < db) i++
      else if (db < da) j++
      else {
        seen++
        for (let t = sentenceRun[2 * da]! + 1; t < sentenceRun[2 * da + 1]!; t++) if (tokens[t - 1] === ia && tokens[t] === ib) return true
        i++
        j++
      }
    }
    return false
  }

  /** Document frequency of a term id. */
  df(id: number): number {
    return this.data.postingStart[id + 1]! - this.data.postingStart[id]!
  }

  /** Inverse document frequency (BM25 form, always > 0). */
  idf(term: string): number {
    const id = this.id(term)
    const df = id === undefined ? 0 : this.df(id)
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5))
  }

  /**
   * The vocabulary terms a query word may be a typo of. Character bigrams
   * shortlist words that look alike (Dice ≥ 0.4); Fuse.js's Bitap matcher
   * scores each; the score is damped by the length ratio, since Fuse matches
   * substrings (`stan` is not a typo of `kazakhstan`).
   */
  fuzzy(word: string): FuzzyHit[] {
    const grams = (this.#grams ??= this.buildGrams())
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
    for (const word of this.data.words) {
      for (const gram of bigramsOf(word)) {
        const list = grams.get(gram)
        if (list) list.push(word)
        else grams.set(gram, [word])
      }
    }
    return grams
  }
}

/** Σ idf of each claim's distinct own terms. */
function computeTextMass(data: IndexData): Float64Array {
  const mass = new Float64Array(data.claims)
  const idf = new Float64Array(data.terms.length)
  for (let t = 0; t < idf.length; t++) {
    const df = data.postingStart[t + 1]! - data.postingStart[t]!
    idf[t] = Math.log(1 + (data.claims - df + 0.5) / (df + 0.5))
  }
  const seen = new Int32Array(data.terms.length).fill(-1)
  for (let c = 0; c < data.claims; c++) {
    let sum = 0
    for (let i = data.textRun[2 * c]!; i < data.textRun[2 * c + 1]!; i++) {
      const t = data.tokens[i]!
      if (seen[t] === c) continue
      seen[t] = c
      sum += idf[t]!
    }
    mass[c] = sum
  }
  return mass
}

/** A growable Uint32 buffer. */
class Buffer32 {
  array = new Uint32Array(1024)
  length = 0
  push(value: number): void {
    if (this.length === this.array.length) {
      const next = new Uint32Array(this.array.length * 2)
      next.set(this.array)
      this.array = next
    }
    this.array[this.length++] = value
  }
  done(): Uint32Array {
    return this.array.slice(0, this.length)
  }
}

/**
 * Build the index arrays of some claims.
 *
 * @param claims
 *   The claims, in corpus order.
 * @returns
 *   The index data.
 * @example
 *   ```ts
 *   buildIndexData([claim]).terms.slice(0, 3)
 *   // => ['israel', 'open', 'embassy']
 *   ```
 */
export function buildIndexData(claims: readonly Claim[]): IndexData {
  const ids = new Map<string, number>()
  const terms: string[] = []
  const idOf = (term: string): number => {
    let id = ids.get(term)
    if (id === undefined) ids.set(term, (id = terms.length)), terms.push(term)
    return id
  }
  const words = new Map<string, number>()
  const tokens = new Buffer32()
  const sentenceRun = new Uint32Array(2 * claims.length)
  const textRun = new Uint32Array(2 * claims.length)
  // Per claim: its terms with the code of their best field, kept to build postings once all ids are known.
  const claimTerms: Array<Map<number, number>> = []
  const sentences = new Map<string, {tokens: Token[]; start: number; end: number}>()
  const sections = new Map<string, Token[]>()
  claims.forEach((claim, c) => {
    const fields = new Map<number, number>()
    const note = (list: readonly Token[], field: number): void => {
      for (const token of list) {
        const id = idOf(token.term)
        if (token.kind === 'word' && !words.has(token.word)) words.set(token.word, id)
        const known = fields.get(id)
        if (known === undefined || known > field) fields.set(id, field)
      }
    }
    const own = tokenize(claim.text)
    let sentence = sentences.get(claim.sentence)
    if (!sentence) {
      const list = claim.sentence === claim.text ? own : tokenize(claim.sentence)
      const start = tokens.length
      for (const token of list) tokens.push(idOf(token.term))
      sentences.set(claim.sentence, (sentence = {tokens: list, start, end: tokens.length}))
    }
    const {countries, entities, years, quantities} = claim.annotations
    note(own, TEXT)
    note(tokenize([...countries, ...entities, ...years.map(String), ...quantities].join(' ')), ANNOTATIONS)
    note(sentence.tokens, SENTENCE)
    let section = sections.get(claim.section)
    if (!section) sections.set(claim.section, (section = tokenize(claim.section)))
    note(section, SECTION)
    claimTerms.push(fields)
    sentenceRun[2 * c] = sentence.start
    sentenceRun[2 * c + 1] = sentence.end
    // The claim's text is usually a run of its sentence's tokens: point into it rather than store it again.
    const at = sliceAt(sentence.tokens, own)
    if (at === -1) {
      textRun[2 * c] = tokens.length
      for (const token of own) tokens.push(idOf(token.term))
      textRun[2 * c + 1] = tokens.length
    } else {
      textRun[2 * c] = sentence.start + at
      textRun[2 * c + 1] = sentence.start + at + own.length
    }
  })
  const counts = new Uint32Array(terms.length + 1)
  for (const fields of claimTerms) for (const id of fields.keys()) counts[id + 1]!++
  for (let t = 0; t < terms.length; t++) counts[t + 1]! += counts[t]!
  const postingStart = counts.slice()
  const fill = counts.slice(0, terms.length)
  const postingDocs = new Uint32Array(postingStart[terms.length]!)
  const postingFields = new Uint8Array(postingDocs.length)
  claimTerms.forEach((fields, c) => {
    for (const [id, field] of fields) {
      const at = fill[id]!++
      postingDocs[at] = c
      postingFields[at] = field
    }
  })
  return {claims: claims.length, terms, postingStart, postingDocs, postingFields, tokens: tokens.done(), sentenceRun, textRun, words: [...words.keys()], wordTerms: Uint32Array.from(words.values())}
}

/** Where `part`'s terms sit as one run in `whole`'s, or -1. */
function sliceAt(whole: readonly Token[], part: readonly Token[]): number {
  if (part.length === 0) return 0
  outer: for (let i = 0; i + part.length <= whole.length; i++) {
    for (let k = 0; k < part.length; k++) if (whole[i + k]!.term !== part[k]!.term) continue outer
    return i
  }
  return -1
}

/**
 * Merge the index data of consecutive parts of a corpus (one per document)
 * into the index of the whole: the same arrays {@link buildIndexData} gives
 * for all their claims at once.
 *
 * @param parts
 *   Index data of each part, in corpus order.
 * @returns
 *   The merged index data.
 * @example
 *   ```ts
 *   mergeIndexData([buildIndexData(a), buildIndexData(b)]).claims === a.length + b.length
 *   // => true
 *   ```
 */
export function mergeIndexData(parts: readonly IndexData[]): IndexData {
  const ids = new Map<string, number>()
  const terms: string[] = []
  const maps = parts.map((part) =>
    Uint32Array.from(part.terms, (term) => {
      let id = ids.get(term)
      if (id === undefined) ids.set(term, (id = terms.length)), terms.push(term)
      return id
    })
  )
  let claims = 0
  let tokenCount = 0
  let postingCount = 0
  for (const part of parts) (claims += part.claims), (tokenCount += part.tokens.length), (postingCount += part.postingDocs.length)
  const counts = new Uint32Array(terms.length + 1)
  parts.forEach((part, p) => {
    const map = maps[p]!
    for (let t = 0; t < part.terms.length; t++) counts[map[t]! + 1]! += part.postingStart[t + 1]! - part.postingStart[t]!
  })
  for (let t = 0; t < terms.length; t++) counts[t + 1]! += counts[t]!
  const postingStart = counts.slice()
  const fill = counts.slice(0, terms.length)
  const postingDocs = new Uint32Array(postingCount)
  const postingFields = new Uint8Array(postingCount)
  const tokens = new Uint32Array(tokenCount)
  const sentenceRun = new Uint32Array(2 * claims)
  const textRun = new Uint32Array(2 * claims)
  const words = new Map<string, number>()
  let claimBase = 0
  let tokenBase = 0
  parts.forEach((part, p) => {
    const map = maps[p]!
    // Parts come in corpus order, so appending keeps every posting list ascending.
    for (let t = 0; t < part.terms.length; t++) {
      const id = map[t]!
      for (let i = part.postingStart[t]!; i < part.postingStart[t + 1]!; i++) {
        const at = fill[id]!++
        postingDocs[at] = part.postingDocs[i]! + claimBase
        postingFields[at] = part.postingFields[i]!
      }
    }
    for (let i = 0; i < part.tokens.length; i++) tokens[tokenBase + i] = map[part.tokens[i]!]!
    for (let i = 0; i < 2 * part.claims; i++) {
      sentenceRun[2 * claimBase + i] = part.sentenceRun[i]! + tokenBase
      textRun[2 * claimBase + i] = part.textRun[i]! + tokenBase
    }
    part.words.forEach((word, i) => {
      if (!words.has(word)) words.set(word, map[part.wordTerms[i]!]!)
    })
    claimBase += part.claims
    tokenBase += part.tokens.length
  })
  return {claims, terms, postingStart, postingDocs, postingFields, tokens, sentenceRun, textRun, words: [...words.keys()], wordTerms: Uint32Array.from(words.values())}
}
