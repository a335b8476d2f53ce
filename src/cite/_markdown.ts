import type {PhrasingContent, Root, RootContent} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

const processor = unified().use(remarkParse).use(remarkGfm).freeze()

/**
 * Turn the Markdown of one footnote definition into the canonical string the
 * reference patterns read: plain text, emphasis as `*…*`, links as their URL.
 *
 * Note: escapes (`\[`) are resolved by the parser, and GFM autolink literals
 * may swallow a trailing backslash of an escaped bracket, which is dropped here.
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
  return tree.children
    .map((node) => flow(node))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
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
