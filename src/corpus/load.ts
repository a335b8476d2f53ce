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
import type {Claim, CslItem, Document, Footnote} from '../types.js'
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
  const problems = new Map(documents.filter((d) => d.problem).map((d) => [d.path, d.problem!]))
  const files = documents.map((document) => new VFile({path: document.path, value: document.value}))
  const data: CorpusData = {documents: [], claims: [], footnotes: [], sources: [], messages: []}
  const sources = new Map<string, CslItem>()
  const seen = new Map<string, string>()
  for (const file of files) {
    const problem = problems.get(file.path)
    if (problem) {
      file.message(problem, {place: {line: 1, column: 1}, ruleId: 'unreadable-paper', source: 'claimtrace'})
      continue
    }
    parseDocument(file)
    const {document, footnoteEntries = [], referenceEntries = [], footnotes = [], claims = []} = file.data
    if (!document) continue
    const other = seen.get(document.id)
    if (other !== undefined) {
      file.message(`Unexpected duplicate document id \`${document.id}\`, expected ids to be unique (also in \`${other}\`)`, {place: {line: 1, column: 1}, ruleId: 'duplicate-document', source: 'claimtrace'})
      continue
    }
    seen.set(document.id, file.path)
    const result = citeFootnotes(document.id, footnoteEntries, file, {references: referenceEntries})
    for (const footnote of footnotes) footnote.citations = result.citations.get(footnote.n) ?? []
    // A marker whose definition is missing (reported as `undefined-footnote`) still ends its claim, but cites nothing.
    const defined = new Set(footnotes.map((footnote) => footnote.n))
    for (const claim of claims) {
      claim.footnotes = claim.footnotes.filter((n) => defined.has(n))
      claim.citations = claim.footnotes.flatMap((n) => result.citations.get(n) ?? [])
    }
    for (const source of result.sources) if (!sources.has(source.id)) sources.set(source.id, source)
    data.documents.push(document)
    data.footnotes.push(...footnotes)
    data.claims.push(...claims)
  }
  if (data.documents.length === 0) {
    const file = new VFile({path: dir})
    file.message('Unexpected empty corpus, expected at least one `<doc-id>/paper.md`', {ruleId: 'empty-corpus', source: 'claimtrace'})
    files.push(file)
  }
  data.sources = [...sources.values()]
  data.messages = files.flatMap((file) => file.messages)
  return data
}
