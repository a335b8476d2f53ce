/**
 * Statement shapes: a question is verified as the assertion it asks about,
 * and a statement that makes several assertions is cut into parts — its
 * sentences, then clauses joined by `;` or by a conjunction that starts a
 * new clause (“…, and Peres visited Tashkent”, “… while Uzbekistan…”).
 */
import {segment} from '../language/segment.js'
import type {Word} from '../language/index.js'

/** Openers that ask whether the rest is true: the rest is the assertion. */
const ASKING = /^\s*(?:is\s+it\s+(?:true|the\s+case|correct|so)\s+that|was\s+it\s+(?:true|the\s+case)\s+that|true\s+or\s+false\s*[:,-]|did\s+the\s+(?:paper|article|author|authors)\s+(?:say|state|claim|write)\s+that|does\s+the\s+(?:paper|article)\s+(?:say|state|claim)\s+that)\s*/i
/** A negated auxiliary opening a question asks, it does not deny: “Didn't Israel open…?” asks whether it did. */
const NEGATED_QUESTION = /^\s*(did|does|do|was|were|is|are|has|have|had|could|would|can|will)n['’]t\b/i

/**
 * Frames that report who says it: the rest is the assertion (“According to
 * the authors, …”, “The article argues that …”).
 */
const REPORTING = /^\s*(?:(?:according\s+to|in\s+the\s+view\s+of)\s+the\s+(?:authors?|paper|article|study)\s*,?|in\s+the\s+authors['’]\s+view\s*,?|the\s+(?:authors?|paper|article|study)\s+(?:argues?|concludes?|claims?|says?|states?|writes?|notes?|believes?|suggests?|shows?|finds?|maintains?|holds?)\s+that)\s*/i

/** The assertion a statement makes: a question's content, without a reporting frame, trimmed. */
export function assertion(text: string): string {
  let result = text.trim().replace(REPORTING, '')
  if (/\?\s*$/.test(result)) {
    result = result.replace(/\?\s*$/, '').replace(ASKING, '').replace(NEGATED_QUESTION, '$1')
  } else {
    result = result.replace(ASKING, '')
  }
  return result.trim()
}

/** Conjunctions that may open a second clause. */
const JOINS = /^(?:and|while|whereas|but|although|though|yet)$/i
/** Verbs and auxiliaries: a clause has one. */
const VERBAL = new Set(['VERB', 'AUX'])
/** Content words a part needs to be an assertion of its own. */
const MIN_CONTENT = 3

/** A part of a statement: its text and where it starts in the statement. */
export interface StatementPart {
  text: string
  start: number
}

/**
 * Cut a statement into the assertions it makes. A statement of one clause
 * is one part.
 *
 * @param text The statement (after {@link assertion}).
 * @param words Its analysed words.
 */
export function parts(text: string, words: readonly Word[]): StatementPart[] {
  const cuts = new Set<number>()
  for (const span of segment(text)) if (span.start > 0) cuts.add(span.start)
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    if (word.text === ';') cuts.add(word.end)
    else if (JOINS.test(word.text) && (words[i - 1]?.text === ',' || word.text.toLowerCase() !== 'and')) {
      // “…, and Peres visited…”: a conjunction starts a clause when a verb follows before the next cut.
      const rest = words.slice(i + 1)
      const end = rest.findIndex((w) => w.text === ',' || w.text === ';' || w.text === '.')
      const clause = end === -1 ? rest : rest.slice(0, end)
      if (clause.some((w) => VERBAL.has(w.pos)) && clause.some((w) => w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'PRON')) cuts.add(word.start)
    }
  }
  const points = [0, ...[...cuts].sort((a, b) => a - b), text.length]
  const found: StatementPart[] = []
  for (let i = 1; i < points.length; i++) {
    const raw = text.slice(points[i - 1], points[i])
    const trimmed = raw.replace(/^[\s,;]+|[\s,;.]+$/g, '')
    if (trimmed === '') continue
    found.push({text: trimmed, start: points[i - 1]! + raw.indexOf(trimmed)})
  }
  // A part too small to assert anything goes back to the one before.
  const merged: StatementPart[] = []
  for (const part of found) {
    const content = words.filter((w) => w.start >= part.start && w.end <= part.start + part.text.length && /[\p{L}\p{N}]/u.test(w.text) && ['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM'].includes(w.pos)).length
    const last = merged.at(-1)
    if (last && content < MIN_CONTENT) last.text = text.slice(last.start, part.start + part.text.length)
    else merged.push({...part})
  }
  if (merged.length > 1) {
    const first = merged[0]!
    const count = words.filter((w) => w.end <= first.start + first.text.length && ['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM'].includes(w.pos)).length
    if (count < MIN_CONTENT) {
      merged[1]!.text = text.slice(first.start, merged[1]!.start + merged[1]!.text.length)
      merged[1]!.start = first.start
      merged.shift()
    }
  }
  return merged.length === 0 ? [{text, start: 0}] : merged
}
