/** Text in the wrong place, judged from `clean.json` alone (shared by the tests and the bench; no vitest here). */
import type {CleanArticle} from '../fixtures/damage.js'

export const norm = (text: string) => text.replace(/\s+/g, ' ').trim()
/** Plain text of clean Markdown-ish text: no markers, no emphasis stars. */
export const plain = (text: string) => norm(text.replace(/\[\^\d+\]/g, '').replace(/\*/g, ''))

/** Words `n` at a time. */
function shingles(text: string, n: number): string[] {
  const words = text.split(' ').filter(Boolean)
  return words.length < n ? [words.join(' ')] : Array.from({length: words.length - n + 1}, (_, i) => words.slice(i, i + n).join(' '))
}

/**
 * Text in the wrong place: runs of five words of a footnote found in a body
 * paragraph (and nowhere in the clean body), a body paragraph that is only a
 * piece of a footnote, and runs of six words of the body found in a footnote
 * (and nowhere in the clean footnotes). Expectations from `clean.json` only.
 *
 * @param clean     The clean article.
 * @param body      Plain text of the output’s body paragraphs.
 * @param footnotes Plain text of the output’s footnote definitions.
 */
export function misplaced(clean: CleanArticle, body: readonly string[], footnotes: readonly string[]): string[] {
  const cleanBody = [...clean.abstract, ...clean.sections.flatMap((s) => s.paragraphs)].map(plain).join('\n')
  const cleanNotes = Object.values(clean.footnotes).map(plain).join('\n')
  const found: string[] = []
  for (const paragraph of body) {
    const leak = shingles(paragraph, 5).find((run) => !cleanBody.includes(run) && cleanNotes.includes(run))
    if (leak) found.push(`footnote text in the body: “${leak}”`)
  }
  for (const note of footnotes) {
    const leak = shingles(note, 6).find((run) => run.split(' ').length === 6 && !cleanNotes.includes(run) && cleanBody.includes(run))
    if (leak) found.push(`body text in a footnote: “${leak}”`)
  }
  return found
}

