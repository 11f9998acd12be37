import assert from 'node:assert/strict';
import { escapeHtml, escapeMarkdownInline, escapeMarkdownLineStart, escapeMarkdownUrl } from '../../../server/src/render/escape';
import { formatMoney, formatNumber, groupThousands, levelLabel, safeHttpUrl, weeksRange } from '../../../server/src/render/format';

describe('render/format', () => {
  it('labels every level of the 0–5 scale', () => {
    assert.deepEqual([0, 1, 2, 3, 4, 5].map(levelLabel),
      ['0 (none)', '1 (awareness)', '2 (novice)', '3 (competent)', '4 (proficient)', '5 (expert)']);
    assert.equal(levelLabel(3.5), '3.5');
    assert.equal(levelLabel(7), '7');
  });

  it('formats numbers without the locale', () => {
    assert.equal(formatNumber(12), '12');
    assert.equal(formatNumber(11.666), '11.7');
    assert.equal(groupThousands(1234567), '1,234,567');
    assert.equal(groupThousands(999), '999');
    assert.equal(groupThousands(-120000.5), '-120,000.5');
    assert.equal(formatMoney(120000, 'USD'), '120,000 USD');
    assert.equal(weeksRange(1, 4), 'Weeks 1–4');
    assert.equal(weeksRange(5, 5), 'Week 5');
  });

  it('links only http(s) URLs', () => {
    assert.equal(safeHttpUrl('https://kubernetes.io/docs/'), 'https://kubernetes.io/docs/');
    assert.equal(safeHttpUrl('http://example.org'), 'http://example.org/');
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'vscode://x', '//example.org', 'Example survey 2026', '']) {
      assert.equal(safeHttpUrl(bad), undefined, bad);
    }
    assert.equal(safeHttpUrl(undefined), undefined);
  });
});

describe('render/escape', () => {
  it('escapes HTML text and attribute specials', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    assert.equal(escapeHtml('Bachelor’s – … →'), 'Bachelor’s – … →');
  });

  it('escapes Markdown inline syntax, pipes and line breaks', () => {
    assert.equal(escapeMarkdownInline('a|b \\ *c* _d_ `e` [f](g) <h> ~i~'), 'a\\|b \\\\ \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) \\<h\\> \\~i\\~');
    assert.equal(escapeMarkdownInline('line 1\n# line 2'), 'line 1 # line 2');
    assert.equal(escapeMarkdownInline('line 1\r\nline 2', true), 'line 1<br>line 2');
    assert.equal(escapeMarkdownInline('AT&T &amp; &#60;'), 'AT&T \\&amp; \\&#60;');
  });

  it('escapes what would start a block', () => {
    assert.equal(escapeMarkdownLineStart('# heading'), '\\# heading');
    assert.equal(escapeMarkdownLineStart('- item'), '\\- item');
    assert.equal(escapeMarkdownLineStart('+ item'), '\\+ item');
    assert.equal(escapeMarkdownLineStart('> quote'), '\\> quote');
    assert.equal(escapeMarkdownLineStart('=== '), '\\=== ');
    assert.equal(escapeMarkdownLineStart('2026. A year'), '2026\\. A year');
    assert.equal(escapeMarkdownLineStart('1) first'), '1\\) first');
    assert.equal(escapeMarkdownLineStart('Python 4'), 'Python 4');
  });

  it('encodes what would end a Markdown link destination', () => {
    assert.equal(escapeMarkdownUrl('https://x.org/a (b)<c>'), 'https://x.org/a%20%28b%29%3Cc%3E');
  });
});
