import type {Command} from '../_io.js'
import {corpusOf, noPositionals, terminal} from '../_args.js'

/** `claimtrace footnotes`: list the footnotes of the corpus with the sources they cite. */
export const command: Command = {
  summary: 'List the footnotes of the corpus with the sources they cite',
  usage: 'footnotes [--json] [--corpus DIR]',
  async run(args, io) {
    noPositionals(args)
    const {renderFootnotes} = await import('../../corpus/render.js')
    const corpus = await corpusOf(args, io)
    if (args.flags['json'] === true) {
      io.stdout.write(JSON.stringify(corpus.footnotes, null, 2) + '\n')
    } else {
      io.stdout.write(renderFootnotes(corpus.footnotes, terminal(io)))
    }
    return 0
  }
}
