/** The public API: what `import … from 'claimtrace'` offers, and the shapes DESIGN.md promises. */
import {describe, expect, it} from 'vitest'
import * as claimtrace from '../src/index.js'
import * as cite from '../src/cite/index.js'

describe('public API', () => {
  it('should export exactly the documented names', () => {
    expect(Object.keys(claimtrace).sort()).toEqual(
      ['ClaimtraceError', 'Corpus', 'MAX_INPUT', 'Searcher', 'bibliographyFormats', 'describeSourceCheck', 'formatBibliography', 'formatCitation', 'ingest', 'listStyles', 'openCorpus'].sort()
    )
    expect(typeof cite.citeFootnotes).toBe('function')
  })

  it('should give a corpus whose methods return the DESIGN shapes synchronously', async () => {
    const corpus = await claimtrace.openCorpus()
    expect(corpus.documents.map((d) => d.id)).toEqual(['israel-central-asia-2020'])
    expect(typeof corpus.bibliography({style: 'apa', footnotes: [2]})).toBe('string')
    expect(typeof corpus.cite('israel-central-asia-2020#c001')).toBe('string')
    const hit = corpus.search('drip irrigation', {limit: 1})[0]
    expect(Object.keys(hit ?? {}).sort()).toEqual(['id', 'kind', 'matches', 'score', 'text'])
    const resolution = corpus.resolve('Israeli embassy in Tashkent', {limit: 1})
    expect(Object.keys(resolution.matches[0] ?? {}).sort()).toEqual(['citations', 'claim', 'score', 'sources'])
    const verification = corpus.verify('Israel opened its embassy in Tashkent in May 1992')
    // DESIGN.md's shape, plus the explanation (an addition; see the README's “Changes to the design”).
    expect(Object.keys(verification).sort()).toEqual(['citations', 'claim', 'confidence', 'discrepancies', 'explanation', 'sources', 'verdict'])
    expect(Object.keys(verification.explanation ?? {}).sort()).toEqual(['matched', 'reason', 'unmatched'])
    const twoParts = corpus.verify('Israel opened its embassy in Tashkent in May 1992. Shimon Peres visited Uzbekistan in July 1994.')
    expect(twoParts.parts?.map((part) => part.verdict)).toEqual(['supported', 'supported'])
    const claim = corpus.claims[0]
    expect(Object.keys(claim ?? {}).sort()).toEqual(['annotations', 'citations', 'document', 'figures', 'footnotes', 'id', 'position', 'section', 'sentence', 'text'])
  })
})
