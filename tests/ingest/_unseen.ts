/**
 * The checks every unseen-article fixture must pass. A fixture is a clean
 * article (`clean.json`) and its damaged rendering (`source.txt`, made by
 * `tests/fixtures/damage.ts`); every expectation comes from `clean.json`,
 * never from ingest’s own output.
 */
import {readFileSync} from 'node:fs'
import {beforeAll, expect, it} from 'vitest'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkFrontmatter from 'remark-frontmatter'
import remarkDirective from 'remark-directive'
import {parse as parseYaml} from 'yaml'
import {toString} from 'mdast-util-to-string'
import type {ContainerDirective} from 'mdast-util-directive'
import type {Paragraph, Root, RootContent} from 'mdast'
import {ingest} from '../../src/ingest/index.js'
import {referenceHeadings, type CleanArticle} from '../fixtures/damage.js'

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkDirective).freeze()

import {misplaced, norm, plain} from './_misplaced.js'

export {misplaced, norm, plain}
const lastWords = (text: string) => text.split(/\s+/).filter(Boolean).slice(-3).join(' ')

/** One fixture, ingested once (in `beforeAll`), with ways to look into the result. */
export interface Unseen {
  clean: CleanArticle
  raw: string
  /** Abstract and body paragraphs of the clean article (not its reference list). */
  paragraphs: string[]
  /** Entries of the clean article’s reference list (empty without one). */
  entries: string[]
  markdown(): string
  tree(): Root
  allOf<T extends RootContent['type']>(type: T, root?: Root | RootContent): Array<Extract<RootContent, {type: T}>>
  /** Top-level directives of one name (`figure`, `table`). */
  directives(name: string): ContainerDirective[]
  /** Paragraphs of the body and abstract: top level, outside directives and footnote definitions. */
  bodyParagraphs(): Paragraph[]
}

/** Load fixture `tests/fixtures/<name>/` and ingest it before the tests. */
export function loadUnseen(name: string): Unseen {
  const dir = new URL(`../fixtures/${name}/`, import.meta.url)
  const clean = JSON.parse(readFileSync(new URL('clean.json', dir), 'utf8')) as CleanArticle
  const raw = readFileSync(new URL('source.txt', dir), 'utf8')
  let markdown = ''
  let tree: Root = {type: 'root', children: []}
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
  return {
    clean,
    raw,
    paragraphs: [...clean.abstract, ...clean.sections.filter((s) => !referenceHeadings.test(s.heading)).flatMap((s) => s.paragraphs)],
    entries: clean.sections.filter((s) => referenceHeadings.test(s.heading)).flatMap((s) => s.paragraphs),
    markdown: () => markdown,
    tree: () => tree,
    allOf,
    directives: (kind) => tree.children.filter((n): n is ContainerDirective => n.type === 'containerDirective' && n.name === kind),
    bodyParagraphs: () => tree.children.filter((n): n is Paragraph => n.type === 'paragraph')
  }
}

/**
 * Register the checks every fixture must pass.
 *
 * @param fixture    From {@link loadUnseen}.
 * @param continued  The footnote the fixture continues across a page break (when its rendering has one).
 * @param exact      Share of footnotes that must come out word for word (default 0.9).
 */
export function commonChecks(fixture: Unseen, continued?: number, exact = 0.9): void {
  const {clean, paragraphs, entries, allOf, directives, bodyParagraphs} = fixture
  const N = Object.keys(clean.footnotes).length

  it('should write one reference and one definition per footnote, numbered 1..N in order', () => {
    const expected = Array.from({length: N}, (_, i) => i + 1)
    expect(allOf('footnoteReference').map((r) => Number(r.identifier)), 'footnote references in document order').toEqual(expected)
    expect(allOf('footnoteDefinition').map((d) => Number(d.identifier)), 'footnote definitions in order').toEqual(expected)
  })

  it(`should recover at least ${exact * 100}% of the footnote texts exactly`, () => {
    const got = new Map(allOf('footnoteDefinition').map((d) => [Number(d.identifier), norm(toString(d))]))
    const differ = Object.entries(clean.footnotes)
      .map(([n, text]) => ({n: Number(n), expected: plain(text), actual: got.get(Number(n)) ?? '(missing)'}))
      .filter((f) => f.expected !== f.actual)
    expect(differ.length, `footnotes that differ:\n${JSON.stringify(differ, null, 2)}`).toBeLessThanOrEqual(Math.floor(N * (1 - exact) + 1e-9))
  })

  it('should never put footnote text in a body paragraph, nor body text in a footnote', () => {
    const body = bodyParagraphs().map((p) => norm(toString(p)))
    expect(misplaced(clean, body, allOf('footnoteDefinition').map((d) => norm(toString(d))))).toEqual([])
  })

  if (continued !== undefined) {
    it('should join a footnote continued on the next page, and nothing else', () => {
      const definition = allOf('footnoteDefinition').find((d) => d.identifier === String(continued))
      expect(norm(toString(definition ?? {type: 'text', value: ''}))).toBe(plain(clean.footnotes[String(continued)] ?? ''))
    })
  }

  if (entries.length > 0) {
    it('should keep the reference list as a section, one entry per paragraph of a :::references directive', () => {
      const [list, ...others] = directives('references')
      expect(others).toEqual([])
      const heading = fixture.tree().children.findLastIndex((n) => n.type === 'heading')
      expect(fixture.tree().children.indexOf(list!), 'the list follows the last heading').toBe(heading + 1)
      const got = (list?.children ?? []).map((c) => norm(toString(c)))
      expect(got).toHaveLength(entries.length)
      const wrong = entries.map(plain).filter((entry) => !got.includes(entry))
      expect(wrong.length, `entries not recovered:\n${wrong.join('\n')}`).toBeLessThanOrEqual(Math.floor(entries.length * 0.1))
    })
  }

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

  it('should recover the headings', () => {
    expect(allOf('heading').map((h) => `${h.depth} ${toString(h)}`)).toEqual(['Abstract', ...clean.sections.map((s) => s.heading)].map((h) => `2 ${h}`))
  })

  it('should recover at least 90% of the abstract and body paragraphs exactly', () => {
    const got = bodyParagraphs().map((p) => norm(toString(p)))
    const missing = paragraphs
      .map(plain)
      .filter((p) => !got.includes(p))
      .map((p) => ({expected: p, closest: got.find((g) => g.startsWith(p.slice(0, 30))) ?? '(none)'}))
    expect(missing.length, `paragraphs not recovered:\n${JSON.stringify(missing, null, 2)}`).toBeLessThanOrEqual(Math.floor(paragraphs.length * 0.1))
  })

  /** Top-level figures of the output with what the test compares. */
  function figures() {
    const top = fixture.tree().children
    return directives('figure').map((f) => {
      const n = Number(f.attributes?.['n'])
      const texts = f.children.map((c) => norm(toString(c)))
      const cites = top.findIndex((p) => p.type === 'paragraph' && toString(p).includes(`Fig. ${n}`))
      return {n, id: f.attributes?.['id'], caption: texts.find((t) => !t.startsWith('Source:')), source: texts.find((t) => t.startsWith('Source:')), afterCitation: cites !== -1 && top.indexOf(f) > cites}
    })
  }

  it('should recover the figures: number, caption and source', () => {
    const got = figures().map(({afterCitation: _, ...rest}) => rest)
    expect(got).toEqual(clean.figures.map((f) => ({n: f.n, id: `fig-${f.n}`, caption: f.caption ? `Figure ${f.n}. ${plain(f.caption)}` : undefined, source: `Source: ${plain(f.source)}`})))
  })

  it('should place each figure after the paragraph citing it', () => {
    expect(figures().filter((f) => !f.afterCitation).map((f) => f.n)).toEqual([])
  })

  it('should read the keywords and the journal issue, and drop the running headers', () => {
    const yaml = fixture.tree().children.find((n) => n.type === 'yaml')
    const front = parseYaml(yaml && 'value' in yaml ? yaml.value : '') as Record<string, unknown>
    const {volume, issue, year} = clean.journal
    expect({keywords: front['keywords'], volume: front['volume'], issue: front['issue'], year: front['year']}).toEqual({keywords: clean.keywords, volume, issue, year})
    const text = [...bodyParagraphs(), ...allOf('footnoteDefinition')].map((n) => toString(n))
    expect(text.filter((t) => /CENTRAL ASIA AND THE CAUCASUS|English Edition|Volume \d+ +Issue/.test(t))).toEqual([])
  })

  it('should leave no U+FFFD or ligature glyph', () => {
    expect(fixture.markdown().split('\n').filter((line) => /[\uFFFD¿À൶௺]/.test(line))).toEqual([])
  })
}
