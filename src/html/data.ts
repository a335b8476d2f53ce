/**
 * The compact index a page ships: the claim table the browser builds the
 * library's claim index from, and what it shows for each match. Sentences
 * and sections are stored once; a claim points to them by number.
 *
 * @packageDocumentation
 */

import {authorsOf, yearOf} from '../_csl.js'
import type {Citation, Claim, CslItem, Footnote} from '../types.js'

/** One claim of a {@link ReaderData}. */
export interface ReaderClaim {
  /** Element id in the page: `c042`. */
  id: string
  text: string
  /** Index into `sentences`; `-1` when the sentence is the claim's text. */
  s: number
  /** Index into `sections`. */
  h: number
  /** Footnotes whose markers close the claim (`[]` = uncited). */
  f: number[]
  /** Annotations: countries, entities, years, quantities. */
  a: [string[], string[], number[], string[]]
}

/** The data of one page, shipped as JSON inside it. */
export interface ReaderData {
  /** Format version. */
  v: 1
  document: string
  sections: string[]
  sentences: string[]
  claims: ReaderClaim[]
  /** Footnote number → its citations: source id and short form (`Feiler, Lim 2014, p. 28`). */
  notes: Record<string, Array<[source: string, short: string]>>
  /** The threshold values the page verdict uses (the library's calibration, read at build time). */
  calibration: {found: number; contradicted: number}
}

/** The element id of a claim: `israel-central-asia-2020#c042` → `c042`. */
export function claimAnchor(id: string): string {
  return id.slice(id.lastIndexOf('#') + 1)
}

/**
 * A short citation: authors (or the title), year, locator.
 *
 * @example
 *   ```ts
 *   shortCitation({footnote: 25, source: 'feiler2014', locator: '28', label: 'page', kind: 'op-cit'}, feiler2014)
 *   // => 'Feiler, Lim 2014, p. 28'
 *   ```
 */
export function shortCitation(citation: Citation, item: CslItem | undefined): string {
  const authors = item ? authorsOf(item) : []
  const title = typeof item?.['title'] === 'string' ? item['title'] : citation.source
  const who = authors.length > 0 ? (authors.length > 2 ? `${authors[0]} et al.` : authors.join(', ')) : title.length > 60 ? title.slice(0, 59) + '…' : title
  const year = item ? yearOf(item) : undefined
  const locator = citation.locator === undefined ? '' : `, p. ${citation.locator}`
  return `${who}${year === undefined ? '' : ' ' + year}${locator}`
}

/**
 * Build the data of a document's page.
 *
 * @param document
 *   Document id.
 * @param claims
 *   The document's claims, in reading order.
 * @param footnotes
 *   The document's footnotes.
 * @param sources
 *   Sources by id.
 * @param calibration
 *   The verdict thresholds the page applies.
 * @returns
 *   The compact data.
 */
export function toReaderData(
  document: string,
  claims: readonly Claim[],
  footnotes: readonly Footnote[],
  sources: ReadonlyMap<string, CslItem>,
  calibration: {found: number; contradicted: number}
): ReaderData {
  const sections: string[] = []
  const sentences: string[] = []
  const sectionAt = new Map<string, number>()
  const sentenceAt = new Map<string, number>()
  const indexOf = (map: Map<string, number>, list: string[], value: string): number => {
    let at = map.get(value)
    if (at === undefined) map.set(value, (at = list.push(value) - 1))
    return at
  }
  const notes: ReaderData['notes'] = {}
  for (const footnote of footnotes) notes[footnote.n] = footnote.citations.map((citation) => [citation.source, shortCitation(citation, sources.get(citation.source))])
  return {
    v: 1,
    document,
    sections,
    sentences,
    claims: claims.map((claim) => ({
      id: claimAnchor(claim.id),
      text: claim.text,
      s: claim.sentence === claim.text ? -1 : indexOf(sentenceAt, sentences, claim.sentence),
      h: indexOf(sectionAt, sections, claim.section),
      f: claim.footnotes,
      a: [claim.annotations.countries, claim.annotations.entities, claim.annotations.years, claim.annotations.quantities]
    })),
    notes,
    calibration: {found: calibration.found, contradicted: calibration.contradicted}
  }
}

/**
 * JSON for a `<script type="application/json">`: `<` is written `\u003c`, so
 * no text of the data (a footnote saying `</script>`) can close the element.
 *
 * @example
 *   ```ts
 *   scriptJson({text: '</script><script>alert(1)</script>'})
 *   // => '{"text":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}'
 *   ```
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}
