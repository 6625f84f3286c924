import { describe, expect, it } from 'vitest';

import { dequantize, quantizeSymmetric } from './quantize.js';

describe('quantizeSymmetric / dequantize', () => {
  it('maps the largest magnitude to ±127 and round-trips within max|x|/254', () => {
    const source = [0.5, -4.0666, 1.25, 0, -0.001];
    const components = new Int8Array(5);
    const scale = quantizeSymmetric(source, 5, components, 0);
    expect(scale).toBeCloseTo(4.0666 / 127, 6);
    expect(Array.from(components)).toEqual([16, -127, 39, 0, 0]);
    const out = new Float32Array(5);
    dequantize(components, 0, scale, out);
    source.forEach((value, index) => expect(Math.abs(out[index]! - value)).toBeLessThanOrEqual(4.0666 / 254 + 1e-6));
  });

  it('writes at the given offset and leaves neighbours alone', () => {
    const components = new Int8Array(6).fill(9);
    quantizeSymmetric([1, -1], 2, components, 2);
    expect(Array.from(components)).toEqual([9, 9, 127, -127, 9, 9]);
  });

  it('gives scale 0 and zero components for an all-zero vector', () => {
    const components = new Int8Array(3).fill(5);
    expect(quantizeSymmetric([0, 0, 0], 3, components, 0)).toBe(0);
    expect(Array.from(components)).toEqual([0, 0, 0]);
  });
});
