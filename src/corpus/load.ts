/**
 * Loading: one frozen unified processor parses each `paper.md`; one VFile per
 * document carries the results (`file.data`) and the diagnostics
 * (`file.messages`).
 *
 * @packageDocumentation
 */

import {readdir, readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {citeFootnotes} from '../cite/index.js'
import {ClaimtraceError} from '../errors.js'
import type {Claim, CslItem, Document, Footnote} from '../types.js'
import {extractClaims} from './claims.js'
import {toDocument} from './document.js'
import {collectFootnotes, type FootnoteEntry} from './footnotes.js'

declare module 'vfile' {
  interface DataMap {
    /** The document's outline and front matter. */
    document: Document
    /** Footnote definitions, for the cite module. */
    footnoteEntries: FootnoteEntry[]
    footnotes: Footnote[]
    claims: Claim[]
  }
}

/**
 * The one processor: CommonMark + GFM (footnotes) + YAML front matter + directives (figures).
 *
 * @example
 *   ```ts
 *   processor.parse('[^1]: V.I. Mesamed.').children[0].type
 *   // => 'footnoteDefinition'
 *   ```
 */
export const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkDirective).freeze()

/** The bundled corpus: `../../corpus/` from `src/corpus/` (tests) and from `dist/corpus/` (installed). */
export const bundledCorpus: string = fileURLToPath(new URL('../../corpus/', import.meta.url))

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
  file.data.footnotes = entries.map((entry) => ({document: document.id, n: entry.n, text: entry.text, citations: []}))
  file.data.claims = extractClaims(tree, file, document.id)
  return file
}

/**
 * Read every `<dir>/<doc>/paper.md` into a VFile, in folder-name order.
 *
 * @param dir
 *   The corpus folder.
 * @returns
 *   One file per document; an empty corpus gives `[]`.
 * @throws {ClaimtraceError}
 *   When `dir` is not a readable folder.
 * @example
 *   ```ts
 *   (await readCorpus('corpus')).map((file) => file.path)
 *   // => ['corpus/israel-central-asia-2020/paper.md']
 *   ```
 */
export async function readCorpus(dir: string): Promise<VFile[]> {
  const info = await stat(dir).catch(() => undefined)
  if (!info?.isDirectory()) {
    throw new ClaimtraceError(`Cannot open corpus \`${dir}\`: ${info ? 'not a folder' : 'no such folder'}, expected a folder of \`<doc-id>/paper.md\``)
  }
  const entries = await readdir(dir, {withFileTypes: true})
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()
  const files = await Promise.all(
    folders.map(async (name) => {
      const filePath = path.join(dir, name, 'paper.md')
      const value = await readFile(filePath, 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined
        throw new ClaimtraceError(`Cannot read \`${filePath}\`: ${error.message}`)
      })
      return value === undefined ? undefined : new VFile({path: filePath, value})
    })
  )
  return files.filter((file) => file !== undefined)
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
 *   const data = await loadCorpus('tests/fixtures/corpus-mini')
 *   data.messages.map(String)
 *   // => ['tests/fixtures/corpus-mini/broken/paper.md:2:6: Unexpected broken front matter: …']
 *   ```
 */
export async function loadCorpus(dir: string = bundledCorpus): Promise<CorpusData> {
  const files = await readCorpus(dir)
  const data: CorpusData = {documents: [], claims: [], footnotes: [], sources: [], messages: []}
  const sources = new Map<string, CslItem>()
  const seen = new Map<string, string>()
  for (const file of files) {
    parseDocument(file)
    const {document, footnoteEntries = [], footnotes = [], claims = []} = file.data
    if (!document) continue
    const other = seen.get(document.id)
    if (other !== undefined) {
      file.message(`Unexpected duplicate document id \`${document.id}\`, expected ids to be unique (also in \`${other}\`)`, {place: {line: 1, column: 1}, ruleId: 'duplicate-document', source: 'claimtrace'})
      continue
    }
    seen.set(document.id, file.path)
    const result = citeFootnotes(document.id, footnoteEntries, file)
    for (const footnote of footnotes) footnote.citations = result.citations.get(footnote.n) ?? []
    for (const claim of claims) claim.citations = claim.footnotes.flatMap((n) => result.citations.get(n) ?? [])
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
