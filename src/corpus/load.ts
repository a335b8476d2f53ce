/**
 * Loading: one frozen unified processor parses each `paper.md`; one VFile per
 * document carries the results (`file.data`) and the diagnostics
 * (`file.messages`).
 *
 * @packageDocumentation
 */

import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import type {Root} from 'mdast'
import {unified} from 'unified'
import {VFile} from 'vfile'
import remarkFootnotes from './_remark-footnotes.js'
import type {VFileMessage} from 'vfile-message'
import {citeFootnotes, type ReferenceEntryInput} from '../cite/index.js'
import {analyseCorpus, type LanguageData} from '../language/index.js'
import type {Citation, Claim, CslItem, Document, Footnote} from '../types.js'
import {WorkRegistry} from './works.js'
import {extractClaims} from './claims.js'
import {toDocument} from './document.js'
import {collectFootnotes, type FootnoteEntry} from './footnotes.js'
import {bundledCorpus, readCorpus, type Source} from './read.js'

declare module 'vfile' {
  interface DataMap {
    /** The document's outline and front matter. */
    document: Document
    /** The front matter as parsed (`{}` when missing or broken). */
    matter: Record<string, unknown>
    /** Footnote definitions, for the cite module. */
    footnoteEntries: FootnoteEntry[]
    /** Entries of the reference list (`:::references`), for the cite module. */
    referenceEntries: ReferenceEntryInput[]
    footnotes: Footnote[]
    claims: Claim[]
  }
}

/**
 * The one processor: CommonMark + GFM footnotes + YAML front matter + directives (figures).
 *
 * @example
 *   ```ts
 *   processor.parse('[^1]: V.I. Mesamed.').children[0].type
 *   // => 'footnoteDefinition'
 *   ```
 */
export const processor = unified().use(remarkParse).use(remarkFootnotes).use(remarkFrontmatter, ['yaml']).use(remarkDirective).freeze()

/**
 * Parse one `paper.md` and build its model on `file.data` (document,
 * footnotes, claims); diagnostics go to `file.messages`. Citations are left
 * empty for the loader to fill in.
 *
 * @param file
 *   A VFile with the Markdown as value and `path` set (its folder is the fallback id).
 * @returns
 *   The same file.
 * @example
 *   ```ts
 *   const file = parseDocument(new VFile({path: 'corpus/x/paper.md', value: '---\nid: x\n---\n\n## A\n\nIt rose.[^1]\n\n[^1]: See.\n'}))
 *   file.data.claims?.[0]?.footnotes
 *   // => [1]
 *   ```
 */
export function parseDocument(file: VFile): VFile {
  const tree = processor.parse(file)
  const document = toDocument(tree, file)
  const entries = collectFootnotes(tree, file)
  file.data.document = document
  file.data.footnoteEntries = entries
  file.data.referenceEntries = referenceEntries(tree, file)
  file.data.footnotes = entries.map((entry) => ({document: document.id, n: entry.n, text: entry.text, citations: []}))
  file.data.claims = extractClaims(tree, file, document.id)
  checkCount(file, 'footnotes', entries.length)
  checkCount(file, 'figures', document.figures.length)
  return file
}

/** The paragraphs of the document’s `:::references` directives, as Markdown, with their places. */
function referenceEntries(tree: Root, file: VFile): ReferenceEntryInput[] {
  const source = String(file.value)
  return tree.children.flatMap((node) =>
    node.type === 'containerDirective' && node.name === 'references'
      ? node.children.flatMap((child) => {
          const {start, end} = child.position ?? {}
          if (child.type !== 'paragraph' || start?.offset === undefined || end?.offset === undefined) return []
          return [{text: source.slice(start.offset, end.offset).replace(/\s*\n\s*/g, ' '), position: {line: start.line, column: start.column}}]
        })
      : []
  )
}

/** Compare a count the front matter declares (`footnotes: 64`) with what the body holds. */
function checkCount(file: VFile, key: 'footnotes' | 'figures', found: number): void {
  const declared = file.data.matter?.[key]
  if (typeof declared === 'number' && declared !== found) {
    const what = key === 'footnotes' ? 'footnote definitions' : 'figures'
    file.message(`Unexpected ${found} ${what}, expected ${declared} as the front matter says`, {place: {line: 1, column: 1}, ruleId: `${key.slice(0, -1)}-count`, source: 'claimtrace'})
  }
}

/** Everything the loader builds: the data of a {@link Corpus}. */
export interface CorpusData {
  documents: Document[]
  claims: Claim[]
  footnotes: Footnote[]
  sources: CslItem[]
  messages: VFileMessage[]
  /** The claims' sentences analysed and the corpus thesaurus, for resolve and verify. */
  language: LanguageData
}

/**
 * Load a corpus folder: read, parse, extract claims, cite footnotes.
 * Problems in one document are messages; the others still load.
 *
 * @param dir
 *   The corpus folder (default: the bundled corpus).
 * @returns
 *   Documents, claims, footnotes, sources (deduplicated by id) and messages.
 * @throws {ClaimtraceError}
 *   When `dir` is not a readable folder.
 * @example
 *   ```ts
 *   const data = await loadCorpus('tests/fixtures/corpus-bad')
 *   String(data.messages[0])
 *   // => 'tests/fixtures/corpus-bad/a-broken-front/paper.md:3:12: Unexpected broken front matter: Flow sequence in block collection must be sufficiently indented and end with a ]'
 *   ```
 */
export async function loadCorpus(dir: string = bundledCorpus): Promise<CorpusData> {
  return buildCorpus(await readCorpus(dir), dir)
}

/** One paper as built on its own: what {@link buildCorpus} and the on-disk store (`src/store/`) put together. */
export interface DocumentPart {
  /** The VFile the paper was parsed in (its messages). */
  file: VFile
  /** Absent when the paper could not be read. */
  document?: Document
  claims: Claim[]
  footnotes: Footnote[]
  /** Its sources, ids unique within the paper. */
  sources: CslItem[]
}

/**
 * Parse one paper, extract its claims and cite its footnotes.
 *
 * @param source
 *   Path and Markdown of the `paper.md` (with `problem` when unreadable).
 * @returns
 *   The paper's part of the model; problems are messages on `file`.
 * @example
 *   ```ts
 *   buildDocument({path: 'corpus/x/paper.md', value: '---\nid: x\n---\n\nIt rose.[^1]\n\n[^1]: See.\n'}).claims.length
 *   // => 1
 *   ```
 */
export function buildDocument(source: Source): DocumentPart {
  const file = new VFile({path: source.path, value: source.value})
  if (source.problem) {
    file.message(source.problem, {place: {line: 1, column: 1}, ruleId: source.rule ?? 'unreadable-paper', source: 'claimtrace'})
    return {file, claims: [], footnotes: [], sources: []}
  }
  parseDocument(file)
  const {document, footnoteEntries = [], referenceEntries = [], footnotes = [], claims = []} = file.data
  if (!document) return {file, claims: [], footnotes: [], sources: []}
  const result = citeFootnotes(document.id, footnoteEntries, file, {references: referenceEntries})
  for (const footnote of footnotes) footnote.citations = result.citations.get(footnote.n) ?? []
  // A marker whose definition is missing (reported as `undefined-footnote`) still ends its claim, but cites nothing.
  const defined = new Set(footnotes.map((footnote) => footnote.n))
  for (const claim of claims) {
    claim.footnotes = claim.footnotes.filter((n) => defined.has(n))
    claim.citations = claim.footnotes.flatMap((n) => result.citations.get(n) ?? [])
  }
  return {file, document, claims, footnotes, sources: result.sources}
}

/**
 * Report a paper whose id another paper of the corpus already has.
 *
 * @param file
 *   The later paper's file.
 * @param id
 *   The id.
 * @param other
 *   Path of the paper that has it first.
 */
export function reportDuplicate(file: VFile, id: string, other: string): void {
  file.message(`Unexpected duplicate document id \`${id}\`, expected ids to be unique (also in \`${other}\`)`, {place: {line: 1, column: 1}, ruleId: 'duplicate-document', source: 'claimtrace'})
}

/**
 * Report a corpus without papers.
 *
 * @param dir
 *   The corpus folder.
 * @returns
 *   A file holding the message.
 */
export function reportEmpty(dir: string): VFile {
  const file = new VFile({path: dir})
  file.message('Unexpected empty corpus, expected at least one `<doc-id>/paper.md`', {ruleId: 'empty-corpus', source: 'claimtrace'})
  return file
}

/**
 * Rename a paper's citations to the corpus's source ids (see `WorkRegistry`).
 *
 * @param renamed
 *   Local id → corpus id.
 * @param part
 *   The paper's claims and footnotes (changed in place).
 */
export function renameSources(renamed: ReadonlyMap<string, string>, part: {claims: readonly Claim[]; footnotes: readonly Footnote[]}): void {
  if (renamed.size === 0) return
  // Claims and footnotes share citation objects: rename each once.
  const done = new Set<Citation>()
  const rename = (citation: Citation): void => {
    if (done.has(citation)) return
    done.add(citation)
    citation.source = renamed.get(citation.source) ?? citation.source
  }
  for (const footnote of part.footnotes) footnote.citations.forEach(rename)
  for (const claim of part.claims) claim.citations.forEach(rename)
}

/**
 * Build the corpus model from documents already read (see `readCorpus`).
 *
 * @param documents
 *   Path and Markdown of each `paper.md`.
 * @param dir
 *   The corpus folder (names the `empty-corpus` message).
 * @returns
 *   Documents, claims, footnotes, sources and messages.
 * @example
 *   ```ts
 *   buildCorpus([], 'corpus').messages[0]?.ruleId
 *   // => 'empty-corpus'
 *   ```
 */
export function buildCorpus(documents: readonly Source[], dir: string): CorpusData {
  const data: CorpusData = {documents: [], claims: [], footnotes: [], sources: [], messages: [], language: {sentences: [], claimSentence: [], thesaurus: {}}}
  const works = new WorkRegistry()
  const seen = new Map<string, string>()
  const files: VFile[] = []
  for (const source of documents) {
    const part = buildDocument(source)
    files.push(part.file)
    const {document} = part
    if (!document) continue
    const other = seen.get(document.id)
    if (other !== undefined) {
      reportDuplicate(part.file, document.id, other)
      continue
    }
    seen.set(document.id, part.file.path)
    renameSources(works.add(document.id, part.sources), part)
    data.documents.push(document)
    data.footnotes.push(...part.footnotes)
    data.claims.push(...part.claims)
  }
  if (data.documents.length === 0) files.push(reportEmpty(dir))
  data.sources = works.sources
  data.language = analyseCorpus(data.claims)
  data.messages = files.flatMap((file) => file.messages)
  return data
}
