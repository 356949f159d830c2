/**
 * @module British spellings as the American ones the reports mostly use ("capitalisation" → "capitalization",
 * "centre" → "center", "labour" → "labor"), applied to the text before names and words are read from it, at
 * index and query time alike, so a question written either way meets the passage (and the alias "data center").
 * A list, not a rule: "-ise" → "-ize" as a rule would part "advertising" from "advertisement" and "precise" from
 * "precisely". Data: extend the roots.
 */

/** Roots whose "-ise" family is "-ize" in American spelling ("organ" → organise, organised, organisation …). */
const IZE_ROOTS = [
  'author', 'capital', 'categor', 'central', 'character', 'commercial', 'critic', 'custom', 'digital', 'emphas', 'final', 'global',
  'industrial', 'legal', 'local', 'maxim', 'minim', 'mobil', 'modern', 'monet', 'normal', 'optim', 'organ', 'priorit', 'real', 'recogn',
  'special', 'stabil', 'standard', 'subsid', 'summar', 'synchron', 'util', 'visual',
];
const ISE_ENDINGS = ['ise', 'ises', 'ised', 'ising', 'isation', 'isations', 'iser', 'isers'];

/** Whole words spelled otherwise in British English. */
const WORDS: Record<string, string> = {
  centre: 'center', centres: 'centers', centred: 'centered', labour: 'labor', favour: 'favor', favourable: 'favorable', favoured: 'favored',
  behaviour: 'behavior', behaviours: 'behaviors', colour: 'color', defence: 'defense', licence: 'license', licences: 'licenses',
  catalogue: 'catalog', catalogues: 'catalogs', programme: 'program', programmes: 'programs', modelling: 'modeling', modelled: 'modeled',
  analyse: 'analyze', analysed: 'analyzed', analyses: 'analyzes', analysing: 'analyzing', tonne: 'ton', tonnes: 'tons',
};

const AMERICAN = new Map<string, string>(Object.entries(WORDS));
// ("reorganised", "recapitalisation": the family with "re-" before it too.)
for (const root of IZE_ROOTS) {
  for (const prefix of ['', 're']) for (const ending of ISE_ENDINGS) AMERICAN.set(`${prefix}${root}${ending}`, `${prefix}${root}${ending.replace('is', 'iz')}`);
}

/** The text with each listed British word spelled the American way, a capital kept ("Data Centre" → "Data Center"). */
export function americanSpelling(text: string): string {
  return text.replace(/[A-Za-z]{4,}/g, (word) => {
    const american = AMERICAN.get(word.toLowerCase());
    if (!american) return word;
    return word === word.toUpperCase() ? american.toUpperCase() : /^[A-Z]/.test(word) ? `${american[0]!.toUpperCase()}${american.slice(1)}` : american;
  });
}
