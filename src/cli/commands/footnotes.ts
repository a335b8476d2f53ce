import {UsageError, type Command} from '../_io.js'

/** `claimtrace footnotes`: list the footnotes of the corpus with the sources they cite. */
export const command: Command = {
  summary: 'List the footnotes of the corpus with the sources they cite',
  usage: 'footnotes [--json] [--corpus DIR]',
  async run(args, io) {
    if (args.positionals.length > 0) throw new UsageError(`Unexpected argument \`${args.positionals[0]}\`, expected only options`)
    const {openCorpus} = await import('../../corpus/index.js')
    const {renderFootnotes} = await import('../../corpus/render.js')
    const corpus = await openCorpus(typeof args.flags['corpus'] === 'string' ? args.flags['corpus'] : undefined)
    if (args.flags['json'] === true) {
      io.stdout.write(JSON.stringify(corpus.footnotes, null, 2) + '\n')
    } else {
      const tty = io.stdout.isTTY === true
      io.stdout.write(renderFootnotes(corpus.footnotes, {width: tty ? (io.stdout as {columns?: number}).columns ?? 100 : undefined, color: tty}))
    }
    return 0
  }
}
