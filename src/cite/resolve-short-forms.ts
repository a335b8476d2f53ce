import type {CitationKind} from '../types.js'
import type {Fields, Name, ParsedReference, ResolvedReference} from './_types.js'
import {fold} from './ids.js'

/** A distinct work met in a document: what its citations say about it, merged. */
export interface Work {
  authors: Name[]
  fields: Fields
  /** Footnotes citing it, in order, without repeats. */
  footnotes: number[]
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
const fullFields: ReadonlyArray<keyof Fields> = ['url', 'doi', 'issued', 'accessed', 'place', 'publisher', 'volume', 'issue', 'genre']

/**
 * Resolve every reference of one document, in order, to a distinct work:
 * `Ibid.` → the previous citation's work (its locator unless a new one is
 * given), `op. cit.` → the earlier work of those authors (a title decides when
 * they have several), short forms and works cited again in full → the work
 * they name.
 *
 * @param references
 *   Parsed references in document order, with their footnote numbers.
 * @returns
 *   Works, one citation per resolved reference, and problems.
 * @example
 *   resolveShortForms([
 *     {footnote: 2, reference: parseReference('V.I. Mesamed, *Israel v Tsentralnoy Azii*, Moscow, 2012, p. 49.')},
 *     {footnote: 3, reference: parseReference('Ibid., p. 48.')}
 *   ]).citations
 *   // => [{footnote: 2, kind: 'full', work: 0, locator: '49'}, {footnote: 3, kind: 'ibid', work: 0, locator: '48'}]
 */
export function resolveShortForms(references: ReadonlyArray<{footnote: number; reference: ParsedReference}>): Resolved {
  const works: Work[] = []
  const citations: ResolvedReference[] = []
  const problems: ResolveProblem[] = []
  const lastCited = new Map<number, number>()

  for (const {footnote, reference} of references) {
    const work = pick(reference, footnote)
    if (work === undefined) continue
    const previous = citations.at(-1)
    const kind: CitationKind = reference.head === 'work' ? (work.isNew || !isShort(reference) ? 'full' : 'short') : reference.head
    let locator = locatorOf(reference, kind === 'full')
    if (kind === 'ibid' && locator === undefined && previous?.locator !== undefined) locator = previous.locator
    const citation: ResolvedReference = {footnote, kind, work: work.index}
    if (locator !== undefined) citation.locator = locator
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
      let candidates = works.map((_, index) => index).filter((index) => sameAuthors(works[index]!.authors, reference.authors))
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
    const index = works.findIndex((work) => sameWork(work, reference))
    if (index !== -1) {
      merge(works[index]!.fields, reference.fields)
      return {index, isNew: false}
    }
    const fields: Fields = {...reference.fields, pages: []}
    const page = workPage(reference)
    if (page !== undefined) fields.page = page
    works.push({authors: reference.authors, fields, footnotes: []})
    return {index: works.length - 1, isNew: true}
  }
}

function sameWork(work: Work, reference: ParsedReference): boolean {
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
  if (!first) return undefined
  if (pages.length > 1 || (first.range && (volume !== undefined || issue !== undefined))) return first.text
  return undefined
}

function locatorOf(reference: ParsedReference, full: boolean): string | undefined {
  const {pages} = reference.fields
  const last = pages.at(-1)
  if (!last) return undefined
  if (full && workPage(reference) !== undefined && pages.length === 1) return undefined
  return last.text
}

function merge(target: Fields, source: Fields): void {
  for (const [key, value] of Object.entries(source) as Array<[keyof Fields, Fields[keyof Fields]]>) {
    if (key === 'pages' || key === 'plain') continue
    if (target[key] === undefined && value !== undefined) Object.assign(target, {[key]: value})
  }
}
