/**
 * Run a rule's example (`src/_rules.ts`) the way its `run` says, and give
 * back every message it reports.
 */
import {mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {RuleExample} from '../src/_rules.js'
import {citeFootnotes} from '../src/cite/index.js'
import {modelKey, readBundledModel, serializeModel} from '../src/corpus/cache.js'
import {openCorpus} from '../src/facade/index.js'
import {buildCorpus, buildDocument} from '../src/corpus/load.js'
import {readCorpus} from '../src/corpus/read.js'
import {buildSite} from '../src/html/index.js'
import {ingest} from '../src/ingest/index.js'

/**
 * Run one example.
 *
 * @param example
 *   A rule's example.
 * @returns
 *   Every message the run reports, in order.
 */
export async function runExample(example: RuleExample): Promise<VFileMessage[]> {
  switch (example.run) {
    case 'ingest':
      return (await ingest(example.raw, {id: 'example'})).diagnostics
    case 'load':
      return buildDocument({path: 'example/paper.md', value: example.paper}).file.messages
    case 'cite': {
      const file = new VFile({path: 'example/paper.md'})
      const count = example.footnotes.length
      const footnotes = example.footnotes.map((markdown, index) => ({n: index + 1, text: markdown.replace(/\*/g, ''), markdown, position: {line: index + 1, column: 1}}))
      const references = (example.references ?? []).map((text, index) => ({text, position: {line: count + 2 + index, column: 1}}))
      citeFootnotes('example', footnotes, file, {references})
      return file.messages
    }
    case 'corpus':
      return inFolder(example.folder, async (dir) => {
        if (example.cacheFiles === undefined && example.editCache === undefined) return (await openCorpus(dir, {cache: false})).messages
        return withCache(example.cacheFiles ?? {}, async (cache) => {
          if (example.editCache) {
            await openCorpus(dir)
            const names = (await readdir(cache)).filter((name) => name.endsWith('.json'))
            if (names.length !== 1) throw new Error(`Expected one cache entry, found ${names.length}`)
            const entry = path.join(cache, names[0]!)
            await writeFile(entry, edited(await readFile(entry, 'utf8'), example.editCache))
          }
          return (await openCorpus(dir)).messages
        })
      })
    case 'model':
      return inFolder({'example/paper.md': example.paper}, async (dir) => {
        const files = await readCorpus(dir)
        const key = await modelKey(files, dir)
        await writeFile(path.join(dir, 'model.json'), edited(serializeModel(key, buildCorpus(files, dir)), example.edit))
        const {note} = await readBundledModel(dir, key)
        return note ? [note] : []
      })
    case 'site':
      return inFolder({'example/paper.md': example.paper}, async (dir) => {
        const corpus = await openCorpus(dir, {cache: false})
        return buildSite(corpus, [{path: path.join(dir, 'example', 'paper.md'), value: example.shown}]).messages
      })
  }
}

/** `text` with `from` replaced by `to`; an example whose edit finds nothing is broken. */
function edited(text: string, [from, to]: readonly [string, string]): string {
  if (!text.includes(from)) throw new Error(`Expected \`${from}\` in the file to edit`)
  return text.replaceAll(from, to)
}

/** Make a folder of `files` (path → contents), run `use` on it, remove it. */
async function inFolder<T>(files: Readonly<Record<string, string>>, use: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'claimtrace-rule-'))
  try {
    for (const [name, contents] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, name)), {recursive: true})
      await writeFile(path.join(dir, name), contents)
    }
    return await use(dir)
  } finally {
    await rm(dir, {recursive: true, force: true})
  }
}

/** Run `use` with the cache on, in a cache folder of its own holding `files`. */
async function withCache<T>(files: Readonly<Record<string, string>>, use: (dir: string) => Promise<T>): Promise<T> {
  const saved = {dir: process.env['CLAIMTRACE_CACHE_DIR'], on: process.env['CLAIMTRACE_CACHE']}
  return inFolder(files, async (dir) => {
    process.env['CLAIMTRACE_CACHE_DIR'] = dir
    delete process.env['CLAIMTRACE_CACHE']
    try {
      return await use(dir)
    } finally {
      if (saved.dir === undefined) delete process.env['CLAIMTRACE_CACHE_DIR']
      else process.env['CLAIMTRACE_CACHE_DIR'] = saved.dir
      if (saved.on !== undefined) process.env['CLAIMTRACE_CACHE'] = saved.on
    }
  })
}
