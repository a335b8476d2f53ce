/** Timing helpers for the benchmarks: percentiles over repeated runs. */
import type {Claim} from '../src/types.js'
import {accuracy, type EvalQuery} from './_eval.js'

/** p50 and p95 of samples, in ms. */
export function percentiles(samples: number[]): {p50: number; p95: number} {
  const sorted = [...samples].sort((a, b) => a - b)
  return {p50: sorted[Math.floor(sorted.length * 0.5)] ?? 0, p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0}
}

/** Run `rank` on every query `rounds` times (first round is warm-up); accuracy and latency. */
export function measure(name: string, queries: readonly EvalQuery[], rank: (text: string) => readonly Claim[], rounds = 5) {
  const runs = queries.map((query) => ({query, ranked: rank(query.query)}))
  const samples: number[] = []
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      const start = performance.now()
      rank(query.query)
      samples.push(performance.now() - start)
    }
  }
  return {name, ...accuracy(runs), ...percentiles(samples)}
}

/** Print rows as an aligned table. */
export function table(rows: ReadonlyArray<Record<string, string | number>>): string {
  const keys = Object.keys(rows[0] ?? {})
  const cell = (value: string | number): string => (typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(3)) : value)
  const widths = keys.map((key) => Math.max(key.length, ...rows.map((row) => cell(row[key] ?? '').length)))
  const line = (values: string[]): string => values.map((value, i) => value.padEnd(widths[i]!)).join('  ')
  return [line(keys), ...rows.map((row) => line(keys.map((key) => cell(row[key] ?? ''))))].join('\n')
}
