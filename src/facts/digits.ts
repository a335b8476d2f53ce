/**
 * Figures printed in digits: the one pattern and the one reading of them
 * that annotation, the index's tokens and the number reader share.
 *
 * This file imports nothing, so the browser reader bundles it at no cost.
 *
 * @packageDocumentation
 */

/**
 * A figure in digits, as a pattern source (no capture group): thousands
 * with commas and an optional decimal part (`33,200`, `1,000.5`), or plain
 * digits with an optional decimal point (`2.43`, `1992`).
 *
 * Note: a decimal comma (`2,5`) is not matched as one figure, since a
 * comma between numbers in running text is more often a list (“notes 1,2”);
 * {@link digits} still reads one when a tokenizer hands it over whole.
 */
export const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`

const thousands = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/

/**
 * The value of digits as printed: commas group thousands when every group
 * after the first has three digits, else a comma is a decimal comma.
 *
 * @param printed
 *   Digits as printed.
 * @returns
 *   Their value (`NaN` when they are no number, as `1.2.3`).
 * @example
 *   ```ts
 *   [digits('33,200'), digits('2.43'), digits('2,5')]
 *   // => [33200, 2.43, 2.5]
 *   ```
 */
export function digits(printed: string): number {
  return Number(plain(printed))
}

/**
 * The index key of printed digits: their value as a string, so `33,200`
 * and `33200` are one term; digits that are no number (`1.2.3`) keep their
 * printed form, decimal comma read as a point.
 *
 * @param printed
 *   Digits as printed.
 * @returns
 *   The key.
 * @example
 *   ```ts
 *   [numberKey('33,200'), numberKey('2,5'), numberKey('1.2.3')]
 *   // => ['33200', '2.5', '1.2.3']
 *   ```
 */
export function numberKey(printed: string): string {
  const bare = plain(printed)
  const value = Number(bare)
  return Number.isFinite(value) ? String(value) : bare
}

/** Digits with grouping commas dropped and a decimal comma made a point. */
function plain(printed: string): string {
  return thousands.test(printed) ? printed.replace(/,/g, '') : printed.replace(',', '.')
}
