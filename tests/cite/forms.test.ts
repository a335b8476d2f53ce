/**
 * Reference forms, one row of the pattern tables each, on notes written for these tests
 * (after the forms issue 9 lists): author-date short forms linked to a reference list,
 * several references per note, back-references in every spelling, archival files, the
 * Russian bibliographic order, untitled book titles, and the bad inputs that must be
 * reported with their place and never filled in.
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {citeFootnotes} from '../../src/cite/index.js'
import type {CslItem} from '../../src/types.js'

function cite(notes: string[], references: string[] = []) {
  const file = new VFile()
  const result = citeFootnotes(
    'test',
    notes.map((markdown, i) => ({n: i + 1, text: markdown, markdown, position: {line: i + 1, column: 1}})),
    file,
    {references: references.map((text, i) => ({text, position: {line: 100 + i, column: 1}}))}
  )
  const source = (id: string | undefined): CslItem | undefined => result.sources.find((d) => d.id === id)
  /** Per note: `kind id @locator` of each citation. */
  const cited = () => [...result.citations.values()].map((list) => list.map((d) => `${d.kind} ${d.source}${d.locator ? ' @' + d.locator : ''}${d.prefix ? ' [' + d.prefix + ']' : ''}`))
  return {result, file, source, cited, messages: () => file.messages.map((d) => `${d.line}:${d.ruleId}`)}
}

const list = [
  'Brower, D. (2003). Turkestan and the Fate of the Russian Empire. London: RoutledgeCurzon.',
  'de Cordier, L. (2015). “Cotton, Land and the Farmer’s Lease.” Central Asian Survey, 34 (2), pp. 211-229.',
  'Kandiyoti, D., Rahimova, N. and Yusupova, Z. (2002). Rural Livelihoods in the Valley. Tashkent: UNDP.',
  'Morrison, A. (2008a). Russian Rule in Samarkand. Oxford: Oxford University Press.',
  'Morrison, A. (2008b). “Peasant Debt and the Cotton Boom.” Central Asian Survey, 27 (3-4), pp. 325-341.',
  'Obzor (1912). Obzor Ferganskoi oblasti za 1911 god. Skobelev: Tipografiia oblastnogo pravleniia.',
  'Şahin, E. and Güler, M. (2011). “Cotton Monoculture and Soviet Planning.” Bilig, No. 57, pp. 1-28.',
  'Van den Berg, H. (1998). Water and Empire: Canal Administration. Leiden: Brill.',
  'World Bank (2019). Uzbekistan: Cotton Sector Reform. Washington, DC: World Bank.'
]

describe('author-date short forms and a reference list', () => {
  it('should link each short form to its entry: particles, two authors, et al., year suffixes, chapters, an organisation, a short title', () => {
    const {cited, source, messages} = cite(
      [
        'See Brower, 2003, pp. 41-44.',
        'Van den Berg, 1998, p. 17.',
        'Şahin and Güler, 2011, pp. 12, 19.',
        'Kandiyoti et al., 2002, pp. 33-39.',
        'Morrison, 2008b, p. 331.',
        'Morrison, 2008a, chapter 5.',
        'World Bank, 2019, p. 14.',
        'Obzor, 1912, p. 54.',
        'de Cordier, 2015, pp. 215-218.'
      ],
      list
    )
    expect(cited()).toEqual([
      ['short brower2003 @41-44 [See]'], ['short vandenberg1998 @17'], ['short sahin2011 @12, 19'], ['short kandiyoti2002 @33-39'],
      ['short morrison2008b @331'], ['short morrison2008a @5'], ['short uzbekistan-cotton-sector-2019 @14'], ['short obzor-ferganskoi-oblasti-1912 @54'],
      ['short decordier2015 @215-218']
    ])
    expect(source('vandenberg1998')).toMatchObject({type: 'book', title: 'Water and Empire: Canal Administration', author: [{family: 'Van den Berg', given: 'H.'}], 'publisher-place': 'Leiden', publisher: 'Brill', issued: {'date-parts': [[1998]]}})
    expect(source('morrison2008b')).toMatchObject({type: 'article-journal', 'container-title': 'Central Asian Survey', volume: '27', issue: '3-4', page: '325-341'})
    expect(source('obzor-ferganskoi-oblasti-1912')?.['author']).toBeUndefined()
    expect(source('uzbekistan-cotton-sector-2019')?.['author']).toEqual([{literal: 'World Bank'}])
    expect(messages()).toEqual([])
  })

  it('should keep a short form without an entry as its author and year, invent no title, and say so at its place', () => {
    const {result, cited, messages} = cite(['Sahadeo, 2007, p. 112.', 'Sahadeo, 2007, p. 120.'], list)
    expect(cited()).toEqual([['short sahadeo2007 @112'], ['short sahadeo2007 @120']])
    expect(result.sources.find((d) => d.id === 'sahadeo2007')).toMatchObject({author: [{family: 'Sahadeo'}], issued: {'date-parts': [[2007]]}})
    expect(result.sources.find((d) => d.id === 'sahadeo2007')?.['title']).toBeUndefined()
    expect(messages()).toEqual(['1:author-date-without-entry'])
  })

  it('should make the reference list’s works sources even when no note cites them', () => {
    expect(cite(['Brower, 2003, p. 1.'], list).result.sources).toHaveLength(list.length)
  })
})

describe('several references in one note', () => {
  it('should split at “;” and at “and” after a reference’s end, keeping each prefix', () => {
    const {cited} = cite(['See Brower, 2003, pp. 41-44; Van den Berg, 1998, p. 22.', 'Morrison, 2008a, p. 289 and Obzor, 1912, p. 61.', 'Van den Berg, 1998, p. 131; cf. Morrison, 2008b, p. 333.', 'On the famine of 1917, see Brower, 2003, pp. 61-66 and Şahin and Güler, 2011, p. 5.'], list)
    expect(cited()).toEqual([
      ['short brower2003 @41-44 [See]', 'short vandenberg1998 @22'],
      ['short morrison2008a @289', 'short obzor-ferganskoi-oblasti-1912 @61'],
      ['short vandenberg1998 @131', 'short morrison2008b @333 [cf.]'],
      ['short brower2003 @61-66 [On the famine of 1917, see]', 'short sahin2011 @5']
    ])
  })

  it('should find a reference before a comment, inside one, after a quotation, and in a second sentence', () => {
    const {cited} = cite(
      [
        'Cf. Brower, 2003, pp. 91-95, whose distinction between the desert and the town officials rediscovered.',
        'The figures are estimates (Obzor, 1912, pp. 56-58), that for 1915 from Van den Berg, 1998, p. 197.',
        'As one chief put it, “the native will sow cotton on the roof” (Obzor, 1912, p. 61).',
        'Ibid., p. 6. According to the Contractors Association the share exceeded 20 percent (see: Morrison, 2008a, p. 27).',
        'A. Petrov, *Kniga o stepi*, Almaty, 2001, p. 7. For a more skeptical reading, see: Morrison, 2008b, p. 47.'
      ],
      list
    )
    expect(cited()).toEqual([
      ['short brower2003 @91-95 [Cf.]'],
      ['short obzor-ferganskoi-oblasti-1912 @56-58', 'short vandenberg1998 @197'],
      ['short obzor-ferganskoi-oblasti-1912 @61'],
      ['ibid obzor-ferganskoi-oblasti-1912 @6', 'short morrison2008a @27 [see:]'],
      ['full petrov2001 @7', 'short morrison2008b @47 [For a more skeptical reading, see:]']
    ])
  })
})

describe('back-references in every spelling', () => {
  it('should read Ibid., ibid., Ibidem, In ibidem, Id., Idem, the same and Там же as the previous work', () => {
    const notes = ['A. Petrov, *Kniga o stepi*, Almaty, 2001, p. 7.', 'Ibid., p. 8.', 'On this, see ibid., p. 9.', 'Ibidem.', 'In ibidem, p. 10.', 'Id., p. 11.', 'Idem, p. 12.', 'See the same, p. 13.', 'Там же. С. 14.']
    expect(cite(notes).cited().slice(1)).toEqual([
      ['ibid petrov2001 @8'], ['ibid petrov2001 @9 [On this, see]'], ['ibid petrov2001'], ['ibid petrov2001 @10'], ['ibid petrov2001 @11'],
      ['ibid petrov2001 @12'], ['ibid petrov2001 @13 [See]'], ['ibid petrov2001 @14']
    ])
  })

  it('should point an Ibid. after a note with two works to the last of them', () => {
    const {cited} = cite(['A. Petrov, *Kniga o stepi*, Almaty, 2001, p. 7; Cf. B. Ivanov, “Stat’ia,” *Vestnik*, Vol. 1, No. 2, 2003, p. 5.', 'Ibid., p. 6.'])
    expect(cited()[1]).toEqual(['ibid ivanov2003 @6'])
  })

  it('should resolve op. cit., loc. cit. and Указ. соч. by surname alone, by an organisation, and in Russian order', () => {
    const {cited} = cite([
      'M. Aydin, “Foucault’s Pendulum,” *Turkish Studies*, Vol. 5, No. 2, 2004, p. 4.',
      'Eurasian Development Bank, *Turkey and the Eurasian Union*, Almaty, 2021, p. 12.',
      'Алимов Р.Ш. Турецкий вектор во внешней политике. М., 2019. С. 34.',
      'Aydin, op. cit., p. 21.',
      'See: Eurasian Development Bank, op. cit., p. 19.',
      'Алимов Р.Ш. Указ. соч. С. 47.',
      'M. Aydin, loc. cit.'
    ])
    expect(cited().slice(3)).toEqual([['op-cit aydin2004 @21'], ['op-cit turkey-eurasian-union-2021 @19 [See:]'], ['op-cit alimov2019 @47'], ['op-cit aydin2004']])
  })

  it('should read a book title printed without quotes or italics, and its short form', () => {
    const {cited, source} = cite(['B. Balci, Islam in Central Asia since the Fall of the Soviet Union, London, 2018, p. 54.', 'Balci, Islam in Central Asia…, p. 60.'])
    expect(cited()).toEqual([['full balci2018 @54'], ['short balci2018 @60']])
    expect(source('balci2018')).toMatchObject({type: 'book', title: 'Islam in Central Asia since the Fall of the Soviet Union', 'publisher-place': 'London'})
  })
})

describe('archival files', () => {
  it('should make one manuscript per file, with archive and archive_location as printed, and sheets as locators', () => {
    const {cited, source, messages} = cite([
      'RGIA, f. 1396, op. 1, d. 267, ll. 14-20 ob.',
      'Ibid., ll. 21-22.',
      'RGVIA, f. 1396, op. 2, d. 1893, l. 12.',
      'Telegram of the Military Governor to the Governor-General, 17 July, 1916, RGVIA, f. 400, op. 1, d. 4578, ll. 3-9.',
      'TsGA RUz, f. I-1, op.2, d. 45, l. 3.',
      'Calculated from: RGIA, F. 1396, op. 1, d. 267, l. 40.'
    ])
    expect(cited()).toEqual([
      ['full rgia-1396-1-267 @14-20 ob.'], ['ibid rgia-1396-1-267 @21-22'], ['full rgvia-1396-2-1893 @12'], ['full rgvia-400-1-4578 @3-9'],
      ['full tsga-ruz-i-1-2-45 @3'], ['full rgia-1396-1-267 @40 [Calculated from:]']
    ])
    expect(source('rgia-1396-1-267')).toMatchObject({type: 'manuscript', archive: 'RGIA', archive_location: 'f. 1396, op. 1, d. 267'})
    expect(source('rgvia-400-1-4578')).toMatchObject({type: 'manuscript', title: 'Telegram of the Military Governor to the Governor-General', archive: 'RGVIA', archive_location: 'f. 400, op. 1, d. 4578', issued: {'date-parts': [[1916, 7, 17]]}})
    expect(source('tsga-ruz-i-1-2-45')?.['archive_location']).toBe('f. I-1, op.2, d. 45')
    expect(messages()).toEqual([])
    expect(cite(['RGIA, f. 1, op. 1, d. 1, l. 1.', 'Ibid., l. 2.']).result.citations.get(2)?.[0]?.label).toBe('folio')
  })

  it('should keep an unknown archive code as printed and report it', () => {
    const {source, messages} = cite(['GAOO, f. 3, op. 1, d. 6487, ll. 21-23.'])
    expect(source('gaoo-3-1-6487')).toMatchObject({archive: 'GAOO', archive_location: 'f. 3, op. 1, d. 6487'})
    expect(messages()).toEqual(['1:unknown-archive'])
  })
})

describe('the Russian bibliographic order', () => {
  it('should read author, title, place, year, volume, journal and pages', () => {
    const {source} = cite([
      'Усенбаев К. Восстание 1916 года в Киргизии. Фрунзе, 1967. С. 98-101.',
      'Туркестанский край. Сборник материалов. Т. 1. Ташкент, 1912. С. 45.',
      'Жумабаев А.С. Переселенческая политика в Семиречье в 1906-1916 гг. // Вопросы истории. 2008. № 4. С. 68.'
    ])
    expect(source('usenbaev1967')).toMatchObject({type: 'book', author: [{family: 'Усенбаев', given: 'К.'}], title: 'Восстание 1916 года в Киргизии', 'publisher-place': 'Фрунзе', language: 'ru'})
    expect(source('turkestanskii-krai-sbornik-1912')).toMatchObject({title: 'Туркестанский край. Сборник материалов', volume: '1', 'publisher-place': 'Ташкент'})
    expect(source('zhumabaev2008')).toMatchObject({type: 'article-journal', title: 'Переселенческая политика в Семиречье в 1906-1916 гг.', 'container-title': 'Вопросы истории', issue: '4'})
  })
})

describe('bad input', () => {
  it('should report a comment-only note, a reference with no year, and a citation with neither title nor author, inventing nothing', () => {
    const {result, messages} = cite(['The figures for 2019 are preliminary.', 'Ministry of Foreign Affairs, *Relations with Central Asia*, Ankara, p. 4.', 'See: available at [https://example.org/x], 3 May, 2020.'])
    expect(messages()).toEqual(['1:no-citation', '2:missing-year', '3:untitled-work'])
    expect(result.sources[0]?.['issued']).toBeUndefined()
  })
})
