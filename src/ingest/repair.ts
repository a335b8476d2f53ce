/**
 * Repair: from the raw lines of one block to clean text. Glyphs become the
 * ligatures they stand for, lines are joined (a line-end hyphen is dropped
 * only when the dictionary knows the joined word; URLs are rejoined without
 * spaces), italic spans are marked, damaged spaces become spaces, and
 * ligatures that vanished are restored where the dictionary knows the
 * repaired word and not the damaged one. Every change is logged.
 */
import type {VFile} from 'vfile'
import type {Line} from './lines.js'
import type {Lexicon} from './lexicon.js'
import {MappedText, type Ledger} from './mapped.js'
import {glyphPattern, ligatureOf} from './glyphs.js'
import {restoreLigatures} from './ligatures.js'
import {joinLines} from './join.js'

/** Private-use sentinels the Markdown stage turns into nodes. */
export const MARK_OPEN = '\uE000'
export const MARK_CLOSE = '\uE001'
export const EM_OPEN = '\uE002'
export const EM_CLOSE = '\uE003'

/** What a repair needs besides the lines (its steps declare the parts they use: `JoinContext`, `LigatureContext`). */
export interface RepairContext {
  raw: string
  lexicon: Lexicon
  ledger: Ledger
  file: VFile
}

/** Options for one block. */
export interface BlockOptions {
  /** Markers (raw digit ranges) to replace by sentinels. */
  markers?: ReadonlyArray<{n: number; start: number; end: number}>
  /** Mark italic spans (footnotes: italics kept ordinary spaces there). */
  italics?: boolean
  /** Characters to drop at the start of the first line (a footnote’s number, a label). */
  skip?: number
  /** Why those characters go (`footnote-number`, `figure-label`). */
  skipReason?: string
}

/**
 * Clean the lines of one block into one line of text.
 *
 * @example
 *   cleanBlock([{index: 0, start: 0, text: 'more\uFFFDe௺orts\uFFFDinto'}], {}, context).text
 *   // → 'more efforts into'
 */
export function cleanBlock(lines: readonly Line[], options: Readonly<BlockOptions>, context: RepairContext): MappedText {
  const {raw, ledger} = context
  const pieces = lines
    .filter((line) => !/^[\s\uFFFD]*$/.test(line.text))
    .map((line, index) => {
      let start = line.start
      if (index === 0 && options.skip) {
        ledger.push({offset: start, removed: raw.slice(start, start + options.skip), inserted: '', reason: options.skipReason ?? 'label'})
        start += options.skip
      }
      let text = MappedText.fromRaw(raw, start, line.start + line.text.length)
      // The input’s own private-use characters (symbol fonts) must not pass for our sentinels.
      text = text.replace(/[\uE000-\uE003]/g, () => '\uFFFC', ledger, 'private-use')
      const end = line.start + line.text.length
      text = withMarkers(text, (options.markers ?? []).filter((m) => m.start >= start && m.start < end), ledger)
      return text.replace(glyphPattern, (m) => ligatureOf(m[0]), ledger, 'ligature-glyph')
    })
  let text = joinLines(pieces, context)
  // A line set with ordinary spaces throughout shows no italics: a run of capitals there is roman text.
  const plainLines = lines.filter((line) => !line.text.includes('\uFFFD') && /\S \S+ \S/.test(line.text)).map((line) => [line.start, line.start + line.text.length] as const)
  if (options.italics) text = markItalics(text, ledger, plainLines)
  text = text.replace(/\uFFFD/g, () => ' ', ledger, 'damaged-space')
  text = text.replace(/[ \t]{2,}|^[ \t]+|[ \t]+$/g, (m) => (m.index === 0 || m.index + m[0].length === text.text.length ? '' : ' '), ledger, 'whitespace')
  return restoreLigatures(text, context)
}

function withMarkers(text: MappedText, markers: ReadonlyArray<{n: number; start: number; end: number}>, ledger: Ledger): MappedText {
  let result = text
  for (const marker of markers) {
    const start = result.offsets.indexOf(marker.start)
    if (start === -1) continue
    const end = start + (marker.end - marker.start)
    result = result.splice(start, end, MARK_OPEN + String(marker.n) + MARK_CLOSE, ledger, 'marker')
  }
  return result
}

/**
 * Mark italic spans: in this extraction, italic runs kept ordinary spaces
 * while roman text got U+FFFD, so two or more words joined by ordinary spaces
 * are a title set in italics. A span starts at a capital, holds no quote or
 * URL, and leaves trailing punctuation outside. A line set with ordinary
 * spaces throughout shows nothing: a span may go on into it, up to its first
 * punctuation, but never starts there.
 */
export function markItalics(text: MappedText, ledger: Ledger, plainLines: ReadonlyArray<readonly [number, number]> = []): MappedText {
  const onPlainLine = (index: number) => {
    const offset = text.offsets[index] ?? -1
    return plainLines.some(([start, end]) => offset >= start && offset < end)
  }
  const tokens = [...text.text.matchAll(/[^\s\uFFFD]+|[\s\uFFFD]+/g)]
  const spans: Array<[number, number]> = []
  let run: RegExpMatchArray[] = []
  const flush = () => {
    const words = run.filter((t) => !/^[\s\uFFFD]/.test(t[0]))
    // Leading lower-case words are the roman text the span was glued to.
    while (words.length > 0 && !/^\p{Lu}/u.test(words[0]?.[0] ?? '')) words.shift()
    if (words.length >= 2) {
      const first = words[0]
      const last = words[words.length - 1]
      if (first?.index !== undefined && last?.index !== undefined) {
        const end = last.index + last[0].replace(/[,;:.]+$/, '').length
        // A span can go on into a line set with ordinary spaces throughout, not start there.
        if (!onPlainLine(first.index)) spans.push([first.index, end])
      }
    }
    run = []
  }
  for (const token of tokens) {
    const value = token[0]
    if (/^[\s\uFFFD]/.test(value)) {
      if (value === ' ' && run.length > 0) run.push(token)
      else flush()
    } else if (/[“”"‘’]|\[|\]|:\/\/|\uE000/.test(value) && !/^\p{L}+’\p{L}*[,.]?$/u.test(value)) {
      flush()
    } else {
      if (run.length > 0 && run[run.length - 1]?.[0] !== ' ') flush()
      run.push(token)
      // On such a line, punctuation closes the span (`…Eurasian History, Vol. 17, No. 2` is roman after the comma).
      if (/[,;]$/.test(value) && token.index !== undefined && onPlainLine(token.index)) flush()
    }
  }
  flush()
  let result = text
  for (const [start, end] of spans.reverse()) {
    result = result.splice(end, end, EM_CLOSE, ledger, 'italic').splice(start, start, EM_OPEN, ledger, 'italic')
  }
  return result
}
