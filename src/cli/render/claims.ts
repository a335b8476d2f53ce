/**
 * Human output for the `claims` command: an aligned table that fits the
 * terminal, grouped by section.
 *
 * @packageDocumentation
 */

import type {Claim} from '../../types.js'
import {bold, dim} from '../_ansi.js'
import {fit, type RenderOptions} from './_layout.js'

/**
 * Render claims as a table: one block per section, one row per claim (id,
 * footnotes, text), then a count.
 *
 * @param claims
 *   The claims to show.
 * @param options
 *   Width and colour.
 * @returns
 *   The table, ending with a newline.
 * @example
 *   ```ts
 *   renderClaims(corpus.claims.slice(10, 12), {width: 80})
 *   // => 'Introduction\n  c011  [1]  The official Basic Policy Guidelines of the 25th Government stat…\n  c012  —    for Israel…\n\n2 claims (1 cited, 1 uncited)\n'
 *   ```
 */
export function renderClaims(claims: readonly Claim[], options: Readonly<RenderOptions> = {}): string {
  const documents = new Set(claims.map((claim) => claim.document))
  const id = (claim: Claim): string => (documents.size > 1 ? claim.id : claim.id.slice(claim.id.indexOf('#') + 1))
  const notes = (claim: Claim): string => (claim.footnotes.length > 0 ? `[${claim.footnotes.join(',')}]` : '—')
  const idWidth = Math.max(0, ...claims.map((claim) => id(claim).length))
  const notesWidth = Math.max(0, ...claims.map((claim) => notes(claim).length))
  const lines: string[] = []
  let section: string | undefined
  for (const claim of claims) {
    const heading = documents.size > 1 ? `${claim.document} · ${claim.section}` : claim.section
    if (heading !== section) {
      if (section !== undefined) lines.push('')
      lines.push(bold(heading || '(no section)', options.color))
      section = heading
    }
    const prefix = `  ${id(claim).padEnd(idWidth)}  ${notes(claim).padEnd(notesWidth)}  `
    lines.push(dim(prefix, options.color) + fit(claim.text, options.width, prefix.length))
  }
  const cited = claims.filter((claim) => claim.footnotes.length > 0).length
  lines.push('', `${claims.length} claim${claims.length === 1 ? '' : 's'} (${cited} cited, ${claims.length - cited} uncited)`)
  return lines.join('\n') + '\n'
}
