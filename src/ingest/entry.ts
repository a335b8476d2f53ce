/**
 * The public door to ingest: loads the stage (mdast serialisers, the
 * Hunspell dictionary) only when a text is ingested, so that importing
 * claimtrace to read a corpus stays fast.
 */
import type {IngestOptions, IngestResult} from './index.js'

export type {IngestOptions, IngestResult, Ledger, Edit} from './index.js'

/** Largest input accepted (a journal article is well under 1 MB). */
export const MAX_INPUT = 20 * 1024 * 1024

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
  const stage = await import('./index.js')
  return stage.ingest(raw, options)
}
