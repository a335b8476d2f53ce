import type {Fields, ParsedReference} from './_types.js'
import {readArchival} from './archives.js'
import {readAuthors} from './authors.js'
import {isChunked, periodChunks} from './chunks.js'
import {fold} from './ids.js'
import {backReferences, prefixes} from './patterns.js'
import {plainSegment, segments, type SegmentState} from './segments.js'
import {YEAR} from '../facts/years.js'

/** The issued year after bare names (`Morrison, 2008b,`): the one year rule, with the letter that tells one author's works of a year apart. */
const issuedAfterNames = new RegExp(String.raw`^(${YEAR})([a-z])?(?=[,.;)\s]|$)`)

/** Lower-case words that open a comment after a reference (`…, pp. 91-95, whose distinction …`). */
const commentStart = /^(?:who|whose|which|where|when|that|as|but|and|although|though|see|because|for|on|in|to|with|a|an|the|this|these)\b/

/**
 * Parse one reference (a footnote, or one unit of it) into authors and fields
 * by running the pattern tables over it, left to right: lead-in, back-reference,
 * archival file, authors (with an author-date year), then the segments — cut at
 * commas, or at full stops for the Russian bibliographic order.
 *
 * @param text
 *   Canonical reference text (emphasis as `*…*`, see `inlineText`).
 * @returns
 *   The parsed reference; `problems` lists what could not be read.
 * @example
 *   parseReference('See: V.I. Mesamed, *Israel v Tsentralnoy Azii: grezy i realnost*, Moscow, 2012, p. 49.')
 *   // => {prefix: 'See:', head: 'work', authors: [{family: 'Mesamed', given: 'V.I.'}],
 *   //     fields: {title: 'Israel v Tsentralnoy Azii: grezy i realnost', titleForm: 'italic',
 *   //              place: 'Moscow', issued: [2012], pages: [{text: '49', range: false}], plain: []}, …}
 *   parseReference('Van den Berg, 1998, p. 17.').key // => {names: ['van den berg'], more: false, year: '1998'}
 */
export function parseReference(text: string): ParsedReference {
  let rest = text.trim()
  const result: ParsedReference = {head: 'work', authors: [], fields: {plain: [], pages: []}, text: rest, problems: []}

  for (const pattern of prefixes) {
    const match = pattern.exec(rest)
    if (match) {
      result.prefix = match[0].trim()
      rest = rest.slice(match[0].length).trimStart()
      break
    }
  }

  rest = readBackReference(rest, result)
  if (result.head === 'work') {
    const before = readArchival(rest, result.fields, result.problems)
    if (before !== undefined) {
      rest = before
    } else {
      const names = readAuthors(rest)
      result.authors = names.authors
      rest = names.rest
      const year = names.bare ? issuedAfterNames.exec(rest) : null
      if (year) {
        result.key = {names: names.authors.map((name) => fold(name.family ?? name.literal ?? '').replace(/\s+/g, ' ').trim()), more: names.more, year: year[1]! + (year[2] ?? '')}
        result.fields.issued = [Number(year[1])]
        rest = rest.slice(year[0].length)
      }
      rest = readBackReference(rest.replace(/^[\s,]+/, ''), result)
    }
  }

  const state: SegmentState = {fields: result.fields, last: undefined, count: 0, problems: result.problems}
  rest = rest.replace(/^[\s,;.]+/, '')
  if (result.head === 'work' && result.key === undefined && isChunked(rest)) readChunks(rest, state)
  else readSegments(rest, state, result.head !== 'work' || result.key !== undefined)

  if (state.back && result.head === 'work') result.head = state.back
  assignPlain(result.fields, state.leading ?? [])
  return result
}

/** Read the parts of a reference after its authors, cut at commas. */
export function readSegments(text: string, state: SegmentState, short = false): void {
  let rest = text
  while (rest.length > 0 && !state.done) {
    rest = step(rest, state, short)
    rest = rest.replace(/^[\s,;.:]+/, '')
  }
}

/** Read a reference in the full-stop order: the chunks before the first one a segment reads are the title. */
export function readChunks(text: string, state: SegmentState): void {
  const chunks = periodChunks(text)
  const title: string[] = []
  let index = 0
  for (; index < chunks.length; index++) {
    const chunk = chunks[index]!
    if (/^(?:\/\/|[“"«*])/.test(chunk) || (title.length > 0 && segments.some((segment) => segment.name !== 'quoted' && segment.pattern.test(chunk)))) break
    title.push(chunk)
  }
  if (title.length > 0) Object.assign(state.fields, {title: title.join('. '), titleForm: 'plain'})
  for (const chunk of chunks.slice(index)) {
    const journal = /^\/\/\s*(.+)$/.exec(chunk)
    if (journal) state.fields.container = journal[1]!.trim()
    else readSegments(chunk, state)
  }
}

function readBackReference(rest: string, result: ParsedReference): string {
  for (const {pattern, head} of backReferences) {
    const match = pattern.exec(rest)
    if (match) {
      result.head = head
      return rest.slice(match[0].length)
    }
  }
  return rest
}

/** Segments an italic span cannot start with: a place and year, numbers, pages, dates, a URL (the extraction took roman text for italics). */
const structural = new Set(['place-publisher-year', 'place-year', 'year', 'volume', 'issue', 'pages', 'date', 'url', 'doi'])

function step(rest: string, state: SegmentState, short: boolean): string {
  const italic = /^\*([^*]+)\*/.exec(rest)
  if (italic && segments.some((segment) => structural.has(segment.name) && segment.pattern.test(italic[1]!))) rest = italic[1]! + rest.slice(italic[0].length)
  for (const segment of segments) {
    const match = segment.pattern.exec(rest)
    if (match && match[0].length > 0) {
      segment.apply(match, state)
      state.last = segment.name
      state.count++
      return rest.slice(match[0].length)
    }
  }
  // After a locator (or in a short form), lower-case words open a comment: the reference ended.
  if ((state.fields.pages.length > 0 || short) && commentStart.test(rest)) {
    state.done = true
    return ''
  }
  const match = plainSegment.exec(rest)
  const value = match?.[1] ?? rest
  const clean = value.replace(/\*/g, '').trim()
  if (/^\*[^*]+\*$/.test(value.trim())) segments.find((d) => d.name === 'italic')!.apply(/^\*([^*]+)\*/.exec(value.trim())!, state)
  else if (clean && state.inside && !state.fields.container) state.fields.container = clean
  else if (clean && state.count === (state.leading?.length ?? 0)) (state.leading ??= []).push(clean)
  else if (clean) state.fields.plain.push(clean)
  state.last = 'plain'
  state.count++
  return rest.slice(Math.max(value.length, 1))
}

/**
 * Plain segments: those before any other are the title when nothing quoted
 * or italic was (`B. Balci, Islam in Central Asia …, London, 2018`,
 * `A. Bayram, Ankara and the Steppe: …, 1991-2011, Ankara, 2013`) and a place,
 * a year, pages or an ellipsis show it; else they name the container of a
 * quoted title, else the publisher.
 */
function assignPlain(fields: Fields, leading: readonly string[]): void {
  let plain = fields.plain.filter((d) => d.length > 0)
  fields.plain = []
  if (!fields.title && leading.length > 0 && (fields.place !== undefined || fields.issued !== undefined || fields.pages.length > 0 || /(?:…|\.\.\.)$/.test(leading[0]!))) {
    Object.assign(fields, {title: leading.join(', '), titleForm: 'plain'})
  } else plain = [...leading, ...plain]
  if (plain.length === 0) return
  if (!fields.title && /(?:…|\.\.\.)$/.test(plain[0]!)) Object.assign(fields, {title: plain.shift()!, titleForm: 'plain'})
  if (plain.length > 0 && !fields.container && fields.titleForm === 'quoted') fields.container = plain.shift()!
  if (plain.length > 0 && !fields.publisher) fields.publisher = plain.join(', ')
}
