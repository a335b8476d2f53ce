/** Naming works in human output: one line per work, and the citations of a claim with their works. */
import {authorsOf, field, yearOf} from '../../_csl.js'
import type {Citation, CslItem} from '../../types.js'

/** One line naming a work: `Feiler, Lim (2014). Title. Container. URL`. */
export function formatSource(item: CslItem): string {
  const authors = authorsOf(item).join(', ')
  const year = yearOf(item)
  const parts = [authors ? `${authors}${year ? ` (${year})` : ''}` : year ? String(year) : '', field(item, 'title'), field(item, 'container-title'), field(item, 'URL')]
  return parts.filter(Boolean).join('. ')
}

/** One line per citation, `[footnote] work, p. locator`, each after `indent`. */
export function citationLines(citations: readonly Citation[], sources: readonly CslItem[], indent: string): string[] {
  const byId = new Map(sources.map((item) => [item.id, item]))
  return citations.map((citation) => {
    const item = byId.get(citation.source)
    const where = citation.locator ? `, p. ${citation.locator}` : ''
    return `${indent}[${citation.footnote}] ${item ? formatSource(item) : citation.source}${where}`
  })
}
