import assert from 'node:assert/strict';
import { render } from '../../../server/src/render';
import { fullModel, hostileModel } from './fixtures';

describe('render/json', () => {
  it('is the model itself, two-space indented, newline-terminated', () => {
    const model = fullModel();
    const json = render('json', model);
    assert.equal(json, JSON.stringify(model, null, 2) + '\n');
    assert.deepEqual(JSON.parse(json), model);
    assert.ok(json.startsWith('{\n  "schemaVersion": 1,\n  "generatedFor": {\n    "today": "2026-11-27"\n  },\n  "candidate": {\n    "name": "Santana Mena",'));
  });

  it('keeps the DESIGN §3 fields other tools read', () => {
    const parsed = JSON.parse(render('json', fullModel()));
    assert.deepEqual(parsed.match.mustHaves, { met: 2, total: 5 });
    assert.equal(parsed.roadmap.totalWeeks, 14);
    assert.equal(parsed.roadmap.phases[0].items[0].resources[0].title, 'Docker – Get Started');
    assert.deepEqual(parsed.sections.map((s: { id: string }) => s.id).slice(0, 3), ['executive-summary', 'candidate-profile', 'market-requirements']);
  });

  it('writes non-ASCII as UTF-8 characters and round-trips hostile strings', () => {
    const json = render('json', fullModel());
    assert.ok(json.includes('"degree": "Bachelor’s in Computer Science"'));
    assert.equal(Buffer.from(json, 'utf8').toString('utf8'), json);
    const hostile = hostileModel();
    assert.deepEqual(JSON.parse(render('json', hostile)), hostile);
  });
});
