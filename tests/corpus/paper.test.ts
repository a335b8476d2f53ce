/**
 * End-to-end on the bundled article. The expected endings were written by
 * reading the article (`corpus/israel-central-asia-2020/source.txt`): for
 * each footnote, the words printed just before its marker.
 */
import {readFile} from 'node:fs/promises'
import {beforeAll, describe, expect, it} from 'vitest'
import {openCorpus, type Corpus} from '../../src/facade/index.js'

const endings: Record<number, string> = {
  1: 'have created new and great possibilities”',
  2: '“had no prejudices against the Jewish state.”',
  3: 'around the Jewish state',
  4: 'threaten the Jewish communities in the Central Asian states.',
  5: 'agreed to realize joint projects in Central Asia.',
  6: 'as a source of raw materials',
  7: 'by the time of the Soviet Union’s disintegration.',
  8: 'carefully fine-tuned to each of the Central Asian states.',
  9: 'were another reason',
  10: 'were established in February 1992',
  11: 'was opened in May 1992.',
  12: 'with an official visit',
  13: 'negative attitude to Iran’s nuclear policy.',
  14: 'pharmacy and air traffic.',
  15: 'a joint intergovernmental commission on trade and economic cooperation.',
  16: 'the two countries signed an agreement on trade and economic cooperation.',
  17: 'demonstrated much less enthusiasm',
  18: 'presented yet another obstacle.',
  19: 'were highly important per se.',
  20: 'as its new element.',
  21: 'suppression of anti-government disturbances',
  22: 'as one of its biggest economic partners.',
  23: 'to restore their positions on the Tajik market:',
  24: 'at the level of $1 million for nearly two decades.',
  25: 'Israel invested about $300 million',
  26: 'its mounting confrontation with Iran,',
  27: 'the Central Asian and South Caucasian countries.',
  28: '“abandoned” by Israel.',
  29: 'was confirmed by its Constitution.',
  30: 'of Israel’s total oil imports,',
  31: 'in the zones of hazardous agriculture,',
  32: 'production of foodstuffs and dairy husbandry.',
  33: 'agriculture, medicine and higher education.',
  34: 'supported Israel’s interest in the EAEU.',
  35: 'a high level of corruption.',
  36: 'Air Traffic signed in 2016',
  37: 'to launch direct flights in May 2020.',
  38: 'Military-Technical Cooperation signed in 2014',
  39: 'at the Training Center for UAV Operators.”',
  40: 'the final drone assembly in Kazakhstan.',
  41: 'optical and medical instruments, etc.',
  42: 'the Israel-Uzbekistan Chamber of Commerce and Industry.',
  43: 'with 100 percent Israeli capital.',
  44: 'experience in managing water resources.',
  45: 'irrigation technology imported from Israel.',
  46: 'drip irrigation technology for cotton fields.',
  47: 'or 44 percent of the total drip irrigation area.',
  48: 'developed by an Israeli company Watergen.',
  49: 'animal husbandry and all its branches.',
  50: 'Israeli doctors with Israeli support.',
  51: 'for free surgeries and training courses.',
  52: 'an oncological clinic in Uzbekistan.',
  53: 'raising the level of medical services are under way.',
  54: 'teaching methods in the educational process.',
  55: 'the number of Israeli tourists doubled,',
  56: 'on the ITTAA platform',
  57: 'cooperation in the tourist sphere.',
  58: 'strengthen bilateral economic and cultural ties.',
  59: 'first and foremost, the U.N.',
  60: 'it amounted to $1.17 million.',
  61: 'supplying Turkmenistan with drip irrigation equipment;',
  62: 'Cooperation in agriculture increased in 2009.',
  63: 'between the two countries, primarily in agriculture.',
  64: 'the volume of trade turnover was $1.7 million,'
}

let corpus: Corpus
let source: string

beforeAll(async () => {
  corpus = await openCorpus(undefined, {cache: false})
  source = await readFile(new URL('../../corpus/israel-central-asia-2020/paper.md', import.meta.url), 'utf8')
})

describe('the bundled article', () => {
  it('should load one document with its sections, 5 figures and 64 footnotes', () => {
    expect(corpus.documents.map((document) => document.id)).toEqual(['israel-central-asia-2020'])
    expect(corpus.documents[0]?.sections.map((section) => section.title)).toEqual([
      'Abstract',
      'Introduction',
      'The Dialog between Israel and the Central Asian Countries',
      'Spikes in the Wheel of the Israel-Central Asia Dialog',
      'Israel’s Foreign Policy within the New Peripheral Strategy',
      'Conclusion'
    ])
    expect(corpus.documents[0]?.figures.map((figure) => figure.n)).toEqual([1, 2, 3, 4, 5])
    expect(corpus.footnotes.map((footnote) => footnote.n)).toEqual(Array.from({length: 64}, (_, i) => i + 1))
  })

  it('should report no footnote or front matter problem', () => {
    const rules = ['front-matter', 'missing-front-matter', 'undefined-footnote', 'unused-footnote-definition', 'duplicate-footnote-definition', 'empty-corpus', 'footnote-count', 'figure-count']
    expect(corpus.messages.filter((message) => rules.includes(message.ruleId ?? '')).map(String)).toEqual([])
  })

  it('should attach every marker to the one claim whose text ends where the marker was printed', () => {
    for (const [n, ending] of Object.entries(endings)) {
      const claims = corpus.claims.filter((claim) => claim.footnotes.includes(Number(n)))
      expect(claims.map((claim) => claim.footnotes), `footnote ${n}`).toEqual([[Number(n)]])
      expect(claims[0]?.text.endsWith(ending), `footnote ${n}: “${claims[0]?.text}”`).toBe(true)
    }
  })

  it('should give every cited claim a text that runs, in paper.md, from its position to its marker', () => {
    const lines = source.split('\n')
    for (const claim of corpus.claims.filter((claim) => claim.footnotes.length > 0)) {
      const line = lines[claim.position.line - 1]!
      const marker = line.indexOf(`[^${claim.footnotes[0]}]`, claim.position.column - 1)
      expect(marker, claim.id).toBeGreaterThan(-1)
      const between = line.slice(claim.position.column - 1, marker).replace(/\[\^\d+\]/g, '').replace(/\s+/g, ' ').trim()
      expect(between, claim.id).toBe(claim.text)
    }
  })

  it('should list the uncited claims', () => {
    const uncited = corpus.claims.filter((claim) => claim.footnotes.length === 0).map((claim) => claim.text)
    expect(uncited).toContain('Uzbekistan opened its consulate general in Israel, and in 1997 it acquired the status of an embassy.')
    expect(uncited).toContain('In 2008, the trade turnover between the two countries reached $2.43 billion, an about 100-fold increase since 1999.')
    expect(uncited).toContain('in Kazakhstan’s economy, particularly in agriculture.')
    expect(uncited).toContain('does not benefit their bilateral relations.')
    expect(corpus.claims.filter((claim) => claim.footnotes.length > 0)).toHaveLength(64)
  })

  it('should point claims at the figures the text refers to', () => {
    const figures = corpus.claims.flatMap((claim) => claim.figures)
    expect(figures).toEqual([1, 2, 3, 4, 5])
  })

  it('should annotate the claim behind footnote 25', () => {
    const claim = corpus.claims.find((claim) => claim.footnotes.includes(25))
    expect(claim?.annotations.countries).toEqual(['Israel', 'Kazakhstan'])
    expect(claim?.annotations.years).toEqual([2009, 1993, 2006])
    expect(claim?.annotations.quantities).toEqual(['52 companies', '$300 million'])
    expect(claim?.section).toBe('Spikes in the Wheel of the Israel-Central Asia Dialog')
  })

  it('should find a claim by id', () => {
    expect(corpus.claim('israel-central-asia-2020#c001')?.section).toBe('Abstract')
    expect(corpus.claim('israel-central-asia-2020#c999')).toBeUndefined()
  })
})
