/**
 * Human output for an `ingest` of several files: one row per file, then how
 * many were ingested.
 *
 * @packageDocumentation
 */

/** One file ingested, as {@link renderIngested} reads it (the command's `--json` rows have these fields). */
export interface IngestLine {
  file: string
  paper?: string
  footnotes?: number
  diagnostics?: number
  error?: string
}

/**
 * The files ingested as a table: file, footnotes, diagnostics, and the
 * `paper.md` written or why it failed.
 *
 * @param rows
 *   One per file.
 * @returns
 *   The table, ending with a newline.
 * @example
 *   ```ts
 *   renderIngested([{file: 'a.txt', paper: 'corpus/a/paper.md', footnotes: 3, diagnostics: 0}, {file: 'b.txt', error: 'empty input'}])
 *   // => 'file   footnotes  diagnostics  result\na.txt          3            0  corpus/a/paper.md\nb.txt          —            —  failed: empty input\n\n1 of 2 ingested, 1 failed\n'
 *   ```
 */
export function renderIngested(rows: readonly IngestLine[]): string {
  const failed = rows.filter((row) => row.error !== undefined).length
  const width = Math.max(4, ...rows.map((row) => row.file.length))
  const lines = [`${'file'.padEnd(width)}  footnotes  diagnostics  result`]
  for (const row of rows) {
    lines.push(`${row.file.padEnd(width)}  ${String(row.footnotes ?? '—').padStart(9)}  ${String(row.diagnostics ?? '—').padStart(11)}  ${row.error === undefined ? row.paper! : `failed: ${row.error}`}`)
  }
  lines.push('', `${rows.length - failed} of ${rows.length} ingested${failed > 0 ? `, ${failed} failed` : ''}`)
  return lines.join('\n') + '\n'
}
