/**
 * Human output for the `resolve` command: the claims a text restates, each
 * with its sources.
 *
 * @packageDocumentation
 */
import type {Resolution} from '../../types.js'
import {dim} from '../_ansi.js'
import type {RenderOptions} from './_layout.js'
import {citationLines} from './_works.js'
import {highlight, matchedRanges} from './highlight.js'

/**
 * A resolution as numbered claims, matched words highlighted, each with its sources.
 *
 * @param resolution
 *   What `corpus.resolve` returned.
 * @param options
 *   Whether to colour.
 * @returns
 *   The lines, without a final newline (a sentence when no claim matches).
 * @example
 *   ```ts
 *   formatResolution(corpus.resolve('Israeli embassy in Tashkent', {limit: 1}))
 *   // => ' 1. 0.85  israel-central-asia-2020#c029  [11]  The Dialog between Israel and the Central Asian Countries\n      Israeli [embassy] in Tashkent was opened in May 1992.\n      [11] Posolstvo Israelia v Uzbekistane. https://embassies.gov.il/tashkent/Pages/default.aspx'
 *   ```
 */
export function formatResolution(resolution: Resolution, options?: Readonly<RenderOptions> | null): string {
  if (resolution.matches.length === 0) return 'No claim of the paper matches.'
  return resolution.matches
    .map(({claim, score, citations, sources}, i) => {
      const notes = claim.footnotes.length ? `[${claim.footnotes.join(', ')}]` : 'uncited'
      const lines = [
        `${String(i + 1).padStart(2)}. ${score.toFixed(2)}  ${claim.id}  ${notes}  ${dim(claim.section, options?.color)}`,
        `      ${highlight(claim.text, matchedRanges(claim.text, resolution.query), options)}`,
        ...citationLines(citations, sources, '      ')
      ]
      return lines.join('\n')
    })
    .join('\n')
}
