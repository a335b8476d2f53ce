/**
 * remark plugin: GFM footnotes, and nothing else of GFM.
 *
 * Note: the corpus format needs only footnotes from GFM (its URLs are
 * CommonMark autolinks, `<https://…>`). remark-gfm’s autolink-literal
 * extension alone makes parsing a paper ≈ 4× slower (190 ms against 40 ms
 * for the bundled article), so the loader takes just the footnote
 * extensions, the way remark-gfm composes them.
 */
import type {Processor} from 'unified'
import {gfmFootnote} from 'micromark-extension-gfm-footnote'
import {gfmFootnoteFromMarkdown} from 'mdast-util-gfm-footnote'

/** Add GFM footnote syntax (`[^1]`, `[^1]: …`) to remark-parse. */
export default function remarkFootnotes(this: Processor): undefined {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(gfmFootnote())
  ;(data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown())
}
