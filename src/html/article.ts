/**
 * The article body as hast: the corpus's own processor (remark-parse, GFM
 * footnotes, front matter, directives), then claims wrapped, raw HTML shown
 * as text, remark-rehype, heading ids and notes with their sources.
 *
 * @packageDocumentation
 */

import type {Root} from 'hast'
import rehypeSlug from 'rehype-slug'
import remarkRehype from 'remark-rehype'
import type {VFile} from 'vfile'
import {processor} from '../corpus/load.js'
import type {Claim, CslItem, Footnote} from '../types.js'
import rehypeNotes from './rehype-notes.js'
import remarkClaims from './remark-claims.js'
import remarkLiteral from './remark-literal.js'

/** What the body needs besides the Markdown. */
export interface Options {
  claims: readonly Claim[]
  footnotes: readonly Footnote[]
  sources: ReadonlyMap<string, CslItem>
  formatted: ReadonlyMap<string, string>
}

/**
 * Render a `paper.md` into the hast of the article body, notes included.
 *
 * @param file
 *   The document's file (`value` = its Markdown).
 * @param options
 *   Its claims, footnotes, sources and formatted entries.
 * @returns
 *   The hast tree; `file.data.unplacedClaims` counts claims not found in the text.
 * @example
 *   ```ts
 *   toHtml(renderArticle(new VFile('It rose.[^1]\n\n[^1]: See.\n'), {claims, footnotes, sources, formatted}))
 *   // => '<p><span id="c001" class="claim cited">It rose.<sup><a href="#fn-1" …>1</a></sup></span></p>\n<section data-footnotes …'
 *   ```
 */
export function renderArticle(file: VFile, options: Readonly<Options>): Root {
  const pipeline = processor()
    .use(remarkLiteral)
    .use(remarkClaims, {claims: options.claims})
    .use(remarkRehype, {
      clobberPrefix: '',
      footnoteLabel: 'Notes',
      footnoteLabelTagName: 'h2',
      footnoteLabelProperties: {id: 'footnote-label'},
      footnoteBackLabel: (index: number) => `Back to the text of note ${index + 1}`
    })
    .use(rehypeSlug)
    .use(rehypeNotes, options)
  return pipeline.runSync(pipeline.parse(file), file)
}
