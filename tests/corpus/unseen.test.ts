/**
 * Generalisation: the claims of an article the code was not written for.
 * `tests/fixtures/unseen/clean.json` is the hand-made clean text of that
 * article (paragraphs with `[^n]` where the markers were printed); the
 * expectations are read from it: each marker closes the claim whose text
 * ends with the words printed just before it.
 */
import {mkdtemp, mkdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {loadCorpus, type CorpusData} from '../../src/corpus/load.js'

interface Clean {
  id: string
  journal: {volume: number; issue: number; year: number}
  abstract: string[]
  sections: Array<{heading: string; paragraphs: string[]}>
  footnotes: Record<string, string>
}

let clean: Clean
let data: CorpusData
let dir: string

beforeAll(async () => {
  clean = JSON.parse(await readFile('tests/fixtures/unseen/clean.json', 'utf8')) as Clean
  const markdown = [
    `---\nid: ${clean.id}\nvolume: ${clean.journal.volume}\nissue: ${clean.journal.issue}\nyear: ${clean.journal.year}\n---`,
    '## Abstract',
    ...clean.abstract,
    ...clean.sections.flatMap((section) => [`## ${section.heading}`, ...section.paragraphs]),
    ...Object.entries(clean.footnotes).map(([n, text]) => `[^${n}]: ${text}`)
  ].join('\n\n')
  dir = await mkdtemp(path.join(tmpdir(), 'claimtrace-unseen-'))
  await mkdir(path.join(dir, clean.id))
  await writeFile(path.join(dir, clean.id, 'paper.md'), markdown + '\n')
  data = await loadCorpus(dir)
})

afterAll(async () => {
  await rm(dir, {recursive: true, force: true})
})

/** For each marker of the clean text: its number and the (up to) six words printed before it. */
function expectations(): Array<{n: number; before: string}> {
  const result: Array<{n: number; before: string}> = []
  for (const paragraph of clean.sections.flatMap((section) => section.paragraphs)) {
    for (const match of paragraph.matchAll(/\[\^(\d+)\]/g)) {
      const before = paragraph.slice(0, match.index).replace(/\[\^\d+\]/g, '').split(' ').slice(-6).join(' ')
      result.push({n: Number(match[1]), before})
    }
  }
  return result
}

describe('an unseen article', () => {
  it('should attach each marker to one claim ending with the words printed before it', () => {
    const expected = expectations()
    expect(expected.length).toBe(Object.keys(clean.footnotes).length)
    for (const {n, before} of expected) {
      const claims = data.claims.filter((claim) => claim.footnotes.includes(n))
      expect(claims, `footnote ${n}`).toHaveLength(1)
      expect(claims[0]?.text.endsWith(before.trim()), `footnote ${n}: “${claims[0]?.text}” should end with “${before}”`).toBe(true)
    }
  })

  it('should take the abstract as uncited claims', () => {
    const abstract = data.claims.filter((claim) => claim.section === 'Abstract')
    expect(abstract.length).toBeGreaterThanOrEqual(clean.abstract.length)
    expect(abstract.every((claim) => claim.footnotes.length === 0)).toBe(true)
    expect(abstract[0]?.text).toBe('Japan entered Central Asia later than most of the great powers and with fewer instruments: it had no common border with the region, no military presence and no diaspora to rely on.')
  })
  it('should load it without footnote problems and annotate its countries', () => {
    const rules = ['undefined-footnote', 'unused-footnote-definition', 'duplicate-footnote-definition', 'front-matter']
    expect(data.messages.filter((message) => rules.includes(message.ruleId ?? '')).map(String)).toEqual([])
    const japanese = data.claims.find((claim) => claim.text.startsWith('Japanese interest in the region'))
    expect(japanese?.annotations.countries).toEqual(['Japan'])
  })
})
