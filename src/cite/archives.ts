/**
 * Archival references: a file of a Russian or Central Asian archive, cited by
 * fond, opis and delo, with the sheets (`l.`/`ll.`, `ob.` for the verso) as
 * the locator: `RGVIA, f. 1396, op. 2, d. 1893, l. 12`, `TsGA RUz, f. I-1,
 * op.2, d. 45, ll. 10-11 ob.`. A document title and date may come first.
 * One file is one work; its place is kept as printed.
 *
 * @packageDocumentation
 */
import type {Fields, Problem} from './_types.js'

/** Archives whose codes the journal prints (never expanded in the notes), with their full names. */
export const archives: Readonly<Record<string, string>> = {
  RGVIA: 'Russian State Military History Archive',
  RGIA: 'Russian State Historical Archive',
  AVPRI: 'Archive of Foreign Policy of the Russian Empire',
  GARF: 'State Archive of the Russian Federation',
  RGASPI: 'Russian State Archive of Socio-Political History',
  RGAE: 'Russian State Archive of the Economy',
  RGADA: 'Russian State Archive of Ancient Acts',
  RGANI: 'Russian State Archive of Contemporary History',
  AVP: 'Archive of Foreign Policy of the Russian Federation',
  'AVP RF': 'Archive of Foreign Policy of the Russian Federation',
  'TsGA RUz': 'Central State Archive of the Republic of Uzbekistan',
  'TsGA RK': 'Central State Archive of the Republic of Kazakhstan',
  'TsGA KR': 'Central State Archive of the Kyrgyz Republic',
  'TsGA RT': 'Central State Archive of the Republic of Tajikistan',
  'TsGIA': 'Central State Historical Archive',
  'GA RF': 'State Archive of the Russian Federation',
  РГВИА: 'Российский государственный военно-исторический архив',
  РГИА: 'Российский государственный исторический архив',
  АВПРИ: 'Архив внешней политики Российской империи',
  ГАРФ: 'Государственный архив Российской Федерации',
  'ЦГА РУз': 'Центральный государственный архив Республики Узбекистан',
  'ЦГА РК': 'Центральный государственный архив Республики Казахстан'
}

const number = String.raw`[\p{L}\d]+(?:-[\p{L}\d]+)*`
/** `f. 1396, op. 2, d. 1893` (or `F.`, `op.2`, Russian `Ф. 1, Оп. 2, Д. 3`): fond, opis, delo. */
const location = String.raw`(?:[fFФф]\.|fond)\s?${number},\s*(?:op\.|[Оо]п\.)\s?${number},\s*(?:d\.|[Дд]\.)\s?${number}`
/** An archive code before the file: known ones, or a short upper-case code (`GAOO`, `TsGA RUz`). */
const code = String.raw`\p{Lu}[\p{L}]{1,7}(?:\s\p{Lu}[\p{L}]{0,4})?`

/** The archival shape anywhere in a reference: `…, ARCHIVE, f. N, op. N, d. N[, l(l). N[ ob.]]`. */
export const archivalReference = new RegExp(
  String.raw`(?:^|,\s+)(${code}),\s*(${location})(?:,\s*(?:ll?\.|[Лл]л?\.)\s?(\d+(?:\s*[-–]\s*\d+)?(?:\s*ob\.|\s*об\.)?))?\.?$`,
  'u'
)

/**
 * Read an archival reference: archive, place of the file, sheets, and the
 * document title and date printed before them. An archive code outside the
 * table is kept as printed and reported (`unknown-archive`).
 *
 * @param text
 *   One reference, prefix removed.
 * @param fields
 *   Filled with `archive`, `archiveLocation`, and `title` and the date (given to `readDate`) when printed.
 * @returns
 *   What is printed before the archive (a title and date), or `undefined` when the text is not archival.
 * @example
 *   readArchival('RGIA, f. 1396, op. 1, d. 267, ll. 14-20 ob.', fields, problems)
 *   // fields: {archive: 'RGIA', archiveLocation: 'f. 1396, op. 1, d. 267', pages: [{text: '14-20 ob.', range: true, label: 'folio'}]}
 */
export function readArchival(text: string, fields: Fields, problems: Problem[]): string | undefined {
  const match = archivalReference.exec(text.trim())
  if (!match) return undefined
  const [, archive = '', place = '', sheets] = match
  fields.archive = archive
  fields.archiveLocation = place.replace(/\s+/g, ' ')
  if (sheets) fields.pages.push({text: sheets.replace(/\s+/g, ' ').replace(/\s*[-–]\s*/, '-'), range: /[-–]/.test(sheets), label: 'folio'})
  if (!(archive in archives)) problems.push({ruleId: 'unknown-archive', reason: `Unexpected archive \`${archive}\`, expected one of the known codes (${Object.keys(archives).slice(0, 6).join(', ')}, …); kept as printed`})
  return text.trim().slice(0, match.index).trim()
}

/**
 * The identity of an archival file: archive and fond/opis/delo, spaces and
 * case folded (`F. 77` and `f. 77` are one fond).
 *
 * @example
 *   archivalKey({archive: 'TsGA RK', archiveLocation: 'F. 77, op. 1, d. 1120', plain: [], pages: []}) // => 'tsga rk|f.77,op.1,d.1120'
 */
export function archivalKey(fields: Readonly<Fields>): string | undefined {
  if (fields.archive === undefined || fields.archiveLocation === undefined) return undefined
  return `${fields.archive.toLowerCase()}|${fields.archiveLocation.toLowerCase().replace(/\s+/g, '')}`
}
