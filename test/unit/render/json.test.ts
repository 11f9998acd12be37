import assert from 'node:assert/strict';
import { render } from '../../../server/src/render';
import { fullModel, hostileModel } from './fixtures';

describe('render/json', () => {
  it('is the model itself, two-space indented, newline-terminated', () => {
    const model = fullModel();
    const json = render('json', model);
    assert.equal(json, JSON.stringify(model, null, 2) + '\n');
    assert.deepEqual(JSON.parse(json), model);
    assert.ok(json.startsWith('{\n  "schemaVersion": 2,\n  "generatedFor": {\n    "today": "2026-11-27"\n  },\n  "inputErrors": [],\n  "candidate": {\n    "name": "Santana Mena",'));
  });

  it('keeps the DESIGN §3 fields other tools read', () => {
    const parsed = JSON.parse(render('json', fullModel()));
    assert.deepEqual(parsed.match.mustHaves, { met: 2, total: 5 });
    assert.deepEqual([parsed.roadmap.totalWeeks, parsed.roadmap.totalHours, parsed.roadmap.readyWeek, parsed.roadmap.readyDate], [15, 148, 12, '2027-02-28']);
    const item = parsed.roadmap.phases[0].items[0];
    assert.deepEqual([item.skill, item.priority, item.startWeek, item.endWeek, item.prerequisite, item.resources[0].title, item.resources[0].hours, item.resources[0].cost],
      ['MLOps', 'must', 1, 4, false, 'Machine Learning Engineering for Production (MLOps)', 40, 196]);
    assert.deepEqual(parsed.gaps[2], { skill: 'Linux', id: 'linux', required: 1, current: 0, gap: 1, priority: 'must', hours: 8, resourceHours: 0, practiceHours: 8, prerequisite: true, prerequisiteOf: ['Kubernetes'], category: 'Networking & Operating Systems' });
    assert.deepEqual(Object.keys(parsed.recommendations[0]), ['rank', 'text', 'skills', 'hours', 'cost', 'currency', 'priceNotStated', 'priority']);
    assert.equal(parsed.roadmap.phases[0].tier, 1);
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
