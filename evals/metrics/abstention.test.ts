import { describe, expect, it } from 'vitest';
import { abstentionMetrics } from './abstention.js';

describe('abstentionMetrics', () => {
  it('scores abstaining as the positive class', () => {
    const result = abstentionMetrics([
      { expected: true, abstained: true, inScope: false }, // TP
      { expected: true, abstained: false, inScope: false }, // FN
      { expected: false, abstained: true, inScope: true }, // FP, false abstention
      { expected: false, abstained: false, inScope: true }, // TN
      { expected: false, abstained: false, inScope: false }, // TN (adversarial, answered)
    ]);
    expect(result.precision).toBe(0.5);
    expect(result.recall).toBe(0.5);
    expect(result.accuracy).toBe(3 / 5);
    expect(result.falseAbstentions).toBe(1);
    expect(result.falseAbstentionRate).toBe(0.5);
  });
  it('returns null for 0 ÷ 0', () => {
    const result = abstentionMetrics([{ expected: false, abstained: false, inScope: true }]);
    expect(result.precision).toBeNull();
    expect(result.recall).toBeNull();
    expect(result.accuracy).toBe(1);
    expect(abstentionMetrics([]).accuracy).toBeNull();
  });
});
