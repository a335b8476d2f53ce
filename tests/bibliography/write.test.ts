import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Cite} from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-ris'
import {describe, expect, it} from 'vitest'
import {writeBibliographyFiles} from '../../src/bibliography/index.js'
import {sources} from './_sources.js'

describe('writeBibliographyFiles', () => {
  it('should write <id>.json, .bib and .ris that read back into the same sources', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'claimtrace-bib-'))
    try {
      const written = await writeBibliographyFiles(sources, 'doc', path.join(dir, 'out'))
      expect(written.map((d) => path.basename(d))).toEqual(['doc.json', 'doc.bib', 'doc.ris'])
      const json = await readFile(written[0]!, 'utf8')
      expect(JSON.parse(json)).toEqual(sources)
      expect(json.endsWith('}\n]\n')).toBe(true)
      expect(new Cite(await readFile(written[1]!, 'utf8')).data).toHaveLength(sources.length)
      const ris = await readFile(written[2]!, 'utf8')
      expect(ris.match(/^TY {2}- /gm)).toHaveLength(sources.length)
      expect(ris.match(/^ER {2}- /gm)).toHaveLength(sources.length)
    } finally {
      await rm(dir, {recursive: true, force: true})
    }
  })
})
