import type {RootContent} from 'mdast'
import type {VFile} from 'vfile'
import type {Citation, CslItem, Point} from '../types.js'
import type {ParsedReference} from './_types.js'
import {inlineNodes, inlineText} from './_markdown.js'
import {disambiguate, idBase} from './ids.js'
import {parseReference} from './parse-reference.js'
import {parseEntry} from './parse-entry.js'
import {resolveShortForms} from './resolve-short-forms.js'
import {splitFootnote} from './split-footnote.js'
import {toCsl} from './to-csl.js'
import {need} from '../_check.js'

export {parseReference} from './parse-reference.js'
export {parseEntry} from './parse-entry.js'
export {resolveShortForms} from './resolve-short-forms.js'
export {splitFootnote} from './split-footnote.js'
export {toCsl} from './to-csl.js'
export {detectLanguage} from './language.js'

/** One footnote definition to cite. */
export interface FootnoteInput {
  n: number
  /** Plain text (emphasis removed). */
  text: string
  /** Definition content as Markdown, emphasis kept. */
  markdown: string
  /** The definition’s mdast children, when the caller has parsed them already (saves a parse). */
  nodes?: readonly RootContent[]
  /** Where the definition starts, for diagnostics. */
  position?: Point
}

/** One entry of a reference list (the paragraphs of a `:::references` directive). */
export interface ReferenceEntryInput {
  /** The entry as Markdown or plain text (emphasis as `*…*`). */
  text: string
  position?: Point
}

/** Options of {@link citeFootnotes}. */
export interface Options {
  /** The document’s reference list, when it has one: author-date forms are looked up there, and its works are sources. */
  references?: readonly ReferenceEntryInput[]
}

/** Citations per footnote number, and the distinct works they point to. */
export interface CiteResult {
  citations: Map<number, Citation[]>
  sources: CslItem[]
}

/**
 * Parse every footnote of one document into citations, resolve `Ibid.`,
 * `op. cit.` and short forms within it, and return the distinct works as
 * CSL-JSON items with stable, readable ids.
 *
 * Problems (a comment-only footnote, an unresolved `op. cit.`, a bad date, a
 * URL without an access date) become messages on `file` with a `ruleId` and
 * the footnote's place; nothing is invented to fill a field.
 *
 * @param document
 *   Id of the document (kept in each item's `custom.document`).
 * @param footnotes
 *   Footnote definitions in order.
 * @param file
 *   File to report diagnostics on (optional).
 * @param options
 *   The reference list, when the document ends with one.
 * @returns
 *   Citations per footnote (every footnote has an entry, maybe empty) and sources.
 * @example
 *   const {citations, sources} = citeFootnotes('doc', [
 *     {n: 1, text: '', markdown: 'V.I. Mesamed, *Israel v Tsentralnoy Azii: grezy i realnost*, Moscow, 2012, p. 49.'},
 *     {n: 2, text: '', markdown: 'See: Ibid., p. 48.'}
 *   ])
 *   citations.get(2) // => [{footnote: 2, source: 'mesamed2012', kind: 'ibid', locator: '48', label: 'page', prefix: 'See:'}]
 *   sources[0].type // => 'book'
 */
export function citeFootnotes(document: string, footnotes: readonly FootnoteInput[], file?: VFile, options?: Readonly<Options> | null): CiteResult {
  need(document, 'string', 'citeFootnotes(document)')
  need(footnotes, 'footnotes', 'citeFootnotes(document, footnotes)')
  const references: Array<{footnote: number; reference: ParsedReference}> = []
  const places = new Map<number, Point | undefined>()

  for (const footnote of footnotes) {
    places.set(footnote.n, footnote.position)
    const text = footnote.nodes ? inlineNodes(footnote.nodes) : inlineText(footnote.markdown || footnote.text)
    const units = splitFootnote(text)
    if (units.length === 0) {
      report(footnote.n, 'no-citation', `Unexpected footnote ${footnote.n} without a reference (a comment only), expected a cited work`)
    }
    for (const unit of units) {
      const reference = parseReference(unit.text)
      for (const problem of reference.problems) report(footnote.n, problem.ruleId, `Footnote ${footnote.n}: ${problem.reason}`)
      references.push({footnote: footnote.n, reference})
    }
  }

  const listed = options?.references ?? []
  const entries = listed.map((entry) => parseEntry(inlineText(entry.text)))
  for (const [index, entry] of entries.entries()) {
    if (!entry.key) reportAt(listed[index]!.position, 'unparsed-entry', `Unexpected reference-list entry without a readable author and year (\`${entry.text.slice(0, 60)}\`), expected \`Name, I. (Year). Title …\``)
  }

  const {works, citations, problems} = resolveShortForms(references, entries)
  for (const problem of problems) report(problem.footnote, problem.ruleId, problem.reason)

  const ids = disambiguate(works.map((work) => idBase(work.authors, work.fields.title, work.fields.issued?.[0], work.fields.archive && work.fields.archiveLocation ? {archive: work.fields.archive, location: work.fields.archiveLocation} : undefined)))
  const sources = works.map((work, index) => toCsl(work, ids[index]!, document))
  for (const [index, work] of works.entries()) {
    const first = work.footnotes[0]
    if (first === undefined) continue
    const {title, archive, url, issued} = work.fields
    if (title === undefined && work.authors.length === 0 && archive === undefined) {
      report(first, 'untitled-work', `Unexpected work without a title or an author in footnote ${first} (\`${ids[index]!}\`), expected at least one of them`)
    } else if (issued === undefined && url === undefined && archive === undefined && work.entry === undefined) {
      report(first, 'missing-year', `Unexpected work without a year in footnote ${first} (\`${ids[index]!}\`), expected the year of publication; none was filled in`)
    }
    if (work.fields.url !== undefined && work.fields.accessed === undefined) {
      report(work.footnotes[0] ?? 0, 'url-without-date', `Unexpected URL without an access date in footnote ${work.footnotes[0] ?? '?'} (\`${ids[index]!}\`), expected “available at [url], day Month, year”`)
    }
  }

  const byFootnote = new Map<number, Citation[]>(footnotes.map((d) => [d.n, []]))
  for (const resolved of citations) {
    const citation: Citation = {footnote: resolved.footnote, source: ids[resolved.work]!, kind: resolved.kind}
    if (resolved.locator !== undefined) Object.assign(citation, {locator: resolved.locator, label: resolved.label ?? 'page'})
    if (resolved.prefix !== undefined) citation.prefix = resolved.prefix
    byFootnote.get(resolved.footnote)?.push(citation)
  }
  return {citations: byFootnote, sources}

  function report(n: number, ruleId: string, reason: string): void {
    reportAt(places.get(n), ruleId, reason)
  }
  function reportAt(place: Point | undefined, ruleId: string, reason: string): void {
    if (!file) return
    const message = file.message(reason, {ruleId, source: 'claimtrace', ...(place ? {place} : {})})
    message.fatal = false
  }
}
