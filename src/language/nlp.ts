/**
 * Sentence analysis: tokens with their lemma, part of speech and whether a
 * negation governs them, from wink-nlp's English model (offline, ≈ 5 MB,
 * loaded on first use: about 0.3 s).
 *
 * wink marks the words a negator (`not`, `no`, `never`, `n't`, `none`,
 * `neither … nor`, `failed to`) governs up to the end of the clause. Verbs
 * and prepositions that negate what follows without a negator word
 * (“refused to open”, “free of prejudice”, “has yet to”) are added from
 * {@link NEGATORS}, so both sides of a comparison are read by the same rules.
 */
import {createRequire} from 'node:module'
import type {ItsFunction, ItsHelpers, WinkMethods} from 'wink-nlp'
import {PHRASES} from './directions.js'

/** Universal POS tags wink assigns (`NOUN`, `VERB`, `PROPN`, `NUM`, `AUX`…). */
export type Pos = string

/** One token of an analysed text. */
export interface Word {
  /** `[start, end)` in the analysed text. */
  start: number
  end: number
  /** Lower-cased surface form. */
  text: string
  /** Lower-cased lemma (`rose` → `rise`, `investments` → `investment`). */
  lemma: string
  pos: Pos
  /** Whether a negation governs this word. */
  negated: boolean
  /** The negator that governs it (`not`, `never`, `refused`), when negated. */
  cue?: string
}

/**
 * Words that negate what follows them though wink's negation model does not
 * list them: `[lemma, how far the scope reaches]`. `verb`: the next verb
 * phrase (“refused to open”, “stopped investing”); `noun`: the next noun
 * phrase (“lacks water”, “free of prejudice”, “without guarantees”).
 * Lemmas, so every inflection counts.
 */
export const NEGATORS: ReadonlyArray<readonly [string, 'verb' | 'noun', string?]> = [
  ['refuse', 'verb'], ['decline', 'verb', 'to'], ['fail', 'verb'], ['cease', 'verb'], ['stop', 'verb'], ['yet', 'verb', 'to'],
  ['abandon', 'verb'], ['avoid', 'verb'], ['deny', 'noun'], ['lack', 'noun'], ['without', 'noun'], ['free', 'noun', 'of'],
  ['absence', 'noun', 'of'], ['devoid', 'noun', 'of'], ['unable', 'verb', 'to'], ['impossible', 'verb', 'to']
]

/**
 * Negators that do not negate before these words: “not only … but also”,
 * “not the only”, “no doubt”, “made no secret”, “nothing but”, “no less”.
 */
const NOT_NEGATING: ReadonlyArray<readonly [string, string]> = [
  ['not', 'only'], ['not', 'just'], ['not', 'merely'], ['not', 'least'], ['no', 'doubt'], ['no', 'secret'], ['no', 'wonder'],
  ['nothing', 'but'], ['no', 'less'], ['none', 'other']
]

/** Negators, and the adverbs after them that wink's model does not read on past (“not yet”, “never even”). */
const UNMARKED = new Set(['not', "n't", 'never'])
const SOFTENERS = new Set(['yet', 'even', 'ever', 'always', 'really', 'fully', 'entirely', 'completely', 'necessarily', 'again'])

const NEGATOR = new Map(NEGATORS.map(([lemma, scope, next]) => [lemma, {scope, next}]))
/**
 * The cue of a negation of exclusivity (“not the only item imported”): it
 * denies that something is the only one, not what is said of it, so it
 * turns no direction (the item is still imported).
 */
export const EXCLUSIVE = 'not only'

/** Punctuation that ends a negation's scope, whatever wink reads. */
const SCOPE_END = new Set([':', ';', '—', '–', '(', ')'])
/** Tags that end a clause, and so a negation's scope. */
const CLAUSE_END = new Set(['PUNCT', 'CCONJ', 'SCONJ'])

/** Several punctuation marks in one token (“);”, “),”, “”.”), never a word. */
const GLUED = /^[)(\]\[;:,.!?”“"’'»«-]{2,}$/u

let engine: {nlp: WinkMethods; its: ItsHelpers} | undefined

function load(): {nlp: WinkMethods; its: ItsHelpers} {
  if (!engine) {
    // Both packages are CommonJS; a synchronous require keeps analysis synchronous.
    const require = createRequire(import.meta.url)
    const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => WinkMethods
    const model = require('wink-eng-lite-web-model') as unknown
    const nlp = winkNLP(model, ['sbd', 'negation', 'pos'])
    engine = {nlp, its: nlp.its}
  }
  return engine
}

/**
 * Analyse `text`: its tokens with lemma, part of speech and negation.
 *
 * @param text Any English text (a sentence, a statement).
 * @returns One {@link Word} per token, punctuation included.
 * @example
 *   ```ts
 *   analyse('Israel refused to open an embassy.').filter((w) => w.negated).map((w) => w.lemma)
 *   // => ['open', 'an', 'embassy']
 *   ```
 */
export function analyse(text: string): Word[] {
  const {nlp, its} = load()
  const doc = nlp.readDoc(text)
  const tokens = doc.tokens()
  const out = <T>(helper: unknown): T[] => tokens.out(helper as ItsFunction<T>) as unknown as T[]
  const values = out<string>(its.value)
  const lemmas = out<string>(its.lemma)
  const tags = out<string>(its.pos)
  const flags = out<boolean>(its.negationFlag)
  const spaces = out<string>(its.precedingSpaces)
  const words: Word[] = []
  let at = 0
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!
    at += spaces[i]!.length
    // wink keeps the text; should a token not sit where expected, find it.
    const start = text.startsWith(value, at) ? at : Math.max(at, text.indexOf(value, at))
    if (GLUED.test(value)) {
      // wink reads “);” or “),” as one emoticon-like symbol: each mark ends or opens a clause of its own.
      for (let k = 0; k < value.length; k++) words.push({start: start + k, end: start + k + 1, text: value[k]!, lemma: value[k]!, pos: 'PUNCT', negated: false})
    } else words.push({start, end: start + value.length, text: value.toLowerCase(), lemma: lemmas[i]!.toLowerCase(), pos: tags[i]!, negated: flags[i] === true})
    at = start + value.length
  }
  phrasal(words)
  markCues(words)
  acrossAsides(words)
  return words
}

/** Particles that make a phrasal verb of the scales (“scaling back”, “went down”, “tailed off”). */
const PARTICLES = new Set(['up', 'down', 'back', 'off', 'out'])

/**
 * A verb and its particle read as one phrasal verb where the scales know it
 * (`scale back`), so that it reverses or keeps a direction as one word. wink
 * tags some of them wrong (“scaling” a noun, “tailed” an adjective): the
 * verb's base is guessed from its surface too.
 */
function phrasal(words: Word[]): void {
  for (let i = 0; i + 1 < words.length; i++) {
    const particle = words[i + 1]!.text
    if (!PARTICLES.has(particle) || !/^[a-z]+$/.test(words[i]!.text)) continue
    const word = words[i]!
    const stem = word.text.replace(/(?:ing|ed|s)$/, '')
    for (const base of [word.lemma, word.text, stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')]) {
      if (!PHRASES.has(`${base} ${particle}`)) continue
      word.lemma = `${base} ${particle}`
      word.pos = 'VERB'
      break
    }
  }
}

/** A negator cut off by an aside (“which are not, in fact, one of its priorities”) still governs what follows the aside. */
function acrossAsides(words: Word[]): void {
  for (let i = 0; i + 1 < words.length; i++) {
    const cue = words[i]!
    if (!/^(?:not|never|no|n't)$/.test(cue.text) || words[i + 1]!.text !== ',' || words[i + 1]!.negated) continue
    const close = words.findIndex((word, j) => j > i + 1 && j <= i + 5 && word.text === ',')
    if (close === -1) continue
    for (let j = close + 1; j < words.length && !CLAUSE_END.has(words[j]!.pos); j++) {
      words[j]!.negated = true
      words[j]!.cue = cue.text
    }
  }
}

/** Name the cue of each of wink's negation scopes, drop the scopes of non-negating uses, add the scopes of {@link NEGATORS}. */
function markCues(words: Word[]): void {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    if (word.negated && (i === 0 || !words[i - 1]!.negated)) {
      const cue = words[i - 1]
      const exempt = cue !== undefined && NOT_NEGATING.some(([a, b]) => cue.lemma === a && word.lemma === b)
      // “not the only item imported”: what is denied is that it is the only one; the item is still imported.
      const exclusive = cue?.lemma === 'not' && (word.lemma === 'only' || (word.pos === 'DET' && words[i + 1]?.lemma === 'only'))
      // wink reads a scope on past a colon or a semicolon without marking it: what follows has no negator of its own.
      const stray = cue !== undefined && SCOPE_END.has(cue.text)
      // A scope ends where its clause does (wink reads on past a colon or a dash): “not the only item: Israel also buys…”.
      let ended = false
      for (let j = i; j < words.length && words[j]!.negated; j++) {
        if (SCOPE_END.has(words[j]!.text) || (words[j]!.text === 'but' && j > i)) ended = true
        if (exempt || ended || stray) words[j]!.negated = false
        else words[j]!.cue = cue === undefined || cue.text === "n't" ? 'not' : words[i - 2]?.lemma === 'no' && !cue.negated && cue.pos !== 'PUNCT' && (cue.lemma === 'longer' || cue.lemma === 'more') ? `no ${cue.text}` : exclusive ? EXCLUSIVE : cue.text
      }
    }
    // “no longer”, “no more”: the second word is part of the negator, not what it negates.
    if (word.negated && (word.lemma === 'longer' || word.lemma === 'more') && words[i - 1]?.lemma === 'no' && words[i + 1]?.negated) {
      word.negated = false
      delete word.cue
      continue
    }
    // wink leaves “have not yet organised”, “did not even try” unmarked: the negator governs its clause all the same.
    if ((UNMARKED.has(word.text) || word.lemma === 'not') && !word.negated && words[i + 1] !== undefined && !words[i + 1]!.negated && SOFTENERS.has(words[i + 1]!.lemma)) {
      for (let j = i + 1; j < words.length && !CLAUSE_END.has(words[j]!.pos); j++) {
        words[j]!.negated = true
        words[j]!.cue = word.lemma === 'not' ? 'not' : word.text
      }
      continue
    }
    // “visa-free”, “duty-free”: without the noun before the hyphen.
    if (word.lemma === 'free' && words[i - 1]?.text === '-' && words[i - 2] !== undefined && (words[i - 2]!.pos === 'NOUN' || words[i - 2]!.pos === 'PROPN') && words[i - 1]!.start === words[i - 2]!.end) {
      words[i - 2]!.negated = true
      words[i - 2]!.cue = 'free'
      continue
    }
    const rule = NEGATOR.get(word.lemma)
    if (!rule || word.negated) continue
    let j = i + 1
    if (rule.next !== undefined) {
      if (words[j]?.lemma !== rule.next) continue
      j++
    }
    if (words[j]?.lemma === 'to') j++
    for (; j < words.length && !CLAUSE_END.has(words[j]!.pos); j++) {
      words[j]!.negated = true
      words[j]!.cue = word.text
    }
  }
}
