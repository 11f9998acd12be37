// The settings the server reads and the ones package.json contributes are one list, with one set of
// defaults; the settings that name files (or raise limits) are restricted in untrusted workspaces.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, mergeSettings, RESTRICTED_SETTINGS, SETTINGS_SECTION } from '../../../server/src/protocol/settings';

const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
const contributed = pkg.contributes.configuration.properties as Record<string, { default?: unknown; type?: string; scope?: string }>;

describe('protocol/settings', () => {
  it('contributes every setting the server reads, with the server\'s defaults', () => {
    assert.deepEqual(contributed[`${SETTINGS_SECTION}.catalogs`].default, DEFAULT_SETTINGS.catalogs);
    assert.equal(contributed[`${SETTINGS_SECTION}.catalogs`].scope, 'resource');
    assert.equal(contributed[`${SETTINGS_SECTION}.maxFileSize`].default, DEFAULT_SETTINGS.maxFileSize);
    assert.equal(contributed[`${SETTINGS_SECTION}.inlayHints.levelLabels`].default, DEFAULT_SETTINGS.inlayHints.levelLabels);
    assert.equal(contributed[`${SETTINGS_SECTION}.inlayHints.canonicalNames`].default, DEFAULT_SETTINGS.inlayHints.canonicalNames);
  });

  it('restricts in untrusted workspaces exactly the settings that name files or raise limits', () => {
    assert.deepEqual(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations, RESTRICTED_SETTINGS.map((s) => `${SETTINGS_SECTION}.${s}`));
    // Every array-of-strings or string setting of ours that is not a path must be named here to be let through.
    const notPaths = new Set(['skillgap.trace.server']);
    for (const [key, setting] of Object.entries(contributed)) {
      if ((setting.type === 'string' || setting.type === 'array') && !notPaths.has(key)) {
        assert.ok(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations.includes(key), `${key} may name a file: restrict it`);
      }
    }
  });

  it('takes valid values key by key and ignores the wrong types', () => {
    assert.deepEqual(mergeSettings(DEFAULT_SETTINGS, { catalogs: ['a.yaml', 3, ''], maxFileSize: -1, inlayHints: { levelLabels: false, canonicalNames: 'no' } }),
      { ...DEFAULT_SETTINGS, catalogs: ['a.yaml'], inlayHints: { levelLabels: false, canonicalNames: true } });
    assert.deepEqual(mergeSettings(DEFAULT_SETTINGS, { extraCatalogs: ['old.yaml'] }).catalogs, ['old.yaml']);
  });
});
