import {cp, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {openCorpus} from '../../src/corpus/index.js'

let cacheDir: string
let previous: string | undefined

beforeEach(async () => {
  previous = process.env['CLAIMTRACE_CACHE_DIR']
  cacheDir = await mkdtemp(path.join(tmpdir(), 'claimtrace-cache-test-'))
  process.env['CLAIMTRACE_CACHE_DIR'] = cacheDir
})

afterEach(async () => {
  if (previous === undefined) delete process.env['CLAIMTRACE_CACHE_DIR']
  else process.env['CLAIMTRACE_CACHE_DIR'] = previous
  await rm(cacheDir, {recursive: true, force: true})
})

describe('the corpus cache', () => {
  it('should give back the same corpus, messages included, from the cache', async () => {
    const built = await openCorpus('tests/fixtures/corpus-bad')
    expect(await readdir(cacheDir)).toHaveLength(1)
    const cached = await openCorpus('tests/fixtures/corpus-bad')
    expect(cached.claims).toEqual(built.claims)
    expect(cached.footnotes).toEqual(built.footnotes)
    expect(cached.documents).toEqual(built.documents)
    expect(cached.sources).toEqual(built.sources)
    expect(cached.messages.map(String)).toEqual(built.messages.map(String))
    expect(cached.messages.map((m) => [m.file, m.line, m.column, m.ruleId, m.source])).toEqual(built.messages.map((m) => [m.file, m.line, m.column, m.ruleId, m.source]))
  })

  it('should rebuild when a document changes', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'claimtrace-corpus-'))
    try {
      await cp('tests/fixtures/corpus-bad/c-good', path.join(dir, 'good'), {recursive: true})
      expect((await openCorpus(dir)).claims.map((claim) => claim.text)).toEqual(['Israel’s Central Asian policy has developed in stages.'])
      const file = path.join(dir, 'good', 'paper.md')
      await writeFile(file, (await readFile(file, 'utf8')).replace('in stages.', 'in three stages.'))
      expect((await openCorpus(dir)).claims.map((claim) => claim.text)).toEqual(['Israel’s Central Asian policy has developed in three stages.'])
    } finally {
      await rm(dir, {recursive: true})
    }
  })

  it('should write nothing with `cache: false`', async () => {
    await openCorpus('tests/fixtures/corpus-mini', {cache: false})
    expect(await readdir(cacheDir)).toEqual([])
  })
})

describe('the model shipped beside a corpus', () => {
  it('should be read when built from these documents by this code, and ignored once a document changes', async () => {
    const {readCorpus} = await import('../../src/corpus/read.js')
    const {buildCorpus} = await import('../../src/corpus/load.js')
    const {modelKey, serializeModel} = await import('../../src/corpus/_cache.js')
    const dir = await mkdtemp(path.join(tmpdir(), 'claimtrace-model-'))
    try {
      await cp('tests/fixtures/corpus-bad/c-good', path.join(dir, 'good'), {recursive: true})
      const files = await readCorpus(dir)
      const data = buildCorpus(files, dir)
      // Mark the shipped model, so that reading it shows.
      const marked = {...data, claims: data.claims.map((claim) => ({...claim, text: 'from the shipped model'}))}
      await writeFile(path.join(dir, 'model.json'), serializeModel(await modelKey(files, dir), marked))
      expect((await openCorpus(dir)).claims.map((claim) => claim.text)).toEqual(['from the shipped model'])
      const file = path.join(dir, 'good', 'paper.md')
      await writeFile(file, (await readFile(file, 'utf8')).replace('in stages', 'in three stages'))
      expect((await openCorpus(dir)).claims.map((claim) => claim.text)).toEqual(['Israel’s Central Asian policy has developed in three stages.'])
    } finally {
      await rm(dir, {recursive: true, force: true})
    }
  })
})
