// What `vsce package` ships: exactly the bundles, schemas, webview assets and notices users need.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const repo = join(__dirname, '..', '..');

describe('the packaged extension', () => {
  it('ships exactly the user-facing files (vsce ls)', function () {
    this.timeout(60_000);
    const listed = execFileSync(join(repo, 'node_modules', '.bin', 'vsce'), ['ls', '--no-dependencies'], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
      .split('\n').map((l) => l.trim()).filter((l) => l !== '').sort();
    const schemas = readdirSync(join(repo, 'schemas')).filter((f) => f.endsWith('.json')).map((f) => `schemas/${f}`);
    const legal = readdirSync(join(repo, 'dist')).filter((f) => f.endsWith('.LEGAL.txt')).map((f) => `dist/${f}`);
    assert.deepEqual(listed, [
      'CHANGELOG.md', 'LICENSE', 'README.md', 'THIRD_PARTY_NOTICES.md',
      'dist/builtin-catalog.json.gz', 'dist/cli.js', 'dist/extension.js', 'dist/server.js', ...legal,
      'media/icon.png', 'media/language-configuration.json', 'media/preview.css', 'media/preview.js', 'media/skills-yaml.tmLanguage.json',
      'package.json', ...schemas,
    ].sort());
    assert.ok(schemas.length >= 4, 'the JSON Schemas are published with the extension');
    assert.ok(!listed.some((f) => /\.(ts|map)$|^node_modules\/|^test\/|^client\/|^server\//.test(f)));
  });

  it('declares what the marketplace and VS Code need', () => {
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
    assert.equal(pkg.main, './dist/extension.js');
    assert.equal(pkg.icon, 'media/icon.png');
    const png = readFileSync(join(repo, pkg.icon));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128], 'a 128×128 icon');
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations, ['skillgap.catalogs', 'skillgap.maxFileSize']);
    assert.equal(pkg.capabilities.virtualWorkspaces.supported, 'limited');
    assert.ok(pkg.activationEvents.includes('onWebviewPanel:skillgap.preview'));
    const commands = pkg.contributes.commands.map((c: { command: string }) => c.command);
    for (const keybinding of pkg.contributes.keybindings) assert.ok(commands.includes(keybinding.command));
    for (const menu of Object.values(pkg.contributes.menus) as { command: string }[][]) {
      for (const item of menu) assert.ok(commands.includes(item.command), `${item.command} is contributed`);
    }
    for (const [key, setting] of Object.entries(pkg.contributes.configuration.properties) as [string, { description?: string; markdownDescription?: string }][]) {
      assert.ok(setting.description ?? setting.markdownDescription, `${key} has a description`);
    }
  });
});
