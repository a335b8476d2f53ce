/**
 * Every export format re-read by an independent parser, with every record and field intact:
 * RIS by `astrocite-ris`, BibTeX and BibLaTeX by `@retorquere/bibtex-parser`, over the sources
 * of the bundled article and of the three unseen articles in other note styles (their clean
 * notes and reference list, cited here). The fields compared are the CSL variables we fill.
 */
import {readFileSync} from 'node:fs'
import {parse as parseBibtex} from '@retorquere/bibtex-parser'
import {parse as parseRis} from 'astrocite-ris'
import {describe, expect, it} from 'vitest'
import {formatBibliography} from '../../src/bibliography/index.js'
import {citeFootnotes} from '../../src/cite/index.js'
import type {CslItem} from '../../src/types.js'
import {referenceHeadings, type CleanArticle} from '../fixtures/damage.js'
import {sources as bundled} from './_sources.js'

function fixtureSources(name: string): CslItem[] {
  const clean = JSON.parse(readFileSync(new URL(`../fixtures/${name}/clean.json`, import.meta.url), 'utf8')) as CleanArticle
  const notes = Object.entries(clean.footnotes).map(([n, markdown]) => ({n: Number(n), text: markdown, markdown}))
  const references = clean.sections.filter((s) => referenceHeadings.test(s.heading)).flatMap((s) => s.paragraphs.map((text) => ({text})))
  return citeFootnotes(clean.id, notes, undefined, {references}).sources
}

const sets: Array<[string, CslItem[]]> = [
  ['the bundled article', bundled],
  ...['unseen-author-date', 'unseen-archival', 'unseen-mixed'].map((name): [string, CslItem[]] => [name, fixtureSources(name)])
]

type Name = {family?: string; given?: string; literal?: string}
const dash = (value: unknown) => String(value).replace(/[–—]|--/g, '-')
/** Date parts as numbers (RIS readers keep empty parts of `2012///` as empty strings). */
const dateOf = (value: unknown) => ((value as {'date-parts'?: unknown[][]} | undefined)?.['date-parts']?.[0] ?? []).filter((d) => d !== '').map(Number)
type ReadName = Name & {'non-dropping-particle'?: string; 'dropping-particle'?: string; lastName?: string; firstName?: string; prefix?: string; name?: string}
/** The family name a reader gives back, its particles joined to it. */
const familyOf = (n: ReadName) => [n['dropping-particle'], n['non-dropping-particle'], n.prefix, n.family ?? n.lastName].filter(Boolean).join(' ')
/** All the words a reader gives back for a name, in reading order. */
const wordsOf = (n: ReadName) => n.name ?? n.literal ?? [n.given ?? n.firstName, familyOf(n)].filter(Boolean).join(' ')
/**
 * Names compared as the formats can carry them: a person with given names by family and given
 * names; an organisation, or a family name printed alone, by its words (RIS has no mark for an
 * organisation, and astrocite reads one as first and last names).
 */
function sameNames(read: unknown, written: unknown): boolean {
  const a = (read as ReadName[] | undefined) ?? []
  const b = (written as ReadName[] | undefined) ?? []
  return a.length === b.length && b.every((n, i) => (n.given ? familyOf(a[i]!) === n.family && (a[i]!.given ?? a[i]!.firstName) === n.given : wordsOf(a[i]!) === (n.literal ?? n.family)))
}

/** CSL variables and where each reader puts them. */
const textFields = ['title', 'container-title', 'collection-title', 'volume', 'issue', 'number', 'page', 'publisher', 'publisher-place', 'genre', 'archive', 'archive_location', 'DOI', 'URL', 'language'] as const
const bibtexName: Readonly<Record<(typeof textFields)[number], readonly string[]>> = {
  title: ['title'], 'container-title': ['journal', 'journaltitle', 'booktitle', 'howpublished'], 'collection-title': ['series'], volume: ['volume'],
  issue: ['number'], number: ['number'], page: ['pages'], publisher: ['publisher', 'school', 'institution'], 'publisher-place': ['address', 'location'],
  genre: ['type'], archive: ['archive'], archive_location: ['archive_location'], DOI: ['doi'], URL: ['url'], language: ['language']
}

describe.each(sets)('exports of %s', (_, items) => {
  it('should have sources with unique ids to export', () => {
    expect(items.length).toBeGreaterThan(20)
    expect(new Set(items.map((d) => d.id)).size).toBe(items.length)
  })

  it('should write RIS that astrocite-ris reads back record for record, field for field, nothing wrapped', () => {
    const ris = formatBibliography(items, {format: 'ris'})
    const records = parseRis(ris) as unknown as CslItem[]
    expect(records).toHaveLength(items.length)
    const lost: string[] = []
    for (const [i, item] of items.entries()) {
      const record = records[i]!
      if (record.id !== item.id) lost.push(`${item.id}: id ${String(record.id)}`)
      // RIS has no type for CSL `document`: it is written as GEN, which readers take for an article.
      if (record.type !== (item.type === 'document' ? 'article' : item.type)) lost.push(`${item.id}: type ${record.type}`)
      for (const key of textFields) if (item[key] !== undefined && dash(record[key]) !== dash(item[key])) lost.push(`${item.id}: ${key} ${String(record[key])}`)
      for (const key of ['author', 'editor']) {
        // Note: astrocite drops a leading lower-case particle of a name without given names (`ibn Khaldun` → `Khaldun`); the line is checked instead.
        const particleFirst = ((item[key] as Name[] | undefined) ?? []).some((n) => !n.given && /^\p{Ll}/u.test(n.family ?? ''))
        if (particleFirst ? !((item[key] as Name[]).every((n) => ris.includes(`\n${key === 'author' ? 'AU' : 'ED'}  - ${n.literal ?? n.family}${n.given ? ', ' + n.given : ''}\n`))) : !sameNames(record[key], item[key])) lost.push(`${item.id}: ${key} ${JSON.stringify(record[key])}`)
      }
      for (const key of ['issued', 'accessed']) if (JSON.stringify(dateOf(record[key])) !== JSON.stringify(dateOf(item[key]))) lost.push(`${item.id}: ${key} ${JSON.stringify(record[key])}`)
    }
    expect(lost).toEqual([])
    for (const url of items.flatMap((d) => (typeof d['URL'] === 'string' ? [d['URL']] : []))) expect(ris).toContain(`UR  - ${url}\n`)
    expect(ris.split('\n').filter((line) => line !== '' && !/^[A-Z][A-Z\d] {2}- /.test(line)), 'lines that are no tag').toEqual([])
  })

  for (const dialect of ['bibtex', 'biblatex'] as const) {
    it(`should write ${dialect === 'bibtex' ? 'BibTeX' : 'BibLaTeX'} that @retorquere/bibtex-parser reads back, keys equal to the ids, every field intact`, () => {
      const {entries, errors} = parseBibtex(formatBibliography(items, {format: dialect}), {sentenceCase: false} as never)
      expect(errors).toEqual([])
      expect(entries.map((e) => e.key)).toEqual(items.map((d) => d.id))
      const lost: string[] = []
      for (const [i, item] of items.entries()) {
        const fields = entries[i]!.fields as Record<string, unknown>
        const read = (names: readonly string[]) => names.map((name) => fields[name]).find((value) => value !== undefined)
        const flat = (value: unknown) => dash(Array.isArray(value) ? value.join(', ') : value)
        for (const key of textFields) {
          if (item[key] === undefined || (key === 'number' && item['issue'] !== undefined)) continue
          if (flat(read(bibtexName[key])) !== dash(item[key])) lost.push(`${item.id}: ${key} ${JSON.stringify(read(bibtexName[key]))}`)
        }
        for (const key of ['author', 'editor']) {
          // BibTeX reads `de Cordier` as the von part `de` and the last name `Cordier`: the same name.

          if (!sameNames(fields[key], item[key])) lost.push(`${item.id}: ${key} ${JSON.stringify(fields[key])}`)
        }
        const issued = dateOf(item['issued'])
        const date = fields['date'] === undefined ? [fields['year'], fields['month']].filter((d) => d !== undefined).map(Number) : String(fields['date']).split('-').map(Number)
        if (issued.length > 0 && JSON.stringify(date.slice(0, issued.length)) !== JSON.stringify(issued)) lost.push(`${item.id}: issued ${JSON.stringify(fields)}`)
        const accessed = dateOf(item['accessed'])
        if (accessed.length > 0 && JSON.stringify(String(fields['urldate']).split('-').map(Number)) !== JSON.stringify(accessed)) lost.push(`${item.id}: urldate ${String(fields['urldate'])}`)
      }
      expect(lost).toEqual([])
    })
  }

  it('should write CSL-JSON that reads back to the same items', () => {
    expect(JSON.parse(formatBibliography(items, {format: 'csl-json'}))).toEqual(items)
  })
})
