/**
 * The corpus: load `paper.md` files into documents, footnotes and claims.
 * Only light modules are re-exported here, so that importing the corpus does
 * not load the parser (see `load.ts`, imported when a corpus is built).
 *
 * @packageDocumentation
 */

export {bundledCorpus, readCorpus} from './read.js'
// Annotation reads facts, so it lives in `src/facts/`; the corpus keeps offering it.
export {annotate} from '../facts/annotate.js'
export {yearsIn} from '../facts/dates.js'
export {entitiesIn} from '../facts/entities.js'
export {canonicalCountry, countriesIn} from '../facts/places.js'
export {quantitiesIn} from '../facts/quantities.js'
export type {CorpusData} from './load.js'
