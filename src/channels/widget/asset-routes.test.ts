import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { parseKnowledgePage } from '../../ingest/parse-markdown.js';
import type { Pipeline } from '../../pipeline.js';
import { createApp } from '../http/app.js';

const knowledgeDir = path.resolve('knowledge');
const chunks = parseKnowledgePage(fs.readFileSync(path.join(knowledgeDir, 'login-failures.md'), 'utf8'), 'login-failures.md');
const app = createApp({ pipeline: () => ({ chunks }) as Pipeline, answerer: 'extractive', maxBodyBytes: 1024, widget: { knowledgeDir } });

describe('GET /widget.js', () => {
  it('serves the bundled widget as one script, cacheable with an ETag', async () => {
    const response = await app.request('/widget.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    const script = await response.text();
    expect(script.length).toBeGreaterThan(5_000);
    expect(script).toMatch(/^"use strict";\(\(\)=>\{/); // one IIFE: no globals
    expect(script).toContain('v1/chat/stream');
    expect(script).toContain('attachShadow');
    expect(script).not.toMatch(/\binnerHTML\b|\bouterHTML\b|insertAdjacentHTML|document\.write/);

    const etag = response.headers.get('etag');
    expect(etag).toBeTruthy();
    expect((await app.request('/widget.js', { headers: { 'if-none-match': etag! } })).status).toBe(304);
  });
});

describe('GET /', () => {
  it('is a demo page embedding the widget with one script tag', async () => {
    const response = await app.request('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('<script src="/widget.js" data-title="Planasonix help" async></script>');
  });
});

describe('GET /guide/<page>', () => {
  it('renders the knowledge page with an id for every chunk anchor, and no script allowed', async () => {
    const response = await app.request('/guide/login-failures');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    const html = await response.text();
    expect(html).toContain('<title>Login failures</title>');
    expect(html).toContain('<h2 id="mfa-recovery">MFA recovery</h2>');
    expect(html).toContain('<h3 id="401--invalid-key">401 / invalid key</h3>');
    for (const chunk of chunks) expect(html).toContain(`id="${chunk.anchor}"`);
    expect(html).toContain('<li>Use the backup codes you stored offline during enrollment.</li>');
  });

  it.each(['unknown-page', '..%2Fpackage.json', '../package', 'login-failures.md'])('answers 404 for %s', async (page) => {
    const response = await app.request(`/guide/${page}`);
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('not_found');
  });
});
