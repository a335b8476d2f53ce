/**
 * Scenario: ingest robustness. Each unseen-article fixture (`tests/fixtures/<name>/clean.json`) is
 * damaged 40 times with different seeds (`tests/fixtures/damage.ts`: other line breaks, page breaks,
 * lost ligatures, split URLs), ingested, and its footnotes compared word for word with the clean
 * text, and text in the wrong place counted (a footnote's words in a body paragraph, or the body's
 * in a footnote; `tests/ingest/_misplaced.ts`). Baseline in the same run: the naive reading (damaged spaces to spaces, glyphs mapped, every
 * `N …` line after a blank line or a footnote starts footnote N, lines joined with a space).
 */
import {readFileSync} from 'node:fs'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkFrontmatter from 'remark-frontmatter'
import remarkDirective from 'remark-directive'
import {toString} from 'mdast-util-to-string'
import type {Nodes} from 'mdast'
import {damage, fixtures, type CleanArticle} from '../tests/fixtures/damage.js'
import {ingest} from '../src/ingest/index.js'
import {percentiles, table} from './_measure.js'
import {misplaced} from '../tests/ingest/_misplaced.js'

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkDirective).freeze()
const norm = (text: string) => text.replace(/\s+/g, ' ').trim()
const plain = (text: string) => norm(text.replace(/\[\^\d+\]/g, '').replace(/\*/g, ''))
const SEEDS = 40

/** Footnotes of claimtrace's Markdown, by number, and its body paragraphs. */
function footnotesOf(markdown: string): Map<number, string> & {body: string[]} {
  const found = Object.assign(new Map<number, string>(), {body: [] as string[]})
  const walk = (node: Nodes, top: boolean): void => {
    if (node.type === 'footnoteDefinition') found.set(Number(node.identifier), norm(toString(node)))
    else if (node.type === 'paragraph' && top) found.body.push(norm(toString(node)))
    else if ('children' in node) for (const child of node.children) walk(child, node.type === 'root')
  }
  walk(processor.parse(markdown), true)
  return found
}

/** The naive reading of the same text. */
function naive(raw: string): Map<number, string> {
  const glyphs: Record<string, string> = {'¿': 'fi', À: 'fl', '൶': 'ffi', '௺': 'ff'}
  const lines = raw.replace(/[¿À൶௺]/g, (g) => glyphs[g] ?? g).replace(/\uFFFD/g, ' ').split('\n')
  const found = new Map<number, string>()
  let current: number | undefined
  for (const line of lines) {
    const start = /^(\d{1,3}) (.*)$/.exec(line)
    if (start && Number(start[1]) === found.size + 1) {
      current = Number(start[1])
      found.set(current, start[2] ?? '')
    } else if (current !== undefined && line.trim() && !/^\s/.test(line)) found.set(current, `${found.get(current)} ${line}`)
    else if (!line.trim()) continue
    else current = undefined
  }
  for (const [n, text] of found) found.set(n, norm(text))
  return found
}

export async function run(): Promise<void> {
  const rows = []
  for (const name of Object.keys(fixtures)) {
    const clean = JSON.parse(readFileSync(new URL(`../tests/fixtures/${name}/clean.json`, import.meta.url), 'utf8')) as CleanArticle
    const expected = Object.entries(clean.footnotes).map(([n, text]) => [Number(n), plain(text)] as const)
    const rate = (got: Map<number, string>) => expected.filter(([n, text]) => got.get(n) === text).length / expected.length
    const ours: number[] = []
    const baseline: number[] = []
    const times: number[] = []
    let wrongPlace = 0
    for (let seed = 1; seed <= SEEDS; seed++) {
      const raw = damage(clean, {...fixtures[name], seed, strict: false})
      const start = performance.now()
      const {markdown} = await ingest(raw, {id: clean.id})
      times.push(performance.now() - start)
      const got = footnotesOf(markdown)
      ours.push(rate(got))
      wrongPlace += misplaced(clean, got.body, [...got.values()]).length
      baseline.push(rate(naive(raw)))
    }
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length
    rows.push({fixture: name, footnotes: expected.length, renderings: SEEDS, 'claimtrace exact': mean(ours), 'claimtrace worst': Math.min(...ours), 'naive exact': mean(baseline), 'naive worst': Math.min(...baseline), 'text misplaced': wrongPlace, 'ingest p50 ms': percentiles(times).p50})
  }
  console.log('footnotes recovered word for word, over renderings of each unseen article')
  console.log(table(rows))
}
