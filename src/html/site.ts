/**
 * The site of a corpus: one page per document and an index page, as files
 * in memory (writing them is `writeSite`'s job, at the edge).
 *
 * @packageDocumentation
 */

import {VFile} from 'vfile'
import {listStyles} from '../bibliography/index.js'
import type {Corpus} from '../facade/index.js'
import {toDocument} from '../corpus/document.js'
import {processor} from '../corpus/load.js'
import type {Source} from '../corpus/read.js'
import {fail} from '../errors.js'
import {CALIBRATION} from './_calibration.js'
import type {CslItem} from '../types.js'
import {renderArticle} from './article.js'
import {toReaderData} from './data.js'
import {documentPage, indexPage, stringify, type IndexEntry} from './page.js'
import {formatSources} from './sources.js'
import {readerScript} from './_script.js'

/** Options of {@link buildSite}. */
export interface Options {
  /** Only this document's page (default: every document). */
  document?: string
  /** Citation style of the sources (default `chicago`, the journal's own); see `listStyles()`. */
  style?: string
  /** Locale of the formatted sources (`en-US`, `ru-RU`). */
  lang?: string
  /** claimtrace's version, printed in the footer. */
  version?: string
}

/** One file of the site: a path relative to the output folder, and its text. */
export interface SiteFile {
  path: string
  contents: string
}

/** The page file of a document: its id, made safe as a file name. */
export function pageName(id: string): string {
  return id.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[.-]+/, '') + '.html' || 'document.html'
}

/**
 * Build the pages of a corpus.
 *
 * @param corpus
 *   The opened corpus.
 * @param papers
 *   Its `paper.md` files as read (`readCorpus(dir)`), for the text to render.
 * @param options
 *   Document, style, language.
 * @returns
 *   `index.html` and one `<id>.html` per document, and a vfile message per
 *   document whose claims could not all be placed in its text.
 * @throws {ClaimtraceError}
 *   On an unknown document id or style.
 * @example
 *   ```ts
 *   const {files} = buildSite(await openCorpus(), await readCorpus(bundledCorpus), {style: 'apa'})
 *   files.map((file) => file.path)
 *   // => ['israel-central-asia-2020.html', 'index.html']
 *   ```
 */
export function buildSite(corpus: Corpus, papers: readonly Source[], options?: Readonly<Options> | null): {files: SiteFile[]; messages: VFile['messages']} {
  const style = options?.style ?? 'chicago'
  if (!listStyles().includes(style)) throw fail('unknown-style', {style, expected: listStyles().join(', ')})
  const wanted = options?.document
  const documents = wanted === undefined ? corpus.documents : corpus.documents.filter((document) => document.id === wanted)
  if (wanted !== undefined && documents.length === 0) {
    throw fail('unknown-document', {id: wanted, expected: corpus.documents.map((document) => document.id).join(', ') || '(none: the corpus is empty)'})
  }
  const byId = new Map(corpus.sources.map((item) => [item.id, item]))
  const trees = new Map<string, {file: VFile; tree: ReturnType<typeof processor.parse>}>()
  for (const paper of papers) {
    if (paper.problem) continue
    const file = new VFile({path: paper.path, value: paper.value})
    const tree = processor.parse(file)
    trees.set(toDocument(tree, new VFile({path: paper.path, value: paper.value})).id, {file, tree})
  }
  const version = options?.version ?? '0.0.0'
  const used = new Set(['index.html'])
  const files: SiteFile[] = []
  const entries: IndexEntry[] = []
  const messages: VFile['messages'] = []
  for (const document of documents) {
    const paper = trees.get(document.id)
    if (!paper) throw fail('missing-paper', {id: document.id})
    const claims = corpus.claims.filter((claim) => claim.document === document.id)
    const footnotes = corpus.footnotes.filter((footnote) => footnote.document === document.id)
    const sources = citedSources(footnotes.flatMap((footnote) => footnote.citations.map((citation) => citation.source)), byId)
    const formatted = formatSources(sources, {style, ...(options?.lang === undefined ? {} : {lang: options.lang})})
    const body = renderArticle(paper.file, {claims, footnotes, sources: byId, formatted})
    const unplaced = paper.file.data.unplacedClaims ?? 0
    if (unplaced > 0) {
      messages.push(paper.file.message(`Unexpected ${unplaced} claims not found in the text, expected the corpus model to match \`paper.md\` (clear the cache)`, {place: {line: 1, column: 1}, ruleId: 'unplaced-claim', source: 'claimtrace'}))
    }
    const data = toReaderData(document.id, claims, footnotes, byId, CALIBRATION)
    // Ids are unique, but two may make the same file name (or `index.html`): number the later one.
    let href = pageName(document.id)
    for (let n = 2; used.has(href); n++) href = pageName(document.id).replace(/\.html$/, `-${n}.html`)
    used.add(href)
    files.push({path: href, contents: stringify(documentPage({document, claims, body, sources, formatted, data, script: readerScript, style, version}))})
    entries.push({document, claims, footnotes: footnotes.length, sources: sources.length, href})
  }
  files.push({path: 'index.html', contents: stringify(indexPage(entries, version))})
  return {files, messages}
}

/** The distinct sources of a list of ids, in order of first citation. */
function citedSources(ids: readonly string[], byId: ReadonlyMap<string, CslItem>): CslItem[] {
  return [...new Set(ids)].flatMap((id) => byId.get(id) ?? [])
}
