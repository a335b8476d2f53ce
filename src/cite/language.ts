/**
 * Language of a title as data: function words and letter patterns that mark
 * English or transliterated Russian (the BGN/PCGN-like romanisation the
 * journal prints: `zh`, `kh`, `shch`, `-iia`, `-ogo`, …).
 */
const english = new Set([
  'the', 'of', 'and', 'with', 'for', 'in', 'on', 'a', 'an', 'to', 'by', 'from', 'at', 'between',
  'its', 'is', 'are', 'as', 'or', 'how', 'what', 'why', 'new', 'toward', 'towards', 'into', 'after'
])
const russianWords = new Set([
  'i', 'v', 's', 'k', 'o', 'ob', 'po', 'na', 'za', 'iz', 'ot', 'do', 'dlia', 'mezhdu', 'pri', 'pod',
  'nad', 'c', 'u', 'vo', 'so', 'ko', 'bez', 'kak', 'chto', 'gg', 'ili', 'ne', 'eto'
])
const russianShapes: readonly RegExp[] = [
  /zh|kh|shch|sch|ts[iy]|iu(?!m)|ii/,
  /(?:iia|iya|ogo|ego|oy|ey|iy|yy|ykh|ikh|ami|iami|nie|niia|nia|aia|ye|ykh)$/,
  /stv[oaeu]/
]

/**
 * Guess the language of a title: `ru` for Cyrillic or transliterated Russian,
 * `en` for English, `undefined` when the evidence is thin (nothing invented).
 *
 * @param title
 *   Title as printed.
 * @returns
 *   A BCP 47 language code or `undefined`.
 * @example
 *   detectLanguage('Israel v Tsentralnoy Azii: grezy i realnost') // => 'ru'
 *   detectLanguage('The Israel-Kazakhstan Partnership') // => 'en'
 */
export function detectLanguage(title: string): 'ru' | 'en' | undefined {
  if (/\p{Script=Cyrillic}{3,}/u.test(title)) return 'ru'
  const words = title.toLowerCase().replace(/['’]s\b/g, '').match(/[a-z]+/g) ?? []
  let en = 0
  let ru = 0
  for (const word of words) {
    if (english.has(word)) en++
    else if (russianWords.has(word) || russianShapes.some((shape) => shape.test(word))) ru++
  }
  if (ru > en) return 'ru'
  if (en > 0 && en >= ru) return 'en'
  return undefined
}
