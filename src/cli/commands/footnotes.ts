import type {Command} from '../_io.js'
import {corpusOf, documentFlag, noPositionals, terminal} from '../_args.js'

/** `claimtrace footnotes`: list the footnotes of the corpus with the sources they cite. */
export const command: Command = {
  summary: 'List the footnotes of the corpus with the sources they cite',
  usage: 'footnotes [--document ID] [--json] [--corpus DIR]',
  options: ['document'],
  async run(args, io) {
    noPositionals(args)
    const {renderFootnotes} = await import('../render/footnotes.js')
    const corpus = await corpusOf(args, io)
    const document = documentFlag(args, corpus)
    const footnotes = document === undefined ? corpus.footnotes : corpus.footnotes.filter((footnote) => footnote.document === document)
    if (args.flags['json'] === true) {
      io.stdout.write(JSON.stringify(footnotes, null, 2) + '\n')
    } else {
      io.stdout.write(renderFootnotes(footnotes, terminal(io)))
    }
    return 0
  }
}
