import fs from 'node:fs/promises';
import path from 'node:path';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { etag } from 'hono/etag';

import { AppError } from '../../errors.js';
import type { Chunk } from '../../ingest/chunk.js';
import { demoPage } from './demo-page.js';
import { renderGuidePage } from './guide-page.js';
import { cachedWidgetBundle } from './widget-bundle.js';

/** What the widget's pages need. */
export interface AssetOptions {
  /** The loaded chunks (a getter, so an index reload can swap them): which knowledge pages `/guide/…` may show. */
  chunks: () => Chunk[];
  /** Absolute path of the knowledge directory. */
  knowledgeDir: string;
}

/**
 * The widget's static side:
 * - `GET /widget.js`: the embeddable widget script (built on first request, cached; ETag, 5-minute cache;
 *   gzip or deflate when the browser's `Accept-Encoding` allows, with `Vary: Accept-Encoding` and a weak ETag, via `hono/compress`).
 * - `GET /`: the demo page embedding it.
 * - `GET /guide/<page>`: a knowledge page as HTML (citation links of pages without a front-matter `url`
 *   point here), served with a CSP that allows no script. Only pages in the index; others 404.
 */
export function assetRoutes(options: AssetOptions) {
  const widgetScript = cachedWidgetBundle();
  const app = new Hono();
  app.get('/widget.js', compress(), etag(), async (context) => {
    const script = await widgetScript();
    context.header('Cache-Control', 'public, max-age=300');
    context.header('X-Content-Type-Options', 'nosniff');
    return context.body(script, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
  });
  app.get('/', (context) => context.html(demoPage));
  app.get('/guide/:page{.+}', async (context) => {
    const page = context.req.param('page');
    const source = options.chunks().find((chunk) => chunk.source.replace(/\.md$/i, '') === page)?.source;
    if (!source) throw new AppError('not_found', `No guide page "${page.slice(0, 100)}".`);
    const markdown = await fs.readFile(path.join(options.knowledgeDir, source), 'utf8');
    context.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    return context.html(renderGuidePage(markdown));
  });
  return app;
}
