/**
 * What a {@link Corpus} refuses instead of answering wrongly: a bibliography
 * restricted to claims, footnotes or documents the corpus does not have, and
 * questions put to a corpus that loaded nothing or lost a paper.
 *
 * @packageDocumentation
 */

import type {VFileMessage} from 'vfile-message'
import {fail} from '../errors.js'
import type {Claim, CslItem, Document, Footnote} from '../types.js'

/** Rules whose message means a paper is missing from the model. */
const lostPaper = new Set(['unreadable-paper', 'unsafe-paper', 'duplicate-document'])

/** What a restriction reads off a corpus. */
export interface Restrictable {
  documents: readonly Document[]
  footnotes: readonly Footnote[]
  sources: readonly CslItem[]
  claim(id: string): Claim | undefined
  claims: readonly Claim[]
}

/**
 * The sources to list: all, or those cited by the given claims or footnotes
 * (in order of first citation), within one document when given.
 *
 * @param corpus
 *   The corpus.
 * @param claims
 *   Claim ids, or `undefined`.
 * @param footnotes
 *   Footnote numbers, or `undefined`.
 * @param document
 *   A document id, or `undefined`.
 * @returns
 *   The sources.
 * @throws {ClaimtraceError}
 *   `unknown-claim`, `unknown-footnote`, `unknown-document`, `empty-restriction`.
 * @example
 *   ```ts
 *   restrict(corpus, undefined, [999], undefined)
 *   // throws ClaimtraceError: Unknown footnote `999`, expected a footnote number the corpus has
 *   ```
 */
export function restrict(corpus: Restrictable, claims: readonly string[] | undefined, footnotes: readonly number[] | undefined, document: string | undefined): CslItem[] {
  if (document !== undefined && !corpus.documents.some((d) => d.id === document)) {
    const ids = corpus.documents.map((d) => `\`${d.id}\``)
    throw fail('unknown-document', {id: document, expected: ids.length > 5 ? `${ids.slice(0, 5).join(', ')}, …` : ids.join(', ') || 'none (the corpus is empty)'})
  }
  const inDocument = (item: CslItem): boolean => document === undefined || (item['custom'] as {document?: string} | undefined)?.document === document
  if (claims === undefined && footnotes === undefined) return corpus.sources.filter(inDocument)
  if (claims?.length === 0) throw fail('empty-restriction', {name: 'claims'})
  if (footnotes?.length === 0) throw fail('empty-restriction', {name: 'footnotes'})
  const ids = new Set<string>()
  for (const id of claims ?? []) {
    const claim = corpus.claim(id)
    if (!claim) throw fail('unknown-claim', {id, example: corpus.claims[0]?.id ?? '<document>#c001'})
    for (const citation of claim.citations) ids.add(citation.source)
  }
  for (const n of footnotes ?? []) {
    const found = corpus.footnotes.filter((footnote) => footnote.n === n && (document === undefined || footnote.document === document))
    if (found.length === 0) throw fail('unknown-footnote', {n, where: document === undefined ? '' : ` in \`${document}\``})
    for (const footnote of found) for (const citation of footnote.citations) ids.add(citation.source)
  }
  const byId = new Map(corpus.sources.map((item) => [item.id, item]))
  return [...ids].flatMap((id) => byId.get(id) ?? []).filter(inDocument)
}

/**
 * Refuse to answer from a corpus that holds no document, or (with `whole`)
 * one that lost a paper: its answer “not found” would be a guess.
 *
 * @param documents
 *   The documents loaded.
 * @param messages
 *   The corpus's messages (they name the folder and the lost papers).
 * @param action
 *   What was asked, for the message (`verify a statement`).
 * @param whole
 *   Whether every paper must have loaded.
 * @returns
 *   Nothing.
 * @throws {ClaimtraceError}
 *   `empty-corpus`, `incomplete-corpus`.
 * @example
 *   ```ts
 *   checkLoaded([], emptyCorpus.messages, 'verify a statement', true)
 *   // throws ClaimtraceError: Cannot verify a statement: no document loaded from `empty/`, expected at least one readable `<doc-id>/paper.md`
 *   ```
 */
export function checkLoaded(documents: readonly Document[], messages: readonly VFileMessage[], action: string, whole: boolean): void {
  if (documents.length === 0) {
    throw fail('empty-corpus', {action, dir: messages.find((m) => m.ruleId === 'empty-corpus')?.file ?? 'the corpus'})
  }
  if (!whole) return
  const lost = messages.filter((m) => lostPaper.has(m.ruleId ?? ''))
  if (lost.length > 0) throw fail('incomplete-corpus', {action, file: lost[0]?.file ?? '?', count: lost.length})
}
