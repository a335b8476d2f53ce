/**
 * What resolve and verify share, built once per corpus: the claim index,
 * the sources by id, the corpus's named things, its thesaurus, and each
 * claim's sentence analysed (from the model's language data, or analysed on
 * first use when a corpus comes without it).
 */
import {aliasesIn, factsIn, properNames, type Fact} from '../facts/facts.js'
import {analyseCorpus, isEnglish, Thesaurus, unpack, type LanguageData, type PackedWord, type ThesaurusData, type Word} from '../language/index.js'
import type {Claim, CslItem} from '../types.js'
import type {AlignContext} from './_align.js'
import {ClaimIndex} from './claim-index.js'
import {SourceMatcher} from './_source.js'
import {normalize, tokenize} from './text.js'
import {tunables} from '../tunables.js'

/** How many claims back a name may have been given for “it” or “they” to refer to it. */
const NEIGHBOURS = tunables.verify.neighbours.value

/** Shared indexes of one corpus. */
export interface Engine {
  index: ClaimIndex
  claims: readonly Claim[]
  sources: ReadonlyMap<string, CslItem>
  /** Lowercased names of the corpus's organisations, people, places and countries → printed form. */
  entities: ReadonlyMap<string, string>
  /** Other names of those names (lower case), from the corpus's parentheses. */
  aliases: ReadonlyMap<string, readonly string[]>
  /** Index terms of those names (they weigh more in the ranking). */
  entityTerms: ReadonlySet<string>
  thesaurus: Thesaurus
  /** What the aligner needs (thesaurus, idf, typos). */
  align: AlignContext
  /** The analysed words of claim `doc`'s sentence. */
  words(doc: number): Word[]
  /** Where claim `doc`'s own text sits in its sentence: `[start, end)`. */
  range(doc: number): readonly [number, number]
  /** The facts of claim `doc`'s sentence. */
  facts(doc: number): Fact[]
  /** The facts of the sentence before `doc`'s in its paragraph's section (“the same year”, “this visit”). */
  previousFacts(doc: number): Fact[]
  /** Terms of the names the claims just before `doc` in its section give (what “it”, “they” may refer to). */
  around(doc: number): ReadonlySet<string>
  /** Names and countries the claim before `doc` gives, when `doc`'s sentence refers back to them (what “it”, “they” stand for). */
  referents(doc: number): string[]
  /** Whether `doc`'s sentence opens by referring back (“It runs…”, “In 2004, they…”). */
  anaphoric(doc: number): boolean
  /** The country a document is about, when one dominates it (named in a quarter of its claims and twice as often as the next). */
  subject(doc: number): string | undefined
  /** Whether the corpus writes this word in lower case (a common word, not only a name). */
  common(word: string): boolean
  /** Fuzzy matcher of source hints (built on first use). */
  matcher(): SourceMatcher
}

/**
 * What a corpus read from its store (`src/store/`) gives instead of the
 * engine building it: the claim index, the names' index terms and printed
 * forms, each claim's analysed sentence, the thesaurus.
 */
export interface Prepared {
  index: ClaimIndex
  entityTerms: ReadonlySet<string>
  entities: () => Map<string, string>
  words: (doc: number) => PackedWord[]
  thesaurus: () => ThesaurusData
}

/** A value made on first use. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined
  let made = false
  return () => {
    if (!made) (value = make()), (made = true)
    return value as T
  }
}

/**
 * Build the engine for `claims` and `sources`. Only the index is built at
 * once (or taken from `prepared`); names, aliases and the rest are made on
 * first use, so that `resolve` on a large corpus never reads every claim.
 */
export function createEngine(claims: readonly Claim[], sources: readonly CslItem[], language?: LanguageData, prepared?: Prepared): Engine {
  const data = lazy(() => (language && language.claimSentence.length === claims.length ? language : analyseCorpus(claims)))
  const words = new Map<string, Word[]>()
  const facts = new Map<string, Fact[]>()
  const wordsOf = (doc: number): Word[] => {
    const sentence = claims[doc]!.sentence
    let found = words.get(sentence)
    if (!found) {
      const packed = prepared ? prepared.words(doc) : data().sentences[data().claimSentence[doc]!]!
      words.set(sentence, (found = unpack(sentence, packed)))
    }
    return found
  }
  const entities = lazy(() => prepared?.entities() ?? names(claims))
  const aliases = lazy(() => aliasesIn(new Set(claims.map((claim) => claim.sentence)), entities()))
  const entityTerms = lazy(() => {
    if (prepared) return prepared.entityTerms
    const terms = new Set<string>()
    for (const key of entities().keys()) for (const token of tokenize(key)) terms.add(token.term)
    return terms
  })
  const index = prepared?.index ?? new ClaimIndex(claims)
  const main = lazy(() => mainCountries(claims))
  const subjects = lazy(() => dominant(claims))
  /** A sentence that refers back: a pronoun among its first words, after an opening phrase. */
  const anaphoric = (doc: number): boolean => /^(?:[^,;]{0,40},\s*)?(?:it|its|they|their|them|this|these|the latter|the former|he|she|his|her)\b/i.test(claims[doc]!.sentence.trim())
  const lower = lazy(() => {
    const found = new Set<string>()
    for (const claim of claims) for (const word of claim.sentence.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}-]*/gu) ?? []) found.add(word)
    return found
  })
  const common = (word: string): boolean => lower().has(word.toLowerCase())
  const thesaurus = lazy(() => new Thesaurus(prepared ? prepared.thesaurus() : data().thesaurus))
  // Note: a claim's stored annotations are not what the verifier compares: they are of the claim's own text, as display strings
  // (“52 companies”), without places; the verifier needs the whole sentence's facts with their places (to read them in a clause),
  // their values and kinds (“a third” agrees with “33 percent”) and the corpus's names. Where strings do suffice (the names a
  // claim gives, its countries, the document's subject: `names`, `around`, `referents`, `subject`), the annotations are used.
  const factsOf = (doc: number): Fact[] => {
    const sentence = claims[doc]!.sentence
    let found = facts.get(sentence)
    if (!found) facts.set(sentence, (found = factsIn(sentence, entities(), common, aliases(), properNames(sentence, wordsOf(doc), common))))
    return found
  }
  const arounds = new Map<number, Set<string>>()
  const sourceMap = lazy(() => new Map(sources.map((item) => [item.id, item])))
  const align = lazy(
    (): AlignContext => ({
      thesaurus: thesaurus(),
      idf: (term) => (index.postings.has(term) ? index.idf(term) : index.unseenIdf),
      known: (term) => index.postings.has(term),
      english: (word, lemma) => isEnglish(word, lemma),
      typo: (word) => (word.length >= 4 ? index.fuzzy(normalize(word))[0] : undefined)
    })
  )
  let matcher: SourceMatcher | undefined
  return {
    index,
    claims,
    get sources() {
      return sourceMap()
    },
    get entities() {
      return entities()
    },
    get aliases() {
      return aliases()
    },
    get entityTerms() {
      return entityTerms()
    },
    get thesaurus() {
      return thesaurus()
    },
    get align() {
      return align()
    },
    words: wordsOf,
    range: (doc) => {
      const claim = claims[doc]!
      const at = claim.sentence.indexOf(claim.text)
      return at === -1 ? [0, claim.sentence.length] : [at, at + claim.text.length]
    },
    facts: factsOf,
    previousFacts: (doc) => {
      const claim = claims[doc]!
      let i = doc - 1
      while (i >= 0 && claims[i]!.sentence === claim.sentence) i--
      const previous = i >= 0 ? claims[i] : undefined
      return previous && previous.document === claim.document && previous.section === claim.section ? factsOf(i) : []
    },
    around: (doc) => {
      const known = arounds.get(doc)
      if (known) return known
      const claim = claims[doc]!
      // The section's title and the document's main subjects are context too (“Israel” in a paper on Israel).
      const terms = new Set<string>([...tokenize(claim.section).map((token) => token.term), ...(main().get(claim.document) ?? [])])
      for (let i = Math.max(0, doc - NEIGHBOURS); i <= Math.min(claims.length - 1, doc + 1); i++) {
        const other = claims[i]!
        if (other.document !== claim.document || other.section !== claim.section) continue
        // Places too (“the Andijan events” after “the riots in Andijan”): the claims' annotations hold no cities.
        const places = factsOf(i).filter((fact) => fact.group === 'place').map((fact) => fact.text)
        for (const name of [...other.annotations.countries, ...other.annotations.entities, ...places]) for (const token of tokenize(name)) terms.add(token.term)
      }
      arounds.set(doc, terms)
      return terms
    },
    referents: (doc) => {
      const claim = claims[doc]!
      let i = doc - 1
      while (i >= 0 && claims[i]!.sentence === claim.sentence) i--
      const previous = i >= 0 ? claims[i] : undefined
      if (!previous || previous.document !== claim.document || !anaphoric(doc)) return []
      return [...previous.annotations.entities, ...previous.annotations.countries]
    },
    anaphoric,
    subject: (doc) => subjects().get(claims[doc]!.document),
    common,
    matcher: () => (matcher ??= new SourceMatcher(sources))
  }
}

/**
 * The corpus's named things: the entities and countries its claims are
 * annotated with (from the corpus, never from a list), longest first so
 * that a text's “Benjamin Netanyahu” is one name, not two.
 */
function names(claims: readonly Claim[]): Map<string, string> {
  const found = new Map<string, string>()
  for (const claim of claims) {
    for (const name of [...claim.annotations.entities, ...claim.annotations.countries]) {
      const key = name.toLowerCase().trim()
      if (key.length >= 2 && !found.has(key)) found.set(key, name)
    }
  }
  return new Map([...found].sort((a, b) => b[0].length - a[0].length))
}

/** The countries each document names most (its main subjects): terms of the top three. */
function mainCountries(claims: readonly Claim[]): Map<string, string[]> {
  const counts = new Map<string, Map<string, number>>()
  for (const claim of claims) {
    const own = counts.get(claim.document) ?? new Map<string, number>()
    for (const country of claim.annotations.countries) own.set(country, (own.get(country) ?? 0) + 1)
    counts.set(claim.document, own)
  }
  const result = new Map<string, string[]>()
  for (const [document, own] of counts) {
    const top = [...own].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3)
    result.set(document, top.flatMap(([country]) => tokenize(country).map((token) => token.term)))
  }
  return result
}

/** Each document's dominant country (lower case), if one dominates it. */
function dominant(claims: readonly Claim[]): Map<string, string> {
  const counts = new Map<string, {claims: number; countries: Map<string, number>}>()
  for (const claim of claims) {
    const own = counts.get(claim.document) ?? {claims: 0, countries: new Map<string, number>()}
    own.claims++
    for (const country of new Set(claim.annotations.countries)) own.countries.set(country, (own.countries.get(country) ?? 0) + 1)
    counts.set(claim.document, own)
  }
  const result = new Map<string, string>()
  for (const [document, own] of counts) {
    const [first, second] = [...own.countries].sort((a, b) => b[1] - a[1])
    if (first && first[1] >= own.claims / 4 && first[1] >= 2 * (second?.[1] ?? 0)) result.set(document, first[0].toLowerCase())
  }
  return result
}
