/**
 * Footnote markers in body text. The extraction prints a marker as bare
 * digits glued to what precedes it: a word (`materials6`), a closing quote
 * (`possibilities”1`), punctuation (`Iran,26`), or even a number (`201636)` is
 * the year 2016 and marker 36). Digits alone cannot tell a marker from a
 * number; the sequence can: markers run 1..N in reading order, so the layout
 * stage asks for the next expected number and takes the first candidate that
 * carries it.
 */

// The digits before a split marker may be a year (the one year rule, 1500–2099).
import {isYear} from '../facts/years.js'

/** A place where a marker may be. */
export interface MarkerCandidate {
  /** Index of the first digit of the marker in the line. */
  start: number
  /** Index after its last digit. */
  end: number
  /** The marker number it would be. */
  value: number
  /**
   * `glued`: digits right after a letter, a closing quote or bracket, or
   * punctuation that follows a letter; `split`: digits that continue a year
   * (`201636`, `1992.11`), a marker only if the sequence expects exactly it.
   */
  strength: 'glued' | 'split'
}

const letter = /\p{L}/u
const closers = new Set(['”', '’', '"', "'", ')', ']', '»', '%'])
const punctuation = new Set(['.', ',', ';', ':', '!', '?'])

/**
 * List every place in `text` where a footnote marker may be glued.
 *
 * @example
 *   markerCandidates('signed in 201636) does')
 *   // → [{start: 14, end: 16, value: 36, strength: 'split'}]
 */
export function markerCandidates(text: string): MarkerCandidate[] {
  const found: MarkerCandidate[] = []
  const digits = /\d+/g
  let match: RegExpExecArray | null
  while ((match = digits.exec(text))) {
    const start = match.index
    const end = start + match[0].length
    const next = text.charAt(end)
    // A marker ends a word: never followed by a letter or digit (`21st`, `3G`), a
    // decimal part or a thousands group, a percent sign or a hyphen (`1990s`, `100-fold`).
    if (/[\p{L}\d%-]/u.test(next)) continue
    const before = text.charAt(start - 1)
    const beforeThat = text.charAt(start - 2)
    const glued = before !== '' && (letter.test(before) || closers.has(before) || (punctuation.has(before) && (letter.test(beforeThat) || closers.has(beforeThat))))
    // Digits going on with a decimal part or a thousands group are a number, unless glued to a word (`say5,6` is a run of markers).
    if (!glued && /[.,]/.test(next) && /\d/.test(text.charAt(end + 1))) continue
    if (glued) {
      if (match[0].length <= 3 && !match[0].startsWith('0')) {
        found.push({start, end, value: Number(match[0]), strength: 'glued'})
      }
      continue
    }
    if (punctuation.has(before) && /\d/.test(beforeThat)) {
      // `1992.11`: a year, a full stop, a marker; `2.43` is a decimal.
      const number = /\d+$/.exec(text.slice(0, start - 1))?.[0] ?? ''
      // `60,000.22 The decree`: a number ends its sentence and the marker follows (a decimal goes on in lower case).
      const endsSentence = before === '.' && /^(?:[\s\uFFFD]+(?:\p{Lu}|[“"(])|[\s\uFFFD]*$)/u.test(text.slice(end))
      if ((isYear(number) || endsSentence) && !match[0].startsWith('0') && match[0].length <= 3) {
        found.push({start, end, value: Number(match[0]), strength: 'split'})
      }
      continue
    }
    if (before === '' || /[\s\uFFFD($—–]/.test(before)) {
      // `201636`: a year with a marker glued on.
      const run = match[0]
      for (let cut = 4; cut < run.length && cut <= 4; cut++) {
        const head = run.slice(0, cut)
        const tail = run.slice(cut)
        if (isYear(head) && !tail.startsWith('0') && tail.length <= 3) {
          found.push({start: start + cut, end, value: Number(tail), strength: 'split'})
        }
      }
    }
  }
  return found
}

/** The result of taking markers from one line. */
export interface TakenMarker {
  start: number
  end: number
  value: number
  /** Markers the sequence skipped to reach this one (never printed, lost, or printed later). */
  skipped: number[]
  /** A marker the sequence skipped earlier, printed after a higher one. */
  outOfOrder: boolean
  strength: MarkerCandidate['strength']
}

/**
 * Take the markers of one body line, in order, continuing the sequence at
 * `expected`. A glued candidate one past the expected number is taken too
 * (the expected marker was lost, or comes later), and reported through
 * `skipped`; a glued candidate for a number skipped before (`pending`) is
 * taken as printed out of order.
 *
 * @example
 *   takeMarkers('friction.16 Uzbekistan closed.15 Then', 15).map((m) => [m.value, m.skipped, m.outOfOrder])
 *   // → [[16, [15], false], [15, [], true]]
 */
export function takeMarkers(text: string, expected: number, pending: ReadonlySet<number> = new Set()): TakenMarker[] {
  const taken: TakenMarker[] = []
  const skipped = new Set(pending)
  let next = expected
  for (const candidate of withRuns(text, markerCandidates(text))) {
    if (taken.length > 0 && candidate.start < (taken[taken.length - 1]?.end ?? 0)) continue
    if (candidate.value === next) {
      taken.push({...candidate, skipped: [], outOfOrder: false})
      next++
    } else if (candidate.value === next + 1 && candidate.strength === 'glued' && next > 1) {
      taken.push({...candidate, skipped: [next], outOfOrder: false})
      skipped.add(next)
      next += 2
    } else if (skipped.has(candidate.value) && candidate.strength === 'glued') {
      taken.push({...candidate, skipped: [], outOfOrder: true})
      skipped.delete(candidate.value)
    }
  }
  return taken
}

/**
 * Markers printed as a run, `state5, 6` or `state5,6`: a number right after
 * a glued candidate and a comma is a candidate too (the sequence still decides).
 */
function withRuns(text: string, candidates: MarkerCandidate[]): MarkerCandidate[] {
  const run = /^,[ \uFFFD]?(\d{1,3})(?![\d\p{L}])/u
  const all = [...candidates]
  for (const candidate of candidates) {
    let end = candidate.end
    let value = candidate.value
    for (let match = run.exec(text.slice(end)); match; match = run.exec(text.slice(end))) {
      const digits = match[1] ?? ''
      if (Number(digits) !== value + 1) break
      const start = end + match[0].length - digits.length
      if (!all.some((c) => c.start === start)) all.push({start, end: start + digits.length, value: value + 1, strength: 'split'})
      end = start + digits.length
      value++
    }
  }
  return all.sort((a, b) => a.start - b.start)
}
