/**
 * Align a statement with a claim's sentence word by word — through the
 * same stem, the same lemma, a typo, or the corpus thesaurus (derived form,
 * synonym, similar word, broader term, opposite) — and read what the
 * alignment says about meaning: how much of the statement the sentence
 * holds, and whether one side negates or reverses what the other says.
 */
import {DIRECTIONS, EXCLUSIVE, RELATION_WEIGHT, type Thesaurus, type Word} from '../language/index.js'
import type {Discrepancy, MatchHow} from '../types.js'
import {STOPWORDS, stem} from './text.js'
import {tunables} from '../tunables.js'

/** Parts of speech that carry content. */
const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM', 'X'])
/** Parts of speech whose negation is the negation of a claim (not of an argument such as a name or a number). */
const PREDICATE = new Set(['NOUN', 'VERB', 'ADJ', 'ADV'])
/** Words of direction the ranking drops as stopwords, yet reversed they reverse a claim (`before`/`after`, `more`/`less`). */
const DIRECTION_WORDS = new Set(DIRECTIONS.flat())
/** How much a match counts, by how it was made. */
const WEIGHT: Record<MatchHow, number> = {...tunables.meaning.matchWeight.value, ...RELATION_WEIGHT}

/** What the aligner needs from the corpus. */
export interface AlignContext {
  thesaurus: Thesaurus
  /** Idf of an index term (rare words weigh more). */
  idf(term: string): number
  /** The corpus term a mistyped word stands for, with its similarity, if any. */
  typo(word: string): {term: string; word: string; similarity: number} | undefined
  /** Whether the corpus uses this term at all. */
  known(term: string): boolean
  /** Whether a word (or its lemma) is English: a real word is no typo, however close to a corpus word (“decreased”, “increased”). */
  english(word: string, lemma: string): boolean
}

/** One statement word and the sentence word it matched. */
export interface Pair {
  statement: Word
  paper: Word
  how: MatchHow
  weight: number
}

/** The alignment of a statement with one sentence. */
export interface Alignment {
  pairs: Pair[]
  /** Content words of the statement matched by nothing. */
  unmatched: Word[]
  /** The weight (idf) of each unmatched word. */
  unmatchedWeights: number[]
  /** Whether each unmatched word is inserted (see `inserted`). */
  unmatchedInserted: boolean[]
  /** Σ weight of the statement's content words, and of what matched (× the match's weight). */
  total: number
  held: number
  /** Idf-weighted share of the statement's content the sentence holds, through any relation (0..1). */
  coverage: number
  /** The same, counting only exact and lemma matches. */
  exactCoverage: number
  /** Idf-weighted share of the claim's own content the statement restates (0..1). */
  claimCoverage: number
  /** Idf-weighted share of the statement's content matched by an opposite: what the statement is about, said the other way. */
  reversed: number
  /**
   * Idf-weighted share of the statement's content that is unmatched and
   * inserted: where it stands, between the words it shares with the
   * sentence, the sentence has no unmatched word it could be rewording
   * (a detail the paper does not give, not a paraphrase of one it does).
   */
  inserted: number
  /** Negations or reversed directions found. */
  discrepancies: Discrepancy[]
}

const NONE: ReadonlySet<string> = new Set()

/** Whether a word takes part in the alignment. */
export function isContent(word: Word): boolean {
  if (!/[\p{L}\p{N}]/u.test(word.text)) return false
  if (DIRECTION_WORDS.has(word.lemma)) return true
  return CONTENT.has(word.pos) && !STOPWORDS.has(word.text) && !STOPWORDS.has(word.lemma) && word.text.length > 1
}

/** Whether a word counts towards coverage (direction function words only reveal reversals). */
function weighs(word: Word): boolean {
  return CONTENT.has(word.pos) && !STOPWORDS.has(word.text) && !STOPWORDS.has(word.lemma)
}

/**
 * Align `statement` with `sentence`, the claim's own text being
 * `[claimStart, claimEnd)` of it.
 */
export function align(statement: readonly Word[], sentence: readonly Word[], claim: readonly [number, number], context: AlignContext, around: ReadonlySet<string> = NONE): Alignment {
  const paper = sentence.filter(isContent)
  const pairs: Pair[] = []
  const unmatched: Word[] = []
  const unmatchedWeights: number[] = []
  let total = 0
  let held = 0
  let exact = 0
  let reversed = 0
  const used = new Set<Word>()
  // A sentence word another statement word restates exactly is that word's: “against … condemning” for “support … condemned” leaves “against” to “support”.
  const owned = new Map<Word, Word>()
  for (const word of statement) {
    if (!isContent(word)) continue
    const term = stem(word.text)
    for (const other of paper) if (!owned.has(other) && (stem(other.text) === term || stem(other.text) === stem(word.lemma) || other.lemma === word.lemma)) owned.set(other, word)
  }
  const places = settle(statement, paper, claim, context, owned)
  for (const word of statement) {
    if (!isContent(word)) continue
    const weight = weighs(word) ? weightOf(word, context) : 0
    total += weight
    let pair = best(word, places.get(word) ?? paper, claim, context, used, owned)
    // A name the sentences just before give: “It remained at the margins” after “Tajikistan…”.
    if (!pair && around.has(stem(word.text))) pair = {statement: word, paper: word, how: 'context', weight: WEIGHT.context}
    if (!pair) {
      if (weight > 0) unmatched.push(word), unmatchedWeights.push(weight)
      continue
    }
    pairs.push(pair)
    if (pair.how !== 'opposite') used.add(pair.paper)
    held += weight * pair.weight
    if (pair.how === 'opposite') reversed += weight
    if (pair.how === 'exact' || pair.how === 'lemma') exact += weight
  }
  let mass = 0
  let restated = 0
  for (const word of paper) {
    if (word.start < claim[0] || word.end > claim[1] || !weighs(word)) continue
    const weight = weightOf(word, context)
    mass += weight
    const pair = pairs.find((p) => p.paper === word && p.how !== 'opposite' && p.how !== 'context')
    if (pair) restated += weight * pair.weight
  }
  const unmatchedInserted = insertions(statement, sentence, pairs, unmatched)
  return {
    pairs,
    unmatched,
    unmatchedWeights,
    unmatchedInserted,
    inserted: total > 0 ? unmatchedWeights.reduce((sum, weight, i) => sum + (unmatchedInserted[i] ? weight : 0), 0) / total : 0,
    total,
    held,
    coverage: total > 0 ? held / total : 0,
    exactCoverage: total > 0 ? exact / total : 0,
    claimCoverage: mass > 0 ? restated / mass : 0,
    reversed: total > 0 ? reversed / total : 0,
    discrepancies: [...polarity(statement, sentence, pairs), ...nearOpposites(statement, sentence, pairs, context)]
  }
}

/** Words a statement word may reword: content words, and verbs however light (“bore no prejudice” for “had no prejudices”). */
function rewordable(word: Word): boolean {
  return (isContent(word) && weighs(word)) || word.pos === 'VERB' || word.pos === 'AUX'
}

/** How far (in words of the sentence) past an edge match a reworded word may stand. */
const EDGE = 3

/** For each unmatched statement word, whether the sentence has no unmatched word between its matched neighbours' partners. */
function insertions(statement: readonly Word[], sentence: readonly Word[], pairs: readonly Pair[], unmatched: readonly Word[]): boolean[] {
  const at = new Map(sentence.map((word, i) => [word, i]))
  const paired = new Set(pairs.map((pair) => pair.paper))
  const order = new Map(statement.map((word, i) => [word, i]))
  const anchored = pairs.filter((pair) => pair.how !== 'context' && at.has(pair.paper)).sort((a, b) => order.get(a.statement)! - order.get(b.statement)!)
  const free = (from: number, to: number): boolean => {
    for (let i = Math.max(0, from); i <= Math.min(sentence.length - 1, to); i++) if (!paired.has(sentence[i]!) && rewordable(sentence[i]!)) return true
    return false
  }
  return unmatched.map((word) => {
    const i = order.get(word)!
    const before = anchored.filter((pair) => order.get(pair.statement)! < i).at(-1)
    const after = anchored.find((pair) => order.get(pair.statement)! > i)
    const a = before ? at.get(before.paper)! : undefined
    const b = after ? at.get(after.paper)! : undefined
    let room: boolean
    if (a !== undefined && b !== undefined) room = a < b ? free(a + 1, b - 1) || free(a + 1, a + EDGE) : free(a + 1, a + EDGE) || free(b - EDGE, b - 1)
    else if (a !== undefined) room = free(a + 1, a + EDGE)
    else if (b !== undefined) room = free(b - EDGE, b - 1)
    else room = false
    return !room
  })
}

function weightOf(word: Word, context: AlignContext): number {
  const term = stem(word.text)
  const idf = context.idf(context.known(term) ? term : stem(word.lemma))
  return word.pos === 'PROPN' ? idf * 1.3 : idf
}

/**
 * Where a statement word matches several words of the sentence equally well
 * (“opened … embassy” in “Israel opened its embassy in Astana; Kazakhstan
 * opened its embassy in Tel Aviv”), the occurrence nearest the words that
 * match only once (“Tel Aviv”) is the one it restates: a statement reads
 * one clause, not a word from each. Returns, for each such word, the
 * sentence words it may pair with.
 */
function settle(statement: readonly Word[], paper: readonly Word[], claim: readonly [number, number], context: AlignContext, owned: ReadonlyMap<Word, Word>): Map<Word, Word[]> {
  const content = statement.filter(isContent)
  const options = content.map((word) => ties(word, paper, claim, context, owned))
  const position = new Map(paper.map((word, i) => [word, i]))
  const anchors: Array<{at: number; paper: number}> = []
  options.forEach((found, at) => {
    if (found.length === 1) anchors.push({at, paper: position.get(found[0]!)!})
  })
  const settled = new Map<Word, Word[]>()
  if (anchors.length === 0) return settled
  options.forEach((found, at) => {
    if (found.length < 2) return
    // The nearest anchor in the statement, and where its match sits in the sentence.
    const anchor = anchors.reduce((a, b) => (Math.abs(b.at - at) < Math.abs(a.at - at) ? b : a))
    const expected = anchor.paper + (at - anchor.at)
    const nearest = found.reduce((a, b) => (Math.abs(position.get(b)! - expected) < Math.abs(position.get(a)! - expected) ? b : a))
    settled.set(content[at]!, [nearest])
  })
  return settled
}

/** The sentence words a statement word matches best, each as well as the others (by relation, ignoring which were used). */
function ties(word: Word, paper: readonly Word[], claim: readonly [number, number], context: AlignContext, owned: ReadonlyMap<Word, Word>): Word[] {
  const first = best(word, paper, claim, context, new Set(), owned)
  if (!first) return []
  const found: Word[] = [first.paper]
  const rest = new Set<Word>([first.paper])
  for (;;) {
    const next = best(word, paper.filter((other) => !rest.has(other)), claim, context, new Set(), owned)
    if (!next || next.how !== first.how || next.weight !== first.weight || next.how === 'opposite') break
    found.push(next.paper)
    rest.add(next.paper)
  }
  return found
}

/** The best match of one statement word in the sentence: the strongest relation, in the claim's own text first. */
function best(word: Word, paper: readonly Word[], claim: readonly [number, number], context: AlignContext, used: ReadonlySet<Word>, owned: ReadonlyMap<Word, Word> = new Map()): Pair | undefined {
  const term = stem(word.text)
  const lemmaTerm = stem(word.lemma)
  const senses = [...context.thesaurus.lookup(word.lemma), ...(word.text === word.lemma ? [] : context.thesaurus.lookup(word.text))]
  const typo = context.known(term) || context.known(lemmaTerm) || context.english(word.text, word.lemma) ? undefined : context.typo(word.text)
  let found: Pair | undefined
  let score = 0
  for (const other of paper) {
    const otherTerm = stem(other.text)
    let how: MatchHow | undefined
    let weight = 0
    if (otherTerm === term || otherTerm === lemmaTerm) (how = 'exact'), (weight = 1)
    else if (other.lemma === word.lemma) (how = 'lemma'), (weight = 1)
    else if (typo && typo.term === otherTerm) (how = 'typo'), (weight = typo.similarity * WEIGHT.typo)
    else if (owned.get(other) === undefined || owned.get(other) === word) {
      for (const sense of senses) {
        if (sense.lemma !== other.lemma && stem(sense.lemma) !== otherTerm) continue
        const value = WEIGHT[sense.relation]
        if (how === undefined || value > weight || (sense.relation === 'opposite' && weight === 0)) (how = sense.relation), (weight = value)
      }
    }
    if (how === undefined) continue
    // A positive match beats an opposite one; the claim's own words beat the rest of its sentence; an unused word beats a used one.
    const inside = other.start >= claim[0] && other.end <= claim[1]
    const value = (how === 'opposite' ? 0.05 : weight) + (inside ? 0.02 : 0) + (used.has(other) ? 0 : 0.01)
    if (value > score) {
      score = value
      found = {statement: word, paper: other, how, weight}
    }
  }
  return found
}

/** The words a negation governs, grouped by scope: consecutive negated words with one cue. */
function scopes(words: readonly Word[]): Word[][] {
  const found: Word[][] = []
  let current: Word[] = []
  for (const word of words) {
    if (word.negated && (current.length === 0 || current[0]!.cue === word.cue)) current.push(word)
    else {
      if (current.length > 0) found.push(current)
      current = word.negated ? [word] : []
    }
  }
  if (current.length > 0) found.push(current)
  return found
}

/**
 * The pair of a negation's head: its first predicate word that matched. A
 * verb the other side lacks takes its prepositional phrase with it (“have
 * not risen above a low level” denies the rising, not the low level).
 */
function headOf(scope: readonly Word[], pairOf: (word: Word) => Pair | undefined): Pair | undefined {
  let lostVerb = false
  for (const word of scope) {
    if (!PREDICATE.has(word.pos)) {
      if (lostVerb && word.pos === 'ADP') return undefined
      continue
    }
    const pair = pairOf(word)
    if (pair) return pair
    if (word.pos === 'VERB') lostVerb = true
  }
  return undefined
}

/** Whether a negation turns a word's direction (“did not fall”), which one of exclusivity does not (“not the only item imported”). */
function turned(word: Word): boolean {
  return word.negated && word.cue !== EXCLUSIVE
}

/**
 * Negations and reversals: a negation's head (its first predicate word that
 * matched) negated on one side only is a `negation`; an opposite matched
 * with the same polarity on both sides is a `direction`. A negated opposite
 * (“did not fall” for “rose”) is neither.
 */
function polarity(statement: readonly Word[], sentence: readonly Word[], pairs: readonly Pair[]): Discrepancy[] {
  const found: Discrepancy[] = []
  const flagged = new Set<Pair>()
  const bySide = (side: 'statement' | 'paper', word: Word): Pair | undefined => pairs.find((pair) => pair[side] === word && pair.how !== 'context')
  // A statement without a verb (“Israeli citizens visa 30 days”) asserts nothing the paper's negation could deny.
  const asserts = statement.some((word) => word.pos === 'VERB' || word.pos === 'AUX')
  for (const [side, words] of [['statement', statement], ['paper', asserts ? sentence : []]] as const) {
    for (const scope of scopes(words)) {
      const head = headOf(scope, (word) => bySide(side, word))
      if (!head || flagged.has(head)) continue
      const other = side === 'statement' ? head.paper : head.statement
      // An opposite is read below: under one negation it agrees (“did not fall” is no reversal of “rose”).
      if (head.how === 'opposite' || other.negated) continue
      // “not the only item imported” denies only that it is the only one: it contradicts “the only item”, not “an item imported”.
      if (scope[0]!.cue === EXCLUSIVE && !(side === 'statement' ? sentence : statement).some((word) => word.lemma === 'only')) continue
      flagged.add(head)
      const cue = scope[0]!.cue ?? 'not'
      const negatedText = `${cue} ${(side === 'statement' ? head.statement : head.paper).text}`
      found.push(side === 'statement' ? {kind: 'negation', claimed: negatedText, paper: head.paper.text} : {kind: 'negation', claimed: head.statement.text, paper: negatedText})
    }
  }
  for (const pair of pairs) {
    if (pair.how !== 'opposite' || flagged.has(pair)) continue
    if (turned(pair.statement) === turned(pair.paper)) found.push({kind: 'direction', claimed: pair.statement.text, paper: pair.paper.text})
  }
  return found
}

/**
 * Count as matched the statement words inside `ranges` (the figures that
 * agree with the paper's: “one million dollars” for “$1 million”).
 */
export function credit(alignment: Alignment, ranges: ReadonlyArray<readonly [number, number]>): Alignment {
  if (ranges.length === 0) return alignment
  const inside = (word: Word): boolean => ranges.some(([start, end]) => word.start >= start && word.end <= end)
  let held = alignment.held
  let exact = alignment.exactCoverage * alignment.total
  const unmatched: Word[] = []
  const unmatchedWeights: number[] = []
  const unmatchedInserted: boolean[] = []
  let inserted = 0
  alignment.unmatched.forEach((word, i) => {
    const weight = alignment.unmatchedWeights[i]!
    if (inside(word)) (held += weight), (exact += weight)
    else {
      unmatched.push(word), unmatchedWeights.push(weight), unmatchedInserted.push(alignment.unmatchedInserted[i]!)
      if (alignment.unmatchedInserted[i]) inserted += weight
    }
  })
  const total = alignment.total
  return {...alignment, unmatched, unmatchedWeights, unmatchedInserted, held, coverage: total > 0 ? held / total : 0, exactCoverage: total > 0 ? exact / total : 0, inserted: total > 0 ? inserted / total : 0}
}

/**
 * A word of direction the sentence holds in its opposite right where the
 * statement's neighbouring words match (“much more enthusiasm” against
 * “much less enthusiasm”), though the sentence also says “more” elsewhere.
 */
function nearOpposites(statement: readonly Word[], sentence: readonly Word[], pairs: readonly Pair[], context: AlignContext): Discrepancy[] {
  const found: Discrepancy[] = []
  const at = new Map(sentence.map((word, i) => [word, i]))
  for (let i = 0; i < statement.length; i++) {
    const word = statement[i]!
    if (!DIRECTION_WORDS.has(word.lemma)) continue
    const own = pairs.find((pair) => pair.statement === word)
    if (own?.how === 'opposite') continue
    const opposites = new Set(context.thesaurus.lookup(word.lemma).filter((sense) => sense.relation === 'opposite').map((sense) => sense.lemma))
    for (const [a, b] of DIRECTIONS) {
      if (a === word.lemma) opposites.add(b)
      if (b === word.lemma) opposites.add(a)
    }
    // Where the statement's next word matched, the paper's word just before it.
    const next = statement.slice(i + 1, i + 3).map((other) => pairs.find((pair) => pair.statement === other && pair.how !== 'context')).find((pair) => pair !== undefined)
    const anchor = next ? at.get(next.paper) : undefined
    if (anchor === undefined) continue
    for (let j = Math.max(0, anchor - 2); j < anchor; j++) {
      const other = sentence[j]!
      if (opposites.has(other.lemma) && other !== own?.paper && turned(word) === turned(other)) found.push({kind: 'direction', claimed: word.text, paper: other.text})
    }
  }
  return found
}
