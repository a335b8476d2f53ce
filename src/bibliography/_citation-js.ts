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

/** The citation-js core with the BibTeX, CSL and RIS plugins registered and configured. */
export function citationJs(): Core {
  if (!core) {
    core = require('@citation-js/core') as Core
    require('@citation-js/plugin-bibtex')
    require('@citation-js/plugin-csl')
    require('@citation-js/plugin-ris')
    // Keep Cyrillic as printed and label entries with our stable ids.
    const bibtex = core.plugins.config.get('@bibtex').format
    bibtex.asciiOnly = false
    bibtex.useIdAsLabel = true
    // Note: its label check drops `-` from `basic-policy-guidelines`; keys are made safe in `format.ts` instead.
    bibtex.checkLabel = false
  }
  return core
}
