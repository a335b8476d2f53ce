import {prefixes, referenceHeads} from './patterns.js'

/** A stretch of a footnote that reads as a reference, with its offset in the footnote. */
export interface Unit {
  text: string
  start: number
}

/** Opening → closing quote marks; text inside them is never split. */
const quotes: Readonly<Record<string, string>> = {'“': '”', '«': '»', '„': '“'}

/** A lead-in inside a comment after which a reference follows ("…, see: V.I. Mesamed, op. cit."). */
const innerLeadIn = /(?:^|[\s(;.,])(see(?: also)?\s*:|cf\.)\s*/gi

/**
 * Split one footnote into the units that read as references: the whole
 * footnote, its top-level parentheses (“comment (see: Ibid., p. 48)”), parts
 * separated by `;`, or what follows a `see:` inside a comment. A footnote
 * with no unit is a comment.
 *
 * @param text
 *   Canonical footnote text (see `inlineText`).
 * @returns
 *   Reference units in order of appearance (empty for a comment).
 * @example
 *   splitFootnote('Israel had two Muslim partners (see: Ibid., p. 48).')
 *   // => [{text: 'see: Ibid., p. 48', start: 31}]
 */
export function splitFootnote(text: string): Unit[] {
  const units: Unit[] = []
  let outer = ''
  let outerMap: number[] = []
  for (const group of topLevel(text)) {
    if (group.paren) {
      const inner = text.slice(group.start + 1, group.end - 1)
      if (isReference(inner)) {
        units.push({text: inner.trim(), start: group.start + 1 + (inner.length - inner.trimStart().length)})
        continue
      }
    }
    outer += text.slice(group.start, group.end)
    outerMap = outerMap.concat(range(group.start, group.end))
  }

  const trimmed = outer.trim()
  const lead = outer.length - outer.trimStart().length
  if (isReference(trimmed)) {
    for (const part of splitSemicolons(trimmed)) units.push({text: part.text, start: outerMap[lead + part.start] ?? 0})
  } else {
    let found: Unit | undefined
    for (const match of trimmed.matchAll(innerLeadIn)) {
      const start = match.index + match[0].length - match[0].trimStart().length
      const candidate = trimmed.slice(start)
      if (isReference(candidate)) found = {text: candidate, start: outerMap[lead + start] ?? 0}
    }
    if (found) units.push(found)
  }
  return units.sort((a, b) => a.start - b.start)
}

/** Whether a text starts like a reference (after an optional lead-in). */
export function isReference(text: string): boolean {
  let rest = text.trim()
  for (const pattern of prefixes) {
    const match = pattern.exec(rest)
    if (match) {
      rest = rest.slice(match[0].length).trimStart()
      break
    }
  }
  return rest.length > 0 && referenceHeads.some((head) => head.test(rest))
}

function range(start: number, end: number): number[] {
  return Array.from({length: end - start}, (_, i) => start + i)
}

/** Top-level stretches of `text`: parenthesised groups and the text between them, skipping quotes and emphasis. */
function topLevel(text: string): {start: number; end: number; paren: boolean}[] {
  const groups: {start: number; end: number; paren: boolean}[] = []
  let close: string | undefined
  let italic = false
  let depth = 0
  let start = 0
  let open = 0
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (close) {
      if (char === close) close = undefined
    } else if (char === '*') {
      italic = !italic
    } else if (italic) {
      continue
    } else if (quotes[char]) {
      close = quotes[char]
    } else if (char === '(') {
      if (depth === 0) {
        if (i > start) groups.push({start, end: i, paren: false})
        open = i
      }
      depth++
    } else if (char === ')' && depth > 0) {
      depth--
      if (depth === 0) {
        groups.push({start: open, end: i + 1, paren: true})
        start = i + 1
      }
    }
  }
  if (depth > 0) start = Math.min(start, open)
  if (start < text.length) groups.push({start, end: text.length, paren: false})
  return groups
}

/** Split a reference text at top-level `;` when each side is itself a reference. */
function splitSemicolons(text: string): Unit[] {
  const parts: Unit[] = []
  let close: string | undefined
  let italic = false
  let depth = 0
  let start = 0
  for (let i = 0; i <= text.length; i++) {
    const char = text[i]
    if (char !== undefined && close) {
      if (char === close) close = undefined
      continue
    }
    if (char === '*') italic = !italic
    else if (char !== undefined && quotes[char]) close = quotes[char]
    else if (char === '(') depth++
    else if (char === ')') depth--
    else if ((char === ';' && !italic && depth === 0) || char === undefined) {
      const piece = text.slice(start, i)
      const lead = piece.length - piece.trimStart().length
      const previous = parts.at(-1)
      if (previous && !isReference(piece)) previous.text = text.slice(previous.start, i).trim()
      else if (piece.trim()) parts.push({text: piece.trim(), start: start + lead})
      start = i + 1
    }
  }
  return parts
}
