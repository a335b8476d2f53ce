/**
 * The on-disk store of a corpus (`.claimtrace/`): build it once, open it at
 * once. Only re-exports.
 *
 * @packageDocumentation
 */
export {buildStore, openStore, storeFolder, STORE, type BuildEvent, type BuildReport, type Options} from './store.js'
export {StoredCorpus, lazyArray} from './_stored.js'
