/**
 * The rule registry (`src/_rules.ts`) is the documentation and the fixtures
 * of every diagnostic: each rule's example must report it, with its place and
 * severity; the code must emit exactly the rules it lists; the README's
 * table must be the one it gives.
 */
import {readFile} from 'node:fs/promises'
import {describe, expect, it} from 'vitest'
import type {VFileMessage} from 'vfile-message'
import {rules, stages} from '../src/_rules.js'
import {withTables} from '../build/docs.js'
import {runExample} from './_rules.js'
import {scanRuleIds} from './_scan-rules.js'

/** A message's severity, as vfile-reporter prints it. */
function severity(message: VFileMessage): string {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

describe('the rule registry', () => {
  it('should list each rule once, with a known stage and a one-line summary', () => {
    const ids = rules.map((rule) => rule.ruleId)
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([])
    for (const rule of rules) {
      expect(stages, rule.ruleId).toContain(rule.stage)
      expect(rule.ruleId, rule.ruleId).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
      expect(rule.summary, rule.ruleId).toMatch(/^[^\n|]+$/)
    }
  })

  it('should list exactly the rules the code of `src/` emits', {timeout: 120_000}, () => {
    const scan = scanRuleIds()
    const listed = new Set(rules.map((rule) => rule.ruleId))
    expect({
      // Computed ids go in `computed` (tests/_scan-rules.ts) with the ids they make.
      unresolved: scan.unresolved,
      withoutRuleId: scan.unnamed,
      emittedNotListed: [...scan.emitted].filter(([id]) => !listed.has(id)).map(([id, places]) => `${id} (${places.join(', ')})`),
      listedNotEmitted: [...listed].filter((id) => !scan.emitted.has(id))
    }).toEqual({unresolved: [], withoutRuleId: [], emittedNotListed: [], listedNotEmitted: []})
  })

  it('should be the README’s Diagnostics table (`npm run build:docs` writes it)', async () => {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8')
    expect(readme).toBe(withTables(readme))
  })
})

describe('every rule’s example', () => {
  for (const rule of rules) {
    const {example} = rule
    it(`should report \`${rule.ruleId}\` (${example.run}) at ${example.place ?? 'no place'}`, async () => {
      const messages = await runExample(example)
      const own = messages.filter((message) => message.ruleId === rule.ruleId)
      expect(own.length, messages.map(String).join('\n')).toBeGreaterThan(0)
      expect([...new Set(messages.map((message) => message.ruleId))].sort(), 'the rules the example reports').toEqual([rule.ruleId, ...(example.others ?? [])].sort())
      const first = own[0]!
      expect(first.line === undefined ? null : `${first.line}:${first.column}`).toBe(example.place)
      expect(first.source).toBe('claimtrace')
      expect([rule.severity ?? 'warning'].flat()).toContain(severity(first))
    })
  }
})
