/**
 * RIS from CSL-JSON, as tables: one tag per line, values never wrapped (RIS
 * readers take a line for a value; citation-js 0.8 wraps at 70 characters,
 * which cut URLs and ids), access dates in `Y2`, archives in `DP`/`AV`, the
 * stable id in `ID`.
 *
 * @packageDocumentation
 */
import type {CslItem} from '../types.js'

/** CSL type → RIS `TY`. */
export const risTypes: Readonly<Record<string, string>> = {
  'article-journal': 'JOUR', 'article-magazine': 'MGZN', 'article-newspaper': 'NEWS', book: 'BOOK', chapter: 'CHAP',
  'entry-encyclopedia': 'ENCYC', 'entry-dictionary': 'DICT', legislation: 'STAT', manuscript: 'MANSCPT', report: 'RPRT',
  thesis: 'THES', webpage: 'ELEC', 'paper-conference': 'CPAPER', dataset: 'DATA', map: 'MAP', document: 'GEN'
}

type Name = {family?: string; given?: string; literal?: string}
type DateValue = {'date-parts'?: Array<Array<number | string>>}

/** One row: the tag and how an item’s value becomes its lines’ values. */
interface RisField {
  tag: string
  values(item: CslItem): string[]
}

const text = (key: string) => (item: CslItem): string[] => (typeof item[key] === 'string' || typeof item[key] === 'number' ? [String(item[key])] : [])
/** `Family, Given`; an organisation (or a family name alone) as printed, without a comma (what Zotero reads as one field). */
const names = (key: string) => (item: CslItem): string[] =>
  ((item[key] as Name[] | undefined) ?? []).map((name) => name.literal ?? (name.given ? `${name.family ?? ''}, ${name.given}` : (name.family ?? '')))
const parts = (value: unknown): Array<number | string> | undefined => (value as DateValue | undefined)?.['date-parts']?.[0]
/** `YYYY/MM/DD/` (the RIS date form), missing parts left empty. */
const risDate = (key: string, trailing: boolean) => (item: CslItem): string[] => {
  const date = parts(item[key])
  if (!date || date.length === 0) return []
  const [year, month, day] = date.map((d) => String(d).padStart(2, '0'))
  return [[year, month ?? '', day ?? ''].join('/') + (trailing ? '/' : '')]
}
const pages = (index: 0 | 1) => (item: CslItem): string[] => {
  const page = typeof item['page'] === 'string' ? item['page'] : undefined
  const [first, last] = page?.split(/\s*[-–]\s*/) ?? []
  const value = index === 0 ? first : last
  return value ? [value] : []
}

/** The field table, in the order tags are written (after `TY`). */
export const risFields: readonly RisField[] = [
  {tag: 'ID', values: text('id')},
  {tag: 'AU', values: names('author')},
  {tag: 'ED', values: names('editor')},
  {tag: 'TI', values: text('title')},
  {tag: 'T2', values: text('container-title')},
  {tag: 'T3', values: text('collection-title')},
  {tag: 'PY', values: (item) => (parts(item['issued'])?.[0] === undefined ? [] : [String(parts(item['issued'])![0])])},
  {tag: 'DA', values: risDate('issued', true)},
  {tag: 'VL', values: text('volume')},
  {tag: 'IS', values: text('issue')},
  {tag: 'M1', values: text('number')},
  {tag: 'SP', values: pages(0)},
  {tag: 'EP', values: pages(1)},
  {tag: 'CY', values: text('publisher-place')},
  {tag: 'PB', values: text('publisher')},
  {tag: 'M3', values: text('genre')},
  {tag: 'DP', values: text('archive')},
  {tag: 'AV', values: text('archive_location')},
  {tag: 'DO', values: text('DOI')},
  {tag: 'UR', values: text('URL')},
  {tag: 'Y2', values: risDate('accessed', false)},
  {tag: 'LA', values: text('language')}
]

/**
 * Serialise CSL-JSON items as RIS.
 *
 * @param items
 *   CSL-JSON items.
 * @returns
 *   One record per item (`TY` first, `ER` last), records separated by a blank line.
 * @example
 *   toRis([{id: 'mesamed2012', type: 'book', title: 'Israel v Tsentralnoy Azii', author: [{family: 'Mesamed', given: 'V.I.'}], issued: {'date-parts': [[2012]]}}])
 *   // => 'TY  - BOOK\nID  - mesamed2012\nAU  - Mesamed, V.I.\nTI  - Israel v Tsentralnoy Azii\nPY  - 2012\nDA  - 2012///\nER  - \n'
 */
export function toRis(items: readonly CslItem[]): string {
  return items
    .map((item) => {
      const lines = [`TY  - ${risTypes[item.type] ?? 'GEN'}`]
      for (const field of risFields) for (const value of field.values(item)) lines.push(`${field.tag}  - ${value.replace(/\s*[\r\n]+\s*/g, ' ')}`)
      return lines.concat('ER  - ').join('\n') + '\n'
    })
    .join('\n')
}
