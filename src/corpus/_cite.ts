/**
 * Adapter to the cite module (`src/cite/index.ts`, another workstream):
 * imported on demand so the corpus loads, and its tests run, before or
 * without it. When it is missing, footnotes carry no citations.
 *
 * To do: import `citeFootnotes` statically once `src/cite/index.ts` is in.
 */

import type {VFile} from 'vfile'
import type {Citation, CslItem} from '../types.js'
import type {FootnoteEntry} from './footnotes.js'

/** What `citeFootnotes` returns (see the contract). */
export interface CiteResult {
  citations: Map<number, Citation[]>
  sources: CslItem[]
}

/** The signature of `citeFootnotes` in `src/cite/index.ts`. */
export type CiteFootnotes = (document: string, footnotes: readonly FootnoteEntry[], file?: VFile) => CiteResult

const specifier = '../cite/index.js'

/**
 * Load `citeFootnotes`, or a stand-in that resolves nothing when the cite module is absent.
 *
 * @returns
 *   The function to call once per document.
 * @example
 *   ```ts
 *   const cite = await loadCite()
 *   cite('doc', [{n: 1, text: 'V.I. Mesamed, Israel, p. 49.', markdown: 'V.I. Mesamed, *Israel*, p. 49.'}]).sources.length
 *   // => 1 (0 without the cite module)
 *   ```
 */
export async function loadCite(): Promise<CiteFootnotes> {
  try {
    const module = (await import(specifier)) as {citeFootnotes?: CiteFootnotes}
    if (typeof module.citeFootnotes === 'function') return module.citeFootnotes
  } catch (error) {
    if (!isMissing(error)) throw error
  }
  return () => ({citations: new Map(), sources: []})
}

function isMissing(error: unknown): boolean {
  const code = (error as {code?: unknown} | null)?.code
  return code === 'ERR_MODULE_NOT_FOUND' || (error instanceof Error && /Cannot find module|Failed to load url|Does the file exist/i.test(error.message))
}
