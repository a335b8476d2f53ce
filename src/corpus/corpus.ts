/**
 * The {@link Corpus}: the loaded model plus search, resolution, verification
 * and bibliographies, each delegated to its module.
 *
 * @packageDocumentation
 */

import type {VFileMessage} from 'vfile-message'
import {ClaimtraceError} from '../errors.js'
import {Searcher, type SearchOptions, type VerifyOptions} from '../search/index.js'
import {ClaimIndex} from '../search/_index.js'
import type {Prepared} from '../search/_engine.js'
import type {Claim, CslItem, Document, Footnote, Resolution, SearchHit, Verification} from '../types.js'
import {formatBibliography, formatCitation, type BibliographyOptions, type CitationOptions} from '../bibliography/index.js'
import {bundledModel, cacheEnabled, cacheKey, modelKey, readBundledModel, readCache, writeCache} from './_cache.js'
import {stat} from 'node:fs/promises'
import type {CorpusData} from './load.js'
import type {LanguageData} from '../language/index.js'
import {bundledCorpus, readCorpus} from './read.js'
import path from 'node:path'
import type {BuildEvent} from '../store/index.js'

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
    this.#data = data
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
   *   When a claim id is unknown.
   * @example
   *   ```ts
   *   corpus.bibliography({style: 'apa', claims: ['israel-central-asia-2020#c003']})
   *   // => '“Basic Policy Guidelines of the 25th Government, July 1992.” (n.d.). …'
   *   ```
   */
  bibliography(options?: Readonly<BibliographyRestriction> | null): string {
    const {claims, footnotes, document, ...format} = options ?? {}
    return formatBibliography(this.#restrict(claims, footnotes, document), format)
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
    if (!found) throw new ClaimtraceError(`Unknown document \`${document}\`, expected one of ${this.documents.slice(0, 5).map((d) => `\`${d.id}\``).join(', ')}${this.documents.length > 5 ? ', …' : ''}`)
    return found
  }

  #need(id: string): Claim {
    const claim = this.claim(id)
    if (!claim) throw new ClaimtraceError(`Unknown claim \`${id}\`, expected an id such as \`${this.claims[0]?.id ?? '<document>#c001'}\``)
    return claim
  }

  /** The sources to list: all, or those cited by the given claims or footnotes (in order of first citation). */
  #restrict(claims: readonly string[] | undefined, footnotes: readonly number[] | undefined, document: string | undefined): CslItem[] {
    const inDocument = (item: CslItem): boolean => document === undefined || (item['custom'] as {document?: string} | undefined)?.document === document
    if (claims === undefined && footnotes === undefined) return this.sources.filter(inDocument)
    const ids = new Set<string>()
    for (const id of claims ?? []) for (const citation of this.#need(id).citations) ids.add(citation.source)
    if (footnotes !== undefined) {
      const wanted = new Set(footnotes)
      for (const footnote of this.footnotes) {
        if (wanted.has(footnote.n) && (document === undefined || footnote.document === document)) for (const citation of footnote.citations) ids.add(citation.source)
      }
    }
    const byId = new Map(this.sources.map((item) => [item.id, item]))
    return [...ids].flatMap((id) => byId.get(id) ?? []).filter(inDocument)
  }
}

/** What a corpus read from its store adds to its data (see `src/store/`). */
interface Stored {
  prepared: Prepared
  find(id: string): Claim | undefined
  range(document: string): [number, number] | undefined
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
  const shipped = await stat(path.join(dir, bundledModel)).then((info) => info.isFile(), () => false)
  if ((options?.cache ?? true) && cacheEnabled() && path.resolve(dir) !== path.resolve(bundledCorpus) && !shipped) {
    // Any other corpus (without a model shipped beside it, as `npm run build:corpus` writes) opens from its store, built or brought up to date first when needed.
    const {openStore, storeFolder} = await import('../store/index.js')
    return new Corpus(await openStore(dir, {store: await storeFolder(dir), onProgress: options?.onProgress}))
  }
  const files = await readCorpus(dir)
  const cache = (options?.cache ?? true) && cacheEnabled() && files.length > 0
  const model = cache ? await modelKey(files, dir) : undefined
  const key = model === undefined ? undefined : cacheKey(model, dir)
  const cached = model === undefined || key === undefined ? undefined : ((await readBundledModel(dir, model)) ?? (await readCache(key)))
  if (cached) return new Corpus(cached)
  const {buildCorpus} = await import('./load.js')
  const data = buildCorpus(files, dir)
  if (key !== undefined) await writeCache(key, data)
  return new Corpus(data)
}
