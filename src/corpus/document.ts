/**
 * The outline of one document: front matter (YAML), sections (headings) and
 * figures (`:::figure` directives).
 *
 * @packageDocumentation
 */

import type {Root, RootContent} from 'mdast'
import type {ContainerDirective} from 'mdast-util-directive'
import {toString} from 'mdast-util-to-string'
import type {VFile} from 'vfile'
import {parse, YAMLParseError} from 'yaml'
import type {Document, Figure, Section} from '../types.js'

const origin = {source: 'claimtrace'} as const

/**
 * Build the {@link Document} of a parsed `paper.md`; problems with the front
 * matter become messages on `file` (`missing-front-matter`, `front-matter`).
 *
 * @param tree
 *   The mdast tree of the file.
 * @param file
 *   The file; its folder name is the fallback id.
 * @returns
 *   The document; fields the front matter lacks are `null` (or `[]`).
 * @example
 *   ```ts
 *   const file = new VFile({path: 'corpus/x/paper.md', value: '---\nid: x\nyear: 2020\n---\n\n## Abstract\n\nText.\n'})
 *   toDocument(processor.parse(file), file)
 *   // => {id: 'x', title: null, authors: [], journal: null, volume: null, issue: null, year: 2020,
 *   //     sections: [{title: 'Abstract', depth: 2}], figures: []}
 *   ```
 */
export function toDocument(tree: Root, file: VFile): Document {
  const matter = frontMatter(tree, file)
  file.data.matter = matter
  const fallback = file.dirname ? file.dirname.split(/[\\/]/).at(-1) : undefined
  const id = text(matter['id']) ?? fallback ?? 'document'
  const document: Document = {
    id,
    title: text(matter['title']),
    authors: Array.isArray(matter['authors']) ? matter['authors'].map(String) : [],
    journal: text(matter['journal']),
    volume: integer(matter['volume']),
    issue: integer(matter['issue']),
    year: integer(matter['year']),
    sections: [],
    figures: []
  }
  const pages = text(matter['pages'])
  const sha256 = text(matter['sha256'])
  if (pages !== null) document.pages = pages
  if (sha256 !== null) document.sha256 = sha256
  for (const node of tree.children) {
    if (node.type === 'heading') document.sections.push({title: toString(node), depth: node.depth} satisfies Section)
    if (node.type === 'containerDirective' && node.name === 'figure') document.figures.push(toFigure(node, file))
  }
  return document
}

/** Parse the YAML front matter of `tree`; report and return `{}` when it is missing or broken. */
function frontMatter(tree: Root, file: VFile): Record<string, unknown> {
  const node: RootContent | undefined = tree.children[0]
  if (node?.type !== 'yaml') {
    file.message('Unexpected missing front matter, expected a `---` YAML block first', {...origin, place: node?.position?.start ?? {line: 1, column: 1}, ruleId: 'missing-front-matter'})
    return {}
  }
  try {
    const value: unknown = parse(node.value)
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>
    file.message('Unexpected front matter, expected a YAML mapping (`key: value` lines)', {...origin, place: node.position?.start, ruleId: 'front-matter'})
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error
    const at = error.linePos?.[0]
    const start = node.position?.start
    const place = at && start ? {line: start.line + at.line, column: at.col} : start
    file.message('Unexpected broken front matter: ' + error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''), {...origin, place, ruleId: 'front-matter', cause: error})
  }
  return {}
}

/** A figure from its directive: `n` from the attribute (or `#fig-N`), caption after `**Figure N.**`, source after `*Source:*`. */
function toFigure(node: ContainerDirective, file: VFile): Figure {
  const raw = node.attributes?.['n'] ?? /\d+$/.exec(node.attributes?.['id'] ?? '')?.[0]
  const n = Number(raw)
  if (!Number.isInteger(n)) {
    file.message('Unexpected figure without number, expected `:::figure{#fig-N n="N"}`', {...origin, place: node.position?.start, ruleId: 'figure-number'})
  }
  const figure: Figure = {n: Number.isInteger(n) ? n : 0}
  for (const child of node.children) {
    if (child.type !== 'paragraph') continue
    const value = toString(child).replace(/\s+/g, ' ').trim()
    const source = /^Source:\s*/i.exec(value)
    if (source) figure.source = value.slice(source[0].length)
    else if (value.replace(/^Figure\s+\d+\.\s*/i, '') !== '') figure.caption = value.replace(/^Figure\s+\d+\.\s*/i, '')
  }
  return figure
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  return null
}

function integer(value: unknown): number | null {
  const n = typeof value === 'string' ? Number(value) : value
  return typeof n === 'number' && Number.isInteger(n) ? n : null
}
