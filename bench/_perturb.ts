/**
 * Generated variants of a corpus's own claims, the second evaluation set:
 * each claim negated, one of its named things swapped for another the
 * corpus names, a figure changed, a direction reversed — all contradicted —
 * and the claim itself as a control. Rules meet cases nobody wrote by hand.
 * Deterministic: the same corpus gives the same set; the split is by a hash
 * of the claim id.
 */
import {createHash} from 'node:crypto'
import {factsIn} from '../src/facts/facts.js'
import {countries, places} from '../src/tables/countries.js'
import {analyse, DIRECTIONS} from '../src/language/index.js'
import type {Claim, Verification} from '../src/types.js'
import type {LabelledStatement} from './_statements.js'

const OPPOSITE = new Map<string, string>()
for (const [a, b] of DIRECTIONS) {
  if (!OPPOSITE.has(a)) OPPOSITE.set(a, b)
  if (!OPPOSITE.has(b)) OPPOSITE.set(b, a)
}

/** Places to add (from the shared place table), and the countries and places a swap may use. */
const PLACES = Object.keys(places)
const placeNames = PLACES
const countryNames = Object.keys(countries)

function hash(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0)
}

/** The variants of `claims` (only claims of six words or more). */
export function perturb(claims: readonly Claim[], names: readonly string[]): LabelledStatement[] {
  const out: LabelledStatement[] = []
  for (const claim of claims) {
    const text = claim.text.replace(/\s+/g, ' ').trim()
    if (text.split(' ').length < 6) continue
    const split = hash(`split:${claim.id}`) % 2 === 0 ? 'dev' : 'test'
    const found: Verification['verdict'] = claim.footnotes.length > 0 ? 'supported' : 'uncited'
    const base = {split: split as 'dev' | 'test', evidence: [text], footnotes: claim.footnotes}
    const add = (kind: string, statement: string | undefined, verdict: Verification['verdict'], discrepancy?: LabelledStatement['discrepancy']): void => {
      if (statement === undefined || statement === text) return
      out.push({...base, id: `${kind}:${claim.id}`, kind, statement, verdict, ...(discrepancy ? {discrepancy} : {})})
    }
    add('control', text + ' ', found)
    const words = analyse(text)
    add('negated', negate(text, words), 'contradicted', {kind: 'negation', claimed: '', paper: ''})
    const facts = factsIn(text, new Map(names.map((name) => [name.toLowerCase(), name])))
    const entity = facts.find((fact) => fact.kind === 'entity')
    if (entity) {
      // Like for like: a name for another name, a country or place for another country or place.
      const kin = entity.group === 'name' ? names : [...countryNames, ...placeNames].filter((name) => (entity.group === 'place') === placeNames.includes(name))
      const pool = kin.filter((name) => !claim.sentence.toLowerCase().includes(name.toLowerCase()) && name.length > 3)
      const other = pool[hash(claim.id) % Math.max(1, pool.length)]
      if (other) add('swapped', text.slice(0, entity.start) + other + text.slice(entity.end), 'contradicted', {kind: 'entity', claimed: other, paper: entity.text})
    }
    const figure = facts.find((fact) => fact.kind === 'number' && fact.number && /\d/.test(fact.text))
    const year = facts.find((fact) => fact.kind === 'date' && /^\d{4}$/.test(fact.text))
    if (figure) {
      const changed = figure.text.replace(/\d[\d,.]*/, (digits) => String(Math.round(Number(digits.replace(/,/g, '')) * 2 + 3)))
      add('figure', text.slice(0, figure.start) + changed + text.slice(figure.end), 'contradicted', {kind: 'number', claimed: changed, paper: figure.text})
    } else if (year) {
      const changed = String(Number(year.text) + 3)
      add('figure', text.slice(0, year.start) + changed + text.slice(year.end), 'contradicted', {kind: 'date', claimed: changed, paper: year.text})
    }
    // A fact the paper does not state, added where the sentence has none of its kind (else it would be a swap): the paper no longer makes the statement.
    const sentenceFacts = factsIn(claim.sentence, new Map())
    const stem = text.replace(/[.;,]\s*$/, '')
    if (!sentenceFacts.some((fact) => fact.group === 'place')) add('added', `${stem} in ${PLACES[hash(claim.id) % PLACES.length]}`, 'not-found')
    if (!sentenceFacts.some((fact) => fact.group === 'money')) add('added', `${stem}, worth $${(hash(claim.id) % 90) + 7} million`, 'not-found')
    const turn = words.find((word) => OPPOSITE.has(word.lemma) && /^[a-z]/.test(word.text) && !word.negated)
    if (turn) {
      const opposite = inflect(OPPOSITE.get(turn.lemma)!, turn.text, turn.lemma)
      add('reversed', text.slice(0, turn.start) + opposite + text.slice(turn.end), 'contradicted', {kind: 'direction', claimed: opposite, paper: turn.text})
    }
  }
  return out
}

/** Negate the first verb (`opened` → `did not open`, `was opened` → `was not opened`), or drop the claim's own negator. */
function negate(text: string, words: ReturnType<typeof analyse>): string | undefined {
  const negator = words.find((word) => /^(?:not|never|no)$/.test(word.text))
  if (negator) return (text.slice(0, negator.start) + text.slice(negator.end)).replace(/\s+/g, ' ').replace(/\bno\s/, '')
  const at = words.findIndex((word) => word.pos === 'VERB' || word.pos === 'AUX')
  const verb = words[at]
  if (!verb) return undefined
  if (verb.pos === 'AUX') return text.slice(0, verb.end) + ' not' + text.slice(verb.end)
  const auxiliary = /ed$/.test(verb.text) || (verb.lemma !== verb.text && !/(?:s|ing)$/.test(verb.text)) ? 'did' : /s$/.test(verb.text) && verb.lemma !== verb.text ? 'does' : /ing$/.test(verb.text) ? undefined : 'do'
  if (auxiliary === undefined) return undefined
  return text.slice(0, verb.start) + `${auxiliary} not ${verb.lemma}` + text.slice(verb.end)
}

/** Give `lemma` the inflection `like` has over its own lemma (`rose`/`rise` → past, `grows` → third person). */
function inflect(lemma: string, like: string, likeLemma: string): string {
  if (like === likeLemma) return lemma
  if (/ed$/.test(like) || !/(?:s|ing)$/.test(like)) return lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`
  if (/ing$/.test(like)) return `${lemma.replace(/e$/, '')}ing`
  return /(?:s|sh|ch|x)$/.test(lemma) ? `${lemma}es` : `${lemma}s`
}
