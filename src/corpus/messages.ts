/**
 * Diagnostics as stored in a model file or a store part, and back: a vfile
 * message's plain form (reason, file, place, rule, source, fatal) and the
 * message `file.message` would have made from it.
 *
 * @packageDocumentation
 */
import {VFileMessage} from 'vfile-message'

/** A message as stored. */
export interface StoredMessage {
  reason: string
  file?: string | undefined
  /** A point or a position; anything else read back is dropped (a stored file is checked, never trusted). */
  place?: unknown
  ruleId?: string | undefined
  source?: string | undefined
  fatal?: boolean | null | undefined
}

/**
 * Store a message.
 *
 * @param message
 *   A vfile message.
 * @returns
 *   Its plain form.
 */
export function storeMessage(message: VFileMessage): StoredMessage {
  return {
    reason: message.reason,
    ...(message.file ? {file: message.file} : {}),
    ...(message.place ? {place: JSON.parse(JSON.stringify(message.place)) as unknown} : {}),
    ...(message.ruleId ? {ruleId: message.ruleId} : {}),
    ...(message.source ? {source: message.source} : {}),
    fatal: message.fatal
  }
}

/**
 * Revive a stored message as `file.message` makes it (`name` is `path:place`).
 *
 * @param stored
 *   The plain form.
 * @returns
 *   The vfile message.
 */
export function reviveMessage(stored: StoredMessage): VFileMessage {
  const place = isPlace(stored.place) ? stored.place : undefined
  const message = new VFileMessage(stored.reason, {
    ...(place ? {place} : {}),
    ...(stored.ruleId ? {ruleId: stored.ruleId} : {}),
    ...(stored.source ? {source: stored.source} : {})
  })
  if (stored.file) {
    message.name = `${stored.file}:${message.name}`
    message.file = stored.file
  }
  message.fatal = stored.fatal
  return message
}

type Point = {line: number; column: number}

function isPoint(value: unknown): value is Point {
  return typeof value === 'object' && value !== null && Number.isSafeInteger((value as Point).line) && Number.isSafeInteger((value as Point).column)
}

function isPlace(value: unknown): value is Point | {start: Point; end: Point} {
  return isPoint(value) || (typeof value === 'object' && value !== null && isPoint((value as {start?: unknown}).start) && isPoint((value as {end?: unknown}).end))
}
