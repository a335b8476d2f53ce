/** The sites the html tests share: the bundled corpus and the hostile fixture, built once per test file. */
import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {bundledCorpus, readCorpus} from '../../src/corpus/index.js'
import {openCorpus} from '../../src/facade/index.js'
import {buildSite, writeSite, type SiteFile} from '../../src/html/index.js'

export const hostileCorpus = path.resolve('tests/fixtures/corpus-html')

/** Build the site of a corpus folder (in memory). */
export async function site(dir: string, options: {style?: string; document?: string} = {}): Promise<SiteFile[]> {
  const corpus = await openCorpus(dir, {cache: false})
  return buildSite(corpus, await readCorpus(dir), {...options, version: 'test'}).files
}

/** Build the bundled corpus's and the hostile fixture's sites into one fresh folder each; return the folders. */
export async function writeSites(): Promise<{bundled: string; hostile: string}> {
  const root = mkdtempSync(path.join(tmpdir(), 'claimtrace-html-'))
  const bundled = path.join(root, 'bundled')
  const hostile = path.join(root, 'hostile')
  await writeSite(bundled, await site(bundledCorpus))
  await writeSite(hostile, await site(hostileCorpus))
  return {bundled, hostile}
}
