/**
 * Benchmarks (not part of the tests): `npm run bench`. One scenario per file;
 * each prints its medians and a same-run baseline.
 */
const scenarios = ['resolve', 'verify', 'cold', 'ingest', 'cite', 'large', 'page', 'scale'] as const
const only = process.argv[2]
for (const name of scenarios) {
  if (only && only !== name) continue
  const scenario = (await import(`./${name}.js`)) as {run: () => Promise<void>}
  console.log(`\n## ${name}\n`)
  await scenario.run()
}
