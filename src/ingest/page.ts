/**
 * Page furniture: running headers (read for the journal, volume, issue,
 * year and page), page numbers, and the labels whose meaning depends on
 * where they stand.
 */
import {classify, runningHeader, type Line, type LineKind} from './lines.js'

/** Publication data read off running headers and page numbers. */
export interface LayoutMeta {
  journal?: string
  edition?: string
  volume?: number
  issue?: number
  year?: number
  pages: string[]
}

/**
 * Shapes that are only what they seem in their place: a plain “Table 1.” or
 * a lone number line is a label or a page number only set apart by blank
 * lines (a page number also before a running header); inside a paragraph it is text.
 */
export function settle(kind: LineKind, text: string, setApart: boolean, inFootnotes: boolean, next: Line | undefined): LineKind {
  if (kind === 'figure-label' && !/\S \S \S/.test(text.trim()) && (!setApart || inFootnotes)) return 'text'
  if (kind === 'page-number') {
    const after = next === undefined ? 'blank' : classify(next.text)
    if (!setApart || (after !== 'blank' && after !== 'running-header')) return 'text'
  }
  return kind
}

/** Read journal, volume, issue, year and page number off a running header. */
export function readHeader(text: string, meta: LayoutMeta): void {
  const match = runningHeader.exec(text)
  if (!match) return
  const [, before = '', volume, issue, year, after = ''] = match
  meta.volume ??= Number(volume)
  meta.issue ??= Number(issue)
  meta.year ??= Number(year)
  // What is left is the journal’s name and edition, and perhaps the page number at either end.
  let rest = `${before}  ${after}`.trim()
  const page = /^(\d{1,4})\s+|\s+(\d{1,4})$/.exec(rest)
  if (page) {
    meta.pages.push(page[1] ?? page[2] ?? '')
    rest = rest.replace(page[0], ' ').trim()
  }
  const [journal, edition] = rest.split(/\s{2,}/)
  if (journal && !meta.journal) meta.journal = journal
  if (edition && !meta.edition) meta.edition = edition
}
