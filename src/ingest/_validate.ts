/**
 * What {@link ingest} refuses before it starts: arguments of the wrong type,
 * a bad id, empty, binary or oversized text.
 */
import {need, needOptions} from '../_check.js'
import {fail} from '../errors.js'
import {pointAt} from './lines.js'
import {MAX_INPUT, type IngestOptions} from './types.js'

/** A document id: a folder name on every system, never a path. */
const idPattern = /^[a-z0-9][a-z0-9._-]{0,127}$/i

/**
 * Throw a `ClaimtraceError` unless `raw` and `options` can be ingested.
 *
 * @param raw
 *   The text (any value: it comes from users).
 * @param options
 *   The options (any value).
 * @returns
 *   Nothing.
 * @example
 *   ```ts
 *   validate('Text.', {id: '../etc'})
 *   // throws ClaimtraceError: Unexpected document id `../etc`, expected at most 128 letters, digits, dots, dashes
 *   ```
 */
export function validate(raw: unknown, options: unknown): asserts options is IngestOptions {
  need(raw, 'string', 'ingest(raw)')
  need(options, 'object', 'ingest(raw, options)')
  needOptions(options, {id: 'string', path: 'string', title: 'string', authors: 'strings'}, 'ingest options')
  const {id, path} = options as Partial<IngestOptions>
  if (id === undefined) throw fail('invalid-argument', {name: 'ingest options.id', got: '`undefined`', expected: 'a document id such as `turkey-central-asia-2021`'})
  if (!idPattern.test(id)) throw fail('invalid-id', {id: id.length > 60 ? `${id.slice(0, 60)}…` : id})
  const text = raw as string
  if (text.length > MAX_INPUT) throw fail('input-too-large', {size: `${text.length} characters`, max: `${MAX_INPUT} characters`}, path)
  if (text.replace(/[\s\uFFFD]+/g, '').length === 0) throw fail('empty-input', {}, path)
  const nul = text.indexOf('\0')
  const controls = (text.match(/[\u0000-\u0008\u000E-\u001F]/g) ?? []).length
  if (nul !== -1 || controls > text.length / 100) {
    throw fail('binary-input', {}, `${path ?? id}:${Object.values(pointAt(text, nul === -1 ? 0 : nul)).join(':')}`)
  }
}
