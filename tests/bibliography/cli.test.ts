import {Cite} from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import {describe, expect, it} from 'vitest'
import {run} from '../_cli.js'
import {openCorpus} from '../../src/facade/index.js'


describe('claimtrace bib', () => {
  it('should print the bibliography of the bundled corpus in MLA', async () => {
    const result = await run(['bib', '--style', 'mla'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Bishku, M. “The Relations of the Central Asian Republics of Kazakhstan and Uzbekistan with Israel.” Middle Eastern Studies, vol. 48, no. 6, Nov. 2012.')
    expect(result.stdout.trim().split('\n')).toHaveLength(54)
  })

  it('should print BibTeX that reads back into 54 entries', async () => {
    const result = await run(['bib', '--format', 'bibtex'])
    expect(new Cite(result.stdout).data).toHaveLength(54)
  })

  it('should exit 2 naming the valid styles on an unknown style', async () => {
    const result = await run(['bib', '--style', 'nope'])
    expect(result.code).toBe(2)
    // Diagnostics of the corpus may come first; the failure is the last line.
    expect(result.stderr.trimEnd().split('\n').at(-1)).toMatch(/^claimtrace bib: Unknown style `nope`, expected one of apa, chicago, mla, harvard, vancouver/)
  })
})

describe('claimtrace cite', () => {
  it('should cite the claim of footnote 2 in-text and as a note', async () => {
    const corpus = await openCorpus()
    const claim = corpus.claims.find((d) => d.footnotes.includes(2))!
    expect((await run(['cite', claim.id])).stdout).toBe('(Mesamed, 2012, p. 49)\n')
    expect((await run(['cite', claim.id, '--mode', 'note'])).stdout).toBe('Mesamed, Israel v Tsentralnoy Azii: grezy i realnost, 49.\n')
    const json = JSON.parse((await run(['cite', claim.id, '--json'])).stdout) as {sources: {id: string}[]}
    expect(json.sources.map((d) => d.id)).toEqual(['mesamed2012'])
  })

  it('should exit 2 without a claim id or with an unknown one', async () => {
    expect((await run(['cite'])).code).toBe(2)
    const result = await run(['cite', 'nope#c999'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/Unknown claim `nope#c999`/)
  })
})
