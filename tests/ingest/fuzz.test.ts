/**
 * Property-based: ingest accounts for every character of random damaged
 * texts. Each run renders an unseen-article fixture with a random seed (other
 * line, page and URL breaks, lost ligatures; `tests/fixtures/damage.ts`),
 * then damages it further at random (lines lost, doubled, swapped; hostile
 * characters inserted). Ingest must either refuse the text with a
 * `ClaimtraceError` or give Markdown in which every letter and digit of the
 * raw text is present or removed by a ledger entry with a reason.
 */
import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {ClaimtraceError} from '../../src/errors.js'
import {ingest} from '../../src/ingest/index.js'
import {damage, type CleanArticle} from '../fixtures/damage.js'
import {unaccounted} from './_accounting.js'

const articles = ['unseen', 'unseen-2', 'unseen-archival', 'unseen-author-date', 'unseen-mixed'].map(
  (name) => JSON.parse(readFileSync(new URL(`../fixtures/${name}/clean.json`, import.meta.url), 'utf8')) as CleanArticle
)

/** Characters extractions and hostile files hold: controls, NUL, RTL marks and scripts, replacement glyphs, digits. */
const hostile = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\u0000', '\u0007', '\u001B', '\u202E', '\u200F', '\u2066', '\uFEFF', '\uFFFD', '¿', 'À', '൶', '௺', '\t', '\r', '\n', ' ', '-', '.', '1', '23', '[^4]', '“', '”'),
    fc.constantFrom('ש', 'ל', 'و', 'م', 'Ж', 'ё', 'İ', 'ß', 'ﬁ', 'é', 'e\u0301'),
    fc.string({unit: 'grapheme', maxLength: 3})
  ),
  maxLength: 40
})

type Edit = {kind: 'drop' | 'double' | 'swap'; at: number} | {kind: 'insert'; at: number; text: string}

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({kind: fc.constantFrom('drop' as const, 'double' as const, 'swap' as const), at: fc.nat()}),
  fc.record({kind: fc.constant('insert' as const), at: fc.nat(), text: hostile})
)

function apply(text: string, edits: readonly Edit[]): string {
  const lines = text.split('\n')
  for (const e of edits) {
    const i = e.at % lines.length
    if (e.kind === 'insert') {
      const line = lines[i] ?? ''
      const at = e.at % (line.length + 1)
      lines[i] = line.slice(0, at) + e.text + line.slice(at)
    } else if (e.kind === 'drop') lines.splice(i, 1)
    else if (e.kind === 'double') lines.splice(i, 0, lines[i] ?? '')
    else lines.splice(i, 2, lines[i + 1] ?? '', lines[i] ?? '')
  }
  return lines.join('\n')
}

describe('ingest on random damaged articles', () => {
  it('should account for every letter and digit, or refuse the text with a ClaimtraceError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({max: articles.length - 1}), fc.integer({min: 1, max: 1_000_000}), fc.array(edit, {maxLength: 6}), async (which, seed, edits) => {
        const raw = apply(damage(articles[which]!, {seed, strict: false}), edits)
        let result
        try {
          result = await ingest(raw, {id: 'fuzz'})
        } catch (error) {
          expect(error).toBeInstanceOf(ClaimtraceError)
          return
        }
        expect(unaccounted(raw, result.markdown, result.ledger)).toEqual([])
      }),
      {numRuns: Number(process.env["FUZZ_RUNS"] ?? 40), seed: Number(process.env['FUZZ_SEED'] ?? 20_250_101)}
    )
  })
})
