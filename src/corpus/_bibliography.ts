/**
 * The bibliography module (citation-js) is imported only when a bibliography
 * or a citation is asked for, so `openCorpus()` stays fast.
 */

import type * as Bibliography from '../bibliography/index.js'

let loading: Promise<typeof Bibliography> | undefined

/**
 * Import `src/bibliography/index.js` once.
 *
 * @returns
 *   The module.
 * @example
 *   ```ts
 *   const {formatBibliography} = await loadBibliography()
 *   ```
 */
export async function loadBibliography(): Promise<typeof Bibliography> {
  loading ??= import('../bibliography/index.js')
  return loading
}
