import {readFileSync} from 'node:fs'
import type {FootnoteDefinition, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {citeFootnotes, type FootnoteInput} from '../../src/cite/index.js'
import {checkSeed} from './_check.js'

const url = new URL('../../corpus/israel-central-asia-2020/paper.md', import.meta.url)
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkDirective).freeze()

/** Read the footnote definitions of paper.md: number, plain text, Markdown content (the source slice after `[^n]:`). */
function footnotesOf(markdown: string): FootnoteInput[] {
  const tree: Root = processor.parse(markdown)
  return tree.children
    .filter((node): node is FootnoteDefinition => node.type === 'footnoteDefinition')
    .map((node) => {
      const first = node.children[0]?.position?.start.offset ?? 0
      const last = node.children.at(-1)?.position?.end.offset ?? first
      return {
        n: Number(node.identifier),
        text: toString(node),
        markdown: markdown.slice(first, last),
        position: {line: node.position!.start.line, column: node.position!.start.column}
      }
    })
}

describe('citeFootnotes on corpus/israel-central-asia-2020/paper.md', () => {
  const markdown = readFileSync(url, 'utf8')
  const footnotes = footnotesOf(markdown)
  const file = new VFile({path: 'paper.md'})
  const result = citeFootnotes('israel-central-asia-2020', footnotes, file)

  it('should read 64 footnote definitions', () => {
    expect(footnotes.map((d) => d.n)).toEqual(Array.from({length: 64}, (_, i) => i + 1))
  })

  it('should give the same citations and works as the hand transcription', () => {
    checkSeed(result)
    expect(result.sources).toHaveLength(54)
  })

  it('should place the one diagnostic (the misprinted date) on footnote 49', () => {
    expect(file.messages.map((d) => [d.ruleId, d.line])).toEqual([['invalid-date', footnotes[48]!.position!.line]])
  })
})
