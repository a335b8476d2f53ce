/**
 * Human output for the `sources` command: the works the corpus cites with the
 * footnotes citing each, or the papers citing one work. Each renderer asks
 * only for the fields it shows (the command's `--json` shapes have them).
 *
 * @packageDocumentation
 */
import {authorsOf, field, yearOf} from '../../_csl.js'
import type {CslItem} from '../../types.js'

/** A work with the footnotes citing it, as {@link renderSources} reads it. */
export interface SourceRow {
  source: CslItem
  citedIn: ReadonlyArray<{footnote: number; locator?: string}>
}

/** The footnotes that cite no work, as {@link renderSources} reads them. */
export interface Unresolved {
  resolved: number
  total: number
  unresolved: ReadonlyArray<{document: string; n: number; text: string}>
}

/** `Authors · year · title` (`(untitled)` without one). */
function label(item: CslItem): string {
  return [authorsOf(item).join(', '), yearOf(item), field(item, 'title') || '(untitled)'].filter((d) => d !== undefined && d !== '').join(' · ')
}

/**
 * The works of the corpus, each with its type, label, citing footnotes (and
 * pages), URL and DOI; then how many footnotes resolved to a work, listing
 * those that did not.
 *
 * @param uses
 *   The works and the footnotes citing each (`sourceUses`).
 * @param footnotes
 *   The resolved count and the unresolved footnotes (`resolvedFootnotes`).
 * @param documents
 *   How many papers the footnotes come from (over one, an unresolved footnote is named with its paper).
 * @returns
 *   The listing, ending with a newline.
 * @example
 *   ```ts
 *   renderSources([{source: {id: 'mesamed2012', type: 'book', title: 'Israel v Tsentralnoy Azii', author: [{family: 'Mesamed'}], issued: {'date-parts': [[2012]]}}, citedIn: [{footnote: 2, locator: '49'}]}], {resolved: 1, total: 1, unresolved: []}, 1)
 *   // => 'mesamed2012  book                Mesamed · 2012 · Israel v Tsentralnoy Azii\n             footnotes           2 (p. 49)\n\n1 sources\n1 of 1 footnotes resolved to a source\n'
 *   ```
 */
export function renderSources(uses: readonly SourceRow[], footnotes: Unresolved, documents: number): string {
  const width = Math.max(0, ...uses.map((d) => d.source.id.length))
  const lines: string[] = []
  for (const {source, citedIn} of uses) {
    const notes = citedIn.map((d) => (d.locator ? `${d.footnote} (p. ${d.locator})` : String(d.footnote))).join(', ')
    lines.push(`${source.id.padEnd(width)}  ${source.type.padEnd(18)}  ${label(source)}`)
    lines.push(`${' '.repeat(width)}  ${'footnotes'.padEnd(18)}  ${notes || '—'}`)
    if (typeof source['URL'] === 'string') lines.push(`${' '.repeat(width + 22)}${source['URL']}`)
    if (typeof source['DOI'] === 'string') lines.push(`${' '.repeat(width + 22)}https://doi.org/${source['DOI']}`)
  }
  lines.push('', `${uses.length} sources`)
  const {resolved, total, unresolved} = footnotes
  lines.push(`${resolved} of ${total} footnotes resolved to a source${unresolved.length > 0 ? '; not resolved (a comment, or a reference that could not be read):' : ''}`)
  for (const footnote of unresolved) {
    const text = footnote.text.length > 90 ? footnote.text.slice(0, 89) + '…' : footnote.text
    lines.push(`  ${documents > 1 ? footnote.document + ' ' : ''}[${footnote.n}] ${text}`)
  }
  return lines.join('\n') + '\n'
}

/**
 * One work and the papers citing it, each with its footnotes that do.
 *
 * @param citedBy
 *   The work and its papers (the command's `--cited-by --json` shape).
 * @returns
 *   The listing, ending with a newline.
 * @example
 *   ```ts
 *   renderCitedBy({source: {id: 'mesamed2012', type: 'book', title: 'Israel v Tsentralnoy Azii'}, documents: [{document: 'israel-central-asia-2020', footnotes: [2, 3]}]})
 *   // => 'mesamed2012  Israel v Tsentralnoy Azii\n\nisrael-central-asia-2020  footnotes 2, 3\n\ncited by 1 paper\n'
 *   ```
 */
export function renderCitedBy(citedBy: {source: CslItem; documents: ReadonlyArray<{document: string; footnotes: readonly number[]}>}): string {
  const width = Math.max(0, ...citedBy.documents.map((d) => d.document.length))
  const lines = [`${citedBy.source.id}  ${label(citedBy.source)}`, '']
  for (const d of citedBy.documents) lines.push(`${d.document.padEnd(width)}  footnotes ${d.footnotes.join(', ')}`)
  lines.push('', `cited by ${citedBy.documents.length} ${citedBy.documents.length === 1 ? 'paper' : 'papers'}`)
  return lines.join('\n') + '\n'
}
