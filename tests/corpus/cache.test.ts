import {createHash} from 'node:crypto'
import {cp, mkdtemp, readdir, readFile, rm, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {openCorpus} from '../../src/facade/index.js'

const mini = 'tests/fixtures/corpus-mini'
const statement = 'between 1993 and 2006 Israel invested about $300 million in Kazakhstan’s economy'
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

/** The one entry of the cache folder. */
async function entry(): Promise<string> {
  const names = (await readdir(cacheDir)).filter((name) => name.endsWith('.json'))
  expect(names).toHaveLength(1)
  return path.join(cacheDir, names[0]!)
}

/** Replace the data of an entry and give it a correct digest: a well-formed entry of the wrong shape. */
function redigest(text: string, data: string): string {
  const head = /^\{"claimtrace":"model","format":\d+,"key":"[0-9a-f]{64}","sha256":"/.exec(text)![0]
  return `${head}${createHash('sha256').update(data).digest('hex')}","data":${data}}\n`
}

describe('the corpus cache', () => {
  it('should give back the same corpus, messages included, from the cache', async () => {
    const built = await openCorpus('tests/fixtures/corpus-bad')
    expect((await readdir(cacheDir)).sort()).toEqual(['CACHEDIR.TAG', path.basename(await entry())].sort())
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
    await openCorpus(mini, {cache: false})
    expect(await readdir(cacheDir)).toEqual([])
  })

  it('should rebuild an entry whose figure was edited, with a diagnostic, and verify against the paper', async () => {
    await openCorpus(mini)
    const file = await entry()
    const text = await readFile(file, 'utf8')
    expect(text).toContain('$300 million')
    await writeFile(file, text.replaceAll('$300 million', '$500 million'))
    const corpus = await openCorpus(mini)
    expect(corpus.messages.filter((m) => m.ruleId === 'cache-invalid').map((m) => m.reason)).toEqual([
      `Unexpected cache entry \`${file}\`: its content does not match its digest, expected the model claimtrace wrote; rebuilt from the documents`
    ])
    expect(corpus.verify(statement.replace('300', '500')).verdict).toBe('contradicted')
    // Rewritten whole: the next open is clean.
    expect((await openCorpus(mini)).messages.some((m) => m.ruleId === 'cache-invalid')).toBe(false)
  })

  it('should rebuild an entry of the wrong shape even when its digest fits', async () => {
    await openCorpus(mini)
    const file = await entry()
    const text = await readFile(file, 'utf8')
    const data = JSON.parse(text.slice(text.indexOf('"data":') + 7, -2)) as Record<string, unknown>
    await writeFile(file, redigest(text, JSON.stringify({...data, claims: 1})))
    const shape = await openCorpus(mini)
    expect(shape.messages.find((m) => m.ruleId === 'cache-invalid')?.reason).toContain('its data has the wrong shape (claims: expected an array)')
    expect(shape.claims.length).toBeGreaterThan(20)
    const claims = data['claims'] as Array<Record<string, unknown>>
    await writeFile(file, redigest(text, JSON.stringify({...data, claims: [{...claims[0], document: 'elsewhere'}, ...claims.slice(1)]})))
    expect((await openCorpus(mini)).messages.find((m) => m.ruleId === 'cache-invalid')?.reason).toContain('claims[0].document: unknown document `elsewhere`')
  })

  it('should rebuild an entry cut short, or one that is not an entry', async () => {
    await openCorpus(mini)
    const file = await entry()
    const text = await readFile(file, 'utf8')
    await writeFile(file, text.slice(0, text.length / 2))
    expect((await openCorpus(mini)).messages.find((m) => m.ruleId === 'cache-invalid')?.reason).toContain('it is cut short')
    await writeFile(file, '{"documents": []}')
    expect((await openCorpus(mini)).messages.find((m) => m.ruleId === 'cache-invalid')?.reason).toContain('it is not a model claimtrace wrote')
  })

  it('should not read an entry through a symbolic link, nor write through it', async () => {
    await openCorpus(mini)
    const file = await entry()
    const elsewhere = path.join(cacheDir, 'elsewhere.txt')
    await writeFile(elsewhere, await readFile(file))
    await rm(file)
    await symlink(elsewhere, file)
    const corpus = await openCorpus(mini)
    expect(corpus.messages.find((m) => m.ruleId === 'cache-invalid')?.reason).toContain('it is a symbolic link')
    // The rename replaced the link itself; its target is as it was.
    expect(await readFile(elsewhere, 'utf8')).toContain('"claimtrace":"model"')
  })
})

describe('a model.json beside a corpus', () => {
  it('should be ignored outside the bundled corpus, whatever its key', async () => {
    const {readCorpus} = await import('../../src/corpus/read.js')
    const {buildCorpus} = await import('../../src/corpus/load.js')
    const {modelKey, serializeModel} = await import('../../src/corpus/cache.js')
    const dir = await mkdtemp(path.join(tmpdir(), 'claimtrace-model-'))
    try {
      await cp('tests/fixtures/corpus-bad/c-good', path.join(dir, 'good'), {recursive: true})
      const files = await readCorpus(dir)
      const data = buildCorpus(files, dir)
      const planted = {...data, claims: data.claims.map((claim) => ({...claim, text: 'from a planted model'}))}
      await writeFile(path.join(dir, 'model.json'), serializeModel(await modelKey(files, dir), planted))
      expect((await openCorpus(dir)).claims.map((claim) => claim.text)).toEqual(['Israel’s Central Asian policy has developed in stages.'])
    } finally {
      await rm(dir, {recursive: true, force: true})
    }
  })

  it('should be checked like a cache entry when it ships with the bundled corpus', async () => {
    const {readCorpus} = await import('../../src/corpus/read.js')
    const {buildCorpus} = await import('../../src/corpus/load.js')
    const {modelKey, readBundledModel, serializeModel} = await import('../../src/corpus/cache.js')
    const dir = await mkdtemp(path.join(tmpdir(), 'claimtrace-model-'))
    try {
      await cp(path.join(mini, 'mini-2020'), path.join(dir, 'mini-2020'), {recursive: true})
      const files = await readCorpus(dir)
      const key = await modelKey(files, dir)
      const text = serializeModel(key, buildCorpus(files, dir))
      const file = path.join(dir, 'model.json')
      await writeFile(file, text)
      expect((await readBundledModel(dir, key)).data?.claims.length).toBeGreaterThan(20)
      expect(await readBundledModel(dir, 'f'.repeat(64))).toEqual({})
      await writeFile(file, text.replace('$300 million', '$500 million'))
      const edited = await readBundledModel(dir, key)
      expect(edited.data).toBeUndefined()
      expect([edited.note?.ruleId, edited.note?.reason]).toEqual([
        'model-invalid',
        `Unexpected shipped model \`${file}\`: its content does not match its digest, expected the model \`npm run build:corpus\` wrote; rebuilt from the documents`
      ])
    } finally {
      await rm(dir, {recursive: true, force: true})
    }
  })
})
