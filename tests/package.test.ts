/**
 * The package as users install it: `npm pack`, install the tarball into a
 * scratch project, import the library and run the CLI from there.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
let project: string

const run = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, npm_config_fund: 'false', npm_config_audit: 'false'}})

beforeAll(() => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'claimtrace-pack-'))
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', scratch], root).trim().split('\n').pop() ?? ''
  project = path.join(scratch, 'project')
  execFileSync('mkdir', ['-p', project])
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({name: 'scratch', version: '1.0.0', type: 'module', private: true}))
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', path.join(scratch, tarball)], project)
}, 300_000)

describe('the packed package', () => {
  it('should ship the corpus and the bibliography', () => {
    const installed = path.join(project, 'node_modules', 'claimtrace')
    expect(existsSync(path.join(installed, 'corpus', 'israel-central-asia-2020', 'paper.md'))).toBe(true)
    expect(existsSync(path.join(installed, 'corpus', 'israel-central-asia-2020', 'source.txt'))).toBe(true)
    expect(existsSync(path.join(installed, 'bibliography', 'israel-central-asia-2020.bib'))).toBe(true)
    expect(existsSync(path.join(installed, 'src'))).toBe(false)
  })

  it('should import the library and open the bundled corpus', () => {
    writeFileSync(
      path.join(project, 'use.mjs'),
      `import {openCorpus} from 'claimtrace'
const corpus = await openCorpus()
const verdict = corpus.verify('Israel invested about $300 million in the economy of Kazakhstan between 1993 and 2006')
console.log(JSON.stringify({footnotes: corpus.footnotes.length, claims: corpus.claims.length, verdict: verdict.verdict, footnote: verdict.claim?.footnotes, files: corpus.messages.map((m) => m.file)}))`
    )
    const out = JSON.parse(run('node', ['use.mjs'], project)) as {footnotes: number; claims: number; verdict: string; footnote: number[]; files: string[]}
    expect(out.footnotes).toBe(64)
    expect(out.claims).toBeGreaterThan(200)
    expect(out.verdict).toBe('supported')
    expect(out.footnote).toEqual([25])
    // Opened from the model shipped in corpus/ (its messages name files relative to the package), not parsed again.
    expect(out.files).toEqual(['corpus/israel-central-asia-2020/paper.md'])
  })

  it('should build the reader site from claimtrace/html', () => {
    writeFileSync(
      path.join(project, 'site.mjs'),
      `import {openSite} from 'claimtrace/html'
const {files} = await openSite()
console.log(JSON.stringify(files.map((file) => [file.path, file.contents.includes('id="claimtrace-data"')])))`
    )
    expect(JSON.parse(run('node', ['site.mjs'], project))).toEqual([['israel-central-asia-2020.html', true], ['index.html', false]])
  })

  it('should run the CLI from the installed bin', () => {
    const footnotes = JSON.parse(run('npx', ['--no-install', 'claimtrace', 'footnotes', '--json'], project)) as Array<{n: number; text: string}>
    expect(footnotes).toHaveLength(64)
    expect(footnotes[1]?.text).toBe('V.I. Mesamed, Israel v Tsentralnoy Azii: grezy i realnost, Moscow, 2012, p. 49.')
    const bib = run('npx', ['--no-install', 'claimtrace', 'bib', '--style', 'apa', '--format', 'bibtex'], project)
    expect(bib).toMatch(/@\w+\{mesamed2012,/)
    expect(run('npx', ['--no-install', 'claimtrace', '--version'], project).trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('should keep the bin executable after a build, in the clone and in the install', () => {
    // `npm pack` ran `prepare`, which rebuilt dist/ from scratch.
    expect(statSync(path.join(root, 'dist', 'cli', 'bin.js')).mode & 0o111).toBe(0o111)
    expect(statSync(path.join(project, 'node_modules', 'claimtrace', 'dist', 'cli', 'bin.js')).mode & 0o111).not.toBe(0)
    // Run as a program (what `npx claimtrace` does in the clone): the exec bit and the shebang.
    expect(run(path.join(root, 'dist', 'cli', 'bin.js'), ['--version'], root).trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('should ship types that compile in a strict consumer without skipLibCheck', () => {
    writeFileSync(
      path.join(project, 'consumer.ts'),
      `import {openCorpus, ingest, ClaimtraceError, formatBibliography, Searcher, type Verification, type Claim, type ErrorCode} from 'claimtrace'
import {citeFootnotes} from 'claimtrace/cite'
import {listStyles} from 'claimtrace/bibliography'

const corpus = await openCorpus()
const verification: Verification = corpus.verify('Israel opened an embassy in Tashkent in 1992')
const claim: Claim | undefined = corpus.claims[0]
const result = await ingest('Some text.', {id: 'x'})
let code: ErrorCode | undefined
try {
  formatBibliography([], {style: 'nope'})
} catch (error) {
  if (error instanceof ClaimtraceError) code = error.code
}
const cited = citeFootnotes('x', [{n: 1, text: 'A. Author, Book, 2012.', markdown: 'A. Author, Book, 2012.'}])
console.log(verification.verdict, claim?.id, result.footnoteCount, code, cited.sources.length, listStyles().length, new Searcher(corpus).search('trade').length)
`
    )
    // skipLibCheck is left at its default (false), so every shipped .d.ts the consumer reaches is checked.
    const compilerOptions = {strict: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', noEmit: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true}
    writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({compilerOptions, files: ['consumer.ts']}))
    const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc')
    expect(run(process.execPath, [tsc, '-p', project], project)).toBe('')
  })
})

