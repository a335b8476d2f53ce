/**
 * Checks of the arguments library entry points take, so that a wrong type
 * is a `ClaimtraceError` (`invalid-argument`) naming the argument, not a
 * `TypeError` deep inside. Shapes are tables: `{cache: 'boolean'}`.
 *
 * @packageDocumentation
 */

import {fail} from './errors.js'

/** What a value may be. */
export type Kind = 'string' | 'boolean' | 'integer' | 'number' | 'object' | 'array' | 'strings' | 'integers' | 'items' | 'citeItems' | 'footnotes'

interface Test {
  test: (value: unknown) => boolean
  expected: string
}

const string: Test = {test: (value) => typeof value === 'string', expected: 'a string'}
const integer: Test = {test: (value) => Number.isSafeInteger(value), expected: 'an integer'}
const item: Test = {test: (value) => isItem(value), expected: 'a CSL-JSON item (with a string `id` and `type`)'}

/** The kind table: how to test each kind (and, for lists, each element), and how to say it. */
const kinds: Readonly<Record<Kind, Test & {each?: Test}>> = {
  string,
  boolean: {test: (value) => typeof value === 'boolean', expected: 'a boolean'},
  integer,
  number: {test: (value) => typeof value === 'number' && Number.isFinite(value), expected: 'a finite number'},
  object: {test: (value) => isRecord(value), expected: 'an object'},
  array: {test: (value) => Array.isArray(value), expected: 'an array'},
  strings: {test: Array.isArray, expected: 'an array of strings', each: string},
  integers: {test: Array.isArray, expected: 'an array of integers', each: integer},
  items: {test: Array.isArray, expected: 'an array of CSL-JSON items', each: item},
  citeItems: {
    test: Array.isArray,
    expected: 'an array of `{item, locator?}`',
    each: {test: (d) => isRecord(d) && isItem(d['item']) && (d['locator'] === undefined || typeof d['locator'] === 'string'), expected: '`{item, locator?}` with a CSL-JSON item'}
  },
  footnotes: {
    test: Array.isArray,
    expected: 'an array of footnotes',
    each: {test: (d) => isRecord(d) && Number.isSafeInteger(d['n']) && typeof d['text'] === 'string' && typeof d['markdown'] === 'string', expected: '`{n, text, markdown}` (an integer and two strings)'}
  }
}

function isItem(value: unknown): boolean {
  return isRecord(value) && typeof value['id'] === 'string' && typeof value['type'] === 'string'
}

/**
 * Say what a value is, for a message after “Unexpected”: `number \`42\``, `\`null\``, `array`.
 *
 * @param value
 *   Anything.
 * @returns
 *   A short description.
 * @example
 *   ```ts
 *   describe(42)
 *   // => 'number `42`'
 *   ```
 */
export function describe(value: unknown): string {
  if (value === null) return '`null`'
  if (value === undefined) return '`undefined`'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `${typeof value} \`${String(value)}\``
  if (typeof value === 'string') return value.length > 40 ? `string of ${value.length} characters` : `string \`${value}\``
  return typeof value
}

/**
 * Throw unless `value` is of `kind`.
 *
 * @param value
 *   The argument.
 * @param kind
 *   What it must be.
 * @param name
 *   How to name it in the message (`ingest(raw)`, `options.id`).
 * @returns
 *   Nothing; throws `invalid-argument`.
 * @example
 *   ```ts
 *   need(null, 'string', 'ingest(raw)')
 *   // throws ClaimtraceError: Unexpected `null` for `ingest(raw)`, expected a string
 *   ```
 */
export function need(value: unknown, kind: Kind, name: string): void {
  const entry = kinds[kind]
  if (!entry.test(value)) throw fail('invalid-argument', {name, got: describe(value), expected: entry.expected})
  const each = entry.each
  if (!each) return
  const index = (value as unknown[]).findIndex((d) => !each.test(d))
  if (index !== -1) throw fail('invalid-argument', {name: `${name}[${index}]`, got: describe((value as unknown[])[index]), expected: each.expected})
}

/**
 * Throw unless `options` is absent (`undefined`, `null`) or an object whose
 * fields named in `shape` are absent or of their kind. Other fields are left alone.
 *
 * @param options
 *   The options argument.
 * @param shape
 *   Field name → kind.
 * @param name
 *   How to name the options (`openCorpus(dir, options)` → `options`).
 * @returns
 *   Nothing; throws `invalid-argument`.
 * @example
 *   ```ts
 *   needOptions({cache: 'yes'}, {cache: 'boolean'}, 'openCorpus options')
 *   // throws ClaimtraceError: Unexpected string `yes` for `openCorpus options.cache`, expected a boolean
 *   ```
 */
export function needOptions(options: unknown, shape: Readonly<Record<string, Kind>>, name: string): void {
  if (options === undefined || options === null) return
  need(options, 'object', name)
  const record = options as Record<string, unknown>
  for (const [field, kind] of Object.entries(shape)) {
    if (record[field] !== undefined) need(record[field], kind, `${name}.${field}`)
  }
}

/** Whether a value is a plain object (not `null`, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
