/**
 * Ligature glyphs as this extraction prints them. The PDF’s fonts mapped
 * fi, fl, ff, ffi to unrelated code points; the table says which, and in
 * what context a character is a damaged ligature rather than itself
 * (`À` is “fl” inside a lower-case word, but still `À` in “À la carte”).
 */

import {escapeRegExp as escape} from '../_regex.js'

/** One glyph repair: the character, what it stands for, and when. */
export interface GlyphRule {
  glyph: string
  ligature: string
  /** `word`: only next to a lower-case letter; `always`: the code point never occurs in this journal’s text. */
  context: 'word' | 'always'
}

/** The glyph table. */
export const glyphs: readonly GlyphRule[] = [
  {glyph: '¿', ligature: 'fi', context: 'word'},
  {glyph: 'À', ligature: 'fl', context: 'word'},
  {glyph: '൶', ligature: 'ffi', context: 'always'},
  {glyph: '௺', ligature: 'ff', context: 'always'},
  {glyph: '൵', ligature: 'ffl', context: 'always'},
  // Unicode’s own presentation forms, which some pages keep.
  {glyph: 'ﬀ', ligature: 'ff', context: 'always'},
  {glyph: 'ﬁ', ligature: 'fi', context: 'always'},
  {glyph: 'ﬂ', ligature: 'fl', context: 'always'},
  {glyph: 'ﬃ', ligature: 'ffi', context: 'always'},
  {glyph: 'ﬄ', ligature: 'ffl', context: 'always'},
  {glyph: 'ﬅ', ligature: 'st', context: 'always'},
  {glyph: 'ﬆ', ligature: 'st', context: 'always'}
]


/** One pattern finding every glyph of the table, in its context. */
export const glyphPattern = new RegExp(
  glyphs
    .map((rule) => (rule.context === 'word' ? `${escape(rule.glyph)}(?=\\p{Ll})|(?<=\\p{Ll})${escape(rule.glyph)}` : escape(rule.glyph)))
    .join('|'),
  'gu'
)

const byGlyph = new Map(glyphs.map((rule) => [rule.glyph, rule.ligature]))

/** The ligature a glyph stands for. */
export function ligatureOf(glyph: string): string | undefined {
  return byGlyph.get(glyph)
}

/** Ligatures that can vanish without a trace (“eorts”, “Aairs”, “specics”), longest first. */
export const vanishingLigatures: readonly string[] = ['ffi', 'ffl', 'ff', 'fi', 'fl']
