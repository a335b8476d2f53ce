import type {PhrasingContent, Root, RootContent} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

// CommonMark is enough: a footnote holds emphasis and `<url>` autolinks.
const processor = unified().use(remarkParse).freeze()

/**
 * Turn the Markdown of one footnote definition into the canonical string the
 * reference patterns read: plain text, emphasis as `*…*`, links as their URL.
 *
 * Note: escapes (`\[`) are resolved by the parser; a bare URL written
 * without `<…>` stays text, and the reference patterns find it there.
 *
 * @param markdown
 *   Content of a footnote definition (`[^n]:` removed).
 * @returns
 *   Canonical text.
 * @example
 *   inlineText('V.I. Mesamed, *Israel v Tsentralnoy Azii*, at \\[https://a.b/c\\].')
 *   // => 'V.I. Mesamed, *Israel v Tsentralnoy Azii*, at [https://a.b/c].'
 */
export function inlineText(markdown: string): string {
  const tree: Root = processor.parse(markdown)
  return inlineNodes(tree.children)
}

/** {@link inlineText} for nodes already parsed (a footnote definition’s children). */
export function inlineNodes(nodes: readonly RootContent[]): string {
  return (
    nodes
      .map((node) => flow(node))
      .join(' ')
      .replace(/\s+/g, ' ')
      // One italic title the extraction broke at a full stop (`*Vosstanie …*. *Sbornik dokumentov*`).
      .replace(/\*([^*]+)\*\.\s\*([^*]+)\*/g, '*$1. $2*')
      .trim()
  )
}

function flow(node: RootContent): string {
  if ('children' in node && node.type !== 'emphasis' && node.type !== 'strong' && node.type !== 'link') {
    return (node.children as RootContent[]).map((child) => flow(child)).join(node.type === 'paragraph' ? '' : ' ')
  }
  return phrasing(node as PhrasingContent)
}

function phrasing(node: PhrasingContent): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value
    case 'emphasis':
    case 'strong':
      return '*' + node.children.map((child) => phrasing(child)).join('') + '*'
    case 'link': {
      const url = node.url.replace(/\\+$/, '')
      const text = node.children.map((child) => phrasing(child)).join('')
      return text.replace(/\\+$/, '') === url || text === '' ? url : `${text} [${url}]`
    }
    case 'break':
      return ' '
    default:
      return 'children' in node ? node.children.map((child) => phrasing(child as PhrasingContent)).join('') : ''
  }
}
