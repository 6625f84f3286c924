/**
 * `GET /`: a stand-in for the support site, embedding the widget the way a
 * real site does (one script tag). Its own CSS deliberately styles every
 * `button`, `a` and `p` loudly, to show the widget's Shadow DOM keeps them
 * out. It sets no Content-Security-Policy on purpose: the browser test checks
 * that the widget itself never executes HTML from a question or an answer,
 * not that a CSP caught it.
 */
export const demoPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Planasonix support (widget demo)</title>
<style>
  body { font: 17px/1.6 Georgia, serif; margin: 0; color: #222; background: #f7f5f0; }
  header { background: #20344f; color: #fff; padding: 1.25rem 1.5rem; }
  main { max-width: 44rem; margin: 0 auto; padding: 1.5rem; }
  /* A host page's own styles: the widget must not pick these up. */
  button { background: hotpink !important; font-family: "Comic Sans MS", cursive; }
  p, a { color: darkgreen; letter-spacing: .05em; }
  pre { background: #fff; padding: 1rem; overflow-x: auto; border: 1px solid #ddd; }
</style>
</head>
<body>
<header><strong>Planasonix</strong> · Support</header>
<main>
  <h1>Having trouble logging in?</h1>
  <p>Open the help chat in the corner and describe what happens, for example
  "I lost my authenticator phone" or "our SAML login says Invalid SAML response".
  Answers come from the Login failures troubleshooting guide, with links to the sections they cite.</p>
  <p>This page embeds the widget the way the support site does:</p>
  <pre>&lt;script src="https://SUPPORT-BOT-HOST/widget.js" data-title="Planasonix help" async&gt;&lt;/script&gt;</pre>
  <p><button type="button">A host page button</button></p>
</main>
<script src="/widget.js" data-title="Planasonix help" async></script>
</body>
</html>
`;
