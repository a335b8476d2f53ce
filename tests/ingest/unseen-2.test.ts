/**
 * Does ingest generalise beyond the first unseen article? A second article it has never seen
 * (`tests/fixtures/unseen-2/`, regenerate: `npx tsx tests/fixtures/damage.ts unseen-2`); the common
 * checks are in `_unseen.ts`, and every expectation comes from `clean.json`. Footnote 10 is the one
 * damage.ts (seed 560) continues on the next page's footnote block, after a running header.
 *
 * Unlike the first article it has 40 footnotes (two-digit markers from the first pages on, numbers such
 * as “25 January” or “35 percent” opening footnote lines), marker runs (“documented.13, 14”), markers
 * after a percent sign, a closing parenthesis, a year and an amount, numbered plain headings among
 * letter-spaced ones, a table in the text flow, running headers with the page number on the same line
 * in both orders, and compounds cut at line ends (“Sino-|Kyrgyz”, “water-|sharing”).
 */
import {describe, expect, it} from 'vitest'
import {toString} from 'mdast-util-to-string'
import {commonChecks, loadUnseen, norm, plain} from './_unseen.js'

const fixture = loadUnseen('unseen-2')
const {clean, raw, paragraphs, allOf, directives, bodyParagraphs} = fixture
const tables = clean.tables ?? []

describe('ingest on a second unseen article', () => {
  commonChecks(fixture, 10)

  it('should render a fixture that shows the cases it is meant to test', () => {
    const S = '[ \uFFFD]'
    const cases = {
      markerRun: new RegExp(`documented\\.13,${S}14`),
      markerAfterPercent: /80%17/,
      markerAfterParenthesis: /Darya\)9/,
      markerAfterYear: /201927/,
      markerAfterAmount: /million23/,
      numberedHeading: /^2\. Water Quotas/m,
      table: /^T a b l e {2}1$/m,
      headerNumberFirst: /^\d+ {2}CENTRAL ASIA AND THE CAUCASUS {2}English Edition {2}Volume 22/m,
      headerNumberLast: /^Volume 22 {2}Issue 3 {2}2021 {2}CENTRAL ASIA AND THE CAUCASUS {2}English Edition {2}\d+$/m,
      footnoteLineOpensWithDate: new RegExp(`^\\d{1,2}${S}(January|February|March|June|October)`, 'm'),
      footnoteLineOpensWithPercent: new RegExp(`^\\d{1,2}${S}percent`, 'm'),
      sinoKyrgyzCut: /Sino-\n\s?Kyrgyz/,
      waterSharingCut: /water-\n\s*sharing/,
      ligatureGlyphs: /[¿À൶௺]/
    }
    const missing = Object.entries(cases).filter(([, pattern]) => !pattern.test(raw)).map(([name]) => name)
    expect(missing).toEqual([])
  })

  it('should keep compounds cut at a line end and join the words the document spells whole', () => {
    const words = ['Sino-Kyrgyz', 'water-sharing', 'growing-season', 'Export-Import', 'Kambarata-1', 'Toktogul', 'Kyrgyzstan', 'Naryn', 'Kazarman', 'transboundary']
    const count = (text: string, word: string) => text.split(word).length - 1
    const cleanText = [...paragraphs, ...Object.values(clean.footnotes)].map(plain).join('\n')
    const gotText = [...bodyParagraphs(), ...allOf('footnoteDefinition')].map((n) => norm(toString(n))).join('\n')
    const differ = words.map((w) => ({word: w, expected: count(cleanText, w), actual: count(gotText, w)})).filter((c) => c.expected !== c.actual)
    expect(differ).toEqual([])
  })

  it('should recover the table as a :::table directive: caption, rows and source', () => {
    const got = directives('table').map((t) => {
      const texts = t.children.map((c) => norm(toString(c)))
      const all = norm(toString(t))
      return {
        n: Number(t.attributes?.['n']),
        id: t.attributes?.['id'],
        caption: texts.find((x) => x.startsWith('Table ')),
        source: texts.find((x) => x.startsWith('Source:')),
        rows: tables.find((x) => x.n === Number(t.attributes?.['n']))?.rows.filter((r) => all.includes(norm(r))).length
      }
    })
    expect(got).toEqual(tables.map((t) => ({n: t.n, id: `table-${t.n}`, caption: `Table ${t.n}. ${plain(t.caption)}`, source: `Source: ${plain(t.source)}`, rows: t.rows.length})))
  })

  it('should keep the table’s rows out of the body paragraphs', () => {
    const body = bodyParagraphs().map((p) => norm(toString(p)))
    const leaked = tables.flatMap((t) => t.rows.map(norm)).filter((row) => body.some((p) => p.includes(row) || p.includes(row.split(' ').slice(0, 2).join(' '))))
    expect(leaked).toEqual([])
  })
})
