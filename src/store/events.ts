/** What a build of a store reports (kept apart so the public types need nothing of the store's internals). */

/** A step of a build. */
export type BuildEvent =
  | {type: 'start'; papers: number; build: number}
  | {type: 'paper'; path: string; done: number; total: number; reused: boolean}
  | {type: 'merge'}
  | {type: 'done'; report: BuildReport}

/** What a build did. */
export interface BuildReport {
  /** The store folder. */
  store: string
  papers: number
  /** Papers built again (new or changed). */
  built: number
  /** Papers whose file was reused. */
  reused: number
  /** Paper files removed (papers gone or changed). */
  removed: number
  claims: number
  /** Bytes on disk: the merged index, and the papers' files. */
  bytes: {index: number; papers: number}
  ms: number
}

