/**
 * A small corpus built from real sentences of the article, so the searcher's
 * unit tests do not depend on the loader.
 */
import type {Claim, CslItem, Footnote} from '../../src/types.js'
import type {SearchData} from '../../src/search/index.js'

const document = 'israel-central-asia-2020'

function claim(n: number, text: string, sentence: string, footnotes: number[], annotations: Partial<Claim['annotations']> = {}): Claim {
  return {
    id: `${document}#c${String(n).padStart(3, '0')}`,
    document,
    text,
    sentence,
    section: n < 4 ? 'Introduction' : 'Israel’s Foreign Policy within the New Peripheral Strategy',
    footnotes,
    citations: footnotes.map((footnote) => ({footnote, source: sourceOf[footnote] ?? 'unknown', kind: 'full' as const, ...(footnote === 25 ? {locator: '28', label: 'page' as const} : {})})),
    figures: [],
    annotations: {countries: [], years: [], quantities: [], entities: [], ...annotations},
    position: {line: n, column: 1}
  }
}

const sourceOf: Record<number, string> = {2: 'mesamed2012', 25: 'feiler2014', 33: 'kostenko2018', 46: 'izraelskiy-opyt'}

const invest = 'Mutual interests inspired active investment activities: in 2009, there were 52 Israeli companies working in Kazakhstan; between 1993 and 2006 Israel invested about $300 million in Kazakhstan’s economy, particularly in agriculture.'

export const claims: Claim[] = [
  claim(1, 'Israel was interested in Central Asia primarily because the Muslim population of Central Asia “had no prejudices against the Jewish state.”', 'Israel was interested in Central Asia primarily because the Muslim population of Central Asia “had no prejudices against the Jewish state.”', [2], {countries: ['Israel']}),
  claim(2, 'Diplomatic relations between Kazakhstan and Israel were established in April 1992; in August Israel opened its embassy in the country’s capital Astana (today Nur-Sultan); in 1996, Kazakhstan opened its embassy in Tel Aviv.', 'Diplomatic relations between Kazakhstan and Israel were established in April 1992; in August Israel opened its embassy in the country’s capital Astana (today Nur-Sultan); in 1996, Kazakhstan opened its embassy in Tel Aviv.', [], {countries: ['Kazakhstan', 'Israel'], years: [1992, 1996]}),
  claim(3, 'The relations with Kyrgyzstan, likewise, remained at a low level: the volume of trade turnover remained at the level of $1 million for nearly two decades.', 'The relations with Kyrgyzstan, likewise, remained at a low level: the volume of trade turnover remained at the level of $1 million for nearly two decades.', [24], {countries: ['Kyrgyzstan'], quantities: ['$1 million']}),
  claim(4, 'Mutual interests inspired active investment activities: in 2009, there were 52 Israeli companies working in Kazakhstan; between 1993 and 2006 Israel invested about $300 million', invest, [25], {countries: ['Israel', 'Kazakhstan'], years: [2009, 1993, 2006], quantities: ['52 companies', '$300 million']}),
  claim(5, 'in Kazakhstan’s economy, particularly in agriculture.', invest, [], {countries: ['Kazakhstan']}),
  claim(6, 'It runs five consultative centers for the development of small and medium businesses in agriculture, medicine and higher education.', 'It runs five consultative centers for the development of small and medium businesses in agriculture, medicine and higher education.', [33], {entities: []}),
  claim(7, 'The Israeli company NETAFIM, which has been working in Uzbekistan for 25 years now, has widened the geography of application of its drip irrigation technology for cotton fields.', 'The Israeli company NETAFIM, which has been working in Uzbekistan for 25 years now, has widened the geography of application of its drip irrigation technology for cotton fields.', [46], {countries: ['Israel', 'Uzbekistan'], entities: ['NETAFIM'], quantities: ['25 years']}),
  claim(8, 'In 2019, it established drip irrigation on 82 hectares of cotton fields in the Kurgan-Tepe District.', 'In 2019, it established drip irrigation on 82 hectares of cotton fields in the Kurgan-Tepe District.', [], {years: [2019], quantities: ['82 hectares']})
]

export const sources: CslItem[] = [
  {id: 'mesamed2012', type: 'book', title: 'Israel v Tsentralnoy Azii: grezy i realnost', author: [{family: 'Mesamed', given: 'V.I.'}], issued: {'date-parts': [[2012]]}},
  {id: 'feiler2014', type: 'report', title: 'Israel and Kazakhstan: Assessing the State of Bilateral Relations', author: [{family: 'Feiler', given: 'G.'}, {family: 'Lim', given: 'K.'}], 'container-title': 'Mideast Security and Policy Studies', issued: {'date-parts': [[2014]]}},
  {id: 'kostenko2018', type: 'thesis', title: 'Evoliutsia periferiynoy strategii Israelia (1990-2017 gg.)', author: [{family: 'Kostenko', given: 'Iu.I.'}], issued: {'date-parts': [[2018]]}},
  {id: 'izraelskiy-opyt', type: 'webpage', title: 'Izraelskiy opyt irrigatsii—Uzbekistanu', publisher: 'Israeli Ministry of Foreign Affairs', URL: 'https://mfa.gov.il/MFARUS/ForeignRelations/Bilateral%20relations/EuroAsia/Uzbekistan/Pages/Israeli-knowledge-of-water-tech-helps-Uzbekistan.aspx', issued: {'date-parts': [[2019, 10, 2]]}}
]

export const footnotes: Footnote[] = [
  {document, n: 2, text: 'V.I. Mesamed, Israel v Tsentralnoy Azii: grezy i realnost, Moscow, 2012, p. 49.', citations: [{footnote: 2, source: 'mesamed2012', locator: '49', label: 'page', kind: 'full'}]},
  {document, n: 25, text: 'See: G. Feiler, K. Lim, op. cit., p. 28.', citations: [{footnote: 25, source: 'feiler2014', locator: '28', label: 'page', kind: 'op-cit'}]}
]

/** The mini corpus as the searcher takes it. */
export const data: SearchData = {documents: [], claims, footnotes, sources}
