/**
 * The {@link Corpus}: the loaded model plus search, resolution, verification
 * and bibliographies, each delegated to its module.
 *
 * @packageDocumentation
 */

import type {VFileMessage} from 'vfile-message'
import {fail} from '../errors.js'
import {Searcher, type SearchOptions, type VerifyOptions} from '../search/index.js'
import type {Claim, CslItem, Document, Footnote, Resolution, SearchHit, Verification} from '../types.js'
import {formatBibliography, formatCitation, type BibliographyOptions, type CitationOptions} from '../bibliography/index.js'
import {need, needOptions} from '../_check.js'
import {cacheEnabled, cachedModel} from './_cache.js'
import {checkLoaded, restrict} from './_restrict.js'
import type {CorpusData} from './load.js'
import type {LanguageData} from '../language/index.js'
import {bundledCorpus, readCorpus} from './read.js'

/** Options of {@link Corpus.bibliography}: a style and format, and what to restrict the list to. */
export interface BibliographyRestriction extends BibliographyOptions {
  /** Only the sources these claims cite (claim ids). */
  claims?: readonly string[]
  /** Only the sources these footnotes cite (numbers; with `document` when the corpus has several). */
  footnotes?: readonly number[]
  /** Only sources of this document. */
  document?: string
}

/**
 * A loaded corpus: documents, claims, footnotes, sources and the diagnostics
 * met while loading. Build it with {@link openCorpus}.
 *
 * @example
 *   ```ts
 *   const corpus = await openCorpus()
 *   corpus.claim('israel-central-asia-2020#c001')?.section
 *   // => 'Abstract'
 *   ```
 */
export class Corpus {
  /** The articles, in folder order, with front matter, sections and figures. */
  readonly documents: Document[]
  /** Every claim, in reading order, document by document. */
  readonly claims: Claim[]
  /** Every footnote, by document then number, with its citations. */
  readonly footnotes: Footnote[]
  /** The distinct works the footnotes cite (CSL-JSON, stable ids). */
  readonly sources: CslItem[]
  /** Every diagnostic met while loading, with file, line:column and `ruleId`. */
  readonly messages: VFileMessage[]
  /** The claims' sentences analysed (lemmas, negation) and the corpus thesaurus; resolve and verify read them. */
  readonly language: LanguageData
  #byId: Map<string, Claim> | undefined
  #searcher: Searcher | undefined

  /**
   * @param data
   *   What `loadCorpus` (in `load.ts`) returns.
   */
  constructor(data: CorpusData) {
    need(data, 'object', 'new Corpus(data)')
    for (const key of ['documents', 'claims', 'footnotes', 'sources', 'messages'] as const) need(data[key], 'array', `new Corpus(data).${key}`)
    this.documents = data.documents
    this.claims = data.claims
    this.footnotes = data.footnotes
    this.sources = data.sources
    this.messages = data.messages
    this.language = data.language
  }

  /**
   * The claim with this id.
   *
   * @param id
   *   `"<document>#c042"`.
   * @returns
   *   The claim, or `undefined`.
   * @example
   *   ```ts
   *   corpus.claim('israel-central-asia-2020#c001')?.footnotes
   *   // => []
   *   ```
   */
  claim(id: string): Claim | undefined {
    need(id, 'string', 'claim(id)')
    this.#byId ??= new Map(this.claims.map((claim) => [claim.id, claim]))
    return this.#byId.get(id)
  }

  /**
   * Search claims, footnotes and sources (see `Searcher.search`).
   *
   * @example
   *   ```ts
   *   corpus.search('drip irrigation', {in: 'claims', limit: 1})[0]?.kind
   *   // => 'claim'
   *   ```
   */
  search(query: string, options?: Readonly<SearchOptions> | null): SearchHit[] {
    checkLoaded(this.documents, this.messages, 'search', false)
    return this.#search().search(query, options)
  }

  /**
   * The claims a text restates, best first (see `Searcher.resolve`).
   *
   * @example
   *   ```ts
   *   corpus.resolve('Israel put some $300 million into Kazakhstan’s economy').matches[0]?.claim.footnotes
   *   // => [25]
   *   ```
   */
  resolve(text: string, options?: Readonly<{limit?: number}> | null): Resolution {
    checkLoaded(this.documents, this.messages, 'resolve a text', true)
    return this.#search().resolve(text, options)
  }

  /**
   * Check a statement against the paper (see `Searcher.verify`).
   *
   * @example
   *   ```ts
   *   corpus.verify('Israel invested about $500 million in Kazakhstan’s economy').verdict
   *   // => 'contradicted'
   *   ```
   */
  verify(text: string, options?: Readonly<VerifyOptions> | null): Verification {
    checkLoaded(this.documents, this.messages, 'verify a statement', true)
    return this.#search().verify(text, options)
  }

  /**
   * Format the corpus's sources, or those some claims or footnotes cite.
   * citation-js is loaded on the first call (see `src/bibliography/_citation-js.ts`).
   *
   * @param options
   *   Style, format, language, and an optional restriction.
   * @returns
   *   The formatted bibliography.
   * @throws {ClaimtraceError}
   *   When the corpus is empty, or a claim id, footnote number or document is unknown.
   * @example
   *   ```ts
   *   corpus.bibliography({style: 'apa', claims: ['israel-central-asia-2020#c003']})
   *   // => '“Basic Policy Guidelines of the 25th Government, July 1992.” (n.d.). …'
   *   ```
   */
  bibliography(options?: Readonly<BibliographyRestriction> | null): string {
    needOptions(options, {claims: 'strings', footnotes: 'integers', document: 'string'}, 'bibliography options')
    checkLoaded(this.documents, this.messages, 'make a bibliography', false)
    const {claims, footnotes, document, ...format} = options ?? {}
    return formatBibliography(restrict(this, claims, footnotes, document), format)
  }

  /**
   * Format the sources one claim cites, with their pages.
   *
   * @param claimId
   *   Id of the claim.
   * @param options
   *   Style, format, language and mode (`'note'` or `'in-text'`).
   * @returns
   *   The formatted citation (`''` for an uncited claim).
   * @throws {ClaimtraceError}
   *   When the claim id is unknown.
   * @example
   *   ```ts
   *   corpus.cite('israel-central-asia-2020#c012', {style: 'apa', mode: 'in-text'})
   *   // => '(Mesamed, 2012, p. 49)'
   *   ```
   */
  cite(claimId: string, options?: Readonly<CitationOptions> | null): string {
    need(claimId, 'string', 'cite(claimId)')
    needOptions(options, {style: 'string', format: 'string', lang: 'string', mode: 'string'}, 'cite options')
    const claim = this.#need(claimId)
    if (claim.citations.length === 0) return ''
    const byId = new Map(this.sources.map((item) => [item.id, item]))
    const items = claim.citations.flatMap((citation) => {
      const item = byId.get(citation.source)
      if (!item) return []
      return [{item, ...(citation.locator === undefined ? {} : {locator: citation.locator}), ...(citation.label === undefined ? {} : {label: citation.label})}]
    })
    return formatCitation(items, options)
  }

  #search(): Searcher {
    this.#searcher ??= new Searcher(this)
    return this.#searcher
  }

  #need(id: string): Claim {
    const claim = this.claim(id)
    if (!claim) throw fail('unknown-claim', {id, example: this.claims[0]?.id ?? '<document>#c001'})
    return claim
  }
}

/** Options of {@link openCorpus}. */
export interface OpenOptions {
  /** Reuse the model built for the same files and code (default `true`, unless `CLAIMTRACE_CACHE=0`). */
  cache?: boolean
}

/**
 * Open a corpus: a folder of `<doc-id>/paper.md` (default: the bundled one).
 * The parser is imported only when the corpus is not in the cache (see `_cache.ts`).
 *
 * @param dir
 *   The corpus folder.
 * @param options
 *   Whether to use the cache.
 * @returns
 *   The loaded corpus; problems in a document are in `corpus.messages`.
 * @throws {ClaimtraceError}
 *   When `dir` is not a readable folder.
 * @example
 *   ```ts
 *   const corpus = await openCorpus()
 *   corpus.footnotes.length
 *   // => 64
 *   ```
 */
export async function openCorpus(dir: string = bundledCorpus, options?: Readonly<OpenOptions> | null): Promise<Corpus> {
  need(dir, 'string', 'openCorpus(dir)')
  needOptions(options, {cache: 'boolean'}, 'openCorpus options')
  const files = await readCorpus(dir)
  const build = async (): Promise<CorpusData> => (await import('./load.js')).buildCorpus(files, dir)
  const cache = (options?.cache ?? true) && cacheEnabled() && files.length > 0
  return new Corpus(cache ? await cachedModel(files, dir, build) : await build())
}
