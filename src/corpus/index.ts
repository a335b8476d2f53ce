/**
 * The corpus: load `paper.md` files into documents, footnotes and claims.
 * Only light modules are re-exported here, so that importing the corpus does
 * not load the parser (see `load.ts`, imported when a corpus is built).
 *
 * @packageDocumentation
 */

export {bundledCorpus, readCorpus} from './read.js'
export {annotate, canonicalCountry, countriesIn, entitiesIn, quantitiesIn, yearsIn} from './annotate.js'
export type {CorpusData} from './load.js'
