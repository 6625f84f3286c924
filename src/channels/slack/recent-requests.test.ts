import { describe, expect, it } from 'vitest';
import { RecentRequests } from './recent-requests.js';

describe('RecentRequests', () => {
  it('says a key is new once, then a repeat, until its TTL has passed', () => {
    const recent = new RecentRequests({ ttlMs: 1000, maxEntries: 10 });
    expect(recent.remember('T1:a', 0)).toBe(true);
    expect(recent.remember('T1:a', 999)).toBe(false);
    expect(recent.remember('T1:b', 999)).toBe(true);
    expect(recent.remember('T1:a', 1000)).toBe(true);
  });

  it('never holds more than maxEntries keys, forgetting the oldest first', () => {
    const recent = new RecentRequests({ ttlMs: 60_000, maxEntries: 3 });
    for (let index = 0; index < 100; index += 1) recent.remember(`key-${index}`, index);
    expect(recent.size).toBe(3);
    expect(recent.remember('key-99', 200)).toBe(false);
    expect(recent.remember('key-0', 200)).toBe(true);
  });

  it('drops expired keys as time passes', () => {
    const recent = new RecentRequests({ ttlMs: 10, maxEntries: 100 });
    for (let index = 0; index < 50; index += 1) recent.remember(`key-${index}`, 0);
    recent.remember('later', 11);
    expect(recent.size).toBe(1);
  });
});
