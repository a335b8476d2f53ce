/**
 * Does ingest generalise? It reads `tests/fixtures/unseen/source.txt`, an article it has never seen,
 * damaged from `clean.json` by `tests/fixtures/damage.ts` (regenerate: `npx tsx tests/fixtures/damage.ts`),
 * and every expectation below comes from `clean.json`, never from ingest's own output.
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

const dir = new URL('../fixtures/unseen/', import.meta.url)
const clean = JSON.parse(readFileSync(new URL('clean.json', dir), 'utf8')) as CleanArticle
const raw = readFileSync(new URL('source.txt', dir), 'utf8')
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkDirective).freeze()

const N = Object.keys(clean.footnotes).length
const norm = (text: string) => text.replace(/\s+/g, ' ').trim()
/** Plain text of clean Markdown-ish text: no markers, no emphasis stars. */
const plain = (text: string) => norm(text.replace(/\[\^\d+\]/g, '').replace(/\*/g, ''))
const lastWords = (text: string) => text.split(/\s+/).filter(Boolean).slice(-3).join(' ')
const paragraphs = [...clean.abstract, ...clean.sections.flatMap((s) => s.paragraphs)]

let markdown = ''
let tree: Root
beforeAll(async () => {
  markdown = (await ingest(raw, {id: clean.id})).markdown
  tree = processor.parse(markdown) as Root
})

function allOf<T extends RootContent['type']>(type: T): Array<Extract<RootContent, {type: T}>> {
  const found: Array<Extract<RootContent, {type: T}>> = []
  const walk = (node: Root | RootContent) => {
    if (node.type === type) found.push(node as Extract<RootContent, {type: T}>)
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(tree)
  return found
}

describe('ingest on an unseen article', () => {
  it('should write one reference and one definition per footnote, numbered 1..N', () => {
    const references = allOf('footnoteReference').map((r: FootnoteReference) => Number(r.identifier))
    const definitions = allOf('footnoteDefinition').map((d: FootnoteDefinition) => Number(d.identifier))
    const expected = Array.from({length: N}, (_, i) => i + 1)
    expect(references, 'footnote references in document order').toEqual(expected)
    expect(definitions.sort((a, b) => a - b), 'footnote definitions').toEqual(expected)
  })

  it('should recover at least 90% of the footnote texts exactly', () => {
    const got = new Map(allOf('footnoteDefinition').map((d) => [Number(d.identifier), norm(toString(d))]))
    const differ = Object.entries(clean.footnotes)
      .map(([n, text]) => ({n: Number(n), expected: plain(text), actual: got.get(Number(n)) ?? '(missing)'}))
      .filter((f) => f.expected !== f.actual)
    expect(differ.length, `footnotes that differ:\n${JSON.stringify(differ, null, 2)}`).toBeLessThanOrEqual(Math.floor(N * 0.1))
  })

  // Footnote 14 is the one damage.ts (seed 27) continues on the next page's footnote block (source.txt 140-170).
  // Known failure (lead: src/ingest): the continuation also takes the body paragraph above it.
  it('should join a footnote continued on the next page, and nothing else', () => {
    const definition = allOf('footnoteDefinition').find((d) => d.identifier === '14')
    expect(norm(toString(definition ?? {type: 'text', value: ''}))).toBe(plain(clean.footnotes['14'] ?? ''))
  })

  it('should keep at least 90% of the multi-word italic titles as emphasis', () => {
    const got = new Map(allOf('footnoteDefinition').map((d) => [Number(d.identifier), d]))
    const titles = Object.entries(clean.footnotes).flatMap(([n, text]) => [...text.matchAll(/\*([^*]+ [^*]+)\*/g)].map((m) => ({n: Number(n), title: m[1] ?? ''})))
    const lost = titles.filter(({n, title}) => {
      const definition = got.get(n)
      if (!definition) return true
      const emphasis: string[] = []
      const walk = (node: FootnoteDefinition | RootContent) => {
        if (node.type === 'emphasis') emphasis.push(norm(toString(node)))
        if ('children' in node) for (const child of node.children) walk(child)
      }
      walk(definition)
      return !emphasis.includes(title)
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

  it('should recover the headings', () => {
    const headings = allOf('heading').map((h) => `${h.depth} ${toString(h)}`)
    expect(headings).toEqual(['Abstract', ...clean.sections.map((s) => s.heading)].map((h) => `2 ${h}`))
  })

  // Known failure (lead: src/ingest): 3 of 28 paragraphs differ (`non-proliferation` joined, `Osh` → `Offish`,
  // one paragraph moved into footnote 14); passes again once at most 2 differ.
  it('should recover at least 90% of the abstract and body paragraphs exactly', () => {
    const got = allOf('paragraph')
      .filter((p: Paragraph) => !p.children.some((c) => c.type === 'strong' || c.type === 'emphasis'))
      .map((p) => norm(toString(p)))
    const missing = paragraphs.map(plain).filter((p) => !got.includes(p))
      .map((p) => ({expected: p, closest: got.find((g) => g.startsWith(p.slice(0, 30))) ?? '(none)'}))
    expect(missing.length, `paragraphs not recovered:\n${JSON.stringify(missing, null, 2)}`).toBeLessThanOrEqual(Math.floor(paragraphs.length * 0.1))
  })

  /** Top-level figures of the output with what the test compares. */
  function figures() {
    const top = tree.children
    return top
      .filter((n): n is ContainerDirective => n.type === 'containerDirective' && n.name === 'figure')
      .map((f) => {
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

  // Known failure (lead: src/ingest): the body paragraph citing Fig. 2 is swallowed by footnote 14's continuation.
  it('should place each figure after the paragraph citing it', () => {
    expect(figures().filter((f) => !f.afterCitation).map((f) => f.n)).toEqual([])
  })

  it('should read the keywords and the journal issue', () => {
    const yaml = tree.children.find((n) => n.type === 'yaml')
    const front = parseYaml(yaml && 'value' in yaml ? yaml.value : '') as Record<string, unknown>
    const {volume, issue, year} = clean.journal
    expect({keywords: front['keywords'], volume: front['volume'], issue: front['issue'], year: front['year']}).toEqual({keywords: clean.keywords, volume, issue, year})
  })

  it('should leave no U+FFFD or ligature glyph', () => {
    const left = markdown.split('\n').filter((line) => /[\uFFFD¿À൶௺]/.test(line))
    expect(left).toEqual([])
  })
})
