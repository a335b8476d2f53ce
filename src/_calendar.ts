/** Month names as data, for every stage that reads dates (ingest, cite, annotate, verify). */

/** The twelve month names. */
export const monthNames: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'
]

/** Lower-case month names and their abbreviations → month number (1–12). */
export const monthNumbers: Readonly<Record<string, number>> = Object.fromEntries([
  ...monthNames.map((name, index) => [name.toLowerCase(), index + 1] as const),
  ...(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const).map((short) => [short, monthNames.findIndex((name) => name.toLowerCase().startsWith(short)) + 1] as const),
  ['sept', 9] as const
])

/** Day names: like months, they end a capitalised name (“Kazakhstan on Monday”). */
export const dayNames: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
