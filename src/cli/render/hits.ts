/**
 * Human output for the `search` command: one numbered line per hit, its text
 * below with the matched words marked.
 *
 * @packageDocumentation
 */
import type {SearchHit} from '../../types.js'
import {dim} from '../_ansi.js'
import type {RenderOptions} from './_layout.js'
import {highlight} from './highlight.js'

/**
 * Search hits as aligned lines with the matched text highlighted.
 *
 * @param hits
 *   What `corpus.search` found.
 * @param options
 *   Whether to colour.
 * @returns
 *   The lines, without a final newline (`'No match.'` for none).
 * @example
 *   ```ts
 *   formatHits([{kind: 'source', id: 'feiler2014', score: 0.98, text: 'Israel and Kazakhstan', matches: []}])
 *   // => ' 1. 0.98  source    feiler2014\n      Israel and Kazakhstan'
 *   ```
 */
export function formatHits(hits: readonly SearchHit[], options?: Readonly<RenderOptions> | null): string {
  if (hits.length === 0) return 'No match.'
  return hits
    .map((hit, i) => {
      const ranges = hit.matches.filter((m) => m.key === 'text').flatMap((m) => m.indices)
      const others = [...new Set(hit.matches.filter((m) => m.key !== 'text').map((m) => m.key))]
      const head = `${String(i + 1).padStart(2)}. ${hit.score.toFixed(2)}  ${hit.kind.padEnd(8)}  ${hit.id}`
      return `${head}${others.length ? dim(`  (also in ${others.join(', ')})`, options?.color) : ''}\n      ${highlight(hit.text, ranges, options)}`
    })
    .join('\n')
}
