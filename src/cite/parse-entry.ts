import type {Name, ParsedReference} from './_types.js'
import {readInverted, toBareName} from './authors.js'
import {fold} from './ids.js'
import {parseReference, readChunks} from './parse-reference.js'
import type {SegmentState} from './segments.js'
import {YEAR} from '../facts/years.js'

/**
 * An author-date entry: the author slot, the year in brackets, then the rest.
 * The bracket holds an issued year with a letter telling apart one author's
 * works of that year (`2008b`): the one year rule, plus that suffix.
 */
const authorDate = new RegExp(String.raw`^(.{1,200}?)\s*\((${YEAR})([a-z])?\)[.,:]?\s+(.*)$`, 'su')

/**
 * Parse one entry of a reference list. Author-date entries
 * (`Morrison, A. (2008b). “Peasant Debt …” Central Asian Survey, 27 (3-4), pp. 325-341.`)
 * give the key their short forms are looked up by; other entries are read as a
 * note would be (`Усенбаев К. Восстание 1916 года в Киргизии. Фрунзе, 1967.`),
 * keyed by their authors and year. A short title in the author slot
 * (`Obzor (1912). Obzor Ferganskoi oblasti …`) is no author.
 *
 * @param text
 *   The entry’s text (emphasis as `*…*`).
 * @returns
 *   The parsed entry, with its `key`.
 * @example
 *   parseEntry('Van den Berg, H. (1998). Water and Empire. Leiden: Brill.').key
 *   // => {names: ['van den berg'], more: false, year: '1998'}
 */
export function parseEntry(text: string): ParsedReference {
  const match = authorDate.exec(text.trim())
  if (!match) {
    const inverted = readInverted(text.trim())
    const reference = inverted.authors.length > 0 ? withAuthors(inverted.authors, inverted.rest, text) : parseReference(text)
    const year = reference.fields.issued?.[0]
    if (year !== undefined && reference.authors.length > 0) reference.key = {names: reference.authors.map(keyName), more: inverted.more, year: String(year)}
    return reference
  }
  const [, slot = '', year = '', suffix = '', rest = ''] = match
  const inverted = readInverted(slot)
  // Names without initials: `Şahin and Güler` two people, `Turkish Cooperation and Coordination Agency` one organisation.
  const bare = slot.replace(/,?\s*et\s+al\.?$/, '').split(/\s(?:and|&)\s/)
  const authors: Name[] =
    inverted.authors.length > 0 && inverted.rest.trim() === ''
      ? inverted.authors
      : bare.length > 1 && bare.every((name) => toBareName(name).family !== undefined)
        ? bare.map(toBareName)
        : [toBareName(bare.join(' and '))]
  const reference = withAuthors(authors, rest, text)
  reference.fields.issued = [Number(year)]
  reference.key = {names: authors.map(keyName), more: inverted.more || /et\s+al\.?$/.test(slot), year: year + suffix}
  // `Obzor (1912). Obzor Ferganskoi oblasti …`: a short title holds the author slot.
  const only = authors[0]
  if (authors.length === 1 && only && reference.fields.title !== undefined && fold(reference.fields.title).startsWith(keyName(only) + ' ')) reference.authors = []
  return reference
}

function keyName(name: Name): string {
  return fold(name.family ?? name.literal ?? '').replace(/\s+/g, ' ').trim()
}

/** The entry after its authors, in the full-stop order a reference list prints (a quoted title keeps its commas). */
function withAuthors(authors: Name[], rest: string, text: string): ParsedReference {
  const reference: ParsedReference = {head: 'work', authors, fields: {plain: [], pages: []}, text: text.trim(), problems: []}
  const state: SegmentState = {fields: reference.fields, last: undefined, count: 0, problems: reference.problems}
  readChunks(rest.replace(/^[\s,.]+/, ''), state)
  const plain = reference.fields.plain.filter(Boolean)
  reference.fields.plain = []
  if (plain.length > 0 && !reference.fields.container) reference.fields.container = plain.shift()!
  if (plain.length > 0 && !reference.fields.publisher) reference.fields.publisher = plain.join(', ')
  // An entry’s pages are the work’s own (a chapter’s or an article’s range), never a locator.
  const pages = reference.fields.pages.find((d) => !d.label)
  if (pages && reference.fields.page === undefined) reference.fields.page = pages.text
  reference.fields.pages = []
  return reference
}
