/**
 * Citations on three articles written blind in other note styles, end to end: each committed
 * `source.txt` is ingested, loaded as a corpus, and its citations scored against
 * `expected-citations.json` (see `_score.ts`). The odd footnotes were the dev half while the
 * parser was written; the even ones are held out, and a failure there prints counts only. Two
 * other renderings of each article (damage seeds and page sizes) are scored the same way.
 */
import {mkdtemp, mkdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Ajv} from 'ajv'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {ingest} from '../../src/ingest/index.js'
import {loadCorpus, type CorpusData} from '../../src/corpus/load.js'
import {damage, fixtures, type CleanArticle} from '../fixtures/damage.js'
import {readExpected, score} from './_score.js'

const names = ['unseen-author-date', 'unseen-archival', 'unseen-mixed'] as const
/** Other renderings (damage seed, page size) of each article, for the robustness check. */
const variants = [{seed: 1101, page: 40}, {seed: 1202, page: 50}] as const
const data = new Map<string, CorpusData>()
let dir = ''

async function load(key: string, id: string, raw: string): Promise<void> {
  const {markdown} = await ingest(raw, {id})
  await mkdir(path.join(dir, key, id), {recursive: true})
  await writeFile(path.join(dir, key, id, 'paper.md'), markdown)
  data.set(key, await loadCorpus(path.join(dir, key)))
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'claimtrace-styles-'))
  for (const name of names) {
    const clean = JSON.parse(await readFile(new URL(`../fixtures/${name}/clean.json`, import.meta.url), 'utf8')) as CleanArticle
    await load(name, clean.id, await readFile(new URL(`../fixtures/${name}/source.txt`, import.meta.url), 'utf8'))
    for (const variant of variants) await load(`${name}-${variant.seed}`, clean.id, damage(clean, {...fixtures[name], ...variant, strict: false}))
  }
})
afterAll(async () => {
  await rm(dir, {recursive: true, force: true})
})

describe.each(names)('citations of %s', (name) => {
  const expected = readExpected(name)

  it('should send at least 90% of the dev half’s citations to the right work, with no work split or merged', () => {
    const {footnotes, sources} = data.get(name)!
    const result = score(expected, footnotes, sources, 'dev')
    expect({splits: result.splits, merges: result.merges}).toEqual({splits: [], merges: []})
    expect(result.right / result.references, result.wrong.join('\n')).toBeGreaterThanOrEqual(0.9)
  })

  it('should send at least 90% of the held-out half’s citations to the right work, with no work split or merged', () => {
    const {footnotes, sources} = data.get(name)!
    const result = score(expected, footnotes, sources, 'test')
    // Counts only: the held-out half is not looked into.
    expect({right: result.right >= 0.9 * result.references, splits: result.splits.length, merges: result.merges.length}, `${result.right}/${result.references}`).toEqual({right: true, splits: 0, merges: 0})
  })

  it.each(variants)('should still do so on another rendering (seed $seed, $page-line pages): counts only, both halves', ({seed}) => {
    const {footnotes, sources} = data.get(`${name}-${seed}`)!
    const halves = (['dev', 'test'] as const).map((half) => score(expected, footnotes, sources, half))
    const right = halves.reduce((sum, d) => sum + d.right, 0)
    const references = halves.reduce((sum, d) => sum + d.references, 0)
    expect({right: right >= 0.9 * references, splits: halves.flatMap((d) => d.splits).length, merges: halves.flatMap((d) => d.merges).length}, `${right}/${references}`).toEqual({right: true, splits: 0, merges: 0})
  })

  it('should give every source a valid CSL-JSON item', async () => {
    const schema = JSON.parse(await readFile(new URL('../fixtures/csl-data.schema.json', import.meta.url), 'utf8')) as object
    const validate = new Ajv({strict: false, allErrors: true}).compile(schema)
    validate(data.get(name)!.sources)
    expect(validate.errors ?? []).toEqual([])
  })
})
