/**
 * Nothing lost: every letter and digit of the raw text is either in the
 * Markdown or was removed by an edit the ledger names (header, page number,
 * glyph, footnote number…), and every one the Markdown adds was logged too.
 * Nothing misplaced: no piece of a footnote is left as a body paragraph; on
 * the unseen articles, no footnote text sits inside a body paragraph and no
 * body text inside a footnote (`commonChecks` in `_unseen.ts`, and
 * `robustness.test.ts` on other renderings).
 */
import {describe, expect, it} from 'vitest'
import {ingest} from '../../src/ingest/index.js'
import {readFileSync} from 'node:fs'
import {toString} from 'mdast-util-to-string'
import {readPaper, readSeed} from './_helpers.js'
import {unaccounted} from './_accounting.js'

describe('ingest accounting', () => {
  it('should account for every letter and digit of the seed', async () => {
    const raw = readSeed()
    const {markdown, ledger} = await ingest(raw, {id: 'israel-central-asia-2020'})
    const differences = unaccounted(raw, markdown, ledger)
    expect(differences).toEqual([])
    // And the removals are all named.
    expect(new Set(ledger.filter((e) => /[\p{L}\p{N}]/u.test(e.removed) && e.inserted === '').map((e) => e.reason))).toEqual(
      new Set(['running-header', 'page-number', 'footnote-number', 'figure-source-label', 'keywords-label'])
    )
  })

  it('should keep the label of a figure printed without caption or source (found by tests/ingest/fuzz.test.ts)', async () => {
    const raw = 'Trade grew quickly in these years (see Fig. 1).\n\nF i g u r e  1\nF i g u r e  1\n'
    const {markdown, ledger} = await ingest(raw, {id: 'figure'})
    expect(markdown).toContain(':::figure{#fig-1 n="1"}\n**Figure 1.**\n:::')
    expect(unaccounted(raw, markdown, ledger)).toEqual([])
  })

  it('should leave no piece of a footnote as a body paragraph of the seed (a URL tail, the end of a note)', async () => {
    const {markdown} = await ingest(readSeed(), {id: 'israel-central-asia-2020'})
    const notes = (JSON.parse(readFileSync(new URL('../fixtures/footnotes.json', import.meta.url), 'utf8')) as {footnotes: Array<{markdown: string}>}).footnotes.map((d) => d.markdown.replace(/\*/g, '').replace(/\\?\[|\\?\]/g, '').replace(/\s+/g, ' '))
    const paragraphs = readPaper(markdown).tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node).replace(/\s+/g, ' ').trim())
    expect(paragraphs.filter((p) => p.split(' ').length < 12 && notes.some((note) => note.includes(p)))).toEqual([])
  })
})
