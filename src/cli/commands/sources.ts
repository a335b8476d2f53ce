import type {Citation, CslItem} from '../../types.js'
import type {Command} from '../_io.js'
import {fail} from '../../errors.js'
import {corpusOf, documentFlag, noPositionals, stringFlag} from '../_args.js'
import {renderCitedBy, renderSources} from '../render/sources.js'

/** One work of the corpus with the footnotes that cite it (the `--json` shape). */
export interface SourceUse {
  source: CslItem
  citedIn: Array<{document: string; footnote: number; kind: Citation['kind']; locator?: string}>
}

/**
 * Pair each source with the footnotes citing it, in corpus order.
 *
 * @param sources
 *   The corpus's sources.
 * @param footnotes
 *   The corpus's footnotes, with citations.
 * @returns
 *   One entry per source.
 * @example
 *   sourceUses(corpus.sources, corpus.footnotes)[1]
 *   // => {source: {id: 'mesamed2012', …}, citedIn: [{document: 'israel-central-asia-2020', footnote: 2, kind: 'full', locator: '49'}, …]}
 */
export function sourceUses(
  sources: readonly CslItem[],
  footnotes: ReadonlyArray<{document: string; n: number; citations: readonly Citation[]}>
): SourceUse[] {
  const uses = new Map<string, SourceUse>(sources.map((source) => [source.id, {source, citedIn: []}]))
  for (const footnote of footnotes) {
    for (const citation of footnote.citations) {
      const use = uses.get(citation.source)
      if (!use) continue
      use.citedIn.push({
        document: footnote.document,
        footnote: footnote.n,
        kind: citation.kind,
        ...(citation.locator === undefined ? {} : {locator: citation.locator})
      })
    }
  }
  return [...uses.values()]
}

/**
 * How many footnotes resolved to a source, and the ones that did not.
 *
 * @param footnotes
 *   The corpus's footnotes, with citations.
 * @returns
 *   The count of footnotes citing at least one source, and the others.
 * @example
 *   resolvedFootnotes(corpus.footnotes) // => {resolved: 64, total: 64, unresolved: []}
 */
export function resolvedFootnotes(footnotes: ReadonlyArray<{document: string; n: number; text: string; citations: readonly Citation[]}>): {resolved: number; total: number; unresolved: Array<{document: string; n: number; text: string}>} {
  const unresolved = footnotes.filter((d) => d.citations.length === 0).map(({document, n, text}) => ({document, n, text}))
  return {resolved: footnotes.length - unresolved.length, total: footnotes.length, unresolved}
}

/** The papers citing one work: each with its footnotes that do (the `--cited-by --json` shape). */
export interface CitedBy {
  source: CslItem
  documents: Array<{document: string; title: string | null; footnotes: number[]}>
}

/** `claimtrace sources`: the works the corpus cites, with the footnotes citing each. */
export const command: Command = {
  summary: 'List the works the corpus cites, with the footnotes that cite each (or, with --cited-by, the papers citing one work)',
  usage: 'sources [--document ID] [--cited-by SOURCE-ID] [--json] [--corpus DIR]',
  options: ['document', 'cited-by'],
  async run(args, io) {
    noPositionals(args)
    const corpus = await corpusOf(args, io)
    const document = documentFlag(args, corpus)
    let uses = sourceUses(corpus.sources, corpus.footnotes)
    if (document !== undefined) uses = uses.filter((use) => use.citedIn.some((d) => d.document === document)).map((use) => ({...use, citedIn: use.citedIn.filter((d) => d.document === document)}))
    const wanted = stringFlag(args, 'cited-by')
    if (wanted !== undefined) {
      const use = uses.find((d) => d.source.id === wanted)
      if (!use) throw fail('unexpected-argument', {arg: wanted, expected: `a source id such as \`${uses[0]?.source.id ?? 'mesamed2012'}\` (see \`claimtrace sources\`)`})
      const byDocument = new Map<string, number[]>()
      for (const d of use.citedIn) byDocument.set(d.document, [...(byDocument.get(d.document) ?? []), ...(byDocument.get(d.document)?.includes(d.footnote) ? [] : [d.footnote])])
      const titles = new Map(corpus.documents.map((d) => [d.id, d.title]))
      const result: CitedBy = {source: use.source, documents: [...byDocument].map(([id, footnotes]) => ({document: id, title: titles.get(id) ?? null, footnotes}))}
      if (args.flags['json'] === true) {
        io.stdout.write(JSON.stringify(result, null, 2) + '\n')
        return 0
      }
      io.stdout.write(renderCitedBy(result))
      return 0
    }
    if (args.flags['json'] === true) {
      io.stdout.write(JSON.stringify(uses, null, 2) + '\n')
      return 0
    }
    io.stdout.write(renderSources(uses, resolvedFootnotes(corpus.footnotes), new Set(corpus.footnotes.map((d) => d.document)).size))
    return 0
  }
}
