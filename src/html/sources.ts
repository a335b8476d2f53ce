/**
 * Sources as the page shows them: each CSL item formatted in the chosen
 * style (citation-js, through the bibliography stage), as hast with its URLs
 * and DOI as links.
 *
 * @packageDocumentation
 */

import type {ElementContent} from 'hast'
import {h} from 'hastscript'
import {formatBibliography} from '../bibliography/index.js'
import {field} from '../_csl.js'
import type {CslItem} from '../types.js'

/** Style and language of the formatted sources. */
export interface Options {
  style?: string
  lang?: string
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"“”]+/g

/**
 * Format each source once, as plain text in the style.
 *
 * @param items
 *   The sources.
 * @param options
 *   Style (default `chicago`, the journal's own) and language.
 * @returns
 *   Source id → formatted entry.
 * @throws {ClaimtraceError}
 *   On an unknown style or language.
 */
export function formatSources(items: readonly CslItem[], options: Readonly<Options>): Map<string, string> {
  const style = options.style ?? 'chicago'
  const formatted = new Map<string, string>()
  // Validates style and language even when there is nothing to format.
  formatBibliography([], {style, ...(options.lang === undefined ? {} : {lang: options.lang})})
  for (const item of items) {
    formatted.set(item.id, formatBibliography([item], {style, ...(options.lang === undefined ? {} : {lang: options.lang})}).trim())
  }
  return formatted
}

/**
 * A formatted entry as hast: its URLs as links, and a DOI or URL the style
 * left out added as a link.
 *
 * @param text
 *   The formatted entry.
 * @param item
 *   The source (for `DOI` and `URL`).
 * @returns
 *   Inline hast nodes.
 * @example
 *   ```ts
 *   linked('Feiler, G. (2014). Israel and Kazakhstan. https://besacenter.org/x.', {id: 'f', type: 'report'})
 *   // => [text 'Feiler, G. (2014). Israel and Kazakhstan. ', a[href=https://besacenter.org/x], text '.']
 *   ```
 */
export function linked(text: string, item: CslItem | undefined): ElementContent[] {
  const nodes: ElementContent[] = []
  let last = 0
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0].replace(/[.,;:)\]]+$/, '')
    nodes.push({type: 'text', value: text.slice(last, match.index)})
    nodes.push(h('a', {href: url, rel: 'noopener'}, url))
    last = match.index + url.length
  }
  nodes.push({type: 'text', value: text.slice(last)})
  const doi = item ? field(item, 'DOI') : ''
  if (doi && !text.includes(doi)) nodes.push({type: 'text', value: ' '}, h('a', {href: `https://doi.org/${doi}`, rel: 'noopener'}, `doi:${doi}`))
  const url = item ? field(item, 'URL') : ''
  if (url && /^https?:\/\//.test(url) && !text.includes(url)) nodes.push({type: 'text', value: ' '}, h('a', {href: url, rel: 'noopener'}, url))
  return nodes.filter((node) => node.type !== 'text' || node.value !== '')
}
