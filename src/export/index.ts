/**
 * Export a corpus for a search engine that serves it beyond one machine:
 * claims, footnotes and sources as JSON Lines, one record a line, each with
 * `kind` and `id`, and the OpenSearch / Elasticsearch index settings and
 * field types they load into ({@link MAPPING}; `docs/opensearch-mapping.json`).
 *
 * @packageDocumentation
 */
import type {Corpus} from '../facade/index.js'

/** One exported record. */
export type ExportRecord =
  | {kind: 'claim'; id: string; document: string; text: string; sentence: string; section: string; footnotes: number[]; cited: boolean; sources: string[]; countries: string[]; years: number[]; quantities: string[]; entities: string[]; line: number}
  | {kind: 'footnote'; id: string; document: string; n: number; text: string; sources: string[]}
  | {kind: 'source'; id: string; type: string; title: string; authors: string[]; year: number | null; container: string; doi: string; url: string; documents: string[]; csl: Record<string, unknown>}

/**
 * Index settings and field types of the exported records (OpenSearch 2 and
 * Elasticsearch 8 read the same body: `PUT /claimtrace` with it).
 * `csl` keeps the whole CSL item without indexing it.
 */
export const MAPPING = {
  settings: {number_of_shards: 1, analysis: {analyzer: {claimtrace: {type: 'standard', stopwords: '_english_'}}}},
  mappings: {
    dynamic: 'strict',
    properties: {
      kind: {type: 'keyword'},
      id: {type: 'keyword'},
      document: {type: 'keyword'},
      text: {type: 'text', analyzer: 'claimtrace'},
      sentence: {type: 'text', analyzer: 'claimtrace'},
      section: {type: 'text', fields: {raw: {type: 'keyword'}}},
      footnotes: {type: 'integer'},
      n: {type: 'integer'},
      cited: {type: 'boolean'},
      sources: {type: 'keyword'},
      countries: {type: 'keyword'},
      years: {type: 'integer'},
      quantities: {type: 'keyword'},
      entities: {type: 'keyword'},
      line: {type: 'integer'},
      type: {type: 'keyword'},
      title: {type: 'text', analyzer: 'claimtrace', fields: {raw: {type: 'keyword', ignore_above: 512}}},
      authors: {type: 'text', fields: {raw: {type: 'keyword'}}},
      year: {type: 'integer'},
      container: {type: 'text'},
      doi: {type: 'keyword'},
      url: {type: 'keyword', ignore_above: 2048},
      documents: {type: 'keyword'},
      csl: {type: 'object', enabled: false}
    }
  }
} as const

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

/**
 * The corpus as records: its claims, then footnotes, then sources.
 *
 * @param corpus
 *   The corpus.
 * @returns
 *   The records, one at a time (a large corpus is never held twice).
 * @example
 *   ```ts
 *   [...exportRecords(await openCorpus())].filter((r) => r.kind === 'footnote').length
 *   // => 64
 *   ```
 */
export function* exportRecords(corpus: Corpus): Generator<ExportRecord> {
  for (const claim of corpus.claims) {
    const {countries, years, quantities, entities} = claim.annotations
    yield {kind: 'claim', id: claim.id, document: claim.document, text: claim.text, sentence: claim.sentence, section: claim.section, footnotes: claim.footnotes, cited: claim.footnotes.length > 0, sources: [...new Set(claim.citations.map((c) => c.source))], countries, years, quantities, entities, line: claim.position.line}
  }
  for (const footnote of corpus.footnotes) {
    yield {kind: 'footnote', id: `${footnote.document}#fn${footnote.n}`, document: footnote.document, n: footnote.n, text: footnote.text, sources: [...new Set(footnote.citations.map((c) => c.source))]}
  }
  for (const item of corpus.sources) {
    const names = Array.isArray(item['author']) ? (item['author'] as Array<{family?: string; given?: string; literal?: string}>) : []
    const issued = (item['issued'] as {'date-parts'?: number[][]} | undefined)?.['date-parts']?.[0]?.[0]
    const custom = (item['custom'] ?? {}) as {document?: string; documents?: string[]}
    yield {
      kind: 'source', id: item.id, type: item.type, title: text(item['title']),
      authors: names.map((name) => name.literal ?? [name.given, name.family].filter(Boolean).join(' ')),
      year: typeof issued === 'number' ? issued : null, container: text(item['container-title']), doi: text(item['DOI']), url: text(item['URL']),
      documents: custom.documents ?? (custom.document === undefined ? [] : [custom.document]), csl: item
    }
  }
}
