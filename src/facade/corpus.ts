/**
 * The {@link Corpus}: the loaded model plus search, resolution, verification
 * and bibliographies, each delegated to its module.
 *
 * @packageDocumentation
 */

import type {VFileMessage} from 'vfile-message'
import {fail} from '../errors.js'
import {Searcher, type SearchOptions, type VerifyOptions} from '../search/index.js'
import {ClaimIndex} from '../search/claim-index.js'
import type {Prepared} from '../search/engine.js'
import type {Claim, CslItem, Document, Footnote, Resolution, SearchHit, Verification} from '../types.js'
import {formatBibliography, formatCitation, type BibliographyOptions, type CitationOptions} from '../bibliography/index.js'
import {lstat, readdir} from 'node:fs/promises'
import {need, needOptions} from '../_check.js'
import {cacheEnabled, cachedModel} from '../corpus/cache.js'
import {checkLoaded, restrict} from './_restrict.js'
import type {CorpusData} from '../corpus/load.js'
import type {LanguageData} from '../language/index.js'
import {bundledCorpus, readCorpus} from '../corpus/read.js'
import path from 'node:path'
import type {BuildEvent} from '../store/events.js'

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
  readonly #data: CorpusData & Partial<Stored>
  #byId: Map<string, Claim> | undefined
  #searcher: Searcher | undefined
  readonly #byDocument = new Map<string, Searcher>()

  /**
   * @param data
   *   What `loadCorpus` (in `load.ts`) returns, or a corpus read from its store (read lazily).
   */
  constructor(data: CorpusData) {
    need(data, 'object', 'new Corpus(data)')
    // Plain data is checked here; a store reads its parts on first use (reading every paper's footnotes now would cost the open a second at 1,000 papers).
    if (!('losses' in data)) for (const key of ['documents', 'claims', 'footnotes', 'sources', 'messages'] as const) need((data as unknown as Record<string, unknown>)[key], 'array', `new Corpus(data).${key}`)
    this.#data = data
  }

  /** What `checkLoaded` reads: every message, or a store's messages that can say a paper is missing. */
  get #losses(): readonly VFileMessage[] {
    return this.#data.losses ?? this.messages
  }

  /** The articles, in folder order, with front matter, sections and figures. */
  get documents(): Document[] {
    return this.#data.documents
  }

  /** Every claim, in reading order, document by document (read from the store claim by claim when it comes from one). */
  get claims(): Claim[] {
    return this.#data.claims
  }

  /** Every footnote, by document then number, with its citations. */
  get footnotes(): Footnote[] {
    return this.#data.footnotes
  }

  /** The distinct works the footnotes cite (CSL-JSON, stable ids; one per work across papers). */
  get sources(): CslItem[] {
    return this.#data.sources
  }

  /** Every diagnostic met while loading, with file, line:column and `ruleId`. */
  get messages(): VFileMessage[] {
    return this.#data.messages
  }

  /** The claims' sentences analysed (lemmas, negation) and the corpus thesaurus; resolve and verify read them. */
  get language(): LanguageData {
    return this.#data.language
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
    if (this.#data.find) return this.#data.find(id)
    this.#byId ??= new Map(this.claims.map((claim) => [claim.id, claim]))
    return this.#byId.get(id)
  }

  /**
   * The claims of one document, in reading order.
   *
   * @param document
   *   Its id.
   * @returns
   *   Its claims.
   * @throws {ClaimtraceError}
   *   When no document has that id.
   * @example
   *   ```ts
   *   corpus.claimsOf('israel-central-asia-2020').length
   *   // => 201
   *   ```
   */
  claimsOf(document: string): Claim[] {
    const [start, end] = this.#range(document)
    return this.claims.slice(start, end)
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
    checkLoaded(this.documents, this.#losses, 'search', false)
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
  resolve(text: string, options?: Readonly<{limit?: number; document?: string}> | null): Resolution {
    checkLoaded(this.documents, this.#losses, 'resolve a text', true)
    return this.#search(options?.document).resolve(text, options)
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
  verify(text: string, options?: Readonly<VerifyOptions & {document?: string}> | null): Verification {
    checkLoaded(this.documents, this.#losses, 'verify a statement', true)
    return this.#search(options?.document).verify(text, options)
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
    checkLoaded(this.documents, this.#losses, 'make a bibliography', false)
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

  /**
   * The searcher of the corpus, or of one document: resolve and verify with
   * `document` answer as if the corpus were that paper (its words' weights,
   * its claims only).
   */
  #search(document?: string): Searcher {
    if (document === undefined) {
      const {prepared} = this.#data
      this.#searcher ??= new Searcher(prepared ? {documents: [], claims: this.claims, footnotes: [], sources: this.sources, prepared} : this)
      return this.#searcher
    }
    let searcher = this.#byDocument.get(document)
    if (!searcher) {
      const [start, end] = this.#range(document)
      const claims = this.claims.slice(start, end)
      const {prepared} = this.#data
      const language = prepared ? undefined : this.language
      searcher = new Searcher({
        documents: this.documents.filter((d) => d.id === document),
        claims,
        footnotes: this.footnotes.filter((f) => f.document === document),
        sources: this.sources,
        ...(language ? {language: {...language, claimSentence: language.claimSentence.slice(start, end)}} : {}),
        ...(prepared
          ? {prepared: {index: new ClaimIndex(claims), entityTerms: prepared.entityTerms, entities: prepared.entities, words: (doc: number) => prepared.words(start + doc), thesaurus: prepared.thesaurus}}
          : {})
      })
      this.#byDocument.set(document, searcher)
    }
    return searcher
  }

  /** The claims of a document: `[start, end)` in corpus order. */
  #range(document: string): [number, number] {
    const found = (this.#data.range ? this.#data.range(document) : rangeOf(this.claims, document)) ?? (this.documents.some((d) => d.id === document) ? [0, 0] : undefined)
    if (!found) throw fail('unknown-document', {id: document, expected: this.documents.slice(0, 5).map((d) => `\`${d.id}\``).join(', ') + (this.documents.length > 5 ? ', …' : '')})
    return found
  }

  #need(id: string): Claim {
    const claim = this.claim(id)
    if (!claim) throw fail('unknown-claim', {id, example: this.claims[0]?.id ?? '<document>#c001'})
    return claim
  }
}

/**
 * Papers from which a corpus gets a store of its own (one file a paper, so
 * that changing one rebuilds only it) rather than one checked cache entry.
 */
export const STORE_FROM = 10

/** Whether a corpus opens from a store: it has one (`claimtrace build`), or it holds {@link STORE_FROM} papers or more. */
async function wantsStore(dir: string): Promise<boolean> {
  const own = await lstat(path.join(dir, '.claimtrace')).catch(() => undefined)
  if (own?.isDirectory() && !own.isSymbolicLink()) return true
  const entries = await readdir(dir, {withFileTypes: true}).catch(() => [])
  let papers = 0
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue
    if ((await lstat(path.join(dir, entry.name, 'paper.md')).catch(() => undefined))?.isFile()) papers++
    if (papers >= STORE_FROM) return true
  }
  return false
}

/** What a corpus read from its store adds to its data (see `src/store/`). */
interface Stored {
  prepared: Prepared
  find(id: string): Claim | undefined
  range(document: string): [number, number] | undefined
  /** The messages that can say a paper is missing (those of the papers left out, and of the corpus), without reading every paper. */
  readonly losses: VFileMessage[]
}

/** Where a document's claims are (they are consecutive). */
function rangeOf(claims: readonly Claim[], document: string): [number, number] | undefined {
  const start = claims.findIndex((claim) => claim.document === document)
  if (start === -1) return undefined
  let end = start
  while (end < claims.length && claims[end]!.document === document) end++
  return [start, end]
}

/** Options of {@link openCorpus}. */
export interface OpenOptions {
  /**
   * Reuse what was built for the same files and code (default `true`, unless
   * `CLAIMTRACE_CACHE=0`): the bundled corpus's shipped model, and for any
   * other corpus its store — `<dir>/.claimtrace/` when `claimtrace build`
   * made one, else a folder in the cache — built or updated first when a
   * paper was added, changed or removed. `false` builds in memory and writes nothing.
   */
  cache?: boolean
  /** Progress of a build of the store, when one is needed (see `claimtrace build`). */
  onProgress?: ((event: BuildEvent) => void) | undefined
}

/**
 * Open a corpus: a folder of `<doc-id>/paper.md` (default: the bundled one).
 * The parser is imported only when the corpus is not in the cache (see `src/corpus/cache.ts`).
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
  if ((options?.cache ?? true) && cacheEnabled() && path.resolve(dir) !== path.resolve(bundledCorpus) && (await wantsStore(dir))) {
    // A corpus of many papers, or one `claimtrace build` gave a store, opens from its store, built or brought up to date first when needed;
    // with no safe place for one, it is built in memory.
    const {openStore, storeFolder} = await import('../store/index.js')
    const store = await storeFolder(dir)
    if (store !== undefined) return new Corpus(await openStore(dir, {store, onProgress: options?.onProgress}))
  }
  const files = await readCorpus(dir)
  const build = async (): Promise<CorpusData> => (await import('../corpus/load.js')).buildCorpus(files, dir)
  const cache = (options?.cache ?? true) && cacheEnabled() && files.length > 0
  return new Corpus(cache ? await cachedModel(files, dir, build) : await build())
}
