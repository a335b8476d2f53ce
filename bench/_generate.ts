/**
 * Generated corpora for the `scale` scenario: `n` papers made from the
 * bundled one, seeded. One paper is the bundled article itself (kept exact,
 * at a seeded place in the folder order, so folder order cannot help it);
 * every other is renamed and varied sentence by sentence — its figures and
 * years changed, its countries permuted, and each sentence given a qualifier
 * or a changed word — so that no claim of a copy is word for word the
 * original's, while most share almost all of its words (the hard case for
 * ranking: 999 near-duplicates of every claim). Footnotes cite the same
 * works with other pages, so the same sources recur across papers.
 */
import {mkdir, readFile, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'

/** A small seeded PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const COUNTRIES = ['Kazakhstan', 'Uzbekistan', 'Tajikistan', 'Turkmenistan', 'Kyrgyzstan', 'Azerbaijan', 'Georgia', 'Armenia']
const QUALIFIERS = ['reportedly', 'notably', 'apparently', 'in effect', 'by most accounts', 'at the time', 'in practice', 'officially', 'largely', 'eventually']
const SWAPS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bimportant\b/, 'significant'], [/\bestablished\b/, 'set up'], [/\bcountries\b/, 'states'], [/\bcooperation\b/, 'collaboration'],
  [/\bopened\b/, 'inaugurated'], [/\bsigned\b/, 'concluded'], [/\bdeveloped\b/, 'expanded'], [/\bpolicy\b/, 'strategy'],
  [/\bregion\b/, 'area'], [/\beconomic\b/, 'commercial'], [/\bvisit\b/, 'trip'], [/\bagreement\b/, 'accord']
]

/** Vary one paragraph of body text: each run of words between footnote markers (each claim) on its own. */
function vary(line: string, next: () => number, countries: ReadonlyMap<string, string>): string {
  return line
    .split(/(\[\^\d+\]|(?<=[.!?][”"’)]?)\s+(?=[A-Z“"(]))/)
    .map((piece) => (piece.startsWith('[^') || !/\p{L}{3,}.*\s.*\p{L}{3,}/u.test(piece) ? piece : varyClaim(piece, next, countries)))
    .join('')
}

function varyClaim(text: string, next: () => number, countries: ReadonlyMap<string, string>): string {
  let out = text.replace(/\b\d[\d,]*(?:\.\d+)?(?=s?\b)/g, (match) => {
    const value = Number(match.replace(/,/g, ''))
    if (Number.isNaN(value)) return match
    if (/^\d{4}$/.test(match) && value >= 1900 && value <= 2030) return String(value + (next() < 0.5 ? -1 : 1) * (1 + Math.floor(next() * 5)))
    const other = Math.max(1, Math.round(value * (0.5 + next())))
    return String(other === value ? value + 1 : other)
  })
  out = out.replace(new RegExp(`\\b(${COUNTRIES.join('|')})\\b`, 'g'), (country) => countries.get(country) ?? country)
  const swap = SWAPS[Math.floor(next() * SWAPS.length)]!
  if (next() < 0.4 && swap[0].test(out)) out = out.replace(swap[0], swap[1])
  if (out === text || next() < 0.5) {
    // A qualifier at a word boundary in the first half, outside markers and emphasis.
    const spaces = [...out.matchAll(/ (?=[a-z])/g)].map((m) => m.index).filter((at) => at < out.length / 2)
    const at = spaces.length > 0 ? spaces[Math.floor(next() * spaces.length)]! : out.lastIndexOf(' ')
    const qualifier = QUALIFIERS[Math.floor(next() * QUALIFIERS.length)]!
    out = at <= 0 ? `${qualifier} ${out}` : `${out.slice(0, at)} ${qualifier}${out.slice(at)}`
  }
  return out
}

/** Vary a footnote definition: other page numbers, the same work. */
function varyNote(line: string, next: () => number): string {
  return line.replace(/\b(pp?\. )(\d+)/g, (_, lead: string, page: string) => `${lead}${Number(page) + 1 + Math.floor(next() * 9)}`)
}

/**
 * Write `n` papers into `dir` (emptied first).
 *
 * @param dir
 *   The folder to fill.
 * @param n
 *   How many papers.
 * @param seed
 *   The seed: the same seed gives the same corpus.
 * @returns
 *   The id and folder of the exact copy of the bundled paper.
 */
export async function generateCorpus(dir: string, n: number, seed = 1): Promise<{exact: string; folder: string}> {
  const source = new URL('../corpus/israel-central-asia-2020/paper.md', import.meta.url)
  const original = await readFile(source, 'utf8')
  const id = /^id: (.+)$/m.exec(original)![1]!
  const next = random(seed)
  const exactAt = Math.floor(next() * n)
  await rm(dir, {recursive: true, force: true})
  await mkdir(dir, {recursive: true})
  for (let i = 0; i < n; i++) {
    const folder = `p${String(i).padStart(4, '0')}`
    let text = original
    if (i !== exactAt) {
      const permuted = [...COUNTRIES].sort(() => next() - 0.5)
      const countries = new Map(COUNTRIES.map((country, k) => [country, next() < 0.5 ? permuted[k]! : country]))
      const [, matter, body] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(original)!
      let inFigure = false
      const lines = body!.split('\n').map((line) => {
        if (line.startsWith(':::')) {
          inFigure = line !== ':::'
          return line
        }
        if (line.startsWith('[^')) return varyNote(line, next)
        if (inFigure || line.startsWith('#') || line.trim() === '') return line
        return vary(line, next, countries)
      })
      text = matter!.replace(/^id: .+$/m, `id: ${id}-v${String(i).padStart(4, '0')}`).replace(/^year: (\d+)$/m, (_, year: string) => `year: ${Number(year) - 3 + Math.floor(next() * 6)}`) + lines.join('\n')
    }
    await mkdir(path.join(dir, folder), {recursive: true})
    await writeFile(path.join(dir, folder, 'paper.md'), text)
  }
  return {exact: id, folder: `p${String(exactAt).padStart(4, '0')}`}
}
