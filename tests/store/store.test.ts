import {cp, mkdtemp, readFile, readdir, rm, utimes, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {STORE_FROM, openCorpus} from '../../src/facade/index.js'
import {buildStore, openStore} from '../../src/store/index.js'
import {lock} from '../../src/store/_files.js'

let dir: string

/** A corpus of three papers: the mini paper, and the bad corpus's good and broken ones (messages included). */
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'claimtrace-store-'))
  await cp('tests/fixtures/corpus-mini/mini-2020', path.join(dir, 'mini-2020'), {recursive: true})
  await cp('tests/fixtures/corpus-bad/c-good', path.join(dir, 'good'), {recursive: true})
  await cp('tests/fixtures/corpus-bad/b-notes', path.join(dir, 'notes'), {recursive: true})
})

afterEach(async () => {
  await rm(dir, {recursive: true, force: true})
})

const store = (): string => path.join(dir, '.claimtrace')
const texts = async (): Promise<string[]> => (await openStore(dir)).claims.map((claim) => claim.text)

describe('the store', () => {
  it('should give back what building in memory gives: claims, footnotes, sources, messages and answers', async () => {
    const report = await buildStore(dir)
    expect(report).toMatchObject({papers: 3, built: 3, reused: 0})
    const stored = await openCorpus(dir)
    const memory = await openCorpus(dir, {cache: false})
    expect(JSON.stringify(stored.claims)).toBe(JSON.stringify(memory.claims))
    expect(stored.footnotes).toEqual(memory.footnotes)
    expect(stored.sources).toEqual(memory.sources)
    expect(stored.documents).toEqual(memory.documents)
    expect(stored.messages.map(String)).toEqual(memory.messages.map(String))
    expect(stored.messages.length).toBeGreaterThan(0)
    const query = memory.claims[3]!.text
    expect(stored.resolve(query)).toEqual(memory.resolve(query))
    expect(stored.verify(query)).toEqual(memory.verify(query))
    expect(stored.claim(memory.claims[2]!.id)).toEqual(memory.claims[2])
  })

  it('should check for lost papers from the catalog, and still refuse to resolve when one is lost', async () => {
    await buildStore(dir)
    const opened = await openCorpus(dir)
    expect(opened.resolve(opened.claims[0]!.text).matches.length).toBeGreaterThan(0)
    await cp(path.join(dir, 'good'), path.join(dir, 'good-again'), {recursive: true})
    const twice = await openCorpus(dir)
    expect(twice.messages.some((m) => m.ruleId === 'duplicate-document')).toBe(true)
    expect(() => twice.resolve('Israel’s Central Asian policy has developed in stages.')).toThrow(expect.objectContaining({code: 'incomplete-corpus'}))
    expect(twice.search('policy').length).toBeGreaterThan(0)
  })

  it('should confirm a paper changed just before the build, so that opening does not hash it again', async () => {
    const file = path.join(dir, 'good', 'paper.md')
    // Changed 1.99 s before the build began: within the file clock's slack of it, so its time alone proves nothing.
    const when = new Date(Date.now() - 1990)
    await utimes(file, when, when)
    const old = new Date('2020-01-01')
    await utimes(path.join(dir, 'mini-2020', 'paper.md'), old, old)
    await buildStore(dir)
    const manifest = JSON.parse(await readFile(path.join(store(), 'manifest.json'), 'utf8')) as {built: number; papers: Array<{folder: string; mtimeMs: number; checked?: number}>}
    const paper = manifest.papers.find((one) => one.folder === 'good')!
    expect(paper.mtimeMs).toBeGreaterThanOrEqual(manifest.built - 2000)
    expect(paper.checked! - paper.mtimeMs).toBeGreaterThan(2000)
    expect(manifest.papers.find((one) => one.folder === 'mini-2020')!.checked).toBeUndefined()
  })

  it('should build again only the paper that changed', async () => {
    await buildStore(dir)
    const file = path.join(dir, 'good', 'paper.md')
    await writeFile(file, (await readFile(file, 'utf8')).replace('in stages.', 'in three stages.'))
    const report = await buildStore(dir)
    expect(report).toMatchObject({papers: 3, built: 1, reused: 2})
    expect(await texts()).toContain('Israel’s Central Asian policy has developed in three stages.')
  })

  it('should notice a paper changed, added or removed since the build when opening', async () => {
    await buildStore(dir)
    const before = await texts()
    await rm(path.join(dir, 'good'), {recursive: true})
    const after = await texts()
    expect(after).not.toContain('Israel’s Central Asian policy has developed in stages.')
    expect(after.length).toBeLessThan(before.length)
    await cp('tests/fixtures/corpus-bad/c-good', path.join(dir, 'back'), {recursive: true})
    expect(await texts()).toContain('Israel’s Central Asian policy has developed in stages.')
  })

  it('should rebuild a truncated or damaged index, and one of another version', async () => {
    await buildStore(dir)
    const expected = await texts()
    const manifest = JSON.parse(await readFile(path.join(store(), 'manifest.json'), 'utf8')) as {index: string; code: string}
    const index = path.join(store(), manifest.index)
    const bytes = await readFile(index)
    await writeFile(index, bytes.subarray(0, bytes.length - 100))
    expect(await texts()).toEqual(expected)
    const rebuilt = JSON.parse(await readFile(path.join(store(), 'manifest.json'), 'utf8')) as {index: string}
    const again = await readFile(path.join(store(), rebuilt.index))
    again[again.length - 10] = again[again.length - 10]! ^ 0xff
    await writeFile(path.join(store(), rebuilt.index), again)
    expect(await texts()).toEqual(expected)
    await writeFile(path.join(store(), 'manifest.json'), JSON.stringify({...manifest, code: 'another version'}))
    expect(await texts()).toEqual(expected)
    expect(JSON.parse(await readFile(path.join(store(), 'manifest.json'), 'utf8')).code).toBe(manifest.code)
  })

  it('should let one process build at a time, and refuse with a clear message while another holds the lock', async () => {
    const release = await lock(store(), 0)
    await expect(buildStore(dir, {wait: 200})).rejects.toThrow(/another claimtrace process \(pid \d+\) is building it/)
    release()
    const [a, b] = await Promise.all([buildStore(dir), buildStore(dir)])
    expect(a.papers + b.papers).toBe(6)
    expect(Math.min(a.built, b.built)).toBe(0)
    expect((await readdir(store())).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('should take over the lock of a process that is gone', async () => {
    await buildStore(dir)
    await writeFile(path.join(store(), 'lock'), JSON.stringify({pid: 2 ** 22 + 12345, time: Date.now()}))
    const report = await buildStore(dir, {wait: 0})
    expect(report.reused).toBe(3)
  })

  it('should keep the store of a corpus of many papers without .claimtrace/ in the cache, not in the corpus', async () => {
    const cache = await mkdtemp(path.join(tmpdir(), 'claimtrace-store-cache-'))
    const many = await mkdtemp(path.join(tmpdir(), 'claimtrace-store-many-'))
    const previous = process.env['CLAIMTRACE_CACHE_DIR']
    process.env['CLAIMTRACE_CACHE_DIR'] = cache
    try {
      const names = Array.from({length: STORE_FROM}, (_, i) => `paper-${String(i).padStart(2, '0')}`)
      for (const name of names) {
        const markdown = (await readFile('tests/fixtures/corpus-mini/mini-2020/paper.md', 'utf8')).replace(/^id: .*$/m, `id: ${name}`)
        await cp('tests/fixtures/corpus-mini/mini-2020', path.join(many, name), {recursive: true})
        await writeFile(path.join(many, name, 'paper.md'), markdown)
      }
      expect((await openCorpus(many)).documents.length).toBe(STORE_FROM)
      expect((await readdir(many)).sort()).toEqual(names)
      expect((await readdir(cache)).some((name) => name.startsWith('store-'))).toBe(true)
    } finally {
      if (previous === undefined) delete process.env['CLAIMTRACE_CACHE_DIR']
      else process.env['CLAIMTRACE_CACHE_DIR'] = previous
      await rm(cache, {recursive: true, force: true})
      await rm(many, {recursive: true, force: true})
    }
  })
})
