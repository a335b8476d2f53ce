/**
 * Does ingest generalise beyond the first unseen article? It reads `tests/fixtures/unseen-2/source.txt`,
 * a second article it has never seen, damaged from `clean.json` by `tests/fixtures/damage.ts`
 * (regenerate: `npx tsx tests/fixtures/damage.ts unseen-2`), and every expectation below comes from
 * `clean.json`, never from ingest's own output.
 *
 * Unlike the first article it has 40 footnotes (two-digit markers from the first pages on, numbers such
 * as “25 January” or “35 percent” opening footnote lines), marker runs (“documented.13, 14”), markers
 * after a percent sign, a closing parenthesis, a year and an amount, numbered plain headings among
 * letter-spaced ones, a table in the text flow, running headers with the page number on the same line
 * in both orders, and compounds cut at line ends (“Sino-|Kyrgyz”, “water-|sharing”).
 */
import {readFileSync} from 'node:fs'
import {beforeAll, describe, expect, it} from 'vitest'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkFrontmatter from 'remark-frontmatter'
import remarkDirective from 'remark-directive'
import {parse as parseYaml} from 'yaml'
import {toString} from 'mdast-util-to-string'
import type {ContainerDirective} from 'mdast-util-directive'
import type {FootnoteDefinition, FootnoteReference, Paragraph, Root, RootContent} from 'mdast'
import {ingest} from '../../src/ingest/index.js'
import type {CleanArticle} from '../fixtures/damage.js'

const dir = new URL('../fixtures/unseen-2/', import.meta.url)
const clean = JSON.parse(readFileSync(new URL('clean.json', dir), 'utf8')) as CleanArticle
const raw = readFileSync(new URL('source.txt', dir), 'utf8')
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkDirective).freeze()

const N = Object.keys(clean.footnotes).length
const norm = (text: string) => text.replace(/\s+/g, ' ').trim()
/** Plain text of clean Markdown-ish text: no markers, no emphasis stars. */
const plain = (text: string) => norm(text.replace(/\[\^\d+\]/g, '').replace(/\*/g, ''))
const lastWords = (text: string) => text.split(/\s+/).filter(Boolean).slice(-3).join(' ')
const paragraphs = [...clean.abstract, ...clean.sections.flatMap((s) => s.paragraphs)]
const tables = clean.tables ?? []

let markdown = ''
let tree: Root
beforeAll(async () => {
  markdown = (await ingest(raw, {id: clean.id})).markdown
  tree = processor.parse(markdown) as Root
})

function allOf<T extends RootContent['type']>(type: T, root: Root | RootContent = tree): Array<Extract<RootContent, {type: T}>> {
  const found: Array<Extract<RootContent, {type: T}>> = []
  const walk = (node: Root | RootContent) => {
    if (node.type === type) found.push(node as Extract<RootContent, {type: T}>)
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(root)
  return found
}

/** Top-level directives of one name (`figure`, `table`). */
const directives = (name: string) => tree.children.filter((n): n is ContainerDirective => n.type === 'containerDirective' && n.name === name)
/** Paragraphs of the body and abstract: top level, outside directives and footnote definitions. */
const bodyParagraphs = () => tree.children.filter((n): n is Paragraph => n.type === 'paragraph')

describe('ingest on a second unseen article', () => {
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

  // Known failure (lead: src/ingest, markers): the second marker of a run that ends a paragraph stays text,
  // `documented.13,\uFFFD14` (source.txt 105) → `documented.[^13], 14`, and `latter.39,\uFFFD40` (317) → `[^39], 40`.
  it('should write one reference and one definition per footnote, numbered 1..N', () => {
    const references = allOf('footnoteReference').map((r: FootnoteReference) => Number(r.identifier))
    const definitions = allOf('footnoteDefinition').map((d: FootnoteDefinition) => Number(d.identifier))
    const expected = Array.from({length: N}, (_, i) => i + 1)
    expect(references, 'footnote references in document order').toEqual(expected)
    expect(definitions, 'footnote definitions in order').toEqual(expected)
  })

  it('should recover at least 90% of the footnote texts exactly', () => {
    const got = new Map(allOf('footnoteDefinition').map((d) => [Number(d.identifier), norm(toString(d))]))
    const differ = Object.entries(clean.footnotes)
      .map(([n, text]) => ({n: Number(n), expected: plain(text), actual: got.get(Number(n)) ?? '(missing)'}))
      .filter((f) => f.expected !== f.actual)
    expect(differ.length, `footnotes that differ:\n${JSON.stringify(differ, null, 2)}`).toBeLessThanOrEqual(Math.floor(N * 0.1))
  })

  // Footnote 10 is the one damage.ts (seed 560) continues on the next page's footnote block (source.txt 93 → 121-123),
  // after a running header and a body paragraph. Known failure (lead: src/ingest, footnote continuation): line 121 is
  // set with ordinary spaces, so it is read as body text and joined to the page's last body line `…into the Ar-` (119),
  // while `2021.` (123) alone goes back to footnote 10 (`…mezhgosu-2021.`).
  it('should join a footnote continued on the next page, and nothing else', () => {
    const definition = allOf('footnoteDefinition').find((d) => d.identifier === '10')
    expect(norm(toString(definition ?? {type: 'text', value: ''}))).toBe(plain(clean.footnotes['10'] ?? ''))
  })

  it('should keep at least 90% of the multi-word italic titles as emphasis', () => {
    const got = new Map(allOf('footnoteDefinition').map((d) => [Number(d.identifier), d]))
    const titles = Object.entries(clean.footnotes).flatMap(([n, text]) => [...text.matchAll(/\*([^*]+ [^*]+)\*/g)].map((m) => ({n: Number(n), title: m[1] ?? ''})))
    const lost = titles.filter(({n, title}) => {
      const definition = got.get(n)
      return !definition || !allOf('emphasis', definition).map((e) => norm(toString(e))).includes(title)
    })
    expect(lost.length, `italic titles lost:\n${JSON.stringify(lost, null, 2)}`).toBeLessThanOrEqual(Math.floor(titles.length * 0.1))
  })

  it('should attach every marker right after the word it followed', () => {
    const expected = new Map<number, string>()
    for (const paragraph of paragraphs) {
      for (const m of paragraph.matchAll(/\[\^(\d+)\]/g)) expected.set(Number(m[1]), lastWords(plain(paragraph.slice(0, m.index))) + (/\s$/.test(paragraph.slice(0, m.index)) ? ' ' : ''))
    }
    const wrong: Array<{n: number; expected: string | undefined; actual: string}> = []
    for (const paragraph of allOf('paragraph')) {
      let before = ''
      for (const child of paragraph.children) {
        if (child.type !== 'footnoteReference') {
          before += toString(child)
          continue
        }
        const n = Number(child.identifier)
        const actual = lastWords(before) + (/\s$/.test(before) ? ' ' : '')
        if (actual !== expected.get(n)) wrong.push({n, expected: expected.get(n), actual})
      }
    }
    expect(wrong, 'markers attached to the wrong words (3 words before each)').toEqual([])
  })

  it('should recover the headings, numbered and letter-spaced', () => {
    const headings = allOf('heading').map((h) => `${h.depth} ${toString(h)}`)
    expect(headings).toEqual(['Abstract', ...clean.sections.map((s) => s.heading)].map((h) => `2 ${h}`))
  })

  // Known failure (lead: src/ingest): 3 of 21 paragraphs differ, the two ending in a marker run (` 14`, ` 40` left as
  // text) and the one ending `…into the Ar-|nasai` that took footnote 10's continuation; passes once at most 2 differ.
  it('should recover at least 90% of the abstract and body paragraphs exactly', () => {
    const got = bodyParagraphs().map((p) => norm(toString(p)))
    const missing = paragraphs.map(plain).filter((p) => !got.includes(p))
      .map((p) => ({expected: p, closest: got.find((g) => g.startsWith(p.slice(0, 30))) ?? '(none)'}))
    expect(missing.length, `paragraphs not recovered:\n${JSON.stringify(missing, null, 2)}`).toBeLessThanOrEqual(Math.floor(paragraphs.length * 0.1))
  })

  it('should keep compounds cut at a line end and join the words the document spells whole', () => {
    const words = ['Sino-Kyrgyz', 'water-sharing', 'growing-season', 'Export-Import', 'Kambarata-1', 'Toktogul', 'Kyrgyzstan', 'Naryn', 'Kazarman', 'transboundary']
    const count = (text: string, word: string) => text.split(word).length - 1
    const cleanText = [...paragraphs, ...Object.values(clean.footnotes)].map(plain).join('\n')
    const gotText = [...bodyParagraphs(), ...allOf('footnoteDefinition')].map((n) => norm(toString(n))).join('\n')
    const differ = words.map((w) => ({word: w, expected: count(cleanText, w), actual: count(gotText, w)})).filter((c) => c.expected !== c.actual)
    expect(differ).toEqual([])
  })

  /** Top-level figures of the output with what the test compares. */
  function figures() {
    const top = tree.children
    return directives('figure').map((f) => {
      const n = Number(f.attributes?.['n'])
      const texts = f.children.map((c) => norm(toString(c)))
      const cites = top.findIndex((p) => p.type === 'paragraph' && toString(p).includes(`Fig. ${n}`))
      return {n, id: f.attributes?.['id'], caption: texts.find((t) => !t.startsWith('Source:')), source: texts.find((t) => t.startsWith('Source:')), afterCitation: cites !== -1 && top.indexOf(f) > cites}
    })
  }

  it('should recover the figures: number, caption and source', () => {
    const got = figures().map(({afterCitation, ...rest}) => rest)
    expect(got).toEqual(clean.figures.map((f) => ({n: f.n, id: `fig-${f.n}`, caption: f.caption ? `Figure ${f.n}. ${plain(f.caption)}` : undefined, source: `Source: ${plain(f.source)}`})))
  })

  it('should place each figure after the paragraph citing it', () => {
    expect(figures().filter((f) => !f.afterCitation).map((f) => f.n)).toEqual([])
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

  it('should read the keywords and the journal issue, and drop the running headers in both orders', () => {
    const yaml = tree.children.find((n) => n.type === 'yaml')
    const front = parseYaml(yaml && 'value' in yaml ? yaml.value : '') as Record<string, unknown>
    const {volume, issue, year} = clean.journal
    expect({keywords: front['keywords'], volume: front['volume'], issue: front['issue'], year: front['year']}).toEqual({keywords: clean.keywords, volume, issue, year})
    const text = [...bodyParagraphs(), ...allOf('footnoteDefinition')].map((n) => toString(n))
    expect(text.filter((t) => /CENTRAL ASIA AND THE CAUCASUS|English Edition|Volume 22/.test(t))).toEqual([])
  })

  it('should leave no U+FFFD or ligature glyph', () => {
    const left = markdown.split('\n').filter((line) => /[\uFFFD¿À൶௺]/.test(line))
    expect(left).toEqual([])
  })
})
