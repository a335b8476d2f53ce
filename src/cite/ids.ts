import type {Name} from './_types.js'

/** Cyrillic → Latin letters, so ids stay ASCII for Cyrillic names and titles. */
const cyrillic: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia', і: 'i', ї: 'i', є: 'e', ў: 'u', қ: 'k', ғ: 'g', ң: 'n', ү: 'u', ұ: 'u', ө: 'o', ә: 'a', һ: 'h'
}

/** Words skipped when a title names an id. */
const stopwords = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'on', 'for', 'to', 'i', 'v', 's', 'o', 'k', 'na', 'po', 'za', 'iz'])

/**
 * Fold a string to lowercase ASCII letters and digits (Cyrillic transliterated,
 * diacritics dropped).
 *
 * @param value
 *   Any text.
 * @returns
 *   Folded text, other characters turned into spaces.
 * @example
 *   fold('Месамед, Kazakhstan’s') // => 'mesamed  kazakhstan s'
 */
export function fold(value: string): string {
  return value
    .toLowerCase()
    .replace(/[\u0400-\u04ff]/g, (char) => cyrillic[char] ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z\d]/g, ' ')
}

/**
 * The base of a readable id: first author's family name + year (`mesamed2012`);
 * an archival file by its archive and numbers (`rgia-1396-1-267`); else the
 * first significant title words + year (`direction-trade-statistics`,
 * `constitution-republic-kazakhstan`), or the organisation’s name without a title.
 *
 * @param authors
 *   Authors of the work.
 * @param title
 *   Title of the work.
 * @param year
 *   Year of publication, when printed.
 * @param archival
 *   Archive and place of an archival file.
 * @returns
 *   Id base, before disambiguation.
 * @example
 *   idBase([{family: 'Mesamed', given: 'V.I.'}], 'Israel v Tsentralnoy Azii', 2012) // => 'mesamed2012'
 *   idBase([], 'Diaspora: regiony i strany', undefined) // => 'diaspora-regiony-strany'
 *   idBase([], undefined, undefined, {archive: 'TsGA RUz', location: 'f. I-1, op.2, d. 45'}) // => 'tsga-ruz-i-1-2-45'
 */
export function idBase(authors: readonly Name[], title: string | undefined, year: number | undefined, archival?: {archive: string; location: string}): string {
  const first = authors[0]
  if (first?.family) return fold(first.family).replace(/\s+/g, '') + (year ?? '')
  if (archival) {
    const numbers = archival.location.split(/\s*,\s*/).map((part) => part.replace(/^\S+\.\s?/, ''))
    return [fold(archival.archive), ...numbers.map((n) => fold(n))].join(' ').trim().split(/\s+/).join('-')
  }
  const words = fold(title ?? first?.literal ?? 'untitled')
    .split(/\s+/)
    .filter((word) => word && !stopwords.has(word) && word !== String(year))
    .slice(0, 3)
  const slug = words.join('-') || 'untitled'
  return year === undefined ? slug : `${slug}-${year}`
}

/**
 * Give each base a unique id: a base used once stays as is; repeated bases
 * get `a`, `b`, … in order of first citation (`mesamed2011a`, `mesamed2011b`;
 * `-a`, `-b` after a slug ending in a letter).
 *
 * @param bases
 *   Id bases in order of first citation.
 * @returns
 *   Unique ids, same order.
 * @example
 *   disambiguate(['mesamed2012', 'mesamed2011', 'mesamed2011']) // => ['mesamed2012', 'mesamed2011a', 'mesamed2011b']
 */
export function disambiguate(bases: readonly string[]): string[] {
  const counts = new Map<string, number>()
  for (const base of bases) counts.set(base, (counts.get(base) ?? 0) + 1)
  const seen = new Map<string, number>()
  return bases.map((base) => {
    if (counts.get(base) === 1) return base
    const index = seen.get(base) ?? 0
    seen.set(base, index + 1)
    const suffix = index < 26 ? String.fromCharCode(97 + index) : String(index + 1)
    return /\d$/.test(base) ? base + suffix : `${base}-${suffix}`
  })
}
