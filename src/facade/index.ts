/**
 * The facade: a {@link Corpus} composes the model (`src/corpus/`), its store
 * (`src/store/`), search, resolve and verify (`src/search/`) and
 * bibliographies (`src/bibliography/`); {@link openCorpus} opens one. It sits
 * above every stage, so that the stages depend downward only.
 *
 * @packageDocumentation
 */
export {Corpus, openCorpus, STORE_FROM, type BibliographyRestriction, type OpenOptions} from './corpus.js'
