/**
 * Flatten a paragraph into plain text plus the footnote markers it holds,
 * keeping, for every character, its offset in the source file.
 *
 * @packageDocumentation
 */

import type {Nodes, Paragraph} from 'mdast'
import {literalCall} from './footnotes.js'

/** A footnote marker at `offset` in the flat text (it closes the text before it). */
export interface Marker {
  offset: number
  n: number
  /** Source offset of the marker in the file. */
  source: number
}

/** A paragraph as plain text: markers removed, soft line breaks turned into spaces. */
export interface Flat {
  text: string
  /** Source offset of each character of `text`. */
  offsets: number[]
  markers: Marker[]
}

/**
 * Flatten `paragraph`: text of its inline nodes, `footnoteReference`s and
 * literal `[^n]` calls (undefined footnotes) as markers.
 *
 * @param paragraph
 *   An mdast paragraph with positions.
 * @param source
 *   The whole file's text, to map characters back to it.
 * @returns
 *   The flat text, its source offsets and its markers.
 * @example
 *   ```ts
 *   flatten(processor.parse(file).children[0], 'in May 1992.[^11] Then\n\n[^11]: See.').text
 *   // => 'in May 1992. Then'
 *   ```
 */
export function flatten(paragraph: Paragraph, source: string): Flat {
  const flat: Flat = {text: '', offsets: [], markers: []}
  for (const child of paragraph.children) add(flat, child, source)
  flat.text = flat.text.replace(/[\r\n]/g, ' ')
  return flat
}

function add(flat: Flat, node: Nodes, source: string): void {
  const start = node.position?.start.offset ?? flat.offsets.at(-1) ?? 0
  switch (node.type) {
    case 'footnoteReference': {
      flat.markers.push({offset: flat.text.length, n: Number(node.identifier), source: start})
      return
    }
    case 'text': {
      let last = 0
      for (const match of node.value.matchAll(literalCall)) {
        append(flat, node.value.slice(last, match.index), source, start)
        const at = source.indexOf(match[0], flat.offsets.at(-1) ?? start)
        flat.markers.push({offset: flat.text.length, n: /^\d+$/.test(match[1]!) ? Number(match[1]) : Number.NaN, source: at === -1 ? start : at})
        last = match.index + match[0].length
      }
      append(flat, node.value.slice(last), source, start)
      return
    }
    case 'inlineCode': {
      append(flat, node.value, source, start)
      return
    }
    case 'break': {
      append(flat, ' ', source, start)
      return
    }
    default: {
      if ('children' in node) for (const child of node.children) add(flat, child, source)
    }
  }
}

/** Append `value`, aligning each character with the next matching source character (skipping escapes and markup). */
function append(flat: Flat, value: string, source: string, start: number): void {
  let at = Math.max(start, (flat.offsets.at(-1) ?? start - 1) + 1)
  for (const char of value) {
    const found = source.indexOf(char, at)
    const offset = found !== -1 && found - at < 8 ? found : at
    for (let i = 0; i < char.length; i++) flat.offsets.push(offset + i)
    flat.text += char
    at = offset + char.length
  }
}
