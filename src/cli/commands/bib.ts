import {UsageError, type Command} from '../_io.js'

/** `claimtrace bib`: the corpus's bibliography in a style and format. */
export const command: Command = {
  summary: 'Print the bibliography of the corpus (styles: apa, chicago, mla, harvard, vancouver, …)',
  usage: 'bib [--style apa|chicago|mla|harvard|vancouver|…] [--format text|html|bibtex|biblatex|ris|csl-json] [--lang en-US|ru-RU] [--corpus DIR]',
  options: ['style', 'format', 'lang'],
  async run(args, io) {
    if (args.positionals.length > 0) throw new UsageError(`Unexpected argument \`${args.positionals[0]}\`, expected only options`)
    const {openCorpus} = await import('../../corpus/index.js')
    const corpus = await openCorpus(typeof args.flags['corpus'] === 'string' ? args.flags['corpus'] : undefined)
    const format = typeof args.flags['format'] === 'string' ? args.flags['format'] : args.flags['json'] === true ? 'csl-json' : 'text'
    const output = corpus.bibliography({
      format: format as 'text',
      ...(typeof args.flags['style'] === 'string' ? {style: args.flags['style']} : {}),
      ...(typeof args.flags['lang'] === 'string' ? {lang: args.flags['lang']} : {})
    })
    io.stdout.write(output.endsWith('\n') || output === '' ? output : output + '\n')
    return 0
  }
}
