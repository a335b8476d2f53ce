/**
 * Human-readable renderings of search hits, resolutions and verifications,
 * for the CLI. Pure: strings in, strings out.
 */
import type {Citation, CslItem, Resolution, SearchHit, Verification} from '../types.js'
import {authorsOf, field, yearOf} from '../_csl.js'
import {spans, tokenize} from './text.js'

/** Rendering options. */
export interface FormatOptions {
  /** Use ANSI colours (a terminal). */
  color?: boolean
}

const ansi = (code: string, color: boolean | undefined) => (text: string) => (color ? `\u001B[${code}m${text}\u001B[0m` : text)

/**
 * Mark `[start, end]` ranges (inclusive, as Fuse gives them) of `text`:
 * bold yellow in a terminal, `[…]` otherwise.
 *
 * @example
 * ```ts
 * highlight('drip irrigation on cotton', [[0, 3]]) // => '[drip] irrigation on cotton'
 * ```
 */
export function highlight(text: string, ranges: ReadonlyArray<readonly [number, number]>, options?: Readonly<FormatOptions> | null): string {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  let out = ''
  let at = 0
  for (const [start, end] of sorted) {
    if (start < at) continue
    const marked = text.slice(start, end + 1)
    out += text.slice(at, start) + (options?.color ? ansi('1;33', true)(marked) : `[${marked}]`)
    at = end + 1
  }
  return out + text.slice(at)
}

/** Inclusive ranges of the words of `text` that share a term with `query`. */
export function matchedRanges(text: string, query: string): Array<[number, number]> {
  const terms = new Set(tokenize(query.slice(0, 2000)).map((token) => token.term))
  return spans(text).filter((span) => terms.has(span.term)).map((span): [number, number] => [span.start, span.end - 1])
}

/** One line naming a work: `Feiler, Lim (2014). Title. Container. URL`. */
export function formatSource(item: CslItem): string {
  const authors = authorsOf(item).join(', ')
  const year = yearOf(item)
  const parts = [authors ? `${authors}${year ? ` (${year})` : ''}` : year ? String(year) : '', field(item, 'title'), field(item, 'container-title'), field(item, 'URL')]
  return parts.filter(Boolean).join('. ')
}

function citationLines(citations: readonly Citation[], sources: readonly CslItem[], indent: string): string[] {
  const byId = new Map(sources.map((item) => [item.id, item]))
  return citations.map((citation) => {
    const item = byId.get(citation.source)
    const where = citation.locator ? `, p. ${citation.locator}` : ''
    return `${indent}[${citation.footnote}] ${item ? formatSource(item) : citation.source}${where}`
  })
}

/**
 * Search hits as aligned lines with the matched text highlighted.
 *
 * @example
 * ```ts
 * formatHits([{kind: 'source', id: 'feiler2014', score: 0.98, text: 'Israel and Kazakhstan', matches: []}])
 * // => ' 1. 0.98  source    feiler2014\n      Israel and Kazakhstan'
 * ```
 */
export function formatHits(hits: readonly SearchHit[], options?: Readonly<FormatOptions> | null): string {
  if (hits.length === 0) return 'No match.'
  const dim = ansi('2', options?.color)
  return hits
    .map((hit, i) => {
      const ranges = hit.matches.filter((m) => m.key === 'text').flatMap((m) => m.indices)
      const others = [...new Set(hit.matches.filter((m) => m.key !== 'text').map((m) => m.key))]
      const head = `${String(i + 1).padStart(2)}. ${hit.score.toFixed(2)}  ${hit.kind.padEnd(8)}  ${hit.id}`
      return `${head}${others.length ? dim(`  (also in ${others.join(', ')})`) : ''}\n      ${highlight(hit.text, ranges, options)}`
    })
    .join('\n')
}

/** A resolution as numbered claims, matched words highlighted, each with its sources. */
export function formatResolution(resolution: Resolution, options?: Readonly<FormatOptions> | null): string {
  if (resolution.matches.length === 0) return 'No claim of the paper matches.'
  const dim = ansi('2', options?.color)
  return resolution.matches
    .map(({claim, score, citations, sources}, i) => {
      const notes = claim.footnotes.length ? `[${claim.footnotes.join(', ')}]` : 'uncited'
      const lines = [
        `${String(i + 1).padStart(2)}. ${score.toFixed(2)}  ${claim.id}  ${notes}  ${dim(claim.section)}`,
        `      ${highlight(claim.text, matchedRanges(claim.text, resolution.query), options)}`,
        ...citationLines(citations, sources, '      ')
      ]
      return lines.join('\n')
    })
    .join('\n')
}

const VERDICT_COLOR: Record<Verification['verdict'], string> = {supported: '32', uncited: '33', contradicted: '31', 'not-found': '35'}

/** A verification as a verdict line, the matched claim, discrepancies, why, the parts, sources and the source check. */
export function formatVerification(verification: Verification, query: string, note: string | undefined, options?: Readonly<FormatOptions> | null): string {
  const {verdict, confidence, claim, discrepancies, citations, sources, explanation, parts} = verification
  const paint = (value: Verification['verdict']): string => ansi('1;' + VERDICT_COLOR[value], options?.color)(value)
  const lines = [`${paint(verdict)}  (confidence ${confidence.toFixed(2)})`]
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
    lines.push(`  part ${i + 1}  ${paint(part.verdict)}  ${part.text}${part.claim ? `  → ${part.claim.id}` : ''}`)
    for (const d of part.discrepancies) lines.push(`          differs ${d.kind}: “${d.claimed}”, the paper “${d.paper}”`)
  }
  if (citations.length) lines.push('  sources', ...citationLines(citations, sources, '          '))
  if (note) lines.push(`  check   ${note}`)
  return lines.join('\n')
}

