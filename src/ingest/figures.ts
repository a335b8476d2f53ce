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
  /** Printed number, or undefined until numbered in sequence. */
  n: number | undefined
  label?: Line
  caption: Line[]
  source: Line[]
}

/** Number of a “F i g u r e  N” label line. */
export function figureLabel(text: string): number | undefined {
  const match = /(\d+)\s*$/.exec(text)
  return match ? Number(match[1]) : undefined
}

/**
 * Give every figure a number: printed ones keep theirs, unlabelled ones take
 * the one after the previous figure. A printed number out of sequence is reported.
 */
export function numberFigures(figures: readonly FigureBlock[], file: VFile): void {
  let previous = 0
  for (const figure of figures) {
    if (figure.n === undefined) {
      figure.n = previous + 1
      const first = figure.source[0] ?? figure.caption[0]
      file.message(`Numbered an unlabelled figure ${figure.n}: its label is missing from the text`, {
        place: {line: (first?.index ?? 0) + 1, column: 1},
        ruleId: 'figure-without-label',
        source: 'claimtrace'
      })
    } else if (figure.n !== previous + 1) {
      file.message(`Unexpected figure number \`${figure.n}\`, expected \`${previous + 1}\``, {
        place: {line: (figure.label?.index ?? 0) + 1, column: 1},
        ruleId: 'figure-sequence',
        source: 'claimtrace'
      })
    }
    previous = figure.n
  }
}
