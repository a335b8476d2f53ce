/**
 * Authors as the notes print them, as a table of readers tried in order:
 * initials first (`V.I. Mesamed`, `Iu. I. Kostenko, L.G. Orlovskaia`),
 * Russian order (`Алимов Р.Ш.`), surnames alone before a year, a
 * back-reference or a title (`Van den Berg, 1998`, `Şahin and Güler`,
 * `Kandiyoti et al.`, `Aydin, op. cit.`), and an organisation before a
 * title (`Japan International Cooperation Agency, *Annual Report*`).
 *
 * @packageDocumentation
 */
import type {Name} from './_types.js'

/** Lower-case name particles (`van den Berg`, `al-Rashid`, `ibn Khaldun`, `de Cordier`). */
const particle = String.raw`(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]el|[Dd]ella|[Dd]i|[Dd]a|[Dd]u|[Ll]e|[Ll]a|ibn|bin|al|el|ul|ter|ten|den|der)(?:\s|-))`
/** One surname: capitalised, maybe hyphenated or with an apostrophe, after particles. */
const surname = String.raw`${particle}*\p{Lu}[\p{L}’'-]*\p{L}`
/** An initial or two (`V.I.`, `Iu. I.`, `Kh.T.`, `A.Ia.`). */
const initials = String.raw`(?:\p{Lu}\p{Ll}?\.\s?){1,3}`

/** Pattern for an initial-based author: `V.I. Mesamed`, `Iu. I. Kostenko`, `I. Muradian`. */
export const author = new RegExp(String.raw`^(${initials})\s?(${surname})(?=\s*(?:,|\band\b|&|$))`, 'u')

/** Russian order: `Усенбаев К.`, `Федорова Н.А.`; the initials end the name. */
export const russianOrderAuthor = new RegExp(String.raw`^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s((?:\p{Lu}\.\s?){1,2})(?=\s|$)`, 'u')


/** Separators between authors. */
export const authorSeparator = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)/

/** Words that name a document, not its author (`Decree of the President …, “…”` has no author). */
const documentKinds = 'Decree|Law|Resolution|Order|Constitution|Report|Telegram|Letter|Agreement|Treaty|Statute|Regulation|Memorandum|Declaration|Protocol|Minutes'

/** Words that join the words of an organisation’s name, in lower case. */
const connector = String.raw`(?:of|and|for|the|on|in|de|du|des|und|für|&)`
/** A name without initials: a surname with particles, or an organisation (`World Bank`, `TsSU UzSSR`, `Eurasian Development Bank`). */
const bareName = String.raw`(?!(?:${documentKinds})\b)(?:${surname}|\p{Lu}[\p{L}’'-]*(?:\s(?:${connector}\s)*\p{Lu}[\p{L}’'-]*){0,8})`

/** An organisation as author: a name of capitalised words, then a comma and an italic or quoted title (`Japan International Cooperation Agency, *Annual Report 2019*`). */
export const corporateAuthor = new RegExp(String.raw`^(?!(?:${documentKinds})\b)(\p{Lu}[\p{L}’'-]*(?:\s(?:${connector}\s)*\p{Lu}[\p{L}’'-]*){0,8}),\s*(?=[*“"«])`, 'u')

/** A title printed without quotes or italics, known by what follows it: pages, or a place and a year or pages (`Turkestan and …, pp. 168-171`). */
export const untitled = String.raw`\p{Lu}[^,;“”"«»()]{3,160}?,\s+(?:(?:pp?|С|с)\.\s*\d|\p{Lu}[\p{Ll}.-]+,\s+(?:\d{4}(?=[,.;)]|$)|(?:pp?|С|с)\.\s*\d))`

/**
 * Names without initials before what a short reference goes on with: a year
 * (author-date), a back-reference, or a title (quoted, italic, cut with
 * `…`, or known by the pages or the place and year after it). Several surnames are joined by `and` or `&`; `et al.` marks more.
 */
export const bareNames = new RegExp(
  String.raw`^(${bareName}(?:\s(?:and|&)\s${surname})*)(\s+et\s+al\.?)?,\s*(?=\d{4}[a-z]?\b|op\.\s?cit|loc\.\s?cit|ibid|[“"«*]|[^,;]{3,120}?(?:…|\.\.\.)[”"]?,|${untitled})`,
  'u'
)

/** Words that make a name without initials an organisation rather than a person. */
export const organisationWord =
  /\b(?:Ministry|Ministries|Institute|Center|Centre|Committee|Foundation|United Nations|Embassy|Fund|Government|President|University|Council|Agency|Office|Department|Bank|Commission|Parliament|Senate|Bureau|Service|Organization|Organisation|Association|Union|Society|Academy|Administration|Statistics|Programme|Program)\b/i

/**
 * One name without initials as CSL: a person’s surname (with its particles,
 * as printed) when it is one word after particles, else an organisation.
 *
 * @example
 *   toBareName('Van den Berg') // => {family: 'Van den Berg'}
 *   toBareName('World Bank')   // => {literal: 'World Bank'}
 *   toBareName('ILO')          // => {literal: 'ILO'}
 */
export function toBareName(text: string): Name {
  const name = text.trim()
  const person = new RegExp(String.raw`^${surname}$`, 'u').test(name) && !/^\p{Lu}[\p{Lu}\d]+$/u.test(name) && !organisationWord.test(name)
  return person ? {family: name} : {literal: name}
}

/** What a reader found: the names and the text after them. */
export interface ReadNames {
  authors: Name[]
  rest: string
  /** `et al.` followed the names. */
  more: boolean
  /** Names without initials (the author slot of a short form). */
  bare: boolean
}

/**
 * Read the authors at the start of a reference with the first reader that fits.
 *
 * @param text
 *   A reference after its prefix.
 * @returns
 *   The authors (maybe none) and what follows them.
 * @example
 *   readAuthors('Şahin and Güler, 2011, pp. 12, 19.').authors // => [{family: 'Şahin'}, {family: 'Güler'}]
 */
export function readAuthors(text: string): ReadNames {
  const none: ReadNames = {authors: [], rest: text, more: false, bare: false}
  if (author.test(text)) return initialsFirst(text)
  const russian = russianOrderAuthor.exec(text)
  if (russian) {
    const authors: Name[] = [{family: russian[1]!, given: russian[2]!.trim()}]
    let rest = text.slice(russian[0].length)
    // `Иванов И.И., Петров П.П. Название…`
    for (let next = /^,\s*/.exec(rest); next && russianOrderAuthor.test(rest.slice(next[0].length)); next = /^,\s*/.exec(rest)) {
      const match = russianOrderAuthor.exec(rest.slice(next[0].length))!
      authors.push({family: match[1]!, given: match[2]!.trim()})
      rest = rest.slice(next[0].length + match[0].length)
    }
    return {authors, rest, more: false, bare: false}
  }
  const bare = bareNames.exec(text)
  if (bare) {
    const names = bare[1]!.split(/\s(?:and|&)\s/)
    // `Turkish Cooperation and Coordination Agency` is one organisation; `Şahin and Güler` two people.
    const split = names.length > 1 && names.every((name) => new RegExp(String.raw`^${surname}$`, 'u').test(name)) ? names : [bare[1]!]
    return {authors: split.map(toBareName), rest: text.slice(bare[0].length), more: bare[2] !== undefined, bare: true}
  }
  const corporate = corporateAuthor.exec(text)
  if (corporate) return {authors: [{literal: corporate[1]!.trim()}], rest: text.slice(corporate[0].length), more: false, bare: false}
  return none
}

function initialsFirst(text: string): ReadNames {
  const authors: Name[] = []
  let current = text
  for (;;) {
    const match = author.exec(current)
    if (!match) break
    authors.push({family: match[2]!, given: match[1]!.trim()})
    current = current.slice(match[0].length)
    const separator = authorSeparator.exec(current)
    if (!separator || !author.test(current.slice(separator[0].length))) break
    current = current.slice(separator[0].length)
  }
  const more = /^\s*,?\s*et\s+al\.?/.exec(current)
  return {authors, rest: more ? current.slice(more[0].length) : current, more: more !== null, bare: false}
}

/**
 * Names printed surname first, as reference lists print them:
 * `Abdullaev, I. and Rakhmatullaev, S.`, `Djanibekov, N., Van Assche, K., … and Lamers, J.P.A.`,
 * `Sokolov, A.Ia.`; a name without initials (`ibn Khaldun`, `World Bank`) stands alone.
 *
 * @example
 *   readInverted('Pahlen, K.K. (1964).').authors // => [{family: 'Pahlen', given: 'K.K.'}]
 */
export function readInverted(text: string): ReadNames {
  const one = new RegExp(String.raw`^(${surname}),\s(\p{Lu}\p{Ll}?\.(?:\s?\p{Lu}\p{Ll}?\.){0,2})`, 'u')
  const authors: Name[] = []
  let current = text
  for (;;) {
    const match = one.exec(current)
    if (!match) break
    authors.push({family: match[1]!, given: match[2]!.trim()})
    current = current.slice(match[0].length)
    const separator = /^(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)/.exec(current)
    if (!separator || !one.test(current.slice(separator[0].length))) break
    current = current.slice(separator[0].length)
  }
  const more = /^\s*,?\s*et\s+al\.?/.exec(current)
  if (more) current = current.slice(more[0].length)
  return {authors, rest: current, more: more !== null, bare: false}
}
