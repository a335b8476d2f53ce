/**
 * Small inline SVG charts from data, each a `<figure>` whose SVG is an
 * `img` with a title and a description, and whose data is also a table (the
 * text alternative, in a `<details>`).
 *
 * @packageDocumentation
 */

import type {Element} from 'hast'
import {h, s} from 'hastscript'
import {yearOf} from '../_csl.js'
import type {Claim, CslItem} from '../types.js'

/** One bar: a label and a value. */
export interface Bar {
  label: string
  value: number
}

const WIDTH = 300
const ROW = 16
const LABEL = 118

/**
 * A horizontal bar chart.
 *
 * @param id
 *   Element id prefix (unique in the page).
 * @param title
 *   What the chart shows (the caption and the SVG's title).
 * @param bars
 *   The data.
 * @param unit
 *   What a value counts (`citations`), for the description.
 * @returns
 *   A `<figure>`.
 */
export function barChart(id: string, title: string, bars: readonly Bar[], unit: string): Element {
  const max = Math.max(1, ...bars.map((bar) => bar.value))
  const height = bars.length * ROW + 4
  const room = WIDTH - LABEL - 30
  const description = bars.map((bar) => `${bar.label}: ${bar.value}`).join('; ')
  const rows = bars.map((bar, i) => {
    const y = i * ROW + 2
    const width = Math.max(bar.value > 0 ? 1 : 0, Math.round((bar.value / max) * room))
    return s('g', [
      s('text', {x: LABEL - 4, y: y + 11, textAnchor: 'end', className: ['chart-label']}, short(bar.label, 20)),
      s('rect', {x: LABEL, y: y + 2, width, height: ROW - 5, rx: 2, className: ['chart-bar']}),
      s('text', {x: LABEL + width + 3, y: y + 11, className: ['chart-value']}, String(bar.value))
    ])
  })
  return figure(id, title, s('svg', {viewBox: `0 0 ${WIDTH} ${height}`, width: WIDTH, height, role: 'img', ariaLabelledby: `${id}-t ${id}-d`}, [
    s('title', {id: `${id}-t`}, title),
    s('desc', {id: `${id}-d`}, `${unit}: ${description}`),
    ...rows
  ]), bars, unit)
}

/**
 * Cited against uncited claims, as one stacked bar.
 *
 * @param id
 *   Element id prefix.
 * @param claims
 *   The claims.
 * @returns
 *   A `<figure>`.
 */
export function citedChart(id: string, claims: readonly Claim[]): Element {
  const cited = claims.filter((claim) => claim.footnotes.length > 0).length
  const uncited = claims.length - cited
  const total = Math.max(1, claims.length)
  const width = Math.round((cited / total) * (WIDTH - 2))
  const share = Math.round((cited / total) * 100)
  const title = 'Cited and uncited claims'
  const svg = s('svg', {viewBox: `0 0 ${WIDTH} 42`, width: WIDTH, height: 42, role: 'img', ariaLabelledby: `${id}-t ${id}-d`}, [
    s('title', {id: `${id}-t`}, title),
    s('desc', {id: `${id}-d`}, `${cited} of ${claims.length} claims (${share}%) cite a footnote; ${uncited} cite none.`),
    s('rect', {x: 1, y: 2, width, height: 18, className: ['chart-bar']}),
    s('rect', {x: 1 + width, y: 2, width: WIDTH - 2 - width, height: 18, className: ['chart-bar', 'chart-uncited']}),
    s('text', {x: 4, y: 36, className: ['chart-value']}, `${cited} cited (${share}%)`),
    s('text', {x: WIDTH - 4, y: 36, textAnchor: 'end', className: ['chart-value']}, `${uncited} uncited`)
  ])
  return figure(id, title, svg, [{label: 'cited', value: cited}, {label: 'uncited', value: uncited}], 'claims')
}

/** Citations (footnote markers) per section, in reading order. */
export function citationsPerSection(claims: readonly Claim[]): Bar[] {
  const counts = new Map<string, number>()
  for (const claim of claims) counts.set(claim.section || '(no section)', (counts.get(claim.section || '(no section)') ?? 0) + claim.citations.length)
  return [...counts].map(([label, value]) => ({label, value}))
}

/** Count sources by a key, most first (ties by label). */
export function countBy(items: readonly CslItem[], key: (item: CslItem) => string): Bar[] {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1)
  return [...counts].map(([label, value]) => ({label, value})).sort((a, b) => b.value - a.value || a.label.localeCompare(b.label))
}

/** Sources by year of issue, in five-year bins, oldest first; undated last. */
export function sourcesByYear(items: readonly CslItem[]): Bar[] {
  const bins = new Map<number, number>()
  let undated = 0
  for (const item of items) {
    const year = yearOf(item)
    if (year === undefined) undated++
    else bins.set(year - (year % 5), (bins.get(year - (year % 5)) ?? 0) + 1)
  }
  const bars = [...bins].sort((a, b) => a[0] - b[0]).map(([from, value]) => ({label: `${from}–${from + 4}`, value}))
  if (undated > 0) bars.push({label: 'undated', value: undated})
  return bars
}

function figure(id: string, title: string, svg: Element, bars: readonly Bar[], unit: string): Element {
  return h('figure', {className: ['chart'], id}, [
    h('figcaption', title),
    svg,
    h('details', [
      h('summary', 'Data'),
      h('table', [h('thead', h('tr', [h('th', {scope: 'col'}, 'Label'), h('th', {scope: 'col'}, unit)])), h('tbody', bars.map((bar) => h('tr', [h('th', {scope: 'row'}, bar.label), h('td', String(bar.value))])))])
    ])
  ])
}

function short(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + '…'
}
