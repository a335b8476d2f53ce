/**
 * Property-based: the exports re-read to the same items. Random selections of
 * the seed article's sources, in random order, and generated items with
 * titles and names in several scripts, go out as CSL-JSON, BibTeX and RIS and
 * are read back with citation-js: the same ids (BibTeX keys), titles, years
 * and family names, in the same order.
 */
import {Cite} from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-ris'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {formatBibliography} from '../../src/bibliography/index.js'
import type {CslItem} from '../../src/types.js'
import {sources} from './_sources.js'

const runs = {numRuns: Number(process.env['FUZZ_RUNS'] ?? 25), seed: Number(process.env['FUZZ_SEED'] ?? 20_250_101)}

/** What must survive an export. */
function essence(item: Record<string, unknown>, withId: boolean): unknown {
  const issued = item['issued'] as {'date-parts'?: number[][]} | undefined
  return {
    ...(withId ? {id: item['citation-key'] ?? item['id']} : {}),
    title: item['title'],
    year: issued?.['date-parts']?.[0]?.[0],
    // Note: citation-js reads the `AU` of a RIS `NEWS` record as strings (`"Ramani, S."`), not as names.
    families: families(item['author'] ?? item['reporter'])
  }
}

function families(names: unknown): string[] {
  const family = (name: unknown): string => (typeof name === 'string' ? name.split(',')[0]!.trim() : ((name as {family?: string; literal?: string}).family ?? (name as {literal?: string}).literal ?? ''))
  if (names === undefined) return []
  return (Array.isArray(names) ? names : [names]).map(family)
}

const word = fc.stringMatching(/^[A-Za-zÀ-ÿА-Яа-яё]{2,12}$/)
const generated: fc.Arbitrary<CslItem> = fc.record({
  id: fc.stringMatching(/^[a-z][a-z0-9-]{2,20}$/),
  type: fc.constantFrom('book', 'article-journal', 'chapter', 'webpage', 'article-newspaper', 'report'),
  title: fc.array(word, {minLength: 1, maxLength: 8}).map((words) => words.join(' ')),
  author: fc.array(fc.record({family: word, given: fc.constantFrom('A.', 'B.C.', 'Ivan')}), {minLength: 1, maxLength: 3}),
  issued: fc.integer({min: 1900, max: 2030}).map((year) => ({'date-parts': [[year]]}))
})

/** Distinct ids: a bibliography lists each work once. */
const selections = fc.oneof(
  fc.shuffledSubarray(sources, {minLength: 1, maxLength: 12}),
  fc.uniqueArray(generated, {minLength: 1, maxLength: 6, selector: (item) => item.id})
)

describe('exports on random selections of items', () => {
  it('should give back the items as given from CSL-JSON', () => {
    fc.assert(
      fc.property(selections, (items) => {
        expect(JSON.parse(formatBibliography(items, {format: 'csl-json'}))).toEqual(items)
      }),
      runs
    )
  })

  it('should re-read BibTeX to the same keys, titles, years and authors', () => {
    fc.assert(
      fc.property(selections, (items) => {
        const back = new Cite(formatBibliography(items, {format: 'bibtex'})).data as Array<Record<string, unknown>>
        expect(back.map((item) => essence(item, true))).toEqual(items.map((item) => essence(item, true)))
      }),
      runs
    )
  })

  it('should re-read RIS to the same titles, years and authors, however long the title', () => {
    fc.assert(
      fc.property(selections, (items) => {
        const ris = formatBibliography(items, {format: 'ris'})
        const back = new Cite(ris).data as Array<Record<string, unknown>>
        // Note: citation-js reads RIS `Y2` (the access date, where reference managers look for it) as the date of
        // issue of some types (a `STAT`), so a year is compared only where the item has one.
        const dated = (item: Record<string, unknown>, original: CslItem): unknown => ({...(essence(item, false) as object), ...(original['issued'] === undefined ? {year: undefined} : {})})
        expect(back.map((item, i) => dated(item, items[i]!))).toEqual(items.map((item) => dated(item, item)))
        expect(ris.split('\n').filter((line) => line !== '').every((line) => /^[A-Z][A-Z0-9] {2}-(?: |$)/.test(line))).toBe(true)
      }),
      runs
    )
  })
})
