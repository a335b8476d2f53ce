import {createWriteStream} from 'node:fs'
import {UsageError, type Command} from '../_io.js'
import {corpusOf, noPositionals, stringFlag} from '../_args.js'

/** `claimtrace export`: the corpus as JSON Lines for OpenSearch / Elasticsearch. */
export const command: Command = {
  summary: 'Export claims, footnotes and sources as JSON Lines (see docs/opensearch-mapping.json for the index mapping)',
  usage: 'export --format jsonl [--out FILE] [--mapping] [--corpus DIR]   (--mapping: print the index settings and mapping instead)',
  options: ['format', 'out'],
  booleans: ['mapping'],
  async run(args, io) {
    noPositionals(args)
    const {exportRecords, MAPPING} = await import('../../export/index.js')
    if (args.flags['mapping'] === true) {
      io.stdout.write(JSON.stringify(MAPPING, null, 2) + '\n')
      return 0
    }
    const format = stringFlag(args, 'format') ?? 'jsonl'
    if (format !== 'jsonl') throw new UsageError(`Unexpected \`--format ${format}\`, expected jsonl`)
    const out = stringFlag(args, 'out')
    const corpus = await corpusOf(args, io)
    const file = out === undefined ? undefined : createWriteStream(out)
    const stream: NodeJS.WritableStream = file ?? io.stdout
    let count = 0
    for (const record of exportRecords(corpus)) {
      count++
      if (!stream.write(JSON.stringify(record) + '\n')) await new Promise((resolve) => stream.once('drain', resolve))
    }
    if (file) {
      await new Promise<void>((resolve, reject) => {
        file.on('error', reject)
        file.end(() => resolve())
      })
      io.stderr.write(`Wrote ${count} records to ${out}\n`)
    }
    return 0
  }
}
