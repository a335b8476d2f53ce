/**
 * Search: Fuse.js over claims, footnotes and sources, with weighted keys,
 * filters and highlights. Plain queries use Fuse's token search (each word
 * fuzzy-matched, TF-IDF weighted); queries written in Fuse's extended syntax
 * (`=exact`, `'include`, `!not`, `^prefix`, `suffix$`, `a | b`) use it.
 */
import Fuse, {type FuseResult, type IFuseOptions} from 'fuse.js'
import type {Claim, CslItem, Footnote, SearchHit} from '../types.js'
import {yearsIn} from '../facts/dates.js'
import {countriesIn} from '../facts/places.js'
import {authorsOf, field, yearOf} from '../_csl.js'

/** One searchable row: a claim, a footnote or a source, flattened. */
export interface Row {
  kind: SearchHit['kind']
  id: string
  document: string
  text: string
  section: string
  annotations: string
  titles: string
  authors: string
  containers: string
  countries: string[]
  years: number[]
  cited: boolean | undefined
}

/** Which rows a search looks at. */
export interface SearchFilter {
  document?: string
  section?: string
  country?: string
  yearFrom?: number
  yearTo?: number
  cited?: boolean
}

/** Longest query Fuse is given (Bitap patterns are 32 characters; longer ones cost per chunk). */
const MAX_SEARCH_CHARS = 256

const OPTIONS: IFuseOptions<Row> = {
  keys: [
    {name: 'text', weight: 1},
    {name: 'annotations', weight: 0.5},
    {name: 'titles', weight: 0.6},
    {name: 'authors', weight: 0.6},
    {name: 'containers', weight: 0.3},
    {name: 'section', weight: 0.2}
  ],
  includeMatches: true,
  includeScore: true,
  ignoreLocation: true,
  minMatchCharLength: 3,
  threshold: 0.3
}

/** Whether a query uses Fuse's extended syntax. */
export function isExtended(query: string): boolean {
  return /(?:^|\s)[='!^]\S|\S\$(?:\s|$)|\s\|\s/.test(query)
}

/** Flatten claims, footnotes and sources into searchable rows. */
export function toRows(claims: readonly Claim[], footnotes: readonly Footnote[], sources: ReadonlyMap<string, CslItem>): Row[] {
  const describe = (ids: readonly string[]): Pick<Row, 'titles' | 'authors' | 'containers'> => {
    const items = [...new Set(ids)].map((id) => sources.get(id)).filter((item): item is CslItem => item !== undefined)
    return {
      titles: items.map((item) => field(item, 'title')).join(' · '),
      authors: items.flatMap(authorsOf).join(' · '),
      containers: items.map((item) => field(item, 'container-title')).join(' · ')
    }
  }
  // Footnotes and titles get their countries and years by the rules that annotated the claims, so one filter means one thing.
  const rows: Row[] = claims.map((claim) => {
    const {countries: c, entities, years: y, quantities} = claim.annotations
    return {
      kind: 'claim', id: claim.id, document: claim.document, text: claim.text, section: claim.section,
      annotations: [...c, ...entities, ...quantities].join(' · '), ...describe(claim.citations.map((x) => x.source)),
      countries: c, years: y, cited: claim.footnotes.length > 0
    }
  })
  for (const note of footnotes) {
    rows.push({
      kind: 'footnote', id: `${note.document}#fn${note.n}`, document: note.document, text: note.text, section: '', annotations: '',
      ...describe(note.citations.map((x) => x.source)), countries: countriesIn(note.text), years: yearsIn(note.text), cited: undefined
    })
  }
  for (const item of sources.values()) {
    const year = yearOf(item)
    const document = typeof item['custom'] === 'object' && item['custom'] !== null ? String((item['custom'] as Record<string, unknown>)['document'] ?? '') : ''
    rows.push({
      kind: 'source', id: item.id, document, text: field(item, 'title'), section: '', annotations: field(item, 'URL'),
      titles: field(item, 'title'), authors: authorsOf(item).join(' · '), containers: field(item, 'container-title'),
      countries: countriesIn(field(item, 'title')), years: year === undefined ? [] : [year], cited: undefined
    })
  }
  return rows
}

/** Whether a row passes a filter. */
export function passes(row: Row, filter: Readonly<SearchFilter>): boolean {
  if (filter.document !== undefined && row.document !== '' && row.document !== filter.document) return false
  if (filter.section !== undefined && !row.section.toLowerCase().includes(filter.section.toLowerCase())) return false
  if (filter.country !== undefined && !row.countries.some((c) => c.toLowerCase() === filter.country!.toLowerCase())) return false
  if (filter.yearFrom !== undefined || filter.yearTo !== undefined) {
    const from = filter.yearFrom ?? -Infinity
    const to = filter.yearTo ?? Infinity
    if (!row.years.some((year) => year >= from && year <= to)) return false
  }
  if (filter.cited !== undefined && row.cited !== undefined && row.cited !== filter.cited) return false
  return true
}

/** A Fuse instance over `rows`, in the mode the query needs. */
export function createFuse(rows: readonly Row[], extended: boolean): Fuse<Row> {
  return new Fuse(rows, {...OPTIONS, ...(extended ? {useExtendedSearch: true} : {useTokenSearch: true})})
}

/** Run `query` on `fuse`, scores turned to 0..1 (1 = best). */
export function run(fuse: Fuse<Row>, query: string, limit: number): SearchHit[] {
  return fuse.search(query.slice(0, MAX_SEARCH_CHARS), {limit}).map(toHit)
}

function toHit(result: FuseResult<Row>): SearchHit {
  return {
    kind: result.item.kind,
    id: result.item.id,
    score: Math.round((1 - (result.score ?? 1)) * 1000) / 1000,
    text: result.item.text,
    matches: (result.matches ?? []).map((match) => ({
      key: match.key ?? 'text',
      indices: match.indices.map(([start, end]): [number, number] => [start, end])
    }))
  }
}
