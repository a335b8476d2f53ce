/**
 * Source hints: match what a user says a claim's source is ("Mesamed 2012,
 * p. 49", an author, a title, a URL) to the corpus's CSL items, and name
 * the works the paper really cites for a claim.
 */
import Fuse from 'fuse.js'
import type {Citation, CslItem} from '../types.js'
import {normalize} from './text.js'
import {authorsOf, field, yearOf} from '../_csl.js'

interface SourceRow {
  item: CslItem
  authors: string
  title: string
  container: string
  url: string
  year: number | undefined
}

function bareUrl(url: string): string {
  return normalize(url).replace(/^https?:\/\/(www\.)?/, '').replace(/[/\]\s]+$/, '')
}

/** Fuzzy matcher of source hints over a corpus's CSL items. */
export class SourceMatcher {
  private readonly rows: SourceRow[]
  private readonly fuse: Fuse<SourceRow>

  constructor(sources: readonly CslItem[]) {
    this.rows = sources.map((item) => ({
      item,
      authors: authorsOf(item).join(' '),
      title: field(item, 'title'),
      container: field(item, 'container-title'),
      url: bareUrl(field(item, 'URL')),
      year: yearOf(item)
    }))
    this.fuse = new Fuse(this.rows, {
      keys: [{name: 'authors', weight: 3}, {name: 'title', weight: 2}, {name: 'container', weight: 1}],
      includeScore: true,
      ignoreLocation: true,
      useTokenSearch: true,
      threshold: 0.4
    })
  }

  /**
   * The corpus items a hint may name, best first; `preferred` ids (the works
   * the claim cites) win ties, so "Mesamed" matches the Mesamed it cites.
   */
  match(hint: string, preferred: ReadonlySet<string>): CslItem | null {
    const text = hint.slice(0, 500)
    const url = /https?:\/\/\S+/.exec(text)?.[0]
    if (url) {
      const bare = bareUrl(url)
      const row = this.rows.find((row) => row.url && (row.url === bare || row.url.startsWith(bare) || bare.startsWith(row.url)))
      if (row) return row.item
    }
    const year = Number(/\b(1[89]\d\d|20\d\d)\b/.exec(text)?.[1]) || undefined
    const words = text.replace(/https?:\/\/\S+/g, ' ').replace(/\bpp?\.\s*[\d-–]+/g, ' ').replace(/\d+/g, ' ').replace(/[^\p{L}\s'-]/gu, ' ').trim()
    if (!words) return year === undefined ? null : (this.rows.find((row) => row.year === year && preferred.has(row.item.id))?.item ?? null)
    let best: {row: SourceRow; score: number} | undefined
    for (const result of this.fuse.search(words, {limit: 10})) {
      let score = 1 - (result.score ?? 1)
      if (year !== undefined && result.item.year !== undefined) score += result.item.year === year ? 0.3 : -0.3
      if (preferred.has(result.item.item.id)) score += 0.05
      if (!best || score > best.score) best = {row: result.item, score}
    }
    return best && best.score > 0.3 ? best.row.item : null
  }
}

/** A short human name for a cited work: `Feiler & Lim, p. 28`. */
export function citeLabel(item: CslItem | undefined, citation: Citation): string {
  const authors = item ? authorsOf(item) : []
  const name =
    authors.length > 2 ? `${authors[0]} et al.` : authors.length > 0 ? authors.join(' & ') : item ? `“${field(item, 'title').slice(0, 60)}”` : citation.source
  return citation.locator ? `${name}, p. ${citation.locator}` : name
}
