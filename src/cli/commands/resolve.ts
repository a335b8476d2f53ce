import type {Command} from '../_io.js'
import {corpusOf, documentFlag, intFlag, textArg, useColor} from '../_args.js'
import {batch} from '../_batch.js'

/** `claimtrace resolve`: the claims a text restates, with their sources. */
export const command: Command = {
  summary: 'Find the claims of the paper a sentence restates, with their footnotes and sources',
  usage: 'resolve <text> [--limit N] [--document ID] [--json]\n       resolve - [--limit N] [--document ID] [--json]   (one text per stdin line; JSON Lines with --json)',
  options: ['limit', 'document'],
  async run(args, io) {
    const text = textArg(args, 'text', 'resolve')
    const limit = intFlag(args, 'limit') ?? 3
    const json = args.flags['json'] === true
    const {formatResolution} = await import('../render/resolution.js')
    const corpus = await corpusOf(args, io)
    const document = documentFlag(args, corpus)
    const options = document === undefined ? {limit} : {limit, document}
    const render = (line: string): string => {
      const resolution = corpus.resolve(line, options)
      return json ? JSON.stringify(resolution) : `${line}\n${formatResolution(resolution, {color: useColor(io)})}\n`
    }
    if (text === '-') return (await batch(io, json, render)) > 0 ? 2 : 0
    const resolution = corpus.resolve(text, options)
    io.stdout.write(json ? JSON.stringify(resolution, null, 2) + '\n' : formatResolution(resolution, {color: useColor(io)}) + '\n')
    return 0
  }
}
