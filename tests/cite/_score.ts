/**
 * Scoring citations against the expectations written blind for an unseen
 * article (`tests/fixtures/<name>/expected-citations.json`). Odd-numbered
 * footnotes are the dev half, even-numbered the held-out test half; each half
 * is scored on its own.
 *
 * A parsed citation is aligned with the expected reference at the same place
 * in its footnote. Each expected work key maps to the source id most of its
 * citations got; it is split when they got several, and two keys mapping to one
 * id are merged. A citation is right when it points to its key's id, that id is
 * not merged, and the source has the work's authors (family names, as printed),
 * year and, when expected, title.
 */
import {readFileSync} from 'node:fs'
import type {Citation, CslItem} from '../../src/types.js'

export interface ExpectedWork {
  type?: string
  authors: string[]
  title?: string
  year: number | null
  archive?: string
  archive_location?: string
}
export interface ExpectedReference {
  work: string | null
  kind: Citation['kind']
  locator?: string
  prefix?: string
}
export interface Expected {
  works: Record<string, ExpectedWork>
  footnotes: Record<string, ExpectedReference[]>
}

export type Half = 'dev' | 'test'

/** What one half scored. */
export interface Score {
  /** Expected references in the half (an unresolvable `Ibid.` counts: it is right when nothing is cited). */
  references: number
  right: number
  /** Kind and locator agree too (reported, not a target). */
  kinds: number
  locators: number
  /** Keys whose citations went to several ids, and ids two keys went to. */
  splits: string[]
  merges: string[]
  /** Per wrong citation: footnote, expected key, what came out (only looked at for the dev half). */
  wrong: string[]
}

/** Read a fixture's expectations. */
export function readExpected(name: string): Expected {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}/expected-citations.json`, import.meta.url), 'utf8')) as Expected
}

export const inHalf = (n: number, half: Half) => (half === 'dev' ? n % 2 === 1 : n % 2 === 0)

/** Letters and digits, lower case, diacritics off; the scorer's own fold, independent of the code under test. */
const simple = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

function families(source: CslItem): string[] {
  const authors = (source['author'] as Array<{family?: string; literal?: string; 'non-dropping-particle'?: string}> | undefined) ?? []
  return authors.map((a) => [a['non-dropping-particle'], a.family ?? a.literal].filter(Boolean).join(' ').normalize('NFC'))
}

function yearOf(source: CslItem): number | null {
  const parts = (source['issued'] as {'date-parts'?: number[][]} | undefined)?.['date-parts']?.[0]?.[0]
  return typeof parts === 'number' ? parts : parts === undefined ? null : Number(parts)
}

/** Whether a source carries what the expected work says. */
export function agrees(source: CslItem | undefined, work: ExpectedWork): boolean {
  if (!source) return false
  if (JSON.stringify(families(source)) !== JSON.stringify(work.authors.map((a) => a.normalize('NFC')))) return false
  if (yearOf(source) !== work.year) return false
  if (work.title !== undefined && simple(String(source['title'] ?? '')) !== simple(work.title)) return false
  return true
}

/**
 * Score one half of a document's citations.
 *
 * @param expected  The fixture's expectations.
 * @param footnotes The document's footnotes with their citations.
 * @param sources   The document's sources.
 * @param half      Which footnotes to score.
 * @param options   `fields: false` scores the partition alone (which citations share a work), not the work’s fields.
 */
export function score(expected: Expected, footnotes: ReadonlyArray<{n: number; citations: readonly Citation[]}>, sources: readonly CslItem[], half: Half, options: {fields?: boolean} = {}): Score {
  const byId = new Map(sources.map((s) => [s.id, s]))
  const got = new Map(footnotes.map((f) => [f.n, f.citations]))
  const pairs: Array<{n: number; want: ExpectedReference; have: Citation | undefined}> = []
  for (const [key, refs] of Object.entries(expected.footnotes)) {
    const n = Number(key)
    if (!inHalf(n, half)) continue
    refs.forEach((want, i) => pairs.push({n, want, have: got.get(n)?.[i]}))
  }
  // Key → id its citations got most; split when several.
  const ids = new Map<string, Map<string, number>>()
  for (const {want, have} of pairs) {
    if (!want.work || !have) continue
    const counts = ids.get(want.work) ?? new Map<string, number>()
    counts.set(have.source, (counts.get(have.source) ?? 0) + 1)
    ids.set(want.work, counts)
  }
  const mapped = new Map([...ids].map(([key, counts]) => [key, [...counts].sort((a, b) => b[1] - a[1])[0]![0]]))
  const splits = [...ids].filter(([, counts]) => counts.size > 1).map(([key, counts]) => `${key} → ${[...counts.keys()].join(', ')}`)
  const owners = new Map<string, string[]>()
  for (const [key, id] of mapped) owners.set(id, [...(owners.get(id) ?? []), key])
  const merges = [...owners].filter(([, keys]) => keys.length > 1).map(([id, keys]) => `${keys.join(' + ')} → ${id}`)

  const result: Score = {references: pairs.length, right: 0, kinds: 0, locators: 0, splits, merges, wrong: []}
  for (const {n, want, have} of pairs) {
    let right: boolean
    if (want.work === null) right = have === undefined
    else {
      const id = mapped.get(want.work)
      right = have !== undefined && have.source === id && (owners.get(id)?.length ?? 0) === 1 && (options.fields === false || agrees(byId.get(have.source), expected.works[want.work]!))
    }
    if (right) result.right++
    else result.wrong.push(`${n}: ${want.work ?? 'nothing'} ← ${have ? `${have.source} ${JSON.stringify(byId.get(have.source) ?? {})}` : 'no citation'}`)
    if (have?.kind === want.kind || (want.work === null && !have)) result.kinds++
    if ((have?.locator ?? undefined) === want.locator) result.locators++
  }
  return result
}
