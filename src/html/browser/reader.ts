/**
 * The script of a reader page: footnote popovers, claim cards on hover, and
 * the search box. It only enhances: without it the page reads the same,
 * footnotes are links to the notes at the end.
 *
 * Note: everything shown is either cloned from the page (rendered and
 * escaped at build time) or set with `textContent`; nothing is parsed as HTML.
 */
import type {ReaderData} from '../data.js'
import {buildIndex, check, type PageCheck, type PageIndex} from './check.js'

const data = JSON.parse(document.getElementById('claimtrace-data')?.textContent ?? 'null') as ReaderData | null
let page: PageIndex | undefined
const getPage = (): PageIndex | undefined => (page ??= data ? buildIndex(data) : undefined)

function el<K extends keyof HTMLElementTagNameMap>(name: K, props: Partial<Record<string, string>> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(name)
  for (const [key, value] of Object.entries(props)) if (value !== undefined) node.setAttribute(key, value)
  for (const child of children) node.append(child)
  return node
}

/* Footnote popover ------------------------------------------------------- */

const popover = document.getElementById('popover')
const popoverBody = document.getElementById('popover-body')
const popoverTitle = document.getElementById('popover-title')
let opener: HTMLElement | undefined

function openNote(marker: HTMLAnchorElement): void {
  const id = decodeURIComponent(marker.hash.slice(1))
  const note = document.getElementById(id)
  if (!popover || !popoverBody || !popoverTitle || !note) return
  if (opener) closeNote(false)
  popoverTitle.textContent = `Footnote ${marker.textContent ?? ''}`
  popoverBody.replaceChildren(...[...note.childNodes].map((node) => node.cloneNode(true)))
  for (const back of popoverBody.querySelectorAll('[data-footnote-backref]')) back.remove()
  for (const node of popoverBody.querySelectorAll('[id]')) node.removeAttribute('id')
  // Next to its marker in the document, so that Tab goes from the marker into the note and on to the text after it.
  ;(marker.closest('sup') ?? marker).after(popover)
  popover.hidden = false
  const box = marker.getBoundingClientRect()
  const width = Math.min(448, document.documentElement.clientWidth - 16)
  popover.style.width = `${width}px`
  popover.style.left = `${Math.max(8, Math.min(box.left + window.scrollX - 24, window.scrollX + document.documentElement.clientWidth - width - 8))}px`
  popover.style.top = `${box.bottom + window.scrollY + 6}px`
  marker.setAttribute('aria-expanded', 'true')
  opener = marker
  popover.focus()
}

function closeNote(restore = true): void {
  if (!popover || popover.hidden) return
  popover.hidden = true
  opener?.setAttribute('aria-expanded', 'false')
  if (restore) opener?.focus()
  opener = undefined
}

document.addEventListener('click', (event) => {
  const target = event.target as Element | null
  const marker = target?.closest<HTMLAnchorElement>('a[data-footnote-ref]')
  if (marker) {
    event.preventDefault()
    if (opener === marker) closeNote()
    else openNote(marker)
    return
  }
  if (target?.closest('#popover-close')) closeNote()
  else if (popover && !popover.hidden && !popover.contains(target)) closeNote(false)
})

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return
  if (popover && !popover.hidden) {
    event.preventDefault()
    closeNote()
  } else if (document.activeElement === input && input) {
    input.value = ''
    results?.replaceChildren()
    if (results) results.hidden = true
  }
})

/* Claim cards ------------------------------------------------------------ */

const card = document.getElementById('claim-card')
const byAnchor = new Map((data?.claims ?? []).map((claim) => [claim.id, claim]))
let lit: Element[] = []

function citationsOf(footnotes: readonly number[]): Array<[string, string, number]> {
  return footnotes.flatMap((n) => (data?.notes[n] ?? []).map(([source, short]) => [source, short, n] as [string, string, number]))
}

function showCard(span: HTMLElement): void {
  const claim = byAnchor.get(span.id)
  if (!card || !claim) return
  const cites = citationsOf(claim.f)
  card.replaceChildren(
    el('a', {href: `#${claim.id}`}, claim.id),
    ' · ',
    claim.f.length === 0 ? el('span', {class: 'tag-uncited'}, 'uncited: no footnote') : el('span', {}, cites.map(([, short, n]) => `[${n}] ${short}`).join('; ') || `[${claim.f.join(', ')}]`)
  )
  card.hidden = false
  const box = span.getBoundingClientRect()
  card.style.left = `${Math.max(8, box.left + window.scrollX)}px`
  card.style.top = `${box.top + window.scrollY - card.offsetHeight - 4}px`
  for (const node of lit) node.classList.remove('lit')
  lit = cites.flatMap(([source]) => [...document.querySelectorAll(`[data-source="${CSS.escape(source)}"]`)])
  for (const node of lit) node.classList.add('lit')
}

function hideCard(): void {
  if (card) card.hidden = true
  for (const node of lit) node.classList.remove('lit')
  lit = []
}

// Keyboard users get the card when a marker inside a claim takes focus.
document.addEventListener('focusin', (event) => {
  const span = (event.target as Element | null)?.closest<HTMLElement>('.claim')
  if (span && !popover?.contains(event.target as Node)) showCard(span)
  else if (!span) hideCard()
})

document.addEventListener('mouseover', (event) => {
  const span = (event.target as Element | null)?.closest<HTMLElement>('.claim')
  if (span && !popover?.contains(event.target as Node)) showCard(span)
  else if (!span) hideCard()
})

/* Search ----------------------------------------------------------------- */

const form = document.getElementById('search') as HTMLFormElement | null
const input = document.getElementById('q') as HTMLInputElement | null
const results = document.getElementById('results')
const LABEL: Record<PageCheck['verdict'], string> = {
  supported: 'Found, cited',
  uncited: 'Found, uncited',
  contradicted: 'Differs',
  'not-found': 'Not found'
}

function render(text: string, result: PageCheck, index: PageIndex): void {
  if (!results) return
  const verdict = el('p', {class: `verdict verdict-${result.verdict}`, 'data-verdict': result.verdict}, el('strong', {}, LABEL[result.verdict]), ` (${result.verdict})`)
  const parts: Node[] = [verdict]
  for (const d of result.discrepancies) parts.push(el('p', {class: 'discrepancy'}, `${d.kind}: you say “${d.claimed}”, the paper says “${d.paper}”`))
  const list = el('ol', {class: 'matches'})
  for (const match of result.matches) {
    const claim = index.data.claims[match.claim]
    if (!claim) continue
    const cites = citationsOf(claim.f)
    list.append(
      el(
        'li',
        {},
        el('a', {href: `#${claim.id}`, class: 'match-link'}, claim.text),
        el('span', {class: 'match-meta'}, ` ${claim.id} · score ${match.score.toFixed(2)} · `, claim.f.length === 0 ? 'uncited' : cites.map(([, short, n]) => `[${n}] ${short}`).join('; '))
      )
    )
  }
  parts.push(list)
  parts.push(el('p', {class: 'cli-hint'}, 'With a source check and a calibrated confidence: ', el('code', {}, `npx claimtrace verify '${text.replace(/'/g, `'\\''`)}'`)))
  results.replaceChildren(...parts)
  results.hidden = false
}

form?.addEventListener('submit', (event) => {
  event.preventDefault()
  const text = input?.value.trim() ?? ''
  const index = getPage()
  if (!text || !index || !results) return
  const started = performance.now()
  const result = check(index, text)
  results.dataset['ms'] = String(Math.round((performance.now() - started) * 10) / 10)
  render(text, result, index)
})
input?.addEventListener('focus', () => getPage(), {once: true})

if (form) form.hidden = false
document.documentElement.classList.add('js')
performance.mark('claimtrace-ready')
document.documentElement.dataset['ready'] = 'true'
