/**
 * Human output for the `claims` and `footnotes` commands: aligned tables
 * that fit the terminal, grouped by section.
 *
 * @packageDocumentation
 */

import type {Claim, Footnote} from '../types.js'

/** How to render: the width to fit (none: never truncate) and whether to use ANSI styles. */
export interface RenderOptions {
  width?: number | undefined
  color?: boolean | undefined
}

const style = {
  bold: (text: string, on: boolean | undefined): string => (on ? `\u001B[1m${text}\u001B[22m` : text),
  dim: (text: string, on: boolean | undefined): string => (on ? `\u001B[2m${text}\u001B[22m` : text)
}

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
      lines.push(style.bold(heading || '(no section)', options.color))
      section = heading
    }
    const prefix = `  ${id(claim).padEnd(idWidth)}  ${notes(claim).padEnd(notesWidth)}  `
    lines.push(style.dim(prefix, options.color) + fit(claim.text, options.width, prefix.length))
  }
  const cited = claims.filter((claim) => claim.footnotes.length > 0).length
  lines.push('', `${claims.length} claim${claims.length === 1 ? '' : 's'} (${cited} cited, ${claims.length - cited} uncited)`)
  return lines.join('\n') + '\n'
}

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
    return style.dim(prefix, options.color) + fit(footnote.text, options.width, prefix.length)
  })
  lines.push('', `${footnotes.length} footnote${footnotes.length === 1 ? '' : 's'}`)
  return lines.join('\n') + '\n'
}

/** Cut `text` so that `used + text` fits in `width` columns (no width: keep it whole). */
function fit(text: string, width: number | undefined, used: number): string {
  if (width === undefined) return text
  const room = Math.max(10, width - used)
  return text.length <= room ? text : text.slice(0, room - 1) + '…'
}
