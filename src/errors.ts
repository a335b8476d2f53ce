/**
 * An error claimtrace raises on bad input (unknown style, missing corpus,
 * binary file…). The CLI prints its message on one line and exits with 2.
 */
export class ClaimtraceError extends Error {
  override name = 'ClaimtraceError'
  /** Where the problem is, when known: `file:line:column`. */
  readonly place: string | undefined

  constructor(message: string, place?: string) {
    super(place ? `${place}: ${message}` : message)
    this.place = place
  }
}
