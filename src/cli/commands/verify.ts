import type {Command} from '../_io.js'
import {corpusOf, documentFlag, stringFlag, textArg, useColor} from '../_args.js'
import {batch} from '../_batch.js'

/** `claimtrace verify`: does the paper make this statement, and on whose authority? */
export const command: Command = {
  summary: 'Check a statement against the paper: supported, uncited, contradicted or not-found',
  usage:
    'verify <text> [--source HINT] [--document ID] [--strict] [--json]\n       verify - [--source HINT] [--document ID] [--strict] [--json]   (one statement per stdin line; JSON Lines with --json)\n' +
    '  --source  the source someone gave ("Mesamed 2012, p. 49", an author, a title, a URL)\n  --strict  exit 1 unless every verdict is supported',
  options: ['source', 'document'],
  booleans: ['strict'],
  async run(args, io) {
    const text = textArg(args, 'text', 'verify')
    const json = args.flags['json'] === true
    const source = stringFlag(args, 'source')
    const {describeSourceCheck} = await import('../../search/index.js')
    const {formatVerification} = await import('../render/verification.js')
    const corpus = await corpusOf(args, io)
    const document = documentFlag(args, corpus)
    const options = {...(source === undefined ? {} : {source}), ...(document === undefined ? {} : {document})}
    let allSupported = true
    const render = (line: string, pretty: boolean): string => {
      const result = corpus.verify(line, options)
      if (result.verdict !== 'supported') allSupported = false
      if (json) return text === '-' ? JSON.stringify({query: line, ...result}) : JSON.stringify(result, null, pretty ? 2 : 0)
      const verdict = formatVerification(result, line, describeSourceCheck(result, corpus.sources), {color: useColor(io)})
      return text === '-' ? `${line}\n${verdict}\n` : verdict
    }
    if (text === '-') {
      const bad = await batch(io, json, (line) => render(line, false))
      if (bad > 0) return 2
    } else {
      io.stdout.write(render(text, true) + '\n')
    }
    return args.flags['strict'] === true && !allSupported ? 1 : 0
  }
}
