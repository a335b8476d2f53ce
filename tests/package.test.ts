/**
 * The package as users install it: `npm pack`, install the tarball into a
 * scratch project, import the library and run the CLI from there.
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, writeFileSync, existsSync} from 'node:fs'
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
})
