/**
 * The widget's CSS, applied inside its shadow root only (the host page's CSS
 * does not reach in, and this does not leak out). Colours meet WCAG 2.2 AA
 * contrast; focus is always visible; from 480 px wide down the panel fills
 * the screen.
 */
export const widgetStyles = `
:host { all: initial; }
* { box-sizing: border-box; }
.root {
  --accent: #1f4fbf; --accent-dark: #173b8f; --text: #1d2330; --muted: #4b5565; --line: #d5dae3; --surface: #fff; --bubble: #eef2fb; --danger: #a4161a;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--text); letter-spacing: normal;
}
button, textarea { font: inherit; color: inherit; letter-spacing: normal; }
button { cursor: pointer; border-radius: 8px; border: 1px solid transparent; padding: .45rem .8rem; background: var(--accent); color: #fff; }
button:hover { background: var(--accent-dark); }
button:disabled { opacity: .6; cursor: progress; }
button.secondary, button.rate, .header button { background: var(--surface); color: var(--text); border-color: var(--line); }
button.secondary:hover, button.rate:hover, .header button:hover { background: #f1f3f7; }
:focus-visible { outline: 3px solid #f0b400; outline-offset: 2px; }
a { color: var(--accent); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.launcher {
  position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; display: flex; align-items: center; gap: .5rem;
  padding: .75rem 1.1rem; border-radius: 999px; box-shadow: 0 6px 20px rgba(16, 24, 40, .25); font-weight: 600;
}
.panel {
  position: fixed; right: 20px; bottom: 84px; z-index: 2147483001; display: flex; flex-direction: column;
  width: min(400px, calc(100vw - 24px)); height: min(640px, calc(100vh - 108px));
  background: var(--surface); border: 1px solid var(--line); border-radius: 14px; box-shadow: 0 12px 40px rgba(16, 24, 40, .28); overflow: hidden;
}
.panel[hidden] { display: none; }
.header { display: flex; align-items: center; gap: .4rem; padding: .6rem .75rem; border-bottom: 1px solid var(--line); }
.header h2 { flex: 1; margin: 0; font-size: 1.05rem; }
.header .close { font-size: 1.25rem; line-height: 1; padding: .3rem .6rem; }
.log { flex: 1; overflow-y: auto; padding: .75rem; display: flex; flex-direction: column; gap: .75rem; }
.intro { color: var(--muted); margin: 0; }
.message p { margin: 0 0 .4rem; }
.message ul { margin: 0 0 .4rem; padding-left: 1.2rem; }
.user { align-self: flex-end; max-width: 85%; background: var(--accent); color: #fff; padding: .5rem .75rem; border-radius: 12px 12px 2px 12px; white-space: pre-wrap; overflow-wrap: anywhere; }
.bot { align-self: stretch; background: var(--bubble); padding: .6rem .75rem; border-radius: 12px 12px 12px 2px; overflow-wrap: anywhere; }
.bot[aria-busy="true"] .answer::after { content: "▍"; animation: blink 1s steps(2) infinite; }
@keyframes blink { 50% { opacity: 0; } }
@media (prefers-reduced-motion: reduce) { .bot[aria-busy="true"] .answer::after { animation: none; } }
.citation { font-size: .8em; vertical-align: super; text-decoration: none; font-weight: 600; }
.sources { border-top: 1px solid var(--line); margin-top: .4rem; padding-top: .4rem; font-size: .9em; }
.sources h3 { font-size: .9em; margin: 0 0 .2rem; }
.sources ul { list-style: none; padding: 0; margin: 0; }
.feedback { display: flex; flex-wrap: wrap; align-items: center; gap: .4rem; margin-top: .5rem; font-size: .9em; color: var(--muted); }
.icon { display: block; flex: none; }
.feedback button.rate { padding: .35rem .55rem; font-size: 1rem; color: var(--muted); }
.feedback button.rate[aria-pressed="true"] { border-color: var(--accent); background: #dfe7fb; }
.feedback form, .handoff { display: flex; flex-direction: column; gap: .35rem; width: 100%; }
.feedback form[hidden] { display: none; }
.feedback-status:empty, .handoff-status:empty { display: none; }
.feedback-status, .handoff-status { width: 100%; margin: 0; }
.handoff { margin-top: .5rem; padding: .6rem; background: #fff; border: 1px solid var(--line); border-radius: 10px; }
.handoff p { margin: 0; }
.handoff-actions { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
.handoff-link { font-weight: 600; }
textarea { width: 100%; border: 1px solid #8a94a6; border-radius: 8px; padding: .45rem .6rem; resize: vertical; background: #fff; }
.status { padding: 0 .75rem; color: var(--muted); font-size: .9em; min-height: 0; }
.status:empty { display: none; }
.alert { margin: 0 .75rem .5rem; padding: .5rem .75rem; border: 1px solid var(--danger); border-radius: 8px; color: var(--danger); background: #fdf1f1; display: flex; gap: .5rem; align-items: center; flex-wrap: wrap; }
.alert[hidden] { display: none; }
.alert p { margin: 0; flex: 1 1 12rem; }
.composer { display: flex; gap: .5rem; padding: .6rem .75rem .75rem; border-top: 1px solid var(--line); align-items: flex-end; }
.composer textarea { flex: 1; max-height: 8rem; }
@media (max-width: 480px) {
  .panel { right: 0; bottom: 0; width: 100vw; height: 100%; border-radius: 0; border: 0; }
  .launcher { right: 12px; bottom: 12px; }
}
`;
