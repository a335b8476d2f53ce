/**
 * Pairs of opposite directions that WordNet does not record as antonyms (it links
 * `increase`/`decrease`, `import`/`export`, `rise`/`fall`, but not
 * `support`/`oppose` or `grow`/`shrink`), plus the function words of
 * direction (`before`/`after`, `more`/`less`) that the ranking ignores as
 * stopwords. General English, lemmas; each pair is read both ways.
 */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['increase', 'decrease'], ['increase', 'decline'], ['increase', 'drop'], ['increase', 'reduce'], ['increase', 'fall'],
  ['rise', 'fall'], ['rise', 'decline'], ['rise', 'drop'], ['grow', 'shrink'], ['grow', 'decline'], ['grow', 'fall'],
  ['growth', 'decline'], ['expand', 'reduce'], ['expand', 'shrink'], ['expand', 'contract'], ['expansion', 'reduction'],
  ['import', 'export'], ['importer', 'exporter'], ['buy', 'sell'], ['purchase', 'sell'], ['inflow', 'outflow'],
  ['open', 'close'], ['opening', 'closure'], ['open', 'shut'], ['establish', 'abolish'], ['start', 'end'], ['begin', 'end'],
  ['start', 'stop'], ['launch', 'end'], ['first', 'last'], ['earliest', 'latest'], ['early', 'late'], ['before', 'after'],
  ['earlier', 'later'], ['more', 'less'], ['more', 'fewer'], ['most', 'least'], ['high', 'low'], ['large', 'small'],
  ['big', 'small'], ['maximum', 'minimum'], ['up', 'down'], ['above', 'below'], ['over', 'under'], ['upward', 'downward'],
  ['strengthen', 'weaken'], ['strong', 'weak'], ['improve', 'worsen'], ['improve', 'deteriorate'], ['support', 'oppose'],
  ['supporter', 'opponent'], ['accept', 'reject'], ['approve', 'reject'], ['agree', 'refuse'], ['allow', 'ban'],
  ['allow', 'forbid'], ['allow', 'prohibit'], ['permit', 'ban'], ['gain', 'lose'], ['win', 'lose'], ['success', 'failure'],
  ['succeed', 'fail'], ['surplus', 'deficit'], ['profit', 'loss'], ['arrive', 'leave'], ['arrive', 'depart'],
  ['enter', 'leave'], ['enter', 'exit'], ['join', 'leave'], ['join', 'quit'], ['double', 'halve'], ['positive', 'negative'],
  ['friendly', 'hostile'], ['friend', 'enemy'], ['ally', 'enemy'], ['cooperation', 'confrontation'], ['peace', 'war'],
  ['include', 'exclude'], ['accelerate', 'slow'], ['raise', 'lower'], ['raise', 'cut'], ['inside', 'outside'],
  ['internal', 'external'], ['domestic', 'foreign'], ['upstream', 'downstream'], ['north', 'south'], ['east', 'west'],
  ['northern', 'southern'], ['eastern', 'western'], ['majority', 'minority'], ['lift', 'impose'], ['withdraw', 'deploy'],
  ['sign', 'reject'], ['ratify', 'reject'], ['lend', 'borrow'], ['creditor', 'debtor'], ['donor', 'recipient'],
  ['send', 'receive'], ['give', 'receive'], ['export', 'import'], ['many', 'few'], ['much', 'little'], ['active', 'passive'],
  ['acquire', 'sell'], ['increase', 'cut'], ['expand', 'cut'], ['build', 'destroy'], ['leave', 'return'], ['emigrate', 'return'], ['rich', 'poor'], ['success', 'setback']
]

/**
 * Scales with two ends: every word of one end is the opposite of every word
 * of the other (“kept falling” against “steadily increased”, “exports”
 * against “buys from”, “tops the list” against “the last line”, “easing”
 * against “mounting”). General English, lemmas (wink's: `fell` → `fall`,
 * comparatives keep their form: `smaller`).
 */
const SCALES: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  // How much: quantities, levels, intensities.
  [
    ['increase', 'rise', 'grow', 'climb', 'mount', 'soar', 'surge', 'swell', 'expand', 'multiply', 'escalate', 'intensify', 'boost', 'jump', 'double', 'triple', 'accelerate', 'heighten', 'deepen', 'widen', 'broaden', 'extend',
      'go up', 'build up', 'step up', 'scale up', 'ramp up', 'pick up', 'speed up', 'shoot up'],
    ['decrease', 'decline', 'fall', 'drop', 'shrink', 'contract', 'reduce', 'cut', 'lower', 'diminish', 'dwindle', 'slump', 'plunge', 'sink', 'ease', 'subside', 'halve', 'lessen', 'curtail', 'narrow', 'slow', 'fade', 'wane',
      'go down', 'come down', 'scale back', 'scale down', 'cut back', 'cut down', 'wind down', 'tail off', 'fall off', 'drop off', 'taper off', 'slow down', 'die down', 'fall back', 'ease off']
  ],
  // Easy or hard.
  [['easy', 'easier', 'simple', 'simpler', 'smooth', 'smoother'], ['hard', 'harder', 'difficult', 'tough', 'tougher', 'complicated']],
  [
    ['more', 'greater', 'larger', 'bigger', 'higher', 'stronger', 'wider', 'further', 'increasing', 'growing', 'rising', 'mounting'],
    ['less', 'fewer', 'smaller', 'lower', 'lesser', 'weaker', 'narrower', 'decreasing', 'declining', 'falling', 'shrinking']
  ],
  // Rank and order.
  [['top', 'first', 'foremost', 'highest', 'largest', 'biggest'], ['last', 'bottom', 'lowest', 'smallest', 'least']],
  [['earlier', 'before', 'ahead', 'sooner', 'prior', 'previously', 'early', 'earliest'], ['later', 'after', 'afterwards', 'afterward', 'subsequently', 'late', 'latest']],
  // Which way goods and money go.
  // Only verbs whose subject is the same party either way: “X supplies Y” is “Y imports from X”, so `supply` is on no end.
  [['import', 'buy', 'purchase', 'importer', 'buyer'], ['export', 'sell', 'exporter', 'seller']],
  // For or against.
  [['support', 'endorse', 'favor', 'favour', 'approve', 'welcome', 'advocate', 'praise', 'supporter'], ['oppose', 'reject', 'condemn', 'criticize', 'criticise', 'denounce', 'resist', 'object', 'against', 'opponent', 'veto']],
  // Begin or end.
  [['open', 'launch', 'start', 'begin', 'establish', 'resume', 'restart', 'found', 'inaugurate', 'set up', 'start up', 'open up'], ['close', 'shut', 'end', 'stop', 'halt', 'suspend', 'terminate', 'abolish', 'discontinue', 'cease', 'freeze', 'shut down', 'close down', 'break off', 'call off', 'phase out']],
  // Better or worse, closer or further apart.
  [['strengthen', 'improve', 'consolidate', 'warm', 'deepen', 'boost', 'revive', 'enhance', 'closer', 'stronger', 'better'], ['weaken', 'worsen', 'deteriorate', 'cool', 'sour', 'undermine', 'erode', 'damage', 'harm', 'weaker', 'worse']],
  // Willing or not.
  [['keen', 'eager', 'enthusiastic', 'willing', 'interested', 'ready'], ['reluctant', 'unwilling', 'hesitant', 'indifferent', 'uninterested', 'wary']]
]

const seen = new Set(PAIRS.map(([a, b]) => `${a} ${b}`))
const crossed: Array<readonly [string, string]> = []
for (const [up, down] of SCALES) {
  for (const a of up) {
    for (const b of down) {
      if (a === b || seen.has(`${a} ${b}`) || seen.has(`${b} ${a}`)) continue
      seen.add(`${a} ${b}`)
      crossed.push([a, b])
    }
  }
}

/**
 * Opposite directions, each pair read both ways: the pairs above first
 * (the generated variants reverse a word to its first opposite), then
 * every pair the scales make.
 */
export const DIRECTIONS: ReadonlyArray<readonly [string, string]> = [...PAIRS, ...crossed]

/**
 * Words of one end of a scale, each with the others of its end: the same
 * direction in other words (“rose” for “increased”, “sold” for “supplied”).
 */
export const SAME_DIRECTION: ReadonlyArray<readonly string[]> = SCALES.flatMap(([up, down]) => [up, down])

/**
 * The phrasal verbs of the scales (“scale back”, “tail off”, “set up”):
 * the analysis gives a verb and the particle after it this one lemma.
 */
export const PHRASES: ReadonlySet<string> = new Set([...PAIRS.flat(), ...SCALES.flatMap(([up, down]) => [...up, ...down])].filter((word) => word.includes(' ')))
