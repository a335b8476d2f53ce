import type {Command} from '../_io.js'
import {corpusOf, noPositionals} from '../_args.js'
import {renderDocuments} from '../render/documents.js'

/** One document of the corpus with its counts (the `--json` shape). */
export interface DocumentRow {
  id: string
  title: string | null
  authors: string[]
  year: number | null
  claims: number
  footnotes: number
}

/** `claimtrace documents`: the papers of the corpus. */
export const command: Command = {
  summary: 'List the papers of the corpus with their claims and footnotes',
  usage: 'documents [--json] [--corpus DIR]',
  async run(args, io) {
    noPositionals(args)
    const corpus = await corpusOf(args, io)
    const footnotes = new Map<string, number>()
    for (const footnote of corpus.footnotes) footnotes.set(footnote.document, (footnotes.get(footnote.document) ?? 0) + 1)
    const rows: DocumentRow[] = corpus.documents.map((d) => ({id: d.id, title: d.title, authors: d.authors, year: d.year, claims: corpus.claimsOf(d.id).length, footnotes: footnotes.get(d.id) ?? 0}))
    if (args.flags['json'] === true) {
      io.stdout.write(JSON.stringify(rows, null, 2) + '\n')
      return 0
    }
    io.stdout.write(renderDocuments(rows))
    return 0
  }
}
