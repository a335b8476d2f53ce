/**
 * Drop caps. The abstract opens with a large initial that the extraction
 * lost (“he Soviet Union disappeared…” for “The Soviet Union…”). The letter
 * is put back when the text opens in lower case and a capital makes a word:
 * of the candidates, the one the document uses most (“the” over “she”).
 */
import type {VFile} from 'vfile'
import type {Lexicon} from './lexicon.js'
import type {Line} from './lines.js'
import type {CleanBlock} from './to-markdown.js'
import type {Ledger} from './mapped.js'

/** Restore the initial of the first paragraph, if it was lost. */
export function restoreDropCap(blocks: CleanBlock[], lexicon: Lexicon, file: VFile, lines: readonly Line[], ledger: Ledger): void {
  const first = blocks.find((block): block is Extract<CleanBlock, {kind: 'paragraph'}> => block.kind === 'paragraph')
  if (!first) return
  const word = /^(\p{Ll}\p{L}*)/u.exec(first.text)?.[1]
  if (!word) return
  const candidates = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ']
    .map((letter) => letter + word)
    .filter((candidate) => lexicon.isEnglish(candidate))
    .sort((a, b) => lexicon.frequency(b) - lexicon.frequency(a))
  const choice = candidates[0]
  const at = lines.find((line) => line.text.includes(word))
  const place = {line: (at?.index ?? 0) + 1, column: (at?.text.indexOf(word) ?? 0) + 1}
  if (!choice || lexicon.frequency(choice) === 0) {
    file.message(`Unexpected lower-case opening \`${word}\`: a drop cap is probably missing, and no capital makes a word the document uses`, {place, ruleId: 'drop-cap', source: 'claimtrace'})
    return
  }
  first.text = choice + first.text.slice(word.length)
  ledger.push({offset: (at?.start ?? 0) + place.column - 1, removed: '', inserted: choice.charAt(0), reason: 'drop-cap'})
  const message = file.message(`Restored drop cap: \`${word}\` → \`${choice}\` (of ${candidates.slice(0, 4).map((c) => '`' + c + '`').join(', ')}, the word the document uses most)`, {place, ruleId: 'drop-cap', source: 'claimtrace'})
  message.fatal = undefined
}
