/**
 * claimtrace: trace every claim of a footnoted article to the sources that
 * support it. This module only re-exports; see the README for a tour.
 *
 * Flow: raw text → {@link ingest} → `corpus/<id>/paper.md` → {@link openCorpus}
 * → claims, footnotes, sources → search / resolve / verify, bibliographies.
 *
 * @packageDocumentation
 */
export {openCorpus, Corpus} from './facade/index.js'
export type {BibliographyRestriction, OpenOptions} from './facade/index.js'
export {ingest, MAX_INPUT} from './ingest/index.js'
export type {IngestOptions, IngestResult, Ledger, Edit} from './ingest/index.js'
export {Searcher, describeSourceCheck} from './search/index.js'
export type {SearchData, SearchFilter, SearchOptions, VerifyOptions} from './search/index.js'
export type {FootnoteInput, CiteResult} from './cite/index.js'
export {formatBibliography, formatCitation, listStyles, bibliographyFormats} from './bibliography/index.js'
export type {BibliographyFormat, BibliographyOptions, CitationOptions, CiteItem} from './bibliography/index.js'
export {ClaimtraceError} from './errors.js'
export type {ErrorCode, ErrorOptions} from './errors.js'
// Reference parsing loads remark (≈ 100 modules): import it from `claimtrace/cite`
// (`citeFootnotes`) so that `claimtrace` itself stays quick to import.
export type * from './types.js'
