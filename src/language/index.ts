/**
 * Language data of a corpus, built once with the model: every claim's
 * sentence analysed (lemmas, parts of speech, negation) and the corpus's
 * thesaurus. The search stage reads it; a query then only analyses itself.
 *
 * @packageDocumentation
 */
import {analyse, type Word} from './nlp.js'
import {buildThesaurus, type ThesaurusData} from './thesaurus.js'
import {Wordnet} from './wordnet.js'

export {analyse, EXCLUSIVE, NEGATORS, type Word, type Pos} from './nlp.js'
export {Thesaurus, RELATION_WEIGHT, buildThesaurus, type Relation, type Sense, type ThesaurusData} from './thesaurus.js'
export {DIRECTIONS} from './directions.js'

/**
 * A word of an analysed sentence, packed for storage:
 * `[start, end, lemma, pos, cue]` — `lemma` is `''` when it is the lower-cased
 * surface form, `cue` is `''` when no negation governs the word.
 */
export type PackedWord = [number, number, string, string, string]

/** The language data of a corpus (stored in its model). */
export interface LanguageData {
  /** Analysed sentences, each once. */
  sentences: PackedWord[][]
  /** For each claim (in corpus order), the index of its sentence in `sentences`. */
  claimSentence: number[]
  /** Reader's word → corpus words (see `Thesaurus`). */
  thesaurus: ThesaurusData
}

/**
 * Analyse the sentences of a corpus's claims and build its thesaurus.
 *
 * @param claims The claims, in corpus order (only `sentence` is read).
 * @returns The language data.
 * @example
 *   ```ts
 *   analyseCorpus([{sentence: 'Trade rose.'}]).sentences[0]
 *   // => [[0, 5, '', 'NOUN', ''], [6, 10, 'rise', 'VERB', ''], [10, 11, '', 'PUNCT', '']]
 *   ```
 */
export function analyseCorpus(claims: ReadonlyArray<{sentence: string}>): LanguageData {
  const index = new Map<string, number>()
  const sentences: PackedWord[][] = []
  const claimSentence: number[] = []
  const vocabulary: Array<[string, string]> = []
  for (const {sentence} of claims) {
    let at = index.get(sentence)
    if (at === undefined) {
      at = sentences.length
      index.set(sentence, at)
      const words = analyse(sentence)
      for (const word of words) vocabulary.push([word.lemma, word.pos])
      sentences.push(words.map(pack))
    }
    claimSentence.push(at)
  }
  return {sentences, claimSentence, thesaurus: buildThesaurus(vocabulary, new Wordnet())}
}

let wordnet: Wordnet | undefined

/**
 * Whether `word` (or its lemma) is an English word WordNet knows, so that a
 * word the corpus lacks is a real word and not a typo of a corpus word.
 * Reads WordNet's index on first use (about 50 ms).
 *
 * @example
 *   ```ts
 *   isEnglish('grain') // => true
 *   isEnglish('kazakstan') // => false
 *   ```
 */
export function isEnglish(word: string, lemma: string = word): boolean {
  wordnet ??= new Wordnet()
  return wordnet.has(word) || wordnet.has(lemma)
}

function pack(word: Word): PackedWord {
  return [word.start, word.end, word.lemma === word.text ? '' : word.lemma, word.pos, word.cue ?? '']
}

/**
 * Unpack a stored sentence analysis.
 *
 * @param sentence The sentence's text.
 * @param packed Its packed words.
 * @returns The words.
 */
export function unpack(sentence: string, packed: readonly PackedWord[]): Word[] {
  return packed.map(([start, end, lemma, pos, cue]) => {
    const text = sentence.slice(start, end).toLowerCase()
    return {start, end, text, lemma: lemma || text, pos, negated: cue !== '', ...(cue === '' ? {} : {cue})}
  })
}
