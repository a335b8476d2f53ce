import type Fuse from 'fuse.js'
import {fail} from '../errors.js'
import {describe, need, needOptions} from '../_check.js'
import type {Claim, CslItem, Document, Footnote, Resolution, SearchHit, Verification} from '../types.js'
import {createEngine, type Engine, type Prepared} from './engine.js'
import type {LanguageData} from '../language/index.js'
import {analyse, rank, toResolution} from './resolve.js'
import {createFuse, isExtended, passes, run, toRows, type Row, type SearchFilter} from './search.js'
import {verify} from './verify.js'

export type {SearchFilter} from './search.js'

/** The corpus a {@link Searcher} works on. */
export interface SearchData {
  documents: readonly Document[]
  claims: readonly Claim[]
  footnotes: readonly Footnote[]
  sources: readonly CslItem[]
  /** The claims' analysed sentences and the thesaurus (analysed on first verify when absent). */
  language?: LanguageData
  /** A stored index and language data (a corpus read from its store); `language` is then not read. */
  prepared?: Prepared
}

/** Options of {@link Searcher.search}. */
export interface SearchOptions {
  /** What to search (default `'all'`). */
  in?: 'claims' | 'footnotes' | 'sources' | 'all'
  /** Most hits returned (default 10, at most 1000). */
  limit?: number
  filter?: SearchFilter
}

/** Options of {@link Searcher.verify}. */
export interface VerifyOptions {
  /** The source someone gave for the statement: an author, a title, a year, a page, a URL. */
  source?: string
}

/** Longest statement, query or source accepted (the batch limit): longer input is a pasted file, not a sentence. */
export const MAX_STATEMENT = 10_000

function check(text: unknown, what: string, call: string): string {
  need(text, 'string', `${call}(${what})`)
  const value = text as string
  if (value.trim() === '') throw fail('empty-text', {what})
  if (value.length > MAX_STATEMENT) throw fail('text-too-long', {what, length: value.length, max: MAX_STATEMENT})
  return value
}

function limitOf(limit: unknown, fallback: number): number {
  if (limit === undefined) return fallback
  if (!Number.isInteger(limit) || (limit as number) < 1) throw fail('bad-limit', {limit: typeof limit === 'number' ? String(limit) : describe(limit)})
  return Math.min(limit as number, 1000)
}

const filterShape = {document: 'string', section: 'string', country: 'string', yearFrom: 'integer', yearTo: 'integer', cited: 'boolean'} as const

/**
 * Search, resolve and verify over one corpus. Indexes are built on first
 * use, so constructing a searcher is cheap.
 *
 * @example
 * ```ts
 * const searcher = new Searcher(await openCorpus())
 * searcher.resolve('Israel put some $300 million into Kazakhstan’s economy').matches[0]?.claim.footnotes
 * // => [25]
 * searcher.verify('Israel invested about $500 million in Kazakhstan’s economy').discrepancies
 * // => [{kind: 'number', claimed: '$500 million', paper: '$300 million'}]
 * ```
 */
export class Searcher {
  private readonly data: SearchData
  private engine: Engine | undefined
  private rows: Row[] | undefined
  private readonly fuses = new Map<string, Fuse<Row>>()

  /** @param data The corpus: documents, claims, footnotes and sources. */
  constructor(data: SearchData) {
    need(data, 'object', 'new Searcher(data)')
    for (const key of ['documents', 'claims', 'footnotes', 'sources'] as const) need(data[key], 'array', `new Searcher(data).${key}`)
    this.data = data
  }

  /**
   * Fuzzy search over claims, footnotes and sources (Fuse.js; extended syntax
   * such as `=exact` or `'include` is recognised). Hits carry the matched
   * ranges (inclusive `[start, end]`) per key and a score in 0..1.
   *
   * @param query Words to look for.
   * @param options Where to look, how many hits, filters.
   * @example
   * ```ts
   * searcher.search('drip irrigation', {in: 'claims', limit: 3, filter: {country: 'Uzbekistan'}})
   * // => [{kind: 'claim', id: 'israel-central-asia-2020#c171', score: 0.9, text: '…', matches: [{key: 'text', indices: [[22, 35]]}]}, …]
   * ```
   */
  search(query: string, options?: Readonly<SearchOptions> | null): SearchHit[] {
    const text = check(query, 'query', 'search')
    needOptions(options, {in: 'string', filter: 'object'}, 'search options')
    needOptions(options?.filter, filterShape, 'search options.filter')
    const scope = options?.in ?? 'all'
    if (!['claims', 'footnotes', 'sources', 'all'].includes(scope)) throw fail('unknown-scope', {scope: String(scope)})
    const limit = limitOf(options?.limit, 10)
    // Note: in the extended syntax `!!!` would mean "everything".
    if (!/[\p{L}\p{N}]/u.test(text)) return []
    const kind = scope === 'all' ? undefined : scope.slice(0, -1)
    const extended = isExtended(text)
    const filter = options?.filter
    if (filter && Object.keys(filter).length > 0) {
      const rows = this.allRows().filter((row) => (kind === undefined || row.kind === kind) && passes(row, filter))
      return run(createFuse(rows, extended), text, limit)
    }
    const key = `${scope}:${extended}`
    let fuse = this.fuses.get(key)
    if (!fuse) {
      fuse = createFuse(this.allRows().filter((row) => kind === undefined || row.kind === kind), extended)
      this.fuses.set(key, fuse)
    }
    return run(fuse, text, limit)
  }

  /**
   * The claims a text restates, best first, each with its citations and CSL
   * sources. Paraphrases, typos, keywords, fragments and restated figures
   * resolve; text with no searchable word gives no matches.
   *
   * @param text A sentence someone read, or a few words.
   * @param options `limit`: most matches (default 5).
   * @example
   * ```ts
   * searcher.resolve('Israel invsted about $300 milion in Kazakstan', {limit: 1}).matches[0]?.citations
   * // => [{footnote: 25, source: 'feiler2014', locator: '28', label: 'page', kind: 'op-cit', prefix: 'See:'}]
   * ```
   */
  resolve(text: string, options?: Readonly<{limit?: number}> | null): Resolution {
    const input = check(text, 'text', 'resolve')
    needOptions(options, {}, 'resolve options')
    const engine = this.getEngine()
    const ranked = rank(engine.index, analyse(engine.index, input, engine.entityTerms), limitOf(options?.limit, 5))
    return toResolution(input, engine.claims, ranked, engine.sources)
  }

  /**
   * Whether the paper makes a statement: `supported` (with a source),
   * `uncited`, `contradicted` (a number, date or entity differs; see
   * `discrepancies`) or `not-found`, with a calibrated confidence. With
   * `source`, also whether the paper attributes the claim to that work.
   *
   * @param text The statement.
   * @param options `source`: the source someone gave for it.
   * @example
   * ```ts
   * const result = searcher.verify('Israel invested $300 million in Kazakhstan', {source: 'Mesamed 2012'})
   * result.verdict // => 'supported'
   * result.sourceCheck?.agrees // => false (the paper cites Feiler & Lim, p. 28)
   * ```
   */
  verify(text: string, options?: Readonly<VerifyOptions> | null): Verification {
    const input = check(text, 'text', 'verify')
    needOptions(options, {}, 'verify options')
    const source = options?.source
    if (source !== undefined) check(source, 'source', 'verify')
    return verify(this.getEngine(), input, source)
  }

  private getEngine(): Engine {
    if (!this.engine) {
      const {prepared} = this.data
      this.engine = prepared ? createEngine(this.data.claims, this.data.sources, undefined, prepared) : createEngine(this.data.claims, this.data.sources, this.data.language)
    }
    return this.engine
  }

  private allRows(): Row[] {
    return (this.rows ??= toRows(this.data.claims, this.data.footnotes, this.getEngine().sources))
  }
}
