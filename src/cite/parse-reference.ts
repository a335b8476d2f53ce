import type {Fields, Name, ParsedReference} from './_types.js'
import {author, authorSeparator, corporateAuthor, backReferences, plainSegment, prefixes, segments, type SegmentState} from './patterns.js'

/**
 * Parse one reference (a footnote, or one unit of it) into authors and fields
 * by running the pattern tables of `patterns.ts` over it, left to right.
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
    rest = readAuthors(rest, result.authors)
    rest = readBackReference(rest.replace(/^[\s,]+/, ''), result)
  }

  const state: SegmentState = {fields: result.fields, last: undefined, count: 0, problems: result.problems}
  rest = rest.replace(/^[\s,;.]+/, '')
  while (rest.length > 0) {
    rest = step(rest, state)
    rest = rest.replace(/^[\s,;.:]+/, '')
  }

  if (state.back && result.head === 'work') result.head = state.back
  assignPlain(result.fields)
  return result
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

function readAuthors(rest: string, authors: Name[]): string {
  const corporate = author.test(rest) ? null : corporateAuthor.exec(rest)
  if (corporate) {
    authors.push({literal: corporate[1]!.trim()})
    return rest.slice(corporate[0].length)
  }
  let current = rest
  for (;;) {
    const match = author.exec(current)
    if (!match) return current
    authors.push({family: match[2]!, given: match[1]!.trim()})
    current = current.slice(match[0].length)
    const separator = authorSeparator.exec(current)
    if (!separator || !author.test(current.slice(separator[0].length))) return current
    current = current.slice(separator[0].length)
  }
}

function step(rest: string, state: SegmentState): string {
  for (const segment of segments) {
    const match = segment.pattern.exec(rest)
    if (match && match[0].length > 0) {
      segment.apply(match, state)
      state.last = segment.name
      state.count++
      return rest.slice(match[0].length)
    }
  }
  const match = plainSegment.exec(rest)
  const value = match?.[1] ?? rest
  const clean = value.replace(/\*/g, '').trim()
  if (/^\*[^*]+\*$/.test(value.trim())) segments.find((d) => d.name === 'italic')!.apply(/^\*([^*]+)\*/.exec(value.trim())!, state)
  else if (clean) state.fields.plain.push(clean)
  state.last = 'plain'
  state.count++
  return rest.slice(Math.max(value.length, 1))
}

/** Plain segments name the container of a quoted title when no italic one did, else the publisher. */
function assignPlain(fields: Fields): void {
  const plain = fields.plain.filter((d) => d.length > 0)
  if (plain.length === 0) return
  if (!fields.container && fields.titleForm === 'quoted') {
    fields.container = plain.shift()!
  }
  if (plain.length > 0 && !fields.publisher) fields.publisher = plain.join(', ')
  fields.plain = []
}
