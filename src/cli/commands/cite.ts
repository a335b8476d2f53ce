import type {Command} from '../_io.js'
import {fail} from '../../errors.js'
import {corpusOf, stringFlags} from '../_args.js'

const modes = ['note', 'in-text']

/** `claimtrace cite <claim-id>`: the sources of one claim, as a note or an in-text citation. */
export const command: Command = {
  summary: 'Cite the sources of one claim, with their pages (a note or an in-text citation)',
  usage: 'cite <claim-id> [--style S] [--format text|html] [--mode note|in-text] [--lang en-US|ru-RU] [--json] [--corpus DIR]',
  options: ['style', 'format', 'mode', 'lang'],
  async run(args, io) {
    const [id, extra] = args.positionals
    if (id === undefined) throw fail('missing-claim-id', {})
    if (extra !== undefined) throw fail('unexpected-argument', {arg: extra, expected: 'one claim id'})
    const mode = args.flags['mode']
    if (mode !== undefined && (typeof mode !== 'string' || !modes.includes(mode))) {
      throw fail('unknown-mode', {mode: String(mode), expected: modes.join(', ')})
    }
    const corpus = await corpusOf(args, io)
    const {format, ...style} = stringFlags(args, ['format', 'style', 'lang'])
    const text = corpus.cite(id, {...style, ...(format === undefined ? {} : {format: format as 'text'}), ...(mode === undefined ? {} : {mode: mode as 'note' | 'in-text'})})
    if (args.flags['json'] === true) {
      const claim = corpus.claim(id)!
      const ids = new Set(claim.citations.map((d) => d.source))
      const sources = corpus.sources.filter((d) => ids.has(d.id))
      io.stdout.write(JSON.stringify({claim: id, citation: text, citations: claim.citations, sources}, null, 2) + '\n')
    } else {
      io.stdout.write(text === '' ? `${id} cites no source\n` : text + '\n')
    }
    return 0
  }
}
