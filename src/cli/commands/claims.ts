import type {Command} from '../_io.js'
import {fail} from '../../errors.js'
import {corpusOf, documentFlag, noPositionals, stringFlag, terminal} from '../_args.js'

/** `claimtrace claims`: list the claims of the corpus, filtered by section, country or citation. */
export const command: Command = {
  summary: 'List the claims of the corpus, each with the footnotes that support it',
  usage: 'claims [--document ID] [--section S] [--country C] [--uncited] [--json] [--corpus DIR]',
  options: ['section', 'country', 'document'],
  booleans: ['uncited'],
  async run(args, io) {
    noPositionals(args)
    const {canonicalCountry} = await import('../../corpus/index.js')
    const {renderClaims} = await import('../render/claims.js')
    const corpus = await corpusOf(args, io)
    const document = documentFlag(args, corpus)
    let claims = document === undefined ? corpus.claims : corpus.claimsOf(document)
    const section = stringFlag(args, 'section')
    if (section !== undefined) {
      const wanted = section.toLowerCase()
      claims = claims.filter((claim) => claim.section.toLowerCase().includes(wanted))
    }
    const country = stringFlag(args, 'country')
    if (country !== undefined) {
      const canonical = canonicalCountry(country)
      if (canonical === undefined) throw fail('unknown-country', {country})
      claims = claims.filter((claim) => claim.annotations.countries.includes(canonical))
    }
    if (args.flags['uncited'] === true) claims = claims.filter((claim) => claim.footnotes.length === 0)
    if (args.flags['json'] === true) {
      io.stdout.write(JSON.stringify(claims, null, 2) + '\n')
    } else {
      io.stdout.write(renderClaims(claims, terminal(io)))
    }
    return 0
  }
}
