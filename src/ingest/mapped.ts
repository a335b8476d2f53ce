/**
 * A string that remembers, for each of its characters, the offset in the raw
 * file it came from. Every repair goes through {@link MappedText.replace}, so
 * a diagnostic raised on clean text still points at the raw line and column,
 * and every removal or insertion is written to the {@link Ledger}.
 */

/** One change made to the raw text, with the reason that justifies it. */
export interface Edit {
  /** Offset in the raw file where the change applies. */
  offset: number
  /** Raw characters taken out. */
  removed: string
  /** Characters put in. */
  inserted: string
  /** Rule id naming why (`line-end-hyphen`, `ligature-glyph`, `running-header`…). */
  reason: string
}

/** The record of every change ingest made; the "nothing lost" check reads it. */
export type Ledger = Edit[]

/** Text with a raw offset per character (`-1` never occurs: inserted text borrows its anchor's offset). */
export class MappedText {
  readonly text: string
  readonly offsets: readonly number[]

  constructor(text: string, offsets: readonly number[]) {
    this.text = text
    this.offsets = offsets
  }

  /** Take `raw.slice(start, end)` with its offsets. */
  static fromRaw(raw: string, start: number, end: number): MappedText {
    const offsets: number[] = []
    for (let i = start; i < end; i++) offsets.push(i)
    return new MappedText(raw.slice(start, end), offsets)
  }

  /** Join pieces into one text. */
  static concat(parts: readonly MappedText[]): MappedText {
    let text = ''
    const offsets: number[] = []
    for (const part of parts) {
      text += part.text
      for (const o of part.offsets) offsets.push(o)
    }
    return new MappedText(text, offsets)
  }

  /** Raw offset of character `index` (the end of the text maps past its last character). */
  offsetAt(index: number): number {
    if (this.offsets.length === 0) return 0
    if (index >= this.offsets.length) return (this.offsets[this.offsets.length - 1] ?? 0) + 1
    return this.offsets[Math.max(0, index)] ?? 0
  }

  slice(start: number, end = this.text.length): MappedText {
    return new MappedText(this.text.slice(start, end), this.offsets.slice(start, end))
  }

  /**
   * Replace every match of a global `pattern`; `replacer` returns the new
   * text, or `undefined` to keep the match. Changes are logged to `ledger`
   * under `reason` (a function may choose the reason per match).
   */
  replace(
    pattern: RegExp,
    replacer: (match: RegExpExecArray) => string | undefined,
    ledger: Ledger | undefined,
    reason: string
  ): MappedText {
    if (!pattern.global) throw new Error('Expected a global pattern')
    pattern.lastIndex = 0
    let text = ''
    const offsets: number[] = []
    let last = 0
    let match: RegExpExecArray | null
    while ((match = pattern.exec(this.text))) {
      if (match[0].length === 0) {
        pattern.lastIndex++
        continue
      }
      const replacement = replacer(match)
      if (replacement === undefined || replacement === match[0]) continue
      const start = match.index
      const end = start + match[0].length
      text += this.text.slice(last, start)
      for (let i = last; i < start; i++) offsets.push(this.offsets[i] ?? 0)
      text += replacement
      const anchor = this.offsetAt(start)
      // Keep per-character offsets where the replacement keeps the shape (same length).
      for (let i = 0; i < replacement.length; i++) {
        offsets.push(replacement.length === match[0].length ? (this.offsets[start + i] ?? anchor) : anchor)
      }
      ledger?.push({
        offset: anchor,
        removed: match[0],
        inserted: replacement,
        reason
      })
      last = end
    }
    text += this.text.slice(last)
    for (let i = last; i < this.text.length; i++) offsets.push(this.offsets[i] ?? 0)
    return new MappedText(text, offsets)
  }

  /** Replace the characters `start..end` by `insert`, logging the change. */
  splice(start: number, end: number, insert: string, ledger: Ledger | undefined, reason: string): MappedText {
    const anchor = this.offsetAt(start)
    ledger?.push({offset: anchor, removed: this.text.slice(start, end), inserted: insert, reason})
    return new MappedText(this.text.slice(0, start) + insert + this.text.slice(end), [
      ...this.offsets.slice(0, start),
      ...Array.from({length: insert.length}, () => anchor),
      ...this.offsets.slice(end)
    ])
  }
}
