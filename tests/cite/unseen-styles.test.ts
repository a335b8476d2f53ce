/**
 * Citations on three articles written blind in other note styles, end to end: each committed
 * `source.txt` is ingested, loaded as a corpus, and its citations scored against
 * `expected-citations.json` (see `_score.ts`). The odd footnotes were the dev half while the
 * parser was written; the even ones are held out, and a failure there prints counts only.
 */
import {mkdtemp, mkdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Ajv} from 'ajv'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {ingest} from '../../src/ingest/index.js'
import {loadCorpus, type CorpusData} from '../../src/corpus/load.js'
import {readExpected, score} from './_score.js'

const names = ['unseen-author-date', 'unseen-archival', 'unseen-mixed'] as const
const data = new Map<string, CorpusData>()
let dir = ''

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'claimtrace-styles-'))
  for (const name of names) {
    const clean = JSON.parse(await readFile(new URL(`../fixtures/${name}/clean.json`, import.meta.url), 'utf8')) as {id: string}
    const {markdown} = await ingest(await readFile(new URL(`../fixtures/${name}/source.txt`, import.meta.url), 'utf8'), {id: clean.id})
    await mkdir(path.join(dir, name, clean.id), {recursive: true})
    await writeFile(path.join(dir, name, clean.id, 'paper.md'), markdown)
    data.set(name, await loadCorpus(path.join(dir, name)))
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

  it('should give every source a valid CSL-JSON item', async () => {
    const schema = JSON.parse(await readFile(new URL('../fixtures/csl-data.schema.json', import.meta.url), 'utf8')) as object
    const validate = new Ajv({strict: false, allErrors: true}).compile(schema)
    validate(data.get(name)!.sources)
    expect(validate.errors ?? []).toEqual([])
  })
})
