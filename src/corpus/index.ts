/**
 * The corpus: load `paper.md` files into documents, footnotes and claims.
 *
 * @packageDocumentation
 */

export {Corpus, openCorpus, type BibliographyRestriction} from './corpus.js'
export {loadCorpus, parseDocument, processor, readCorpus, bundledCorpus, type CorpusData} from './load.js'
export {extractClaims, figuresIn} from './claims.js'
export {annotate, countriesIn, entitiesIn, quantitiesIn, yearsIn} from './annotate.js'
export {segment, type Span} from './segment.js'
