/**
 * Marking the words a query matched: the ranges, then the marks (bold yellow
 * on a terminal, `[…]` otherwise).
 *
 * @packageDocumentation
 */
import {spans, tokenize} from '../../search/text.js'
import {paint} from '../_ansi.js'
import type {RenderOptions} from './_layout.js'

/**
 * Mark `[start, end]` ranges (inclusive, as Fuse gives them) of `text`:
 * bold yellow in a terminal, `[…]` otherwise.
 *
 * @param text
 *   The text to mark.
 * @param ranges
 *   Inclusive `[start, end]` offsets; overlapping ones after the first are skipped.
 * @param options
 *   Whether to colour.
 * @returns
 *   The marked text.
 * @example
 *   ```ts
 *   highlight('drip irrigation on cotton', [[0, 3]]) // => '[drip] irrigation on cotton'
 *   ```
 */
export function highlight(text: string, ranges: ReadonlyArray<readonly [number, number]>, options?: Readonly<RenderOptions> | null): string {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  let out = ''
  let at = 0
  for (const [start, end] of sorted) {
    if (start < at) continue
    const marked = text.slice(start, end + 1)
    out += text.slice(at, start) + (options?.color ? paint(marked, true, 'bold', 'yellow') : `[${marked}]`)
    at = end + 1
  }
  return out + text.slice(at)
}

/**
 * Inclusive ranges of the words of `text` that share a term with `query`.
 *
 * Note: this is data, but only the renderers here want it (search hits carry
 * Fuse's own ranges; a resolution or verification carries none), so it lives
 * with them rather than in `src/search/`.
 *
 * @param text
 *   The text to look in (a claim).
 * @param query
 *   The statement that was resolved or verified (its first 2,000 characters count).
 * @returns
 *   `[start, end]` offsets, for {@link highlight}.
 * @example
 *   ```ts
 *   matchedRanges('Drip irrigation on cotton', 'irrigation') // => [[5, 14]]
 *   ```
 */
export function matchedRanges(text: string, query: string): Array<[number, number]> {
  const terms = new Set(tokenize(query.slice(0, 2000)).map((token) => token.term))
  return spans(text).filter((span) => terms.has(span.term)).map((span): [number, number] => [span.start, span.end - 1])
}
