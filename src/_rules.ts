/**
 * Every diagnostic rule claimtrace reports, in one table: its `ruleId`, the
 * stage that reports it, its severity, when it fires, and an example that
 * makes it fire. The README's Diagnostics table is generated from it
 * (`npm run build:docs`), and `tests/rules.test.ts` runs every example — as
 * remark-lint keeps each rule's fixtures in its documentation, so the
 * documentation is the test — and scans `src/` so that no rule is emitted
 * without an entry here, nor listed here without code that emits it.
 *
 * The code that reports a rule keeps its id as a literal (`ruleId:
 * 'missing-marker'`); this module is data only, imported by no stage.
 *
 * @packageDocumentation
 */

/** The stage that reports a rule, in pipeline order. */
export type Stage = 'ingest' | 'load' | 'cite' | 'cache' | 'html'

/**
 * The stages, in the order the README lists them.
 *
 * @example
 *   ```ts
 *   stages.indexOf('cite') > stages.indexOf('load')
 *   // => true
 *   ```
 */
export const stages: readonly Stage[] = ['ingest', 'load', 'cite', 'cache', 'html']

/** A vfile message's severity: `warning` (`fatal: false`) or `info` (`fatal: undefined`); claimtrace reports no errors as messages. */
export type Severity = 'warning' | 'info'

/**
 * A small input that makes a rule fire, and how to run it (`run`):
 *
 * - `ingest`: `raw` through `ingest(raw, {id: 'example'})`; messages are the
 *   result's `diagnostics`, placed in `raw`.
 * - `load`: `paper` as `example/paper.md` through `buildDocument` (parse,
 *   claims, citations of one paper); messages are its file's.
 * - `cite`: `footnotes` (footnote `k` is the `k`-th, placed at line `k`,
 *   column 1) and `references` (entry `k` at line `footnotes.length + 1 + k`,
 *   as if a blank line and the list followed them) through
 *   `citeFootnotes('example', footnotes, file, {references})`.
 * - `corpus`: a corpus folder made of `folder` (paths relative to it → file
 *   contents; a path through `paper.md/` makes a folder of that name) opened
 *   with `openCorpus(dir, {cache: false})`; with `cacheFiles` or
 *   `editCache`, opened with the cache on, in a cache folder of its own
 *   (`$CLAIMTRACE_CACHE_DIR`) that holds `cacheFiles` first; with
 *   `editCache: [from, to]`, opened once, the cache entry's `from` replaced
 *   by `to`, and opened again. Messages are `corpus.messages`.
 * - `model`: `paper` as `example/paper.md` of a folder beside a `model.json`
 *   that `npm run build:corpus` would write for it, with `edit[0]` replaced
 *   by `edit[1]`, read as the bundled corpus's shipped model is
 *   (`readBundledModel`); the message is its `note`.
 * - `site`: `paper` as `example/paper.md`, opened as a corpus (no cache),
 *   whose site is built by `buildSite` from `shown` as that `paper.md`'s text;
 *   messages are the site's.
 *
 * `place` is where the rule's (first) message is, `line:column`, or `null`
 * for a rule that has no place (a folder, a whole text); `others` are the
 * other rules the example reports too (the test checks the example reports
 * exactly these and `ruleId`).
 */
export type RuleExample = (
  | {run: 'ingest'; raw: string}
  | {run: 'load'; paper: string}
  | {run: 'cite'; footnotes: readonly string[]; references?: readonly string[]}
  | {run: 'corpus'; folder: Readonly<Record<string, string>>; cacheFiles?: Readonly<Record<string, string>>; editCache?: readonly [string, string]}
  | {run: 'model'; paper: string; edit: readonly [string, string]}
  | {run: 'site'; paper: string; shown: string}
) & {place: string | null; others?: readonly string[]}

/** One diagnostic rule. */
export interface Rule {
  /** The `ruleId` of its messages. */
  ruleId: string
  /** The stage that reports it. */
  stage: Stage
  /** The severities its messages take (default `warning`). */
  severity?: Severity | readonly Severity[]
  /** When it fires, and what claimtrace does then (Markdown, one line: a cell of the README table). */
  summary: string
  /** An input that makes it fire. */
  example: RuleExample
}

/** A line of justified text as the journal's extraction prints it: every space between words damaged to U+FFFD (leading spaces kept). */
function justified(text: string): string {
  return text.replace(/(?<=\S) (?=\S)/g, '\uFFFD')
}

/** Raw text from its lines. */
function lines(...texts: string[]): string {
  return texts.join('\n')
}

/** A `paper.md` with front matter (`id: example` and `more`) and a body. */
function paper(body: string, more = ''): string {
  return `---\nid: example\n${more}---\n\n${body}`
}

const book1 = justified('1 See: A. Author, Book, Moscow, 2012.')
const book2 = justified('2 See: B. Writer, Book, Moscow, 2013.')
const book3 = justified('3 See: C. Scribe, Book, Moscow, 2014.')
const cited = paper('It rose.[^1]\n\n[^1]: See: A. Author, *Book*, Moscow, 2012.\n')

/**
 * Every rule, by stage. The list is checked both ways against the code
 * (`tests/rules.test.ts`).
 *
 * @example
 *   ```ts
 *   rules.find((rule) => rule.ruleId === 'missing-marker')?.stage
 *   // => 'ingest'
 *   ```
 */
export const rules: readonly Rule[] = [
  // Ingest: messages placed in the raw text.
  {
    ruleId: 'missing-marker',
    stage: 'ingest',
    summary: 'the body’s markers skip a number and it never comes later (the marker was lost)',
    example: {run: 'ingest', raw: lines(justified('First claim.1 Second claim.3'), '', book1, book2, book3), place: '1:28', others: ['footnote-without-marker']}
  },
  {
    ruleId: 'marker-out-of-order',
    stage: 'ingest',
    summary: 'a marker printed after a higher one: kept where it is printed',
    example: {run: 'ingest', raw: lines(justified('First claim here.1 A second claim.3 A third claim.2'), '', book1, book2, book3), place: '1:51'}
  },
  {
    ruleId: 'footnote-without-marker',
    stage: 'ingest',
    summary: 'a footnote whose marker the body never shows (kept)',
    example: {run: 'ingest', raw: lines(justified('Israel opened an embassy in 1992.1 Then it waited.'), '', book1, book2), place: '4:1'}
  },
  {
    ruleId: 'marker-without-footnote',
    stage: 'ingest',
    summary: 'a marker with no footnote: kept as the printed digits, nothing invented',
    example: {run: 'ingest', raw: lines(justified('A claim.1 Another claim.2'), '', book1), place: '1:25'}
  },
  {
    ruleId: 'missing-footnote',
    stage: 'ingest',
    summary: 'the footnotes skip a number (a footnote lost): the sequence goes on',
    example: {run: 'ingest', raw: lines(justified('First claim.1 Second claim.2 Third claim.3'), '', book1, book3), place: '4:1', others: ['marker-without-footnote']}
  },
  {
    ruleId: 'duplicate-footnote-number',
    stage: 'ingest',
    summary: 'a footnote printed with the number of the one before: kept as the next footnote, separate',
    example: {run: 'ingest', raw: lines(justified('First claim.1 Second claim.2 Third claim.3'), '', book1, book2, justified('2 See: C. Scribe, Book, Moscow, 2014.')), place: '5:1'}
  },
  {
    ruleId: 'footnote-continuation',
    stage: 'ingest',
    summary: 'text given back to a footnote: begun on the page before, or going on to its page’s end',
    example: {
      run: 'ingest',
      raw: lines(
        justified('A claim on the first page of the article cites a long note.1 And'),
        '',
        justified('1 See: A. Writer, Book, Moscow,'),
        ' ' + justified('the body goes on to the next page, where it ends.2'),
        '',
        justified('2012, p. 4.'),
        book2
      ),
      place: '6:1'
    }
  },
  {
    ruleId: 'ambiguous-continuation',
    stage: 'ingest',
    summary: 'text kept in the body though the footnote before it breaks off: names both places',
    example: {
      run: 'ingest',
      raw: lines(
        justified('The first page carries a claim with a footnote that will not fit on this page of the journal.1 And'),
        '',
        justified('1 See: A. Writer, Book, Moscow, 2012, pp.'),
        ' ' + justified('more body text on the next page, which goes on for a while and ends here.2 Then a last sentence of body.'),
        '',
        justified('The second paragraph of the body opens here and makes a new point about the trade.'),
        book2
      ),
      place: '6:1'
    }
  },
  {
    ruleId: 'ambiguous-ligature',
    stage: 'ingest',
    summary: 'a damaged word two repairs fit equally (`rie`: `riffle` or `rifle`): the first is taken, both named',
    example: {run: 'ingest', raw: lines(justified('The hunter cleaned his rie before dawn.1'), '', book1), place: '1:24'}
  },
  {
    ruleId: 'drop-cap',
    stage: 'ingest',
    severity: ['info', 'warning'],
    summary: 'the abstract’s lost initial: restored (info), or not when no capital makes a word the document uses (warning)',
    example: {run: 'ingest', raw: lines(justified('he first sentence of the text cites a book.1'), '', book1), place: '1:1'}
  },
  {
    ruleId: 'figure-without-label',
    stage: 'ingest',
    summary: 'a figure whose label is lost: numbered from its order',
    example: {run: 'ingest', raw: lines(justified('Trade grew quickly.1'), '', 'S o u r c e:  Compiled by the author.', '', book1), place: '3:1'}
  },
  {
    ruleId: 'figure-sequence',
    stage: 'ingest',
    summary: 'a figure’s printed number out of sequence: kept as printed',
    example: {run: 'ingest', raw: lines(justified('Trade grew quickly.1'), '', 'F i g u r e  2', '', 'Trade of Israel', '', 'S o u r c e:  Compiled by the author.', '', book1), place: '3:1'}
  },
  {
    ruleId: 'no-footnotes',
    stage: 'ingest',
    summary: 'a text with neither markers nor footnotes (no place: the whole text)',
    example: {run: 'ingest', raw: justified('A plain paragraph of text that has no notes at all.'), place: null}
  },

  // Load: messages placed in `paper.md`.
  {
    ruleId: 'undefined-footnote',
    stage: 'load',
    summary: 'a `[^n]` with no definition (remark does not parse it as a reference)',
    example: {run: 'load', paper: paper('It rose.[^1]\n'), place: '5:9'}
  },
  {
    ruleId: 'unused-footnote-definition',
    stage: 'load',
    summary: 'a footnote definition nothing references',
    example: {run: 'load', paper: paper('It rose.\n\n[^1]: See: A. Author, *Book*, Moscow, 2012.\n'), place: '7:1'}
  },
  {
    ruleId: 'duplicate-footnote-definition',
    stage: 'load',
    summary: 'a footnote defined twice: the first definition counts',
    example: {run: 'load', paper: paper('It rose.[^1]\n\n[^1]: See: A. Author, *Book*, Moscow, 2012.\n\n[^1]: See: B. Writer, *Book*, Moscow, 2013.\n'), place: '9:1'}
  },
  {
    ruleId: 'footnote-number',
    stage: 'load',
    summary: 'a footnote not numbered (`[^a]`)',
    example: {run: 'load', paper: paper('It rose.[^a]\n\n[^a]: See: A. Author, *Book*, Moscow, 2012.\n'), place: '7:1'}
  },
  {
    ruleId: 'front-matter',
    stage: 'load',
    summary: 'front matter that is broken YAML, or not a mapping',
    example: {run: 'load', paper: paper('It rose.\n', 'year: [2020\n'), place: '3:12'}
  },
  {
    ruleId: 'missing-front-matter',
    stage: 'load',
    summary: 'a `paper.md` without front matter',
    example: {run: 'load', paper: 'It rose.[^1]\n\n[^1]: See: A. Author, *Book*, Moscow, 2012.\n', place: '1:1'}
  },
  {
    ruleId: 'footnote-count',
    stage: 'load',
    summary: 'a number of footnote definitions that differs from the front matter’s `footnotes`',
    example: {run: 'load', paper: paper('It rose.[^1]\n\n[^1]: See: A. Author, *Book*, Moscow, 2012.\n', 'footnotes: 2\n'), place: '1:1'}
  },
  {
    ruleId: 'figure-count',
    stage: 'load',
    summary: 'a number of figures that differs from the front matter’s `figures`',
    example: {run: 'load', paper: paper('It rose.\n', 'figures: 1\n'), place: '1:1'}
  },
  {
    ruleId: 'figure-number',
    stage: 'load',
    summary: 'a `:::figure` without its number',
    example: {run: 'load', paper: paper('It rose.\n\n:::figure\n**Figure.** Trade\n:::\n'), place: '7:1'}
  },
  {
    ruleId: 'empty-corpus',
    stage: 'load',
    summary: 'a folder from which no paper loaded: none there, or none readable (no place: a folder)',
    example: {run: 'corpus', folder: {}, place: null}
  },
  {
    ruleId: 'duplicate-document',
    stage: 'load',
    summary: 'a paper with the id of one before it: the later is left out',
    example: {run: 'corpus', folder: {'a/paper.md': paper('It rose.\n'), 'b/paper.md': paper('It fell.\n')}, place: '1:1'}
  },
  {
    ruleId: 'unreadable-paper',
    stage: 'load',
    summary: 'a `paper.md` that cannot be read or holds binary data (the rest still loads)',
    example: {run: 'corpus', folder: {'binary/paper.md': 'It rose.\u0000', 'example/paper.md': cited}, place: '1:1'}
  },
  {
    ruleId: 'unsafe-paper',
    stage: 'load',
    summary: 'a `paper.md` (or document folder) that links outside the corpus folder, or is a FIFO, device or folder: skipped, never read',
    example: {run: 'corpus', folder: {'example/paper.md': cited, 'folder/paper.md/notes.txt': 'not a paper'}, place: '1:1'}
  },

  // Cite: messages placed at the footnote (or reference-list entry).
  {
    ruleId: 'no-citation',
    stage: 'cite',
    summary: 'a footnote that is a comment only',
    example: {run: 'cite', footnotes: ['See: V.I. Mesamed, *Israel v Tsentralnoy Azii*, Moscow, 2012, p. 49.', 'The figures were revised later.'], place: '2:1'}
  },
  {
    ruleId: 'untitled-work',
    stage: 'cite',
    summary: 'a work cited with neither title nor author: nothing filled in',
    example: {run: 'cite', footnotes: ['See: available at [https://example.org/x], 3 May, 2020.'], place: '1:1'}
  },
  {
    ruleId: 'missing-year',
    stage: 'cite',
    summary: 'a work (not on the web, not archival) without a year: none filled in',
    example: {run: 'cite', footnotes: ['V.I. Mesamed, *Israel v Tsentralnoy Azii*, Moscow.'], place: '1:1'}
  },
  {
    ruleId: 'author-date-without-entry',
    stage: 'cite',
    summary: 'an author-date form (`Sahadeo, 2007`) the reference list has no entry for: kept as its author and year',
    example: {run: 'cite', footnotes: ['Sahadeo, 2007, p. 12.'], references: ['Brower, D. (2003). *Turkestan and the Fate of the Russian Empire*. London: Routledge.'], place: '1:1'}
  },
  {
    ruleId: 'unknown-archive',
    stage: 'cite',
    summary: 'an archive code outside the table (`GAOO`): kept as printed',
    example: {run: 'cite', footnotes: ['GAOO, f. 3, op. 1, d. 12, l. 4.'], place: '1:1'}
  },
  {
    ruleId: 'unparsed-entry',
    stage: 'cite',
    summary: 'a reference-list entry without a readable author and year',
    example: {
      run: 'cite',
      footnotes: ['Brower, 2003, p. 5.'],
      references: ['Brower, D. (2003). *Turkestan and the Fate of the Russian Empire*. London: Routledge.', 'A list of papers kept in the office.'],
      place: '4:1'
    }
  },
  {
    ruleId: 'url-without-date',
    stage: 'cite',
    summary: 'a URL printed without its access date',
    example: {run: 'cite', footnotes: ['I. Muradian, “Israel i Evrazia,” INOSMI.RU, 2020, available at [https://inosmi.ru/x.html].'], place: '1:1'}
  },
  {
    ruleId: 'invalid-date',
    stage: 'cite',
    summary: 'a date that is not one (“30 January, 30”): no field is filled from it',
    example: {run: 'cite', footnotes: ['I. Muradian, “Israel i Evrazia,” INOSMI.RU, 30 January, 30.'], place: '1:1', others: ['missing-year']}
  },
  {
    ruleId: 'ibid-without-antecedent',
    stage: 'cite',
    summary: 'an `Ibid.` with no work before it to point to',
    example: {run: 'cite', footnotes: ['Ibid., p. 4.'], place: '1:1'}
  },
  {
    ruleId: 'unresolved-op-cit',
    stage: 'cite',
    summary: 'an `op. cit.` whose author has no work before it',
    example: {run: 'cite', footnotes: ['See: V.I. Mesamed, op. cit., p. 5.'], place: '1:1'}
  },
  {
    ruleId: 'ambiguous-op-cit',
    stage: 'cite',
    summary: 'an `op. cit.` whose author has several works before it, and no short title: the last cited is taken',
    example: {
      run: 'cite',
      footnotes: ['V.I. Mesamed, *Israel v Tsentralnoy Azii*, Moscow, 2012.', 'V.I. Mesamed, *Israel i Iran*, Moscow, 2014.', 'V.I. Mesamed, op. cit., p. 5.'],
      place: '3:1'
    }
  },

  // Cache: stored models (see the README's Trust section); placed at 1:1 of the file or folder.
  {
    ruleId: 'cache-unsafe',
    stage: 'cache',
    summary: 'a cache folder owned by another user, writable by others, or holding files claimtrace did not write: the cache is off',
    example: {run: 'corpus', folder: {'example/paper.md': cited}, cacheFiles: {'notes.txt': 'a file claimtrace did not write'}, place: '1:1'}
  },
  {
    ruleId: 'cache-invalid',
    stage: 'cache',
    summary: 'a cached model whose digest, shape or key does not fit: rebuilt from the papers',
    example: {run: 'corpus', folder: {'example/paper.md': cited}, editCache: ['It rose.', 'It fell.'], place: '1:1'}
  },
  {
    ruleId: 'model-invalid',
    stage: 'cache',
    summary: 'a shipped model (`corpus/model.json`) whose digest, shape or key does not fit: rebuilt from the papers',
    example: {run: 'model', paper: cited, edit: ['It rose.', 'It fell.'], place: '1:1'}
  },

  // HTML: the reader site.
  {
    ruleId: 'unplaced-claim',
    stage: 'html',
    summary: 'claims of the corpus model not found in the `paper.md` the site renders (a stale model): left unmarked',
    example: {run: 'site', paper: cited, shown: paper('## Introduction\n\nIt rose.[^1]\n\n[^1]: See: A. Author, *Book*, Moscow, 2012.\n'), place: '1:1'}
  }
]
