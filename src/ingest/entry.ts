/**
 * The public door's old name, kept only for the two importers outside this
 * folder (`src/index.ts`, `src/cli/commands/ingest.ts`).
 *
 * To do: point them at `./ingest/index.js` and delete this file.
 */
export * from './index.js'
