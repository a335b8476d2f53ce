import {readFileSync} from 'node:fs'
import {Ajv} from 'ajv'
import {describe, expect, it} from 'vitest'
import {citeFootnotes} from '../../src/cite/index.js'

const schema = JSON.parse(readFileSync(new URL('../fixtures/csl-data.schema.json', import.meta.url), 'utf8')) as object
const fixture = JSON.parse(readFileSync(new URL('../fixtures/footnotes.json', import.meta.url), 'utf8')) as {
  footnotes: {n: number; markdown: string}[]
}

describe('CSL-JSON items', () => {
  it('should validate against the CSL input schema', () => {
    const validate = new Ajv({strict: false, allErrors: true}).compile(schema)
    const {sources} = citeFootnotes('israel-central-asia-2020', fixture.footnotes.map((d) => ({n: d.n, text: d.markdown, markdown: d.markdown})))
    const valid = validate(sources)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it('should reject an item with a field outside the schema (the check can fail)', () => {
    const validate = new Ajv({strict: false}).compile(schema)
    expect(validate([{id: 'x', type: 'book', footnotes: [1]}])).toBe(false)
  })
})
