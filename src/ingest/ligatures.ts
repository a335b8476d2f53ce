/**
 * Ligatures that vanished without a glyph (“eorts”, “Aairs”, “specics”,
 * “lled”). A word the dictionary does not know is repaired when putting one
 * ligature (ff, fi, fl, ffi, ffl) back at one place gives a word it does know;
 * two fragments on either side of a lost ligature (“quali ed”) are joined
 * the same way. Words inside URLs are never touched.
 */
import type {VFile} from 'vfile'
import type {Ledger, MappedText} from './mapped.js'
import type {Lexicon} from './lexicon.js'
import {vanishingLigatures} from './glyphs.js'
import {pointAt} from './lines.js'

/**
 * What restoring ligatures needs: the dictionary, the ledger, and the raw
 * text and file to place an ambiguous repair. Declared here, as `join.ts`
 * declares its own, so that this step need not import `repair.ts`, which
 * calls it (`RepairContext` there has all of it).
 */
export interface LigatureContext {
  raw: string
  lexicon: Lexicon
  ledger: Ledger
  file: VFile
}

/** Every repair candidate of a damaged word, known to the English dictionary. */
export function ligatureCandidates(word: string, isEnglish: (word: string) => boolean): string[] {
  const found = new Set<string>()
  for (let at = 0; at <= word.length; at++) {
    for (const ligature of vanishingLigatures) {
      // A capital letter begins the word; ligatures are lower case, so none goes before it.
      if (at === 0 && /^\p{Lu}/u.test(word)) continue
      const candidate = word.slice(0, at) + ligature + word.slice(at)
      if (isEnglish(candidate)) found.add(candidate)
    }
  }
  return [...found]
}

const urlPattern = /\[?(?:https?:\/\/|www\.)[^\s\]\uFFFD]*\]?/g
const wordToken = /\p{L}+/gu

/** Restore vanished ligatures in one block’s clean text. */
export function restoreLigatures(text: MappedText, context: LigatureContext): MappedText {
  const {lexicon, ledger, file} = context
  const urls = [...text.text.matchAll(urlPattern)].map((m) => [m.index, m.index + m[0].length] as const)
  const inUrl = (index: number) => urls.some(([start, end]) => index >= start && index < end)
  const isEnglish = (word: string) => lexicon.isEnglish(word)
  // Short capitalised words are names far more often than damaged words (“Osh” is not “Offish”).
  const damaged = (word: string) => word.length >= (/^\p{Lu}/u.test(word) ? 4 : 3) && word !== word.toUpperCase() && !isEnglish(word)

  let result = text
  // Two fragments around a lost ligature: “quali ed” → “qualified”.
  result = result.replace(
    /(?<![\p{L}’'])(\p{L}+) (\p{L}+)(?![\p{L}’'])/gu,
    (match) => {
      const [, head = '', tail = ''] = match
      if (inUrl(match.index) || !(damaged(head) || damaged(tail)) || (isEnglish(head) && isEnglish(tail))) return undefined
      for (const ligature of vanishingLigatures) if (isEnglish(head + ligature + tail)) return head + ligature + tail
      return undefined
    },
    ledger,
    'lost-ligature'
  )
  result = result.replace(
    wordToken,
    (match) => {
      const word = match[0]
      const before = result.text.charAt(match.index - 1)
      const after = result.text.charAt(match.index + word.length)
      if (inUrl(match.index) || !damaged(word) || /['’]/.test(before) || /['’]/.test(after)) return undefined
      const candidates = ligatureCandidates(word, isEnglish)
      if (candidates.length === 0) return undefined
      const ranked = [...candidates].sort((a, b) => lexicon.frequency(b) - lexicon.frequency(a))
      const choice = ranked[0]
      if (candidates.length > 1 && lexicon.frequency(ranked[0] ?? '') === lexicon.frequency(ranked[1] ?? '')) {
        file.message(`Unexpected damaged word \`${word}\`, expected one of ${candidates.map((c) => '`' + c + '`').join(', ')}; chose \`${choice}\``, {
          place: pointAt(context.raw, result.offsetAt(match.index)),
          ruleId: 'ambiguous-ligature',
          source: 'claimtrace'
        })
      }
      return choice
    },
    ledger,
    'lost-ligature'
  )
  return result
}
