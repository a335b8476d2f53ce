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
 *    more (IDF); numbers ×2, years ×1.5, countries and named entities ×1.3;
 *    the claim's own text counts 1, its annotations 0.8, the rest of its
 *    sentence 0.5 (context), its section 0.2.
 * 4. Rerank the best 30: score = 0.6 × query coverage + 0.25 × claim
 *    coverage (the share of the claim's own idf mass the query restates) +
 *    0.15 × word-pair overlap (word order, for verbatim fragments). The score
 *    is in 0..1 and monotone with the ranking.
 * Cost: one pass over the postings of the query terms; no scan of the corpus.
 */
import type {Claim, CslItem, Resolution} from '../types.js'
import type {ClaimIndex} from './_index.js'
import {RELATION_WEIGHT, type Relation} from '../language/relations.js'
import {MAX_QUERY_CHARS, stem, tokenize, type Token} from './_text.js'

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

const KIND_WEIGHT = {number: 2, year: 1.5, word: 1} as const
const ENTITY_WEIGHT = 1.3
const RERANK = 30
const MIX = {query: 0.6, claim: 0.25, pairs: 0.15} as const

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

/** Rank claims for an analysed query; best first, at most `limit`. */
export function rank(index: ClaimIndex, query: Query, limit: number): Ranked[] {
  let total = 0
  for (const term of query.terms) total += term.weight
  if (total === 0) return []
  const scores = new Map<number, number>()
  for (const term of query.terms) {
    // A claim counts each query term once, through its best form: the term itself or an alternative.
    const gains = new Map<number, number>()
    for (const [form, quality] of forms(term)) {
      const posting = quality > 0 ? index.postings.get(form) : undefined
      if (!posting) continue
      const gain = term.weight * quality
      for (let i = 0; i < posting.docs.length; i++) {
        const doc = posting.docs[i]!
        const value = gain * posting.weights[i]!
        if ((gains.get(doc) ?? 0) < value) gains.set(doc, value)
      }
    }
    for (const [doc, gain] of gains) scores.set(doc, (scores.get(doc) ?? 0) + gain)
  }
  const shortlist = [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, Math.max(RERANK, limit))
  const ranked = shortlist.map(([doc]) => score(index, query, doc, NOTHING))
  return ranked.sort((a, b) => b.score - a.score || a.doc - b.doc).slice(0, limit)
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
  let total = 0
  let sum = 0
  let shared = 0
  const own = index.textTerms[doc]!
  for (const term of query.terms) {
    if (exclude.has(term.term)) continue
    total += term.weight
    let best = 0
    let sharedBest = 0
    for (const [form, quality] of forms(term)) {
      const posting = quality > 0 ? index.postings.get(form) : undefined
      if (!posting) continue
      const at = search(posting.docs, doc)
      if (at !== -1) best = Math.max(best, term.weight * quality * posting.weights[at]!)
      if (own.has(form)) sharedBest = Math.max(sharedBest, index.idf(form) * quality)
    }
    sum += best
    shared += sharedBest
  }
  const queryCoverage = total > 0 ? sum / total : 0
  const claimCoverage = index.textMass[doc]! > 0 ? Math.min(1, shared / index.textMass[doc]!) : 0
  const pairs = index.bigrams[doc]!
  let pairScore = 0
  let pairCount = 0
  for (const pair of query.bigrams) {
    if (exclude.size > 0 && pair.split(' ').some((term) => exclude.has(term))) continue
    pairCount++
    pairScore += pairs.get(pair) ?? 0
  }
  const pairCoverage = pairCount > 0 ? pairScore / pairCount : queryCoverage
  const value = MIX.query * queryCoverage + MIX.claim * claimCoverage + MIX.pairs * pairCoverage
  return {doc, score: value, queryCoverage, claimCoverage}
}

function search(sorted: readonly number[], value: number): number {
  let low = 0
  let high = sorted.length - 1
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
