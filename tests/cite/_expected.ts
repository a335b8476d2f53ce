/**
 * Hand-written expectations for the 64 footnotes of the seed article
 * (tests/fixtures/footnotes.json), read off the printed footnotes.
 * Shared by the fixture test and the end-to-end test on paper.md.
 */

/** Per footnote: its citations as `kind source [@locator]`. Works are named by their first footnote. */
export const citationsByFootnote: Readonly<Record<number, readonly string[]>> = {
  1: ['full 1'], 2: ['full 2 @49'], 3: ['ibid 2 @48'], 4: ['full 4'], 5: ['full 5'], 6: ['full 6'],
  7: ['op-cit 2 @56-57'], 8: ['full 8 @18'], 9: ['short 4'], 10: ['full 10'], 11: ['full 11'], 12: ['full 12'],
  13: ['full 13'], 14: ['full 14'], 15: ['full 15'], 16: ['full 16'], 17: ['full 17 @928'], 18: ['op-cit 8 @19'],
  19: ['short 2 @74'], 20: ['full 20 @106'], 21: ['full 21'], 22: ['short 2 @152'], 23: ['op-cit 20 @154'],
  24: ['full 24'], 25: ['op-cit 8 @28'], 26: ['full 26'], 27: ['full 27'], 28: ['full 28'], 29: ['full 29'],
  30: ['full 30'], 31: ['full 31'], 32: ['full 32'], 33: ['op-cit 20 @171'], 34: ['full 34'], 35: ['full 35'],
  36: ['full 36'], 37: ['full 37'], 38: ['full 38'], 39: ['full 39'], 40: ['full 40'], 41: ['full 41'],
  42: ['full 42'], 43: ['full 43'], 44: ['full 44'], 45: ['full 45'], 46: ['full 46'], 47: ['full 47'],
  48: ['full 48'], 49: ['full 49'], 50: ['full 50'], 51: ['full 51'], 52: ['full 52'], 53: ['full 53'],
  54: ['full 54'], 55: ['full 55'], 56: ['full 56'], 57: ['full 57'], 58: ['full 58'], 59: ['full 59'],
  60: ['full 60'], 61: ['full 61'], 62: ['full 62'], 63: ['full 63'], 64: ['full 24']
}

/** Ids of a few works, by their first footnote. */
export const ids: Readonly<Record<number, string>> = {
  2: 'mesamed2012', 8: 'feiler2014', 13: 'mesamed2011a', 16: 'mesamed2011b', 17: 'bishku2012', 20: 'kostenko2018',
  27: 'grigorian2009', 31: 'orlovsky2018', 35: 'ramani2016', 44: 'orlovsky2019', 50: 'faulkner2016'
}

/** Selected fields of selected works, by first footnote, as printed. */
export const fields: Readonly<Record<number, Record<string, unknown>>> = {
  1: {
    title: 'Basic Policy Guidelines of the 25th Government, July 1992',
    'container-title': 'Foreign Policy. Historical Documents 1992-1994',
    URL: 'https://mfa.gov.il/MFA/ForeignPolicy/MFADocuments/Yearbook9/Pages/2%20Basic%20Policy%20Guidelines%20of%20the%2025th%20Government-.aspx',
    accessed: {'date-parts': [[2020, 1, 24]]},
    language: 'en'
  },
  2: {
    type: 'book', author: [{family: 'Mesamed', given: 'V.I.'}], title: 'Israel v Tsentralnoy Azii: grezy i realnost',
    'publisher-place': 'Moscow', issued: {'date-parts': [[2012]]}, language: 'ru'
  },
  8: {
    type: 'report', author: [{family: 'Feiler', given: 'G.'}, {family: 'Lim', given: 'K.'}],
    title: 'Israel and Kazakhstan: Assessing the State of Bilateral Relations', number: '107', issued: {'date-parts': [[2014, 5]]}
  },
  13: {author: [{family: 'Mesamed', given: 'V.I.'}], issued: {'date-parts': [[2011, 1, 14]]}, URL: 'http://www.iimes.ru/?p=13810', accessed: {'date-parts': [[2020, 1, 28]]}},
  17: {type: 'article-journal', 'container-title': 'Middle Eastern Studies', volume: '48', issue: '6', issued: {'date-parts': [[2012, 11]]}, language: 'en'},
  20: {type: 'thesis', author: [{family: 'Kostenko', given: 'Iu.I.'}], genre: 'Ph.D. thesis', 'publisher-place': 'Moscow', issued: {'date-parts': [[2018]]}, language: 'ru'},
  21: {URL: 'https://www.un.org/press/en/2005/gashc3843.doc.htm', issued: {'date-parts': [[2005, 11, 22]]}, accessed: {'date-parts': [[2020, 2, 4]]}},
  24: {title: 'Direction of Trade Statistics (DOTS): Kyrgyz Republic', URL: 'https://data.imf.org/regular.aspx?key=61013712', accessed: {'date-parts': [[2020, 2, 3]]}},
  26: {author: [{family: 'Meridor', given: 'D.'}], title: 'Israel: The Search for Peace and Security', accessed: {'date-parts': [[2020, 2, 7]]}},
  29: {type: 'legislation', title: 'Constitution of the Republic of Kazakhstan'},
  30: {'container-title': 'Forbes Kazakhstan', issue: '62', issued: {'date-parts': [[2016, 10]]}, accessed: {'date-parts': [[2020, 1, 12]]}},
  31: {
    type: 'article-journal', author: [{family: 'Orlovsky', given: 'N.S.'}, {family: 'Zonn', given: 'I.S.'}],
    'container-title': 'Problemy postsovetskogo prostranstva', volume: '5', issue: '1', page: '8-36',
    DOI: '10.24975/2313-8920-2018-5-1-8-36', issued: {'date-parts': [[2018]]}
  },
  35: {type: 'article-newspaper', 'container-title': 'The Diplomat', issued: {'date-parts': [[2016, 7, 19]]}, URL: 'https://thediplomat.com/2016/07/the-israel-kazakhstan-partnership/'},
  36: {'container-title': 'STMEGI Новости', language: 'ru'},
  44: {author: [{family: 'Orlovsky', given: 'N.S.'}, {family: 'Orlovskaia', given: 'L.G.'}, {family: 'Zonn', given: 'I.S.'}], page: '336-354', DOI: '10.24975/2313-8920-2019-6-4-336-354'},
  47: {type: 'legislation', issued: {'date-parts': [[2019, 10, 25]]}, accessed: {'date-parts': [[2020, 2, 17]]}},
  48: {URL: 'http://www.newsru.co.il/finance/02nov2019/watergen303.html'}
}

/** Footnotes whose citations carry the prefix `See:` or `see:` (all but these). */
export const withoutPrefix: readonly number[] = [1, 2, 6, 23, 26, 39]
