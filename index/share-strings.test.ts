import { describe, expect, it } from 'vitest';
import type { Fact } from '../core/index.js';
import { loadCorpus } from '../test/helpers/corpus.js';
import { shareRepeatedStrings } from './share-strings.js';
import { parseSnapshot, serializeSnapshot } from './snapshot.js';

describe('shareRepeatedStrings', () => {
  it('leaves every value of the seed reports\' snapshot as it was, through a serialize and parse', async () => {
    const { snapshot } = await loadCorpus();
    const copy = structuredClone(snapshot);
    expect(await parseSnapshot(await serializeSnapshot(snapshot))).toEqual(copy);
    expect(shareRepeatedStrings(structuredClone(snapshot))).toEqual(copy);
  });

  it('keeps a quote its paragraph does not contain, and a fact whose paragraph is missing', async () => {
    const { snapshot } = await loadCorpus();
    const [first, second] = snapshot.facts as [Fact, Fact];
    const edited = structuredClone(snapshot);
    edited.facts = [
      { ...first, quote: 'A sentence that is in no paragraph.' },
      { ...second, paragraphId: 'no-such-paragraph' },
    ];
    const shared = shareRepeatedStrings(structuredClone(edited));
    expect(shared.facts).toEqual(edited.facts);
  });

  it('takes a fact\'s quote from where it stands in the paragraph', async () => {
    const { snapshot } = await loadCorpus();
    const shared = shareRepeatedStrings(structuredClone(snapshot));
    const paragraphs = new Map(shared.paragraphs.map((paragraph) => [paragraph.id, paragraph.text]));
    for (const fact of shared.facts) expect(paragraphs.get(fact.paragraphId)).toContain(fact.quote);
  });
});
