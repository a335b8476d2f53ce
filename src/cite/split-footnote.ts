import {looksLikeReference, prefixes} from './patterns.js'

/** A stretch of a footnote that reads as a reference, with its offset in the footnote. */
export interface Unit {
  text: string
  start: number
}

/** Opening → closing quote marks; text inside them is never split. */
const quotes: Readonly<Record<string, string>> = {'“': '”', '«': '»', '„': '“'}

/** A lead-in inside a comment after which a reference follows ("…, see: V.I. Mesamed, op. cit.", "… from Whitman, 1956"). */
const innerLeadIn = /(?:^|[\s(;.,])(see(?: also)?\s*:|see\s+(?=\p{Lu})|cf\.|from\s+(?=\p{Lu}))\s*/giu

/**
 * How a reference ends, so that a break after it (a sentence, `and`) starts
 * another: a locator, a year, a back-reference.
 */
const referenceEnd = /(?:\b(?:pp?|ll?|[СсЛл])\.\s*[\dIVXLC]+(?:\s*[-–]\s*[\dIVXLC]+)?(?:,\s*\d+(?:\s*[-–]\s*\d+)?)*(?:\s*(?:ob|об)\.)?|\bchapter\s+\w+|\b\d{4}[a-z]?|\b(?:op|loc)\.\s?cit\.?|\bibid(?:em)?\.?|\bid(?:em)?\.?|указ\.\s?соч\.?|там\s+же\.?|\]|\))\s*,?$/iu

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
        const lead = inner.length - inner.trimStart().length
        for (const part of splitReferences(inner.trim())) units.push({text: part.text, start: group.start + 1 + lead + part.start})
        continue
      }
    }
    outer += text.slice(group.start, group.end)
    outerMap = outerMap.concat(range(group.start, group.end))
  }

  for (const sentence of sentences(outer)) {
    const trimmed = sentence.text.trim()
    const lead = sentence.start + sentence.text.length - sentence.text.trimStart().length
    // A reference, or several whose first one only reads as a reference on its own (`GARF, f. 1788, …; Федорова …`).
    if (isReference(trimmed) || isReference(trimmed.split(';')[0] ?? '')) {
      for (const part of splitReferences(trimmed)) units.push({text: part.text, start: outerMap[lead + part.start] ?? 0})
      continue
    }
    // A comment: the reference after its last lead-in (“… see: …”, “… from Whitman, 1956”).
    let found: Unit | undefined
    for (const match of trimmed.matchAll(innerLeadIn)) {
      // With the lead-in when it is a prefix (`see:`), after it when not (`from`).
      for (const start of [match.index + match[0].length - match[0].trimStart().length, match.index + match[0].length]) {
        const candidate = trimmed.slice(start)
        if (isReference(candidate)) {
          found = {text: candidate, start: outerMap[lead + start] ?? 0}
          break
        }
      }
    }
    if (found) units.push(found)
  }
  return units.sort((a, b) => a.start - b.start)
}

/** Sentences of a footnote: a full stop ends one only after a reference’s end, before a capitalised word. */
function sentences(text: string): Unit[] {
  const found: Unit[] = []
  let start = 0
  for (const match of text.matchAll(/\.\s+(?=\p{Lu}\p{Ll})/gu)) {
    const before = text.slice(start, match.index)
    if (!referenceEnd.test(before) || insideQuote(text, match.index)) continue
    found.push({text: text.slice(start, match.index + 1), start})
    start = match.index + match[0].length
  }
  if (start < text.length) found.push({text: text.slice(start), start})
  return found
}

/** Whether an offset sits inside quotation marks. */
function insideQuote(text: string, at: number): boolean {
  const opens = (text.slice(0, at).match(/[“«]/g) ?? []).length
  const closes = (text.slice(0, at).match(/[”»]/g) ?? []).length
  return opens > closes
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
  return rest.length > 0 && looksLikeReference(rest)
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

/**
 * Split a reference text into references: at top-level `;` when each side is
 * one, and at `and` / `, and` after a reference’s end when the other side is one
 * (`Thurman, 1999, pp. 3-7 and Bichsel, 2009, pp. 14-18`, not `Şahin and Güler, 2011`).
 */
function splitReferences(text: string): Unit[] {
  const parts: Unit[] = []
  let close: string | undefined
  let italic = false
  let depth = 0
  let start = 0
  const push = (end: number, next: number) => {
    const piece = text.slice(start, end)
    const lead = piece.length - piece.trimStart().length
    const previous = parts.at(-1)
    if (previous && !isReference(piece)) previous.text = text.slice(previous.start, end).trim()
    else if (piece.trim()) parts.push({text: piece.trim(), start: start + lead})
    start = next
  }
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
    else if (char === undefined || (char === ';' && !italic && depth === 0)) push(i, i + 1)
    else if (!italic && depth === 0 && /\s/.test(char)) {
      const and = /^\s+and\s+/.exec(text.slice(i))
      if (and && referenceEnd.test(text.slice(start, i)) && isReference(text.slice(i + and[0].length))) push(i, i + and[0].length)
    }
  }
  return parts
}
