// Demand signals of built-in skills: O*NET counts, worded with their source and release month.
import assert from 'node:assert/strict';
import { SkillCatalog, demandSignal, demandText } from '../../../server/src/catalog';
import { skill } from './fixtures';

const catalog = SkillCatalog.builtin();
const signal = (id: string) => {
  const d = demandSignal(catalog.get(id)!);
  return d && demandText(d);
};

describe('demand signals', () => {
  it('words a Hot Technology with the occupations that flag it In Demand, citing O*NET 29.2 of 2025-02', () => {
    assert.deepEqual(demandSignal(catalog.get('python')!), { hot: true, occupations: 131, inDemand: 67, source: 'O*NET 29.2', asOf: '2025-02' });
    assert.equal(signal('python'), 'Hot Technology in O*NET 29.2 (2025-02); In Demand for 67 of 131 occupations');
    assert.equal(signal('kubernetes'), 'Hot Technology in O*NET 29.2 (2025-02); In Demand for 4 of 13 occupations');
  });

  it('words the other signals by what O*NET states, and gives none for skills it does not list', () => {
    assert.equal(signal('scikit-learn'), 'In Demand for 1 of 1 occupation in O*NET 29.2 (2025-02)');
    assert.equal(signal('google-cloud'), 'Listed for 8 occupations in O*NET 29.2 (2025-02)');
    assert.equal(signal('mlops'), undefined);
    assert.equal(demandSignal(skill('x', 'X')), undefined);
  });
});
