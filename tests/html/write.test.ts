import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {MANIFEST, writeSite} from '../../src/html/index.js'
import {run} from '../_cli.js'
import {hostileCorpus} from './_site.js'

const scratch = (): string => mkdtempSync(path.join(tmpdir(), 'claimtrace-write-'))
const pages = (...names: string[]) => names.map((name) => ({path: name, contents: `<!doctype html><title>${name}</title>\n`}))

describe('writeSite', () => {
  it('should write the files and a manifest of them into a new folder', async () => {
    const dir = path.join(scratch(), 'site')
    expect(await writeSite(dir, pages('a.html', 'index.html'))).toEqual({written: ['a.html', 'index.html'], removed: []})
    expect(Object.keys(JSON.parse(readFileSync(path.join(dir, MANIFEST), 'utf8')).files)).toEqual(['a.html', 'index.html'])
  })

  it('should refuse a folder with files it did not write, and write beside them with force', async () => {
    const dir = scratch()
    writeFileSync(path.join(dir, 'notes.txt'), 'mine')
    await expect(writeSite(dir, pages('index.html'))).rejects.toThrow(/^Unexpected files in `.*` that claimtrace did not write \(`notes.txt`\), expected an empty folder or one claimtrace wrote; pass --force/)
    expect(existsSync(path.join(dir, 'index.html'))).toBe(false)
    await writeSite(dir, pages('index.html'), {force: true})
    expect(readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('mine')
    expect(existsSync(path.join(dir, 'index.html'))).toBe(true)
  })

  it('should never replace a file it did not write, even with force', async () => {
    const dir = scratch()
    writeFileSync(path.join(dir, 'index.html'), 'my own index')
    await expect(writeSite(dir, pages('index.html'), {force: true})).rejects.toThrow(/^Cannot replace `index.html` in .*: claimtrace did not write it/)
    expect(readFileSync(path.join(dir, 'index.html'), 'utf8')).toBe('my own index')
  })

  it('should replace its own pages, remove its own pages no longer made, and keep one edited since', async () => {
    const dir = scratch()
    await writeSite(dir, pages('a.html', 'b.html', 'c.html', 'index.html'))
    writeFileSync(path.join(dir, 'c.html'), 'edited by hand')
    const second = await writeSite(dir, pages('a.html', 'index.html'))
    expect(second.removed).toEqual(['b.html'])
    expect(existsSync(path.join(dir, 'b.html'))).toBe(false)
    expect(readFileSync(path.join(dir, 'c.html'), 'utf8')).toBe('edited by hand')
  })

  it('should refuse a file where the folder should be, and a manifest it cannot read', async () => {
    const dir = scratch()
    writeFileSync(path.join(dir, 'file'), '')
    await expect(writeSite(path.join(dir, 'file'), pages('index.html'))).rejects.toThrow(/not a folder/)
    mkdirSync(path.join(dir, 'odd'))
    writeFileSync(path.join(dir, 'odd', MANIFEST), '{"files": {"x": 1}}')
    await expect(writeSite(path.join(dir, 'odd'), pages('index.html'))).rejects.toThrow(/did not write \(`\.claimtrace-html\.json`\)/)
  })
})

describe('claimtrace html (CLI)', () => {
  it('should write the site and name the files', async () => {
    const out = path.join(scratch(), 'site')
    const result = await run(['html', '--corpus', hostileCorpus, '--out', out, '--style', 'apa', '--json'])
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout) as {written: string[]; bytes: Record<string, number>}
    expect(report.written).toEqual([path.join(out, 'hostile-2021.html'), path.join(out, 'index.html')])
    expect(report.bytes['hostile-2021.html']).toBeGreaterThan(40_000)
    expect((await run(['html', '--corpus', hostileCorpus, '--out', out])).code).toBe(0)
  })

  it('should exit 2 with one line on an unknown document, style or option, or a foreign folder', async () => {
    const out = scratch()
    const cases: Array<[string[], RegExp]> = [
      [['--document', 'nope'], /^claimtrace html: Unknown document `nope`, expected one of hostile-2021\n$/],
      [['--style', 'klingon'], /^claimtrace html: Unknown style `klingon`, expected one of apa, /],
      [['--colour'], /^claimtrace html: Unknown option `--colour`/],
      [['extra'], /^claimtrace html: Unexpected argument `extra`, expected only options\n$/]
    ]
    for (const [argv, message] of cases) {
      const result = await run(['html', '--corpus', hostileCorpus, '--out', path.join(out, 'x'), ...argv])
      expect([result.code, result.stderr], argv.join(' ')).toEqual([2, expect.stringMatching(message)])
    }
    writeFileSync(path.join(out, 'thesis.docx'), '')
    const foreign = await run(['html', '--corpus', hostileCorpus, '--out', out])
    expect([foreign.code, foreign.stderr]).toEqual([2, expect.stringMatching(/^claimtrace html: Unexpected files in .*`thesis.docx`/)])
  })
})
