/**
 * citation-js, loaded on first use. It is CommonJS, so `require` loads it
 * synchronously: `formatBibliography` stays a plain function, and importing
 * claimtrace (or opening a corpus) does not pay for citation-js, its plugins
 * and citeproc (≈ 150 ms) until a bibliography is asked for.
 */
import {createRequire} from 'node:module'

type Core = typeof import('@citation-js/core')

const require = createRequire(import.meta.url)
let core: Core | undefined

/** The citation-js core with the CSL plugin registered (the styles; the other formats are ours). */
export function citationJs(): Core {
  if (!core) {
    core = require('@citation-js/core') as Core
    // Styled output only: BibTeX, BibLaTeX and RIS are written by `bibtex.ts` and `ris.ts` (citation-js 0.8 wraps
    // RIS values at 70 characters and turns ids into labels without their dashes).
    require('@citation-js/plugin-csl')
  }
  return core
}
