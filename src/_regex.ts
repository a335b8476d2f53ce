/**
 * Escape text for use inside a regular expression (word tables become patterns in several stages).
 *
 * @example
 *   escapeRegExp('U.S.') // → 'U\\.S\\.'
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
