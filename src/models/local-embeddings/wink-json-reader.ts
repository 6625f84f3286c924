import { AppError } from '../../errors.js';

/**
 * Reads the wink-embeddings JSON (`{precision, dimensions, size, words, …,
 * vectors: {word: [numbers]}, unkVector}`) straight from its bytes, without
 * `JSON.parse` of the whole 307 MB document (that needs ~1 GB of heap and
 * ~6 s). Top-level fields other than `vectors` are small and go through
 * `JSON.parse`; `vectors` is streamed entry by entry to a visitor, so heap use
 * stays near the size of the `words` array.
 */

/** Called once per `vectors` entry; `values[0..length)` is only valid during the call. */
export type VectorVisitor = (word: string, values: Float64Array, length: number) => void;

/**
 * Called when the `vectors` key is reached, with every top-level field read
 * before it; returns the visitor for the entries.
 */
export type VectorsStart = (fieldsSoFar: Record<string, unknown>) => VectorVisitor;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
/** Powers of ten that are exact doubles (10^0 … 10^22). */
const EXACT_POWERS_OF_TEN = Array.from({ length: 23 }, (_, exponent) => 10 ** exponent);

/**
 * Walks the document and returns its top-level fields except `vectors`.
 *
 * @param bytes - the UTF-8 JSON document.
 * @param onVectorsStart - see {@link VectorsStart}.
 * @throws {AppError} `internal` naming the byte offset when the document is
 *   not the expected shape (top-level object; `vectors` an object of number arrays).
 */
export function readWinkJson(bytes: Uint8Array, onVectorsStart: VectorsStart): Record<string, unknown> {
  return new WinkJsonScanner(bytes).readDocument(onVectorsStart);
}

class WinkJsonScanner {
  private position = 0;
  private values = new Float64Array(128);

  constructor(private readonly bytes: Uint8Array) {}

  readDocument(onVectorsStart: VectorsStart): Record<string, unknown> {
    const fields: Record<string, unknown> = {};
    this.readObject(() => {
      const key = this.readString();
      this.expectAfterWhitespace(COLON);
      this.skipWhitespace();
      if (key === 'vectors') this.readVectors(onVectorsStart({ ...fields }));
      else fields[key] = this.readSmallValue();
    });
    return fields;
  }

  /** `{ member (, member)* }` with `readMember` consuming one `"key": value`. */
  private readObject(readMember: () => void): void {
    this.expectAfterWhitespace(OPEN_BRACE);
    if (this.peekAfterWhitespace() === CLOSE_BRACE) {
      this.position += 1;
      return;
    }
    for (;;) {
      this.skipWhitespace();
      readMember();
      if (this.peekAfterWhitespace() === COMMA) this.position += 1;
      else return this.expectAfterWhitespace(CLOSE_BRACE);
    }
  }

  private readVectors(visit: VectorVisitor): void {
    this.readObject(() => {
      const word = this.readString();
      this.expectAfterWhitespace(COLON);
      this.expectAfterWhitespace(OPEN_BRACKET);
      let length = 0;
      if (this.peekAfterWhitespace() === CLOSE_BRACKET) this.position += 1;
      else {
        for (;;) {
          if (length === this.values.length) this.grow();
          this.skipWhitespace();
          this.values[length] = this.readNumber();
          length += 1;
          if (this.peekAfterWhitespace() === COMMA) this.position += 1;
          else break;
        }
        this.expectAfterWhitespace(CLOSE_BRACKET);
      }
      visit(word, this.values, length);
    });
  }

  /** A JSON number; exact (same double as `JSON.parse`) on both paths. */
  private readNumber(): number {
    const bytes = this.bytes;
    const start = this.position;
    let cursor = start;
    const negative = bytes[cursor] === MINUS;
    if (negative) cursor += 1;
    let mantissa = 0;
    let digits = 0;
    let fractionDigits = 0;
    while (isDigit(bytes[cursor])) {
      mantissa = mantissa * 10 + (bytes[cursor]! - ZERO);
      digits += 1;
      cursor += 1;
    }
    if (bytes[cursor] === DOT) {
      cursor += 1;
      while (isDigit(bytes[cursor])) {
        mantissa = mantissa * 10 + (bytes[cursor]! - ZERO);
        digits += 1;
        fractionDigits += 1;
        cursor += 1;
      }
    }
    let exponent = 0;
    if (bytes[cursor] === 0x65 || bytes[cursor] === 0x45) {
      cursor += 1;
      const exponentNegative = bytes[cursor] === MINUS;
      if (exponentNegative || bytes[cursor] === PLUS) cursor += 1;
      if (!isDigit(bytes[cursor])) throw this.error('malformed exponent');
      while (isDigit(bytes[cursor])) {
        exponent = exponent * 10 + (bytes[cursor]! - ZERO);
        cursor += 1;
      }
      if (exponentNegative) exponent = -exponent;
    }
    if (digits === 0) throw this.error('expected a number');
    this.position = cursor;
    const power = exponent - fractionDigits;
    // Fast path (Clinger 1990): an integer mantissa < 2^53 times or divided by
    // an exact power of ten is correctly rounded by one IEEE operation.
    if (digits <= 15 && power >= -22 && power <= 22) {
      const magnitude = power < 0 ? mantissa / EXACT_POWERS_OF_TEN[-power]! : mantissa * EXACT_POWERS_OF_TEN[power]!;
      return negative ? -magnitude : magnitude;
    }
    return Number(Buffer.from(bytes.buffer, bytes.byteOffset + start, cursor - start).toString('latin1'));
  }

  private readString(): string {
    if (this.bytes[this.position] !== QUOTE) throw this.error('expected a string');
    const start = this.position;
    let cursor = start + 1;
    let escaped = false;
    while (cursor < this.bytes.length && this.bytes[cursor] !== QUOTE) {
      if (this.bytes[cursor] === BACKSLASH) {
        escaped = true;
        cursor += 1;
      }
      cursor += 1;
    }
    if (cursor >= this.bytes.length) throw this.error('unterminated string');
    this.position = cursor + 1;
    return escaped ? (JSON.parse(this.text(start, cursor + 1)) as string) : this.text(start + 1, cursor);
  }

  /** Any value, located by bracket depth and parsed with `JSON.parse`. */
  private readSmallValue(): unknown {
    const start = this.position;
    let depth = 0;
    while (this.position < this.bytes.length) {
      const byte = this.bytes[this.position]!;
      if (byte === QUOTE) {
        this.readString();
        if (depth === 0) break;
        continue;
      }
      if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth += 1;
      else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
        if (depth === 0) break;
        depth -= 1;
        if (depth === 0) {
          this.position += 1;
          break;
        }
      } else if (byte === COMMA && depth === 0) break;
      this.position += 1;
    }
    try {
      return JSON.parse(this.text(start, this.position));
    } catch (cause) {
      throw new AppError('internal', `Malformed wink-embeddings JSON value at byte ${start}.`, { cause });
    }
  }

  private text(start: number, end: number): string {
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset + start, end - start).toString('utf8');
  }

  private grow(): void {
    const larger = new Float64Array(this.values.length * 2);
    larger.set(this.values);
    this.values = larger;
  }

  private skipWhitespace(): void {
    let byte = this.bytes[this.position];
    while (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09) {
      this.position += 1;
      byte = this.bytes[this.position];
    }
  }

  private peekAfterWhitespace(): number | undefined {
    this.skipWhitespace();
    return this.bytes[this.position];
  }

  private expectAfterWhitespace(byte: number): void {
    if (this.peekAfterWhitespace() !== byte) throw this.error(`expected '${String.fromCharCode(byte)}'`);
    this.position += 1;
  }

  private error(what: string): AppError {
    return new AppError('internal', `Malformed wink-embeddings JSON: ${what} at byte ${this.position}.`);
  }
}

function isDigit(byte: number | undefined): boolean {
  return byte !== undefined && byte >= ZERO && byte <= NINE;
}
