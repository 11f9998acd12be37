// The renderers on the real report of the shipped samples (parser, catalog and analysis as they are),
// so the fixtures cannot drift from what the analysis actually produces.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport, type RoleWithFile } from '../../../server/src/analysis';
import { SkillCatalog, catalogDocToLayer } from '../../../server/src/catalog';
import { parseSkillsFile, type Candidate, type CatalogDoc, type Role } from '../../../server/src/model';
import { render } from '../../../server/src/render';
import { renderHtml } from '../../../server/src/render/html';
import { renderMarkdown } from '../../../server/src/render/markdown';
import { renderText } from '../../../server/src/render/text';

const SAMPLES = join(__dirname, '../../../samples');

function firstDoc(name: string) {
  const parsed = parseSkillsFile(`samples/${name}`, readFileSync(join(SAMPLES, name), 'utf8'));
  return parsed.documents[0].doc!;
}

function sampleReport() {
  const acme = firstDoc('acme.skills.yaml') as CatalogDoc;
  const role: RoleWithFile = { role: firstDoc('senior-ai-engineer.skills.yaml') as Role, file: 'samples/senior-ai-engineer.skills.yaml' };
  return buildReport({
    candidate: firstDoc('santana-mena.skills.yaml') as Candidate, candidateFile: 'samples/santana-mena.skills.yaml', role, ancestors: [],
    catalog: SkillCatalog.builtin().withLayers([catalogDocToLayer(acme, 'samples/acme.skills.yaml')]), options: { today: '2026-11-27' },
  });
}

describe('render: the samples report in every format', () => {
  const model = sampleReport();
  const outputs = { markdown: renderMarkdown(model), html: renderHtml(model), text: renderText(model, { width: 10000 }), json: render('json', model) };

  it('states the plan length as roadmap.totalWeeks at the candidate’s hours in every prose format', () => {
    const plan = `${model.roadmap.totalWeeks}-week plan at ${model.roadmap.hoursPerWeek} h/week`;
    for (const [format, out] of Object.entries(outputs)) {
      if (format === 'json') continue;
      assert.ok(out.includes(plan), format);
      assert.ok(out.includes(`${model.match.percent}%`), format);
      assert.ok(out.includes(`${model.match.mustHaves.met} of ${model.match.mustHaves.total}`), format);
      assert.ok(out.includes(model.summary.headline), `${format}: headline`);
      for (const phase of model.roadmap.phases) assert.ok(out.includes(phase.startWeek === phase.endWeek ? `Week ${phase.startWeek}` : `Weeks ${phase.startWeek}–${phase.endWeek}`), `${format}: phase ${phase.index}`);
      for (const section of model.sections) assert.ok(out.includes(section.title), `${format}: ${section.title}`);
    }
  });

  it('draws one timeline bar per roadmap item and one level bar per requirement', () => {
    assert.equal(outputs.html.match(/<li class="timeline-item priority-/g)?.length, model.roadmap.phases.flatMap((p) => p.items).length);
    assert.equal(outputs.html.match(/<li class="levels-item (met|unmet)"/g)?.length, model.requirements.length);
  });

  it('emits the model itself as JSON', () => {
    assert.deepEqual(JSON.parse(outputs.json), JSON.parse(JSON.stringify(model)));
  });
});
