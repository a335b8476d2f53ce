import {describe, expect, it} from 'vitest'
import {run} from '../_cli.js'

describe('claimtrace (dispatcher and usage errors)', () => {
  it('should print the version, also after a command', async () => {
    expect((await run(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
    expect((await run(['claims', '--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('should exit 2 with one line naming the problem', async () => {
    const unknown = await run(['frob'])
    expect([unknown.code, unknown.stderr.trim()]).toEqual([2, 'claimtrace: unknown command `frob`, expected one of search, resolve, verify, claims, footnotes, sources, bib, cite, ingest, html, build, documents, export'])
    const missing = await run(['verify'])
    expect([missing.code, missing.stderr.trim()]).toEqual([2, 'claimtrace verify: Missing text, expected `claimtrace verify <text>` or `-` to read lines from stdin'])
    const range = await run(['search', 'trade', '--from', '2030', '--to', '1990'])
    expect([range.code, range.stderr.trim()]).toEqual([2, 'claimtrace search: Unexpected `--from 2030 --to 1990`, expected --from to be at most --to'])
    const option = await run(['claims', '--colour'])
    expect(option.code).toBe(2)
    expect(option.stderr).toMatch(/^claimtrace claims: Unknown option `--colour`, expected one of/)
  })
})
