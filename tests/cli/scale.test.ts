import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {run} from '../_cli.js'
import {MAPPING} from '../../src/export/index.js'

let dir: string

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'claimtrace-cli-scale-'))
  await cp('corpus/israel-central-asia-2020', path.join(dir, 'corpus', 'israel-central-asia-2020'), {recursive: true})
  await cp('tests/fixtures/corpus-mini/mini-2020', path.join(dir, 'corpus', 'mini-2020'), {recursive: true})
})

afterAll(async () => {
  await rm(dir, {recursive: true, force: true})
})

const corpus = (): string => path.join(dir, 'corpus')

describe('claimtrace build, documents, --document, sources --cited-by', () => {
  it('should build the store with JSON progress events, then reuse it', async () => {
    const first = await run(['build', '--corpus', corpus(), '--json'])
    expect(first.code).toBe(0)
    const events = first.stdout.trim().split('\n').map((line) => JSON.parse(line) as {type: string; built?: number; papers?: number})
    expect(events.map((e) => e.type)).toEqual(['start', 'paper', 'paper', 'merge', 'done'])
    expect(events.at(-1)).toMatchObject({papers: 2, built: 2})
    const second = await run(['build', '--corpus', corpus()])
    expect(second.stdout).toMatch(/2 papers \(0 built, 2 unchanged\)/)
  })

  it('should list the documents with their counts', async () => {
    const {stdout, code} = await run(['documents', '--corpus', corpus(), '--json'])
    expect(code).toBe(0)
    expect((JSON.parse(stdout) as Array<{id: string; footnotes: number}>).map((d) => [d.id, d.footnotes])).toEqual([['israel-central-asia-2020', 64], ['mini-2020', 15]])
  })

  it('should answer within one document with --document, and refuse an unknown one', async () => {
    const resolved = JSON.parse((await run(['resolve', 'Israeli embassy in Tashkent', '--corpus', corpus(), '--document', 'mini-2020', '--json'])).stdout) as {matches: Array<{claim: {document: string}}>}
    expect(resolved.matches.every((m) => m.claim.document === 'mini-2020')).toBe(true)
    const claims = JSON.parse((await run(['claims', '--corpus', corpus(), '--document', 'mini-2020', '--json'])).stdout) as Array<{document: string}>
    expect(claims.length).toBeGreaterThan(0)
    expect(claims.every((c) => c.document === 'mini-2020')).toBe(true)
    const unknown = await run(['verify', 'Israel opened an embassy', '--corpus', corpus(), '--document', 'nope'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/Unknown document `nope`/)
  })

  it('should name the papers citing a work', async () => {
    const {stdout, code} = await run(['sources', '--corpus', corpus(), '--cited-by', 'mesamed2012', '--json'])
    expect(code).toBe(0)
    const cited = JSON.parse(stdout) as {source: {id: string}; documents: Array<{document: string; footnotes: number[]}>}
    expect(cited.source.id).toBe('mesamed2012')
    expect(cited.documents.map((d) => d.document)).toContain('israel-central-asia-2020')
    expect((await run(['sources', '--corpus', corpus(), '--cited-by', 'nobody1900'])).code).toBe(2)
  })
})

describe('claimtrace export', () => {
  it('should write every claim, footnote and source as a JSON line, each field in the documented mapping', async () => {
    const out = path.join(dir, 'export.jsonl')
    expect((await run(['export', '--format', 'jsonl', '--corpus', corpus(), '--out', out])).code).toBe(0)
    const records = (await readFile(out, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
    const count = (kind: string): number => records.filter((r) => r['kind'] === kind).length
    const documents = JSON.parse((await run(['claims', '--corpus', corpus(), '--json'])).stdout) as unknown[]
    const footnotes = JSON.parse((await run(['footnotes', '--corpus', corpus(), '--json'])).stdout) as unknown[]
    const sources = JSON.parse((await run(['sources', '--corpus', corpus(), '--json'])).stdout) as unknown[]
    expect([count('claim'), count('footnote'), count('source')]).toEqual([documents.length, footnotes.length, sources.length])
    const fields = new Set(Object.keys(MAPPING.mappings.properties))
    for (const record of records) for (const key of Object.keys(record)) expect(fields.has(key)).toBe(true)
    expect(JSON.parse(await readFile('docs/opensearch-mapping.json', 'utf8'))).toEqual(MAPPING)
  })
})

describe('claimtrace ingest of several files', () => {
  it('should ingest each, go on after a failure, print a table and exit 2', async () => {
    const raw = path.join(dir, 'raw')
    await cp('tests/fixtures/unseen/source.txt', path.join(raw, 'unseen.txt'))
    await cp('tests/fixtures/unseen-2/source.txt', path.join(raw, 'second.txt'))
    await writeFile(path.join(raw, 'broken.txt'), Buffer.from([0x41, 0xff, 0xfe, 0x42]))
    const out = path.join(dir, 'ingested')
    const result = await run(['ingest', raw, '--out', out])
    expect(result.code).toBe(2)
    expect(result.stdout).toMatch(/broken\.txt\s+—\s+—\s+failed: .*Unexpected byte 0xff/)
    expect(result.stdout).toMatch(/2 of 3 ingested, 1 failed/)
    const listed = JSON.parse((await run(['documents', '--corpus', out, '--json'])).stdout) as Array<{id: string}>
    expect(listed.map((d) => d.id).sort()).toHaveLength(2)
  })
})
