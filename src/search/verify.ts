/**
 * Verify: does the paper make this statement, and on whose authority?
 *
 * The statement is resolved; among the claims that score within
 * {@link CLOSE} of the best, the one with the fewest discrepancies wins (a
 * near tie should not turn a true statement into a contradicted one). Facts
 * (numbers, dates, entities) of the statement missing from the claim's
 * sentence are paired with facts of the claim absent from the statement:
 * each pair is a discrepancy. Then, with the fitted thresholds of
 * `_calibration.ts`: discrepancies and the rest of the statement covering
 * the claim → `contradicted`; else a score above the found threshold, and
 * no country the claim's sentence never names → `supported` (the claim has
 * footnotes) or `uncited`; else `not-found`.
 */
import type {Claim, Verification} from '../types.js'
import {CALIBRATION, confidence} from './_calibration.js'
import type {Engine} from './_engine.js'
import {extractFacts, same, type Fact} from './_features.js'
import {analyse, rank, score, sourcesOf, type Query, type Ranked} from './resolve.js'
import {tokenize} from './_text.js'

/** How many claims back a country may have been named for "it" to refer to it. */
const NEIGHBOURS = 4

/** Scores within this of the best are a near tie. */
const CLOSE = 0.1

/** What the decision rests on; `bench/calibrate.ts` reads it to fit thresholds. */
export interface Evidence {
  best: Ranked | undefined
  claim: Claim | null
  discrepancies: Verification['discrepancies']
  /** Query coverage of the claim once discrepant facts are left out. */
  rest: number
  /** Gap between the best score and the runner-up's. */
  margin: number
  /** Countries the statement names that the claim's sentence never mentions, unpaired. */
  extra: number
  /** Content words of the statement (stopwords left out). */
  terms: number
}

/** Resolve `text` and collect the evidence for a verdict. */
export function gather(engine: Engine, text: string): Evidence {
  const query = analyse(engine.index, text, engine.entityTerms)
  const ranked = rank(engine.index, query, 5)
  const first = ranked[0]
  if (!first) return {best: undefined, claim: null, discrepancies: [], rest: 0, margin: 0, extra: 0, terms: query.terms.length}
  const facts = extractFacts(text, engine.entities)
  let chosen: {ranked: Ranked; discrepancies: Verification['discrepancies']; exclude: Set<string>; extra: number} | undefined
  for (const candidate of ranked) {
    if (first.score - candidate.score > CLOSE) break
    const claim = engine.claims[candidate.doc]!
    const found = compare(facts, candidate.doc, engine)
    // On a tie, a cited claim beats the uncited tail of the same sentence:
    // the sentence's marker vouches for it ("$300 million[^25] in Kazakhstan's economy").
    const current = chosen && engine.claims[chosen.ranked.doc]!
    const sibling = current !== undefined && current.sentence === claim.sentence && current.footnotes.length === 0 && claim.footnotes.length > 0
    if (!chosen || found.discrepancies.length < chosen.discrepancies.length || (sibling && found.discrepancies.length === chosen.discrepancies.length)) {
      chosen = {ranked: candidate, ...found}
    }
  }
  const best = chosen!.ranked
  const runnerUp = ranked.find((r) => r !== best)
  return {
    best,
    claim: engine.claims[best.doc]!,
    discrepancies: chosen!.discrepancies,
    rest: restCoverage(engine, query, best.doc, chosen!.exclude),
    margin: runnerUp ? best.score - runnerUp.score : best.score,
    extra: chosen!.extra,
    terms: query.terms.length
  }
}

function restCoverage(engine: Engine, query: Query, doc: number, exclude: ReadonlySet<string>): number {
  return score(engine.index, query, doc, exclude).score
}

/** Pair the statement's unmatched facts with the claim's unmatched facts of the same group. */
function compare(facts: readonly Fact[], doc: number, engine: Engine): {discrepancies: Verification['discrepancies']; exclude: Set<string>; extra: number} {
  const claim = engine.claims[doc]!
  const context = extractFacts(claim.sentence, engine.entities)
  const own = extractFacts(claim.text, engine.entities)
  // A statement's fact is missing when the sentence never states it; the
  // paper's spare facts are counted as multisets, own text first: "Israeli
  // Prime Minister … Iran's interest" against "Israeli … Israel's interest"
  // leaves one Israel spare.
  const missing = facts.filter((fact) => !context.some((other) => same(fact, other)))
  const spare = [...unmatched(own, facts), ...unmatched(unmatched(context, own), facts)]
  const discrepancies: Verification['discrepancies'] = []
  const exclude = new Set<string>()
  let extra = 0
  for (const fact of missing) {
    const index = spare.findIndex((other) => other.group === fact.group)
    const pair = index === -1 && fact.kind === 'number' ? spare.findIndex((other) => other.kind === fact.kind) : index
    if (pair === -1) {
      if (fact.group === 'country' && !nearby(engine, doc, fact.text)) extra++
      continue
    }
    const paper = spare.splice(pair, 1)[0]!
    discrepancies.push({kind: fact.kind, claimed: fact.text, paper: paper.text})
    for (const token of tokenize(fact.text)) exclude.add(token.term)
  }
  return {discrepancies, exclude, extra}
}

/** Whether a claim near `doc` in its section names `country` ("its Constitution" two sentences after "Kazakhstan"). */
function nearby(engine: Engine, doc: number, country: string): boolean {
  const section = engine.claims[doc]!.section
  for (let i = Math.max(0, doc - NEIGHBOURS); i <= Math.min(engine.claims.length - 1, doc + 1); i++) {
    const claim = engine.claims[i]!
    if (claim.section === section && claim.annotations.countries.some((name) => name.toLowerCase() === country.toLowerCase())) return true
  }
  return false
}

function unmatched(facts: readonly Fact[], against: readonly Fact[]): Fact[] {
  const pool = [...against]
  const left: Fact[] = []
  for (const fact of facts) {
    const at = pool.findIndex((other) => same(fact, other))
    if (at === -1) left.push(fact)
    else pool.splice(at, 1)
  }
  return left
}

/** The verdict the evidence supports, and how far its score sits from the threshold. */
/**
 * The claim of the same sentence that states the paper’s side of a
 * discrepancy: “$300 million” belongs to “…invested about $300 million”[^25],
 * not to the uncited tail “in Kazakhstan’s economy”, though the tail may rank first.
 */
function owner(engine: Engine, claim: Claim, discrepancies: Verification['discrepancies']): Claim {
  const states = (candidate: Claim) => discrepancies.some((d) => candidate.text.includes(d.paper))
  if (states(claim)) return claim
  return engine.claims.find((other) => other.document === claim.document && other.sentence === claim.sentence && states(other)) ?? claim
}

export function decide(evidence: Evidence, calibration: {found: number; contradicted: number} = CALIBRATION): {verdict: Verification['verdict']; distance: number} {
  const {best, claim, discrepancies, rest} = evidence
  // A statement names something and says something of it: one word (“Israel”, “1992”) states nothing to find.
  if (!best || !claim || evidence.terms < 2) return {verdict: 'not-found', distance: calibration.found}
  if (discrepancies.length > 0 && rest >= calibration.contradicted) return {verdict: 'contradicted', distance: rest - calibration.contradicted}
  // A country the claim's sentence never names: the paper says this of someone else, or not at all.
  if (best.score >= calibration.found && discrepancies.length === 0 && evidence.extra === 0) {
    return {verdict: claim.footnotes.length > 0 ? 'supported' : 'uncited', distance: best.score - calibration.found}
  }
  return {verdict: 'not-found', distance: Math.max(best.score, rest) - calibration.found}
}

/** Verify `text` against the corpus (see the module comment). */
export function verify(engine: Engine, text: string, source?: string): Verification {
  const evidence = gather(engine, text)
  const {verdict, distance} = decide(evidence)
  const claim = verdict === 'not-found' ? null : verdict === 'contradicted' ? owner(engine, evidence.claim!, evidence.discrepancies) : evidence.claim
  const result: Verification = {
    verdict,
    confidence: confidence(distance, evidence.margin),
    claim,
    citations: claim?.citations ?? [],
    sources: claim ? sourcesOf(claim, engine.sources) : [],
    discrepancies: verdict === 'contradicted' ? evidence.discrepancies : []
  }
  if (source !== undefined) {
    const cited = new Set((claim?.citations ?? []).map((citation) => citation.source))
    const matched = engine.matcher().match(source, cited)
    result.sourceCheck = {claimed: source, matched, agrees: matched !== null && cited.has(matched.id)}
  }
  return result
}
