/**
 * Words for people about a verification's source check.
 *
 * Note: this is a sentence, not terminal output (no styles, no layout), and it
 * is public (`describeSourceCheck` from `claimtrace`), for any page or report
 * that shows a verification; so it stays with the search stage that knows how
 * to name a cited work (`citeLabel`, private to it), while `claimtrace verify`
 * only prints it (`src/cli/render/verification.ts`).
 *
 * @packageDocumentation
 */
import type {CslItem, Verification} from '../types.js'
import {citeLabel} from './_source.js'
import {need} from '../_check.js'

/**
 * One sentence on a verification's source check, for people: which work the
 * paper cites for the claim when it is not the one given.
 *
 * @param verification A result of `verify(text, {source})`.
 * @param sources The corpus sources (to name cited works).
 * @returns `undefined` without a source check.
 * @example
 * ```ts
 * describeSourceCheck(corpus.verify('Israel invested $300 million in Kazakhstan', {source: 'Mesamed 2012'}), corpus.sources)
 * // => 'The paper cites Feiler & Lim, p. 28 for this, not Mesamed (“Israel v Tsentralnoy Azii…”).'
 * ```
 */
export function describeSourceCheck(verification: Verification, sources: readonly CslItem[]): string | undefined {
  need(verification, 'object', 'describeSourceCheck(verification)')
  need(sources, 'items', 'describeSourceCheck(verification, sources)')
  const check = verification.sourceCheck
  if (!check) return undefined
  const byId = new Map(sources.map((item) => [item.id, item]))
  const cited = verification.citations.map((citation) => citeLabel(byId.get(citation.source), citation))
  const named = check.matched ? citeLabel(check.matched, {footnote: 0, source: check.matched.id, kind: 'full'}) : undefined
  if (verification.claim === null) return `The paper does not make this claim, so it cites no source for it.`
  if (cited.length === 0) return `The paper makes this claim without citing a source${named ? `, not ${named}` : ''}.`
  const list = [...new Set(cited)].join('; ')
  if (check.agrees) return `The paper cites ${list} for this.`
  if (!check.matched) return `No work of the paper matches “${check.claimed}”; it cites ${list} for this.`
  return `The paper cites ${list} for this, not ${named}.`
}
