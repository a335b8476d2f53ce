/**
 * Ingest on three articles written blind in other note styles
 * (`tests/fixtures/unseen-author-date/`, `unseen-archival/`, `unseen-mixed/`; rendered by
 * `tests/fixtures/damage.ts`, options in its `fixtures` table). The common checks are in
 * `_unseen.ts` and every expectation comes from `clean.json`. Footnote 42 of the archival article
 * and footnote 35 of the mixed one are continued on the next page; the author-date article ends
 * with a reference list, printed in the notes’ small type with no blank line between entries,
 * across pages that also carry the last footnotes.
 */
import {describe, expect, it} from 'vitest'
import {commonChecks, loadUnseen} from './_unseen.js'

describe('ingest on an author-date article with a reference list', () => {
  const fixture = loadUnseen('unseen-author-date')
  commonChecks(fixture, undefined, 0.95)

  it('should render a fixture that shows the cases it is meant to test', () => {
    const S = '[ \uFFFD]'
    const cases = {
      spacedListHeading: /^R e f e r e n c e s$/m,
      entriesWithoutBlankLine: new RegExp(`\\.\\n(?:Brower|Buttino|de${S}Cordier),${S}`),
      footnotesAmongEntries: new RegExp(`\\(\\d{4}\\)\\.${S}[^\\n]*\\n(?:[^\\n]*\\n)*?\\d{2}${S}(?:See${S})?\\p{Lu}\\p{L}+,${S}\\d{4}`, 'u'),
      entryCutAtLineEnd: /-\n\s?\p{Ll}/u
    }
    expect(Object.entries(cases).filter(([, pattern]) => !pattern.test(fixture.raw)).map(([name]) => name)).toEqual([])
  })
})

describe('ingest on an archival article with Ibidem chains', () => {
  commonChecks(loadUnseen('unseen-archival'), 42, 0.95)
})

describe('ingest on a mixed-style article', () => {
  commonChecks(loadUnseen('unseen-mixed'), 35, 0.95)
})
