import {describe, expect, it} from 'vitest'
import {fitPage} from '../../bench/_fit-page.js'
import calibration from '../../src/html/calibration.json' with {type: 'json'}

describe('the reader page’s shipped thresholds', () => {
  it('should be the fit of the current code on the dev half (rerun `npx tsx bench/fit-page.ts` when this fails)', async () => {
    expect(await fitPage()).toEqual(calibration)
  }, 60_000)
})
