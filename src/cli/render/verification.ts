/**
 * Human output for the `verify` command: the verdict, the claim it rests on,
 * why, and the sources.
 *
 * @packageDocumentation
 */
import type {Verification} from '../../types.js'
import {paint, type StyleName} from '../_ansi.js'
import type {RenderOptions} from './_layout.js'
import {citationLines} from './_works.js'
import {highlight, matchedRanges} from './highlight.js'

const VERDICT_COLOR: Record<Verification['verdict'], StyleName> = {supported: 'green', uncited: 'yellow', contradicted: 'red', 'not-found': 'magenta'}

/**
 * A verification as a verdict line, the matched claim, discrepancies, why,
 * the parts, sources and the source check.
 *
 * @param verification
 *   What `corpus.verify` returned.
 * @param query
 *   The statement verified (its words are marked in the claim).
 * @param note
 *   A sentence on the source check (`describeSourceCheck`), if any.
 * @param options
 *   Whether to colour.
 * @returns
 *   The lines, without a final newline.
 * @example
 *   ```ts
 *   formatVerification(corpus.verify('Israel opened its embassy in Tashkent in May 1992'), 'Israel opened its embassy in Tashkent in May 1992', undefined)
 *   // => 'supported  (confidence 0.91)\n  claim   israel-central-asia-2020#c029  [11]\n          Israeli [embassy] in Tashkent was [opened] in May [1992].\n  why     matches israel-central-asia-2020#c029 on 100% of the statement (exact)\n  sources\n          [11] Posolstvo Israelia v Uzbekistane. https://embassies.gov.il/tashkent/Pages/default.aspx'
 *   ```
 */
export function formatVerification(verification: Verification, query: string, note: string | undefined, options?: Readonly<RenderOptions> | null): string {
  const {verdict, confidence, claim, discrepancies, citations, sources, explanation, parts} = verification
  const paintVerdict = (value: Verification['verdict']): string => paint(value, options?.color, 'bold', VERDICT_COLOR[value])
  const lines = [`${paintVerdict(verdict)}  (confidence ${confidence.toFixed(2)})`]
  if (claim) {
    lines.push(`  claim   ${claim.id}  ${claim.footnotes.length ? `[${claim.footnotes.join(', ')}]` : 'uncited'}`)
    lines.push(`          ${highlight(claim.text, matchedRanges(claim.text, query), options)}`)
  }
  for (const d of discrepancies) lines.push(`  differs ${d.kind}: you say “${d.claimed}”, the paper says “${d.paper}”`)
  if (explanation) {
    lines.push(`  why     ${explanation.reason}`)
    // Exact matches go without saying; the others show how the paper's words were reached.
    const reached = explanation.matched.filter((m) => m.how !== 'exact').map((m) => `${m.statement} → ${m.paper} (${m.how})`)
    if (reached.length > 0) lines.push(`  read    ${reached.join(', ')}`)
  }
  for (const [i, part] of (parts ?? []).entries()) {
    lines.push(`  part ${i + 1}  ${paintVerdict(part.verdict)}  ${part.text}${part.claim ? `  → ${part.claim.id}` : ''}`)
    for (const d of part.discrepancies) lines.push(`          differs ${d.kind}: “${d.claimed}”, the paper “${d.paper}”`)
  }
  if (citations.length) lines.push('  sources', ...citationLines(citations, sources, '          '))
  if (note) lines.push(`  check   ${note}`)
  return lines.join('\n')
}
