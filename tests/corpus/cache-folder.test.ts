import {chmod, chown, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, utimes, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {openCorpus} from '../../src/facade/index.js'
import {cacheFolder} from '../../src/corpus/cache-folder.js'

const mini = 'tests/fixtures/corpus-mini'
const root = process.getuid?.() === 0
const saved: Record<string, string | undefined> = {}
let scratch: string

beforeEach(async () => {
  for (const name of ['CLAIMTRACE_CACHE_DIR', 'XDG_CACHE_HOME']) saved[name] = process.env[name]
  scratch = await mkdtemp(path.join(tmpdir(), 'claimtrace-folder-test-'))
})

afterEach(async () => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  await rm(scratch, {recursive: true, force: true})
})

const unsafe = async (dir: string): Promise<string | undefined> => {
  process.env['CLAIMTRACE_CACHE_DIR'] = dir
  return (await openCorpus(mini)).messages.find((m) => m.ruleId === 'cache-unsafe')?.reason
}

describe('the cache folder', () => {
  it('should be the user’s cache folder, created with mode 0700 and claimtrace’s marker', async () => {
    delete process.env['CLAIMTRACE_CACHE_DIR']
    process.env['XDG_CACHE_HOME'] = path.join(scratch, 'xdg')
    expect(cacheFolder()).toBe(path.join(scratch, 'xdg', 'claimtrace'))
    const corpus = await openCorpus(mini)
    expect(corpus.messages.some((m) => m.ruleId?.startsWith('cache'))).toBe(false)
    const dir = path.join(scratch, 'xdg', 'claimtrace')
    expect((await stat(dir)).mode & 0o777).toBe(0o700)
    expect(await readFile(path.join(dir, 'CACHEDIR.TAG'), 'utf8')).toMatch(/^Signature: 8a477f597d28d172789f06886806bc55\n# This folder is a cache made by claimtrace/)
    expect((await readdir(dir)).filter((name) => /^[0-9a-f]{64}\.json$/.test(name))).toHaveLength(1)
  })

  it('should refuse a folder others may write to, and write nothing there', async () => {
    const dir = path.join(scratch, 'shared')
    await mkdir(dir)
    await chmod(dir, 0o777)
    expect(await unsafe(dir)).toBe(`Unexpected cache folder \`${dir}\`: others may write to it (mode 777), expected mode 700; the cache is off for this run`)
    expect(await readdir(dir)).toEqual([])
  })

  it.skipIf(!root)('should refuse a folder another user owns (needs root to make one)', async () => {
    const dir = path.join(scratch, 'theirs')
    await mkdir(dir, {mode: 0o700})
    await chown(dir, 65534, 65534)
    expect(await unsafe(dir)).toBe(`Unexpected cache folder \`${dir}\`: it belongs to user 65534, expected a folder of user 0; the cache is off for this run`)
    expect(await readdir(dir)).toEqual([])
  })

  it('should never touch a folder it did not make: a project’s package.json and JSON files stay', async () => {
    const dir = path.join(scratch, 'project')
    await mkdir(dir, {mode: 0o700})
    const names = ['package.json', ...Array.from({length: 20}, (_, i) => `${String(i).padStart(64, 'a')}.json`)]
    for (const name of names) await writeFile(path.join(dir, name), `{"mine": "${name}"}`)
    expect(await unsafe(dir)).toContain('it holds files but no `CACHEDIR.TAG` by claimtrace')
    expect((await readdir(dir)).sort()).toEqual(names.sort())
  })

  it('should refuse a symbolic link as the folder', async () => {
    const real = path.join(scratch, 'real')
    await mkdir(real, {mode: 0o700})
    await symlink(real, path.join(scratch, 'link'))
    expect(await unsafe(path.join(scratch, 'link'))).toContain('it is a symbolic link, expected a folder')
  })

  it('should keep the 16 newest of its own entries and delete nothing else', async () => {
    const dir = path.join(scratch, 'cache')
    process.env['CLAIMTRACE_CACHE_DIR'] = dir
    await openCorpus('tests/fixtures/corpus-bad')
    const old = Array.from({length: 20}, (_, i) => `${i.toString(16).padStart(64, '0')}.json`)
    for (const [i, name] of old.entries()) {
      await writeFile(path.join(dir, name), '{}')
      await utimes(path.join(dir, name), 1_000_000 + i, 1_000_000 + i)
    }
    const others = ['notes.json', 'package.json', `${'b'.repeat(64)}.json.bak`]
    for (const name of others) await writeFile(path.join(dir, name), 'mine')
    await mkdir(path.join(dir, `${'c'.repeat(64)}.json`))
    await symlink(path.join(scratch, 'nowhere'), path.join(dir, `${'d'.repeat(64)}.json`))
    await utimes(path.join(dir, others[0]!), 1, 1)
    await openCorpus(mini)
    const left = await readdir(dir)
    for (const name of [...others, 'CACHEDIR.TAG', `${'c'.repeat(64)}.json`, `${'d'.repeat(64)}.json`]) expect(left).toContain(name)
    // Two fresh entries and the 14 newest planted ones: the 6 oldest went.
    expect(left.filter((name) => old.includes(name)).sort()).toEqual(old.slice(6).sort())
  })
})
