/**
 * Joining the lines of a block. Three cases:
 * - inside a URL, lines join with nothing (URLs hold no spaces), and a
 *   line-end hyphen is kept unless it cut a word (`Pag-|es` → `Pages`, but
 *   `6587-|vneshnee…` and `presented-his-|credentials` keep theirs);
 * - a word hyphenated at the line end is joined when the dictionary or the
 *   document knows the whole word, kept as a compound when both halves are
 *   words (`Israeli-|Palestinian`, `long-|term`);
 * - otherwise lines join with a space, of the kind the left line ended with
 *   (an ordinary space continues an italic span; a damaged one does not).
 */
import type {Lexicon} from './lexicon.js'
import {MappedText, type Ledger} from './mapped.js'

interface JoinContext {
  lexicon: Lexicon
  ledger: Ledger
}

/** Whether the end of `text` is inside a URL. */
export function endsInUrl(text: string): boolean {
  const open = text.lastIndexOf('[')
  if (open !== -1 && text.indexOf(']', open) === -1 && /^\[\s*(?:https?:|www\.|doi)/.test(text.slice(open))) return true
  const last = /[^\s\uFFFD]*$/.exec(text)?.[0] ?? ''
  return /^(?:https?:\/\/|www\.)/.test(last)
}

/**
 * Decide a line-end hyphen: `true` to drop it (a word was cut), `false` to keep it.
 *
 * @param left   Text before the hyphen.
 * @param right  Text of the next line.
 * @param url    Whether the hyphen is inside a URL.
 */
export function dropsHyphen(left: string, right: string, url: boolean, lexicon: Lexicon): boolean {
  const head = /[\p{L}\d]+$/u.exec(left)?.[0] ?? ''
  const tail = /^[\p{L}\d]+/u.exec(right)?.[0] ?? ''
  if (!head || !tail) return false
  if (/^\d+$/.test(head) || /^\d+$/.test(tail)) return false
  const headWord = /\p{L}+$/u.exec(head)?.[0] ?? head
  const tailWord = /^\p{L}+/u.exec(tail)?.[0] ?? tail
  // The document’s own spelling wins: a word it prints whole is joined, a prefix it hyphenates
  // elsewhere (“non-Muslim”) keeps its hyphen (“non-|proliferation”).
  if (lexicon.frequency(headWord + tailWord) > 0) return true
  if (!url && lexicon.isHyphenPrefix(headWord) && lexicon.isEnglish(tailWord)) return false
  if (lexicon.isKnown(headWord + tailWord)) return true
  const headKnown = headWord.length > 1 && lexicon.isKnown(headWord)
  const tailKnown = tailWord.length > 1 && lexicon.isKnown(tailWord)
  if (url) {
    // Typesetters break a slug at its own hyphens first: a break inside a hyphenated path
    // segment keeps its hyphen, unless what follows is a bare syllable (“milliard-|ov”).
    const segment = /[^/?=&]*$/.exec(left)?.[0] ?? ''
    if (segment.includes('-')) return tailWord.length <= 2 && !tailKnown
    return !(headKnown || tailKnown)
  }
  if (/^\p{Lu}/u.test(tailWord)) return false
  return !(headKnown && tailKnown)
}

/** Join cleaned line pieces into one text (see module comment). */
export function joinLines(pieces: readonly MappedText[], context: JoinContext): MappedText {
  const {lexicon, ledger} = context
  const out: MappedText[] = []
  // Text of every piece but the last, so that the text so far is `before + last piece` without re-joining.
  let before = ''
  for (const [index, piece] of pieces.entries()) {
    let current = piece
    if (index > 0) {
      const previous = out[out.length - 1]
      if (!previous) continue
      // Take the previous line's trailing space and this line's indent off; decide what joins them.
      const trailing = /[\s\uFFFD]*$/.exec(previous.text)?.[0] ?? ''
      const leading = /^[\s\uFFFD]*/.exec(current.text)?.[0] ?? ''
      const left = previous.text.slice(0, previous.text.length - trailing.length)
      const right = current.text.slice(leading.length)
      const url = endsInUrl(before + left)
      let trimmedPrevious = previous.slice(0, left.length)
      let joiner = ''
      let reason = 'line-break'
      if (/[\p{L}\d]-$/u.test(left)) {
        if (dropsHyphen(left.slice(0, -1), right, url, lexicon)) {
          trimmedPrevious = previous.slice(0, left.length - 1)
          ledger.push({offset: previous.offsetAt(left.length - 1), removed: '-', inserted: '', reason: 'line-end-hyphen'})
        } else if (!url && trailing.includes('\uFFFD')) {
          // A suspended hyphen set before a space: “oil- and gas-rich”.
          joiner = '\uFFFD'
        }
      } else if (url && !/^\]/.test(right)) {
        reason = 'url-line-break'
      } else {
        // An ordinary space continues an italic span, unless punctuation closed it.
        joiner = trailing.includes(' ') && !trailing.includes('\uFFFD') && !/[,;.:]$/.test(left) ? ' ' : '\uFFFD'
      }
      if (trailing + leading !== joiner) {
        ledger.push({offset: previous.offsetAt(left.length), removed: trailing + '\n' + leading, inserted: joiner, reason})
      }
      out[out.length - 1] = joiner ? MappedText.concat([trimmedPrevious, new MappedText(joiner, [previous.offsetAt(left.length)])]) : trimmedPrevious
      current = current.slice(leading.length)
      before += out[out.length - 1]?.text ?? ''
    }
    out.push(current)
  }
  return MappedText.concat(out)
}
