import {errorText, type ErrorCode, type ErrorParams} from './_messages.js'

export type {ErrorCode} from './_messages.js'

/** Options of {@link ClaimtraceError}. */
export interface ErrorOptions {
  /** Where the problem is: `file:line:column`, or a file. */
  place?: string | undefined
  /** What went wrong, for programs (a key of `errorTexts` in `src/_messages.ts`). */
  code?: ErrorCode | undefined
  /** The error that caused this one. */
  cause?: unknown
}

/**
 * An error claimtrace raises on bad input (unknown style, missing corpus,
 * binary file…). The CLI prints its message on one line and exits with 2.
 * Programs branch on `code`, people read `message`.
 *
 * @example
 *   ```ts
 *   try {
 *     await openCorpus('nowhere')
 *   } catch (error) {
 *     if (error instanceof ClaimtraceError) error.code
 *     // => 'corpus-not-found'
 *   }
 *   ```
 */
export class ClaimtraceError extends Error {
  override name = 'ClaimtraceError'
  /** Where the problem is, when known: `file:line:column`. */
  readonly place: string | undefined
  /** What went wrong, stable across versions (`'invalid-argument'` when the thrower gave none). */
  readonly code: ErrorCode

  /**
   * @param message
   *   What is wrong and what was expected.
   * @param options
   *   The place (a string, as before), or `{place, code, cause}`.
   */
  constructor(message: string, options?: string | Readonly<ErrorOptions>) {
    const {place, code, cause} = typeof options === 'string' ? {place: options, code: undefined, cause: undefined} : (options ?? {})
    super(place ? `${place}: ${message}` : message, cause === undefined ? undefined : {cause})
    this.place = place
    this.code = code ?? 'invalid-argument'
  }
}

/**
 * Make the error of a code, its text from `src/_messages.ts`.
 *
 * @param code
 *   What went wrong.
 * @param params
 *   What the text names.
 * @param place
 *   Where, when known (`file:line:column`).
 * @returns
 *   The error, to throw.
 * @example
 *   ```ts
 *   throw fail('unknown-claim', {id: 'x#c9', example: 'x#c001'})
 *   // ClaimtraceError: Unknown claim `x#c9`, expected an id such as `x#c001`
 *   ```
 */
export function fail<Code extends ErrorCode>(code: Code, params: ErrorParams<Code>, place?: string, cause?: unknown): ClaimtraceError {
  return new ClaimtraceError(errorText(code, params), {place, code, cause})
}

/**
 * Whether a value is a claimtrace error, also one thrown by another copy of the module.
 *
 * @param error
 *   Anything caught.
 * @returns
 *   `true` for a {@link ClaimtraceError}.
 * @example
 *   ```ts
 *   isClaimtraceError(fail('empty-input', {}))
 *   // => true
 *   ```
 */
export function isClaimtraceError(error: unknown): error is ClaimtraceError {
  return error instanceof ClaimtraceError || (error instanceof Error && (error.name === 'ClaimtraceError' || error.name === 'UsageError'))
}
