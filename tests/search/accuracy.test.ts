import {beforeAll, describe, expect, it} from 'vitest'
import {accuracy, loadQueries} from '../../bench/_eval.js'
import {openCorpus} from '../../src/facade/index.js'
import {Searcher} from '../../src/search/index.js'

// Resolve floors on tests/fixtures/queries.json over the bundled corpus (the
// verdicts are measured on the larger blind set: verify-blind.test.ts).
const queries = loadQueries()
let searcher: Searcher

beforeAll(async () => {
  searcher = new Searcher(await openCorpus())
})

describe('resolve and verify on the evaluation set', () => {
  it('should hold at least 60 queries of every kind, split into dev and test', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60)
    const kinds = new Set(queries.map((query) => query.kind))
    for (const kind of ['paraphrase', 'typo', 'keywords', 'verbatim', 'two-clause', 'figure', 'uncited', 'contradicted', 'not-found', 'source']) {
      expect(kinds).toContain(kind)
    }
    expect(queries.filter((query) => query.split === 'test').length).toBeGreaterThanOrEqual(30)
  })

  for (const split of ['all', 'test'] as const) {
    const subset = queries.filter((query) => split === 'all' || query.split === split)

    it(`should put the expected claim first for ≥ 95% and in the top 3 for ≥ 98% (${split})`, () => {
      const result = accuracy(subset.map((query) => ({query, ranked: searcher.resolve(query.query, {limit: 3}).matches.map((m) => m.claim)})))
      expect(result.top1).toBeGreaterThanOrEqual(0.95)
      expect(result.top3).toBeGreaterThanOrEqual(0.98)
    })

  }

  it('should report the discrepancy the contradicted queries introduce', () => {
    for (const query of queries.filter((q) => q.discrepancy)) {
      const result = searcher.verify(query.query)
      if (result.verdict !== 'contradicted') continue
      const found = result.discrepancies.find((d) => d.kind === query.discrepancy!.kind)
      expect({id: query.id, claimed: found?.claimed.toLowerCase().includes(query.discrepancy!.claimed.toLowerCase())}).toEqual({id: query.id, claimed: true})
    }
  })

  it('should name, for a contradicted figure, the claim that states the paper’s figure', () => {
    // “$300 million[^25] in Kazakhstan’s economy”: the statement ranks the uncited tail first, yet the figure is the cited claim’s.
    const result = searcher.verify("Israel put some $500 million into Kazakhstan's economy")
    expect(result.verdict).toBe('contradicted')
    expect(result.claim?.text.endsWith('Israel invested about $300 million')).toBe(true)
    expect(result.claim?.footnotes).toEqual([25])
    expect(result.sources.map((s) => s.id)).toEqual(['feiler2014'])
  })

  it('should tell whether the paper cites the claimed source', () => {
    for (const query of queries.filter((q) => q.source !== undefined)) {
      const {sourceCheck} = searcher.verify(query.query, {source: query.source!})
      expect({id: query.id, agrees: sourceCheck?.agrees}).toEqual({id: query.id, agrees: query.agrees})
    }
  })
})

describe('verify on statements that state nothing', () => {
  it('should not call a single word or a year supported', async () => {
    const corpus = await openCorpus()
    for (const text of ['Israel', '1992', 'the Kazakhstan']) expect({text, verdict: corpus.verify(text).verdict}).toEqual({text, verdict: 'not-found'})
    expect(corpus.verify('Tashkent embassy opened').verdict).toBe('supported')
  })

  it('should report a changed city as a discrepancy', async () => {
    const corpus = await openCorpus()
    const result = corpus.verify('Israel opened its embassy in Almaty in May 1992')
    expect(result.verdict).toBe('contradicted')
    expect(result.discrepancies).toEqual([{kind: 'entity', claimed: 'Almaty', paper: 'Tashkent'}])
  })
})
