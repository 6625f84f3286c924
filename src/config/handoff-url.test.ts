import { describe, expect, it } from 'vitest';
import { startupLine } from '../testing/startup-line.js';
import { loadConfig } from './index.js';

describe('HANDOFF_URL', () => {
  it('accepts http(s) URLs and defaults to the Planasonix contact page', () => {
    expect(loadConfig({}).handoffUrl).toBe('https://support.planasonix.com/contact');
    expect(loadConfig({ HANDOFF_URL: 'https://help.example.com/contact?from=bot' }).handoffUrl).toBe('https://help.example.com/contact?from=bot');
    expect(loadConfig({ HANDOFF_URL: ' http://intranet.local/support ' }).handoffUrl).toBe('http://intranet.local/support');
  });

  it.each(['javascript:alert(document.cookie)', 'JavaScript://%0Aalert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://files.example.com/contact', '/contact', 'support.planasonix.com/contact', 'https://'])(
    'stops start-up for %j with one line naming the variable',
    (value) => {
      expect(startupLine({ HANDOFF_URL: value })).toBe('error: config_invalid: Invalid configuration: HANDOFF_URL: must be an http(s) URL such as https://support.planasonix.com/contact');
    },
  );
});
