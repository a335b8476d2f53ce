/**
 * remark plugin: wrap every claim of a document in a `claim` node (a
 * `<span id="c042" class="claim">` in HTML), so that each claim is
 * addressable and can be highlighted.
 *
 * The corpus already knows where each claim starts (`claim.position`). A
 * paragraph's claims are those that start inside it; text nodes are split at
 * claim starts and the paragraph's inline nodes are partitioned between its
 * claims, cloning an inline parent (emphasis, link) that a claim boundary
 * cuts through. The marker that closes a claim stays inside it.
 *
 * @packageDocumentation
 */

import type {Data, Paragraph, Parent, PhrasingContent, Root, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {Claim} from '../types.js'
import {claimAnchor} from './data.js'

/** A claim of the paper, wrapping the inline content it spans. */
export interface ClaimNode extends Parent {
  type: 'claim'
  children: PhrasingContent[]
  data: ClaimData
}

/** Data of a {@link ClaimNode}: its element and properties. */
export interface ClaimData extends Data {
  hName: 'span'
  hProperties: {id: string; className: string[]}
}

declare module 'mdast' {
  interface PhrasingContentMap {
    claim: ClaimNode
  }
  interface RootContentMap {
    claim: ClaimNode
  }
}

/** Options of {@link remarkClaims}. */
export interface Options {
  /** The document's claims, in reading order. */
  claims: readonly Claim[]
}

type Node = PhrasingContent

/**
 * Wrap claims; claims whose start is in no paragraph are counted in
 * `file.data.unplacedClaims`.
 *
 * @param options
 *   The claims of the document the file holds.
 * @returns
 *   Transform.
 */
export default function remarkClaims(options: Readonly<Options>) {
  return function (tree: Root, file: VFile): undefined {
    const place = location(file)
    const starts = options.claims.map((claim) => ({claim, offset: place.toOffset(claim.position) ?? -1}))
    let placed = 0
    const visit = (node: Root | RootContent): void => {
      if (node.type === 'paragraph') {
        const from = node.position?.start.offset ?? -1
        const to = node.position?.end.offset ?? -1
        const own = starts.filter((s) => s.offset >= from && s.offset < to)
        if (own.length > 0) {
          wrap(node, own, String(file.value))
          placed += own.length
        }
        return
      }
      if ('children' in node && node.type !== 'footnoteDefinition') for (const child of node.children) visit(child)
    }
    visit(tree)
    file.data.unplacedClaims = options.claims.length - placed
  }
}

declare module 'vfile' {
  interface DataMap {
    /** Claims the page could not place in a paragraph (0 when the model matches `paper.md`). */
    unplacedClaims: number
  }
}

/** Partition `paragraph`'s inline content between the claims that start in it. */
function wrap(paragraph: Paragraph, claims: ReadonlyArray<{claim: Claim; offset: number}>, source: string): void {
  const cuts = claims.map((c) => c.offset)
  const labelOf = (offset: number): number => {
    let label = -1
    for (let i = 0; i < cuts.length; i++) if (cuts[i]! <= offset) label = i
    return label
  }
  const pieces = paragraph.children.flatMap((child) => spread(child, source, cuts, labelOf))
  const children: PhrasingContent[] = []
  let current: ClaimNode | undefined
  let currentLabel = -1
  for (const {label, node} of pieces) {
    if (label === -1) {
      children.push(node)
      current = undefined
      currentLabel = -1
      continue
    }
    if (!current || currentLabel !== label) {
      const {claim} = claims[label]!
      current = {
        type: 'claim',
        children: [],
        data: {hName: 'span', hProperties: {id: claimAnchor(claim.id), className: ['claim', claim.footnotes.length > 0 ? 'cited' : 'uncited']}}
      }
      currentLabel = label
      children.push(current)
    }
    current.children.push(node)
  }
  paragraph.children = children
}

/** The pieces of `node` by claim: leaves labelled by where they start, parents cloned per run of one label. */
function spread(node: Node, source: string, cuts: readonly number[], labelOf: (offset: number) => number): Array<{label: number; node: Node}> {
  const start = node.position?.start.offset
  if (node.type === 'text' && start !== undefined) return splitText(node, source, cuts).map((piece) => ({label: labelOf(piece.offset), node: piece.node}))
  if (!('children' in node) || node.children.length === 0) return [{label: start === undefined ? -1 : labelOf(start), node}]
  const inner = (node.children as Node[]).flatMap((child) => spread(child, source, cuts, labelOf))
  const runs: Array<{label: number; node: Node}> = []
  for (const piece of inner) {
    const last = runs.at(-1)
    if (last && last.label === piece.label) (last.node as Parent).children.push(piece.node as never)
    else runs.push({label: piece.label, node: {...node, children: [piece.node]} as Node})
  }
  return runs
}

/** Split a text node at the claim starts inside it; each piece with the source offset of its first character. */
function splitText(node: Extract<Node, {type: 'text'}>, source: string, cuts: readonly number[]): Array<{offset: number; node: Node}> {
  const offsets = align(node.value, source, node.position!.start.offset!)
  const pieces: Array<{offset: number; node: Node}> = []
  let from = 0
  for (let i = 1; i <= node.value.length; i++) {
    const boundary = i === node.value.length || cuts.some((cut) => offsets[i - 1]! < cut && offsets[i]! >= cut)
    if (!boundary) continue
    pieces.push({offset: offsets[from]!, node: {type: 'text', value: node.value.slice(from, i)}})
    from = i
  }
  return pieces.length > 0 ? pieces : [{offset: node.position!.start.offset!, node}]
}

/**
 * The source offset of each character of a text node's value, matching
 * characters forward (escapes and character references take more source
 * than value), as `flatten` in the corpus stage does.
 */
function align(value: string, source: string, start: number): number[] {
  const offsets: number[] = []
  let at = start
  for (let i = 0; i < value.length; i++) {
    const found = source.indexOf(value[i]!, at)
    const offset = found !== -1 && found - at < 8 ? found : at
    offsets.push(offset)
    at = offset + 1
  }
  return offsets
}
