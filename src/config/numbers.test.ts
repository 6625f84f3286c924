import { describe, expect, it } from 'vitest';
import { startupLine } from '../testing/startup-line.js';
import { loadConfig, type Config } from './index.js';

const startupPrefix = 'error: config_invalid: Invalid configuration: ';
const notAccepted = '1e3, 0x10, 1_000, +1, -1 and Infinity are not accepted';
const wholeNumberProblem = (variable: string) => `${variable}: must be a whole number in plain decimal digits such as 30; ${notAccepted}`;
const decimalNumberProblem = (variable: string) => `${variable}: must be a number ≥ 0 in plain decimal notation such as 0.5 or 2; ${notAccepted}`;

describe('numeric variables', () => {
  it.each([
    [{ PORT: '8080' }, (config: Config) => config.port, 8080],
    [{ PORT: ' 8080\n' }, (config: Config) => config.port, 8080],
    [{ PORT: '0' }, (config: Config) => config.port, 0],
    [{ RETRIEVAL_K: '08' }, (config: Config) => config.retrieval.k, 8],
    [{ ANSWER_CACHE_SIZE: '0' }, (config: Config) => config.answerCache.maxEntries, 0],
    [{ RATE_LIMIT_CHAT: '120' }, (config: Config) => config.operations.rateLimits.chat, 120],
    [{ VECTOR_WEIGHT: '0.25' }, (config: Config) => config.retrieval.vectorWeight, 0.25],
    [{ VECTOR_WEIGHT: '.5' }, (config: Config) => config.retrieval.vectorWeight, 0.5],
    [{ BM25_WEIGHT: ' 2 ' }, (config: Config) => config.retrieval.bm25Weight, 2],
    [{ ANSWERABILITY_PROBLEM_COVERAGE: '1' }, (config: Config) => config.retrieval.answerability.problem, 1],
  ])('reads %j', (environment, read, expected) => {
    expect(read(loadConfig(environment))).toBe(expected);
  });

  describe.each(['PORT', 'RETRIEVAL_K', 'ANSWER_CACHE_SIZE', 'CHAT_TIMEOUT_MS', 'MAX_BODY_BYTES', 'RATE_LIMIT_CHAT', 'TRUSTED_PROXY_HOPS', 'INDEX_WATCH_INTERVAL_MS'])('whole-number %s', (variable) => {
    it.each(['0x10', '1e3', '1E3', '1_000', '1,000', 'Infinity', '-Infinity', 'NaN', '+5', '-1', '5.0', '0.5', '0b1', '0o7', '5 5', 'eighty'])('stops start-up for %j, naming the variable and the form', (value) => {
      expect(startupLine({ [variable]: value })).toBe(startupPrefix + wholeNumberProblem(variable));
    });
  });

  describe.each(['VECTOR_WEIGHT', 'BM25_WEIGHT', 'ANSWERABILITY_PROBLEM_COVERAGE', 'ANSWERABILITY_QUESTION_COVERAGE', 'ANSWERABILITY_EVIDENCE'])('decimal %s', (variable) => {
    it.each(['0x10', '1e3', '5e-1', '1_000', '0,5', 'Infinity', 'NaN', '+0.5', '-0.5', '1.', '0.5.1', 'half'])('stops start-up for %j, naming the variable and the form', (value) => {
      expect(startupLine({ [variable]: value })).toBe(startupPrefix + decimalNumberProblem(variable));
    });
  });

  it('keeps the range checks and names every bad variable in one line', () => {
    expect(startupLine({ PORT: '65536' })).toBe(startupPrefix + 'PORT: Too big: expected number to be <=65535');
    expect(startupLine({ RETRIEVAL_K: '0' })).toBe(startupPrefix + 'RETRIEVAL_K: Too small: expected number to be >=1');
    expect(startupLine({ ANSWERABILITY_QUESTION_COVERAGE: '1.5' })).toBe(startupPrefix + 'ANSWERABILITY_QUESTION_COVERAGE: Too big: expected number to be <=1');
    expect(startupLine({ PORT: '0x10', VECTOR_WEIGHT: '1e3' })).toBe(`${startupPrefix}${wholeNumberProblem('PORT')}; ${decimalNumberProblem('VECTOR_WEIGHT')}`);
  });
});
