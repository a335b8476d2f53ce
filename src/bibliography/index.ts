import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {CslItem} from '../types.js'
import {formatBibliography} from './format.js'
import {need} from '../_check.js'
import {fail} from '../errors.js'

export {bibliographyFormats, formatBibliography, formatCitation} from './format.js'
export type {BibliographyFormat, BibliographyOptions, CitationOptions, CiteItem} from './format.js'
export {listStyles, styleTable} from './styles.js'
export type {StyleEntry} from './styles.js'

/**
 * Write a document's bibliography files: `<docId>.json` (CSL-JSON, pretty,
 * items in the order given), `<docId>.bib` (BibTeX, Cyrillic kept, ids as
 * labels) and `<docId>.ris`.
 *
 * @param items
 *   The document's sources.
 * @param docId
 *   Document id, the files' base name.
 * @param dir
 *   Folder to write into (created if missing).
 * @returns
 *   The paths written.
 * @example
 *   await writeBibliographyFiles(sources, 'israel-central-asia-2020', 'bibliography')
 *   // => ['bibliography/israel-central-asia-2020.json', 'bibliography/israel-central-asia-2020.bib', 'bibliography/israel-central-asia-2020.ris']
 */
export async function writeBibliographyFiles(items: CslItem[], docId: string, dir: string): Promise<string[]> {
  need(items, 'items', 'writeBibliographyFiles(items)')
  need(docId, 'string', 'writeBibliographyFiles(items, docId)')
  need(dir, 'string', 'writeBibliographyFiles(items, docId, dir)')
  // The id names the files: never a path.
  if (!/^[a-z0-9][a-z0-9._-]{0,127}$/i.test(docId)) throw fail('invalid-id', {id: docId})
  await mkdir(dir, {recursive: true})
  const outputs: Array<[string, string]> = [
    ['json', formatBibliography(items, {format: 'csl-json'})],
    ['bib', formatBibliography(items, {format: 'bibtex'})],
    ['ris', formatBibliography(items, {format: 'ris'})]
  ]
  const written: string[] = []
  for (const [extension, content] of outputs) {
    const file = path.join(dir, `${docId}.${extension}`)
    await writeFile(file, content.endsWith('\n') ? content : content + '\n')
    written.push(file)
  }
  return written
}
