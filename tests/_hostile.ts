/** Hostile strings for property tests: control characters, NUL, RTL marks and scripts, combining marks, emoji, lone surrogates. */
import fc from 'fast-check'

const pieces = [
  '\u0000', '\u0001', '\u0007', '\u0008', '\u000B', '\u001B', '\u007F', '\u0085', '\u2028', '\u2029',
  '\u202E', '\u202D', '\u200F', '\u200E', '\u2066', '\u2069', '\u061C', '\uFEFF', '\uFFFD', '\uD800', '\uDFFF',
  'שלום', 'مرحبا', 'Ж', 'ё', '̈', 'e\u0301', '👍🏽', '𝐀', 'İ', 'ß', 'ﬁ',
  'Ibid.', 'op. cit.', 'p.', 'pp. 1-2', 'Vol.', 'No.', '“', '”', '«', '»', '*', '_', '[', ']', '(', ')', '<', '>', '\\', '`',
  'http://', 'https://x.org/a?b=c', 'DOI: 10.1000/x', '1992', '$300 million', '%', '1', '23', ',', '.', ';', ':', ' ', '  ', '\t', '\n', '\r\n'
]

/** A string of hostile pieces and arbitrary characters. */
export const hostile = (maxLength = 60): fc.Arbitrary<string> =>
  fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({unit: 'binary', maxLength: 4}), fc.string({unit: 'grapheme-composite', maxLength: 3})), {maxLength}).map((parts) => parts.join(''))

/** A string of about `length` characters repeating a hostile sample. */
export const huge = (length: number): fc.Arbitrary<string> => hostile(20).map((sample) => (sample.length === 0 ? 'x' : sample).repeat(Math.ceil(length / Math.max(1, sample.length))).slice(0, length))
