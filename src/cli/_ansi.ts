/**
 * The one place in claimtrace that writes ANSI escapes. Whether to use them is
 * the caller's `color` flag (`useColor` in `_args.ts`: stdout is a terminal
 * and `NO_COLOR` is unset); off, a style returns the text unchanged.
 *
 * @packageDocumentation
 */

/**
 * SGR codes: the one that starts a style, and the one that ends only it, so
 * that ending a style inside another (dim inside bold) keeps the outer one.
 */
const CODES = {
  bold: ['1', '22'],
  dim: ['2', '22'],
  red: ['31', '39'],
  green: ['32', '39'],
  yellow: ['33', '39'],
  magenta: ['35', '39']
} as const satisfies Record<string, readonly [string, string]>

/** A style {@link paint} knows. */
export type StyleName = keyof typeof CODES

/**
 * Wrap `text` in the given styles when `on`.
 *
 * @param text
 *   The text to style.
 * @param on
 *   Whether to use ANSI escapes (a terminal); off, `text` is returned as is.
 * @param styles
 *   The styles, combined (`'bold', 'yellow'`).
 * @returns
 *   The text, styled or not.
 * @example
 *   ```ts
 *   paint('supported', true, 'bold', 'green') // => '\u001B[1;32msupported\u001B[22;39m'
 *   paint('supported', false, 'bold', 'green') // => 'supported'
 *   ```
 */
export function paint(text: string, on: boolean | undefined, ...styles: readonly StyleName[]): string {
  if (!on || styles.length === 0) return text
  return `\u001B[${styles.map((name) => CODES[name][0]).join(';')}m${text}\u001B[${[...new Set(styles.map((name) => CODES[name][1]))].join(';')}m`
}

/** `text` in bold when `on`. */
export const bold = (text: string, on: boolean | undefined): string => paint(text, on, 'bold')

/** `text` dimmed when `on`. */
export const dim = (text: string, on: boolean | undefined): string => paint(text, on, 'dim')

/** Back to the start of the line and erase it (a progress count on stderr). */
export const CLEAR_LINE = '\r\u001B[K'
