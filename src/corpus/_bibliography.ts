/**
 * Adapter to the bibliography module (`src/bibliography/index.ts`, another
 * workstream, which loads citation-js): imported only when a bibliography or
 * a citation is asked for, so `openCorpus()` stays fast.
 *
 * To do: use a literal `import('../bibliography/index.js')` once that module is in.
 */

import {ClaimtraceError} from '../errors.js'
import type {CslItem} from '../types.js'

/** Output formats of `formatBibliography` (see the contract). */
export type BibliographyFormat = 'text' | 'html' | 'bibtex' | 'biblatex' | 'ris' | 'csl-json'

/** Options of `formatBibliography` (see the contract). */
export interface BibliographyOptions {
  /** CSL style, default `'apa'`. */
  style?: string
  /** Output format, default `'text'`. */
  format?: BibliographyFormat
  /** Locale, default `'en-US'`. */
  lang?: string
}

/** One work to cite, with its page. */
export interface CiteItem {
  item: CslItem
  locator?: string
  label?: 'page'
}

/** The functions of `src/bibliography/index.ts` the corpus uses. */
export interface BibliographyModule {
  formatBibliography(items: readonly CslItem[], options?: Readonly<BibliographyOptions> | null): string
  formatCitation(items: readonly CiteItem[], options?: Readonly<BibliographyOptions & {mode?: 'note' | 'in-text'}> | null): string
}

const specifier = '../bibliography/index.js'
let loading: Promise<BibliographyModule> | undefined

/**
 * Import the bibliography module once.
 *
 * @returns
 *   Its `formatBibliography` and `formatCitation`.
 * @throws {ClaimtraceError}
 *   When the module is not installed.
 * @example
 *   ```ts
 *   const {formatBibliography} = await loadBibliography()
 *   formatBibliography([{id: 'mesamed2012', type: 'book', title: 'Israel v Tsentralnoy Azii'}])
 *   // => 'Israel v Tsentralnoy Azii. (n.d.).'
 *   ```
 */
export async function loadBibliography(): Promise<BibliographyModule> {
  loading ??= (import(specifier) as Promise<BibliographyModule>).catch((error: unknown) => {
    loading = undefined
    throw new ClaimtraceError(`Cannot load the bibliography module: ${error instanceof Error ? error.message : String(error)}`)
  })
  return loading
}
