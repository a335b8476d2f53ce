#!/usr/bin/env node
import process from 'node:process'
import {main} from './main.js'

// A reader that goes away (`claimtrace claims | head`) ends the run quietly: nothing more can be shown.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}

main(process.argv.slice(2), {stdout: process.stdout, stderr: process.stderr, stdin: process.stdin}).then(
  (code) => {
    process.exitCode = code
  },
  // `main` reports its own failures; this is only reached if reporting itself failed.
  (error: unknown) => {
    process.stderr.write(`claimtrace: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 2
  }
)
