/**
 * Figures. The extraction keeps a figure’s letter-spaced label (“F i g u r e  1”),
 * its caption and its “S o u r c e:” lines, in any order, and sometimes only
 * the source; the image itself is gone. A figure without a label takes the
 * next number in sequence.
 */
import type {VFile} from 'vfile'
import type {Line} from './lines.js'

/** A figure as the layout found it. */
export interface FigureBlock {
  kind: 'figure'
  /** What the label calls it: `figure`, `table`, `diagram`… (numbered separately). */
  name: string
  /** A table’s rows (or any lines between a caption and the source), kept as printed. */
  rows: Line[]
  /** Printed number, or undefined until numbered in sequence. */
  n: number | undefined
  label?: Line
  caption: Line[]
  source: Line[]
}

/** Number of a “F i g u r e  N” label line. */
export function figureLabel(text: string): number | undefined {
  const match = /(\d+)\.?\s*$/.exec(text)
  return match ? Number(match[1]) : undefined
}

/** Kind of a label line: “T a b l e  2” → `table`. */
export function figureName(text: string): string {
  return text.replace(/\d+\.?\s*$/, '').replace(/\s+/g, '').toLowerCase()
}

/**
 * Give every figure a number: printed ones keep theirs, unlabelled ones take
 * the one after the previous figure. A printed number out of sequence is reported.
 */
export function numberFigures(figures: readonly FigureBlock[], file: VFile): void {
  const last = new Map<string, number>()
  for (const figure of figures) {
    const previous = last.get(figure.name) ?? 0
    if (figure.n === undefined) {
      figure.n = previous + 1
      const first = figure.source[0] ?? figure.caption[0]
      file.message(`Numbered an unlabelled ${figure.name} ${figure.n}: its label is missing from the text`, {
        place: {line: (first?.index ?? 0) + 1, column: 1},
        ruleId: 'figure-without-label',
        source: 'claimtrace'
      })
    } else if (figure.n !== previous + 1) {
      file.message(`Unexpected ${figure.name} number \`${figure.n}\`, expected \`${previous + 1}\``, {
        place: {line: (figure.label?.index ?? 0) + 1, column: 1},
        ruleId: 'figure-sequence',
        source: 'claimtrace'
      })
    }
    last.set(figure.name, figure.n)
  }
}
