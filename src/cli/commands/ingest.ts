import {mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {UsageError, type Command} from '../_io.js'
import {ClaimtraceError} from '../../errors.js'
import {pointAt} from '../../ingest/lines.js'

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i] ?? 0
    const size = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0
    if (size === 0) return i
    for (let k = 1; k < size; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i
    i += size
  }
  return -1
}

/** Decode bytes as UTF-8, refusing anything else with the line and column of the first bad byte. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    const offset = Math.max(0, firstInvalidUtf8(bytes))
    const before = new TextDecoder().decode(bytes.subarray(0, offset))
    const {line, column} = pointAt(before, before.length)
    throw new ClaimtraceError(
      `Unexpected byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')}, expected UTF-8 text (convert it first, e.g. \`iconv -f cp1251 -t utf-8\`)`,
      `${file}:${line}:${column}`
    )
  }
}

export const command: Command = {
  summary: 'Turn damaged PDF text into a clean corpus document (paper.md + source.txt)',
  usage: 'ingest <raw.txt> [--id ID] [--out DIR] [--title T] [--authors "A. One; B. Two"] [--json]',
  options: ['id', 'out', 'title', 'authors'],
  async run(args, io) {
    const input = args.positionals[0]
    if (!input) throw new UsageError('Missing input file, expected `claimtrace ingest <raw.txt>`')
    const id = typeof args.flags['id'] === 'string' ? args.flags['id'] : path.basename(input).replace(/\.[^.]*$/, '').toLowerCase().replace(/[^a-z0-9._-]+/g, '-')
    const out = typeof args.flags['out'] === 'string' ? args.flags['out'] : 'corpus'
    let bytes: Buffer
    try {
      bytes = await readFile(input)
    } catch (error) {
      throw new ClaimtraceError(`Cannot read \`${input}\`: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
    }
    const raw = decodeUtf8(bytes, input)
    const {ingest} = await import('../../ingest/index.js')
    // The extraction does not print title and authors; the user may give them.
    const title = typeof args.flags['title'] === 'string' ? args.flags['title'].trim() : ''
    const authors = typeof args.flags['authors'] === 'string' ? args.flags['authors'].split(';').map((a) => a.trim()).filter(Boolean) : []
    const result = await ingest(raw, {id, path: input, ...(title ? {title} : {}), ...(authors.length > 0 ? {authors} : {})})
    const dir = path.join(out, id)
    await mkdir(dir, {recursive: true})
    await writeFile(path.join(dir, 'paper.md'), result.markdown)
    await writeFile(path.join(dir, 'source.txt'), bytes)
    if (args.flags['json']) {
      io.stdout.write(JSON.stringify({id, paper: path.join(dir, 'paper.md'), footnotes: result.footnoteCount, diagnostics: result.diagnostics.map((m) => ({line: m.line, column: m.column, ruleId: m.ruleId, reason: m.reason}))}, null, 2) + '\n')
    } else {
      const {reporter} = await import('vfile-reporter')
      if (result.diagnostics.length > 0) io.stderr.write(reporter([result.file], {quiet: false}) + '\n')
      io.stdout.write(`Wrote ${path.join(dir, 'paper.md')} (${result.footnoteCount} footnotes)\n`)
    }
    return 0
  }
}
