import {expect} from 'vitest'
import type {CiteResult} from '../../src/cite/index.js'
import {citationsByFootnote, fields, ids, withoutPrefix} from './_expected.js'

/** Check a `citeFootnotes` result against the hand-written expectations of the seed article. */
export function checkSeed(result: CiteResult): void {
  const firstFootnote = new Map<string, number>()
  for (const source of result.sources) {
    const footnotes = (source['custom'] as {footnotes: number[]}).footnotes
    firstFootnote.set(source.id, footnotes[0]!)
  }
  const actual: Record<number, string[]> = {}
  for (const [n, citations] of result.citations) {
    actual[n] = citations.map((d) => `${d.kind} ${firstFootnote.get(d.source)}${d.locator ? ' @' + d.locator : ''}`)
  }
  expect(actual).toEqual(citationsByFootnote)

  const byFirst = new Map(result.sources.map((d) => [firstFootnote.get(d.id)!, d]))
  for (const [n, id] of Object.entries(ids)) expect(byFirst.get(Number(n))?.id, `work of footnote ${n}`).toBe(id)
  for (const [n, expected] of Object.entries(fields)) expect(byFirst.get(Number(n)), `work of footnote ${n}`).toMatchObject(expected)

  for (const [n, citations] of result.citations) {
    for (const citation of citations) {
      if (withoutPrefix.includes(n)) expect(citation.prefix, `prefix of footnote ${n}`).toBeUndefined()
      else expect(citation.prefix?.toLowerCase(), `prefix of footnote ${n}`).toBe('see:')
      if (citation.locator) expect(citation.label).toBe('page')
    }
  }
}
