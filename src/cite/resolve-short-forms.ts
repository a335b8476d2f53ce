import type {CitationKind} from '../types.js'
import type {AuthorDateKey, Fields, Name, ParsedReference, ResolvedReference} from './_types.js'
import {archivalKey} from './archives.js'
import {fold} from './ids.js'

/** A distinct work met in a document: what its citations say about it, merged. */
export interface Work {
  authors: Name[]
  fields: Fields
  /** Footnotes citing it, in order, without repeats. */
  footnotes: number[]
  /** Its key in the reference list, when it has an entry there. */
  key?: AuthorDateKey
  /** Index of its entry in the reference list. */
  entry?: number
}

/** A back-reference problem, tied to its footnote. */
export interface ResolveProblem {
  footnote: number
  ruleId: string
  reason: string
}

/** What `resolveShortForms` returns. */
export interface Resolved {
  works: Work[]
  citations: ResolvedReference[]
  problems: ResolveProblem[]
}

/** Fields whose presence makes a reference a full one rather than a short form. */
const fullFields: ReadonlyArray<keyof Fields> = ['url', 'doi', 'issued', 'accessed', 'place', 'publisher', 'volume', 'issue', 'genre', 'archive']

/**
 * Resolve every reference of one document, in order, to a distinct work:
 * `Ibid.` → the previous citation's work (a bare `Ibid.` carries no locator:
 * none is printed), `op. cit.` → the earlier work of those authors (a title
 * decides when they have several), an author-date form → its entry in the
 * reference list, short forms and works cited again in full → the work they
 * name; an archival file is one work whoever cites it.
 *
 * @param references
 *   Parsed references in document order, with their footnote numbers.
 * @param entries
 *   The document’s reference list, parsed (`parseEntry`), in order.
 * @returns
 *   Works (the reference list’s first, in its order), one citation per resolved reference, and problems.
 * @example
 *   resolveShortForms([
 *     {footnote: 2, reference: parseReference('V.I. Mesamed, *Israel v Tsentralnoy Azii*, Moscow, 2012, p. 49.')},
 *     {footnote: 3, reference: parseReference('Ibid., p. 48.')}
 *   ]).citations
 *   // => [{footnote: 2, kind: 'full', work: 0, locator: '49'}, {footnote: 3, kind: 'ibid', work: 0, locator: '48'}]
 */
export function resolveShortForms(references: ReadonlyArray<{footnote: number; reference: ParsedReference}>, entries: readonly ParsedReference[] = []): Resolved {
  const works: Work[] = entries.map((entry, index) => ({authors: entry.authors, fields: {...entry.fields, pages: []}, footnotes: [], entry: index, ...(entry.key ? {key: entry.key} : {})}))
  const citations: ResolvedReference[] = []
  const problems: ResolveProblem[] = []
  const lastCited = new Map<number, number>()

  for (const {footnote, reference} of references) {
    const work = pick(reference, footnote)
    if (work === undefined) continue
    const kind: CitationKind = reference.head !== 'work' ? reference.head : reference.key || (!work.isNew && isShort(reference)) ? 'short' : 'full'
    const locator = locatorOf(reference, kind === 'full')
    const citation: ResolvedReference = {footnote, kind, work: work.index}
    if (locator !== undefined) Object.assign(citation, locator)
    if (reference.prefix !== undefined) citation.prefix = reference.prefix
    citations.push(citation)
    lastCited.set(work.index, citations.length)
    const target = works[work.index]!
    if (!target.footnotes.includes(footnote)) target.footnotes.push(footnote)
  }

  return {works, citations, problems}

  function pick(reference: ParsedReference, footnote: number): {index: number; isNew: boolean} | undefined {
    if (reference.head === 'ibid') {
      const previous = citations.at(-1)
      if (!previous) problems.push({footnote, ruleId: 'ibid-without-antecedent', reason: `Unexpected \`Ibid.\` in footnote ${footnote}, expected an earlier cited work`})
      return previous && {index: previous.work, isNew: false}
    }
    if (reference.head === 'op-cit') {
      const who = reference.authors.map((d) => d.family ?? d.literal).join(', ') || 'no author'
      let candidates = works.map((_, index) => index).filter((index) => lastCited.has(index) && sameAuthors(works[index]!.authors, reference.authors))
      if (reference.fields.title) candidates = candidates.filter((index) => sameTitle(works[index]!.fields.title, reference.fields.title))
      if (candidates.length === 0) {
        problems.push({footnote, ruleId: 'unresolved-op-cit', reason: `Unexpected \`op. cit.\` for \`${who}\` in footnote ${footnote}, expected an earlier work by that author`})
        return undefined
      }
      candidates.sort((a, b) => (lastCited.get(b) ?? 0) - (lastCited.get(a) ?? 0))
      if (candidates.length > 1) {
        problems.push({footnote, ruleId: 'ambiguous-op-cit', reason: `Unexpected \`op. cit.\` for \`${who}\` in footnote ${footnote}, who has ${candidates.length} earlier works; expected a short title, took the last cited`})
      }
      return {index: candidates[0]!, isNew: false}
    }
    if (reference.key) return pickAuthorDate(reference, reference.key, footnote)
    const index = works.findIndex((work) => sameWork(work, reference))
    if (index !== -1) {
      merge(works[index]!.fields, reference.fields)
      return {index, isNew: false}
    }
    return add(reference)
  }

  /** An author-date form: its entry in the list, else the work an earlier form of the same key made. */
  function pickAuthorDate(reference: ParsedReference, key: AuthorDateKey, footnote: number): {index: number; isNew: boolean} {
    const listed = works.findIndex((work) => work.entry !== undefined && work.key !== undefined && sameKey(work.key, key))
    if (listed !== -1) return {index: listed, isNew: false}
    const earlier = works.findIndex((work) => work.entry === undefined && work.key !== undefined && sameKey(work.key, key))
    if (earlier !== -1) return {index: earlier, isNew: false}
    const printed = `${reference.authors.map((d) => d.family ?? d.literal).join(' and ')}${key.more ? ' et al.' : ''}, ${key.year}`
    problems.push({
      footnote,
      ruleId: 'author-date-without-entry',
      reason: entries.length > 0
        ? `Unexpected \`${printed}\` in footnote ${footnote} without an entry in the reference list, expected one under \`${reference.authors[0]?.family ?? reference.authors[0]?.literal ?? '?'}\`; kept as its author and year`
        : `Unexpected \`${printed}\` in footnote ${footnote}: the document has no reference list to find it in; kept as its author and year`
    })
    return add(reference)
  }

  function add(reference: ParsedReference): {index: number; isNew: boolean} {
    const fields: Fields = {...reference.fields, pages: []}
    const page = workPage(reference)
    if (page !== undefined) fields.page = page
    works.push({authors: reference.authors, fields, footnotes: [], ...(reference.key ? {key: reference.key} : {})})
    return {index: works.length - 1, isNew: true}
  }
}

/** Keys agree on names (the first only, with `et al.`) and on the year with its suffix. */
function sameKey(entry: AuthorDateKey, short: AuthorDateKey): boolean {
  if (entry.year !== short.year) return false
  if (short.more) return entry.names[0] === short.names[0] && entry.names.length >= 2
  return entry.names.length === short.names.length && entry.names.every((name, i) => name === short.names[i])
}

function sameWork(work: Work, reference: ParsedReference): boolean {
  const archival = archivalKey(reference.fields)
  if (archival !== undefined || work.fields.archive !== undefined) return archival === archivalKey(work.fields)
  if (!sameAuthors(work.authors, reference.authors)) return false
  if (work.fields.title || reference.fields.title) return sameTitle(work.fields.title, reference.fields.title)
  return work.fields.url !== undefined && work.fields.url === reference.fields.url
}

function sameAuthors(a: readonly Name[], b: readonly Name[]): boolean {
  const key = (name: Name) => fold(name.family ?? name.literal ?? '').replace(/\s+/g, ' ').trim()
  return a.length === b.length && a.every((name, i) => key(name) === key(b[i]!))
}

/** Titles match when equal once folded, or when one (a short title, maybe cut with `…`) begins the other. */
function sameTitle(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false
  const x = normal(a)
  const y = normal(b)
  if (!x || !y) return false
  const [short, long] = x.length <= y.length ? [x, y] : [y, x]
  return short === long || (short.includes(' ') && long.startsWith(short + ' '))
}

function normal(title: string): string {
  return fold(title.replace(/(?:…|\.\.\.)\s*$/, '')).replace(/\s+/g, ' ').trim()
}

function isShort(reference: ParsedReference): boolean {
  return !fullFields.some((key) => reference.fields[key] !== undefined)
}

/** A full journal-like reference's `pp. a-b` is the work's page range, not a locator. */
function workPage(reference: ParsedReference): string | undefined {
  const {pages, volume, issue} = reference.fields
  const first = pages[0]
  if (!first || first.label) return undefined
  if (pages.length > 1 || (first.range && (volume !== undefined || issue !== undefined))) return first.text
  return undefined
}

function locatorOf(reference: ParsedReference, full: boolean): Pick<ResolvedReference, 'locator' | 'label'> | undefined {
  const last = reference.fields.pages.at(-1)
  if (!last) return undefined
  if (full && workPage(reference) !== undefined && reference.fields.pages.length === 1) return undefined
  return {locator: last.text, label: last.label ?? 'page'}
}

function merge(target: Fields, source: Fields): void {
  for (const [key, value] of Object.entries(source) as Array<[keyof Fields, Fields[keyof Fields]]>) {
    if (key === 'pages' || key === 'plain') continue
    if (target[key] === undefined && value !== undefined) Object.assign(target, {[key]: value})
  }
}
