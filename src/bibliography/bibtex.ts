/**
 * BibTeX and BibLaTeX from CSL-JSON, as tables: the entry key is the source
 * id as is, names and text are escaped for LaTeX (Cyrillic kept as printed),
 * URLs and DOIs verbatim, the access date in `urldate` (where reference
 * managers read it; BibTeX also gets the conventional `note`), archives in
 * `archive` and `archive_location`.
 *
 * @packageDocumentation
 */
import {monthNames} from '../_calendar.js'
import type {CslItem} from '../types.js'

/** The two dialects. */
export type Dialect = 'bibtex' | 'biblatex'

/** CSL type → entry type, per dialect. */
export const entryTypes: Readonly<Record<Dialect, Readonly<Record<string, string>>>> = {
  bibtex: {
    'article-journal': 'article', 'article-magazine': 'article', 'article-newspaper': 'article', book: 'book', chapter: 'incollection',
    'entry-encyclopedia': 'incollection', 'paper-conference': 'inproceedings', report: 'techreport', thesis: 'phdthesis', manuscript: 'unpublished'
  },
  biblatex: {
    'article-journal': 'article', 'article-magazine': 'article', 'article-newspaper': 'article', book: 'book', chapter: 'incollection',
    'entry-encyclopedia': 'inreference', 'paper-conference': 'inproceedings', report: 'report', thesis: 'thesis', manuscript: 'unpublished',
    webpage: 'online', legislation: 'legislation', dataset: 'dataset'
  }
}

type Name = {family?: string; given?: string; literal?: string}

/** LaTeX’s special characters in text fields. */
const specials: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '%': '\\%', '&': '\\&', '#': '\\#', $: '\\$', _: '\\_', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}'
}
const escape = (value: string) => value.replace(/[\\{}%&#$_~^]/g, (char) => specials[char] ?? char)
/** URLs and DOIs go verbatim; only braces would break the value. */
const verbatim = (value: string) => value.replace(/[{}]/g, (char) => (char === '{' ? '%7B' : '%7D'))

const string = (item: CslItem, key: string) => (typeof item[key] === 'string' || typeof item[key] === 'number' ? String(item[key]) : undefined)
const dateParts = (item: CslItem, key: string) => (item[key] as {'date-parts'?: Array<Array<number | string>>} | undefined)?.['date-parts']?.[0]?.map(Number)
const isoDate = (item: CslItem, key: string) => dateParts(item, key)?.map((d, i) => (i === 0 ? String(d) : String(d).padStart(2, '0'))).join('-')
const nameList = (item: CslItem, key: string) => {
  const list = (item[key] as Name[] | undefined) ?? []
  // An organisation, or a family name printed alone (`ibn Khaldun`), is braced: one last name, not “First von Last”.
  return list.length === 0
    ? undefined
    : list.map((name) => (name.literal !== undefined ? `{${escape(name.literal)}}` : name.given ? `${escape(name.family ?? '')}, ${escape(name.given)}` : `{${escape(name.family ?? '')}}`)).join(' and ')
}

/** One row: a field, and its value for an item in a dialect (raw LaTeX, or `undefined` to leave it out). */
interface BibField {
  field: string | ((item: CslItem, dialect: Dialect) => string)
  value(item: CslItem, dialect: Dialect): string | undefined
}
const text = (key: string) => (item: CslItem) => {
  const value = string(item, key)
  return value === undefined ? undefined : escape(value)
}
const is = (...types: string[]) => (item: CslItem) => types.includes(item.type)

/** The field table, in the order fields are written. */
export const bibFields: readonly BibField[] = [
  {field: 'author', value: (item) => nameList(item, 'author')},
  {field: 'editor', value: (item) => nameList(item, 'editor')},
  {field: 'title', value: text('title')},
  {
    field: (item, dialect) => (is('chapter', 'entry-encyclopedia', 'paper-conference')(item) ? 'booktitle' : is('article-journal', 'article-magazine', 'article-newspaper')(item) ? (dialect === 'biblatex' ? 'journaltitle' : 'journal') : 'howpublished'),
    value: text('container-title')
  },
  {field: 'series', value: text('collection-title')},
  {field: 'year', value: (item, dialect) => (dialect === 'bibtex' ? dateParts(item, 'issued')?.[0]?.toString() : undefined)},
  {field: 'month', value: (item, dialect) => {
    const month = dateParts(item, 'issued')?.[1]
    return dialect === 'bibtex' && month ? monthNames[month - 1]?.slice(0, 3).toLowerCase() : undefined
  }},
  // BibTeX has no day: the whole date goes in `date`, which reference managers read.
  {field: 'date', value: (item, dialect) => (dialect === 'biblatex' || (dateParts(item, 'issued')?.length ?? 0) > 2 ? isoDate(item, 'issued') : undefined)},
  {field: 'volume', value: text('volume')},
  {field: 'number', value: (item) => text('issue')(item) ?? text('number')(item)},
  {field: 'pages', value: (item) => text('page')(item)?.replace(/\s*[-–]\s*/, '--')},
  {field: (item) => (is('thesis')(item) ? 'school' : is('report')(item) ? 'institution' : 'publisher'), value: text('publisher')},
  {field: (_, dialect) => (dialect === 'biblatex' ? 'location' : 'address'), value: text('publisher-place')},
  {field: 'type', value: text('genre')},
  {field: 'archive', value: text('archive')},
  {field: 'archive_location', value: text('archive_location')},
  {field: 'doi', value: (item) => (string(item, 'DOI') === undefined ? undefined : verbatim(string(item, 'DOI')!))},
  {field: 'url', value: (item) => (string(item, 'URL') === undefined ? undefined : verbatim(string(item, 'URL')!))},
  {field: 'urldate', value: (item) => isoDate(item, 'accessed')},
  {field: 'note', value: (item, dialect) => (dialect === 'bibtex' && isoDate(item, 'accessed') ? `Accessed ${isoDate(item, 'accessed')!}` : undefined)},
  {field: 'language', value: text('language')},
  {field: 'langid', value: (item, dialect) => (dialect === 'biblatex' ? ({ru: 'russian', en: 'english'} as Record<string, string>)[string(item, 'language') ?? ''] : undefined)}
]

/** The entry key: the id as is; characters a key cannot hold (spaces, braces, commas, quotes, `#%~\\`) become `-`. */
export function key(id: string): string {
  return id.replace(/[\s,{}()"#%'=\\~]/g, '-')
}

/**
 * Serialise CSL-JSON items as BibTeX or BibLaTeX, the source ids as keys.
 *
 * @param items
 *   CSL-JSON items (ids made of letters, digits and `-`, as `citeFootnotes` gives them).
 * @param dialect
 *   `bibtex` or `biblatex`.
 * @returns
 *   One entry per item.
 * @example
 *   toBibtex([{id: 'mesamed2012', type: 'book', title: 'Israel v Tsentralnoy Azii', author: [{family: 'Mesamed', given: 'V.I.'}], issued: {'date-parts': [[2012]]}}], 'bibtex')
 *   // => '@book{mesamed2012,\n  author = {Mesamed, V.I.},\n  title = {Israel v Tsentralnoy Azii},\n  year = {2012},\n}\n'
 */
export function toBibtex(items: readonly CslItem[], dialect: Dialect): string {
  return items
    .map((item) => {
      const lines = [`@${entryTypes[dialect][item.type] ?? 'misc'}{${key(item.id)},`]
      for (const row of bibFields) {
        const value = row.value(item, dialect)
        if (value === undefined || value === '') continue
        const field = typeof row.field === 'string' ? row.field : row.field(item, dialect)
        lines.push(field === 'month' ? `  ${field} = ${value},` : `  ${field} = {${value}},`)
      }
      return lines.concat('}').join('\n') + '\n'
    })
    .join('\n')
}
