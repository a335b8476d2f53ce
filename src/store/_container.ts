/**
 * The on-disk container of the store: named sections of typed arrays,
 * packed string tables, JSON and deflated blocks, behind a header that names
 * the format, the code that wrote it and a checksum of the body. Numbers are
 * little-endian; sections start at multiples of 8, so arrays are read in
 * place (no copy) when the file's buffer allows it.
 *
 * Layout: `CTRC` · u32 format · u32 header length · header JSON · padding · body.
 */
import {createHash} from 'node:crypto'
import {deflateRawSync, inflateRawSync} from 'node:zlib'
import {fail as failWith} from '../errors.js'

const MAGIC = 'CTRC'
/** Bump when the layout of any file of the store changes. */
export const FORMAT = 1

/** A value a section can hold. */
export type SectionValue = Uint8Array | Uint32Array | Float64Array | string[] | {json: unknown} | {blocks: string[]}

interface SectionHead {
  name: string
  kind: 'u8' | 'u32' | 'f64' | 'strings' | 'json' | 'blocks'
  offset: number
  length: number
}

interface Head {
  /** What wrote the file: the store's code key. */
  code: string
  /** sha256 of the body. */
  sha256: string
  sections: SectionHead[]
}

const pad = (n: number): number => (n + 7) & ~7

/** Packed string table: u32 count, u32 offsets (count + 1), UTF-8 bytes. */
function packStrings(list: readonly string[]): Buffer {
  const bytes = Buffer.from(list.join(''), 'utf8')
  const offsets = new Uint32Array(list.length + 2)
  offsets[0] = list.length
  let at = 0
  for (let i = 0; i < list.length; i++) {
    offsets[i + 1] = at
    at += Buffer.byteLength(list[i]!, 'utf8')
  }
  offsets[list.length + 1] = at
  return Buffer.concat([Buffer.from(offsets.buffer), bytes])
}

function unpackStrings(buffer: Buffer): string[] {
  const count = buffer.readUInt32LE(0)
  const base = 4 * (count + 2)
  const list = new Array<string>(count)
  for (let i = 0; i < count; i++) list[i] = buffer.toString('utf8', base + buffer.readUInt32LE(4 * (i + 1)), base + buffer.readUInt32LE(4 * (i + 2)))
  return list
}

/** Deflated blocks: u32 count, u32 offsets (count + 1), the blocks. */
function packBlocks(blocks: readonly string[]): Buffer {
  const parts = blocks.map((block) => deflateRawSync(Buffer.from(block, 'utf8')))
  const offsets = new Uint32Array(blocks.length + 2)
  offsets[0] = blocks.length
  let at = 0
  parts.forEach((part, i) => {
    offsets[i + 1] = at
    at += part.length
  })
  offsets[blocks.length + 1] = at
  return Buffer.concat([Buffer.from(offsets.buffer), ...parts])
}

/**
 * Encode sections into one file's bytes.
 *
 * @param code
 *   The code key of the writer (files of other code are refused on read).
 * @param sections
 *   Named values.
 * @returns
 *   The bytes.
 * @example
 *   ```ts
 *   decode(encode('k', {a: new Uint32Array([1, 2])}), 'k', 'x').u32('a')
 *   // => Uint32Array [1, 2]
 *   ```
 */
export function encode(code: string, sections: Readonly<Record<string, SectionValue>>): Buffer {
  const heads: SectionHead[] = []
  const bodies: Buffer[] = []
  let offset = 0
  for (const [name, value] of Object.entries(sections)) {
    let kind: SectionHead['kind']
    let bytes: Buffer
    if (value instanceof Uint8Array) (kind = 'u8'), (bytes = Buffer.from(value.buffer, value.byteOffset, value.byteLength))
    else if (value instanceof Uint32Array) (kind = 'u32'), (bytes = Buffer.from(value.buffer, value.byteOffset, value.byteLength))
    else if (value instanceof Float64Array) (kind = 'f64'), (bytes = Buffer.from(value.buffer, value.byteOffset, value.byteLength))
    else if (Array.isArray(value)) (kind = 'strings'), (bytes = packStrings(value))
    else if ('blocks' in value) (kind = 'blocks'), (bytes = packBlocks(value.blocks))
    else (kind = 'json'), (bytes = deflateRawSync(Buffer.from(JSON.stringify(value.json), 'utf8')))
    heads.push({name, kind, offset, length: bytes.length})
    bodies.push(bytes, Buffer.alloc(pad(bytes.length) - bytes.length))
    offset += pad(bytes.length)
  }
  const body = Buffer.concat(bodies)
  const head = Buffer.from(JSON.stringify({code, sha256: createHash('sha256').update(body).digest('hex'), sections: heads} satisfies Head), 'utf8')
  const start = Buffer.alloc(12)
  start.write(MAGIC, 0, 'latin1')
  start.writeUInt32LE(FORMAT, 4)
  start.writeUInt32LE(head.length, 8)
  return Buffer.concat([start, head, Buffer.alloc(pad(12 + head.length) - 12 - head.length), body])
}

/** A decoded file: its sections by name. */
export interface Decoded {
  u8(name: string): Uint8Array
  u32(name: string): Uint32Array
  f64(name: string): Float64Array
  strings(name: string): string[]
  json<T>(name: string): T
  /** Block `i` of a blocks section, inflated. */
  block(name: string, i: number): string
}

/**
 * Decode a file written by {@link encode}, checking its magic, format, code
 * key, length and checksum.
 *
 * @param buffer
 *   The file's bytes.
 * @param code
 *   The code key expected.
 * @param file
 *   The file's path (for messages).
 * @param check
 *   Whether to verify the body's checksum (default `true`).
 * @returns
 *   The sections.
 * @throws {ClaimtraceError}
 *   When the file is not a store file, was written by other code, or is truncated or damaged.
 */
export function decode(buffer: Buffer, code: string, file: string, check = true): Decoded {
  const fail = (why: string): never => {
    throw failWith('bad-store-file', {file, why})
  }
  if (buffer.length < 12 || buffer.toString('latin1', 0, 4) !== MAGIC) fail('content')
  if (buffer.readUInt32LE(4) !== FORMAT) fail(`format ${buffer.readUInt32LE(4)} (this claimtrace reads ${FORMAT})`)
  const headLength = buffer.readUInt32LE(8)
  if (12 + headLength > buffer.length) fail('end of file')
  let head: Head
  try {
    head = JSON.parse(buffer.toString('utf8', 12, 12 + headLength)) as Head
  } catch {
    return fail('header')
  }
  if (head.code !== code) fail('index written by another version of claimtrace')
  const base = pad(12 + headLength)
  const last = head.sections.at(-1)
  if (buffer.length !== base + (last ? last.offset + pad(last.length) : 0)) fail('length (the file is truncated)')
  if (check && createHash('sha256').update(buffer.subarray(base)).digest('hex') !== head.sha256) fail('checksum (the file is damaged)')
  const byName = new Map(head.sections.map((section) => [section.name, section]))
  const bytes = (name: string, kind: SectionHead['kind']): Buffer => {
    const section = byName.get(name)
    if (!section || section.kind !== kind) return fail(`missing section \`${name}\``)
    return buffer.subarray(base + section.offset, base + section.offset + section.length)
  }
  const view = <T>(name: string, kind: SectionHead['kind'], size: number, make: (b: ArrayBuffer, offset: number, length: number) => T): T => {
    let b = bytes(name, kind)
    // Views need aligned offsets; a pooled buffer may not give them.
    if (b.byteOffset % size !== 0) b = Buffer.from(b)
    return make(b.buffer as ArrayBuffer, b.byteOffset, b.length / size)
  }
  const blocks = new Map<string, Buffer>()
  return {
    u8: (name) => view(name, 'u8', 1, (b, o, n) => new Uint8Array(b, o, n)),
    u32: (name) => view(name, 'u32', 4, (b, o, n) => new Uint32Array(b, o, n)),
    f64: (name) => view(name, 'f64', 8, (b, o, n) => new Float64Array(b, o, n)),
    strings: (name) => unpackStrings(bytes(name, 'strings')),
    json: <T>(name: string) => JSON.parse(inflateRawSync(bytes(name, 'json')).toString('utf8')) as T,
    block: (name, i) => {
      let b = blocks.get(name)
      if (!b) blocks.set(name, (b = bytes(name, 'blocks')))
      const count = b.readUInt32LE(0)
      if (i < 0 || i >= count) return fail(`block ${i} of \`${name}\``)
      const at = 4 * (count + 2)
      return inflateRawSync(b.subarray(at + b.readUInt32LE(4 * (i + 1)), at + b.readUInt32LE(4 * (i + 2)))).toString('utf8')
    }
  }
}
