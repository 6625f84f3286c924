/**
 * Entry point of `widget.js`, embedded with one tag:
 * `<script src="https://SUPPORT-BOT-HOST/widget.js" data-title="Planasonix help" async></script>`.
 * Adds the launcher and chat panel in a shadow root on a host element at the
 * end of `<body>`; API calls go to the folder the script came from. Loading
 * the script twice mounts one widget.
 */
import { mountWidget } from './chat-widget.js';

// Only readable while this script runs for the first time.
const script = (document.currentScript as HTMLScriptElement | null) ?? document.querySelector<HTMLScriptElement>('script[src$="/widget.js"]');
const hostAttribute = 'data-planasonix-support-bot';

function start(): void {
  if (document.querySelector(`[${hostAttribute}]`)) return;
  const host = document.createElement('div');
  host.setAttribute(hostAttribute, '');
  document.body.appendChild(host);
  mountWidget(host, { title: script?.dataset.title?.trim() || 'Help', botBase: new URL('.', script?.src || location.href) });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
