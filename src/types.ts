/**
 * The data model of claimtrace: what the corpus loader builds and what the
 * CLI prints with `--json`. These shapes are the public contract of
 * `../shared/DESIGN.md`; change them only with a clear gain.
 *
 * @packageDocumentation
 */

/** A CSL-JSON item (the CSL project's input schema); `id` is stable and readable, e.g. `mesamed2012`. */
export interface CslItem {
  id: string
  type: string
  [field: string]: unknown
}

/** How a footnote refers to its work. */
export type CitationKind = 'full' | 'ibid' | 'op-cit' | 'short'

/** One reference to a work inside a footnote, resolved to a source. */
export interface Citation {
  /** Footnote number this citation sits in. */
  footnote: number
  /** Id of a {@link CslItem} in `corpus.sources`. */
  source: string
  /** Locator as printed: `"49"`, `"56-57"`, `"21-22 ob."` (sheets of an archival file), `"5"` (a chapter). */
  locator?: string
  /** What the locator counts (CSL locator labels): pages, an archival file’s sheets (`folio`), or a chapter. */
  label?: 'page' | 'folio' | 'chapter'
  kind: CitationKind
  /** Lead-in as printed, e.g. `"See:"`. */
  prefix?: string
}

/** A footnote of a document, with the citations parsed from it. */
export interface Footnote {
  document: string
  n: number
  /** Plain text of the footnote (emphasis markers removed). */
  text: string
  citations: Citation[]
}

/** Entities found in a claim; feed filters and the verifier's discrepancy check. */
export interface Annotations {
  /** Canonical country names (`"Kazakhstan"` for "Kazakh", "Kazakhstan’s"). */
  countries: string[]
  years: number[]
  /** Quantities as printed, normalised: `"$300 million"`, `"50 percent"`, `"82 hectares"`. */
  quantities: string[]
  /** People and organisations: `"MASHAV"`, `"Shimon Peres"`. */
  entities: string[]
}

/** A position in a file: 1-based line and column. */
export interface Point {
  line: number
  column: number
}

/** One statement of the paper: the text up to a footnote marker, or a sentence without one. */
export interface Claim {
  /** Stable across runs: `"<document>#c042"`. */
  id: string
  document: string
  /** Clean text of the claim, markers removed. */
  text: string
  /** The whole sentence it belongs to. */
  sentence: string
  /** Heading it sits under. */
  section: string
  /** Footnote numbers whose markers close this claim (`[]` = uncited). */
  footnotes: number[]
  /** Resolved, in footnote order. */
  citations: Citation[]
  /** Figures the claim points to ("see Fig. 2"). */
  figures: number[]
  annotations: Annotations
  /** Where the claim starts in `paper.md`. */
  position: Point
}

/** A section of a document: a heading and the range of claims under it. */
export interface Section {
  title: string
  depth: number
}

/** A figure recovered from the layout. */
export interface Figure {
  n: number
  caption?: string
  source?: string
}

/** One article of the corpus (its `paper.md` front matter and outline). */
export interface Document {
  id: string
  title: string | null
  authors: string[]
  journal: string | null
  volume: number | null
  issue: number | null
  year: number | null
  pages?: string
  sha256?: string
  sections: Section[]
  figures: Figure[]
}

/** A search result; `score` is normalised to 0..1, 1 = best. */
export interface SearchHit {
  kind: 'claim' | 'footnote' | 'source'
  id: string
  score: number
  text: string
  matches: {key: string; indices: Array<[number, number]>}[]
}

/** The claims a query restates, best first. */
export interface Resolution {
  query: string
  matches: {claim: Claim; score: number; citations: Citation[]; sources: CslItem[]}[]
}

/**
 * What a difference between a statement and the paper's claim is about:
 * a figure, a date, a named thing, a negation one side makes and the other
 * does not, or a reversed direction (rose/fell, imports/exports).
 */
export type DiscrepancyKind = 'number' | 'date' | 'entity' | 'negation' | 'direction'

/** One difference between a statement and the paper's claim. */
export interface Discrepancy {
  kind: DiscrepancyKind
  /** The statement's words. */
  claimed: string
  /** The paper's words. */
  paper: string
}

/** How a word of a statement matched a word of the paper (`context`: a name the sentences just before give, as “it” or “they” refer to it). */
export type MatchHow = 'exact' | 'lemma' | 'derived' | 'synonym' | 'similar' | 'broader' | 'typo' | 'opposite' | 'context'

/** Why a verdict was reached: the words that matched and how, and the words the paper lacks. */
export interface Explanation {
  /** Content words of the statement matched in the claim's sentence. */
  matched: {statement: string; paper: string; how: MatchHow}[]
  /** Content words of the statement the claim's sentence does not hold. */
  unmatched: string[]
  /** One sentence for people. */
  reason: string
}

/** The verdict on one assertion of a statement that makes several. */
export interface VerificationPart {
  /** The part of the statement verified. */
  text: string
  verdict: Verification['verdict']
  confidence: number
  claim: Claim | null
  citations: Citation[]
  sources: CslItem[]
  discrepancies: Discrepancy[]
}

/** The verifier's answer for one statement. */
export interface Verification {
  verdict: 'supported' | 'uncited' | 'contradicted' | 'not-found'
  /** 0..1: the fitted probability that the verdict is right. */
  confidence: number
  /** The paper's claim it was matched to. */
  claim: Claim | null
  citations: Citation[]
  sources: CslItem[]
  discrepancies: Discrepancy[]
  sourceCheck?: {claimed: string; matched: CslItem | null; agrees: boolean}
  /**
   * A statement that makes several assertions (two sentences, clauses joined
   * by “;” or “and”) is verified part by part; the verdict is the worst of
   * theirs: contradicted, then not-found, then uncited, then supported.
   */
  parts?: VerificationPart[]
  /** Why: the words matched and how, what the paper lacks. */
  explanation?: Explanation
}
