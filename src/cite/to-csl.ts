import type {CslItem} from '../types.js'
import type {DateParts, Fields} from './_types.js'
import {organisationWord} from './authors.js'
import {detectLanguage} from './language.js'
import type {Work} from './resolve-short-forms.js'

/** What the type rules look at. */
type Probe = Readonly<Fields> & {hasAuthors: boolean}

/** Words naming an organisation rather than a periodical: its site is a publisher, its dated page not news. */
const organisation = organisationWord

/** Type rules, first match wins (CSL types; see the CSL-JSON schema's `type` enum). */
export const typeRules: ReadonlyArray<{type: string; test(probe: Probe): boolean}> = [
  {type: 'manuscript', test: (d) => d.archive !== undefined},
  {type: 'legislation', test: (d) => /^(?:Constitution|Decree|Law|Federal Law|Resolution|Order|Regulation|Ukaz|Zakon|Postanovlenie)\b/i.test(d.title ?? '') || /^(?:Decree|Law|Order|Resolution)\b/i.test(d.container ?? '')},
  {type: 'thesis', test: (d) => d.genre !== undefined},
  {type: 'article-journal', test: (d) => d.container !== undefined && (d.volume !== undefined || (d.issue !== undefined && d.page !== undefined))},
  // The Russian order’s `// Journal. 2008. № 4.`: a journal whatever its numbering.
  {type: 'article-journal', test: (d) => d.container !== undefined && d.titleForm === 'plain' && d.issue !== undefined},
  {type: 'report', test: (d) => d.issue !== undefined && /\b(?:Studies|Papers?|Reports?|Series|Briefs?)\b/.test(d.container ?? '')},
  {type: 'article-magazine', test: (d) => d.issue !== undefined && d.container !== undefined},
  {type: 'entry-encyclopedia', test: (d) => /enc[iy]clop|entsiklop|dictionar|slovar/i.test(d.container ?? '')},
  {type: 'book', test: (d) => (d.titleForm === 'italic' || (d.titleForm === 'plain' && (d.place !== undefined || d.publisher !== undefined))) && d.url === undefined && d.container === undefined},
  {type: 'chapter', test: (d) => d.titleForm === 'quoted' && /\b(?:Documents|Collection|Collected|Proceedings|(?:Year|Blue|White)book|Anthology|Sbornik|Materialy)\b/i.test(d.container ?? '')},
  {type: 'article-newspaper', test: (d) => d.container !== undefined && d.titleForm === 'quoted' && d.issued?.length === 3 && !organisation.test(d.container)},
  {type: 'chapter', test: (d) => d.titleForm === 'quoted' && d.container !== undefined && d.url === undefined && !organisation.test(d.container)},
  {type: 'webpage', test: (d) => d.url !== undefined},
  {type: 'document', test: () => true}
]

/** Fields → CSL variables (`container` is remapped per type below). */
const fieldMap: ReadonlyArray<[keyof Fields, string]> = [
  ['title', 'title'], ['container', 'container-title'], ['publisher', 'publisher'], ['place', 'publisher-place'],
  ['volume', 'volume'], ['issue', 'issue'], ['page', 'page'], ['genre', 'genre'], ['url', 'URL'], ['doi', 'DOI'],
  ['archive', 'archive'], ['archiveLocation', 'archive_location']
]

/** Per-type renames of CSL variables: a report's series is a collection, its number a number; a decree's kind is its genre. */
const typeRenames: ReadonlyArray<{type: string; from: string; to: string; when?(fields: Readonly<Fields>): boolean}> = [
  {type: 'report', from: 'container-title', to: 'collection-title'},
  {type: 'report', from: 'issue', to: 'number'},
  {type: 'legislation', from: 'container-title', to: 'genre', when: (d) => /^(?:Decree|Law|Order|Resolution)\b/i.test(d.container ?? '')},
  {type: 'legislation', from: 'container-title', to: 'publisher', when: (d) => !/^(?:Decree|Law|Order|Resolution)\b/i.test(d.container ?? '')},
  {type: 'webpage', from: 'container-title', to: 'publisher', when: (d) => d.publisher === undefined && organisation.test(d.container ?? '')}
]

/**
 * Turn a resolved work into a CSL-JSON item (valid against the CSL input
 * schema: only CSL variables, project data under `custom`).
 *
 * @param work
 *   The work, as merged by `resolveShortForms`.
 * @param id
 *   Its stable id.
 * @param document
 *   Id of the document citing it (kept under `custom`).
 * @returns
 *   The CSL item.
 * @example
 *   toCsl({authors: [{family: 'Mesamed', given: 'V.I.'}], footnotes: [2, 3],
 *     fields: {title: 'Israel v Tsentralnoy Azii: grezy i realnost', titleForm: 'italic', place: 'Moscow', issued: [2012], plain: [], pages: []}},
 *     'mesamed2012', 'israel-central-asia-2020')
 *   // => {id: 'mesamed2012', type: 'book', title: 'Israel v Tsentralnoy Azii: grezy i realnost',
 *   //     author: [{family: 'Mesamed', given: 'V.I.'}], 'publisher-place': 'Moscow', issued: {'date-parts': [[2012]]},
 *   //     language: 'ru', custom: {document: 'israel-central-asia-2020', footnotes: [2, 3]}}
 */
export function toCsl(work: Work, id: string, document: string): CslItem {
  const {fields} = work
  const probe: Probe = {...fields, hasAuthors: work.authors.length > 0}
  const type = typeRules.find((rule) => rule.test(probe))!.type
  const item: CslItem = {id, type}
  const renames = new Map(typeRenames.filter((d) => d.type === type && (!d.when || d.when(fields))).map((d) => [d.from, d.to]))

  for (const [from, to] of fieldMap) {
    const value = fields[from]
    if (typeof value !== 'string' || value === '') continue
    const name = renames.get(to) ?? to
    if (item[name] === undefined) item[name] = value
  }
  // An undated web page an organisation issues (`“Foreign Trade by Countries,” Turkish Statistical Institute, available at …`)
  // is its author; a dated one was published by an outlet.
  const issuer = type === 'webpage' && work.authors.length === 0 && fields.issued === undefined && typeof item['publisher'] === 'string' && organisation.test(item['publisher']) ? item['publisher'] : undefined
  if (work.authors.length > 0) item['author'] = work.authors.map((name) => ({...name}))
  else if (issuer !== undefined) item['author'] = [{literal: issuer}]
  if (fields.editors && fields.editors.length > 0) item['editor'] = fields.editors.map((name) => ({...name}))
  if (fields.issued) item['issued'] = date(fields.issued)
  if (fields.accessed) item['accessed'] = date(fields.accessed)
  const language = fields.title === undefined ? undefined : detectLanguage(fields.title)
  if (language) item['language'] = language
  item['custom'] = {document, footnotes: [...work.footnotes]}
  return item
}

function date(parts: DateParts): {'date-parts': [DateParts]} {
  return {'date-parts': [[...parts] as DateParts]}
}
