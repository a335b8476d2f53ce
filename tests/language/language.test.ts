import {describe, expect, it} from 'vitest'
import {analyse, analyseCorpus, buildThesaurus, isEnglish, Thesaurus, unpack} from '../../src/language/index.js'
import {Wordnet} from '../../src/language/wordnet.js'

const negated = (text: string): string[] => analyse(text).filter((word) => word.negated).map((word) => word.lemma)

describe('analyse', () => {
  it('should give lemmas and parts of speech', () => {
    const words = analyse('The investments rose and Israel sold drones.')
    expect(words.map((word) => word.lemma)).toEqual(['the', 'investment', 'rise', 'and', 'israel', 'sell', 'drone', '.'])
    expect(words.find((word) => word.lemma === 'rise')?.pos).toBe('VERB')
  })

  it('should mark what a negation governs, to the end of its clause', () => {
    expect(negated('Israel did not open an embassy, but it traded.')).toEqual(['open', 'an', 'embassy'])
    expect(negated('They had no prejudices.')).toEqual(['prejudice'])
  })

  it('should read negating verbs and prepositions as negations', () => {
    expect(negated('Israel refused to open an embassy.')).toEqual(['open', 'an', 'embassy'])
    expect(negated('The region is free of prejudice.')).toEqual(['prejudice'])
    expect(negated('Israel has yet to open an embassy.')).toEqual(['open', 'an', 'embassy'])
  })

  it('should not read “not only … but also” as a negation', () => {
    expect(negated('Not only did Israel invest, but it also traded.')).toEqual([])
  })

  it('should read a negator wink leaves unmarked before an adverb (“not yet”, “never again”)', () => {
    expect(negated('They have not yet organised any exchanges.')).toEqual(['yet', 'organize', 'any', 'exchange'])
    expect(negated('They never again met.')).toEqual(['again', 'meet'])
  })

  it('should read “no longer” as one negator of what follows', () => {
    const words = analyse('Israelis no longer need a visa.')
    expect(words.filter((word) => word.negated).map((word) => word.lemma)).toEqual(['need', 'a', 'visa'])
    expect(words.find((word) => word.lemma === 'need')?.cue).toBe('no longer')
  })

  it('should keep a negation after a quote or bracket, and read a curly n’t', () => {
    expect(negated('Israel did not "open" an embassy.')).toEqual(['open', 'an', 'embassy'])
    expect(negated('Israel hasn’t yet opened an embassy.')).toContain('open')
  })

  it('should end a negation at a colon, however far wink reads on', () => {
    expect(negated('Oil is not the only item imported: Israel also buys grain.')).toEqual(['the', 'only', 'item', 'import'])
  })

  it('should read a verb and its particle as one phrasal verb of the scales, however wink tags the verb', () => {
    const lemmas = (text: string): string[] => analyse(text).filter((word) => word.lemma.includes(' ')).map((word) => word.lemma)
    expect(lemmas('Israel has been scaling back its investments; trade went down and cooperation tailed off.')).toEqual(['scale back', 'go down', 'tail off'])
    expect(lemmas('They stepped up visits and set up a department.')).toEqual(['step up', 'set up'])
    expect(lemmas('He looked up the word and came back.')).toEqual([])
  })

  it('should split punctuation wink glues into one token (“);”)', () => {
    const words = analyse('Astana (Nur-Sultan); in 1996, it opened.')
    expect(words.filter((word) => word.pos === 'PUNCT').map((word) => word.text)).toContain(';')
  })
})

describe('the thesaurus', () => {
  const thesaurus = new Thesaurus(buildThesaurus([['agriculture', 'NOUN'], ['increase', 'VERB'], ['embassy', 'NOUN'], ['support', 'VERB']], new Wordnet()))

  it('should find a corpus word through a synonym or a broader term', () => {
    expect(thesaurus.lookup('farming')).toContainEqual({lemma: 'agriculture', relation: 'synonym'})
    expect(thesaurus.lookup('mission')).toContainEqual({lemma: 'embassy', relation: 'broader'})
  })

  it('should find opposites, from WordNet and from the direction table', () => {
    expect(thesaurus.lookup('decrease')).toContainEqual({lemma: 'increase', relation: 'opposite'})
    expect(thesaurus.lookup('decline')).toContainEqual({lemma: 'increase', relation: 'opposite'})
    expect(thesaurus.lookup('oppose')).toContainEqual({lemma: 'support', relation: 'opposite'})
  })

  it('should read directions on scales: any word of one end against any of the other, alike within an end', () => {
    expect(thesaurus.lookup('ease')).toContainEqual({lemma: 'increase', relation: 'opposite'})
    expect(thesaurus.lookup('condemn')).toContainEqual({lemma: 'support', relation: 'opposite'})
    expect(thesaurus.lookup('climb')).toContainEqual({lemma: 'increase', relation: 'similar'})
    expect(thesaurus.lookup('welcome')).toContainEqual({lemma: 'support', relation: 'similar'})
  })

  it('should relate a reader’s word only through one of its common senses', () => {
    const promote = new Thesaurus(buildThesaurus([['promote', 'VERB']], new Wordnet()))
    // “break” means “demote” (the antonym of “promote”) only in a rare sense.
    expect(promote.lookup('break')).toEqual([])
    expect(promote.lookup('demote')).toContainEqual({lemma: 'promote', relation: 'opposite'})
  })

  it('should give a name only its other names, not the common nouns spelt like it', () => {
    const names = new Thesaurus(buildThesaurus([['turkey', 'PROPN'], ['kazakhstan', 'PROPN']], new Wordnet()))
    expect(names.lookup('poultry')).toEqual([])
    expect(names.lookup('kazakstan')).toContainEqual({lemma: 'kazakhstan', relation: 'synonym'})
  })

  it('should know nothing of words unrelated to the corpus', () => {
    expect(thesaurus.lookup('volcano')).toEqual([])
  })
})

describe('analyseCorpus', () => {
  it('should analyse each sentence once and round-trip its words', () => {
    const sentence = 'Trade did not rise.'
    const data = analyseCorpus([{sentence}, {sentence}])
    expect(data.sentences.length).toBe(1)
    expect(data.claimSentence).toEqual([0, 0])
    expect(unpack(sentence, data.sentences[0]!)).toEqual(analyse(sentence))
  })
})

describe('isEnglish', () => {
  it('should tell English words from typos of corpus words', () => {
    expect([isEnglish('grain'), isEnglish('decreased', 'decrease'), isEnglish('embasy'), isEnglish('yeras')]).toEqual([true, true, false, false])
  })
})
