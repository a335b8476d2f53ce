/**
 * The one year rule of every stage (annotation, the index's tokens, the
 * verifier's dates, ingest's markers): four digits from 1500 to 2099.
 *
 * Why 1500: a history article dates its events from the early modern period
 * on (“the conquest of 1875-1876”, “the 1890s”, “a decree of 1916”), so the
 * 1500s–1900s must count as years; below that a four-digit number in this
 * field is more often a count or an archival number (“1000 hectares”,
 * “f. 1396”) than a date. A year-shaped number can still count things
 * (“some 1500 soldiers”): see `countsThings` in `dates.ts`.
 *
 * This file imports nothing, so the browser reader bundles it at no cost.
 *
 * @packageDocumentation
 */

/**
 * The digits of a year, as a pattern source to use inside other patterns
 * (it has no capture group of its own).
 *
 * @example
 *   ```ts
 *   new RegExp(`^(${YEAR})s$`).exec('1890s')?.[1]
 *   // => '1890'
 *   ```
 */
export const YEAR = String.raw`(?:1[5-9]|20)\d\d`

const whole = new RegExp(`^${YEAR}$`)

/**
 * Whether printed digits are a year by their shape alone (see {@link YEAR});
 * the context that makes one a count is `countsThings`'s business.
 *
 * @param printed
 *   Digits as printed.
 * @returns
 *   Whether they are four digits from 1500 to 2099.
 * @example
 *   ```ts
 *   [isYear('1876'), isYear('2020'), isYear('1396'), isYear('33,200')]
 *   // => [true, true, false, false]
 *   ```
 */
export function isYear(printed: string): boolean {
  return whole.test(printed)
}
