/**
 * The stored form of a built model (a cache entry, or the `model.json`
 * shipped beside the bundled corpus): one JSON object whose header carries
 * the key it was built for and the SHA-256 of its own data, so that an entry
 * edited, cut short or of another shape is never taken for the corpus.
 *
 * ```
 * {"claimtrace":"model","format":2,"key":"<64 hex>","sha256":"<64 hex>","data":{…}}
 * ```
 *
 * Note: the digest is over the exact bytes of `data` as written, so checking
 * it needs no second serialisation.
 *
 * @packageDocumentation
 */

import {createHash} from 'node:crypto'
import type {CorpusData} from './load.js'
import {dangling, misfit, modelShape} from './_shape.js'
import {reviveMessage, storeMessage, type StoredMessage} from './messages.js'

/** Bump when the shape of stored data changes (it is part of every key). */
export const modelFormat = 2

const header = /^\{"claimtrace":"model","format":(\d+),"key":"([0-9a-f]{64})","sha256":"([0-9a-f]{64})","data":/

/** What reading a stored model gives: the data, or why it cannot be used. */
export type Parsed = {data: CorpusData; problem?: undefined} | {data?: undefined; problem: string; stale?: boolean}

/**
 * Serialise a model: stable, so that unchanged documents and code give the same bytes.
 *
 * @param key
 *   The model key (documents and code).
 * @param data
 *   The corpus data.
 * @returns
 *   The file's text.
 * @example
 *   ```ts
 *   serializeModel(key, data).slice(0, 36)
 *   // => '{"claimtrace":"model","format":2,"ke'
 *   ```
 */
export function serializeModel(key: string, data: CorpusData): string {
  const body = JSON.stringify({...data, messages: data.messages.map(storeMessage)})
  return `{"claimtrace":"model","format":${modelFormat},"key":"${key}","sha256":"${digest(body)}","data":${body}}\n`
}

/**
 * Read a stored model back, checking header, key, digest and shape.
 *
 * @param text
 *   The file's text.
 * @param key
 *   The key the model must have been built for.
 * @returns
 *   `{data}`, or `{problem}` saying what is wrong (`stale` when it is only
 *   another build's model: not damage, no diagnostic).
 * @example
 *   ```ts
 *   parseModel(serializeModel(key, data).replace('300 million', '500 million'), key).problem
 *   // => 'its content does not match its digest'
 *   ```
 */
export function parseModel(text: string, key: string): Parsed {
  const match = header.exec(text)
  if (!match) return {problem: 'it is not a model claimtrace wrote'}
  if (Number(match[1]) !== modelFormat || match[2] !== key) return {problem: 'it was built from other documents or code', stale: true}
  if (!text.endsWith('}\n')) return {problem: 'it is cut short'}
  const body = text.slice(match[0].length, -2)
  if (digest(body) !== match[3]) return {problem: 'its content does not match its digest'}
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch {
    return {problem: 'its data is not JSON'}
  }
  const problem = misfit(value, modelShape) ?? dangling(value as CorpusData)
  if (problem) return {problem: `its data has the wrong shape (${problem})`}
  const stored = value as Omit<CorpusData, 'messages'> & {messages: StoredMessage[]}
  return {data: {...stored, messages: stored.messages.map(reviveMessage)}}
}

function digest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}
