/**
 * The ingest pipeline: damaged PDF text → clean Markdown with GFM footnotes.
 * Flow: validate → lines → layout (headers, pages, footnote blocks, markers,
 * figures, headings) → repair (glyphs, joins, italics, ligatures) → mdast → Markdown.
 * Loaded by the public door (`index.ts`) only when a text is ingested: it
 * brings the mdast serialisers and the Hunspell dictionary with it.
 */
import {createHash} from 'node:crypto'
import {VFile} from 'vfile'
import {pointAt, splitLines, type Line} from './lines.js'
import {createLexicon, loadSpeller, wordPattern} from './lexicon.js'
import {layout} from './layout.js'
import {numberFigures, type FigureBlock} from './figures.js'
import {footnoteLabelLength} from './footnotes.js'
import {cleanBlock, MARK_CLOSE, MARK_OPEN, type RepairContext} from './repair.js'
import {toMarkdownDocument, type CleanBlock} from './to-markdown.js'
import {titleCase} from './headings.js'
import {restoreDropCap} from './drop-cap.js'
import {splitEntries} from './references.js'
import type {Ledger} from './mapped.js'
import {validate} from './_validate.js'
import type {IngestOptions, IngestResult} from './types.js'

/**
 * Turn the damaged text of one article into clean Markdown.
 *
 * @param raw      The text extracted from the PDF (UTF-8 decoded).
 * @param options  At least the document id.
 * @returns        Markdown, diagnostics and the ledger of changes.
 * @throws {ClaimtraceError} On empty, binary or oversized input, or a bad id.
 *
 * @example
 *   const {markdown, diagnostics} = await ingest(raw, {id: 'israel-central-asia-2020'})
 *   // markdown starts with '---\nid: israel-central-asia-2020\n…'
 */
export async function ingest(raw: string, options: Readonly<IngestOptions>): Promise<IngestResult> {
  validate(raw, options)
  const file = new VFile({path: options.path ?? `${options.id}/source.txt`, value: raw})
  const ledger: Ledger = []
  const lines = splitLines(raw)
  const lexicon = createLexicon(await loadSpeller(), wholeWords(lines), hyphenPrefixes(lines))
  const context: RepairContext = {raw, lexicon, ledger, file}
  const page = layout(lines, file, ledger)
  const figures = page.blocks.filter((b): b is FigureBlock => b.kind === 'figure')
  numberFigures(figures, file)

  const blocks: CleanBlock[] = []
  for (const block of page.blocks) {
    if (block.kind === 'heading') {
      blocks.push({kind: 'heading', text: block.lines.length === 1 && /\S \S \S/.test(block.lines[0]?.text ?? '') ? block.text : cleanBlock(block.lines, {}, context).text})
    } else if (block.kind === 'paragraph') {
      blocks.push({kind: 'paragraph', text: cleanBlock(block.lines, {markers: page.markers}, context).text})
    } else if (block.kind === 'references') {
      blocks.push({kind: 'references', entries: splitEntries(block.lines).map((entry) => cleanBlock(entry, {}, context).text)})
    } else {
      blocks.push(cleanFigure(block, context, page.markers))
    }
  }
  restoreDropCap(blocks, lexicon, file, lines, ledger)

  const footnotes = page.footnotes.map((f) => ({
    n: f.n,
    // Italics show only against damaged spaces: a note set with ordinary spaces throughout tells nothing.
    text: cleanBlock(f.lines, {italics: f.lines.some((line) => (line.text.match(/\uFFFD/g) ?? []).length >= 2), skip: footnoteLabelLength(f.lines[0]?.text ?? ''), skipReason: 'footnote-number'}, context).text
  }))
  checkSequence(page.markers, footnotes.map((f) => f.n), file, raw)
  const referenced = new Set(page.markers.map((m) => m.n))
  const defined = new Set(footnotes.map((f) => f.n))
  // A marker without a footnote goes back to the digits it was printed as: nothing invented.
  for (const block of blocks) {
    if (block.kind === 'paragraph') block.text = block.text.replace(new RegExp(`${MARK_OPEN}(\\d+)${MARK_CLOSE}`, 'g'), (all, n: string) => (defined.has(Number(n)) ? all : n))
  }

  const keywords = page.keywords.length > 0 ? cleanBlock(page.keywords, {skip: /^\s*(?:K E Y W O R D S|KEYWORDS|Keywords)\s*:\s*/.exec(page.keywords[0]?.text ?? '')?.[0].length ?? 0, skipReason: 'keywords-label'}, context).text : ''
  const frontMatter: Record<string, unknown> = {
    id: options.id,
    ...(options.title ? {title: options.title} : {}),
    ...(options.authors?.length ? {authors: options.authors} : {}),
    journal: page.meta.journal ? titleCase(page.meta.journal) : null,
    ...(page.meta.edition ? {edition: page.meta.edition} : {}),
    volume: page.meta.volume ?? null,
    issue: page.meta.issue ?? null,
    year: page.meta.year ?? null,
    ...(page.meta.pages.length > 0 ? {pages: page.meta.pages.join(', ')} : {}),
    ...(keywords ? {keywords: keywords.replace(/\.$/, '').split(/\s*[,;]\s*/).filter(Boolean)} : {}),
    figures: figures.filter((f) => f.name === 'figure').length,
    ...(figures.some((f) => f.name === 'table') ? {tables: figures.filter((f) => f.name === 'table').length} : {}),
    footnotes: footnotes.length,
    sha256: createHash('sha256').update(raw, 'utf8').digest('hex')
  }
  for (const footnote of page.footnotes) {
    if (referenced.has(footnote.n)) continue
    const first = footnote.lines[0]
    file.message(`Unexpected footnote \`${footnote.n}\` without a marker in the body, expected marker ${footnote.n} before it`, {
      place: {line: (first?.index ?? 0) + 1, column: 1},
      ruleId: 'footnote-without-marker',
      source: 'claimtrace'
    })
  }
  const markdown = toMarkdownDocument(frontMatter, blocks, footnotes)
  return {markdown, diagnostics: file.messages, ledger, footnoteCount: footnotes.length, file}
}

function cleanFigure(figure: FigureBlock, context: RepairContext, markers: ReadonlyArray<{n: number; start: number; end: number}>): CleanBlock {
  const n = figure.n ?? 0
  const name = figure.name.charAt(0).toUpperCase() + figure.name.slice(1)
  if (figure.label) context.ledger.push({offset: figure.label.start, removed: figure.label.text, inserted: `${name} ${n}.`, reason: 'figure-label'})
  const rows = figure.rows.map((row) => cleanBlock([row], {}, context).text)
  const caption = figure.caption.length > 0 ? cleanBlock(figure.caption, {markers}, context).text : undefined
  const first = figure.source[0]?.text ?? ''
  const sourceLabel = /^\s*S o u r c e\s*:\s*/.exec(first)?.[0].length ?? 0
  const source = figure.source.length > 0 ? cleanBlock(figure.source, {skip: sourceLabel, skipReason: 'figure-source-label'}, context).text : undefined
  return {kind: 'figure', name: figure.name, n, ...(caption ? {caption} : {}), ...(rows.length > 0 ? {rows} : {}), ...(source ? {source} : {}), ...(figure.label ? {labelled: true} : {})}
}

/** Words the document prints whole: not the halves of a word a line-end hyphen cut. */
function* wholeWords(lines: readonly Line[]): Generator<string> {
  let cut = false
  for (const line of lines) {
    const text = line.text.replace(/[\s\uFFFD]+$/, '')
    const words = [...text.matchAll(wordPattern)]
    const cutsNext = /\p{L}-$/u.test(text)
    for (const [index, word] of words.entries()) {
      if ((index === 0 && cut) || (index === words.length - 1 && cutsNext)) continue
      yield word[0]
    }
    if (text) cut = cutsNext
  }
}

/** Words the document sets before a hyphen inside a line: `non` in “non-Muslim”. */
function* hyphenPrefixes(lines: readonly Line[]): Generator<string> {
  for (const line of lines) for (const match of line.text.matchAll(/(\p{L}+)-\p{L}/gu)) if (match[1]) yield match[1]
}

function checkSequence(markers: ReadonlyArray<{n: number; start: number}>, footnotes: readonly number[], file: VFile, raw: string): void {
  if (markers.length === 0 && footnotes.length === 0) {
    file.message('No footnotes found: the text has no footnote markers and no footnote blocks', {ruleId: 'no-footnotes', source: 'claimtrace'})
  }
  const defined = new Set(footnotes)
  for (const {n, start} of markers) {
    if (!defined.has(n)) file.message(`Unexpected marker ${n} without a footnote, kept as printed`, {place: pointAt(raw, start), ruleId: 'marker-without-footnote', source: 'claimtrace'})
  }
}
