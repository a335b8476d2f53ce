import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {PassThrough} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {main} from '../../src/cli/main.js'
import type {SourceUse} from '../../src/cli/commands/sources.js'

async function run(argv: string[]): Promise<{code: number; stdout: string}> {
  const stdout = new PassThrough()
  let out = ''
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
  const code = await main(argv, {stdout, stderr: new PassThrough(), stdin: new PassThrough()})
  return {code, stdout: out}
}

describe('claimtrace sources', () => {
  it('should list each work with the footnotes citing it (--json)', async () => {
    const result = await run(['sources', '--json'])
    expect(result.code).toBe(0)
    const uses = JSON.parse(result.stdout) as SourceUse[]
    expect(uses).toHaveLength(54)
    const mesamed = uses.find((d) => d.source.id === 'mesamed2012')!
    expect(mesamed.citedIn.map((d) => [d.footnote, d.kind, d.locator])).toEqual([
      [2, 'full', '49'], [3, 'ibid', '48'], [7, 'op-cit', '56-57'], [19, 'short', '74'], [22, 'short', '152']
    ])
    const imf = uses.find((d) => d.source['title'] === 'Direction of Trade Statistics (DOTS): Kyrgyz Republic')!
    expect(imf.citedIn.map((d) => d.footnote)).toEqual([24, 64])
  })

  it('should print an aligned table with URLs', async () => {
    const {stdout} = await run(['sources'])
    expect(stdout).toMatch(/^mesamed2012 +book +Mesamed · 2012 · Israel v Tsentralnoy Azii: grezy i realnost$/m)
    expect(stdout).toMatch(/^ +footnotes +2 \(p\. 49\), 3 \(p\. 48\), 7 \(p\. 56-57\), 19 \(p\. 74\), 22 \(p\. 152\)$/m)
    expect(stdout).toContain('https://doi.org/10.24975/2313-8920-2018-5-1-8-36')
    expect(stdout.trim().endsWith('54 sources\n64 of 64 footnotes resolved to a source')).toBe(true)
  })

  it('should count the footnotes that resolved and list the rest', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'claimtrace-sources-'))
    try {
      await mkdir(path.join(dir, 'doc'))
      await writeFile(path.join(dir, 'doc', 'paper.md'), '---\nid: doc\n---\n\n## A\n\nOne.[^1] Two.[^2] Three.[^3]\n\n[^1]: V.I. Mesamed, *Israel v Tsentralnoy Azii*, Moscow, 2012, p. 49.\n\n[^2]: The figures for 2019 are preliminary.\n\n[^3]: Ibid., p. 50.\n')
      const {stdout} = await run(['sources', '--corpus', dir])
      expect(stdout.trim().split('\n').slice(-2)).toEqual(['2 of 3 footnotes resolved to a source; not resolved (a comment, or a reference that could not be read):', '  [2] The figures for 2019 are preliminary.'])
    } finally {
      await rm(dir, {recursive: true, force: true})
    }
  })
})
