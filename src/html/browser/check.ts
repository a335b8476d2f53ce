/**
 * The page's verdict: the library's own ranking (`analyse`, `rank`, `score`
 * of `src/search/resolve.ts` over a `ClaimIndex`), run in the browser, and a
 * comparison of the facts of the statement — numbers (money, percent,
 * counts, spelled out), years, months, countries, cities (any spelling) and
 * the people and bodies the paper names — with the matched claim's sentence.
 *
 * What it does not read, unlike `claimtrace verify` (whose fact reader and
 * decision it does not import, so that the page never depends on what the
 * library's verifier needs): a country the paper does not name near the
 * claim, a source hint, and the calibrated confidence.
 */
import type {Claim} from '../../types.js'
import {ClaimIndex} from '../../search/claim-index.js'
import {analyse, rank, score} from '../../search/resolve.js'
import {normalize, tokenize} from '../../search/text.js'
import {countries, places} from '../../tables/countries.js'
import {monthNames} from '../../_calendar.js'
import type {ReaderData} from '../data.js'
import {tunables} from '../../tunables.js'

/** A difference between the statement and the claim. */
export interface PageDiscrepancy {
  kind: 'number' | 'date' | 'entity'
  claimed: string
  paper: string
}

/** One match of a check: the claim's number in the data, and its score. */
export interface PageMatch {
  claim: number
  score: number
}

/** What the page says of a statement. */
export interface PageCheck {
  verdict: 'supported' | 'uncited' | 'contradicted' | 'not-found'
  matches: PageMatch[]
  discrepancies: PageDiscrepancy[]
}

/** The searchable index of one page: built once from its data. */
export interface PageIndex {
  data: ReaderData
  index: ClaimIndex
  entityTerms: Set<string>
  /** Names of people and bodies in the paper (normalised) and cities, by group, → printed form. */
  names: Map<string, {group: string; printed: string}>
}

/** Country keys as the tokenizer writes them (`kazakhstan`), to tell a country from a word. */
const COUNTRY_TERMS = new Set<string>()
for (const forms of Object.values(countries)) for (const form of forms) for (const token of tokenize(form)) COUNTRY_TERMS.add(token.term)

/** Build the claim index from the page's data (the same index `Searcher` builds in Node). */
export function buildIndex(data: ReaderData): PageIndex {
  const claims: Claim[] = data.claims.map((claim, n) => ({
    id: claim.id,
    document: data.document,
    text: claim.text,
    sentence: claim.s === -1 ? claim.text : (data.sentences[claim.s] ?? claim.text),
    section: data.sections[claim.h] ?? '',
    footnotes: claim.f,
    citations: [],
    figures: [],
    annotations: {countries: claim.a[0], entities: claim.a[1], years: claim.a[2], quantities: claim.a[3]},
    position: {line: n + 1, column: 1}
  }))
  // As `createEngine` does: names of entities and countries weigh more in the ranking.
  const entityTerms = new Set<string>()
  for (const claim of claims) {
    for (const name of [...claim.annotations.entities, ...claim.annotations.countries]) {
      const key = normalize(name).trim()
      if (key.length >= 3) for (const token of tokenize(key)) entityTerms.add(token.term)
    }
  }
  const names = new Map<string, {group: string; printed: string}>()
  for (const [name, forms] of Object.entries(places)) for (const form of forms) names.set(normalize(form), {group: 'place', printed: name})
  for (const claim of claims) {
    for (const name of claim.annotations.entities) {
      const key = normalize(name).trim()
      if (key.length >= 3 && !COUNTRY_TERMS.has(key) && !names.has(key)) names.set(key, {group: 'name', printed: name})
    }
  }
  return {data, index: new ClaimIndex(claims), entityTerms, names}
}

interface Fact {
  kind: PageDiscrepancy['kind']
  /** What it may be paired with: money, percent, count, year, country. */
  group: string
  term: string
  word: string
}

/** Scores within this of the best are a near tie (as in `verify`). */
const CLOSE = tunables.page.close.value

const SPELLED: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100
}
/** A word as printed (any case), or a number with inner `.`/`,`. */
const WORD = /\d+(?:[.,]\d+)*|\p{L}+(?:['’]\p{L}+)*/gu
const MONTHS = new Set(monthNames.map((name) => name.toLowerCase()))

/** Facts of `text`: numbers, dates, countries, and (with `names`) cities, people and bodies. */
function factsOf(text: string, names: PageIndex['names']): Fact[] {
  const facts: Fact[] = []
  const folded = normalize(text)
  for (const [key, {group, printed}] of names) {
    for (let at = folded.indexOf(key); at !== -1; at = folded.indexOf(key, at + key.length)) {
      if (/[a-z0-9]/.test(folded[at - 1] ?? ' ') || /[a-z0-9]/.test(folded[at + key.length] ?? ' ')) continue
      facts.push({kind: 'entity', group, term: `${group}:${printed.toLowerCase()}`, word: printed})
      break
    }
  }
  for (const match of text.matchAll(WORD)) {
    const word = match[0]
    const start = match.index
    const end = start + word.length
    const token = tokenize(word)[0]
    if (!token) continue
    if (token.kind === 'year') facts.push({kind: 'date', group: 'year', term: token.term, word})
    else if (token.kind === 'number') {
      const before = text.slice(Math.max(0, start - 2), start)
      const after = /^\s*(%|percent|per cent|thousand|million|billion|bn|dollars)?/i.exec(text.slice(end))?.[1]?.toLowerCase()
      const money = /\$\s?$/.test(before) || (after !== undefined && after !== '%' && !after.startsWith('per'))
      const group = money ? 'money' : after === '%' || after?.startsWith('per') ? 'percent' : 'count'
      facts.push({kind: 'number', group, term: token.term, word: (money && /\$\s?$/.test(before) ? '$' : '') + word + (after ? (after === '%' ? '%' : ' ' + after) : '')})
    } else if (COUNTRY_TERMS.has(token.term)) facts.push({kind: 'entity', group: 'country', term: token.term, word})
    else if (MONTHS.has(token.word)) facts.push({kind: 'date', group: 'month', term: token.word, word})
    else if (Object.hasOwn(SPELLED, token.word)) facts.push({kind: 'number', group: 'count', term: String(SPELLED[token.word]), word})
  }
  return facts
}

/** Facts of the statement the claim's sentence lacks, paired with the claim's spare facts of the same group. */
function compare(said: readonly Fact[], claim: Claim, names: PageIndex['names']): {discrepancies: PageDiscrepancy[]; exclude: Set<string>} {
  const context = factsOf(claim.sentence, names)
  const own = factsOf(claim.text, names)
  const unmatched = (facts: readonly Fact[], against: readonly Fact[]): Fact[] => facts.filter((fact) => !against.some((other) => other.term === fact.term))
  // The claim's own facts first, then the rest of its sentence.
  const spare = [...unmatched(own, said), ...unmatched(unmatched(context, own), said)]
  const discrepancies: PageDiscrepancy[] = []
  const exclude = new Set<string>()
  for (const fact of said) {
    if (context.some((other) => other.term === fact.term)) continue
    const at = spare.findIndex((other) => other.group === fact.group)
    if (at === -1) continue
    const paper = spare.splice(at, 1)[0]!
    discrepancies.push({kind: fact.kind, claimed: fact.word, paper: paper.word})
    for (const token of tokenize(fact.word)) exclude.add(token.term)
  }
  return {discrepancies, exclude}
}

/**
 * What a check weighs before any threshold: the chosen claim, its score, the
 * discrepancies with it and the score of the rest of the statement without
 * them. {@link check} turns it into a verdict with the page's thresholds;
 * `bench/fit-page.ts` fits those thresholds on it.
 */
export interface PageEvidence {
  /** The best matches, the chosen claim first (empty when nothing matched). */
  matches: PageMatch[]
  /** The chosen claim's number in the data (`undefined` when nothing can be checked). */
  chosen: number | undefined
  /** Its resolve score. */
  score: number
  /** The facts of the statement the chosen claim states otherwise. */
  discrepancies: PageDiscrepancy[]
  /** The score of the statement with its discrepant facts left out (0 without discrepancies). */
  rest: number
  /** The claim of the sentence that states the paper's side of the discrepancies (the chosen one when none other does). */
  owner: number | undefined
}

/**
 * Weigh a statement against the page's claims: among the claims scoring
 * within {@link CLOSE} of the best, the one with the fewest discrepancies
 * wins, and on a tie a cited claim beats the uncited rest of its sentence.
 *
 * @param page
 *   The page index.
 * @param text
 *   The statement.
 * @param limit
 *   How many matches to return.
 * @returns
 *   The evidence, for {@link verdictOf}.
 */
export function weigh(page: PageIndex, text: string, limit = 5): PageEvidence {
  const {index} = page
  const query = analyse(index, text, page.entityTerms)
  const ranked = rank(index, query, limit)
  const first = ranked[0]
  const round = (value: number): number => Math.round(value * 1000) / 1000
  if (!first || query.terms.length < 2) {
    return {matches: ranked.map((r) => ({claim: r.doc, score: round(r.score)})), chosen: undefined, score: 0, discrepancies: [], rest: 0, owner: undefined}
  }
  const said = factsOf(text, page.names)
  let chosen: {doc: number; score: number; discrepancies: PageDiscrepancy[]; exclude: Set<string>} | undefined
  for (const candidate of ranked) {
    if (first.score - candidate.score > CLOSE) break
    const claim = index.claims[candidate.doc]!
    const found = compare(said, claim, page.names)
    const current = chosen && index.claims[chosen.doc]!
    const sibling = current !== undefined && current.sentence === claim.sentence && current.footnotes.length === 0 && claim.footnotes.length > 0
    if (!chosen || found.discrepancies.length < chosen.discrepancies.length || (sibling && found.discrepancies.length === chosen.discrepancies.length)) {
      chosen = {doc: candidate.doc, score: candidate.score, ...found}
    }
  }
  const best = chosen!
  const order = [best.doc, ...ranked.map((r) => r.doc).filter((doc) => doc !== best.doc)]
  const scoreOf = new Map(ranked.map((r) => [r.doc, r.score]))
  const matches = order.map((doc) => ({claim: doc, score: round(scoreOf.get(doc) ?? 0)}))
  if (best.discrepancies.length === 0) return {matches, chosen: best.doc, score: best.score, discrepancies: [], rest: 0, owner: best.doc}
  // The paper's side of a discrepancy belongs to the claim of the sentence that states it (“…about $300 million”[^25]).
  const claim = index.claims[best.doc]!
  const states = (doc: number): boolean => best.discrepancies.every((d) => factsOf(index.claims[doc]!.text, page.names).some((fact) => fact.word === d.paper))
  const owner = states(best.doc) ? best.doc : index.claims.findIndex((other, doc) => other.sentence === claim.sentence && states(doc))
  return {matches, chosen: best.doc, score: best.score, discrepancies: best.discrepancies, rest: score(index, query, best.doc, best.exclude).score, owner: owner === -1 ? best.doc : owner}
}

/**
 * The verdict the evidence gives under the page's thresholds: contradicted
 * when the chosen claim states a fact otherwise and the rest of the
 * statement scores at least `contradicted`; found (supported when the claim
 * is cited, else uncited) when nothing differs and the score is at least
 * `found`; else not found.
 *
 * @param evidence
 *   What {@link weigh} found.
 * @param cited
 *   Whether the chosen claim has footnotes.
 * @param calibration
 *   The thresholds.
 * @returns
 *   The verdict.
 */
export function verdictOf(evidence: PageEvidence, cited: boolean, calibration: {found: number; contradicted: number}): PageCheck['verdict'] {
  if (evidence.chosen === undefined) return 'not-found'
  if (evidence.discrepancies.length > 0) return evidence.rest >= calibration.contradicted ? 'contradicted' : 'not-found'
  if (evidence.score >= calibration.found) return cited ? 'supported' : 'uncited'
  return 'not-found'
}

/**
 * Check a statement against the page's claims ({@link weigh}, then
 * {@link verdictOf} with the page's calibration).
 *
 * @param page
 *   The page index.
 * @param text
 *   The statement.
 * @param limit
 *   How many matches to return.
 * @returns
 *   The verdict, the best matches (the chosen claim first; for a
 *   contradiction, the claim that states the paper's side) and the discrepancies found.
 */
export function check(page: PageIndex, text: string, limit = 5): PageCheck {
  const evidence = weigh(page, text, limit)
  const cited = evidence.chosen !== undefined && page.index.claims[evidence.chosen]!.footnotes.length > 0
  const verdict = verdictOf(evidence, cited, page.data.calibration)
  if (verdict === 'contradicted') {
    const lead = evidence.owner!
    const first = {claim: lead, score: evidence.matches.find((m) => m.claim === lead)?.score ?? 0}
    return {verdict, matches: [first, ...evidence.matches.filter((m) => m.claim !== lead)], discrepancies: evidence.discrepancies}
  }
  return {verdict, matches: evidence.matches, discrepancies: []}
}
