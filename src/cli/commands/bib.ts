import type {Command} from '../_io.js'
import {corpusOf, noPositionals, stringFlags} from '../_args.js'

/** `claimtrace bib`: the corpus's bibliography in a style and format. */
export const command: Command = {
  summary: 'Print the bibliography of the corpus (styles: apa, chicago, mla, harvard, vancouver, …)',
  usage: 'bib [--style apa|chicago|mla|harvard|vancouver|…] [--format text|html|bibtex|biblatex|ris|csl-json] [--lang en-US|ru-RU] [--corpus DIR]',
  options: ['style', 'format', 'lang'],
  async run(args, io) {
    noPositionals(args)
    const corpus = await corpusOf(args, io)
    const {format, ...style} = stringFlags(args, ['format', 'style', 'lang'])
    const output = corpus.bibliography({format: (format ?? (args.flags['json'] === true ? 'csl-json' : 'text')) as 'text', ...style})
    io.stdout.write(output.endsWith('\n') || output === '' ? output : output + '\n')
    return 0
  }
}
