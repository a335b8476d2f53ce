/**
 * One source per work across papers: several papers citing the same work
 * (the same DOI, the same URL, or the same normalised first author, title
 * and year) share one CSL item; two different works that got the same
 * readable id in two papers keep apart (the later one's id gets a suffix).
 * Each paper's citations are renamed to the corpus's ids.
 */
import type {CslItem} from '../types.js'
import {authorsOf, field, yearOf} from '../_csl.js'

/** What an item's `custom` holds: the first citing document, its footnotes, and every citing document. */
interface Custom {
  document?: string
  footnotes?: number[]
  documents?: string[]
}

const fold = (text: string): string => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

/** The keys a work is known by, strongest first. */
function keysOf(item: CslItem): string[] {
  const keys: string[] = []
  const doi = field(item, 'DOI').toLowerCase().replace(/^https?:\/\/(?:dx\.)?doi\.org\//, '').trim()
  if (doi) keys.push(`doi:${doi}`)
  const url = field(item, 'URL').replace(/^https?:\/\/(?:www\.)?/i, '').replace(/[/#?]+$/, '').trim()
  if (url) keys.push(`url:${url.toLowerCase()}`)
  const title = fold(field(item, 'title'))
  if (title) keys.push(`work:${fold(authorsOf(item)[0] ?? '')}|${title}|${yearOf(item) ?? ''}`)
  return keys
}

/** Merges the sources of papers, one paper at a time, in corpus order. */
export class WorkRegistry {
  /** The merged sources, in order of first citation. */
  readonly sources: CslItem[] = []
  readonly #byKey = new Map<string, {item: CslItem; document: string}>()
  readonly #byId = new Map<string, CslItem>()

  /**
   * Add one paper's sources.
   *
   * @param document
   *   The paper's id.
   * @param items
   *   Its sources (ids unique within the paper).
   * @returns
   *   Its ids that the corpus names otherwise (`local → corpus`); empty when none.
   */
  add(document: string, items: readonly CslItem[]): Map<string, string> {
    const renamed = new Map<string, string>()
    for (const item of items) {
      const keys = keysOf(item)
      // Within one paper the cite stage has already told works apart: only other papers' works are merged.
      const known = keys.map((key) => this.#byKey.get(key)).find((found) => found !== undefined && found.document !== document)?.item
      if (known) {
        const custom = (known['custom'] ??= {}) as Custom
        const documents = (custom.documents ??= custom.document === undefined ? [] : [custom.document])
        if (!documents.includes(document)) documents.push(document)
        for (const key of keys) if (!this.#byKey.has(key)) this.#byKey.set(key, {item: known, document})
        if (known.id !== item.id) renamed.set(item.id, known.id)
        continue
      }
      let id = item.id
      for (let n = 2; this.#byId.has(id); n++) id = `${item.id}-${n}`
      const merged: CslItem = {...item, id}
      if (id !== item.id) renamed.set(item.id, id)
      this.sources.push(merged)
      this.#byId.set(id, merged)
      for (const key of keys) if (!this.#byKey.has(key)) this.#byKey.set(key, {item: merged, document})
    }
    return renamed
  }
}
