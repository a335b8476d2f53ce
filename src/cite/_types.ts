import type {CitationKind} from '../types.js'

/** A person's name as CSL-JSON spells it. */
export interface Name {
  family?: string
  given?: string
  /** An organisation as author (`Japan International Cooperation Agency`). */
  literal?: string
}

/** A CSL date: `[[year, month?, day?]]`. */
export type DateParts = [number] | [number, number] | [number, number, number]

/** A locator as printed after `p.`/`pp.` (or `l.`/`ll.`, `chapter`), remembering whether it was a range. */
export interface Pages {
  text: string
  range: boolean
  /** What it counts when not pages: an archival file’s sheets, or a chapter. */
  label?: 'folio' | 'chapter'
}

/** The key an author-date reference is looked up by: the names in the author slot and the year with its suffix. */
export interface AuthorDateKey {
  /** Folded names as printed in the author slot (`['van den berg']`, `['sahin', 'guler']`, `['world bank']`). */
  names: string[]
  /** More authors than printed (`et al.`). */
  more: boolean
  /** Year with its suffix: `2008b`. */
  year: string
}

/** What the pattern engine reads from one reference, before it is a CSL item. */
export interface Fields {
  title?: string
  titleForm?: 'quoted' | 'italic' | 'plain'
  container?: string
  plain: string[]
  issued?: DateParts
  accessed?: DateParts
  url?: string
  doi?: string
  volume?: string
  issue?: string
  place?: string
  publisher?: string
  genre?: string
  /** Page range of the work itself (a journal article's `pp. 8-36`). */
  page?: string
  pages: Pages[]
  /** An archive (`RGVIA`) and the file's place in it (`f. 1396, op. 2, d. 1893`). */
  archive?: string
  archiveLocation?: string
  /** Editors of the volume a chapter sits in (`ed. by T. Marsh`). */
  editors?: Name[]
}

/** A problem met while parsing, turned into a vfile message by `citeFootnotes`. */
export interface Problem {
  ruleId: string
  reason: string
}

/** One reference unit of a footnote, parsed. */
export interface ParsedReference {
  /** Lead-in as printed, e.g. `See:`. */
  prefix?: string
  /** `work` for a title (full or short form); `ibid`/`op-cit` for back-references. */
  head: 'work' | 'ibid' | 'op-cit'
  authors: Name[]
  fields: Fields
  /** The canonical text of the unit. */
  text: string
  problems: Problem[]
  /** An author-date short form (`Brower, 2003, p. 41`), looked up in the reference list by its key. */
  key?: AuthorDateKey
}

/** A reference after resolution: which work it points to and how. */
export interface ResolvedReference {
  footnote: number
  kind: CitationKind
  /** Index of the work in the resolver's registry. */
  work: number
  locator?: string
  label?: 'page' | 'folio' | 'chapter'
  prefix?: string
}
