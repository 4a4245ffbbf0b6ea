import { describe, expect, it } from 'vitest';
import { learnedCall, probabilityOf } from '../../../../engine/rules/surname-model';
import { surnameModel } from '../../../../engine/rules/surname-weights';

const model = { bias: 0.5, weights: { 's:openai': 2, 's:director': -3 } };

describe('the learned signal for lone surnames', () => {
  it('is the logistic of the bias and the weights of the features it knows', () => {
    expect(probabilityOf(model, [])).toBeCloseTo(1 / (1 + Math.exp(-0.5)));
    expect(probabilityOf(model, ['s:openai'])).toBeCloseTo(1 / (1 + Math.exp(-2.5)));
    expect(probabilityOf(model, ['s:openai', 's:director', 's:unknown'])).toBeCloseTo(1 / (1 + Math.exp(0.5)));
  });

  it('gives no weight to a feature named like a property every object has', () => {
    expect(probabilityOf(model, ['s:constructor', '__proto__', 'toString', 'hasOwnProperty'])).toBeCloseTo(
      probabilityOf(model, []),
    );
  });

  it('overrules the rules only beyond its thresholds', () => {
    const overrides = { low: 0.05, high: 0.95 };
    expect(learnedCall(0.01, overrides)).toBe('unlikely');
    expect(learnedCall(0.05, overrides)).toBeUndefined();
    expect(learnedCall(0.5, overrides)).toBeUndefined();
    expect(learnedCall(0.99, overrides)).toBe('likely');
    expect(learnedCall(0.5, { low: 0, high: 1 })).toBeUndefined();
    expect(learnedCall(0, { low: 0, high: 1 })).toBeUndefined();
  });

  it('ships weights small enough for the background bundle, every one a finite number', () => {
    const weights = Object.values(surnameModel.weights);
    expect(weights.length).toBeGreaterThan(100);
    expect(weights.length).toBeLessThanOrEqual(1200);
    expect(weights.every(Number.isFinite)).toBe(true);
    expect(Number.isFinite(surnameModel.bias)).toBe(true);
  });
});
