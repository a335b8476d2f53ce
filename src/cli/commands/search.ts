import type {Command} from '../_io.js'
import {fail} from '../../errors.js'
import type {SearchFilter} from '../../search/index.js'
import {corpusOf, intFlag, stringFlags, textArg, useColor} from '../_args.js'

const scopes = ['claims', 'footnotes', 'sources', 'all'] as const

/** `claimtrace search`: fuzzy search over claims, footnotes and sources. */
export const command: Command = {
  summary: 'Fuzzy search over claims, footnotes and sources (Fuse.js; extended syntax: =exact, \'include, !not, ^prefix, suffix$)',
  usage:
    'search <query> [--in claims|footnotes|sources|all] [--limit N] [--json]\n' +
    '       [--document ID] [--section S] [--country C] [--from YEAR] [--to YEAR] [--cited | --uncited]',
  options: ['in', 'limit', 'document', 'section', 'country', 'from', 'to'],
  booleans: ['cited', 'uncited'],
  async run(args, io) {
    const query = textArg(args, 'query', 'search')
    const scope = args.flags['in'] ?? 'all'
    if (!scopes.includes(scope as (typeof scopes)[number])) throw fail('bad-choice', {flag: 'in', value: String(scope), expected: scopes.join(', ')})
    if (args.flags['cited'] && args.flags['uncited']) throw fail('conflicting-flags', {a: 'cited', b: 'uncited'})
    const filter: SearchFilter = {...stringFlags(args, ['document', 'section', 'country'])}
    const from = intFlag(args, 'from')
    const to = intFlag(args, 'to')
    if (from !== undefined && to !== undefined && from > to) throw fail('year-range', {from, to})
    if (from !== undefined) filter.yearFrom = from
    if (to !== undefined) filter.yearTo = to
    if (args.flags['cited']) filter.cited = true
    if (args.flags['uncited']) filter.cited = false
    const {formatHits} = await import('../render/hits.js')
    const corpus = await corpusOf(args, io)
    const hits = corpus.search(query, {in: scope as (typeof scopes)[number], limit: intFlag(args, 'limit') ?? 10, filter})
    io.stdout.write((args.flags['json'] === true ? JSON.stringify(hits, null, 2) : formatHits(hits, {color: useColor(io)})) + '\n')
    return 0
  }
}
