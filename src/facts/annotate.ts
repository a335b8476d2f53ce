/**
 * Annotations of a claim: countries, years, quantities and named entities,
 * each read by its module of `src/facts/` (the knowledge is in
 * `src/tables/`). Quantities are read first, so that a year-shaped figure
 * they cover (“2000 hectares”) is no year.
 *
 * @packageDocumentation
 */

import type {Annotations} from '../types.js'
import {yearsIn} from './dates.js'
import {entitiesIn} from './entities.js'
import {countriesIn} from './places.js'
import {quantitiesIn} from './quantities.js'

/**
 * Annotate a claim's text.
 *
 * @param text
 *   Clean text of a claim (markers removed).
 * @param vocabulary
 *   Words the document writes in lower case (see `entitiesIn`).
 * @returns
 *   Countries (canonical), years, normalised quantities and entities, each in order of first appearance.
 * @example
 *   ```ts
 *   annotate('In 2009, there were 52 Israeli companies working in Kazakhstan')
 *   // => {countries: ['Israel', 'Kazakhstan'], years: [2009], quantities: ['52 companies'], entities: []}
 *   ```
 */
export function annotate(text: string, vocabulary?: ReadonlySet<string>): Annotations {
  const {quantities, taken} = quantitiesIn(text)
  return {countries: countriesIn(text), years: yearsIn(text, taken), quantities, entities: entitiesIn(text, vocabulary)}
}
