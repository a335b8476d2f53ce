/**
 * Decision thresholds and confidence curve of the verifier.
 *
 * Note: these constants are fitted, not guessed. `bench/calibrate.ts` runs
 * the verifier on the `dev` split of `tests/fixtures/queries.json` over the
 * bundled corpus, picks the thresholds that maximise the mean per-verdict
 * accuracy (grid search, step 0.01), then fits the logistic curve
 * `P(verdict right) = σ(a + b·|s − t| + c·margin)` by gradient descent on
 * the log-loss of those dev decisions (`s` the score the decision used, `t`
 * its threshold, `margin` the gap to the runner-up claim). Rerun it and paste
 * its output here when the ranking changes. Last fit: 49 dev queries,
 * balanced accuracy 0.991 on dev.
 */
export const CALIBRATION = {
  /** Below this resolve score, the paper does not make the claim. */
  found: 0.37,
  /** With a discrepancy, the rest of the query must cover the claim this well to count as contradicted. */
  contradicted: 0.48,
  /** Logistic curve of the confidence. */
  a: 2.53,
  b: 3.99,
  c: 1.58
} as const

/** Fitted probability that a decision at distance `distance` from its threshold is right. */
export function confidence(distance: number, margin: number): number {
  const z = CALIBRATION.a + CALIBRATION.b * Math.abs(distance) + CALIBRATION.c * margin
  return Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000
}
