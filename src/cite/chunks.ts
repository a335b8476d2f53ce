/**
 * References whose parts end with full stops rather than commas: the Russian
 * bibliographic order (`Усенбаев К. Восстание 1916 года в Киргизии. Фрунзе,
 * 1967. С. 98-101.`, `… // Вопросы истории. 2008. № 4. С. 68.`) and the
 * entries of a reference list (`Title. London: Routledge.`). The text is cut
 * into chunks at full stops (not after an initial or an abbreviation, never
 * inside quotes or italics); the chunks before the first one a segment
 * pattern reads are the title.
 *
 * @packageDocumentation
 */

/** Abbreviations a full stop does not end a chunk after (lower case, without the stop). */
const noBreakAfter = new Set(['transl', 'trans', 'ed', 'eds', 'no', 'nos', 'vol', 'vols', 'pp', 'p', 'st', 'ph.d', 'cf', 'op', 'loc', 'cit', 'ibid', 'et', 'al', 'ob', 'об', 'гос', 'изд', 'указ', 'соч', 'nauch', 'inst', 'dr', 'mr', 'mrs', 'jr', 'vs', 'ca', 'approx'])
/** Abbreviations that end a chunk but keep their stop (`в 1906-1916 гг.`). */
const keepStop = new Set(['гг', 'г', 'вв', 'в', 'etc', 'al', 'et al', 'gg', 'g'])

/**
 * Cut text at its chunk-ending full stops.
 *
 * @param text
 *   Text after the authors.
 * @returns
 *   Chunks, trimmed, stops removed (kept after `гг.` and the like).
 * @example
 *   periodChunks('Туркестанский край. Сборник материалов. Т. 1. Ташкент, 1912. С. 45.')
 *   // => ['Туркестанский край', 'Сборник материалов', 'Т. 1', 'Ташкент, 1912', 'С. 45']
 */
export function periodChunks(text: string): string[] {
  const chunks: string[] = []
  let start = 0
  let close: string | undefined
  let italic = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (close) {
      if (char === close) close = undefined
      continue
    }
    if (char === '*') italic = !italic
    else if (!italic && (char === '“' || char === '«')) close = char === '“' ? '”' : '»'
    else if (!italic && char === '.' && (i === text.length - 1 || /\s/.test(text[i + 1] ?? ''))) {
      const before = text.slice(start, i)
      const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? ''
      const last = word.split('.').at(-1) ?? ''
      // An initial (`K.K. Pahlen`, `Т. 1`) or an abbreviation goes on.
      if (/^\p{Lu}$/u.test(last) || (/^\p{Lu}\p{Ll}$/u.test(last) && /\.\p{Lu}\p{Ll}?$/u.test(word)) || noBreakAfter.has(word.toLowerCase()) || noBreakAfter.has(last.toLowerCase())) continue
      const chunk = (keepStop.has(last.toLowerCase()) ? before + '.' : before).trim()
      if (chunk) chunks.push(chunk)
      start = i + 1
    }
  }
  const tail = text.slice(start).trim().replace(/\.$/, '')
  if (tail) chunks.push(tail)
  return chunks
}

/**
 * Whether text after the authors is in the full-stop order: its first
 * top-level separator is a full stop (`Title. Place, Year.`) or a `//`
 * before a journal, not a comma.
 *
 * @example
 *   isChunked('Восстание 1916 года в Киргизии. Фрунзе, 1967. С. 98-101.') // => true
 *   isChunked('*Israel v Tsentralnoy Azii*, Moscow, 2012, p. 49.')       // => false
 */
export function isChunked(text: string): boolean {
  const chunks = periodChunks(text)
  if (chunks.length < 2) return false
  const first = chunks[0]!
  return !/^[“"«*]/.test(first) && !first.includes(',') && (/\/\//.test(text) || chunks.slice(1).some((chunk) => /^(?:[^,;]{1,40},\s+\d{4}|\d{4}|\p{Lu}[\p{L} -]+:\s)/u.test(chunk)))
}
