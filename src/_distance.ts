/** Edit distance between words, for every stage that forgives spelling slips (typos, names). */

/**
 * Optimal string alignment distance (Levenshtein plus swaps of adjacent
 * letters), capped: any distance above `cap` comes back as `cap + 1`.
 *
 * @example
 *   ```ts
 *   editDistance('isreal', 'israel') // => 1
 *   ```
 */
export function editDistance(a: string, b: string, cap = 2): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1
  const n = b.length
  let before = new Uint16Array(n + 1)
  let previous = new Uint16Array(n + 1)
  let current = new Uint16Array(n + 1)
  for (let j = 0; j <= n; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let best = i
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1)
      current[j] = value
      if (value < best) best = value
    }
    if (best > cap) return cap + 1
    ;[before, previous, current] = [previous, current, before]
  }
  return Math.min(previous[n]!, cap + 1)
}
