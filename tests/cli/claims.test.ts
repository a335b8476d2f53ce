import {describe, expect, it} from 'vitest'
import {run} from '../_cli.js'
import {openCorpus} from '../../src/facade/index.js'
import type {Claim, Footnote} from '../../src/types.js'

const mini = 'tests/fixtures/corpus-mini'


describe('claimtrace claims', () => {
  it('should print exactly the claims of the corpus with --json', async () => {
    const result = await run(['claims', '--corpus', mini, '--json'])
    const corpus = await openCorpus(mini)
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout) as Claim[]).toEqual(JSON.parse(JSON.stringify(corpus.claims)))
  })

  it('should list only uncited claims with --uncited', async () => {
    const claims = JSON.parse((await run(['claims', '--corpus', mini, '--uncited', '--json'])).stdout) as Claim[]
    expect(claims.length).toBeGreaterThan(0)
    expect(claims.every((claim) => claim.footnotes.length === 0)).toBe(true)
    expect(claims.map((claim) => claim.text)).toContain('in Kazakhstan’s economy, particularly in agriculture.')
  })

  it('should filter by country, accepting an adjective', async () => {
    const claims = JSON.parse((await run(['claims', '--corpus', mini, '--country', 'uzbek', '--json'])).stdout) as Claim[]
    expect(claims.map((claim) => claim.footnotes)).toEqual([[6], [], [8], [9]])
  })

  it('should filter by section, ignoring case', async () => {
    const claims = JSON.parse((await run(['claims', '--corpus', mini, '--section', 'abstract', '--json'])).stdout) as Claim[]
    expect(claims.map((claim) => claim.id)).toEqual(['mini-2020#c001', 'mini-2020#c002'])
  })

  it('should print an aligned table grouped by section', async () => {
    const result = await run(['claims', '--corpus', mini, '--section', 'Conclusion'])
    expect(result.stdout).toBe(
      'Conclusion\n' +
        '  c026  [15]  The dialog on political issues is the foundation of the two countries’ bilateral cooperation within international organizations, first and foremost, the U.N.\n' +
        '\n' +
        '1 claim (1 cited, 0 uncited)\n'
    )
  })

  it('should fail with one line and exit code 2 for a missing corpus folder', async () => {
    const result = await run(['claims', '--corpus', 'tests/fixtures/no-such-corpus'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('claimtrace claims: Cannot open corpus `tests/fixtures/no-such-corpus`: no such folder, expected a folder of `<doc-id>/paper.md`\n')
  })

  it('should fail with exit code 2 for an unknown country', async () => {
    const result = await run(['claims', '--corpus', mini, '--country', 'Narnia'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Unknown country `Narnia`')
  })

  it('should warn about broken documents on stderr and list the rest', async () => {
    const result = await run(['claims', '--corpus', 'tests/fixtures/corpus-bad', '--json'])
    expect(result.code).toBe(0)
    // vfile-reporter: the file, then each message with its place and rule.
    expect(result.stderr).toMatch(/^tests\/fixtures\/corpus-bad\/b-notes\/paper\.md\n *9:71 +warning +Unexpected footnote call `\[\^3\]` without definition.* undefined-footnote +claimtrace$/m)
    expect((JSON.parse(result.stdout) as Claim[]).map((claim) => claim.document)).toContain('good')
  })
})

describe('claimtrace footnotes', () => {
  it('should print exactly the footnotes of the corpus with --json', async () => {
    const result = await run(['footnotes', '--corpus', mini, '--json'])
    const footnotes = JSON.parse(result.stdout) as Footnote[]
    expect(result.code).toBe(0)
    expect(footnotes.map((footnote) => footnote.n)).toEqual(Array.from({length: 15}, (_, i) => i + 1))
    expect(footnotes[1]).toMatchObject({document: 'mini-2020', n: 2, text: 'V.I. Mesamed, Israel v Tsentralnoy Azii: grezy i realnost, Moscow, 2012, p. 49.'})
  })

  it('should print one row per footnote and a count', async () => {
    const result = await run(['footnotes', '--corpus', mini])
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(17)
    expect(lines.at(-1)).toBe('15 footnotes')
    expect(lines[1]).toMatch(/^ {3}2 {2}\S.*V\.I\. Mesamed, Israel v Tsentralnoy Azii/)
  })
})
