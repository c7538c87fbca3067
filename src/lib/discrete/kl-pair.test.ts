import { describe, expect, it } from 'vitest';
import { infinityReason, klReadout, summarizeKlPair } from './kl-pair';

describe('summarizeKlPair and klReadout', () => {
  it('klReadout(summary) lists the four contract outputs in order with the anchor values', () => {
    const readout = klReadout(summarizeKlPair([0.5, 0.5], [0.7, 0.3]));
    expect(readout.map((r) => r.id)).toEqual(['kl-pq', 'kl-qp', 'cross-entropy-pq', 'entropy-p']);
    // 0.5·ln(25/21) and −0.5·ln 0.21, evaluated with mpmath.
    expect(readout[0]!.value).toBeCloseTo(0.08717669357238888, 15);
    expect(readout[2]!.value).toBeCloseTo(0.78032387413233419, 15);
    expect(readout.every((r) => (r.reason ?? '') === '')).toBe(true);
  });

  it('infinityReason names the first outcome where the second distribution is 0 but the first is not', () => {
    expect(infinityReason([0.2, 0.3, 0.5], [0.5, 0.5, 0], 'p', 'q')).toBe(
      'q gives outcome 3 probability 0, but p gives it 0.5: log(p/q) is infinite there.',
    );
    expect(infinityReason([0.5, 0.5], [0.7, 0.3], 'p', 'q')).toBe('');
  });

  it('klReadout marks KL(p‖q) and H(p, q) infinite with the same reason when q misses an outcome', () => {
    const readout = klReadout(summarizeKlPair([0.5, 0.5], [1, 0]));
    expect(readout[0]!.value).toBe(Infinity);
    expect(readout[2]!.value).toBe(Infinity);
    // Both name the outcome q misses (an empty reason would also be "the same").
    const reason = 'q gives outcome 2 probability 0, but p gives it 0.5: log(p/q) is infinite there.';
    expect(readout[0]!.reason).toBe(reason);
    expect(readout[2]!.reason).toBe(reason);
    expect(readout[1]!.value).toBeCloseTo(Math.LN2, 15);
  });
});
