/**
 * Human output for the `footnotes` command: an aligned table that fits the
 * terminal.
 *
 * @packageDocumentation
 */

import type {Footnote} from '../../types.js'
import {dim} from '../_ansi.js'
import {fit, type RenderOptions} from './_layout.js'

/**
 * Render footnotes as a table: number, the sources they cite, text.
 *
 * @param footnotes
 *   The footnotes to show.
 * @param options
 *   Width and colour.
 * @returns
 *   The table, ending with a newline.
 * @example
 *   ```ts
 *   renderFootnotes(corpus.footnotes.slice(1, 2), {width: 80})
 *   // => '   2  mesamed2012  V.I. Mesamed, Israel v Tsentralnoy Azii: grezy i realnost, Moscow, 20…\n\n1 footnote\n'
 *   ```
 */
export function renderFootnotes(footnotes: readonly Footnote[], options: Readonly<RenderOptions> = {}): string {
  const documents = new Set(footnotes.map((footnote) => footnote.document))
  const label = (footnote: Footnote): string => (documents.size > 1 ? `${footnote.document} ${footnote.n}` : String(footnote.n))
  const sources = (footnote: Footnote): string => [...new Set(footnote.citations.map((citation) => citation.source))].join(', ') || '—'
  const labelWidth = Math.max(0, ...footnotes.map((footnote) => label(footnote).length))
  const sourcesWidth = Math.min(32, Math.max(0, ...footnotes.map((footnote) => sources(footnote).length)))
  const lines = footnotes.map((footnote) => {
    const prefix = `${label(footnote).padStart(labelWidth + 2)}  ${fit(sources(footnote), sourcesWidth, 0).padEnd(sourcesWidth)}  `
    return dim(prefix, options.color) + fit(footnote.text, options.width, prefix.length)
  })
  lines.push('', `${footnotes.length} footnote${footnotes.length === 1 ? '' : 's'}`)
  return lines.join('\n') + '\n'
}
