import {readFileSync} from 'node:fs'
import type {Element, ElementContent, Root} from 'hast'
import {VFile} from 'vfile'
import {beforeAll, describe, expect, it} from 'vitest'
import {bundleReader} from '../../build/reader.js'
import {bundledCorpus, readCorpus} from '../../src/corpus/index.js'
import {openCorpus, type Corpus} from '../../src/facade/index.js'
import {buildSite} from '../../src/html/index.js'
import {renderArticle} from '../../src/html/article.js'
import {scriptJson} from '../../src/html/data.js'
import {formatSources} from '../../src/html/sources.js'
import {hostileCorpus, site} from './_site.js'

/** Text of a hast node without footnote markers. */
function text(node: ElementContent | Root): string {
  if (node.type === 'text') return node.value
  if (node.type === 'element' && node.tagName === 'sup') return ''
  return 'children' in node ? node.children.map((child) => text(child as ElementContent)).join('') : ''
}

function elements(node: Root | Element, test: (element: Element) => boolean, found: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (test(child)) found.push(child)
    elements(child, test, found)
  }
  return found
}

const squash = (value: string): string => value.replace(/\s+/g, ' ').trim()

describe('claimtrace html: the article body', () => {
  let corpus: Corpus
  let tree: Root
  let file: VFile

  beforeAll(async () => {
    corpus = await openCorpus()
    const [paper] = await readCorpus(bundledCorpus)
    file = new VFile({path: paper!.path, value: paper!.value})
    const byId = new Map(corpus.sources.map((item) => [item.id, item]))
    tree = renderArticle(file, {claims: corpus.claims, footnotes: corpus.footnotes, sources: byId, formatted: new Map()})
  })

  it('should wrap every claim of the bundled paper in one element with its id and its text', () => {
    expect(file.data.unplacedClaims).toBe(0)
    const spans = elements(tree, (element) => Array.isArray(element.properties['className']) && element.properties['className'].includes('claim'))
    expect(spans).toHaveLength(corpus.claims.length)
    const byId = new Map(spans.map((span) => [String(span.properties['id']), span]))
    for (const claim of corpus.claims) {
      const span = byId.get(claim.id.slice(claim.id.indexOf('#') + 1))
      expect(span, claim.id).toBeDefined()
      // The span holds the claim, and what follows it up to the next claim (a marker, a “;”).
      expect(squash(text(span!)).startsWith(squash(claim.text)), `${claim.id}: ${text(span!)}`).toBe(true)
      expect(span!.properties['className']).toContain(claim.footnotes.length > 0 ? 'cited' : 'uncited')
    }
  })

  it('should keep each marker inside the claim it closes and show the paper’s note number', () => {
    const c069 = elements(tree, (element) => element.properties['id'] === 'c069')[0]!
    const marker = elements(c069, (element) => element.tagName === 'a')[0]!
    expect([marker.properties['href'], text(marker), marker.properties['ariaHaspopup']]).toEqual(['#fn-25', '25', 'dialog'])
  })

  it('should give every note its sources, linked to the side panel', () => {
    const note = elements(tree, (element) => element.properties['id'] === 'fn-25')[0]!
    const sources = elements(note, (element) => element.properties['dataSource'] !== undefined)
    expect(sources.map((element) => element.properties['dataSource'])).toEqual(['feiler2014'])
    expect(text(note)).toContain('(op. cit., p. 28)')
  })
})

describe('claimtrace html: the site', () => {
  it('should write one page per document and an index, the article page under 1 MB', async () => {
    const files = await site(bundledCorpus)
    expect(files.map((file) => file.path)).toEqual(['israel-central-asia-2020.html', 'index.html'])
    const page = files[0]!.contents
    expect(Buffer.byteLength(page)).toBeLessThan(1024 * 1024)
    expect(page).toMatch(/^<!doctype html>/)
    // Self-contained: nothing to fetch.
    expect(page).not.toMatch(/<(?:link|img|iframe)\b|<script[^>]+src=|@import|url\(/i)
    expect(files[1]!.contents).toContain('href="israel-central-asia-2020.html"')
  })

  it('should format the sources in the chosen style', async () => {
    const [apa] = await site(bundledCorpus, {style: 'apa'})
    const [mla] = await site(bundledCorpus, {style: 'mla'})
    expect(apa!.contents).toContain('<span class="entry">Feiler, G., &#x26; Lim, K. (2014). Israel and Kazakhstan')
    expect(mla!.contents).toContain('<span class="entry">Feiler, G., and K. Lim. Israel and Kazakhstan')
  })

  it('should draw the charts as SVG images with a title, a description and a data table', async () => {
    const [page] = await site(bundledCorpus)
    for (const id of ['chart-cited', 'chart-sections', 'chart-types', 'chart-languages', 'chart-years']) {
      const figure = new RegExp(`<figure class="chart" id="${id}">([\\s\\S]*?)</figure>`).exec(page!.contents)?.[1] ?? ''
      expect(figure, id).toMatch(new RegExp(`<svg[^>]*role="img"[^>]*aria-labelledby="${id}-t ${id}-d"`))
      expect(figure).toMatch(/<title id="[^"]+">[^<]+<\/title><desc id="[^"]+">[^<]+\d/)
      expect(figure).toMatch(/<table>.*<th scope="row">/)
    }
    const corpus = await openCorpus()
    const cited = corpus.claims.filter((claim) => claim.footnotes.length > 0).length
    expect(page!.contents).toContain(`${cited} of ${corpus.claims.length} claims`)
  })

  it('should show HTML in notes and text as text, and keep it from closing the data script', async () => {
    const [page] = await site(hostileCorpus)
    const html = page!.contents
    expect(html).toContain('&#x3C;script>window.__pwned = \'note\'&#x3C;/script>')
    expect(html).toContain('&#x3C;img src="x" onerror=')
    expect(html).toContain('&#x3C;b>bold&#x3C;/b>')
    // Exactly two scripts end: the data (JSON) and the reader; none of the paper's.
    expect(html.match(/<\/script>/g)).toHaveLength(2)
    expect(html).not.toMatch(/<img\b/)
    const data = /<script type="application\/json" id="claimtrace-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? ''
    expect(JSON.parse(data).document).toBe('hostile-2021')
    expect(scriptJson('</script>')).toBe('"\\u003c/script>"')
  })

  it('should cut claims at markers inside emphasis, cloning the emphasis', async () => {
    const [page] = await site(hostileCorpus)
    expect(page!.contents).toMatch(/<span id="c001" class="claim cited">The treaty was <em>signed in 2016<sup>.*?<\/sup> <\/em><\/span><span id="c002" class="claim uncited"><em>and ratified<\/em> in 2017/)
  })

  it('should refuse an unknown document and an unknown style', async () => {
    const corpus = await openCorpus()
    const papers = await readCorpus(bundledCorpus)
    expect(() => buildSite(corpus, papers, {document: 'nope'})).toThrow('Unknown document `nope`, expected one of israel-central-asia-2020')
    expect(() => buildSite(corpus, papers, {style: 'klingon'})).toThrow(/^Unknown style `klingon`, expected one of apa, chicago/)
    expect(() => formatSources([], {style: 'apa', lang: 'xx-XX'})).toThrow(/xx-XX/)
  })

  it('should ship the reader bundle built from src/html/browser/ (run `npm run build:reader` when this fails)', async () => {
    const {code, module} = await bundleReader()
    expect(readFileSync('src/html/_script.ts', 'utf8')).toBe(module)
    expect(code.length).toBeLessThan(80 * 1024)
  })
})
