/**
 * Verify: does the paper make this statement, and on whose authority?
 *
 * 1. Shape: a question becomes the assertion it asks about; a statement of
 *    several assertions is cut into parts, each verified on its own (the
 *    verdict is the worst of theirs).
 * 2. Candidates: resolve ranks claims through exact words and meanings
 *    (the corpus thesaurus: synonyms, derived forms, broader terms).
 * 3. Evidence, per candidate: the statement is aligned word by word with the
 *    claim's sentence (`_align.ts`), which yields meaning-level coverage,
 *    negations one side makes and the other does not, and reversed
 *    directions; facts (numbers in digits or words, dates, named things) of
 *    the statement the sentence lacks are paired with the sentence's facts
 *    the statement lacks, each pair a discrepancy.
 * 4. Decision (`_decide.ts`): a fitted logistic model over that evidence,
 *    with two rules — a discrepancy rules out supported/uncited, and
 *    contradicted needs one.
 */
import {analyse, isEnglish, type Word} from '../language/index.js'
import {factsIn, properNames, rivals, same, sameName, type Fact} from '../facts/facts.js'
import type {Claim, Discrepancy, Explanation, Verification, VerificationPart} from '../types.js'
import {align, credit, type Alignment} from './_align.js'
import {decide, type Features, type Outcome} from './_decide.js'
import type {Engine} from './engine.js'
import {assertion, parts} from './_statement.js'
import {STOPWORDS, stem, tokenize} from './text.js'
import {analyse as analyseQuery, rank, sourcesOf, type Ranked} from './resolve.js'
import {tunables} from '../tunables.js'
import {editDistance} from '../_distance.js'

/** Candidates within this of the best resolve score are weighed on their evidence. */
const CLOSE = tunables.verify.close.value
/** Candidates weighed at most. */
const CANDIDATES = tunables.verify.candidates.value
/** A statement longer than this is a pasted text, not one statement. */
export const MAX_STATEMENT = 2000

/** The evidence for a verdict on one statement (or part). */
export interface Evidence {
  claim: Claim | null
  doc: number
  features: Features
  discrepancies: Discrepancy[]
  alignment: Alignment | undefined
  /** Why there is nothing to find, when the statement states nothing. */
  empty?: string
  /** Typos mended before reading (statement word → corpus word). */
  repairs?: Map<string, string>
}

/**
 * Mend the statement's typos of corpus words (“Kazakstan”, “yeras”,
 * “milion”) before it is read, so that facts and negations are read in
 * the words the paper uses. A word is a typo when the corpus lacks it,
 * WordNet does not know it, and a corpus word is one slip away.
 */
function repair(engine: Engine, statement: string, words: readonly Word[]): {text: string; repairs: Map<string, string>} {
  const repairs = new Map<string, string>()
  const lemmas = new Map(words.map((word) => [word.text, word.lemma]))
  const text = statement.replace(/\p{L}[\p{L}'’]*\p{L}/gu, (word, at: number) => {
    const lower = word.toLowerCase().replace(/['’]s$/, '')
    if (lower.length < 4 || STOPWORDS.has(lower) || engine.index.words.has(lower) || engine.index.postings.has(stem(lower))) return word
    const english = isEnglish(lower, lemmas.get(lower) ?? lower) || isEnglish(lower.replace(/(?:es|s|ed|ing)$/, ''))
    // A real word is a typo only where the paper's word fits its neighbours (“prime minster” for “prime minister”):
    // without a neighbour the paper has, the vocabulary is not searched at all.
    const neighbours = english ? neighboursOf(engine, statement.slice(0, at), statement.slice(at + word.length)) : undefined
    if (neighbours && neighbours.before === undefined && neighbours.after === undefined) return word
    const hit = engine.align.typo(lower)
    if (!hit) return word
    // …and only for a letter dropped, added or swapped (“minster”, “form”; not “rose” for “rise”).
    if (neighbours && !(slip(lower, hit.word) && fits(engine, hit.term, neighbours))) return word
    const mended = /^\p{Lu}/u.test(word) ? hit.word.charAt(0).toUpperCase() + hit.word.slice(1) : hit.word
    repairs.set(mended.toLowerCase(), lower)
    return word.replace(/^\p{L}+/u, mended)
  })
  return {text, repairs}
}

/** One letter dropped, added or two swapped — no letter changed (that makes other words: “rose”, “rise”). */
function slip(typed: string, meant: string): boolean {
  if (editDistance(typed, meant, 1) !== 1) return false
  return typed.length !== meant.length || [...typed].sort().join('') === [...meant].sort().join('')
}

/** The index terms just before and after a word (stopwords dropped, forms normalised, as the index read the paper), when the corpus has them. */
function neighboursOf(engine: Engine, before: string, after: string): {before: string | undefined; after: string | undefined} {
  const known = (term: string | undefined): string | undefined => (term !== undefined && engine.index.postings.has(term) ? term : undefined)
  return {before: known(tokenize(before).at(-1)?.term), after: known(tokenize(after)[0]?.term)}
}

/** Whether the corpus has `term` right after the word before or right before the word after. */
function fits(engine: Engine, term: string, neighbours: {before: string | undefined; after: string | undefined}): boolean {
  return (neighbours.before !== undefined && engine.index.follows(neighbours.before, term)) || (neighbours.after !== undefined && engine.index.follows(term, neighbours.after))
}

/** Collect the evidence for `text` (one assertion). */
export function gather(engine: Engine, text: string): Evidence {
  const asserted = assertion(text)
  const {text: statement, repairs} = repair(engine, asserted, analyse(asserted))
  const words = analyse(statement)
  const lemmas = new Map(words.map((word) => [word.text, word.lemma]))
  const query = analyseQuery(engine.index, statement, engine.entityTerms, (word) => engine.thesaurus.lookup(word), lemmas)
  const empty = nothingToFind(statement, query.terms.length)
  const ranked = empty ? [] : rank(engine.index, query, CANDIDATES * 2)
  const first = ranked[0]
  if (!first) return {claim: null, doc: -1, features: blank(query.terms.length), discrepancies: [], alignment: undefined, empty: empty ?? 'no word of the statement occurs in the paper'}
  const facts = factsIn(statement, engine.entities, engine.common, engine.aliases, properNames(statement, words, engine.common))
  let chosen: Evidence | undefined
  let chosenValue = -Infinity
  for (const candidate of ranked.slice(0, CANDIDATES)) {
    if (first.score - candidate.score > CLOSE) break
    const evidence = weigh(engine, statement, words, facts, candidate, ranked, query.terms.length)
    // The claim the statement is about: its words matched, said the same or the other way (a reversal is still about it), then its rank; further discrepancies point elsewhere.
    const value = evidence.features.rest + (evidence.alignment?.reversed ?? 0) + 0.5 * evidence.features.score - 0.08 * Math.max(0, evidence.discrepancies.length - 1)
    if (value > chosenValue + 1e-9) (chosen = evidence), (chosenValue = value)
  }
  return {...chosen!, repairs}
}

function nothingToFind(statement: string, terms: number): string | undefined {
  if (statement.length > MAX_STATEMENT) return `the statement is ${statement.length} characters long: verify its sentences one by one`
  if (!/\p{L}/u.test(statement)) return 'the statement has no words, only numbers or signs'
  if (terms === 0) return /[\p{Script=Latin}]/u.test(statement) ? 'the statement has only function words' : 'the statement is in a script the paper does not use'
  // A statement names something and says something of it: one word (“Israel”, “1992”) states nothing to find.
  if (terms < 2) return 'a single word states nothing to verify'
  return undefined
}

/** Parts of speech of things and of actions or qualities (what a statement adds that the paper lacks). */
const THINGS = new Set(['NOUN', 'PROPN', 'NUM'])
const ACTIONS = new Set(['VERB', 'ADJ', 'ADV'])

function blank(terms: number): Features {
  return {many: 0, score: 0, coverage: 0, exact: 0, claim: 0, margin: 0, rest: 0, thingGap: 1, actionGap: 0, figure: 0, entity: 0, negation: 0, direction: 0, extra: 0, loose: 0, short: terms > 0 ? 1 / terms : 1, inserted: 1}
}

/** The evidence of one candidate claim. */
function weigh(engine: Engine, statementText: string, words: readonly Word[], facts: readonly Fact[], candidate: Ranked, ranked: readonly Ranked[], terms: number): Evidence {
  const sentenceDoc = candidate.doc
  const aligned = align(words, engine.words(sentenceDoc), engine.range(sentenceDoc), engine.align, engine.around(sentenceDoc))
  const doc = ownerOf(engine, sentenceDoc, aligned)
  const claim = engine.claims[doc]!
  const compared = compare(engine, facts, doc, clauseOf(engine.words(sentenceDoc), aligned), aligned, statementText)
  // Facts that agree are matched, however they are written (“one million dollars” for “$1 million”, “United Nations” for “U.N.”).
  const alignment = credit(aligned, facts.filter((fact) => engine.facts(doc).some((other) => same(fact, other))).map((fact) => [fact.start, fact.end] as const))
  const discrepancies = [...alignment.discrepancies, ...compared.discrepancies]
  // The runner-up is the best claim of another sentence: claims of one sentence share their words.
  const rival = ranked.find((other) => engine.claims[other.doc]!.sentence !== claim.sentence)
  const content = words.filter((word) => word.pos !== 'PUNCT').length
  const set = new Set(compared.discrepant)
  const gap = (tags: ReadonlySet<string>): number => {
    let sum = 0
    alignment.unmatched.forEach((word, i) => {
      if (!set.has(word.start) && tags.has(word.pos)) sum += alignment.unmatchedWeights[i]!
    })
    return alignment.total > 0 ? sum / alignment.total : 0
  }
  const features: Features = {
    score: candidate.score,
    coverage: alignment.coverage,
    exact: alignment.exactCoverage,
    claim: alignment.claimCoverage,
    margin: rival ? candidate.score - rival.score : candidate.score,
    rest: restCoverage(alignment, set),
    thingGap: gap(THINGS),
    actionGap: gap(ACTIONS),
    figure: discrepancies.some((d) => d.kind === 'number' || d.kind === 'date') ? 1 : 0,
    entity: discrepancies.some((d) => d.kind === 'entity') ? 1 : 0,
    negation: discrepancies.some((d) => d.kind === 'negation') ? 1 : 0,
    direction: discrepancies.some((d) => d.kind === 'direction') ? 1 : 0,
    extra: compared.extra,
    many: Math.max(0, discrepancies.length - 1),
    loose: compared.loose,
    short: 1 / Math.max(1, Math.min(content, terms)),
    inserted: alignment.inserted
  }
  return {claim, doc, features, discrepancies, alignment}
}

/** Coverage once the words of discrepant facts are set aside (they are the difference, not a mismatch of topic). */
function restCoverage(alignment: Alignment, discrepant: ReadonlySet<number>): number {
  let total = alignment.total
  alignment.unmatched.forEach((word, i) => {
    if (discrepant.has(word.start)) total -= alignment.unmatchedWeights[i]!
  })
  return total > 0 ? Math.min(1, alignment.held / total) : 0
}

/**
 * The claim of the sentence the statement is about: the one whose own text
 * holds most of what matched (names and figures count double), the cited
 * one on a tie (its marker vouches for the sentence).
 */
function ownerOf(engine: Engine, doc: number, alignment: Alignment): number {
  const sentence = engine.claims[doc]!.sentence
  let best = doc
  let bestMass = -1
  for (let i = Math.max(0, doc - 8); i < Math.min(engine.claims.length, doc + 9); i++) {
    const claim = engine.claims[i]!
    if (claim.sentence !== sentence || claim.document !== engine.claims[doc]!.document) continue
    const [start, end] = engine.range(i)
    let mass = 0
    for (const pair of alignment.pairs) {
      if (pair.paper.start >= start && pair.paper.end <= end) mass += pair.weight * (pair.paper.pos === 'PROPN' || pair.paper.pos === 'NUM' ? 2 : 1)
    }
    const better = mass > bestMass + 1e-9 || (Math.abs(mass - bestMass) <= 1e-9 && claim.footnotes.length > 0 && engine.claims[best]!.footnotes.length === 0)
    if (better) (best = i), (bestMass = mass)
  }
  return best
}

/** Words that make a name a body that can act like a state. */
const BODIES = /\b(?:Union|Organi[sz]ation|Council|Community|Commission|Bank|Fund|Nations|Assembly|Parliament|Government|Ministry|League|Alliance|Forum)\b/u

/** Words that open a clause of their own inside a sentence. */
const CLAUSE = new Set([';', 'while', 'whereas', 'but', 'although'])

/**
 * The clause of the sentence the statement is about: between clause
 * boundaries (`;`, `while`, `, and`…), the one holding most of the matched
 * words. Who did what is read there: in “X visited A; Y visited B”, “X
 * visited B” swaps a name.
 */
function clauseOf(words: readonly Word[], alignment: Alignment): readonly [number, number] {
  const cuts = [0]
  words.forEach((word, i) => {
    if (CLAUSE.has(word.text) || (word.text === 'and' && words[i - 1]?.text === ',')) cuts.push(word.start)
  })
  cuts.push(Number.MAX_SAFE_INTEGER)
  const clauses: Array<{from: number; to: number; mass: number}> = []
  for (let i = 1; i < cuts.length; i++) {
    const [from, to] = [cuts[i - 1]!, cuts[i]!]
    const mass = alignment.pairs.filter((pair) => pair.how !== 'context' && pair.paper.start >= from && pair.paper.end <= to).reduce((sum, pair) => sum + pair.weight, 0)
    clauses.push({from, to, mass})
  }
  // The best clause, and its neighbours the statement draws on as much (a statement may span two).
  const top = clauses.reduce((a, b) => (b.mass > a.mass ? b : a))
  const held = clauses.filter((clause) => clause.mass >= 0.8 * top.mass && clause.mass > 0)
  return held.length === 0 ? [top.from, top.to] : [Math.min(...held.map((c) => c.from)), Math.max(...held.map((c) => c.to))]
}

/** Pair the statement's facts the sentence lacks with the sentence's facts the statement lacks. */
function compare(engine: Engine, facts: readonly Fact[], doc: number, clause: readonly [number, number], alignment: Alignment, statementText: string): {discrepancies: Discrepancy[]; discrepant: number[]; extra: number; loose: number} {
  const [start, end] = engine.range(doc)
  const sentence = engine.facts(doc)
  // Names are read in the clause (who did what), figures and countries in the whole sentence.
  const inClause = (fact: Fact): boolean => fact.start >= clause[0] && fact.end <= clause[1]
  const context = sentence.filter((fact) => fact.group !== 'name' || inClause(fact))
  // A name whose words the sentence holds (“Central Asia” for “the region” after it, “Ministry of Foreign Affairs” for “foreign ministry”),
  // a country named in the sentences just before (“they”, “its”), a date of the sentence before (“the same year”): no new facts.
  const held = (fact: Fact): boolean => {
    const inside = (pair: Alignment['pairs'][number]): boolean => pair.paper.start >= clause[0] && pair.paper.end <= clause[1]
    const own = alignment.pairs.filter((pair) => pair.how !== 'context' && inside(pair) && pair.statement.start >= fact.start && pair.statement.end <= fact.end)
    // “the Great Fergana Canal” where the sentence says “a canal”: the sentence names it by its head word.
    const head = alignment.pairs.some((pair) => pair.how !== 'context' && inside(pair) && pair.statement.end === fact.end && /^\p{Ll}/u.test(pair.paper.text) && fact.group === 'name')
    if (head) return true
    const words = own.length
    const all = alignment.pairs.filter((pair) => pair.statement.start >= fact.start && pair.statement.end <= fact.end).length + alignment.unmatched.filter((word) => word.start >= fact.start && word.end <= fact.end).length
    return fact.kind === 'entity' && all > 0 && words / all >= 2 / 3
  }
  const before = engine.previousFacts(doc)
  // The document's subject (“Israel” in a paper on Israel's policy) goes without saying; so does a country named before a sentence that refers back (“In 2004, they…”).
  const implicit = (fact: Fact): boolean => fact.group === 'country' && (engine.subject(doc) === fact.keys[0] || (engine.anaphoric(doc) && nearby(engine, doc, fact.text)))
  const missing = facts.filter((fact) => !context.some((other) => same(fact, other)) && !held(fact) && !implicit(fact))
  // Context absolves only a fact the sentence has no rival for: “it” may be the country named before, but “Kazakhstan” where the sentence says “Uzbekistan” is a swap.
  const given = (fact: Fact): boolean => (fact.kind === 'entity' && nearby(engine, doc, fact.text)) || (fact.kind === 'date' && before.some((other) => same(fact, other)))
  // “A year after”, “two years later”: time told relative to something else, no span of the paper's to compare with.
  const relative = (fact: Fact): boolean => fact.group === 'duration' && /^\s*(?:after|later|before|earlier|ago)\b/i.test(statementText.slice(fact.end))
  // The paper's spare facts, the claim's own first: “$300 million” belongs to the claim that ends with it.
  // Each statement fact accounts for one of the paper's (“in February 2020 … in May 2021” leaves the paper's second 2020 spare);
  // a name's further mentions (“Israeli tourists … Israeli agencies”) are spare only as a last resort, for a fact no context gives.
  const claimedBy = new Set<Fact>()
  for (const fact of facts) {
    const match = sentence.find((other) => !claimedBy.has(other) && same(fact, other))
    if (match) claimedBy.add(match)
  }
  const repeated = (fact: Fact): boolean => fact.kind === 'entity' && facts.some((other) => same(other, fact))
  const unused = sentence.filter((fact) => !claimedBy.has(fact) && !repeated(fact))
  const mentions = sentence.filter((fact) => !claimedBy.has(fact) && repeated(fact))
  const rank = (fact: Fact): number => (inClause(fact) ? 0 : 2) + (fact.start >= start && fact.end <= end ? 0 : 1)
  const spare = unused.sort((a, b) => rank(a) - rank(b) || a.start - b.start)
  const discrepancies: Discrepancy[] = []
  const discrepant: number[] = []
  let extra = 0
  let loose = 0
  const pairs = new Map<Fact, Fact>()
  // A further mention stands in for a fact only where the sentence names it in the fact's place: a word aligned
  // just before (or after) the statement's fact sits just before (or after) one of the name's mentions
  // (“Jordan exports” for “Kazakhstan’s exports”, not “born in the Soviet Union” for the sentence's second “Israel”).
  const near = tunables.verify.anchor.value
  const anchored = (fact: Fact, other: Fact): boolean =>
    alignment.pairs.some(
      (pair) =>
        pair.how !== 'context' &&
        ((pair.statement.end <= fact.start && fact.start - pair.statement.end <= near && pair.paper.end <= other.start && other.start - pair.paper.end <= near) ||
          (pair.statement.start >= fact.end && pair.statement.start - fact.end <= near && pair.paper.start >= other.end && pair.paper.start - other.end <= near))
    )
  const take = (fact: Fact, test: (other: Fact) => boolean): void => {
    // A name pairs only with a name of the clause (who did what), other facts with any of the sentence.
    const at = spare.findIndex((other) => test(other) && (other.group !== 'name' || inClause(other)))
    if (at !== -1) pairs.set(fact, spare.splice(at, 1)[0]!)
  }
  // First a number with one that counts the same thing (“75 days” with “45 days”, not with “160,000 farmers”),
  // then each fact with one of its own class (money with money), then of its kind, then an actor for an actor (“the EU” for “the United States”).
  for (const fact of missing) if (fact.unit !== undefined) take(fact, (other) => rivals(fact, other) && other.unit === fact.unit)
  for (const fact of missing) if (!pairs.has(fact)) take(fact, (other) => rivals(fact, other) && other.group === fact.group && (fact.unit === undefined || other.unit === undefined || other.unit === fact.unit))
  for (const fact of missing) if (!pairs.has(fact)) take(fact, (other) => rivals(fact, other) && other.group === fact.group)
  for (const fact of missing) if (!pairs.has(fact)) take(fact, (other) => rivals(fact, other))
  const actors = new Set(['name', 'country'])
  for (const fact of missing) {
    if (pairs.has(fact) || !actors.has(fact.group)) continue
    // Only a body (“the EU”, “the Council of Europe”) stands in for a country, not any name (“Bukharan Jews”).
    const body = (f: Fact): boolean => f.group === 'country' || /^[\p{Lu}\d.&-]{2,}$/u.test(f.text) || BODIES.test(f.text)
    take(fact, (other) => actors.has(other.group) && other.group !== fact.group && body(fact) && body(other) && !fact.keys[0]!.includes(other.keys[0]!) && !other.keys[0]!.includes(fact.keys[0]!))
  }
  // Last, a further mention of a name the statement also gives, for a fact no context gives.
  spare.push(...mentions)
  for (const fact of missing) if (!pairs.has(fact) && !given(fact)) take(fact, (other) => rivals(fact, other) && other.group === fact.group && sentence.some((mention) => same(mention, other) && anchored(fact, mention)))
  for (const fact of missing) {
    const paper = pairs.get(fact)
    let claimed: string | undefined = paper?.text
    if (paper === undefined && actors.has(fact.group) && !given(fact)) {
      // “It runs five centers” after “MASHAV…”: the actor the sentence refers back to.
      const referents = engine.referents(doc)
      // The statement names the one the sentence refers to: nothing differs.
      if (referents.some((name) => sameName(fact.keys[0]!, name.toLowerCase()))) continue
      claimed = referents.find((name) => !facts.some((other) => actors.has(other.group) && sameName(other.keys[0]!, name.toLowerCase())))
    }
    if (claimed === undefined) {
      if (given(fact) || relative(fact)) continue
      if (fact.group === 'country') extra++
      else loose++
      continue
    }
    discrepancies.push({kind: fact.kind, claimed: fact.text, paper: claimed})
    for (let at = fact.start; at < fact.end; at++) discrepant.push(at)
  }
  return {discrepancies, discrepant, extra, loose}
}

/** Whether the claims just before `doc`, its section or its document's subjects name `country` or a name (“its Constitution” two sentences after “Kazakhstan”). */
function nearby(engine: Engine, doc: number, country: string): boolean {
  return tokenize(country).every((token) => engine.around(doc).has(token.term))
}

/** The verdict of one assertion. */
function judge(engine: Engine, text: string): VerificationPart & {explanation: Explanation} {
  const evidence = gather(engine, text)
  if (!evidence.claim) {
    return {text, verdict: 'not-found', confidence: 0.99, claim: null, citations: [], sources: [], discrepancies: [], explanation: {matched: [], unmatched: [], reason: evidence.empty ?? 'nothing in the paper matches'}}
  }
  const {outcome, confidence} = decide(evidence.features, evidence.discrepancies.length > 0)
  const claim = outcome === 'not-found' ? null : outcome === 'contradicted' ? stating(engine, evidence.doc, evidence.discrepancies) : evidence.claim
  const verdict: Verification['verdict'] = outcome === 'found' ? (claim!.footnotes.length > 0 ? 'supported' : 'uncited') : outcome
  return {
    text,
    verdict,
    confidence,
    claim,
    citations: claim?.citations ?? [],
    sources: claim ? sourcesOf(claim, engine.sources) : [],
    discrepancies: outcome === 'contradicted' ? evidence.discrepancies : [],
    explanation: explain(evidence, outcome)
  }
}

function explain(evidence: Evidence, outcome: Outcome): Explanation {
  const alignment = evidence.alignment
  const typed = evidence.repairs ?? new Map<string, string>()
  const matched = (alignment?.pairs ?? []).map((pair) => {
    const original = typed.get(pair.statement.text)
    return original === undefined ? {statement: pair.statement.text, paper: pair.paper.text, how: pair.how} : {statement: original, paper: pair.paper.text, how: 'typo' as const}
  })
  const unmatched = (alignment?.unmatched ?? []).map((word) => word.text)
  const share = Math.round((alignment?.coverage ?? 0) * 100)
  const id = evidence.claim?.id ?? ''
  const reason =
    outcome === 'not-found'
      ? `closest claim ${id} holds ${share}% of the statement${unmatched.length > 0 ? `; the paper does not say “${unmatched.slice(0, 4).join('”, “')}” there` : ''}`
      : outcome === 'contradicted'
        ? `matches ${id} (${share}% of the statement) but ${evidence.discrepancies.map((d) => `${d.kind}: “${d.claimed}” ≠ “${d.paper}”`).join('; ')}`
        : `matches ${id} on ${share}% of the statement (${[...new Set(matched.map((m) => m.how))].join(', ')})`
  return {matched, unmatched, reason}
}

/**
 * The claim of the sentence that states the paper's side of a discrepancy:
 * “$300 million” belongs to “…invested about $300 million”[^25], not to the
 * uncited tail “in Kazakhstan's economy”, though the tail may match best.
 */
function stating(engine: Engine, doc: number, discrepancies: readonly Discrepancy[]): Claim {
  const claim = engine.claims[doc]!
  const states = (candidate: Claim): boolean => discrepancies.some((d) => candidate.text.includes(d.paper))
  if (states(claim)) return claim
  for (let i = Math.max(0, doc - 8); i < Math.min(engine.claims.length, doc + 9); i++) {
    const other = engine.claims[i]!
    if (other.document === claim.document && other.sentence === claim.sentence && states(other)) return other
  }
  return claim
}

/** Worst first: a statement is as good as its weakest part. */
const SEVERITY: Record<Verification['verdict'], number> = {contradicted: 3, 'not-found': 2, uncited: 1, supported: 0}

/** Verify `text` against the corpus (see the module comment). */
export function verify(engine: Engine, text: string, source?: string): Verification {
  const statement = assertion(text)
  const cut = statement.length > MAX_STATEMENT ? [] : parts(statement, analyse(statement))
  const results = cut.length > 1 ? cut.map((part) => judge(engine, part.text)) : [judge(engine, text)]
  const worst = results.reduce((a, b) => (SEVERITY[b.verdict] > SEVERITY[a.verdict] ? b : a))
  const result: Verification = {
    verdict: worst.verdict,
    confidence: results.length > 1 ? Math.min(...results.map((r) => r.confidence)) : worst.confidence,
    claim: worst.claim ?? results.find((r) => r.claim)?.claim ?? null,
    citations: worst.citations,
    sources: worst.sources,
    discrepancies: results.flatMap((r) => r.discrepancies),
    explanation: worst.explanation
  }
  if (worst.verdict === 'not-found') result.claim = null
  if (results.length > 1) result.parts = results.map(({explanation, ...part}) => (void explanation, part))
  if (source !== undefined) {
    const cited = new Set((result.claim?.citations ?? []).map((citation) => citation.source))
    const matched = engine.matcher().match(source, cited)
    result.sourceCheck = {claimed: source, matched, agrees: matched !== null && cited.has(matched.id)}
  }
  return result
}

