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

/** Pages as printed after `p.`/`pp.`, remembering whether they were a range. */
export interface Pages {
  text: string
  range: boolean
}

/** What the pattern engine reads from one reference, before it is a CSL item. */
export interface Fields {
  title?: string
  titleForm?: 'quoted' | 'italic'
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
}

/** A reference after resolution: which work it points to and how. */
export interface ResolvedReference {
  footnote: number
  kind: CitationKind
  /** Index of the work in the resolver's registry. */
  work: number
  locator?: string
  prefix?: string
}
