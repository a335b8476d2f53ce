import {describe, expect, it} from 'vitest'
import {annotate} from '../../src/facts/annotate.js'
import {yearsIn} from '../../src/facts/dates.js'
import {entitiesIn} from '../../src/facts/entities.js'
import {canonicalCountry, countriesIn} from '../../src/facts/places.js'
import {quantitiesIn} from '../../src/facts/quantities.js'

describe('countriesIn', () => {
  it('should map names, possessives and adjectives to canonical countries', () => {
    expect(countriesIn('Kazakhstan’s gold, the Uzbek-Israeli forum, Kyrgyz sources, the Tajik market, Israeli-Turkmen ties')).toEqual([
      'Kazakhstan',
      'Uzbekistan',
      'Israel',
      'Kyrgyzstan',
      'Tajikistan',
      'Turkmenistan'
    ])
  })

  it('should recognise the United States in its several forms', () => {
    expect(countriesIn('Joint U.S.-Israel assistance')).toEqual(['United States', 'Israel'])
    expect(countriesIn('continued pro-American orientation')).toEqual(['United States'])
    expect(countriesIn('supported by the United States')).toEqual(['United States'])
  })

  it('should not read a country into a longer word or “post-Soviet”', () => {
    expect(countriesIn('the post-Soviet space and Turkmenistan')).toEqual(['Turkmenistan'])
  })
})

describe('canonicalCountry', () => {
  it('should name a country from any form, ignoring case', () => {
    expect(canonicalCountry('uzbek')).toBe('Uzbekistan')
    expect(canonicalCountry('Kyrgyz Republic')).toBe('Kyrgyzstan')
    expect(canonicalCountry('usa')).toBe('United States')
    expect(canonicalCountry('Narnia')).toBeUndefined()
  })
})

describe('yearsIn', () => {
  it('should read single years, ranges and decades', () => {
    expect(yearsIn('The 1992-1997 civil war; in 2004-2005 a crisis; in the 1990s; on 7 October, 2009')).toEqual([1992, 1997, 2004, 2005, 1990, 2009])
  })

  it('should read the years of a history article, from the 1500s on', () => {
    expect(yearsIn('the Russian conquest of 1875-1876; from the 1840s to the 1860s; a decree of 1916; the 1580s')).toEqual([1875, 1876, 1840, 1860, 1916, 1580])
  })

  it('should not read a count or an archival number as a year', () => {
    expect(yearsIn('some 1500 soldiers; GARF, f. 1396; 1000 farmers')).toEqual([])
  })

  it('should not read amounts as years', () => {
    expect(yearsIn('$1,000 and 19,900 Jews and $2.43 billion')).toEqual([])
  })
})

describe('quantitiesIn', () => {
  it('should normalise money with its scale', () => {
    expect(quantitiesIn('about $300 million; reached $2.43 billion; the share was $5,000').quantities).toEqual([
      '$300 million',
      '$2.43 billion',
      '$5,000'
    ])
  })

  it('should give both ends of a range', () => {
    expect(quantitiesIn('ranged between $27 and $47 million; 80 to 90 percent').quantities).toEqual(['$27 million', '$47 million', '80 percent', '90 percent'])
  })

  it('should read percentages, hectares and folds', () => {
    expect(quantitiesIn('dropped by 50 percent; only 1% of goods; 82 hectares and 33,200 hectares; an about 100-fold increase').quantities).toEqual([
      '50 percent',
      '1%',
      '82 hectares',
      '33,200 hectares',
      '100-fold'
    ])
  })

  it('should read a year-shaped number as a count only when it counts', () => {
    expect(quantitiesIn('there were 1500 Cossack soldiers; in 1500 settlers came; 1000 farmers').quantities).toEqual(['1500 soldiers', '1000 farmers'])
  })

  it('should read counts of things, dropping adjectives', () => {
    expect(quantitiesIn('there were 52 Israeli companies; over 270 enterprises with Israeli capital; for 30 days').quantities).toEqual([
      '52 companies',
      '270 enterprises',
      '30 days'
    ])
  })
})

describe('entitiesIn', () => {
  it('should find acronyms', () => {
    expect(entitiesIn('the SIBAT approved it; the KADEX expo; the EAEU; the IMF; the CIS countries')).toEqual(['SIBAT', 'KADEX', 'EAEU', 'IMF', 'CIS'])
  })

  it('should split an office from the person who holds it', () => {
    expect(entitiesIn('In July 1994, Foreign Minister of Israel Shimon Peres came to Uzbekistan')).toEqual(['Foreign Minister of Israel', 'Shimon Peres'])
  })

  it('should keep organisations whole and drop places', () => {
    expect(entitiesIn('MASHAV works at the Ministry of Foreign Affairs with Israel Aerospace Industries in Central Asia')).toEqual([
      'MASHAV',
      'Ministry of Foreign Affairs',
      'Israel Aerospace Industries'
    ])
  })
})

describe('entitiesIn on places', () => {
  it('should not take countries, capitals or possessives of places for entities', () => {
    expect(entitiesIn('its ties with the EU and the United States; between Tehran and Tel Aviv; Tel Aviv’s attention; the Soviet Union’s disintegration')).toEqual(['EU'])
  })

  it('should keep the office, not the place before it, when a visit names both', () => {
    expect(entitiesIn('the official visit to Israel of President of Uzbekistan Ilkham Karimov raised cooperation')).toEqual(['President of Uzbekistan', 'Ilkham Karimov'])
  })
})

describe('annotate', () => {
  it('should annotate a claim of the article', () => {
    expect(annotate('In 2009, there were 52 Israeli companies working in Kazakhstan')).toEqual({
      countries: ['Israel', 'Kazakhstan'],
      years: [2009],
      quantities: ['52 companies'],
      entities: []
    })
  })
})

describe('entitiesIn at a sentence start', () => {
  it('should drop an opening word the document writes in lower case, and keep the names that follow', () => {
    const vocabulary = new Set(['following', 'independence', 'alarmed', 'officials', 'came', 'the', 'then'])
    expect(entitiesIn('Following Uzbek independence, ties grew.', vocabulary)).toEqual([])
    expect(entitiesIn('Alarmed Turkmen officials met. Then Shimon Peres came.', vocabulary)).toEqual(['Shimon Peres'])
    expect(entitiesIn('The Intergovernmental Agreement on Military-Technical Cooperation was signed.', vocabulary)).toEqual(['Intergovernmental Agreement on Military-Technical Cooperation'])
    // Without a vocabulary nothing is known to be a common word.
    expect(entitiesIn('Following Uzbek Independence, ties grew.')).toEqual(['Following Uzbek Independence'])
  })
})
