/**
 * Footnotes of one document: definitions keyed by mdast `identifier`, with
 * checks for duplicate definitions, definitions no reference uses, and
 * literal `[^n]` calls that have no definition (remark leaves those as text).
 *
 * @packageDocumentation
 */

import type {FootnoteDefinition, Nodes, Root, Text} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {VFile} from 'vfile'
import type {Point} from '../types.js'

/** A footnote definition as the cite module reads it. */
export interface FootnoteEntry {
  n: number
  /** Plain text, whitespace collapsed. */
  text: string
  /** The definition's content as Markdown (emphasis kept). */
  markdown: string
  /** The definition's mdast children (handed to the cite module, which then need not parse again). */
  nodes?: FootnoteDefinition['children']
  position?: Point
}

/**
 * A literal `[^x]` call that remark did not parse because `x` has no definition.
 *
 * @example
 *   ```ts
 *   [...'in February 1992[^10]; Israeli'.matchAll(literalCall)].map((m) => m[1])
 *   // => ['10']
 *   ```
 */
export const literalCall = /\[\^([^\]\s]+)\]/g

const origin = {source: 'claimtrace'} as const

/**
 * Collect the footnote definitions of `tree` and report problems on `file`:
 * `duplicate-footnote-definition`, `unused-footnote-definition`,
 * `undefined-footnote` and `footnote-number`.
 *
 * @param tree
 *   The mdast tree of a `paper.md`.
 * @param file
 *   The file (its value is read for Markdown slices and positions).
 * @returns
 *   One entry per numbered definition (the first of duplicates), sorted by number.
 * @example
 *   ```ts
 *   const file = new VFile('A claim.[^1]\n\n[^1]: V.I. Mesamed, *Israel*, p. 49.\n')
 *   collectFootnotes(processor.parse(file), file)
 *   // => [{n: 1, text: 'V.I. Mesamed, Israel, p. 49.', markdown: 'V.I. Mesamed, *Israel*, p. 49.', position: {line: 3, column: 1}}]
 *   ```
 */
export function collectFootnotes(tree: Root, file: VFile): FootnoteEntry[] {
  const definitions = new Map<string, FootnoteDefinition>()
  const used = new Set<string>()
  // `[^1]` and `[^01]` are one footnote: numbers are compared as numbers.
  const key = (identifier: string) => (/^\d+$/.test(identifier) ? String(Number(identifier)) : identifier)
  walk(tree, (node) => {
    if (node.type === 'footnoteReference') used.add(key(node.identifier))
    else if (node.type === 'text') reportLiteralCalls(node, file)
    else if (node.type === 'footnoteDefinition') {
      const first = definitions.get(key(node.identifier))
      if (first) {
        file.message(`Unexpected duplicate definition of footnote \`[^${node.label ?? node.identifier}]\`, expected one (first defined at line ${first.position?.start.line ?? '?'})`, {...origin, place: node.position, ruleId: 'duplicate-footnote-definition'})
      } else definitions.set(key(node.identifier), node)
    }
  })
  const entries: FootnoteEntry[] = []
  for (const [identifier, node] of definitions) {
    if (!used.has(identifier)) {
      file.message(`Unexpected unused footnote definition \`[^${node.label ?? identifier}]\`, expected a \`[^${node.label ?? identifier}]\` call in the text`, {...origin, place: node.position, ruleId: 'unused-footnote-definition'})
    }
    if (!/^\d+$/.test(identifier)) {
      file.message(`Unexpected footnote label \`${node.label ?? identifier}\`, expected a number`, {...origin, place: node.position, ruleId: 'footnote-number'})
      continue
    }
    const entry: FootnoteEntry = {n: Number(identifier), text: toString(node).replace(/\s+/g, ' ').trim(), markdown: markdownOf(node, file), nodes: node.children}
    if (node.position) entry.position = {line: node.position.start.line, column: node.position.start.column}
    entries.push(entry)
  }
  return entries.sort((a, b) => a.n - b.n)
}

/** Report every literal `[^x]` in a text node: a call remark did not parse, so its definition is missing. */
function reportLiteralCalls(node: Text, file: VFile): void {
  const start = node.position?.start
  const source = String(file.value).slice(start?.offset ?? 0, node.position?.end.offset ?? 0)
  for (const match of node.value.matchAll(literalCall)) {
    const at = source.indexOf(match[0])
    const before = source.slice(0, Math.max(at, 0)).split('\n')
    const place = start && at !== -1 ? {line: start.line + before.length - 1, column: before.length > 1 ? before.at(-1)!.length + 1 : start.column + at} : start
    file.message(`Unexpected footnote call \`${match[0]}\` without definition, expected a \`${match[0]}: …\` definition`, {...origin, place, ruleId: 'undefined-footnote'})
  }
}

/** The definition's content as written: the source from its first child to its last. */
function markdownOf(node: FootnoteDefinition, file: VFile): string {
  const from = node.children[0]?.position?.start.offset
  const to = node.children.at(-1)?.position?.end.offset
  if (from === undefined || to === undefined) return toString(node)
  return String(file.value).slice(from, to).replace(/\s*\n\s*/g, ' ').trim()
}

/**
 * Depth-first walk over every node of `tree`, parents before children.
 *
 * @param tree
 *   Any mdast node.
 * @param visit
 *   Called with each node.
 * @example
 *   ```ts
 *   let calls = 0
 *   walk(processor.parse('A[^1].\n\n[^1]: B.'), (node) => {
 *     if (node.type === 'footnoteReference') calls++
 *   })
 *   calls
 *   // => 1
 *   ```
 */
export function walk(tree: Nodes, visit: (node: Nodes) => void): void {
  visit(tree)
  if ('children' in tree) for (const child of tree.children) walk(child, visit)
}
