import {describe, expect, it} from 'vitest'
import {renderFootnotes} from '../../../src/cli/render/footnotes.js'
import type {Footnote} from '../../../src/types.js'

describe('renderFootnotes', () => {
  it('should show number, sources and text', () => {
    const footnotes: Footnote[] = [
      {document: 'doc', n: 2, text: 'V.I. Mesamed, Israel v Tsentralnoy Azii, Moscow, 2012, p. 49.', citations: [{footnote: 2, source: 'mesamed2012', kind: 'full', locator: '49', label: 'page'}]},
      {document: 'doc', n: 11, text: 'A comment.', citations: []}
    ]
    expect(renderFootnotes(footnotes)).toBe(
      ['   2  mesamed2012  V.I. Mesamed, Israel v Tsentralnoy Azii, Moscow, 2012, p. 49.', '  11  —            A comment.', '', '2 footnotes', ''].join('\n')
    )
  })
})
