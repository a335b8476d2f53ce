import {readFileSync} from 'node:fs'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkFrontmatter from 'remark-frontmatter'
import remarkDirective from 'remark-directive'
import {parse as parseYaml} from 'yaml'
import {toString} from 'mdast-util-to-string'
import {visit} from 'unist-util-visit'
import type {Root, FootnoteDefinition} from 'mdast'

export const seedPath = new URL('../../corpus/israel-central-asia-2020/source.txt', import.meta.url)
export const readSeed = () => readFileSync(seedPath, 'utf8')

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkDirective).freeze()

/** What a test needs to know of a paper.md, read with remark (independently of the corpus module). */
export function readPaper(markdown: string) {
  const tree = processor.parse(markdown) as Root
  const references: Array<{n: number; before: string}> = []
  const definitions = new Map<number, FootnoteDefinition>()
  const headings: string[] = []
  const figures: Array<{n: string; text: string}> = []
  let frontMatter: Record<string, unknown> = {}
  let body = ''
  for (const node of tree.children) {
    if (node.type === 'yaml') frontMatter = parseYaml(node.value) as Record<string, unknown>
    else if (node.type === 'footnoteDefinition') definitions.set(Number(node.identifier), node)
    else if (node.type === 'heading') headings.push(toString(node))
    else if (node.type === 'containerDirective' && node.name === 'figure') figures.push({n: String(node.attributes?.['n'] ?? ''), text: toString(node)})
    if (node.type === 'paragraph') {
      for (const child of node.children) {
        if (child.type === 'footnoteReference') references.push({n: Number(child.identifier), before: body})
        else body += toString(child)
      }
      body += '\n'
    }
  }
  const links: string[] = []
  visit(tree, 'link', (node) => {
    links.push(node.url)
  })
  const footnote = (n: number) => {
    const d = definitions.get(n)
    return d ? toString(d).replace(/\s+/g, ' ').trim() : undefined
  }
  return {tree, frontMatter, references, definitions, footnote, headings, figures, body, links}
}
