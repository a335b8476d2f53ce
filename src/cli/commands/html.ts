import path from 'node:path'
import type {Command} from '../_io.js'
import {corpusOf, noPositionals, stringFlag} from '../_args.js'

/** `claimtrace html`: write the reader site of the corpus. */
export const command: Command = {
  summary: 'Write a static reader site: one page per document (claims, notes, sources, charts, search) and an index',
  usage: 'html [--corpus DIR] [--document ID] [--style S] [--lang L] [--out DIR] [--force] [--json]',
  options: ['document', 'style', 'lang', 'out'],
  booleans: ['force'],
  async run(args, io) {
    noPositionals(args)
    const corpus = await corpusOf(args)
    const {bundledCorpus, readCorpus} = await import('../../corpus/index.js')
    const {buildSite, writeSite} = await import('../../html/index.js')
    const {readFileSync} = await import('node:fs')
    const version = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {version: string}).version
    const document = stringFlag(args, 'document')
    const style = stringFlag(args, 'style')
    const lang = stringFlag(args, 'lang')
    const options = {version, ...(document === undefined ? {} : {document}), ...(style === undefined ? {} : {style}), ...(lang === undefined ? {} : {lang})}
    const {files, messages} = buildSite(corpus, await readCorpus(stringFlag(args, 'corpus') ?? bundledCorpus), options)
    const out = stringFlag(args, 'out') ?? 'site'
    const {written, removed} = await writeSite(out, files, {force: args.flags['force'] === true})
    for (const message of messages) io.stderr.write(String(message) + '\n')
    if (args.flags['json']) {
      io.stdout.write(JSON.stringify({out, written: written.map((name) => path.join(out, name)), removed: removed.map((name) => path.join(out, name)), bytes: Object.fromEntries(files.map((file) => [file.path, Buffer.byteLength(file.contents)]))}, null, 2) + '\n')
    } else {
      for (const file of files) io.stdout.write(`wrote ${path.join(out, file.path)}  (${(Buffer.byteLength(file.contents) / 1024).toFixed(0)} kB)\n`)
      for (const name of removed) io.stdout.write(`removed ${path.join(out, name)}  (an older page of claimtrace's)\n`)
      io.stdout.write(`open ${path.join(out, 'index.html')} in a browser (works offline, from file://)\n`)
    }
    return 0
  }
}
