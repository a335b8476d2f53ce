import type {Cite} from '@citation-js/core'
import {citationJs} from './_citation-js.js'
import {fail} from '../errors.js'
import {need, needOptions} from '../_check.js'
import type {CslItem} from '../types.js'
import {useLocale, useStyle} from './styles.js'
import {toBibtex} from './bibtex.js'
import {toRis} from './ris.js'

/** Output formats of a bibliography. */
export type BibliographyFormat = 'text' | 'html' | 'bibtex' | 'biblatex' | 'ris' | 'csl-json'

/** Options of `formatBibliography`. */
export interface BibliographyOptions {
  /** Style name from `listStyles()`; default `'apa'`. */
  style?: string
  /** Output format; default `'text'`. */
  format?: BibliographyFormat
  /** Locale, `'en-US'` (default) or `'ru-RU'`. */
  lang?: string
}

/** One item to cite, with its page locator. */
export interface CiteItem {
  item: CslItem
  locator?: string
  label?: 'page' | 'folio' | 'chapter'
}

/** Options of `formatCitation`: a bibliography's, plus the mode (which picks the default style). */
export type CitationOptions = BibliographyOptions & {mode?: 'note' | 'in-text'}

/** The format table: each format is one function of the items (citation-js renders the styled ones). */
const formats: Readonly<Record<BibliographyFormat, (cite: () => Cite, items: readonly CslItem[], style: () => string, lang: () => string) => string>> = {
  text: (cite, _, style, lang) => cite().format('bibliography', {template: style(), lang: lang(), format: 'text'}),
  html: (cite, _, style, lang) => cite().format('bibliography', {template: style(), lang: lang(), format: 'html'}),
  bibtex: (_, items) => toBibtex(items, 'bibtex'),
  biblatex: (_, items) => toBibtex(items, 'biblatex'),
  ris: (_, items) => toRis(items),
  'csl-json': (_, items) => JSON.stringify(items, null, 2) + '\n'
}

/** The options both functions take, for argument checks. */
const optionShape = {style: 'string', format: 'string', lang: 'string'} as const

/** Names of the output formats. */
export const bibliographyFormats = Object.keys(formats) as BibliographyFormat[]

/**
 * Render CSL-JSON items as a bibliography in a style and format.
 *
 * @param items
 *   CSL-JSON items (project data under `custom` is not rendered).
 * @param options
 *   Style (default `apa`), format (default `text`), lang (default `en-US`).
 * @returns
 *   The bibliography; `csl-json` returns the items as given, pretty-printed.
 * @throws {ClaimtraceError}
 *   On an unknown style, format or lang, naming the valid ones.
 * @example
 *   formatBibliography([{id: 'mesamed2012', type: 'book', title: 'Israel v Tsentralnoy Azii: grezy i realnost',
 *     author: [{family: 'Mesamed', given: 'V.I.'}], 'publisher-place': 'Moscow', issued: {'date-parts': [[2012]]}, language: 'ru'}],
 *     {style: 'chicago'})
 *   // => 'Mesamed, V.I. Israel v Tsentralnoy Azii: grezy i realnost. Moscow, 2012.\n'
 */
export function formatBibliography(items: readonly CslItem[], options?: Readonly<BibliographyOptions> | null): string {
  need(items, 'items', 'formatBibliography(items)')
  needOptions(options, optionShape, 'formatBibliography options')
  const format = options?.format ?? 'text'
  const render = formats[format]
  if (!render) throw fail('unknown-format', {format: String(format), expected: bibliographyFormats.join(', ')})
  const style = () => useStyle(options?.style ?? 'apa')
  const lang = () => useLocale(options?.lang ?? 'en-US')
  if (format !== 'csl-json') {
    // Validate before rendering, so bad options fail even with no items.
    style()
    lang()
  }
  if (items.length === 0) return format === 'csl-json' ? '[]\n' : ''
  return render(() => new (citationJs().Cite)(forCiteproc(items)), items, style, lang)
}

/**
 * Render a citation of items with their locators, as a note (Chicago by
 * default) or in-text (APA by default).
 *
 * Note: the style decides the shape; `mode` only picks the default style.
 *
 * @param items
 *   Items with optional page locators, in citation order.
 * @param options
 *   Style, `text` or `html`, lang, mode.
 * @returns
 *   The citation.
 * @throws {ClaimtraceError}
 *   On an unknown style or lang, or a format other than text and html.
 * @example
 *   formatCitation([{item: mesamed2012, locator: '49', label: 'page'}], {mode: 'in-text'}) // => '(Mesamed, 2012, p. 49)'
 *   formatCitation([{item: mesamed2012, locator: '49', label: 'page'}], {mode: 'note'}) // => 'Mesamed, Israel v Tsentralnoy Azii: grezy i realnost, 49.'
 */
export function formatCitation(items: readonly CiteItem[], options?: Readonly<CitationOptions> | null): string {
  need(items, 'citeItems', 'formatCitation(items)')
  needOptions(options, {...optionShape, mode: 'string'}, 'formatCitation options')
  const format = options?.format ?? 'text'
  if (format !== 'text' && format !== 'html') throw fail('citation-format', {format: String(format)})
  const template = useStyle(options?.style ?? (options?.mode === 'note' ? 'chicago' : 'apa'))
  const lang = useLocale(options?.lang ?? 'en-US')
  if (items.length === 0) return ''
  const unique = [...new Map(items.map((d) => [d.item.id, d.item])).values()]
  const entry = items.map((d) => ({id: d.item.id, ...(d.locator === undefined ? {} : {locator: d.locator, label: d.label ?? 'page'})}))
  return new (citationJs().Cite)(forCiteproc(unique)).format('citation', {template, lang, format, entry})
}


/** Deep copies without `custom` (citation-js normalises its input in place). */
function forCiteproc(items: readonly CslItem[]): CslItem[] {
  return items.map((item) => {
    const {custom: _, ...rest} = structuredClone(item) as CslItem & {custom?: unknown}
    return rest as CslItem
  })
}
