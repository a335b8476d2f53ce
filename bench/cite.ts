/**
 * Scenario: citations on the three unseen articles in other note styles (author-date with a
 * reference list, archival with Ibidem chains, mixed), end to end from each committed
 * `source.txt` and from 10 other damaged renderings each, scored against the expectations
 * written blind (`tests/cite/_score.ts`), the dev half (odd footnotes) and the held-out test
 * half (even) apart. Baseline in the same run: a naive parser (a reference per `;`, keyed by
 * its first capitalised word and first year; `Ibid.` the previous one).
 */
import {mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {damage, fixtures, type CleanArticle} from '../tests/fixtures/damage.js'
import {readExpected, score, type Half} from '../tests/cite/_score.js'
import {ingest} from '../src/ingest/index.js'
import {loadCorpus} from '../src/corpus/load.js'
import type {Citation, CslItem} from '../src/types.js'
import {table} from './_measure.js'

const names = ['unseen-author-date', 'unseen-archival', 'unseen-mixed'] as const
const VARIANTS = 10

/** The naive reading: one work per first capitalised word + first year; `Ibid.` repeats the last one. */
function naive(footnotes: ReadonlyArray<{n: number; text: string}>): {footnotes: Array<{n: number; citations: Citation[]}>; sources: CslItem[]} {
  const sources = new Map<string, CslItem>()
  let last: string | undefined
  const out = footnotes.map(({n, text}) => {
    const citations: Citation[] = []
    for (const part of text.split(';')) {
      if (/^\s*(?:see:?\s*)?ibid/i.test(part) && last) {
        citations.push({footnote: n, source: last, kind: 'ibid'})
        continue
      }
      const name = /\p{Lu}[\p{L}-]+/u.exec(part)?.[0]
      const year = /\b(1[89]\d\d|20\d\d)\b/.exec(part)?.[1]
      if (!name) continue
      const id = `${name}${year ?? ''}`
      if (!sources.has(id)) sources.set(id, {id, type: 'document', author: [{family: name}], ...(year ? {issued: {'date-parts': [[Number(year)]]}} : {})})
      citations.push({footnote: n, source: id, kind: 'full'})
      last = id
    }
    return {n, citations}
  })
  return {footnotes: out, sources: [...sources.values()]}
}

async function cited(raw: string, id: string) {
  const {markdown} = await ingest(raw, {id})
  const dir = mkdtempSync(path.join(tmpdir(), 'claimtrace-bench-cite-'))
  try {
    mkdirSync(path.join(dir, id))
    writeFileSync(path.join(dir, id, 'paper.md'), markdown)
    return await loadCorpus(dir)
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}

export async function run(): Promise<void> {
  const rows = []
  for (const name of names) {
    const clean = JSON.parse(readFileSync(new URL(`../tests/fixtures/${name}/clean.json`, import.meta.url), 'utf8')) as CleanArticle
    const expected = readExpected(name)
    const committed = await cited(readFileSync(new URL(`../tests/fixtures/${name}/source.txt`, import.meta.url), 'utf8'), clean.id)
    const baseline = naive(committed.footnotes)
    const variants = []
    for (let seed = 1; seed <= VARIANTS; seed++) variants.push(await cited(damage(clean, {...fixtures[name], seed: 1000 + seed, page: 38 + (seed % 4) * 4, strict: false}), clean.id))
    for (const half of ['dev', 'test'] as Half[]) {
      const ours = score(expected, committed.footnotes, committed.sources, half)
      const naiveScore = score(expected, baseline.footnotes, baseline.sources, half)
      const rates = variants.map((v) => score(expected, v.footnotes, v.sources, half)).map((s) => s.right / s.references)
      const splits = variants.reduce((sum, v) => sum + score(expected, v.footnotes, v.sources, half).splits.length, 0)
      rows.push({
        fixture: name, half, citations: ours.references, 'right work': ours.right / ours.references, kind: ours.kinds / ours.references, locator: ours.locators / ours.references,
        'split/merged': `${ours.splits.length}/${ours.merges.length}`, [`${VARIANTS} renderings mean/worst`]: `${(rates.reduce((a, b) => a + b, 0) / rates.length).toFixed(3)} / ${Math.min(...rates).toFixed(3)}`,
        'renderings split': splits, 'naive right': naiveScore.right / naiveScore.references,
        'partition only: ours / naive': `${(score(expected, committed.footnotes, committed.sources, half, {fields: false}).right / ours.references).toFixed(3)} / ${(score(expected, baseline.footnotes, baseline.sources, half, {fields: false}).right / ours.references).toFixed(3)}`
      })
    }
  }
  console.log('citations to the right work (authors, year and title agree; no work split over two ids, none merged)')
  console.log(table(rows))
}
