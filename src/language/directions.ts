/**
 * Opposite directions that WordNet does not record as antonyms (it links
 * `increase`/`decrease`, `import`/`export`, `rise`/`fall`, but not
 * `support`/`oppose` or `grow`/`shrink`), plus the function words of
 * direction (`before`/`after`, `more`/`less`) that the ranking ignores as
 * stopwords. General English, lemmas; each pair is read both ways.
 */
export const DIRECTIONS: ReadonlyArray<readonly [string, string]> = [
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
