/**
 * What resolve and verify share, built once per corpus: the claim index,
 * the sources by id, the corpus's named entities.
 */
import type {Claim, CslItem} from '../types.js'
import {ClaimIndex} from './_index.js'
import {SourceMatcher} from './_source.js'
import {normalize, tokenize} from './_text.js'

/** Shared indexes of one corpus. */
export interface Engine {
  index: ClaimIndex
  claims: readonly Claim[]
  sources: ReadonlyMap<string, CslItem>
  /** Lowercased entity and country names → printed form. */
  entities: ReadonlyMap<string, string>
  /** Index terms of those names (they weigh more in the ranking). */
  entityTerms: ReadonlySet<string>
  /** Fuzzy matcher of source hints (built on first use). */
  matcher(): SourceMatcher
}

/** Build the engine for `claims` and `sources`. */
export function createEngine(claims: readonly Claim[], sources: readonly CslItem[]): Engine {
  const entities = new Map<string, string>()
  for (const claim of claims) {
    for (const name of [...claim.annotations.entities, ...claim.annotations.countries]) {
      const key = normalize(name).trim()
      if (key.length >= 3 && !entities.has(key)) entities.set(key, name)
    }
  }
  const entityTerms = new Set<string>()
  for (const key of entities.keys()) for (const token of tokenize(key)) entityTerms.add(token.term)
  let matcher: SourceMatcher | undefined
  return {
    index: new ClaimIndex(claims),
    claims,
    sources: new Map(sources.map((item) => [item.id, item])),
    entities,
    entityTerms,
    matcher: () => (matcher ??= new SourceMatcher(sources))
  }
}
