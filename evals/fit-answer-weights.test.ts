import { describe, expect, it } from 'vitest';
import { chooseThresholds, fitLogistic, outcomesUnder } from './fit-answer-weights.js';

describe('fitLogistic', () => {
  it('learns a positive weight for a feature that separates right from wrong, and a negative one for a misleading feature', () => {
    const examples = Array.from({ length: 200 }, (_, i) => {
      const good = i % 2 === 0;
      const noise = ((i * 37) % 10) / 10;
      return { question: `q${i}`, x: [1, good ? 0.8 + noise * 0.2 : noise * 0.3, good ? 0 : 1, noise], y: good ? 1 : 0 };
    });
    const [, separating, misleading, random] = fitLogistic(examples, { iterations: 2000 });
    expect(separating).toBeGreaterThan(1);
    expect(misleading).toBeLessThan(-1);
    expect(Math.abs(random!)).toBeLessThan(Math.abs(separating!));
  });
});

describe('chooseThresholds', () => {
  it('states plainly only where the training answers are rarely wrong, and refuses below the medium threshold', () => {
    const outcomes = [
      ...Array.from({ length: 20 }, () => ({ p: 0.9, topCorrect: true, expectsRefusal: false })),
      { p: 0.9, topCorrect: false, expectsRefusal: false },
      ...Array.from({ length: 5 }, () => ({ p: 0.6, topCorrect: true, expectsRefusal: false })),
      ...Array.from({ length: 5 }, () => ({ p: 0.6, topCorrect: false, expectsRefusal: false })),
      ...Array.from({ length: 6 }, () => ({ p: 0.2, topCorrect: false, expectsRefusal: true })),
    ];
    const { high, medium } = chooseThresholds(outcomes);
    expect(medium).toBeLessThanOrEqual(0.6);
    expect(medium).toBeGreaterThan(0.2);
    expect(high).toBeGreaterThan(0.6);
    expect(high).toBeLessThanOrEqual(0.9);
  });

  it('scores each question by its best candidate under the weights', () => {
    const outcomes = outcomesUnder([0, 1], [{ expectsRefusal: false, candidates: [{ x: [1, -2], correct: false }, { x: [1, 3], correct: true }] }]);
    expect(outcomes[0]!.topCorrect).toBe(true);
    expect(outcomes[0]!.p).toBeGreaterThan(0.9);
  });
});
