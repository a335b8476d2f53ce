/**
 * Building one paper's file of the store (loads the parser and the
 * language model; opening a store does not import this module).
 */
import {buildDocument} from '../corpus/load.js'
import type {Source} from '../corpus/read.js'
import {analyse, type PackedWord} from '../language/index.js'
import {buildIndexData} from '../search/claim-index.js'
import {encode} from './_container.js'
import {storeMessage} from '../corpus/messages.js'
import {BLOCK, type PartMeta} from './_part.js'

/** A word as the language stage packs it (see `src/language/index.ts`). */
function pack(word: ReturnType<typeof analyse>[number]): PackedWord {
  return [word.start, word.end, word.lemma === word.text ? '' : word.lemma, word.pos, word.cue ?? '']
}

/**
 * Build one paper's file.
 *
 * @param source
 *   Its path and Markdown.
 * @param code
 *   The store's code key.
 * @returns
 *   The file's bytes.
 */
export function buildPart(source: Source, code: string): Buffer {
  const part = buildDocument(source)
  const claims = part.claims
  const analysed = new Map<string, PackedWord[]>()
  const vocabulary = new Map<string, [string, string]>()
  const words = claims.map((claim) => {
    let packed = analysed.get(claim.sentence)
    if (!packed) {
      const list = analyse(claim.sentence)
      for (const word of list) if (!vocabulary.has(`${word.lemma} ${word.pos}`)) vocabulary.set(`${word.lemma} ${word.pos}`, [word.lemma, word.pos])
      analysed.set(claim.sentence, (packed = list.map(pack)))
    }
    return packed
  })
  const names = new Set<string>()
  for (const claim of claims) for (const name of [...claim.annotations.entities, ...claim.annotations.countries]) names.add(name)
  const meta: PartMeta = {
    path: source.path,
    document: part.document ?? null,
    footnotes: part.footnotes,
    sources: part.sources,
    messages: part.file.messages.map(storeMessage),
    claims: claims.length,
    names: [...names],
    vocabulary: [...vocabulary.values()]
  }
  const blocks = (list: readonly unknown[]): string[] => {
    const out: string[] = []
    for (let i = 0; i < list.length; i += BLOCK) out.push(JSON.stringify(list.slice(i, i + BLOCK)))
    return out
  }
  const index = buildIndexData(claims)
  return encode(code, {
    meta: {json: meta},
    claims: {blocks: blocks(claims)},
    words: {blocks: blocks(words)},
    terms: index.terms,
    postingStart: index.postingStart,
    postingDocs: index.postingDocs,
    postingFields: index.postingFields,
    tokens: index.tokens,
    sentenceRun: index.sentenceRun,
    textRun: index.textRun,
    words_: index.words,
    wordTerms: index.wordTerms
  })
}

