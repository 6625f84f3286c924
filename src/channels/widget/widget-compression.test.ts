import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import type { Pipeline } from '../../pipeline.js';
import { createApp } from '../http/app.js';

const app = createApp({ pipeline: () => ({ chunks: [] }) as unknown as Pipeline, answerer: 'extractive', maxBodyBytes: 1024, widget: { knowledgeDir: path.resolve('knowledge') } });

describe('GET /widget.js compression', () => {
  it('is gzipped for browsers that accept gzip, with Vary and a weak ETag that still revalidates', async () => {
    const plain = await app.request('/widget.js');
    const script = await plain.text();
    const zipped = await app.request('/widget.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(zipped.status).toBe(200);
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toBe('Accept-Encoding');
    const body = Buffer.from(await zipped.arrayBuffer());
    expect(gunzipSync(body).toString('utf8')).toBe(script);
    // The README's figures: about 19 KB as sent without compression, about 7.5 KB gzipped.
    expect(Buffer.byteLength(script)).toBeGreaterThan(10_000);
    expect(body.length).toBeLessThan(Buffer.byteLength(script) / 2);

    const etag = zipped.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    const revalidated = await app.request('/widget.js', { headers: { 'accept-encoding': 'gzip', 'if-none-match': etag } });
    expect(revalidated.status).toBe(304);
  });

  it('is sent as is to clients that do not ask for compression', async () => {
    const response = await app.request('/widget.js');
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.headers.get('etag')).toMatch(/^"/);
  });
});
