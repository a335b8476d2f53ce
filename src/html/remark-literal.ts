/**
 * remark plugin: show what is not the corpus format as the text it is.
 *
 * - Raw HTML (`<script>`, `<b>`) becomes text, so the page shows it and
 *   never runs or renders it (remark-rehype would drop it; a scholarly text
 *   that prints a tag means the tag).
 * - `:::figure` becomes `<figure id="fig-N">`, its `**Figure N.**` paragraph
 *   the `<figcaption>`.
 * - Other directives (a stray `:name` in prose) become their source text.
 *
 * @packageDocumentation
 */

import type {Root, RootContent} from 'mdast'
import type {} from 'remark-rehype'
import type {VFile} from 'vfile'

/** Turn raw HTML and unknown directives into text; figures into `<figure>`. */
export default function remarkLiteral() {
  return function (tree: Root, file: VFile): undefined {
    const source = String(file.value)
    const visit = (node: Root | RootContent): void => {
      if (!('children' in node)) return
      node.children = node.children.map((child) => {
        if (child.type === 'html') return {type: 'text', value: child.value, ...(child.position ? {position: child.position} : {})}
        if (child.type === 'containerDirective' && child.name === 'figure') {
          const n = child.attributes?.['n'] ?? /\d+$/.exec(child.attributes?.['id'] ?? '')?.[0]
          child.data = {hName: 'figure', hProperties: {id: n ? `fig-${n}` : undefined, className: ['figure']}}
          const caption = child.children.find((c) => c.type === 'paragraph' && c.children[0]?.type === 'strong')
          if (caption) caption.data = {hName: 'figcaption'}
          return child
        }
        if (child.type === 'containerDirective') {
          child.data = {hName: 'div'}
          return child
        }
        if (child.type === 'textDirective' || child.type === 'leafDirective') {
          const {start, end} = child.position ?? {}
          const value = start?.offset !== undefined && end?.offset !== undefined ? source.slice(start.offset, end.offset) : `:${child.name}`
          return child.type === 'textDirective' ? {type: 'text', value, ...(child.position ? {position: child.position} : {})} : {type: 'paragraph', children: [{type: 'text', value}]}
        }
        return child
      }) as typeof node.children
      for (const child of node.children) visit(child)
    }
    visit(tree)
  }
}
