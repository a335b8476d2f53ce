/**
 * The ledger check: every letter and digit of a raw text is in the Markdown
 * or was removed by an edit the ledger names, and every one the Markdown adds
 * was logged too.
 */
import {parse as parseYaml} from 'yaml'
import type {Ledger} from '../../src/ingest/index.js'

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
    .replace(/^```\w*$/gm, '') // fences of table rows (```text)
    .replace(/\*Source:\*/g, '') // label written for the logged “S o u r c e:”
    .replace(/\]\((?:#fig-\d+|http:\/\/www\.[^)\s]*)\)/g, ']') // link targets: “see Fig. N”, and `www.` URLs (the text is the URL)
    .replace(/^#+ /gm, '')
  return body + (front.keywords ?? []).join(' ')
}

/**
 * The characters the ledger does not account for.
 *
 * @returns `[]` when every letter and digit is accounted for, else `char: expected n, got m` lines.
 */
export function unaccounted(raw: string, markdown: string, ledger: Ledger): string[] {
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
  return differences
}
