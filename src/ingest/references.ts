/**
 * A reference list at the end of an article (“References”, “Bibliography”,
 * “Literature”): printed in the notes’ small type, its entries one after
 * another, mostly with no blank line between them. An entry starts on a line
 * that opens the way entries do (a table of shapes below) after a line that
 * ended one; every other line goes on with the entry before it.
 */
import type {Line} from './lines.js'
import {YEAR} from '../facts/years.js'

/** The reference list as the layout found it: its lines, then its entries. */
export interface ReferenceListBlock {
  kind: 'references'
  lines: Line[]
}

/** Headings that open a reference list, in the languages the journal prints. */
const headings = /^(?:references|bibliography|literature|works cited|sources and literature|sources|список литературы|литература|библиография|источники и литература)$/i

/**
 * Whether a heading’s text names a reference list.
 *
 * @example
 *   isReferenceHeading('R e f e r e n c e s') // → false (unspace it first)
 *   isReferenceHeading('References')          // → true
 */
export function isReferenceHeading(text: string): boolean {
  return headings.test(text.replace(/[\s\uFFFD]+/g, ' ').replace(/[.:]$/, '').trim())
}

const S = '[\\s\\uFFFD]'
/** A name particle in lower case before a capitalised surname (`de Cordier`, `al-Rashid`, `van den Berg`). */
const particle = `(?:(?:van|von|de|del|della|di|da|du|le|la|ibn|bin|al|el|ul|ter|ten)(?:${S}|-)+)*`
/** A surname: capitalised, maybe hyphenated or with an apostrophe (`Van Assche`, `O’Brien`, `Ibn-Khaldun`). */
const surname = `${particle}\\p{Lu}[\\p{L}’'-]*`

/**
 * How an entry opens, as data: author-date (`Names (2008a).`), inverted names
 * with initials (`Brower, D.`, `Sokolov, A.Ia.`), Russian order (`Усенбаев К.`),
 * an organisation or short title with its year (`World Bank (2019).`).
 */
export const entryStarts: readonly RegExp[] = [
  // `Brower, D. (2003).`, `ibn Khaldun (1967).`, `World Bank (2019).`, `Djanibekov, N., Van Assche, K. … (2012).`
  // The bracket holds an issued year by the one year rule, with the letter that tells one author's works of a year apart (`2008a`).
  new RegExp(`^${S}*${particle}\\p{Lu}[^()“”"«»]{0,150}?${S}\\((?:${YEAR}[a-z]?|n\\.${S}?d\\.)\\)[.,:]?(?:${S}|$)`, 'u'),
  // `Brower, D.`, `Lamers, J.P.A.`, `de Cordier, L.`
  new RegExp(`^${S}*${surname},${S}+(?:\\p{Lu}\\p{Ll}?\\.${S}?){1,3}(?:,|${S}|$)`, 'u'),
  // `Усенбаев К.`, `Федорова Н.А.`
  new RegExp(`^${S}*\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?${S}+(?:\\p{Lu}\\.){1,2}(?:${S}|$)`, 'u')
]

/** Text that ends an entry: a full stop, a closing bracket or quote after one, or a URL’s end. */
const ended = /(?:[.!?][”"’)\]]*|\]|\))$/

/**
 * Whether a line opens a new entry, given the line before it.
 *
 * @example
 *   opensEntry('Bichsel,\uFFFDC.\uFFFD(2009).\uFFFDConflict…', 'Control.”\uFFFDEnvironmental…,\uFFFDpp.\uFFFD849-861.') // → true
 *   opensEntry('Press.', 'Ithaca: Cornell University') // → false
 */
export function opensEntry(text: string, previous: string | undefined): boolean {
  if (previous !== undefined && !ended.test(previous.replace(/[\s\uFFFD]+$/, ''))) return false
  return entryStarts.some((pattern) => pattern.test(text))
}

/**
 * Split a reference list’s lines into entries.
 *
 * @param lines
 *   The list’s text lines, in reading order (page furniture and footnotes already taken out).
 * @returns
 *   One array of lines per entry; lines before the first recognised start form an entry of their own.
 */
export function splitEntries(lines: readonly Line[]): Line[][] {
  const entries: Line[][] = []
  let previous: string | undefined
  for (const line of lines) {
    if (/^[\s\uFFFD]*$/.test(line.text)) continue
    const current = entries.at(-1)
    if (!current || opensEntry(line.text, previous)) entries.push([line])
    else current.push(line)
    previous = line.text
  }
  return entries
}
