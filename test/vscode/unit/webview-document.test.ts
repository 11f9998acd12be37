// The webview document the client builds around the server's report HTML (pure, no VS Code needed).
import * as assert from 'node:assert/strict';
import { contentSecurityPolicy, createNonce, toolbarHtml, webviewDocument } from '../../../client/src/preview/webview-document';

const assets = { cspSource: 'https://x.vscode-cdn.net', nonce: 'abc123', scriptUri: 'https://x.vscode-cdn.net/media/preview.js', styleUri: 'https://x.vscode-cdn.net/media/preview.css' };
const report = '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; script-src \'none\'">\n<style>p{}</style>\n</head>\n<body class="embedded">\n<main><p>R</p></main>\n<script>alert(1)</script>\n</body>\n</html>\n';

describe('webview document', () => {
  it('replaces the report\'s CSP with the webview\'s, and adds only the nonce\'d script', () => {
    const html = webviewDocument(report, assets, { roles: [], selectedRole: '', locked: false });
    assert.equal(html, '<!DOCTYPE html>\n<html lang="en">\n<head>'
      + '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src https://x.vscode-cdn.net \'unsafe-inline\'; img-src https://x.vscode-cdn.net data:; script-src \'nonce-abc123\'">'
      + '<link rel="stylesheet" href="https://x.vscode-cdn.net/media/preview.css">\n\n<style>p{}</style>\n</head>\n<body class="embedded">'
      + '<div class="skillgap-toolbar" role="region" aria-label="Preview" data-locked="false"></div>\n<main><p>R</p></main>\n\n'
      + '<script nonce="abc123" src="https://x.vscode-cdn.net/media/preview.js"></script></body>\n</html>\n');
  });

  it('offers a role picker only when the candidate has several targets, with escaped titles', () => {
    assert.equal(toolbarHtml({ roles: [{ id: 'a', title: 'A' }], selectedRole: 'a', locked: true }),
      '<div class="skillgap-toolbar" role="region" aria-label="Preview" data-locked="true"><span class="skillgap-locked" title="This preview does not follow the active editor">Locked</span></div>');
    assert.equal(toolbarHtml({ roles: [{ id: 'a', title: 'A & B' }, { id: 'c', title: '<C>' }], selectedRole: 'c', locked: false }),
      '<div class="skillgap-toolbar" role="region" aria-label="Preview" data-locked="false"><label>Role <select id="skillgap-role" aria-label="Target role">'
      + '<option value="a">A &amp; B</option><option value="c" selected>&lt;C&gt;</option></select></label></div>');
  });

  it('makes a policy and nonces that fit in a CSP', () => {
    assert.equal(contentSecurityPolicy('S', 'n'), "default-src 'none'; style-src S 'unsafe-inline'; img-src S data:; script-src 'nonce-n'");
    const nonce = createNonce((n) => new Uint8Array(n).map((_, i) => i * 37));
    assert.match(nonce, /^[A-Za-z0-9]{16,}$/);
    assert.equal(nonce, Buffer.from(new Uint8Array(18).map((_, i) => i * 37)).toString('base64').replace(/[^A-Za-z0-9]/g, ''));
  });
});
