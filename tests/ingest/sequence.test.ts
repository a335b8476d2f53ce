/**
 * Broken numbering keeps every footnote separate, each problem with its own diagnostic at its
 * place: a footnote number printed twice, a marker lost, markers printed out of order. The
 * inputs are the committed rendering of `unseen-mixed` with one edit each; the expectations
 * come from its `clean.json`.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {ingest} from '../../src/ingest/index.js'
import type {CleanArticle} from '../fixtures/damage.js'
import {plain, norm} from './_unseen.js'

const raw = readFileSync(new URL('../fixtures/unseen-mixed/source.txt', import.meta.url), 'utf8')
const clean = JSON.parse(readFileSync(new URL('../fixtures/unseen-mixed/clean.json', import.meta.url), 'utf8')) as CleanArticle
const S = '[\uFFFD ]'

async function read(edit: (raw: string) => string) {
  const edited = edit(raw)
  expect(edited, 'the edit applies').not.toBe(raw)
  const {markdown, diagnostics} = await ingest(edited, {id: 'edited'})
  const notes = new Map([...markdown.matchAll(/^\[\^(\d+)\]: (.*)$/gm)].map((m) => [Number(m[1]), norm(m[2]!.replace(/\*/g, '').replace(/\\\[/g, '[').replace(/<(https?:[^>]+)>/g, '$1'))]))
  const references = [...markdown.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => Number(m[1]))
  const messages = diagnostics.filter((d) => !['drop-cap', 'footnote-continuation'].includes(d.ruleId ?? '')).map((d) => `${d.line}:${d.column} ${d.ruleId}`)
  return {notes, references, messages, lineOf: (pattern: RegExp) => edited.split('\n').findIndex((line) => pattern.test(line)) + 1}
}

describe('ingest with broken numbering', () => {
  it('should keep a footnote whose number repeats the one before as the next footnote, and say so at its line', async () => {
    const {notes, references, messages, lineOf} = await read((text) => text.replace(new RegExp(`^13(${S})Aydin`, 'm'), '12$1Aydin'))
    expect([notes.get(12), notes.get(13)]).toEqual([plain(clean.footnotes['12']!), plain(clean.footnotes['13']!)])
    expect(references).toEqual(Array.from({length: 60}, (_, i) => i + 1))
    expect(messages).toEqual([`${lineOf(new RegExp(`^12${S}Aydin`))}:1 duplicate-footnote-number`])
  })

  it('should keep a footnote whose marker was lost, naming that marker and that footnote', async () => {
    const {notes, references, messages, lineOf} = await read((text) => text.replace(/imperfectly\.14/, 'imperfectly.'))
    expect(notes.get(14)).toBe(plain(clean.footnotes['14']!))
    expect(notes.get(15)).toBe(plain(clean.footnotes['15']!))
    expect(references.filter((n) => n >= 13 && n <= 16)).toEqual([13, 15, 16])
    expect(messages.map((m) => m.split(' ')[1])).toEqual(['missing-marker', 'footnote-without-marker'])
    expect(messages[1]).toBe(`${lineOf(new RegExp(`^14${S}`))}:1 footnote-without-marker`)
  })

  it('should keep markers printed out of order where they are, each with its footnote', async () => {
    const {notes, references, messages, lineOf} = await read((text) => text.replace(/friction\.15/, 'friction.16').replace(/closed\.16/, 'closed.15'))
    expect(references.filter((n) => n >= 14 && n <= 17)).toEqual([14, 16, 15, 17])
    expect([notes.get(15), notes.get(16)]).toEqual([plain(clean.footnotes['15']!), plain(clean.footnotes['16']!)])
    const line = lineOf(/closed\.15/)
    expect(messages).toEqual([`${line}:${(raw.split('\n')[line - 1] ?? '').indexOf('closed.16') + 'closed.'.length + 1} marker-out-of-order`])
  })
})
