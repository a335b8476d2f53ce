/**
 * rehype plugin: footnotes that say where they point. Each note of the
 * footnote section gets the sources it cites, formatted in the page's style,
 * with their pages and links; each marker shows the note's own number and
 * announces the popover the page's script opens (without the script it stays
 * a link to the note).
 *
 * @packageDocumentation
 */

import type {Element, ElementContent, Root} from 'hast'
import {h} from 'hastscript'
import type {CslItem, Footnote} from '../types.js'
import {linked} from './sources.js'

/** Options of {@link rehypeNotes}. */
export interface Options {
  /** The document's footnotes, with their citations. */
  footnotes: readonly Footnote[]
  /** Sources by id. */
  sources: ReadonlyMap<string, CslItem>
  /** Formatted entries by source id. */
  formatted: ReadonlyMap<string, string>
}

const KIND: Record<string, string> = {ibid: 'Ibid.', 'op-cit': 'op. cit.', short: 'short form'}

/**
 * Add sources to notes and popover attributes to markers.
 *
 * @param options
 *   Footnotes, sources and their formatted entries.
 * @returns
 *   Transform.
 */
export default function rehypeNotes(options: Readonly<Options>) {
  const byNumber = new Map(options.footnotes.map((footnote) => [String(footnote.n), footnote]))
  return function (tree: Root): undefined {
    const visit = (node: Root | Element): void => {
      for (const child of node.children) {
        if (child.type !== 'element') continue
        const href = typeof child.properties['href'] === 'string' ? child.properties['href'] : ''
        if (child.tagName === 'a' && child.properties['dataFootnoteRef'] !== undefined) {
          // remark-rehype numbers notes by first call; the paper's numbers are the identifiers.
          child.children = [{type: 'text', value: decodeURIComponent(href.replace(/^#fn-/, ''))}]
          child.properties['ariaHaspopup'] = 'dialog'
          child.properties['ariaExpanded'] = 'false'
          child.properties['ariaControls'] = ['popover']
        } else if (child.tagName === 'li' && typeof child.properties['id'] === 'string' && child.properties['id'].startsWith('fn-')) {
          const n = decodeURIComponent(child.properties['id'].slice(3))
          child.properties['value'] = /^\d+$/.test(n) ? n : undefined
          const footnote = byNumber.get(n)
          if (footnote) child.children.push(sourcesOf(footnote, options))
        }
        visit(child)
      }
    }
    visit(tree)
  }
}

function sourcesOf(footnote: Footnote, options: Readonly<Options>): Element {
  if (footnote.citations.length === 0) return h('p', {className: ['note-sources', 'none']}, 'No cited work recognised in this note.')
  const items: ElementContent[] = footnote.citations.map((citation) => {
    const item = options.sources.get(citation.source)
    const text = options.formatted.get(citation.source) ?? citation.source
    const extra = [KIND[citation.kind], citation.locator === undefined ? undefined : `p. ${citation.locator}`].filter(Boolean).join(', ')
    return h('li', {dataSource: citation.source}, [
      h('span', {className: ['entry']}, linked(text, item)),
      extra ? h('span', {className: ['locator']}, ` (${extra})`) : '',
      ' ',
      h('a', {href: `#src-${citation.source}`, className: ['to-panel'], ariaLabel: `Claims citing this source`}, '→ claims')
    ])
  })
  return h('div', {className: ['note-sources']}, [h('p', {className: ['note-sources-h']}, footnote.citations.length === 1 ? 'Source' : 'Sources'), h('ul', items)])
}
