/**
 * Symmetric int8 quantisation of one vector: `q = round(x / scale)` with
 * `scale = max|x| / 127`, so `x ≈ q · scale` and the worst per-component error
 * is `scale / 2 = max|x| / 254` (under 0.4 % of the largest component).
 * Source: the "symmetric" (zero-point 0) scheme in Jacob et al. 2018,
 * "Quantization and Training of Neural Networks for Efficient
 * Integer-Arithmetic-Only Inference", § 2.1, applied per vector.
 */

/** Largest int8 magnitude used; -128 is never produced, keeping the range symmetric. */
export const INT8_LIMIT = 127;

/**
 * Quantises `source[0..length)` into `target[targetOffset..targetOffset+length)`.
 *
 * @param source - the float components (any numeric array-like).
 * @param length - how many components to read (the vector's dimensions).
 * @param target - int8 storage for all vectors.
 * @param targetOffset - index in `target` of the first component.
 * @returns the float32-rounded scale (0 for an all-zero vector, whose
 *   components are then all 0).
 */
export function quantizeSymmetric(
  source: ArrayLike<number>,
  length: number,
  target: Int8Array,
  targetOffset: number,
): number {
  let largest = 0;
  for (let index = 0; index < length; index += 1) {
    const magnitude = Math.abs(source[index] ?? 0);
    if (magnitude > largest) largest = magnitude;
  }
  // Quantise with the scale as stored (float32), so decoding matches encoding.
  const scale = Math.fround(largest / INT8_LIMIT);
  for (let index = 0; index < length; index += 1) {
    const level = scale === 0 ? 0 : Math.round((source[index] ?? 0) / scale);
    target[targetOffset + index] = Math.max(-INT8_LIMIT, Math.min(INT8_LIMIT, level));
  }
  return scale;
}

/**
 * Writes `components[offset..offset+out.length) · scale` into `out`.
 *
 * @param components - int8 storage for all vectors.
 * @param offset - index in `components` of the first component.
 * @param scale - the vector's scale from {@link quantizeSymmetric}.
 * @param out - receives `out.length` dequantised components.
 */
export function dequantize(components: Int8Array, offset: number, scale: number, out: Float32Array): void {
  for (let index = 0; index < out.length; index += 1) {
    out[index] = (components[offset + index] ?? 0) * scale;
  }
}
