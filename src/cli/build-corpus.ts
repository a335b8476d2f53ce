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
  process.chdir(root)
  const ids = (await readdir(corpusDir, {withFileTypes: true})).filter((d) => d.isDirectory()).map((d) => d.name).sort()
  for (const id of ids) {
    const sourcePath = path.join(corpusDir, id, 'source.txt')
    const raw = decodeUtf8(await readFile(sourcePath), sourcePath)
    const result = await ingest(raw, {id, path: path.relative(root, sourcePath)})
    await writeFile(path.join(corpusDir, id, 'paper.md'), result.markdown)
    process.stdout.write(`${id}: ${result.footnoteCount} footnotes, ${result.diagnostics.length} diagnostics\n`)
  }
  // The model ships beside the documents, so that the first open after an install skips the parser.
  const relative = path.relative(root, corpusDir)
  const {readCorpus} = await import('../corpus/read.js')
  const {buildCorpus} = await import('../corpus/load.js')
  const {modelKey, serializeModel, bundledModel} = await import('../corpus/cache.js')
  const sources = await readCorpus(relative)
  const corpus = buildCorpus(sources, relative)
  await writeFile(path.join(corpusDir, bundledModel), serializeModel(await modelKey(sources, relative), corpus))
  process.stdout.write(`model: ${corpus.claims.length} claims → ${path.join(relative, bundledModel)}\n`)

  await mkdir(bibliographyDir, {recursive: true})
  const {writeBibliographyFiles} = await import('../bibliography/index.js')
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
