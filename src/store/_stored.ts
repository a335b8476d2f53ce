/**
 * A corpus read from its store, lazily: the index is in memory from the
 * start; a claim is read from its paper's file when first asked for; the
 * footnotes, sources, messages and language data of the whole corpus only
 * when one of those lists is.
 */
import type {VFileMessage} from 'vfile-message'
import type {CorpusData} from '../corpus/load.js'
import type {LanguageData, PackedWord, ThesaurusData} from '../language/index.js'
import {ClaimIndex, type IndexData} from '../search/claim-index.js'
import type {Prepared} from '../search/engine.js'
import type {Claim, CslItem, Document, Footnote} from '../types.js'
import type {StoredMessage} from '../corpus/messages.js'
import type {PartReader, PartMeta} from './_part.js'

/** What {@link StoredCorpus} is made of (see `store.ts`). */
export interface StoredParts {
  dir: string
  catalog: {
    parts: Array<{path: string; document: PartMeta['document']; claims: number; included: boolean; extra: StoredMessage[]}>
    claimStart: number[]
    messages: StoredMessage[]
  }
  index: IndexData
  textMass: Float64Array
  entityTerms: ReadonlySet<string>
  entities: () => Map<string, string>
  sources: () => CslItem[]
  thesaurus: () => ThesaurusData
  reader: (part: number) => PartReader
  revive: (message: StoredMessage) => VFileMessage
}

/**
 * An array whose items are made on first read (`get(i)`), for a list too
 * long to build at open: reads, `length`, iteration and array methods work.
 *
 * @param length
 *   Its length.
 * @param get
 *   Item `i`.
 * @returns
 *   The array.
 */
export function lazyArray<T>(length: number, get: (i: number) => T): T[] {
  const items = new Array<T>(length)
  const at = (key: string | symbol): number => {
    if (typeof key !== 'string' || key.length === 0 || key.length > 10) return -1
    const code = key.charCodeAt(0)
    if (code < 48 || code > 57 || (code === 48 && key.length > 1)) return -1
    const i = Number(key)
    return Number.isInteger(i) && i < length ? i : -1
  }
  return new Proxy(items, {
    get(target, key, receiver) {
      const i = at(key)
      if (i === -1) return Reflect.get(target, key, receiver) as unknown
      let item = target[i]
      if (item === undefined) target[i] = item = get(i)
      return item
    },
    has(target, key) {
      return at(key) !== -1 || Reflect.has(target, key)
    }
  })
}

/** The corpus data of a store, read on demand. */
export class StoredCorpus implements CorpusData {
  readonly #parts: StoredParts
  readonly #included: number[]
  #documents: Document[] | undefined
  #claims: Claim[] | undefined
  #footnotes: Footnote[] | undefined
  #sources: CslItem[] | undefined
  #messages: VFileMessage[] | undefined
  #losses: VFileMessage[] | undefined
  #language: LanguageData | undefined
  #prepared: Prepared | undefined

  constructor(parts: StoredParts) {
    this.#parts = parts
    this.#included = parts.catalog.parts.flatMap((part, i) => (part.included ? [i] : []))
  }

  get documents(): Document[] {
    return (this.#documents ??= this.#included.map((i) => this.#parts.catalog.parts[i]!.document!))
  }

  get claims(): Claim[] {
    return (this.#claims ??= lazyArray(this.#parts.index.claims, (i) => {
      const [part, local] = this.#locate(i)
      return this.#parts.reader(part).claim(local)
    }))
  }

  get footnotes(): Footnote[] {
    return (this.#footnotes ??= this.#included.flatMap((i) => this.#parts.reader(i).meta.footnotes))
  }

  get sources(): CslItem[] {
    return (this.#sources ??= this.#parts.sources())
  }

  get messages(): VFileMessage[] {
    this.#messages ??= [
      ...this.#parts.catalog.parts.flatMap((_, i) => [...this.#parts.reader(i).meta.messages, ...this.#parts.catalog.parts[i]!.extra]),
      ...this.#parts.catalog.messages
    ].map(this.#parts.revive)
    return this.#messages
  }

  /**
   * The messages that can say a paper is missing from the corpus: those of
   * the papers left out (unreadable, unsafe, a duplicate) and of the corpus
   * as a whole. A paper that is in says nothing of the kind, so its file
   * need not be read.
   */
  get losses(): VFileMessage[] {
    const parts = this.#parts.catalog.parts
    return (this.#losses ??= [...parts.flatMap((part, i) => (part.included ? part.extra : [...this.#parts.reader(i).meta.messages, ...part.extra])), ...this.#parts.catalog.messages].map(this.#parts.revive))
  }

  /** The language data of every claim (built on first read: a large corpus's is large; search reads it claim by claim instead). */
  get language(): LanguageData {
    if (!this.#language) {
      const sentences: PackedWord[][] = []
      const claimSentence: number[] = []
      for (let doc = 0; doc < this.#parts.index.claims; doc++) {
        claimSentence.push(sentences.length)
        sentences.push(this.words(doc))
      }
      this.#language = {sentences, claimSentence, thesaurus: this.#parts.thesaurus()}
    }
    return this.#language
  }

  /** What the searcher takes instead of building its index (see `Prepared`). */
  get prepared(): Prepared {
    return (this.#prepared ??= {
      index: ClaimIndex.fromData(this.#parts.index, this.claims, this.#parts.textMass),
      entityTerms: this.#parts.entityTerms,
      entities: this.#parts.entities,
      words: (doc) => this.words(doc),
      thesaurus: this.#parts.thesaurus
    })
  }

  /** The analysed words of claim `doc`'s sentence. */
  words(doc: number): PackedWord[] {
    const [part, local] = this.#locate(doc)
    return this.#parts.reader(part).words(local)
  }

  /** The claim with this id, reading only its paper. */
  find(id: string): Claim | undefined {
    const document = id.slice(0, id.lastIndexOf('#'))
    const n = this.#included.findIndex((i) => this.#parts.catalog.parts[i]!.document?.id === document)
    if (n === -1) return undefined
    const part = this.#included[n]!
    const start = this.#parts.catalog.claimStart[part]!
    for (let i = 0; i < this.#parts.catalog.parts[part]!.claims; i++) {
      const claim = this.claims[start + i]!
      if (claim.id === id) return claim
    }
    return undefined
  }

  /** The claims of one document: `[start, end)` in corpus order. */
  range(document: string): [number, number] | undefined {
    const part = this.#included.find((i) => this.#parts.catalog.parts[i]!.document?.id === document)
    return part === undefined ? undefined : [this.#parts.catalog.claimStart[part]!, this.#parts.catalog.claimStart[part + 1]!]
  }

  /** Part and local number of claim `doc`. */
  #locate(doc: number): [number, number] {
    const starts = this.#parts.catalog.claimStart
    let low = 0
    let high = starts.length - 2
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (starts[mid]! <= doc) low = mid
      else high = mid - 1
    }
    // Parts without claims share their start with the next: move to the one that holds `doc`.
    while (starts[low + 1]! <= doc) low++
    return [low, doc - starts[low]!]
  }
}
