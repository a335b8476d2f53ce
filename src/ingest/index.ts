/**
 * Ingest, the public door: damaged PDF text → clean Markdown with GFM
 * footnotes. The pipeline (`pipeline.ts`, with the mdast serialisers and the
 * Hunspell dictionary) is loaded only when a text is ingested, so that
 * importing claimtrace to read a corpus stays fast.
 */
import type {IngestOptions, IngestResult} from './types.js'

export {MAX_INPUT} from './types.js'
export type {IngestOptions, IngestResult} from './types.js'
export type {Ledger, Edit} from './mapped.js'

/**
 * Turn the damaged text of one article into clean Markdown with GFM footnotes.
 *
 * @param raw      The text extracted from the PDF (UTF-8 decoded).
 * @param options  At least the document id.
 * @returns        `{markdown, diagnostics, ledger, footnoteCount, file}`.
 * @throws {ClaimtraceError} On empty, binary or oversized input, or a bad id.
 *
 * @example
 *   const {markdown, diagnostics} = await ingest(raw, {id: 'israel-central-asia-2020'})
 *   markdown.split('\n')[1] // => 'id: israel-central-asia-2020'
 */
export async function ingest(raw: string, options: Readonly<IngestOptions>): Promise<IngestResult> {
  const pipeline = await import('./pipeline.js')
  return pipeline.ingest(raw, options)
}
