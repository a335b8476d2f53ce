import {describe, expect, it} from 'vitest'
import {run} from '../_cli.js'


describe('claimtrace search / resolve / verify', () => {
  it('should resolve a sentence to its claim and source', async () => {
    const {code, stdout} = await run(['resolve', 'Israel put some $300 million into Kazakhstan’s economy', '--limit', '1'])
    expect(code).toBe(0)
    expect(stdout).toContain('[25]')
    expect(stdout).toContain('Feiler, Lim (2014)')
  })

  it('should print the Verification object with --json', async () => {
    const {code, stdout} = await run(['verify', 'Israel invested about $500 million in Kazakhstan’s economy', '--json'])
    expect(code).toBe(0)
    const result = JSON.parse(stdout) as {verdict: string; discrepancies: unknown[]}
    expect(result.verdict).toBe('contradicted')
    expect(result.discrepancies).toEqual([{kind: 'number', claimed: '$500 million', paper: '$300 million'}])
  })

  it('should name the cited work when --source does not agree', async () => {
    const {stdout} = await run(['verify', 'Israel invested about $300 million in Kazakhstan’s economy', '--source', 'Mesamed 2012'])
    expect(stdout).toMatch(/^supported/)
    expect(stdout).toContain('The paper cites Feiler & Lim, p. 28 for this, not Mesamed.')
  })

  it('should exit 1 with --strict unless every verdict is supported', async () => {
    expect((await run(['verify', 'Israel and Azerbaijan signed an oil deal', '--strict'])).code).toBe(1)
    expect((await run(['verify', 'Israel needed the region as a source of raw materials', '--strict'])).code).toBe(0)
  })

  it('should read one statement per line with `-`, report bad lines and go on', async () => {
    const long = 'x'.repeat(20_000)
    const {code, stdout, stderr} = await run(['verify', '-', '--json'], `Israel needed the region as a source of raw materials\n\n${long}\nIsrael and Azerbaijan signed an oil deal\n`)
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(lines.map((line) => line['verdict'] ?? line['error'])).toEqual(['supported', 'line too long (20000 characters), expected one sentence of at most 10000', 'not-found'])
    expect(lines[0]?.['query']).toBe('Israel needed the region as a source of raw materials')
    expect(stderr).toContain('line 3: line too long')
    expect(code).toBe(2)
  })

  it('should search with filters and highlight matches', async () => {
    const {code, stdout} = await run(['search', 'drip irrigation', '--in', 'claims', '--country', 'Uzbekistan', '--limit', '2'])
    expect(code).toBe(0)
    expect(stdout).toContain('[drip] [irrigation]')
    expect(stdout.split('\n').filter((line) => /^ \d\./.test(line))).toHaveLength(2)
  })

  it('should exit 2 on bad usage', async () => {
    expect((await run(['search'])).code).toBe(2)
    expect((await run(['search', 'x', '--in', 'everything'])).code).toBe(2)
    expect((await run(['resolve', 'x', '--limit', 'zero'])).code).toBe(2)
    const empty = await run(['verify', '   '])
    expect(empty.code).toBe(2)
    expect(empty.stderr).toContain('Empty text')
  })
})
