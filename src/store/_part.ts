/**
 * One paper of the store: built on its own (parse, claims, citations, each
 * sentence analysed, its part of the claim index) and written as one file,
 * so that changing one paper rebuilds only that paper. Claims and their
 * analysed sentences are kept in deflated blocks of {@link BLOCK}, so a
 * query that shows one claim inflates a few kilobytes, not the paper.
 */
import type {StoredMessage} from '../corpus/messages.js'
import type {PackedWord} from '../language/index.js'
import type {IndexData} from '../search/claim-index.js'
import type {Claim, CslItem, Document, Footnote} from '../types.js'
import {decode, type Decoded} from './_container.js'

/** Claims per block. */
export const BLOCK = 16

/** The part of a paper read at merge time and when its footnotes or messages are asked for. */
export interface PartMeta {
  path: string
  document: Document | null
  footnotes: Footnote[]
  sources: CslItem[]
  messages: StoredMessage[]
  claims: number
  /** Entities and countries its claims are annotated with, first seen first. */
  names: string[]
  /** Its content words: lemma and part of speech, each once (for the corpus thesaurus). */
  vocabulary: Array<[string, string]>
}

/**
 * Read index arrays back, from a paper's file or the merged index (whose
 * words section is `words`; a paper's is `words_`, beside its blocks of analysed `words`).
 */
export function partIndex(file: Decoded, claims: number, words = 'words_'): IndexData {
  return {
    claims,
    terms: file.strings('terms'),
    postingStart: file.u32('postingStart'),
    postingDocs: file.u32('postingDocs'),
    postingFields: file.u8('postingFields'),
    tokens: file.u32('tokens'),
    sentenceRun: file.u32('sentenceRun'),
    textRun: file.u32('textRun'),
    words: file.strings(words),
    wordTerms: file.u32('wordTerms')
  }
}

/** A paper's file opened lazily: blocks are inflated when a claim of theirs is asked for. */
export class PartReader {
  readonly #file: Decoded
  #meta: PartMeta | undefined
  readonly #claims = new Map<number, Claim[]>()
  readonly #words = new Map<number, PackedWord[][]>()
  /** Its sources' ids that the corpus names otherwise. */
  readonly renamed: ReadonlyMap<string, string>

  constructor(buffer: Buffer, code: string, file: string, renamed: ReadonlyMap<string, string> = new Map(), check = true) {
    this.#file = decode(buffer, code, file, check)
    this.renamed = renamed
  }

  get meta(): PartMeta {
    if (!this.#meta) {
      const meta = this.#file.json<PartMeta>('meta')
      for (const footnote of meta.footnotes) for (const citation of footnote.citations) citation.source = this.renamed.get(citation.source) ?? citation.source
      this.#meta = meta
    }
    return this.#meta
  }

  /** The index arrays of this paper. */
  index(claims: number): IndexData {
    return partIndex(this.#file, claims)
  }

  /** Claim `i` of this paper. */
  claim(i: number): Claim {
    const block = Math.floor(i / BLOCK)
    let list = this.#claims.get(block)
    if (!list) {
      list = JSON.parse(this.#file.block('claims', block)) as Claim[]
      if (this.renamed.size > 0) for (const claim of list) for (const citation of claim.citations) citation.source = this.renamed.get(citation.source) ?? citation.source
      this.#claims.set(block, list)
    }
    return list[i % BLOCK]!
  }

  /** The analysed words of claim `i`'s sentence. */
  words(i: number): PackedWord[] {
    const block = Math.floor(i / BLOCK)
    let list = this.#words.get(block)
    if (!list) this.#words.set(block, (list = JSON.parse(this.#file.block('words', block)) as PackedWord[][]))
    return list[i % BLOCK]!
  }
}
