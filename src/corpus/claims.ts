/**
 * Claims: each paragraph is split into sentences, and each sentence at its
 * footnote markers. A marker closes the text before it (from the start of the
 * sentence or the previous marker); text after the last marker, and a
 * sentence without markers, are uncited claims.
 *
 * @packageDocumentation
 */

import type {Nodes, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {Claim} from '../types.js'
import {annotate} from '../facts/annotate.js'
import {flatten, type Flat, type Marker} from './flatten.js'
import {segment} from '../language/segment.js'

/** Leading punctuation left over after a marker ("1992[^10]; Israeli embassy…"). */
const leading = /^[\s,;:.)\]}]+/u
const figureCall = /\bFigs?\.\s*(\d+)((?:\s*(?:,|and|&|–|-)\s*\d+)*)/gu

/**
 * Extract the claims of one document, in reading order, with stable ids
 * (`<document>#c001`…). Paragraphs inside figures and footnote definitions
 * are not claims; the section is the nearest heading before the paragraph.
 *
 * @param tree
 *   The mdast tree of the document's `paper.md`.
 * @param file
 *   The file (its value maps claims back to line and column).
 * @param document
 *   Document id.
 * @returns
 *   The claims, `citations: []` (the loader fills them in).
 * @example
 *   ```ts
 *   const file = new VFile('## Intro\n\nIt was signed in 2016[^1]) and is in force.\n\n[^1]: See.\n')
 *   extractClaims(processor.parse(file), file, 'doc').map((c) => [c.id, c.text, c.footnotes])
 *   // => [['doc#c001', 'It was signed in 2016', [1]], ['doc#c002', 'and is in force.', []]]
 *   ```
 */
export function extractClaims(tree: Root, file: VFile, document: string): Claim[] {
  const claims: Claim[] = []
  const source = String(file.value)
  const place = location(file)
  let section = ''
  // Words the document writes in lower case somewhere: capitalised at a sentence start, they are no names.
  // Note: not in URLs, which spell names in lower case (`watergen.com`).
  const prose = source.replace(/<[a-z]+:[^>\s]*>|\b(?:https?:\/\/|www\.)\S+/giu, ' ')
  const vocabulary = new Set(prose.match(/(?<![\p{L}\p{N}./@])\p{Ll}[\p{Ll}’'-]*/gu) ?? [])
  const visit = (node: Nodes): void => {
    if (node.type === 'heading') section = toString(node).trim()
    else if (node.type === 'paragraph') {
      for (const claim of claimsOf(flatten(node, source))) {
        const point = place.toPoint(claim.offset)
        claims.push({
          id: `${document}#c${String(claims.length + 1).padStart(3, '0')}`,
          document,
          text: claim.text,
          sentence: claim.sentence,
          section,
          footnotes: claim.footnotes,
          citations: [],
          figures: figuresIn(claim.text),
          annotations: annotate(claim.text, vocabulary),
          position: {line: point?.line ?? 1, column: point?.column ?? 1}
        })
      }
    } else if ('children' in node && node.type !== 'footnoteDefinition' && node.type !== 'containerDirective') {
      for (const child of node.children) visit(child)
    }
  }
  visit(tree)
  return claims
}

/** A claim before it gets its id: clean text, sentence, footnotes and source offset of its first character. */
export interface RawClaim {
  text: string
  sentence: string
  footnotes: number[]
  offset: number
}

/**
 * Split one flattened paragraph into claims.
 *
 * @param flat
 *   The paragraph (see `flatten`).
 * @returns
 *   Its claims, in order.
 * @example
 *   ```ts
 *   claimsOf({text: 'It was the Jewish state and threatened them.', offsets, markers: [{offset: 23, n: 3, source: 40}]})
 *   // => [{text: 'It was the Jewish state', footnotes: [3], …}, {text: 'and threatened them.', footnotes: [], …}]
 *   ```
 */
export function claimsOf(flat: Flat): RawClaim[] {
  const claims: RawClaim[] = []
  for (const span of segment(flat.text)) {
    const markers = flat.markers.filter((m) => (m.offset > span.start || (span.start === 0 && m.offset === 0)) && m.offset <= span.end)
    const sentence = clean(flat.text.slice(span.start, span.end))
    let from = span.start
    let own: RawClaim | undefined
    for (const group of groups(markers, flat.text)) {
      const piece = make(flat, from, group[0]!.offset, sentence)
      const numbers = group.map((m) => m.n).filter((n) => !Number.isNaN(n))
      const target = piece ?? own ?? claims.at(-1)
      if (target) target.footnotes.push(...numbers)
      if (piece) claims.push((own = piece))
      from = group.at(-1)!.offset
    }
    const rest = make(flat, from, span.end, sentence)
    if (rest) claims.push(rest)
  }
  return claims
}

/** Markers with nothing but whitespace between them close the same claim (`[^3][^4]`). */
function groups(markers: readonly Marker[], text: string): Marker[][] {
  const result: Marker[][] = []
  for (const marker of [...markers].sort((a, b) => a.offset - b.offset)) {
    const group = result.at(-1)
    const last = group?.at(-1)
    if (group && last && text.slice(last.offset, marker.offset).trim() === '') group.push(marker)
    else result.push([marker])
  }
  return result
}

/** The claim for `[from, to)` of the flat text, or `undefined` when it holds no word or number. */
function make(flat: Flat, from: number, to: number, sentence: string): RawClaim | undefined {
  const raw = flat.text.slice(from, to)
  const skip = leading.exec(raw)?.[0].length ?? 0
  const text = clean(raw.slice(skip))
  if (!/[\p{L}\p{N}]/u.test(text)) return undefined
  return {text, sentence, footnotes: [], offset: flat.offsets[from + skip] ?? flat.offsets[from] ?? 0}
}

/** Figure numbers a text points to: "see Fig. 2" → [2], "Figs. 3 and 4" → [3, 4]. */
export function figuresIn(text: string): number[] {
  const numbers: number[] = []
  for (const match of text.matchAll(figureCall)) {
    numbers.push(Number(match[1]), ...(match[2]?.match(/\d+/g) ?? []).map(Number))
  }
  return [...new Set(numbers)]
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
