import {describe, expect, it} from 'vitest'
import {renderClaims} from '../../../src/cli/render/claims.js'
import type {Claim} from '../../../src/types.js'

function claim(id: string, section: string, text: string, footnotes: number[]): Claim {
  return {
    id,
    document: id.split('#')[0]!,
    text,
    sentence: text,
    section,
    footnotes,
    citations: [],
    figures: [],
    annotations: {countries: [], years: [], quantities: [], entities: []},
    position: {line: 1, column: 1}
  }
}

const claims = [
  claim('doc#c001', 'Abstract', 'The Soviet Union disappeared from the historical stage.', []),
  claim('doc#c002', 'Introduction', 'Israel invested about $300 million', [25]),
  claim('doc#c003', 'Introduction', 'in Kazakhstan’s economy, particularly in agriculture.', [])
]

describe('renderClaims', () => {
  it('should group claims by section and align ids and footnotes', () => {
    expect(renderClaims(claims)).toBe(
      [
        'Abstract',
        '  c001  —     The Soviet Union disappeared from the historical stage.',
        '',
        'Introduction',
        '  c002  [25]  Israel invested about $300 million',
        '  c003  —     in Kazakhstan’s economy, particularly in agriculture.',
        '',
        '3 claims (1 cited, 2 uncited)',
        ''
      ].join('\n')
    )
  })

  it('should cut long texts to the width with an ellipsis', () => {
    const lines = renderClaims(claims, {width: 40}).split('\n')
    expect(lines[1]).toBe('  c001  —     The Soviet Union disappea…')
    expect(lines[1]?.length).toBe(40)
  })

  it('should set headings in bold and the id and footnote columns dim on a terminal', () => {
    const lines = renderClaims(claims.slice(0, 1), {color: true}).split('\n')
    expect(lines[0]).toBe('\u001B[1mAbstract\u001B[22m')
    expect(lines[1]).toBe('\u001B[2m  c001  —  \u001B[22mThe Soviet Union disappeared from the historical stage.')
  })
})
