import {readFileSync} from 'node:fs'
import {citeFootnotes} from '../../src/cite/index.js'
import type {CslItem} from '../../src/types.js'

const fixture = JSON.parse(readFileSync(new URL('../fixtures/footnotes.json', import.meta.url), 'utf8')) as {
  footnotes: {n: number; markdown: string}[]
}

/** The 54 sources of the seed article, from the hand-transcribed footnotes. */
export const sources: CslItem[] = citeFootnotes(
  'israel-central-asia-2020',
  fixture.footnotes.map((d) => ({n: d.n, text: d.markdown, markdown: d.markdown}))
).sources

/** A hand-written book item. */
export const mesamed: CslItem = {
  id: 'mesamed2012', type: 'book', title: 'Israel v Tsentralnoy Azii: grezy i realnost', author: [{family: 'Mesamed', given: 'V.I.'}],
  'publisher-place': 'Moscow', issued: {'date-parts': [[2012]]}, language: 'ru'
}

/** A hand-written news item with a URL and an access date. */
export const ramani: CslItem = {
  id: 'ramani2016', type: 'article-newspaper', title: 'The Israel-Kazakhstan Partnership', 'container-title': 'The Diplomat',
  author: [{family: 'Ramani', given: 'S.'}], issued: {'date-parts': [[2016, 7, 19]]}, accessed: {'date-parts': [[2020, 2, 14]]},
  URL: 'https://thediplomat.com/2016/07/the-israel-kazakhstan-partnership/', language: 'en'
}
