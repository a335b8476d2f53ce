/**
 * Human output for the `documents` command: one row per paper.
 *
 * @packageDocumentation
 */

/** A paper as {@link renderDocuments} reads it (the command's `--json` rows have these fields). */
export interface DocumentLine {
  id: string
  title: string | null
  year: number | null
  claims: number
  footnotes: number
}

/**
 * The papers of the corpus as a table: id, year, claims, footnotes, title; then a count.
 *
 * @param rows
 *   One per paper.
 * @returns
 *   The table, ending with a newline.
 * @example
 *   ```ts
 *   renderDocuments([{id: 'israel-central-asia-2020', title: null, year: 2020, claims: 201, footnotes: 64}])
 *   // => 'id                        year  claims  notes  title\nisrael-central-asia-2020  2020     201     64  (untitled)\n\n1 document\n'
 *   ```
 */
export function renderDocuments(rows: readonly DocumentLine[]): string {
  const width = Math.max(2, ...rows.map((row) => row.id.length))
  const lines = [`${'id'.padEnd(width)}  year  claims  notes  title`]
  for (const row of rows) lines.push(`${row.id.padEnd(width)}  ${String(row.year ?? '—').padEnd(4)}  ${String(row.claims).padStart(6)}  ${String(row.footnotes).padStart(5)}  ${row.title ?? '(untitled)'}`)
  lines.push('', `${rows.length} ${rows.length === 1 ? 'document' : 'documents'}`)
  return lines.join('\n') + '\n'
}
