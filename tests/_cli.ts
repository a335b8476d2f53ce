/** Run the CLI in-process with captured streams (the CLI writes only to the streams it is given). */
import {PassThrough, Readable} from 'node:stream'
import {main} from '../src/cli/main.js'

export interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Run `claimtrace …argv` with `stdin` as standard input. */
export async function run(argv: string[], stdin = ''): Promise<Run> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
  const code = await main(argv, {stdout, stderr, stdin: Readable.from([stdin])})
  return {code, stdout: out, stderr: err}
}
