import {PassThrough, Readable} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {reportError} from '../../src/cli/_report.js'
import {fail} from '../../src/errors.js'

function capture(): {io: {stdout: PassThrough; stderr: PassThrough; stdin: Readable}; text: () => string} {
  const stderr = new PassThrough()
  let text = ''
  stderr.on('data', (chunk: Buffer) => (text += chunk.toString()))
  return {io: {stdout: new PassThrough(), stderr, stdin: Readable.from([])}, text: () => text}
}

describe('the CLI’s one error path', () => {
  it('should print a claimtrace error as its message on one line, exit 2', () => {
    const {io, text} = capture()
    expect(reportError(fail('unknown-claim', {id: 'x#c9', example: 'x#c001'}), 'claimtrace cite', io, true)).toBe(2)
    expect(text()).toBe('claimtrace cite: Unknown claim `x#c9`, expected an id such as `x#c001`\n')
  })

  it('should say which file a failed file operation was about, and why, in words', () => {
    const {io, text} = capture()
    const error = Object.assign(new Error("ENOSPC: no space left on device, write '/data/out/x/paper.md'"), {code: 'ENOSPC', syscall: 'write', path: '/data/out/x/paper.md'})
    expect(reportError(error, 'claimtrace ingest', io, false)).toBe(2)
    expect(text()).toBe('claimtrace ingest: Cannot write `/data/out/x/paper.md`: no space left on the device (ENOSPC)\n')
  })

  it('should print an internal error as one line with a hint, and its stack only with --debug', () => {
    const quiet = capture()
    const bug = new TypeError('claims is not iterable')
    expect(reportError(bug, 'claimtrace claims', quiet.io, false)).toBe(2)
    expect(quiet.text()).toBe('claimtrace claims: internal error: claims is not iterable (a bug: rerun with `--debug` for the stack, and report it)\n')
    const debug = capture()
    reportError(bug, 'claimtrace claims', debug.io, true)
    expect(debug.text().split('\n')[0]).toBe(quiet.text().trimEnd())
    expect(debug.text()).toMatch(/^\s+at .+report\.test\.ts:\d+:\d+\)?$/m)
  })

  it('should keep a message with line breaks on one line', () => {
    const {io, text} = capture()
    reportError(new Error('first\n  second'), 'claimtrace', io, false)
    expect(text().split('\n')).toHaveLength(2)
  })
})
