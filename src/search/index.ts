/**
 * Search, resolve and verify over a corpus: one class, {@link Searcher}.
 *
 * @packageDocumentation
 */
export {Searcher} from './searcher.js'
export type {SearchData, SearchFilter, SearchOptions, VerifyOptions} from './searcher.js'
export {describeSourceCheck} from './describe.js'
