import {beforeAll, describe, expect, it} from 'vitest'
import {ClaimtraceError} from '../../src/errors.js'
import {openCorpus, type Corpus} from '../../src/facade/index.js'

let corpus: Corpus

beforeAll(async () => {
  corpus = await openCorpus('tests/fixtures/corpus-mini', {cache: false})
})

describe('Corpus', () => {
  it('should find a claim by id', () => {
    expect(corpus.claim('mini-2020#c002')?.text).toBe('The main actors are the EU, the United States, Russia, Iran, Turkey, China, and India.')
    expect(corpus.claim('mini-2020#c999')).toBeUndefined()
  })

  it('should search through one searcher', () => {
    const hits = corpus.search('direct flights Uzbekistan', {in: 'claims', limit: 3})
    expect(hits.length).toBeGreaterThan(0)
    expect(hits.every((hit) => hit.kind === 'claim')).toBe(true)
    expect(corpus.resolve('Israel invested about $300 million in Kazakhstan').matches[0]?.claim.footnotes).toEqual([10])
  })

  it('should restrict the bibliography to the sources some footnotes cite', async () => {
    const text = corpus.bibliography({footnotes: [2], style: 'apa'})
    expect(text).toContain('Mesamed')
    expect(text).not.toContain('Basic Policy Guidelines')
  })

  it('should restrict the bibliography to the sources some claims cite', async () => {
    const text = corpus.bibliography({claims: ['mini-2020#c003'], format: 'csl-json'})
    const items = JSON.parse(text) as Array<{title?: string}>
    expect(items).toHaveLength(1)
    expect(items[0]?.title).toContain('Basic Policy Guidelines of the 25th Government')
  })

  it('should cite the sources of one claim, and nothing for an uncited claim', async () => {
    expect(corpus.cite('mini-2020#c005', {style: 'apa', mode: 'in-text'})).toContain('Mesamed')
    expect(corpus.cite('mini-2020#c001')).toBe('')
  })

  it('should refuse an unknown claim id', async () => {
    expect(() => corpus.cite('mini-2020#c999')).toThrow(ClaimtraceError)
    expect(() => corpus.bibliography({claims: ['nope']})).toThrow('Unknown claim `nope`')
  })
})
