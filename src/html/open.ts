/**
 * The site of a corpus folder in one call: open it, read its papers, build
 * the pages (the file-reading convenience around `buildSite`).
 *
 * @packageDocumentation
 */

import {bundledCorpus, readCorpus} from '../corpus/index.js'
import {openCorpus} from '../facade/index.js'
import {buildSite, type Options, type SiteFile} from './site.js'

/**
 * Build the site of a corpus folder.
 *
 * @param dir
 *   A folder of `<doc-id>/paper.md` (default: the bundled corpus).
 * @param options
 *   Document, style, language (see `buildSite`).
 * @returns
 *   The pages, and messages on claims not placed in their text.
 * @example
 *   ```ts
 *   const {files} = await openSite(undefined, {style: 'apa'})
 *   await writeSite('site', files)
 *   // site/index.html, site/israel-central-asia-2020.html, site/.claimtrace-html.json
 *   ```
 */
export async function openSite(dir: string = bundledCorpus, options?: Readonly<Options> | null): Promise<ReturnType<typeof buildSite>> {
  return buildSite(await openCorpus(dir), await readCorpus(dir), options)
}

export type {SiteFile}
