import {open, readdir, stat} from 'node:fs/promises'
import path from 'node:path'
import type {Command, Io} from '../_io.js'
import {progress} from '../_progress.js'
import {fail, isClaimtraceError} from '../../errors.js'
import {errnoText} from '../../_messages.js'
import {readCapped} from '../../_files.js'
import {MAX_INPUT} from '../../ingest/index.js'
import {pointAt} from '../../ingest/lines.js'
import {printDiagnostics} from '../_report.js'
import {writeDocument} from '../_write-paper.js'
import {renderIngested} from '../render/ingest.js'

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
    throw fail('not-utf8', {byte: (bytes[offset] ?? 0).toString(16).padStart(2, '0')}, `${file}:${line}:${column}`)
  }
}

/** Read the input, at most {@link MAX_INPUT} bytes: `/dev/zero` is refused at the cap. */
async function readInput(input: string): Promise<Buffer> {
  let handle
  try {
    handle = await open(input, 'r')
  } catch (error) {
    throw fail('cannot-read', {file: input, why: errnoText(error)})
  }
  try {
    if ((await handle.stat()).isDirectory()) throw fail('cannot-read', {file: input, why: errnoText({code: 'EISDIR'})})
    const bytes = await readCapped(handle, MAX_INPUT)
    if (bytes === undefined) throw fail('input-over-cap', {max: MAX_INPUT}, input)
    return bytes
  } catch (error) {
    throw isClaimtraceError(error) ? error : fail('cannot-read', {file: input, why: errnoText(error)})
  } finally {
    await handle.close()
  }
}

/** The default id of a paper: its file name, folded. */
function idOf(input: string): string {
  return path.basename(input).replace(/\.[^.]*$/, '').toLowerCase().replace(/[^a-z0-9._-]+/g, '-')
}

/** One paper of a folder ingest (the `--json` shape). */
export interface IngestRow {
  file: string
  id: string
  paper?: string
  footnotes?: number
  diagnostics?: number
  error?: string
}

/**
 * Ingest many files, one after the other: one failure does not stop the
 * others. Each goes to `<out>/<id>/`.
 */
async function ingestMany(inputs: readonly string[], out: string, io: Io, json: boolean, force: boolean): Promise<number> {
  const {ingest} = await import('../../ingest/index.js')
  const bar = await progress(io, false, 'files')
  const rows: IngestRow[] = []
  const ids = new Map<string, string>()
  for (const [i, input] of inputs.entries()) {
    bar.update(i, inputs.length, input)
    const id = idOf(input)
    try {
      const other = ids.get(id)
      if (other !== undefined) throw fail('unexpected-argument', {arg: input, expected: `one file per paper (\`${other}\` has the same id \`${id}\`)`})
      ids.set(id, input)
      const bytes = await readInput(input)
      const result = await ingest(decodeUtf8(bytes, input), {id, path: input})
      const dir = await writeDocument(out, id, {'paper.md': result.markdown, 'source.txt': bytes}, force)
      rows.push({file: input, id, paper: path.join(dir, 'paper.md'), footnotes: result.footnoteCount, diagnostics: result.diagnostics.length})
    } catch (error) {
      if (!isClaimtraceError(error)) throw error
      rows.push({file: input, id, error: error.message})
    }
  }
  bar.update(inputs.length, inputs.length, '')
  bar.stop()
  const failed = rows.filter((row) => row.error !== undefined).length
  if (json) {
    io.stdout.write(JSON.stringify(rows, null, 2) + '\n')
  } else {
    io.stdout.write(renderIngested(rows))
  }
  return failed > 0 ? 2 : 0
}

export const command: Command = {
  summary: 'Turn damaged PDF text into clean corpus documents (paper.md + source.txt); several files or a folder at once',
  usage:
    'ingest <raw.txt> [--id ID] [--out DIR] [--title T] [--authors "A. One; B. Two"] [--force] [--json]\n' +
    '       ingest <a.txt> <b.txt> … | <folder> [--out DIR] [--force] [--json]   (each to DIR/<file name>/; a table at the end; exit 2 if any failed)\n' +
    '  --force  replace a paper.md (and source.txt) that claimtrace did not write',
  options: ['id', 'out', 'title', 'authors'],
  booleans: ['force'],
  async run(args, io) {
    const input = args.positionals[0]
    if (!input) throw fail('missing-input', {})
    const folder = args.positionals.length === 1 && (await stat(input).catch(() => undefined))?.isDirectory()
    if (args.positionals.length > 1 || folder) {
      for (const flag of ['id', 'title', 'authors']) if (args.flags[flag] !== undefined) throw fail('unexpected-argument', {arg: `--${flag}`, expected: 'it with one input file only'})
      const inputs = folder ? (await readdir(input)).filter((name) => name.endsWith('.txt')).sort().map((name) => path.join(input, name)) : args.positionals
      if (inputs.length === 0) throw fail('unexpected-argument', {arg: input, expected: 'a folder holding the `.txt` raw text of some papers'})
      return ingestMany(inputs, typeof args.flags['out'] === 'string' ? args.flags['out'] : 'corpus', io, args.flags['json'] === true, args.flags['force'] === true)
    }
    const id = typeof args.flags['id'] === 'string' ? args.flags['id'] : idOf(input)
    const out = typeof args.flags['out'] === 'string' ? args.flags['out'] : 'corpus'
    const bytes = await readInput(input)
    const raw = decodeUtf8(bytes, input)
    const {ingest} = await import('../../ingest/index.js')
    // The extraction does not print title and authors; the user may give them.
    const title = typeof args.flags['title'] === 'string' ? args.flags['title'].trim() : ''
    const authors = typeof args.flags['authors'] === 'string' ? args.flags['authors'].split(';').map((a) => a.trim()).filter(Boolean) : []
    const result = await ingest(raw, {id, path: input, ...(title ? {title} : {}), ...(authors.length > 0 ? {authors} : {})})
    const dir = await writeDocument(out, id, {'paper.md': result.markdown, 'source.txt': bytes}, args.flags['force'] === true)
    if (args.flags['json']) {
      io.stdout.write(JSON.stringify({id, paper: path.join(dir, 'paper.md'), footnotes: result.footnoteCount, diagnostics: result.diagnostics.map((m) => ({line: m.line, column: m.column, ruleId: m.ruleId, reason: m.reason}))}, null, 2) + '\n')
    } else {
      if (args.flags['quiet'] !== true) await printDiagnostics(result.diagnostics, io)
      io.stdout.write(`Wrote ${path.join(dir, 'paper.md')} (${result.footnoteCount} footnotes)\n`)
    }
    return 0
  }
}
