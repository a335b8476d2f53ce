/**
 * A cheap structural check of a stored model, so that an entry of the wrong
 * shape is rebuilt instead of crashing later (`claims is not iterable`) or
 * printing `undefined`. The shapes are data; one small engine walks them.
 *
 * @packageDocumentation
 */

/** A shape: a primitive, an array of a shape, an object of shapes, optional or nullable. */
export type Shape =
  | 'string'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'unknown'
  | {array: Shape}
  | {object: Readonly<Record<string, Shape>>}
  | {optional: Shape}
  | {nullable: Shape}

const primitives: Readonly<Record<'string' | 'integer' | 'number' | 'boolean' | 'unknown', (value: unknown) => boolean>> = {
  string: (value) => typeof value === 'string',
  integer: (value) => Number.isSafeInteger(value),
  number: (value) => typeof value === 'number' && Number.isFinite(value),
  boolean: (value) => typeof value === 'boolean',
  unknown: () => true
}

const point: Shape = {object: {line: 'integer', column: 'integer'}}
const citation: Shape = {object: {footnote: 'integer', source: 'string', kind: 'string', locator: {optional: 'string'}, label: {optional: 'string'}, prefix: {optional: 'string'}}}
const text: Shape = {nullable: 'string'}
const count: Shape = {nullable: 'integer'}

/** The model a corpus is opened from (`CorpusData`, with messages as stored). */
export const modelShape: Shape = {
  object: {
    documents: {
      array: {
        object: {
          id: 'string',
          title: text,
          authors: {array: 'string'},
          journal: text,
          volume: count,
          issue: count,
          year: count,
          sections: {array: {object: {title: 'string', depth: 'integer'}}},
          figures: {array: {object: {n: 'integer', caption: {optional: 'string'}, source: {optional: 'string'}}}}
        }
      }
    },
    claims: {
      array: {
        object: {
          id: 'string',
          document: 'string',
          text: 'string',
          sentence: 'string',
          section: 'string',
          footnotes: {array: 'integer'},
          citations: {array: citation},
          figures: {array: 'integer'},
          annotations: {object: {countries: {array: 'string'}, years: {array: 'integer'}, quantities: {array: 'string'}, entities: {array: 'string'}}},
          position: point
        }
      }
    },
    footnotes: {array: {object: {document: 'string', n: 'integer', text: 'string', citations: {array: citation}}}},
    sources: {array: {object: {id: 'string', type: 'string'}}},
    messages: {array: {object: {reason: 'string', file: {optional: 'string'}, ruleId: {optional: 'string'}, source: {optional: 'string'}, place: {optional: 'unknown'}}}},
    // Sentences analysed as `[start, end, lemma, pos, cue]` (see `src/language/`), and the thesaurus (word → `lemma:code|…`).
    language: {object: {sentences: {array: {array: {array: 'unknown'}}}, claimSentence: {array: 'integer'}, thesaurus: 'unknown'}}
  }
}

/**
 * The first place where `value` differs from `shape`.
 *
 * @param value
 *   Parsed JSON.
 * @param shape
 *   What it must be.
 * @param at
 *   Path of `value`, for the answer.
 * @returns
 *   `undefined` when it fits, else the path and what was expected (`claims[3].footnotes: expected an array`).
 * @example
 *   ```ts
 *   misfit({claims: 1}, {object: {claims: {array: 'string'}}})
 *   // => 'claims: expected an array'
 *   ```
 */
export function misfit(value: unknown, shape: Shape, at = ''): string | undefined {
  return test(shape)(value) ? undefined : describeMisfit(value, shape, at)
}

/** Shapes compiled to tests, once each: the check of a 50,000-claim model stays in milliseconds. */
const compiled = new WeakMap<object, (value: unknown) => boolean>()

function test(shape: Shape): (value: unknown) => boolean {
  if (typeof shape === 'string') return primitives[shape]
  let found = compiled.get(shape)
  if (found) return found
  if ('optional' in shape) {
    const inner = test(shape.optional)
    found = (value) => value === undefined || inner(value)
  } else if ('nullable' in shape) {
    const inner = test(shape.nullable)
    found = (value) => value === null || inner(value)
  } else if ('array' in shape) {
    const inner = test(shape.array)
    found = (value) => Array.isArray(value) && value.every(inner)
  } else {
    const fields = Object.entries(shape.object).map(([key, field]) => [key, test(field)] as const)
    found = (value) => typeof value === 'object' && value !== null && !Array.isArray(value) && fields.every(([key, inner]) => inner((value as Record<string, unknown>)[key]))
  }
  compiled.set(shape, found)
  return found
}

/** Where a value that failed its test differs from its shape (slow; only run on failure). */
function describeMisfit(value: unknown, shape: Shape, at: string): string | undefined {
  if (typeof shape === 'string') return primitives[shape](value) ? undefined : `${at || 'model'}: expected ${shape === 'integer' ? 'an integer' : `a ${shape}`}`
  if ('optional' in shape) return value === undefined ? undefined : describeMisfit(value, shape.optional, at)
  if ('nullable' in shape) return value === null ? undefined : describeMisfit(value, shape.nullable, at)
  if ('array' in shape) {
    if (!Array.isArray(value)) return `${at || 'model'}: expected an array`
    for (const [index, item] of value.entries()) {
      const problem = describeMisfit(item, shape.array, `${at}[${index}]`)
      if (problem) return problem
    }
    return undefined
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${at || 'model'}: expected an object`
  const record = value as Record<string, unknown>
  for (const [key, field] of Object.entries(shape.object)) {
    const problem = describeMisfit(record[key], field, at ? `${at}.${key}` : key)
    if (problem) return problem
  }
  return undefined
}

/**
 * What a well-shaped model still gets wrong: references to things it lacks
 * (a claim of an unknown document, a citation of an unknown source).
 *
 * @param data
 *   A model that fits {@link modelShape}.
 * @returns
 *   `undefined` when consistent, else the first problem.
 * @example
 *   ```ts
 *   dangling({documents: [], claims: [{id: 'x#c001', document: 'x', citations: []}], footnotes: [], sources: []})
 *   // => 'claims[0].document: unknown document `x`'
 *   ```
 */
export function dangling(data: {
  documents: ReadonlyArray<{id: string}>
  claims: ReadonlyArray<{document: string; citations: ReadonlyArray<{source: string}>}>
  footnotes: ReadonlyArray<{document: string; citations: ReadonlyArray<{source: string}>}>
  sources: ReadonlyArray<{id: string}>
  language?: {sentences: readonly unknown[]; claimSentence: readonly number[]}
}): string | undefined {
  if (data.language) {
    if (data.language.claimSentence.length !== data.claims.length) return `language.claimSentence: ${data.language.claimSentence.length} entries for ${data.claims.length} claims`
    const out = data.language.claimSentence.findIndex((at) => at < 0 || at >= data.language!.sentences.length)
    if (out !== -1) return `language.claimSentence[${out}]: no such sentence`
  }
  const documents = new Set(data.documents.map((d) => d.id))
  const sources = new Set(data.sources.map((d) => d.id))
  for (const [name, list] of [['claims', data.claims], ['footnotes', data.footnotes]] as const) {
    for (const [index, item] of list.entries()) {
      if (!documents.has(item.document)) return `${name}[${index}].document: unknown document \`${item.document}\``
      const cited = item.citations.find((c) => !sources.has(c.source))
      if (cited) return `${name}[${index}].citations: unknown source \`${cited.source}\``
    }
  }
  return undefined
}
