/**
 * Page chrome (hastscript): the document page around the article body —
 * header with the search box, side panel with charts and sources, popover,
 * footer — and the corpus's index page.
 *
 * @packageDocumentation
 */

import type {Element, ElementContent, Root} from 'hast'
import {h} from 'hastscript'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {field} from '../_csl.js'
import type {Claim, CslItem, Document} from '../types.js'
import {barChart, citationsPerSection, citedChart, countBy, sourcesByYear} from './charts.js'
import {claimAnchor, scriptJson, type ReaderData} from './data.js'
import {linked} from './sources.js'
import {css} from './_style.js'

/** What the page says of its own verdict, and what only the CLI reads. */
export const VERDICT_NOTE =
  'Checked in your browser: claimtrace’s own ranking finds the claims a sentence restates, and its facts (numbers, dates, countries, cities, the people and bodies the paper names) are compared with the paper’s. ' +
  '`claimtrace verify` also weighs countries the paper names only elsewhere, checks a source you name, and gives a calibrated confidence.'

/** Everything a document page shows. */
export interface DocumentPage {
  document: Document
  claims: readonly Claim[]
  /** The article body (see `renderArticle`). */
  body: Root
  /** The sources the document cites, in order of first citation. */
  sources: readonly CslItem[]
  formatted: ReadonlyMap<string, string>
  data: ReaderData
  /** The reader script (the bundle of `src/html/browser/`). */
  script: string
  style: string
  version: string
}

/** Title of a document, or its id. */
export function titleOf(document: Document): string {
  return document.title ?? document.id
}

function byline(document: Document): string {
  const issue = [document.journal, document.volume === null ? null : `vol. ${document.volume}`, document.issue === null ? null : `no. ${document.issue}`, document.year].filter((part) => part !== null && part !== '').join(', ')
  return [document.authors.join(', '), issue].filter(Boolean).join(' · ')
}

function shell(title: string, body: ElementContent[]): Root {
  return {
    type: 'root',
    children: [
      {type: 'doctype'},
      h('html', {lang: 'en'}, [
        h('head', [h('meta', {charset: 'utf-8'}), h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}), h('meta', {name: 'generator', content: 'claimtrace html'}), h('title', title), h('style', css)]),
        h('body', body)
      ])
    ]
  }
}

/** Serialize a page (rehype-stringify). */
export function stringify(tree: Root): string {
  return unified().use(rehypeStringify).stringify(tree) + '\n'
}

/**
 * The page of one document.
 *
 * @param page
 *   Its parts.
 * @returns
 *   The hast of the whole page.
 */
export function documentPage(page: Readonly<DocumentPage>): Root {
  const {document, claims} = page
  const cited = new Map<string, Claim[]>()
  for (const claim of claims) for (const citation of claim.citations) {
    const list = cited.get(citation.source) ?? []
    if (!list.includes(claim)) list.push(claim)
    cited.set(citation.source, list)
  }
  const uncited = claims.filter((claim) => claim.footnotes.length === 0).length
  const header = h('header', {className: ['top']}, [
    h('p', {className: ['crumbs']}, [h('a', {href: 'index.html'}, 'All documents'), ` · ${document.id}`]),
    h('h1', titleOf(document)),
    h('p', {className: ['byline']}, byline(document)),
    h('p', {className: ['meta']}, `${claims.length} claims (${claims.length - uncited} cited, ${uncited} uncited) · ${page.data.claims.length ? Object.keys(page.data.notes).length : 0} notes · ${page.sources.length} sources · sources in ${page.style}`),
    h('form', {id: 'search', role: 'search', hidden: true, ariaLabel: 'Check a sentence against this paper'}, [
      h('label', {for: 'q'}, 'Check a sentence'),
      h('input', {id: 'q', type: 'search', name: 'q', autocomplete: 'off', placeholder: 'A sentence you read, to check against this paper', ariaDescribedby: 'search-note'}),
      h('button', {type: 'submit'}, 'Check'),
      h('p', {id: 'search-note', className: ['search-note']}, VERDICT_NOTE.replace(/`/g, ''))
    ]),
    h('section', {id: 'results', ariaLive: 'polite', ariaLabel: 'Check result', hidden: true})
  ])
  const panel = h('aside', {ariaLabelledby: 'panel-h'}, [
    h('h2', {id: 'panel-h'}, 'At a glance'),
    h('p', {className: ['legend']}, [h('span', {className: ['claim', 'uncited']}, 'Dotted underline'), ': a claim no footnote supports. Hover a claim to see what it cites; every claim has an address (', h('code', '#c042'), ').']),
    h('div', {className: ['charts']}, [
      citedChart('chart-cited', claims),
      barChart('chart-sections', 'Citations per section', citationsPerSection(claims), 'citations'),
      barChart('chart-types', 'Sources by type', countBy(page.sources, (item) => item.type), 'sources'),
      barChart('chart-languages', 'Sources by language', countBy(page.sources, (item) => field(item, 'language') || 'unknown'), 'sources'),
      barChart('chart-years', 'Sources by year', sourcesByYear(page.sources), 'sources')
    ]),
    h('h2', {id: 'sources-h'}, `Sources (${page.sources.length})`),
    h('ol', {className: ['sources'], ariaLabelledby: 'sources-h'}, page.sources.map((item) => sourceEntry(item, page.formatted, cited.get(item.id) ?? [])))
  ])
  return shell(`${titleOf(document)} · claimtrace`, [
    h('a', {className: ['skip'], href: '#article'}, 'Skip to the article'),
    header,
    h('div', {className: ['layout']}, [h('main', {id: 'article'}, h('article', {ariaLabel: titleOf(document)}, page.body.children as ElementContent[])), panel]),
    h('div', {id: 'popover', role: 'dialog', ariaLabelledby: 'popover-title', tabIndex: -1, hidden: true}, [
      h('div', {className: ['popover-head']}, [h('h2', {id: 'popover-title'}, 'Footnote'), h('button', {id: 'popover-close', type: 'button', ariaLabel: 'Close the footnote'}, '×')]),
      h('div', {id: 'popover-body'})
    ]),
    h('div', {id: 'claim-card', role: 'tooltip', hidden: true}),
    h('footer', [
      h('p', VERDICT_NOTE.replace(/`/g, '')),
      h('p', `Made by claimtrace ${page.version} (claimtrace html). Readable without JavaScript: notes are links to the list at the end of the article.`)
    ]),
    h('script', {type: 'application/json', id: 'claimtrace-data'}, scriptJson(page.data)),
    h('script', page.script)
  ])
}

function sourceEntry(item: CslItem, formatted: ReadonlyMap<string, string>, claims: readonly Claim[]): Element {
  const notes = [...new Set(claims.flatMap((claim) => claim.citations.filter((c) => c.source === item.id).map((c) => c.footnote)))]
  return h('li', {id: `src-${item.id}`, dataSource: item.id}, [
    h('span', {className: ['entry']}, linked(formatted.get(item.id) ?? item.id, item)),
    h('p', {className: ['cited-by']}, [
      `Notes ${notes.map((n) => `[${n}]`).join(' ')} · claims: `,
      ...claims.flatMap((claim) => [h('a', {href: `#${claimAnchor(claim.id)}`, title: claim.text.slice(0, 120)}, claimAnchor(claim.id)), ' '])
    ])
  ])
}

/** One document as the index page lists it. */
export interface IndexEntry {
  document: Document
  claims: readonly Claim[]
  footnotes: number
  sources: number
  href: string
}

/**
 * The index page of the corpus.
 *
 * @param entries
 *   The documents with pages.
 * @param version
 *   claimtrace's version.
 * @returns
 *   The hast of the page.
 */
export function indexPage(entries: readonly IndexEntry[], version: string): Root {
  return shell('claimtrace · documents', [
    h('header', {className: ['top']}, [h('h1', 'Documents'), h('p', {className: ['byline']}, `${entries.length} document${entries.length === 1 ? '' : 's'}, every claim traced to its footnotes and sources`)]),
    h('main', {id: 'article', className: ['index']}, [
      h('ul', {className: ['documents']}, entries.map((entry, i) => {
        const uncited = entry.claims.filter((claim) => claim.footnotes.length === 0).length
        return h('li', [
          h('h2', h('a', {href: entry.href}, titleOf(entry.document))),
          h('p', {className: ['byline']}, byline(entry.document)),
          h('p', {className: ['meta']}, `${entry.claims.length} claims (${entry.claims.length - uncited} cited, ${uncited} uncited) · ${entry.footnotes} notes · ${entry.sources} sources`),
          citedChart(`chart-cited-${i + 1}`, entry.claims)
        ])
      }))
    ]),
    h('footer', h('p', `Made by claimtrace ${version} (claimtrace html).`))
  ])
}
