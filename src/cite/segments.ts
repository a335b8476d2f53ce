/**
 * The reference grammar as data, part two: the segments after the authors
 * (titles, containers, places, dates, numbers, locators, URLs), each a row
 * of an anchored regex and the fields its match fills.
 *
 * @packageDocumentation
 */
import type {DateParts, Fields, Name, Problem} from './_types.js'
import {monthNumbers} from '../_calendar.js'

/** English month names and abbreviations → month number. */
export const months = monthNumbers

const month = '(' + Object.keys(months).sort((a, b) => b.length - a.length).join('|') + ')'
const end = '(?=[,.;)\\s]|$)'
/** A page number or sheet: digits or a roman numeral. */
const page = '[\\dIVXLCivxlc]+'
/** A range or a short list of them (`12, 19`); a number before a month is a date, not a page. */
const pageList = `${page}(?:\\s*[-–—]\\s*${page})?(?:,\\s*\\d{1,4}(?:\\s*[-–—]\\s*\\d{1,4})?(?![\\d.]*\\s*\\p{L}))*`

/** State the segment engine threads through the patterns. */
export interface SegmentState {
  fields: Fields
  /** Name of the previous segment pattern that matched (`url` or `accessed` make the next date an access date). */
  last: string | undefined
  /** Number of segments consumed so far after the head. */
  count: number
  problems: Problem[]
  /** A back-reference met after a short title (`Mesamed, *Israel…*, op. cit.`). */
  back?: 'ibid' | 'op-cit'
  /** An `in:` was met: the next title is the container’s. */
  inside?: boolean
  /** The reference ended; what follows is a comment (`…, pp. 91-95, whose distinction …`). */
  done?: boolean
  /** Plain segments met before any other: a title printed without quotes or italics, when a place, a year or pages follow. */
  leading?: string[]
}

/** One row of the segment table: an anchored regex and what its match fills. */
export interface SegmentPattern {
  name: string
  pattern: RegExp
  apply(match: RegExpExecArray, state: SegmentState): void
}

/** File a date: an access date after a URL or `accessed`, else the date of issue, then a web page’s access date. */
export function date(state: SegmentState, parts: DateParts): void {
  if ((state.last === 'url' || state.last === 'accessed') && !state.fields.accessed) state.fields.accessed = parts
  else if (!state.fields.issued) state.fields.issued = parts
  // A second full date of a page on the web is when it was read; a second year (`…, *Sobranie*, 1916, No. 183`) is not.
  else if (!state.fields.accessed && parts.length === 3 && state.fields.url !== undefined) state.fields.accessed = parts
}

function monthOf(name: string): number {
  return months[name.toLowerCase().replace(/\.$/, '')] ?? 0
}

function locator(state: SegmentState, text: string, label?: 'folio' | 'chapter'): void {
  const clean = text.replace(/\s*([-–—])\s*/g, '-').replace(/\s+/g, ' ').trim()
  state.fields.pages.push({text: clean, range: /[-–—,]/.test(clean), ...(label ? {label} : {})})
}

/** Editors as printed after `ed. by`: `T. Marsh`, `H. Tekin and S. Aras`, `D. Yusupova, T. Hall`. */
function editors(text: string): Name[] {
  return text
    .split(/\s*(?:,\s*(?:and\s+)?|\s+and\s+|&)\s*/)
    .map((name) => /^((?:\p{Lu}\p{Ll}?\.\s?){1,3})\s?(.+)$/u.exec(name.trim()))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({family: match[2]!.trim(), given: match[1]!.trim()}))
}

const editorName = String.raw`(?:\p{Lu}\p{Ll}?\.\s?){1,3}\s?\p{Lu}[\p{L}’'-]+`

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
    name: 'accessed',
    pattern: /^(?:accessed|last accessed|retrieved|viewed|consulted)(?:\s+on)?\s*:?(?=\s)/i,
    apply() {}
  },
  {
    name: 'back-reference',
    pattern: /^(?:op\.\s?cit|loc\.\s?cit|указ\.\s?соч)\.?/iu,
    apply(_, state) {
      state.back = 'op-cit'
    }
  },
  {
    name: 'in',
    pattern: /^in\s*:\s*|^in\s+(?=\*)/i,
    apply(_, state) {
      state.inside = true
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
      if (!state.fields.title && state.count === 0 && !state.inside) Object.assign(state.fields, {title: text, titleForm: 'italic'})
      else if (!state.fields.container) state.fields.container = text
      else state.fields.plain.push(text)
    }
  },
  {
    name: 'editors',
    pattern: new RegExp(String.raw`^(?:ed(?:ited)?\.?\s+by|eds?\.)\s+(${editorName}(?:(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)${editorName})*)`, 'u'),
    apply(match, state) {
      state.fields.editors = editors(match[1]!)
    }
  },
  {
    name: 'editors',
    // A reference list’s `In: T. Sanders and K. Mirov (eds.), Islamic Institutions …`
    pattern: new RegExp(String.raw`^(${editorName}(?:(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)${editorName})*)\s*\((?:eds?|Hrsg|red)\.?\)`, 'u'),
    apply(match, state) {
      state.fields.editors = editors(match[1]!)
    }
  },
  {
    name: 'translator',
    pattern: new RegExp(String.raw`^(?:transl?\.|translated\s+by)\s+(${editorName})`, 'iu'),
    apply() {}
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
    name: 'place-publisher',
    // A reference list’s `London: Routledge`, `Washington, DC: World Bank` (the year came after the authors).
    pattern: /^(\p{Lu}[\p{L}-]+(?:(?:[ -]|,\s)\p{Lu}[\p{L}-]+)?)\s*:\s+([^,:.]+(?:\.\s?[^,:.\s][^,:.]*)*?)(?=,\s+pp?\.|\.?$)/u,
    apply(match, state) {
      Object.assign(state.fields, {place: match[1]!, publisher: match[2]!.trim()})
    }
  },
  {
    name: 'place-year',
    pattern: /^(\p{Lu}[\p{Ll}-]*\.?(?:[ -]\p{Lu}[\p{Ll}-]+)?),\s+(\d{4})(?=[,.;)]|$)/u,
    apply(match, state) {
      state.fields.place = match[1]!
      date(state, [Number(match[2])])
    }
  },
  {
    name: 'place',
    // A place before the locator, with no year printed (`…, Ankara, p. 4.`).
    pattern: /^(\p{Lu}[\p{Ll}-]+(?:[ -]\p{Lu}[\p{Ll}-]+)?)(?=,\s+(?:pp?|С|с)\.\s*\d)/u,
    apply(match, state) {
      state.fields.place = match[1]!
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
    name: 'volume-issue',
    // `73 (2)`, `27 (3-4)`: a reference list’s volume and issue.
    pattern: /^(\d{1,4})\s*\((\d[\w/–-]*)\)/u,
    apply(match, state) {
      Object.assign(state.fields, {volume: match[1]!, issue: match[2]!})
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
    pattern: /^(?:No\.|Issue|Iss\.|№)\s*(\d[\w/–-]*)/iu,
    apply(match, state) {
      state.fields.issue = match[1]!
    }
  },
  {
    name: 'pages',
    pattern: new RegExp(`^(?:pp?|С|с)\\.\\s*(${pageList})(?:\\s*ff\\.)?`, 'u'),
    apply(match, state) {
      locator(state, match[1]!)
    }
  },
  {
    name: 'pages',
    // Sheets of an archival file: `l. 18`, `ll. 21-22 ob.`, Russian `Л. 15`, `Лл. 3-5 об.`
    pattern: /^(?:ll?|Лл?|лл?)\.\s*(\d+(?:\s*[-–]\s*\d+)?(?:\s*(?:ob|об)\.)?)/u,
    apply(match, state) {
      locator(state, match[1]!, 'folio')
    }
  },
  {
    name: 'pages',
    pattern: /^(?:chapter|ch\.|chap\.|гл\.)\s*(\d+|[IVXLC]+)\b/iu,
    apply(match, state) {
      locator(state, match[1]!, 'chapter')
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
 * What a segment no pattern matched runs to: the next top-level comma, a
 * quote, a URL or an "available at" (italic spans inside it are kept whole).
 */
export const plainSegment =
  /^((?:\*[^*]*\*|[^*])+?)(?=,\s|,$|\s+[“«]|\s*\[\s*https?:|\s+https?:\/\/|\s+available\s+(?:at|from)\b|\.?$)/i
