/**
 * Resolve: rank the claims a query restates.
 *
 * Design (for the README):
 * 1. Analyse: the query is normalised, tokenised, stopwords dropped and words
 *    stemmed lightly (`investments` → `invest`); demonyms map to countries
 *    (`Kazakh` → `kazakhstan`), numbers to their value (`33,200` → `33200`).
 * 2. Typos: a query word the corpus never uses is looked up with Fuse.js in
 *    the corpus vocabulary (`Kazakstan` → `kazakhstan`), scored by similarity.
 *    Fuse only ever sees short words, where Bitap is exact and fast.
 * 3. Candidates: an inverted index (term → claims) accumulates, for every
 *    claim sharing a term, the query coverage: Σ weight × idf × field weight
 *    over shared terms / Σ weight × idf over query terms. Rare words weigh
 *    more (IDF), numbers, years and names more than words; a term counts
 *    most in the claim's own text, less in its annotations, the rest of its
 *    sentence (context) and its section (the weights: `src/tunables.ts`).
 * 4. Rerank every claim that could win: a weighted sum of query coverage,
 *    claim coverage (the share of the claim's own idf mass the query
 *    restates) and word-pair overlap (word order, for verbatim fragments).
 *    The score is in 0..1 and monotone with the ranking.
 * Cost: the postings of the query's rarer terms, then only the claims that
 * can still reach the top (see {@link rank}); no scan of the corpus.
 */
import type {Claim, CslItem, Resolution} from '../types.js'
import {FIELD_WEIGHTS, type ClaimIndex} from './claim-index.js'
import {RELATION_WEIGHT, type Relation} from '../language/relations.js'
import {MAX_QUERY_CHARS, stem, tokenize, type Token} from './text.js'
import {tunables} from '../tunables.js'

/** A query term with its weight in the ranking. */
export interface QueryTerm {
  term: string
  word: string
  kind: Token['kind']
  /** Query-side weight × idf. */
  weight: number
  /** 1 for an exact vocabulary hit, the Fuse similarity for a typo, 0 when unknown. */
  quality: number
  /** Corpus terms of the same meaning (synonyms, derived forms, broader terms), each with what a match through it counts. */
  alternatives: Array<{term: string; quality: number}>
}

/** The analysed query: its weighted terms and consecutive term pairs. */
export interface Query {
  terms: QueryTerm[]
  bigrams: string[]
}

/** A ranked claim with the parts of its score (the verifier reads them). */
export interface Ranked {
  doc: number
  score: number
  queryCoverage: number
  claimCoverage: number
}

const KIND_WEIGHT = tunables.resolve.kindWeight.value
const ENTITY_WEIGHT = tunables.resolve.entityWeight.value
const MIX = tunables.resolve.mix.value

/** The corpus words a query word may mean: `thesaurus` looks a lemma up (see `Thesaurus.lookup`). */
export type Meanings = (word: string) => ReadonlyArray<{lemma: string; relation: Relation}>

/**
 * Analyse `text` against `index`: weights, typo repairs, word pairs, and
 * the corpus terms each word may mean (`lemmas` gives a word's lemma when
 * the caller analysed the text; else a few inflections are tried).
 */
export function analyse(index: ClaimIndex, text: string, entities: ReadonlySet<string>, meanings?: Meanings, lemmas?: ReadonlyMap<string, string>): Query {
  const tokens = tokenize(text.slice(0, MAX_QUERY_CHARS))
  const byTerm = new Map<string, QueryTerm>()
  const order: string[] = []
  for (const token of tokens) {
    let {term} = token
    let quality = 1
    if (!index.postings.has(term) && token.kind === 'word' && token.word.length >= 4) {
      const best = index.fuzzy(token.word)[0]
      if (best) ({term, similarity: quality} = best)
    }
    if (!index.postings.has(term)) quality = 0
    order.push(term)
    const base = KIND_WEIGHT[token.kind] * (entities.has(term) ? ENTITY_WEIGHT : 1)
    const weight = base * (quality > 0 ? index.idf(term) : index.unseenIdf)
    const known = byTerm.get(term)
    if (!known || known.weight * known.quality < weight * quality) {
      const alternatives = meanings && token.kind === 'word' ? alternativesOf(index, token.word, term, meanings, lemmas) : []
      byTerm.set(term, {term, word: token.word, kind: token.kind, weight, quality, alternatives})
    }
  }
  const bigrams: string[] = []
  for (let i = 1; i < order.length; i++) bigrams.push(order[i - 1] + ' ' + order[i])
  return {terms: [...byTerm.values()], bigrams}
}

/** Inflections a query word may be of, for lookups when no lemma is known: `weapons` → `weapon`. */
function baseForms(word: string): string[] {
  const forms = [word]
  if (word.endsWith('ies')) forms.push(word.slice(0, -3) + 'y')
  if (word.endsWith('es')) forms.push(word.slice(0, -2))
  if (word.endsWith('s') && !word.endsWith('ss')) forms.push(word.slice(0, -1))
  if (word.endsWith('ied')) forms.push(word.slice(0, -3) + 'y')
  if (word.endsWith('ed')) forms.push(word.slice(0, -2), word.slice(0, -1))
  if (word.endsWith('ing')) forms.push(word.slice(0, -3), word.slice(0, -3) + 'e')
  return forms
}

function alternativesOf(index: ClaimIndex, word: string, term: string, meanings: Meanings, lemmas: ReadonlyMap<string, string> | undefined): QueryTerm['alternatives'] {
  const lemma = lemmas?.get(word)
  const found = new Map<string, number>()
  for (const form of lemma === undefined ? baseForms(word) : [lemma, word]) {
    for (const sense of meanings(form)) {
      const weight = RELATION_WEIGHT[sense.relation]
      const other = stem(sense.lemma)
      if (weight === 0 || other === term || !index.postings.has(other)) continue
      if ((found.get(other) ?? 0) < weight) found.set(other, weight)
    }
    if (lemma !== undefined && lemma !== word) {
      // An irregular form (`rose`, `fell`) reaches its lemma's own term too.
      const own = stem(lemma)
      if (own !== term && index.postings.has(own)) found.set(own, 1)
    }
  }
  return [...found].map(([alternative, quality]) => ({term: alternative, quality}))
}

/** Per index: the scratch arrays of {@link rank} (one query at a time). */
interface Scratch {
  /** `stamp[doc] === generation`: the claim is a candidate of this query. */
  stamp: Uint32Array
  generation: number
  /** Σ over query terms of the term's weighted match in the claim (query coverage × total). */
  gain: Float64Array
  /** Σ idf × quality of the query's terms in the claim's own text (claim coverage × text mass). */
  shared: Float64Array
  /** The same per term (a claim counts each query term once, through its best form). */
  termStamp: Uint32Array
  termGeneration: number
  termGain: Float64Array
  termShared: Float64Array
}

const scratches = new WeakMap<ClaimIndex, Scratch>()

function scratchOf(index: ClaimIndex): Scratch {
  let scratch = scratches.get(index)
  if (!scratch || scratch.generation >= 0xfffffff0 || scratch.termGeneration >= 0xfffffff0) {
    const n = index.size
    scratch = {stamp: new Uint32Array(n), generation: 0, gain: new Float64Array(n), shared: new Float64Array(n), termStamp: new Uint32Array(n), termGeneration: 0, termGain: new Float64Array(n), termShared: new Float64Array(n)}
    scratches.set(index, scratch)
  }
  return scratch
}

/** Float noise allowed between a bound and the score it bounds (sums in another order). */
const SLACK = 1e-9

/**
 * Rank claims for an analysed query; best first, at most `limit`.
 *
 * The result is that of scoring every claim that shares a term with the
 * query ({@link score}) and keeping the best, with pruning that provably
 * changes nothing (MaxScore, term at a time):
 * 1. Query terms are taken by their upper bound (weight × best quality),
 *    highest first; each adds to every claim of its postings the term's
 *    query coverage and, where it sits in the claim's own text, its claim
 *    coverage. Once the terms left, with claim coverage and word pairs at
 *    their ceiling, cannot lift a claim not yet met above the `limit`-th
 *    best lower bound, no new claim is admitted: the rest of the terms only
 *    update the admitted ones (by binary search when they are few).
 * 2. Query and claim coverage are then exact, and only the word pairs
 *    (≤ 0.15) are unknown: every admitted claim whose bound can still reach
 *    the `limit`-th best is scored in full, best bound first, until none can.
 * Ties are broken by evidence — score, then query coverage, then claim
 * coverage — and only exact ties on all three by corpus order.
 */
export function rank(index: ClaimIndex, query: Query, limit: number): Ranked[] {
  let total = 0
  for (const term of query.terms) total += term.weight
  if (total === 0 || index.size === 0) return []
  const {data} = index
  // The same looked-up terms `score` reads, by upper bound.
  const prepared = lookedUp(index, query)
    .terms.filter((term) => term.forms.length > 0)
    .map((term) => ({...term, bound: term.weight * Math.max(...term.forms.map((form) => form.quality))}))
    .sort((a, b) => b.bound - a.bound)
  const scratch = scratchOf(index)
  const {stamp, gain, shared, termStamp, termGain, termShared} = scratch
  const generation = ++scratch.generation
  let candidates = new Uint32Array(64)
  let count = 0
  const k = Math.max(1, limit)
  const pairs = query.bigrams.length > 0
  const lowerOf = (doc: number): number => {
    const mass = index.textMass[doc]!
    const qc = gain[doc]! / total
    return MIX.query * qc + MIX.claim * (mass > 0 ? Math.min(1, shared[doc]! / mass) : 0) + (pairs ? 0 : MIX.pairs * qc)
  }
  let remaining = 0
  for (const term of prepared) remaining += term.bound
  let admitting = true
  const touched: number[] = []
  for (const term of prepared) {
    remaining -= term.bound
    const termGeneration = ++scratch.termGeneration
    touched.length = 0
    for (const form of term.forms) {
      const start = data.postingStart[form.id]!
      const end = data.postingStart[form.id + 1]!
      const gainOf = term.weight * form.quality
      const sharedOf = form.idf * form.quality
      const visit = (at: number): void => {
        const doc = data.postingDocs[at]!
        const field = data.postingFields[at]!
        const value = gainOf * FIELD_WEIGHTS[field]!
        const own = field === 0 ? sharedOf : 0
        if (termStamp[doc] !== termGeneration) {
          termStamp[doc] = termGeneration
          termGain[doc] = value
          termShared[doc] = own
          touched.push(doc)
        } else {
          if (termGain[doc]! < value) termGain[doc] = value
          if (termShared[doc]! < own) termShared[doc] = own
        }
      }
      if (admitting) {
        for (let at = start; at < end; at++) visit(at)
      } else if (count * 16 < end - start) {
        // Few candidates, a long posting list: look each candidate up.
        for (let i = 0; i < count; i++) {
          const at = search(data.postingDocs, candidates[i]!, start, end)
          if (at !== -1) visit(at)
        }
      } else {
        for (let at = start; at < end; at++) if (stamp[data.postingDocs[at]!] === generation) visit(at)
      }
    }
    for (const doc of touched) {
      if (stamp[doc] !== generation) {
        stamp[doc] = generation
        gain[doc] = 0
        shared[doc] = 0
        if (count === candidates.length) {
          const next = new Uint32Array(count * 2)
          next.set(candidates)
          candidates = next
        }
        candidates[count++] = doc
      }
      gain[doc]! += termGain[doc]!
      shared[doc]! += termShared[doc]!
    }
    // A claim not met yet gets at most the terms left, full claim coverage and full word pairs.
    if (admitting && count >= k && remaining > 0) {
      const ceiling = MIX.query * (remaining / total) + MIX.claim + MIX.pairs
      // No candidate's lower bound exceeds what the terms taken so far can give: while that is under the ceiling, the k-th is too (no need to find it).
      const taken = (total - remaining) / total
      const highest = MIX.query * taken + MIX.claim + (pairs ? 0 : MIX.pairs * taken)
      if (ceiling < 1 && ceiling + SLACK < highest && ceiling + SLACK < kthLargest(candidates, count, k, lowerOf)) admitting = false
    }
  }
  // Every candidate's query and claim coverage are exact now; word pairs add at most MIX.pairs.
  const floor = kthLargest(candidates, count, k, lowerOf)
  const finalists: Array<{doc: number; bound: number}> = []
  for (let i = 0; i < count; i++) {
    const doc = candidates[i]!
    const bound = lowerOf(doc) + (pairs ? MIX.pairs : 0)
    if (bound + SLACK >= floor) finalists.push({doc, bound})
  }
  finalists.sort((a, b) => b.bound - a.bound || a.doc - b.doc)
  const best: Ranked[] = []
  for (const {doc, bound} of finalists) {
    if (best.length === k && bound + SLACK < best[k - 1]!.score) break
    const ranked = score(index, query, doc, NOTHING)
    if (best.length === k && compare(ranked, best[k - 1]!) >= 0) continue
    let at = best.length
    while (at > 0 && compare(ranked, best[at - 1]!) < 0) at--
    best.splice(at, 0, ranked)
    if (best.length > k) best.pop()
  }
  return best.slice(0, limit)
}

/** Best first: score, then the evidence behind it, then (exact ties only) corpus order. */
function compare(a: Ranked, b: Ranked): number {
  return b.score - a.score || b.queryCoverage - a.queryCoverage || b.claimCoverage - a.claimCoverage || a.doc - b.doc
}

/** The `k`-th largest `value` of the first `count` candidates (−∞ when fewer). */
function kthLargest(candidates: Uint32Array, count: number, k: number, value: (doc: number) => number): number {
  if (count < k) return -Infinity
  // A min-heap of the k largest.
  const heap = new Float64Array(k)
  let size = 0
  for (let i = 0; i < count; i++) {
    const v = value(candidates[i]!)
    if (size < k) {
      let at = size++
      heap[at] = v
      while (at > 0) {
        const parent = (at - 1) >> 1
        if (heap[parent]! <= heap[at]!) break
        const swap = heap[parent]!
        heap[parent] = heap[at]!
        heap[at] = swap
        at = parent
      }
    } else if (v > heap[0]!) {
      heap[0] = v
      let at = 0
      for (;;) {
        const left = 2 * at + 1
        const right = left + 1
        let least = at
        if (left < k && heap[left]! < heap[least]!) least = left
        if (right < k && heap[right]! < heap[least]!) least = right
        if (least === at) break
        const swap = heap[least]!
        heap[least] = heap[at]!
        heap[at] = swap
        at = least
      }
    }
  }
  return heap[0]!
}

const NOTHING: ReadonlySet<string> = new Set()

/** A query term's forms with what a match through each counts: itself first, then its alternatives. */
function forms(term: QueryTerm): Array<[string, number]> {
  return [[term.term, term.quality], ...term.alternatives.map(({term: form, quality}) => [form, quality] as [string, number])]
}

/**
 * Score one claim for a query, leaving out `exclude`d terms (the verifier
 * asks how well the rest of a statement matches once a discrepancy is set
 * aside).
 */
export function score(index: ClaimIndex, query: Query, doc: number, exclude: ReadonlySet<string>): Ranked {
  const {data} = index
  const {terms, pairs} = lookedUp(index, query)
  let total = 0
  let sum = 0
  let shared = 0
  for (const term of terms) {
    if (exclude.has(term.term)) continue
    total += term.weight
    let best = 0
    let sharedBest = 0
    for (const {id, quality, idf} of term.forms) {
      const at = search(data.postingDocs, doc, data.postingStart[id]!, data.postingStart[id + 1]!)
      if (at === -1) continue
      const field = data.postingFields[at]!
      best = Math.max(best, term.weight * quality * FIELD_WEIGHTS[field]!)
      // The best field is the claim's own text exactly when the term is one of its words.
      if (field === 0) sharedBest = Math.max(sharedBest, idf * quality)
    }
    sum += best
    shared += sharedBest
  }
  const queryCoverage = total > 0 ? sum / total : 0
  const claimCoverage = index.textMass[doc]! > 0 ? Math.min(1, shared / index.textMass[doc]!) : 0
  let pairScore = 0
  let pairCount = 0
  for (const {a, b, ids} of pairs) {
    if (exclude.size > 0 && (exclude.has(a) || exclude.has(b))) continue
    pairCount++
    pairScore += pairWeight(index, doc, ids[0], ids[1])
  }
  const pairCoverage = pairCount > 0 ? pairScore / pairCount : queryCoverage
  const value = MIX.query * queryCoverage + MIX.claim * claimCoverage + MIX.pairs * pairCoverage
  return {doc, score: value, queryCoverage, claimCoverage}
}

/** A query's terms and word pairs with their ids in one index, looked up once however many claims are scored. */
interface LookedUp {
  terms: Array<{term: string; weight: number; forms: Array<{id: number; quality: number; idf: number}>}>
  pairs: Array<{a: string; b: string; ids: [number | undefined, number | undefined]}>
}

const lookups = new WeakMap<Query, {index: ClaimIndex; found: LookedUp}>()

function lookedUp(index: ClaimIndex, query: Query): LookedUp {
  const known = lookups.get(query)
  if (known?.index === index) return known.found
  const found: LookedUp = {
    terms: query.terms.map((term) => ({
      term: term.term,
      weight: term.weight,
      forms: forms(term).flatMap(([form, quality]) => {
        const id = quality > 0 ? index.id(form) : undefined
        return id === undefined ? [] : [{id, quality, idf: index.idf(form)}]
      })
    })),
    pairs: query.bigrams.map((pair) => {
      const space = pair.indexOf(' ')
      const a = pair.slice(0, space)
      const b = pair.slice(space + 1)
      return {a, b, ids: [index.id(a), index.id(b)]}
    })
  }
  lookups.set(query, {index, found})
  return found
}

/** 1 when terms `a b` follow each other in the claim's own text, 0.5 elsewhere in its sentence, else 0. */
function pairWeight(index: ClaimIndex, doc: number, a: number | undefined, b: number | undefined): number {
  if (a === undefined || b === undefined) return 0
  const {tokens, textRun, sentenceRun} = index.data
  for (let i = textRun[2 * doc]! + 1; i < textRun[2 * doc + 1]!; i++) if (tokens[i - 1] === a && tokens[i] === b) return 1
  for (let i = sentenceRun[2 * doc]! + 1; i < sentenceRun[2 * doc + 1]!; i++) if (tokens[i - 1] === a && tokens[i] === b) return 0.5
  return 0
}

/** Position of `value` in `sorted[start … end)`, or -1. */
function search(sorted: Uint32Array, value: number, start: number, end: number): number {
  let low = start
  let high = end - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const at = sorted[mid]!
    if (at === value) return mid
    if (at < value) low = mid + 1
    else high = mid - 1
  }
  return -1
}

/** Turn ranked claims into the public {@link Resolution} shape. */
export function toResolution(text: string, claims: readonly Claim[], ranked: readonly Ranked[], sources: ReadonlyMap<string, CslItem>): Resolution {
  return {
    query: text,
    matches: ranked.map(({doc, score}) => {
      const claim = claims[doc]!
      return {claim, score: round(score), citations: claim.citations, sources: sourcesOf(claim, sources)}
    })
  }
}

/** The distinct CSL items a claim cites, in citation order. */
export function sourcesOf(claim: Claim, sources: ReadonlyMap<string, CslItem>): CslItem[] {
  const seen = new Set<string>()
  const items: CslItem[] = []
  for (const citation of claim.citations) {
    const item = sources.get(citation.source)
    if (item && !seen.has(item.id)) {
      seen.add(item.id)
      items.push(item)
    }
  }
  return items
}

/** Round a score for output (stable JSON, no float noise). */
export function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
