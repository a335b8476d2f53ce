import type {DateParts, Fields, Problem} from './_types.js'
import {monthNumbers} from '../_calendar.js'

/**
 * The reference grammar as data: each table maps a regex to the fields it
 * fills. The engine in `parse-reference.ts` only loops over them.
 *
 * @packageDocumentation
 */

/** English month names and abbreviations → month number. */
export const months = monthNumbers

const month = '(' + Object.keys(months).sort((a, b) => b.length - a.length).join('|') + ')'
const end = '(?=[,.;)\\s]|$)'

/** Lead-ins printed before a reference ("See:", "Cf."); kept as the citation's prefix. */
export const prefixes: readonly RegExp[] = [
  /^(?:for (?:more )?details?,? )?see(?: also)?(?: in)?\s*:/i,
  /^see(?: also)?\s+(?=\p{Lu}|[“"*«])/iu,
  /^cf\.:?/i,
  /^quoted (?:from|in|by)\s*:?/i,
  /^(?:source|sources)\s*:/i
]

/** Pattern for an initial-based author: `V.I. Mesamed`, `Iu. I. Kostenko`, `I. Muradian`. */
export const author = /^((?:\p{Lu}\p{Ll}?\.\s?){1,3})\s?(\p{Lu}[\p{L}’'-]*\p{L})(?=\s*(?:,|\band\b|&|$))/u

/** An organisation as author: a leading name, then a comma and an italic or quoted title. */
export const corporateAuthor = /^(\p{Lu}[^,.;:“"«*()\[\]]{2,80}?),\s*(?=[*“"«])/u

/** Separators between authors. */
export const authorSeparator = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)/

/** Starts that make a text a reference rather than a comment. */
export const referenceHeads: readonly RegExp[] = [/^ibid/i, /^op\.\s?cit/i, /^[“"«*]/, /^https?:\/\//, author, corporateAuthor]

/** Back-references at the start of a unit or after its authors. */
export const backReferences: ReadonlyArray<{pattern: RegExp; head: 'ibid' | 'op-cit'}> = [
  {pattern: /^ib(?:id|idem)\.?/i, head: 'ibid'},
  {pattern: /^op\.\s?cit\.?/i, head: 'op-cit'},
  {pattern: /^loc\.\s?cit\.?/i, head: 'op-cit'}
]

/** State the segment engine threads through the patterns. */
export interface SegmentState {
  fields: Fields
  /** Name of the previous segment pattern that matched (`url` makes the next date an access date). */
  last: string | undefined
  /** Number of segments consumed so far after the head. */
  count: number
  problems: Problem[]
  /** A back-reference met after a short title (`Mesamed, *Israel…*, op. cit.`). */
  back?: 'ibid' | 'op-cit'
}

/** One row of the segment table: an anchored regex and what its match fills. */
export interface SegmentPattern {
  name: string
  pattern: RegExp
  apply(match: RegExpExecArray, state: SegmentState): void
}

function date(state: SegmentState, parts: DateParts): void {
  if (state.last === 'url' && !state.fields.accessed) state.fields.accessed = parts
  else if (!state.fields.issued) state.fields.issued = parts
  else if (!state.fields.accessed) state.fields.accessed = parts
}

function monthOf(name: string): number {
  return months[name.toLowerCase().replace(/\.$/, '')] ?? 0
}

/** The segment table, tried in order at each position of a reference after its authors. */
export const segments: readonly SegmentPattern[] = [
  {
    name: 'url',
    pattern: /^(?:available\s+(?:at|from|online)\s*:?\s*|retrieved\s+from\s*:?\s*|URL\s*:?\s*)?(\[)?\s*(https?:\/\/[^\s\]]+)\]?/i,
    apply(match, state) {
      let url = match[2]!
      if (!match[1]) url = url.replace(/[.,;)]+$/, '')
      const doi = /^https?:\/\/(?:dx\.)?doi\.org\/(10\.\d{4,9}\/\S+)$/i.exec(url)
      if (doi) state.fields.doi = decodeURIComponent(doi[1]!)
      else if (!state.fields.url) state.fields.url = url
    }
  },
  {
    name: 'doi',
    pattern: /^(?:DOI|doi)\s*:?\s*(10\.\d{4,9}\/[^\s,;]+[^\s,;.])/,
    apply(match, state) {
      state.fields.doi = match[1]!
    }
  },
  {
    name: 'back-reference',
    pattern: /^(?:op\.\s?cit|loc\.\s?cit)\.?/i,
    apply(_, state) {
      state.back = 'op-cit'
    }
  },
  {
    name: 'quoted',
    pattern: /^[“"«]([^”"»]+?)[,.]?[”"»]/,
    apply(match, state) {
      if (state.fields.title) state.fields.plain.push(match[1]!)
      else Object.assign(state.fields, {title: match[1]!.trim(), titleForm: 'quoted'})
    }
  },
  {
    name: 'italic',
    pattern: /^\*([^*]+)\*/,
    apply(match, state) {
      const text = match[1]!.trim().replace(/[,.]$/, '')
      if (!state.fields.title && state.count === 0) Object.assign(state.fields, {title: text, titleForm: 'italic'})
      else if (!state.fields.container) state.fields.container = text
      else state.fields.plain.push(text)
    }
  },
  {
    name: 'date',
    pattern: new RegExp(`^(\\d{1,2})\\s+${month}\\.?(?:\\s*-\\s*\\w+)?,?\\s+(\\d{4})${end}`, 'i'),
    apply(match, state) {
      date(state, [Number(match[3]), monthOf(match[2]!), Number(match[1])])
    }
  },
  {
    name: 'date',
    pattern: new RegExp(`^${month}\\.?\\s+(\\d{1,2}),\\s+(\\d{4})${end}`, 'i'),
    apply(match, state) {
      date(state, [Number(match[3]), monthOf(match[1]!), Number(match[2])])
    }
  },
  {
    name: 'date',
    pattern: new RegExp(`^${month}\\.?,?\\s+(\\d{4})${end}`, 'i'),
    apply(match, state) {
      date(state, [Number(match[2]), monthOf(match[1]!)])
    }
  },
  {
    name: 'bad-date',
    pattern: new RegExp(`^(\\d{1,2}\\s+${month}\\.?,?\\s+\\d{1,3})${end}`, 'i'),
    apply(match, state) {
      state.problems.push({ruleId: 'invalid-date', reason: `Unexpected date \`${match[1]!}\`, expected a day, a month and a four-digit year`})
    }
  },
  {
    name: 'place-publisher-year',
    pattern: /^(\p{Lu}[\p{L}-]+(?:[ -]\p{Lu}[\p{L}-]+)?)\s*:\s*([^,:]+),\s+(\d{4})(?=[,.;)]|$)/u,
    apply(match, state) {
      Object.assign(state.fields, {place: match[1]!, publisher: match[2]!.trim()})
      date(state, [Number(match[3])])
    }
  },
  {
    name: 'place-year',
    pattern: /^(\p{Lu}[\p{Ll}-]+(?:[ -]\p{Lu}[\p{Ll}-]+)?),\s+(\d{4})(?=[,.;)]|$)/u,
    apply(match, state) {
      state.fields.place = match[1]!
      date(state, [Number(match[2])])
    }
  },
  {
    name: 'year',
    pattern: /^(\d{4})(?=[,.;)]|$)/,
    apply(match, state) {
      date(state, [Number(match[1])])
    }
  },
  {
    name: 'volume',
    pattern: /^(?:Vol\.|Volume|Т\.)\s*([\w/–-]+)/iu,
    apply(match, state) {
      state.fields.volume = match[1]!
    }
  },
  {
    name: 'issue',
    pattern: /^(?:No\.|Issue|Iss\.|№)\s*(\d[\w/–-]*)/i,
    apply(match, state) {
      state.fields.issue = match[1]!
    }
  },
  {
    name: 'pages',
    pattern: /^(pp?|С|с)\.\s*([\dIVXLCivxlc]+(?:\s*[-–—]\s*[\dIVXLCivxlc]+)?)(?:\s*ff\.)?/u,
    apply(match, state) {
      const text = match[2]!.replace(/\s+/g, '')
      state.fields.pages.push({text, range: /[-–—]/.test(text)})
    }
  },
  {
    name: 'genre',
    pattern: /^((?:Ph\.?\s?D\.?|Doctoral|Doctor'?s|Candidate'?s?|Cand\.\s*Sci\.|Master'?s?|MA|BA)\s+(?:thesis|dissertation)|(?:thesis|dissertation))/i,
    apply(match, state) {
      state.fields.genre = match[1]!
    }
  }
]

/**
 * What a segment no pattern matched runs to: the next top-level comma, a URL
 * or an "available at" (italic spans inside it are kept whole).
 */
export const plainSegment =
  /^((?:\*[^*]*\*|[^*])+?)(?=,\s|,$|\s*\[\s*https?:|\s+https?:\/\/|\s+available\s+(?:at|from)\b|\.?$)/i
