/**
 * The reference grammar as data, part one: lead-ins, back-references and
 * what makes a text a reference. The segments after the authors are in
 * `segments.ts`; the engine in `parse-reference.ts` only loops over them.
 *
 * @packageDocumentation
 */
import {author, bareNames, corporateAuthor, russianOrderAuthor, untitled} from './authors.js'
import {archivalReference} from './archives.js'

/**
 * Lead-ins printed before a reference (“See:”, “Cf.”, “On the famine of
 * 1917, see”); kept, trimmed, as the citation's prefix.
 */
export const prefixes: readonly RegExp[] = [
  /^see,?\s+for\s+example\s*[,:]?/i,
  /^(?:for (?:more )?details?,? )?see(?: also)?(?: in)?\s*:/i,
  // “On the famine of 1917, see”, “For the domestic sources of the revival, see:”, “On the opening of the line, see ibid.”
  /^(?:on|for|about|regarding)\s[^,;:()“”"]{2,90}?,\s+see(?:\s+also)?(?:\s*:|(?=\s))/iu,
  /^see(?: also)?\s+(?=\p{Lu}|[“"*«]|(?:ibid|the same|al-|de |van |von |ibn |el-)\b)/iu,
  /^cf\.:?/i,
  /^quoted (?:from|in|by)\s*:?/i,
  /^(?:calculated|compiled|computed)\s+(?:from|on the basis of)\s*:?/i,
  /^(?:source|sources)\s*:/i
]

/** Back-references at the start of a unit or after its authors, in every spelling the notes use. */
export const backReferences: ReadonlyArray<{pattern: RegExp; head: 'ibid' | 'op-cit'}> = [
  {pattern: /^(?:in\s+)?ib(?:id|idem)\.?/i, head: 'ibid'},
  // `Id.` with its stop, or `Idem`/`idem` (not `ID cards …`).
  {pattern: /^(?:Id\.|[Ii]dem\b\.?)/, head: 'ibid'},
  // Only as a whole reference (`See the same, p. 5.`): “The same figures …” opens a comment.
  {pattern: /^the\s+same\b\.?(?=\s*(?:,\s*(?:pp?|ll?|С|Л)\.|$))/iu, head: 'ibid'},
  {pattern: /^там\s+же\.?/iu, head: 'ibid'},
  {pattern: /^op\.\s?cit\.?/i, head: 'op-cit'},
  {pattern: /^loc\.\s?cit\.?/i, head: 'op-cit'},
  {pattern: /^указ\.\s?соч\.?/iu, head: 'op-cit'}
]

/** Starts that make a text a reference rather than a comment. */
export const referenceHeads: readonly RegExp[] = [
  ...backReferences.map((d) => d.pattern),
  /^[“"«*]/,
  /^https?:\/\//,
  /^(?:available\s+(?:at|from|online)|retrieved\s+from|URL)\s*:?\s*\[?https?:/i,
  author,
  russianOrderAuthor,
  bareNames,
  corporateAuthor
]

/**
 * Whether a text is a reference by its shape: one of the heads above, or an
 * archival file (`GAOO, f. 3, op. 1, d. 6487`), or a title printed without
 * quotes, dated by a place and year (`Туркестанский край. … Ташкент, 1912.`)
 * or followed by pages.
 */
export function looksLikeReference(text: string): boolean {
  return referenceHeads.some((head) => head.test(text)) || archivalReference.test(text) || untitledByPunctuation.test(text) || untitledTitle.test(text)
}

/** A title without marks and without author, known by the pages or the place and year after it (`Vosstanie 1916 goda …, pp. 410-412`). */
const untitledTitle = new RegExp(`^${untitled}`, 'u')

/** A title without quotes, then `Place, Year.` (the Russian bibliographic order of a work without author). */
const untitledByPunctuation = /^\p{Lu}[^,;()“”"]{3,160}?\.\s+(?:\/\/\s+)?[^,.;]{2,40}?,\s+\d{4}\.(?:\s|$)/u
