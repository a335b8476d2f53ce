/**
 * Every tunable of ranking and verification, in one place: what it does, its
 * range, and what moving it trades. The modules that use them read them from
 * here and restate none; the README's table of tunables is written from
 * {@link tunables} by `npm run build:docs`.
 *
 * Changing one changes results. The verifier (`src/search/verifier.json`) is
 * fitted on the scores these shape, so after a change run
 * `npx tsx bench/fit-verifier.ts` (a test fails while the fit is stale) and
 * `npm run bench` (accuracy per kind, before and after, in one run); the
 * reader page's thresholds are refitted by `npx tsx bench/fit-page.ts`.
 *
 * Data only, with no import: the reader page bundles it.
 *
 * @packageDocumentation
 */

/** One tunable: its value, the range it makes sense in, and what it does. */
export interface Tunable<Value> {
  value: Value
  /** Where the value makes sense (`[low, high]` for each number in it). */
  range: readonly [number, number]
  /** What it does, and what moving it trades. */
  summary: string
}

const tunable = <Value>(value: Value, range: readonly [number, number], summary: string): Tunable<Value> => ({value, range, summary})

/** The tunables, by the module that reads them. */
export const tunables = {
  /** The first stage of resolve: which claims share the query's terms, and how much each shared term counts. */
  resolve: {
    kindWeight: tunable({number: 2, year: 1.5, word: 1} as const, [1, 4], 'query-side weight of a term by kind (× its IDF): a changed figure or year changes the claim, so they weigh more than a word; higher lets a shared figure outweigh shared wording'),
    entityWeight: tunable(1.3, [1, 2], 'extra weight (×) of a country or named entity the query names: names decide which claim is meant; higher favours a claim that shares the name over one that shares the wording'),
    fieldWeights: tunable([1, 0.8, 0.5, 0.2] as const, [0, 1], 'what a term counts by where the claim has it: its own text, its annotations (countries, years, figures), the rest of its sentence, its section heading; lower context weights keep a sentence’s claims apart'),
    mix: tunable({query: 0.6, claim: 0.25, pairs: 0.15} as const, [0, 1], 'the rerank score: share of the query’s weight the claim restates, share of the claim’s own weight the query restates, and word-pair overlap (word order); sums to 1 so the score stays in 0..1'),
    typoThreshold: tunable(0.34, [0, 1], 'Fuse.js (Bitap) threshold for a query word the corpus never uses, against the vocabulary: 0 only exact, higher accepts more distant words (more typos read, more wrong words read)')
  },
  /** Meaning: what a match through a relation of words counts, against 1 for the same word. */
  meaning: {
    relationWeight: tunable({derived: 0.9, synonym: 0.8, similar: 0.7, broader: 0.6, opposite: 0} as const, [0, 1], 'what a statement word counts when it matches a corpus word through WordNet: a derived form, a synonym, a similar adjective or verb, a broader term; an opposite counts nothing (it is a discrepancy)'),
    matchWeight: tunable({exact: 1, lemma: 1, typo: 0.9, context: 0.8} as const, [0, 1], 'what an aligned word counts in verify, by how it was matched: the same word, the same lemma, a repaired typo, a word of the claim’s sentence outside the claim')
  },
  /** Verify: which ranked claims are weighed on their evidence. */
  verify: {
    close: tunable(0.15, [0, 0.5], 'candidates within this of the best resolve score are weighed on their evidence (figures, names, negation); wider finds the right claim under a paraphrase more often, at the cost of more candidates to read'),
    candidates: tunable(6, [1, 30], 'candidates weighed at most (each costs a language analysis of the claim)'),
    anchor: tunable(24, [0, 80], 'how near (in characters) a word aligned with the statement must stand to a name of the paper for that name to be what the statement’s name replaces (“visited X” for “visited Y”); wider reads more swaps, and more unrelated names as swaps'),
    neighbours: tunable(4, [0, 10], 'how many claims back a name may have been given for “it” or “they” in a claim to refer to it')
  },
  /** The reader page's in-browser check (no language analysis there). */
  page: {
    close: tunable(0.1, [0, 0.5], 'the page’s candidates within this of the best score are compared on figures, years and countries')
  }
} as const

/**
 * Check that every number of every tunable lies in its range (the tests
 * call this, so a value edited out of range fails there).
 *
 * @returns
 *   `module.name: value` of each tunable out of range (none when all are in range).
 */
export function outOfRange(): string[] {
  const out: string[] = []
  for (const [module, group] of Object.entries(tunables)) {
    for (const [name, item] of Object.entries(group as Record<string, Tunable<unknown>>)) {
      const numbers = typeof item.value === 'number' ? [item.value] : Object.values(item.value as Record<string, number>)
      if (numbers.some((n) => !(n >= item.range[0] && n <= item.range[1]))) out.push(`${module}.${name}: ${JSON.stringify(item.value)}`)
    }
  }
  return out
}
