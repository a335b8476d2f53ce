import type {Command} from '../_io.js'
import {noPositionals, stringFlag} from '../_args.js'
import {progress} from '../_progress.js'

/** `claimtrace build`: build (or bring up to date) the on-disk store of a corpus. */
export const command: Command = {
  summary: 'Build the corpus’s index once (`<corpus>/.claimtrace/`): later opens read it at once; only changed papers are built again',
  usage: 'build [--corpus DIR] [--json]   (--json: one progress event per line, the report last)',
  async run(args, io) {
    noPositionals(args)
    const json = args.flags['json'] === true
    const {buildStore} = await import('../../store/index.js')
    const {bundledCorpus} = await import('../../corpus/index.js')
    const dir = stringFlag(args, 'corpus') ?? bundledCorpus
    const bar = await progress(io, json, 'papers')
    try {
      const report = await buildStore(dir, {
        onProgress(event) {
          if (event.type === 'paper') bar.update(event.done, event.total, event.path)
          if (event.type !== 'done') bar.event(event.type === 'paper' ? {type: 'paper', path: event.path, done: event.done, total: event.total} : event)
        }
      })
      bar.stop()
      if (json) {
        io.stdout.write(JSON.stringify({type: 'done', ...report}) + '\n')
      } else {
        const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`
        io.stdout.write(
          `Built ${report.store}: ${report.papers} papers (${report.built} built, ${report.reused} unchanged), ${report.claims} claims; ` +
            `index ${mb(report.bytes.index)}, papers ${mb(report.bytes.papers)}; ${(report.ms / 1000).toFixed(1)} s\n`
        )
      }
      return 0
    } finally {
      bar.stop()
    }
  }
}
