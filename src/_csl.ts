/** Reading CSL-JSON items: the few fields every stage that shows a source needs. */
import type {CslItem} from './types.js'

/** The family (or literal) names of a CSL item's authors and editors. */
export function authorsOf(item: CslItem): string[] {
  const names: string[] = []
  for (const field of ['author', 'editor']) {
    const list = item[field]
    if (!Array.isArray(list)) continue
    for (const name of list as Array<Record<string, unknown>>) {
      const family = name['family'] ?? name['literal']
      if (typeof family === 'string') names.push(family)
    }
  }
  return names
}

/** The year a CSL item was issued, if known. */
export function yearOf(item: CslItem): number | undefined {
  const issued = item['issued'] as {'date-parts'?: unknown[][]} | undefined
  const year = issued?.['date-parts']?.[0]?.[0]
  return typeof year === 'number' ? year : typeof year === 'string' && /^\d{4}$/.test(year) ? Number(year) : undefined
}

/** A string field of a CSL item, or `''`. */
export function field(item: CslItem, name: string): string {
  const value = item[name]
  return typeof value === 'string' ? value : ''
}
