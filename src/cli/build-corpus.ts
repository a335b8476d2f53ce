/**
 * `npm run build:corpus`: regenerate every `corpus/<id>/paper.md` from its
 * `source.txt`, and `bibliography/<id>.{json,bib,ris}` from the corpus.
 * The committed files must equal what this writes (CI checks).
 */
import {readdir, readFile, writeFile, mkdir} from 'node:fs/promises'
import path from 'node:path'
import process from 'node:process'
import {fileURLToPath} from 'node:url'
import {ingest} from '../ingest/index.js'
import {decodeUtf8} from './commands/ingest.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const corpusDir = path.join(root, 'corpus')
const bibliographyDir = path.join(root, 'bibliography')

async function main(): Promise<void> {
  const ids = (await readdir(corpusDir, {withFileTypes: true})).filter((d) => d.isDirectory()).map((d) => d.name).sort()
  for (const id of ids) {
    const sourcePath = path.join(corpusDir, id, 'source.txt')
    const raw = decodeUtf8(await readFile(sourcePath), sourcePath)
    const result = await ingest(raw, {id, path: path.relative(root, sourcePath)})
    await writeFile(path.join(corpusDir, id, 'paper.md'), result.markdown)
    process.stdout.write(`${id}: ${result.footnoteCount} footnotes, ${result.diagnostics.length} diagnostics\n`)
  }
  await mkdir(bibliographyDir, {recursive: true})
  const {openCorpus} = await import('../corpus/index.js')
  const {writeBibliographyFiles} = await import('../bibliography/index.js')
  const corpus = await openCorpus(corpusDir)
  for (const document of corpus.documents) {
    const ids = new Set(corpus.footnotes.filter((f) => f.document === document.id).flatMap((f) => f.citations.map((c) => c.source)))
    const items = corpus.sources.filter((item) => ids.has(item.id))
    const written = await writeBibliographyFiles(items, document.id, bibliographyDir)
    process.stdout.write(`${document.id}: ${items.length} sources → ${written.map((f) => path.relative(root, f)).join(', ')}\n`)
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`build:corpus: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
})
