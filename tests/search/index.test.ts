import {beforeAll, describe, expect, it} from 'vitest'
import {loadQueries} from '../../bench/_eval.js'
import {openCorpus, type Corpus} from '../../src/facade/index.js'
import {buildIndexData, ClaimIndex, mergeIndexData} from '../../src/search/claim-index.js'
import {analyse, rank, score} from '../../src/search/resolve.js'

let corpus: Corpus

beforeAll(async () => {
  corpus = await openCorpus()
})

describe('the claim index', () => {
  it('should give the same arrays merged from parts as built at once', () => {
    const claims = corpus.claims
    const whole = buildIndexData(claims)
    const merged = mergeIndexData([buildIndexData(claims.slice(0, 50)), buildIndexData(claims.slice(50, 120)), buildIndexData(claims.slice(120))])
    const termsOf = (data: typeof whole, c: number): string[] => {
      const found: string[] = []
      for (let t = 0; t < data.terms.length; t++) for (let i = data.postingStart[t]!; i < data.postingStart[t + 1]!; i++) if (data.postingDocs[i] === c) found.push(`${data.terms[t]}:${data.postingFields[i]}`)
      return found.sort()
    }
    for (const c of [0, 49, 50, 119, 120, claims.length - 1]) expect(termsOf(merged, c)).toEqual(termsOf(whole, c))
    expect(merged.words).toEqual(whole.words)
    const run = (data: typeof whole, c: number, which: 'textRun' | 'sentenceRun'): string[] => [...data.tokens.subarray(data[which][2 * c]!, data[which][2 * c + 1]!)].map((t) => data.terms[t]!)
    for (const c of [0, 60, 150]) {
      expect(run(merged, c, 'textRun')).toEqual(run(whole, c, 'textRun'))
      expect(run(merged, c, 'sentenceRun')).toEqual(run(whole, c, 'sentenceRun'))
    }
    expect([...new ClaimIndex([], merged).textMass]).toEqual([...new ClaimIndex([], whole).textMass])
  })

  it('should keep every posting list ascending', () => {
    const data = buildIndexData(corpus.claims)
    for (let t = 0; t < data.terms.length; t++) {
      for (let i = data.postingStart[t]! + 1; i < data.postingStart[t + 1]!; i++) expect(data.postingDocs[i]! > data.postingDocs[i - 1]!).toBe(true)
    }
  })
})

describe('rank', () => {
  it('should return what scoring every claim would, best first, despite pruning', () => {
    const index = new ClaimIndex(corpus.claims)
    for (const query of loadQueries().slice(0, 60)) {
      const analysed = analyse(index, query.query, new Set())
      const all = corpus.claims
        .map((_, doc) => score(index, analysed, doc, new Set()))
        .filter((ranked) => ranked.score > 0)
        .sort((a, b) => b.score - a.score || b.queryCoverage - a.queryCoverage || b.claimCoverage - a.claimCoverage || a.doc - b.doc)
      for (const limit of [1, 3, 10]) expect({id: query.id, limit, ranked: rank(index, analysed, limit).map((r) => r.doc)}).toEqual({id: query.id, limit, ranked: all.slice(0, limit).map((r) => r.doc)})
    }
  })

  it('should put the claim whose own words the query covers above a near-copy that comes first in the corpus', () => {
    // Every query term matches both; the copy has words the query lacks (claim coverage), and corpus order favours it.
    const claim = corpus.claims.find((c) => c.text.startsWith('Israeli embassy in Tashkent'))!
    const copy = {...claim, id: 'x#c1', document: 'x', text: `${claim.text} Officially inaugurated.`, sentence: `${claim.sentence} Officially inaugurated.`}
    const index = new ClaimIndex([copy, claim])
    const ranked = rank(index, analyse(index, claim.text, new Set()), 2)
    expect(ranked.map((r) => r.doc)).toEqual([1, 0])
  })
})
