/**
 * The reader site: a static, self-contained page per document (claims,
 * notes, sources, charts, an in-browser check) and an index page.
 *
 * @packageDocumentation
 */
export {buildSite, pageName, type Options, type SiteFile} from './site.js'
export {openSite} from './open.js'
export {writeSite, MANIFEST, type Options as WriteOptions} from './write.js'
export {VERDICT_NOTE} from './page.js'
export type {ReaderData, ReaderClaim} from './data.js'
