/**
 * Word tables for the entity and quantity rules of annotation (`src/facts/entities.ts`, `quantities.ts`, `dates.ts`).
 */
import {dayNames, monthNames} from '../_calendar.js'

/**
 * Capitalised function words that start sentences or join names but never
 * are names themselves. (Other sentence openers — “Following”, “Mutual” —
 * are dropped by the document’s own vocabulary: see `entitiesIn`.)
 */
export const stopwords: ReadonlySet<string> = new Set([
  'A', 'An', 'The', 'In', 'On', 'At', 'By', 'As', 'For', 'From', 'To', 'Of', 'And', 'But', 'Or', 'If', 'So', 'Yet',
  'Since', 'During', 'Between', 'According', 'Before', 'After', 'Despite', 'Its', 'Their', 'His', 'Her',
  'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'Our', 'Both', 'All', 'Many', 'Some', 'Few',
  'Recently', 'Today', 'Likewise', 'However', 'Thus', 'Still', 'See', 'Ibid', 'While', 'When', 'Where',
  'Which', 'Who', 'There', 'Here', 'Such', 'Each', 'Every', 'Other', 'Another', 'First', 'Second', 'Third', 'Last',
  'Fig', 'Figs', 'Figure', 'Table', 'Source', 'Note'
])

/** Words that join the capitalised words of a name ("Ministry of Foreign Affairs"). */
export const connectors: ReadonlySet<string> = new Set(['of', 'the', 'for', 'and', '&', 'de', 'on'])

/** Month and day names: they end a name ("Kazakhstan in May 2019"). */
export const calendar: ReadonlySet<string> = new Set([...monthNames, ...dayNames])

/** Offices: in "Foreign Minister of Israel Shimon Peres" the person starts after the office. */
export const titles: ReadonlySet<string> = new Set([
  'President', 'Minister', 'Speaker', 'Ambassador', 'Director', 'Head', 'Chairman', 'Secretary', 'King', 'General',
  'Governor', 'Mayor', 'Chancellor'
])

/** Words that may precede an office and belong to it ("Deputy Foreign Minister"). */
export const titleModifiers: ReadonlySet<string> = new Set(['Deputy', 'Foreign', 'Prime', 'Vice', 'Acting', 'First', 'Defense'])

/** Words that make a capitalised sequence a body rather than a person ("Director General of the Defense Ministry"). */
export const bodies: ReadonlySet<string> = new Set([
  'Ministry', 'Committee', 'Agency', 'Institute', 'Center', 'Centre', 'Council', 'Commission', 'Association',
  'Department', 'Foundation', 'Industries', 'Company', 'Forum', 'Chamber', 'Expo', 'Embassy', 'University', 'Bank',
  'Fund', 'Organization', 'Organisation', 'Office', 'Service', 'Corporation', 'Group', 'Union', 'Government', 'Parliament',
  'Cabinet', 'Administration', 'Court', 'Army', 'Party'
])

/** Acronyms that are not names of people or bodies. */
export const notAcronyms: ReadonlySet<string> = new Set(['US', 'USA', 'UK', 'USSR', 'PRC', 'II', 'III', 'IV', 'VI', 'GG'])

/** Units that follow a number ("82 hectares"); the number and unit make the quantity. */
export const units: readonly string[] = [
  'percent', 'per cent', '%', 'hectares', 'hectare', 'ha', 'tons', 'tonnes', 'km', 'kilometers', 'kilometres',
  'square kilometers', 'cubic meters', 'barrels', 'megawatts', 'MW'
]

/** Scale words after an amount of money ("$2.43 billion"). */
export const scales: readonly string[] = ['thousand', 'million', 'billion', 'trillion', 'm', 'bn']

/** Lowercase words that end with "s" but never are counted nouns ("52 was"). */
export const notNouns: ReadonlySet<string> = new Set(['was', 'is', 'has', 'as', 'its', 'this', 'thus', 'plus', 'less', 'across', 'versus', 'whereas'])
