/**
 * End-to-end ingest of the bundled article. Every expectation here was read
 * off the printed article (the damaged seed), not off ingest's output.
 */
import {beforeAll, describe, expect, it} from 'vitest'
import {ingest, type IngestResult} from '../../src/ingest/index.js'
import {readPaper, readSeed} from './_helpers.js'

let result: IngestResult
let paper: ReturnType<typeof readPaper>
const raw = readSeed()

beforeAll(async () => {
  result = await ingest(raw, {id: 'israel-central-asia-2020'})
  paper = readPaper(result.markdown)
})

describe('ingest on the seed article', () => {
  it('should write 64 footnote references and 64 definitions, in order, that remark parses back', () => {
    expect(paper.references.map((r) => r.n)).toEqual(Array.from({length: 64}, (_, i) => i + 1))
    expect([...paper.definitions.keys()]).toEqual(Array.from({length: 64}, (_, i) => i + 1))
  })

  it('should leave no damaged space or ligature glyph', () => {
    expect(result.markdown).not.toMatch(/[\uFFFD¿À൶௺]/)
  })

  it('should put every marker right after the word it was glued to', () => {
    const expected: Record<number, string> = {
      1: 'great possibilities”',
      2: 'against the Jewish state.”',
      3: 'around the Jewish state',
      6: 'as a source of raw materials',
      9: 'were another reason',
      10: 'were established in February 1992',
      11: 'was opened in May 1992.',
      12: 'with an official visit',
      21: 'anti-government disturbances',
      23: 'positions on the Tajik market:',
      25: 'invested about $300 million',
      26: 'mounting confrontation with Iran,',
      30: 'of Israel’s total oil imports,',
      36: 'Sphere of Air Traffic signed in 2016',
      38: 'Military-Technical Cooperation signed in 2014',
      55: 'of Israeli tourists doubled,',
      56: 'in Israel on the ITTAA platform',
      59: 'first and foremost, the U.N.',
      64: 'trade turnover was $1.7 million,'
    }
    for (const [n, words] of Object.entries(expected)) {
      const reference = paper.references.find((r) => r.n === Number(n))
      expect(reference?.before.endsWith(words), `marker ${n} after “${reference?.before.slice(-40)}”`).toBe(true)
    }
  })

  it('should recover the footnotes word for word', () => {
    const expected: Record<number, string> = {
      2: 'V.I. Mesamed, Israel v Tsentralnoy Azii: grezy i realnost, Moscow, 2012, p. 49.',
      3: 'By the early 1990s, Israel maintained diplomatic relations with two Muslim states—Turkey and Egypt (see: Ibid., p. 48).',
      4: 'According to the 1989 population census, there were 19,900 Jews in Kazakhstan, about 11,000 in Tajikistan; about 3000 in Turkmenistan; 93,862 in Uzbekistan, and 6,000, in Kyrgyzstan (see: “Diaspora: regiony i strany,” Elektronnaia evreiskaia entsiklopedia, available at [https://eleven.co.il/diaspora/regions-and-countries/], 24 January, 2020).',
      7: 'See: V.I. Mesamed, op. cit., pp. 56-57.',
      8: 'See: G. Feiler, K. Lim, “Israel and Kazakhstan: Assessing the State of Bilateral Relations,” The Begin-Sadat Center for Strategic Studies, Mideast Security and Policy Studies, No. 107, May 2014, p. 18.',
      10: 'See: “Strany, s kotorymi Uzbekistan ustanovil diplomaticheskie otnoshenia,” Ministry of Foreign Affairs of the Republic of Uzbekistan, available at [https://mfa.uz/ru/cooperation/country/], 26 January, 2020.',
      20: 'See: Iu.I. Kostenko, Evoliutsia periferiynoy strategii Israelia (1990-2017 gg.) (Na primere politiki v Tsentralnoy Azii), Ph.D. thesis, Moscow, 2018, p. 106.',
      23: 'Iu. I. Kostenko, op. cit., p. 154.',
      29: 'See: Constitution of the Republic of Kazakhstan, Official site of the President of the Republic of Kazakhstan, available at [https://www.akorda.kz/ru/official_documents/constitution], 12 February, 2020.',
      31: 'See: N.S. Orlovsky, I.S. Zonn, “Vodnye resursy Izrailia: opyt osvoeniia,” Problemy postsovetskogo prostranstva, Vol. 5, No. 1, 2018, pp. 8-36, available at [https://doi.org/10.24975/2313-8920-2018-5-1-8-36].',
      36: 'See: “Mezhdu Kazakhstanom i Izraelem otkroiut priamoe aviasoobshchenie,” STMEGI Новости, 14 December, 2016, available at [https://stmegi.com/posts/40568/mezhdu-kazakhstanom-i-izrailem-otkroyut-pryamoe-aviasoobshchenie/], 15 February, 2020.',
      60: 'See: “Direction of Trade Statistics (DOTS): Turkmenistan,” International Monetary Fund [https://data.imf.org/regular.aspx?key=61013712], 4 February, 2020.'
    }
    for (const [n, text] of Object.entries(expected)) expect(paper.footnote(Number(n)), `footnote ${n}`).toBe(text)
  })

  it('should rejoin URLs cut across lines, keeping real hyphens and dropping those that cut a word', () => {
    for (const url of [
      'https://mfa.gov.il/MFA/ForeignPolicy/MFADocuments/Yearbook9/Pages/2%20Basic%20Policy%20Guidelines%20of%20the%2025th%20Government-.aspx',
      'https://www.un.org/press/en/2005/gashc3843.doc.htm',
      'https://embassies.gov.il/astana/Relations/Pages/economic-relations.aspx',
      'https://thediplomat.com/2016/07/the-israel-kazakhstan-partnership/',
      'https://warsonline.info/inostrannie-armii/kazachstan-i-izrail-podpisali-dogovor-o-voenno-technicheskmo-sotrudnichestve.html',
      'https://mfa.gov.il/MFARUS/ForeignRelations/Bilateral%20relations/EuroAsia/Uzbekistan/Pages/Israeli-knowledge-of-water-tech-helps-Uzbekistan.aspx',
      'http://www.newsru.co.il/finance/02nov2019/watergen303.html',
      'https://uz.sputniknews.ru/economy/20200130/13337396/Zhivotnovodam-v-Uzbekistane-predostavyat-subsidii-i-kompensatsii.html',
      'http://avesta.tj/2011/12/14/tadzhikistan-i-izrail-vystupili-za-rasshirenie-sotrudnichestva-v-sfere-selskogo-hozyajstva/',
      'https://mfa.gov.il/MFARUS/PressRoom/2017/Pages/Israeli-Ambassador-to-Tajikistan-presented-his-credentials.aspx',
      'https://stat.uz/ru/otkrytye-dannye/164-ofytsyalnaia-statystyka-ru/6587-vneshneekonomicheskaya-deyatelnost',
      'https://data.imf.org/regular.aspx?key=61013712'
    ]) {
      expect(paper.links, url).toContain(url)
    }
  })

  it('should keep italic titles as emphasis', () => {
    const emphasis = (n: number) => {
      const out: string[] = []
      const walk = (node: {type: string; children?: unknown[]; value?: string}) => {
        if (node.type === 'emphasis') out.push((node.children as Array<{value?: string}>).map((c) => c.value ?? '').join(''))
        for (const child of (node.children ?? []) as Array<typeof node>) walk(child)
      }
      const definition = paper.definitions.get(n)
      if (definition) walk(definition as never)
      return out
    }
    expect(emphasis(2)).toEqual(['Israel v Tsentralnoy Azii: grezy i realnost'])
    expect(emphasis(17)).toEqual(['Middle Eastern Studies'])
    expect(emphasis(29)).toEqual(['Constitution of the Republic of Kazakhstan'])
    expect(emphasis(35)).toEqual(['The Diplomat'])
    expect(emphasis(1)).toEqual(['Foreign Policy. Historical Documents 1992-1994'])
  })

  it('should recover the headings, the abstract’s drop cap and the keywords', () => {
    expect(paper.headings).toEqual([
      'Abstract',
      'Introduction',
      'The Dialog between Israel and the Central Asian Countries',
      'Spikes in the Wheel of the Israel-Central Asia Dialog',
      'Israel’s Foreign Policy within the New Peripheral Strategy',
      'Conclusion'
    ])
    expect(paper.body.startsWith('The Soviet Union disappeared from the historical stage, leaving behind several newly independent states')).toBe(true)
    expect(paper.frontMatter).toMatchObject({journal: 'Central Asia and the Caucasus', volume: 21, issue: 2, year: 2020, keywords: ['Israel', 'Central Asia', 'New Peripheral Strategy', 'the Middle East']})
  })

  it('should recover the five figures, their captions and sources, and link “see Fig. N” to them', () => {
    expect(paper.figures.map((f) => f.n)).toEqual(['1', '2', '3', '4', '5'])
    expect(paper.figures[0]?.text).toContain('Trade Turnover between Uzbekistan and Israel (1999-2008) ($m)')
    expect(paper.figures[1]?.text).toContain('Trade Turnover between Kazakhstan and Israel (1999-2008) ($m)')
    expect(paper.figures[1]?.text).toContain('(DOTS): Kazakhstan.')
    expect(paper.figures[4]?.text).toContain('Trade Turnover between Israel and Uzbekistan (2009-2018) ($m)')
    for (const n of [1, 2, 3, 4, 5]) expect(paper.links).toContain(`#fig-${n}`)
    expect(paper.body).not.toContain('Trade Turnover')
  })

  it('should join sentences cut by footnote blocks, figures and page breaks', () => {
    for (const text of [
      'in the spheres of industry, pharmacology, medicine and higher education',
      'It needed a new version of the Peripheral Strategy that rechanneled',
      'between 1993 and 2006 Israel invested about $300 million',
      'they signed a long-term contact on the final drone assembly in Kazakhstan.',
      'negotiations on building an oncological diagnostic center and an oncological clinic',
      'The president of Uzbekistan responded to Israel’s support of the U.N. GA resolution',
      'develop economic relations and political dialog with them',
      'the oil accounted for 80 to 90 percent'
    ]) {
      expect(paper.body, text).toContain(text)
    }
  })

  it('should keep real hyphens and restore lost ligatures', () => {
    for (const text of ['Israeli-Palestinian conflict', 'Military-Technical Cooperation', 'oil- and gas-rich', 'water- and energy-saving', 'Kazakhstan-Israeli', 'efforts', 'Affairs', 'specifics', 'filled with', 'different levels', 'foodstuffs', 'staffed', 'effective trade', 'no positive effect']) {
      expect(result.markdown, text).toContain(text)
    }
    expect(result.markdown).not.toMatch(/\b(?:eorts|Aairs|specics|dierent|foodstus|staed|eective|eect|lled)\b/)
    expect(result.markdown).not.toMatch(/\b(?:Is- ?rael|seve- ?ral|inter- ?ests|pharmacol- ?ogy)\b/)
  })
})

describe('ingest when pages do not open with a space', () => {
  it('should give the same article: a complete footnote or a justified line ends a footnote block or a caption', async () => {
    const flush = await ingest(raw.replace(/\n (?=\S)/g, '\n'), {id: 'israel-central-asia-2020'})
    const withoutHash = (markdown: string) => markdown.replace(/^sha256: .*$/m, '')
    expect(withoutHash(flush.markdown)).toBe(withoutHash(result.markdown))
  })
})
