// Trend notes: which of a trend's skills the role asks, which the person has, and the rest.
import assert from 'node:assert/strict';
import { trendSkillNames, trendSkillsText } from '../../../server/src/analysis/market-signals';

describe('analysis: a trend set against its skills', () => {
  it('names what the role asks (needed vs held), what the person has beyond it, and how much is left', () => {
    assert.equal(trendSkillsText([
      { name: 'LLMs' }, { name: 'RAG', required: 2 }, { name: 'Embeddings', level: 3 }, { name: 'Fine-tuning', required: 3, level: 4 },
      { name: 'LangChain' }, { name: 'LlamaIndex' }, { name: 'Transformers' },
    ]), 'Its skills: the role asks RAG (needs 2, you have 0) and Fine-tuning (needs 3, you have 4); you have Embeddings (3); not yet: LLMs, LangChain, LlamaIndex and 1 more');
  });

  it('says nothing of its own when neither the role nor the person touches the trend', () => {
    const skills = [{ name: 'Explainable AI' }, { name: 'GDPR' }];
    assert.equal(trendSkillsText(skills), undefined);
    assert.equal(trendSkillNames(skills), 'Explainable AI and GDPR');
    assert.equal(trendSkillNames([{ name: 'A' }, { name: 'B' }, { name: 'C' }, { name: 'D' }, { name: 'E' }]), 'A, B, C, D and 1 more');
  });
});
