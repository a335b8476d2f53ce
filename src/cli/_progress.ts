/**
 * Progress of long steps (building a store, ingesting a folder): a bar on
 * stderr when it is a terminal (`cli-progress`), JSON Lines events on stdout
 * with `--json`, nothing otherwise.
 */
import type {Io} from './_io.js'

/** A progress display. */
export interface Progress {
  /** `done` of `total` steps, the current one named. */
  update(done: number, total: number, name: string): void
  /** A JSON event (only with `--json`). */
  event(event: Record<string, unknown>): void
  stop(): void
}

/**
 * Make a progress display.
 *
 * @param io
 *   The streams.
 * @param json
 *   Whether to write JSON events to stdout.
 * @param label
 *   What the steps are (`papers`).
 * @returns
 *   The display.
 */
export async function progress(io: Io, json: boolean, label: string): Promise<Progress> {
  if (json) {
    return {update: () => undefined, event: (event) => io.stdout.write(JSON.stringify(event) + '\n'), stop: () => undefined}
  }
  if (io.stderr.isTTY !== true) return {update: () => undefined, event: () => undefined, stop: () => undefined}
  const {SingleBar, Presets} = (await import('cli-progress')).default
  const bar = new SingleBar({stream: io.stderr as NodeJS.WriteStream, format: `{bar} {value}/{total} ${label} · {name}`, hideCursor: true, clearOnComplete: true, etaBuffer: 20}, Presets.shades_classic)
  let started = false
  return {
    update(done, total, name) {
      if (!started) bar.start(total, 0, {name: ''}), (started = true)
      bar.setTotal(total)
      bar.update(done, {name})
    },
    event: () => undefined,
    stop: () => started && bar.stop()
  }
}
