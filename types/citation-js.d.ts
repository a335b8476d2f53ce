/**
 * Types for the parts of citation-js 0.8 that claimtrace uses. citation-js
 * ships no TypeScript types; this declares only what we call, as it behaves.
 */

declare module '@citation-js/core' {
  /** A CSL-JSON item as citation-js stores it. */
  export interface CslData {
    id: string
    type?: string
    [field: string]: unknown
  }

  /** One cited item with its locator, as citeproc-js takes it. */
  export interface CiteItem {
    id: string
    locator?: string
    label?: string
    prefix?: string
    suffix?: string
  }

  /** Options of `Cite#format` for the outputs used here (`bibliography`, `citation`, `bibtex`, `biblatex`, `ris`, `data`). */
  export interface OutputOptions {
    format?: 'text' | 'html' | 'string' | 'object' | 'real'
    template?: string
    style?: string
    lang?: string
    entry?: string | CiteItem | Array<string | CiteItem>
    nosort?: boolean
  }

  /** A collection of references. */
  export class Cite {
    constructor(data?: unknown, options?: Record<string, unknown>)
    /** Parse input asynchronously (needed for inputs that fetch). */
    static async(data: unknown, options?: Record<string, unknown>): Promise<Cite>
    /** The items, as CSL-JSON. */
    data: CslData[]
    /** Render with a registered output format. */
    format(format: string, options?: OutputOptions): string
  }

  /** A name → value registry (`util.Register`). */
  export interface Register<T> {
    add(key: string, value: T): Register<T>
    set(key: string, value: T): Register<T>
    get(key: string): T | undefined
    has(key: string): boolean
    remove(key: string): Register<T>
    list(): string[]
  }

  export const plugins: {
    config: {
      get(ref: '@csl'): {styles: Register<unknown>; locales: Register<unknown>}
      get(ref: '@bibtex'): {format: {useIdAsLabel: boolean; checkLabel: boolean; asciiOnly: boolean}; parse: Record<string, unknown>}
      get(ref: string): unknown
    }
    list(): string[]
    output: {list(): string[]}
  }

  export const util: {
    Register: new <T>(data?: Record<string, T>) => Register<T>
  }
}

declare module '@citation-js/plugin-csl' {}
declare module '@citation-js/plugin-bibtex' {}
declare module '@citation-js/plugin-ris' {}
