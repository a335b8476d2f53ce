/**
 * How a reader's word relates to the corpus word it matches, and what a
 * match through each relation counts. Data only, with no Node dependency,
 * so the ranking can be bundled for the browser (the reader page).
 */
import {tunables} from '../tunables.js'

/**
 * `derived` (`investment` for `invest`), `synonym` (`farming` for
 * `agriculture`), `similar` (an adjective WordNet lists as similar, a verb of
 * the same group), `broader` (`mission` for `embassy`: the reader says less
 * than the paper, which the paper still supports), `opposite` (`fall` for
 * `rise`: a reversed direction).
 */
export type Relation = 'derived' | 'synonym' | 'similar' | 'broader' | 'opposite'

/** How much a match through each relation counts, against 1 for the same word. */
export const RELATION_WEIGHT: Readonly<Record<Relation, number>> = tunables.meaning.relationWeight.value
