import type {Command} from '../_io.js'
import {corpusOf, intFlag, textArg, useColor} from '../_args.js'
import {batch} from '../_batch.js'

/** `claimtrace resolve`: the claims a text restates, with their sources. */
export const command: Command = {
  summary: 'Find the claims of the paper a sentence restates, with their footnotes and sources',
  usage: 'resolve <text> [--limit N] [--json]\n       resolve - [--limit N] [--json]   (one text per stdin line; JSON Lines with --json)',
  options: ['limit'],
  async run(args, io) {
    const text = textArg(args, 'text', 'resolve')
    const limit = intFlag(args, 'limit') ?? 3
    const json = args.flags['json'] === true
    const {formatResolution} = await import('../../search/format.js')
    const corpus = await corpusOf(args, io)
    // Before reading stdin: a corpus that cannot answer is one error, not one per line.
    if (text === '-') (await import('../../corpus/_restrict.js')).checkLoaded(corpus.documents, corpus.messages, 'resolve a text', true)
    const render = (line: string): string => {
      const resolution = corpus.resolve(line, {limit})
      return json ? JSON.stringify(resolution) : `${line}\n${formatResolution(resolution, {color: useColor(io)})}\n`
    }
    if (text === '-') return (await batch(io, json, render)) > 0 ? 2 : 0
    const resolution = corpus.resolve(text, {limit})
    io.stdout.write(json ? JSON.stringify(resolution, null, 2) + '\n' : formatResolution(resolution, {color: useColor(io)}) + '\n')
    return 0
  }
}
