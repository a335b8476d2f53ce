/**
 * The verifier's decision: two logistic regressions over the evidence of one
 * statement against its best claim, fitted on the dev halves of the blind
 * evaluation sets by `bench/fit-verifier.ts`, which writes `verifier.json`
 * (a test fails when that file is stale).
 *
 * The model answers one question: does the paper make the claim the
 * statement is about (`match`)? Then a rule reads the discrepancies: with one
 * (a figure, a name, a negation, a direction) a match is contradicted,
 * without one it is found — supported or uncited by the claim's footnotes.
 * No match is not-found. The model weighs the evidence; the rule keeps each
 * verdict explainable.
 */
import model from './verifier.json' with {type: 'json'}

/** The numbers a verdict rests on (see `weigh` in `verify.ts`). */
export interface Features {
  /** Resolve score of the claim (0..1). */
  score: number
  /** Share of the statement's content the sentence holds, through any relation. */
  coverage: number
  /** The same, exact and lemma matches only. */
  exact: number
  /** Share of the claim's own content the statement restates. */
  claim: number
  /** Gap to the best claim of another sentence. */
  margin: number
  /** Coverage once the discrepant words are set aside. */
  rest: number
  /** Share of the statement's content that is a thing (noun, name, number) the sentence lacks. */
  thingGap: number
  /** Share of the statement's content that is an action or quality (verb, adjective, adverb) the sentence lacks. */
  actionGap: number
  /** A number or date differs. */
  figure: number
  /** A named thing differs. */
  entity: number
  /** One side negates what the other asserts. */
  negation: number
  /** A direction is reversed. */
  direction: number
  /** Countries the statement names that neither the sentence nor its neighbours mention. */
  extra: number
  /** Discrepancies beyond the first: a statement that differs in everything is about something else. */
  many: number
  /** Numbers, dates and names of the statement the sentence lacks, with nothing to pair them with. */
  loose: number
  /** 1 / content words of the statement: short statements say less. */
  short: number
  /** Share of the statement's content unmatched where the sentence has nothing it could reword (a detail the paper does not give). */
  inserted: number
}

/** The feature names, in the order of the models' weights (after the bias). */
export const FEATURES = ['score', 'coverage', 'exact', 'claim', 'margin', 'rest', 'thingGap', 'actionGap', 'figure', 'entity', 'negation', 'direction', 'extra', 'many', 'loose', 'short', 'inserted'] as const satisfies ReadonlyArray<keyof Features>

/** What the evidence may show: the paper states it, states it with a difference, or does not. */
export type Outcome = 'found' | 'contradicted' | 'not-found'

/** A fitted verifier: bias and weights (in {@link FEATURES} order). */
export interface VerifierModel {
  /** What it was fitted on, for people. */
  fitted: string
  /** P(the paper makes the claim the statement is about). */
  match: number[]
}

/** The shipped model. */
export const MODEL: VerifierModel = model

/** The feature vector, bias first. */
export function vector(features: Features): number[] {
  return [1, ...FEATURES.map((name) => features[name])]
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z))
}

function dot(weights: readonly number[], x: readonly number[]): number {
  let sum = 0
  for (let i = 0; i < x.length; i++) sum += (weights[i] ?? 0) * x[i]!
  return sum
}

/**
 * The outcome the evidence supports, and its fitted probability.
 *
 * @param features The evidence.
 * @param discrepant Whether it shows a discrepancy.
 * @param fitted The model (default: the shipped one).
 */
export function decide(features: Features, discrepant: boolean, fitted: VerifierModel = MODEL): {outcome: Outcome; confidence: number} {
  const p = sigmoid(dot(fitted.match, vector(features)))
  const outcome: Outcome = p >= 0.5 ? (discrepant ? 'contradicted' : 'found') : 'not-found'
  return {outcome, confidence: Math.round(Math.max(p, 1 - p) * 1000) / 1000}
}

/** A training row: the evidence, whether it showed a discrepancy, the outcome it should get, and how much it counts. */
export interface TrainingRow {
  features: Features
  discrepant: boolean
  outcome: Outcome
  weight: number
}

/**
 * Fit the model by iteratively reweighted least squares (Newton's method on
 * the L2-regularised log-loss): deterministic and converged. Classes are
 * balanced. A match is a statement that should be found and shows no
 * discrepancy, or should be contradicted and shows one; a statement that
 * should be contradicted but shows no discrepancy is no match, since calling
 * it supported would be the worst answer, nor one that should be found but
 * shows a discrepancy.
 *
 * @param rows The training rows.
 * @param fitted A description for the file.
 */
export function fit(rows: readonly TrainingRow[], fitted: string): VerifierModel {
  const data = rows.map((row) => ({x: vector(row.features), y: row.outcome === (row.discrepant ? 'contradicted' : 'found') ? 1 : 0, w: row.weight}))
  return {fitted, match: logistic(data).map((w) => Math.round(w * 1000) / 1000)}
}

function logistic(rows: ReadonlyArray<{x: number[]; y: number; w: number}>): number[] {
  const width = FEATURES.length + 1
  const weights = new Array<number>(width).fill(0)
  const positive = rows.filter((row) => row.y === 1).reduce((sum, row) => sum + row.w, 0)
  const negative = rows.filter((row) => row.y === 0).reduce((sum, row) => sum + row.w, 0)
  if (positive === 0 || negative === 0) return weights
  const balance = (y: number): number => (positive + negative) / (2 * (y === 1 ? positive : negative))
  const lambda = 1
  for (let iteration = 0; iteration < 25; iteration++) {
    const hessian = Array.from({length: width}, (_, i) => Array.from({length: width}, (_, j) => (i === j && i > 0 ? lambda : 0)))
    const gradient = weights.map((w, i) => (i > 0 ? -lambda * w : 0))
    for (const {x, y, w} of rows) {
      const p = sigmoid(dot(weights, x))
      const c = w * balance(y)
      for (let i = 0; i < width; i++) {
        gradient[i]! += c * (y - p) * x[i]!
        for (let j = 0; j < width; j++) hessian[i]![j]! += c * p * (1 - p) * x[i]! * x[j]!
      }
    }
    const step = solve(hessian, gradient)
    let change = 0
    for (let i = 0; i < width; i++) {
      weights[i]! += step[i]!
      change = Math.max(change, Math.abs(step[i]!))
    }
    if (change < 1e-9) break
  }
  return weights
}

/** Solve `a · x = b` by Gaussian elimination with partial pivoting (a small dense system). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length
  const m = a.map((row, i) => [...row, b[i]!])
  for (let col = 0; col < n; col++) {
    let pivot = col
    for (let row = col + 1; row < n; row++) if (Math.abs(m[row]![col]!) > Math.abs(m[pivot]![col]!)) pivot = row
    ;[m[col], m[pivot]] = [m[pivot]!, m[col]!]
    const head = m[col]![col]!
    if (Math.abs(head) < 1e-12) continue
    for (let row = 0; row < n; row++) {
      if (row === col) continue
      const factor = m[row]![col]! / head
      for (let k = col; k <= n; k++) m[row]![k]! -= factor * m[col]![k]!
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!))
}
