/**
 * The last stage: clean blocks to an mdast tree, serialised by
 * mdast-util-to-markdown with the GFM, front matter and directive
 * extensions, so that what we write is exactly what remark parses back.
 */
import type {FootnoteDefinition, PhrasingContent, Root, RootContent} from 'mdast'
import type {ContainerDirective} from 'mdast-util-directive'
import {toMarkdown} from 'mdast-util-to-markdown'
import {gfmToMarkdown} from 'mdast-util-gfm'
import {frontmatterToMarkdown} from 'mdast-util-frontmatter'
import {directiveToMarkdown} from 'mdast-util-directive'
import {stringify} from 'yaml'
import {EM_CLOSE, EM_OPEN, MARK_CLOSE, MARK_OPEN} from './repair.js'

/** A block ready for Markdown: text carries marker and emphasis sentinels. */
export type CleanBlock =
  | {kind: 'heading'; text: string}
  | {kind: 'paragraph'; text: string}
  | {kind: 'figure'; name: string; n: number; caption?: string; rows?: string[]; source?: string; labelled?: boolean}
  | {kind: 'references'; entries: string[]}

/** Split sentinel-bearing text into mdast phrasing nodes. */
export function toPhrasing(text: string, options: {figureLinks?: boolean} = {}): PhrasingContent[] {
  const nodes: PhrasingContent[] = []
  const pattern = new RegExp(`${MARK_OPEN}(\\d+)${MARK_CLOSE}|${EM_OPEN}([^${EM_CLOSE}]*)${EM_CLOSE}`, 'g')
  let last = 0
  const pushText = (value: string) => {
    // URLs become autolinks (`<https://…>`), which keeps them readable and unescaped in Markdown.
    let at = 0
    for (const match of value.matchAll(/(?:https?:\/\/|www\.)[^\s\]<>]*[^\s\]<>.,;:)]/g)) {
      pushPlain(value.slice(at, match.index))
      const url = match[0].startsWith('www.') ? `http://${match[0]}` : match[0]
      nodes.push({type: 'link', url, children: [{type: 'text', value: match[0]}]})
      at = match.index + match[0].length
    }
    pushPlain(value.slice(at))
  }
  const pushPlain = (value: string) => {
    if (!value) return
    if (!options.figureLinks) {
      nodes.push({type: 'text', value})
      return
    }
    // “(see Fig. 2)”: link the reference to its figure block.
    let at = 0
    for (const match of value.matchAll(/\bFig(?:ure)?s?\.?\s(\d+)/g)) {
      if (match.index > at) nodes.push({type: 'text', value: value.slice(at, match.index)})
      nodes.push({type: 'link', url: `#fig-${match[1]}`, children: [{type: 'text', value: match[0]}]})
      at = match.index + match[0].length
    }
    if (at < value.length) nodes.push({type: 'text', value: value.slice(at)})
  }
  for (const match of text.matchAll(pattern)) {
    pushText(text.slice(last, match.index))
    if (match[1] !== undefined) nodes.push({type: 'footnoteReference', identifier: match[1], label: match[1]})
    else nodes.push({type: 'emphasis', children: [{type: 'text', value: match[2] ?? ''}]})
    last = match.index + match[0].length
  }
  pushText(text.slice(last))
  return nodes
}

/** Serialise a document. */
export function toMarkdownDocument(frontMatter: Record<string, unknown>, blocks: readonly CleanBlock[], footnotes: ReadonlyArray<{n: number; text: string}>): string {
  const children: RootContent[] = [{type: 'yaml', value: stringify(frontMatter, {lineWidth: 0}).trimEnd()}]
  for (const block of blocks) {
    if (block.kind === 'heading') children.push({type: 'heading', depth: 2, children: toPhrasing(block.text)})
    else if (block.kind === 'paragraph') children.push({type: 'paragraph', children: toPhrasing(block.text, {figureLinks: true})})
    else if (block.kind === 'references') children.push(referencesNode(block.entries))
    else children.push(figureNode(block))
  }
  for (const footnote of footnotes) {
    const definition: FootnoteDefinition = {
      type: 'footnoteDefinition',
      identifier: String(footnote.n),
      label: String(footnote.n),
      children: [{type: 'paragraph', children: toPhrasing(footnote.text)}]
    }
    children.push(definition)
  }
  const tree: Root = {type: 'root', children}
  return toMarkdown(tree, {
    extensions: [gfmToMarkdown(), frontmatterToMarkdown(['yaml']), directiveToMarkdown()],
    bullet: '-',
    emphasis: '*',
    strong: '*',
    rule: '-'
  })
}

/** A reference list: one paragraph per entry in a `:::references` directive (no claims are read from it). */
function referencesNode(entries: readonly string[]): ContainerDirective {
  return {type: 'containerDirective', name: 'references', attributes: {}, children: entries.map((entry) => ({type: 'paragraph', children: toPhrasing(entry)}))}
}

function figureNode(figure: Extract<CleanBlock, {kind: 'figure'}>): ContainerDirective {
  const children: ContainerDirective['children'] = []
  const label = figure.name.charAt(0).toUpperCase() + figure.name.slice(1)
  // A printed label is kept even without a caption: the ledger logged it as rewritten, not removed.
  if (figure.caption) {
    children.push({type: 'paragraph', children: [{type: 'strong', children: [{type: 'text', value: `${label} ${figure.n}.`}]}, {type: 'text', value: ' '}, ...toPhrasing(figure.caption)]})
  } else if (figure.labelled) {
    children.push({type: 'paragraph', children: [{type: 'strong', children: [{type: 'text', value: `${label} ${figure.n}.`}]}]})
  }
  // Rows keep their printed layout: a table’s cells cannot be told apart reliably.
  if (figure.rows && figure.rows.length > 0) children.push({type: 'code', lang: 'text', value: figure.rows.join('\n')})
  if (figure.source) {
    children.push({type: 'paragraph', children: [{type: 'emphasis', children: [{type: 'text', value: 'Source:'}]}, {type: 'text', value: ' '}, ...toPhrasing(figure.source)]})
  }
  const prefix = figure.name === 'figure' ? 'fig' : figure.name
  return {type: 'containerDirective', name: figure.name, attributes: {id: `${prefix}-${figure.n}`, n: String(figure.n)}, children}
}
