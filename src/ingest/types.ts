/**
 * What ingest takes, gives and refuses: the options, the result and the
 * input limit. The public door (`index.ts`), the pipeline (`pipeline.ts`)
 * and the validation (`_validate.ts`) all read them from here, so that none
 * of the three has to import another for a type.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Ledger} from './mapped.js'

/** Largest input accepted, in characters (a journal article is well under 1 MB). */
export const MAX_INPUT = 20 * 1024 * 1024

/** Options for {@link ingest}. */
export interface IngestOptions {
  /** Document id, e.g. `israel-central-asia-2020` (lower-case letters, digits, dashes). */
  id: string
  /** File path used in diagnostics. */
  path?: string
  /** Title and authors, when known (the extraction does not print them). */
  title?: string
  authors?: string[]
}

/** What {@link ingest} returns. */
export interface IngestResult {
  /** `paper.md`: YAML front matter, headings, paragraphs, figures, GFM footnotes. */
  markdown: string
  /** Every uncertain decision, as vfile messages with a place in the raw file and a rule id. */
  diagnostics: VFileMessage[]
  /** Every change made to the raw text, with its reason. */
  ledger: Ledger
  /** Number of footnote definitions written. */
  footnoteCount: number
  /** The vfile of the raw text (diagnostics are its messages). */
  file: VFile
}
