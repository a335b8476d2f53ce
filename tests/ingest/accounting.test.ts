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
import {parse as parseYaml} from 'yaml'
import {ingest} from '../../src/ingest/index.js'
import {readFileSync} from 'node:fs'
import {toString} from 'mdast-util-to-string'
import {readPaper, readSeed} from './_helpers.js'

type Counts = Map<string, number>

function count(text: string, into: Counts = new Map(), sign = 1): Counts {
  for (const char of text.toLowerCase().match(/[\p{L}\p{N}]/gu) ?? []) into.set(char, (into.get(char) ?? 0) + sign)
  return into
}

/** The letters and digits the Markdown carries as content (not its syntax). */
function content(markdown: string): string {
  const end = markdown.indexOf('\n---\n', 4)
  const front = parseYaml(markdown.slice(4, end)) as {keywords?: string[]}
  const body = markdown
    .slice(end + 5)
    .replace(/^\[\^\d+\]:/gm, '') // definition labels (the footnote numbers were logged as removed)
    .replace(/^:::.*$/gm, '') // figure directive fences
    .replace(/\*Source:\*/g, '') // label written for the logged “S o u r c e:”
    .replace(/\]\(#fig-\d+\)/g, ']') // link targets of “see Fig. N”
    .replace(/^#+ /gm, '')
  return body + (front.keywords ?? []).join(' ')
}

describe('ingest accounting', () => {
  it('should account for every letter and digit of the seed', async () => {
    const raw = readSeed()
    const {markdown, ledger} = await ingest(raw, {id: 'israel-central-asia-2020'})
    const expected = count(raw)
    for (const edit of ledger) {
      count(edit.removed, expected, -1)
      count(edit.inserted, expected, 1)
    }
    const actual = count(content(markdown))
    const differences: string[] = []
    for (const char of new Set([...expected.keys(), ...actual.keys()])) {
      const want = expected.get(char) ?? 0
      const got = actual.get(char) ?? 0
      if (want !== got) differences.push(`${char}: expected ${want}, got ${got}`)
    }
    expect(differences).toEqual([])
    // And the removals are all named.
    expect(new Set(ledger.filter((e) => /[\p{L}\p{N}]/u.test(e.removed) && e.inserted === '').map((e) => e.reason))).toEqual(
      new Set(['running-header', 'page-number', 'footnote-number', 'figure-source-label', 'keywords-label'])
    )
  })

  it('should leave no piece of a footnote as a body paragraph of the seed (a URL tail, the end of a note)', async () => {
    const {markdown} = await ingest(readSeed(), {id: 'israel-central-asia-2020'})
    const notes = (JSON.parse(readFileSync(new URL('../fixtures/footnotes.json', import.meta.url), 'utf8')) as {footnotes: Array<{markdown: string}>}).footnotes.map((d) => d.markdown.replace(/\*/g, '').replace(/\\?\[|\\?\]/g, '').replace(/\s+/g, ' '))
    const paragraphs = readPaper(markdown).tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node).replace(/\s+/g, ' ').trim())
    expect(paragraphs.filter((p) => p.split(' ').length < 12 && notes.some((note) => note.includes(p)))).toEqual([])
  })
})
