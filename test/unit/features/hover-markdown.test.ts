// Hover Markdown with hostile catalog and file strings (issue #17): rendered by a Markdown renderer that
// allows raw HTML and makes links of bare URLs (the most permissive an editor might be), no string adds
// an image, an HTML element, a link other than the catalog's own http(s) source, or a code block.
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
type Token = ReturnType<MarkdownIt['parse']>[number];
import { hoverAt } from '../../../server/src/features/hover';
import { markdownCode } from '../../../server/src/render/escape';
import { Workspace } from '../../../server/src/workspace';

const renderer = new MarkdownIt({ html: true, linkify: true });

const PAYLOADS = [
  '![](http://127.0.0.1:9/pixel.png)',
  '<img src=x onerror=alert(1)>',
  '[run](command:workbench.action.terminal.new)',
  '[read](file:///etc/passwd)',
  '[data](data:text/html,<script>alert(1)</script>)',
  '```\n# fenced breakout\n```',
  '*em* _u_ `code` ~~s~~ | pipe &amp; &#60;',
  '<https://autolink.example>',
];

function tokens(markdown: string): Token[] {
  return renderer.parse(markdown, {}).flatMap((t) => [t, ...(t.children ?? [])]);
}

/** Every link, image, HTML and code block the hover's Markdown makes. */
function markup(markdown: string): string[] {
  return tokens(markdown)
    .filter((t) => ['image', 'html_inline', 'html_block', 'link_open', 'fence', 'code_block', 'heading_open'].includes(t.type))
    .map((t) => (t.type === 'link_open' ? `link ${t.attrGet('href')}` : t.type === 'fence' ? `fence ${t.info}` : t.type));
}

describe('hover Markdown with hostile strings', () => {
  const ws = new Workspace({ today: '2026-11-27' });
  const catalog = ['kind: catalog', 'id: evil', 'skills:', ...PAYLOADS.map((p, i) => [
    `  - id: evil-${i}`,
    `    name: ${JSON.stringify(`Evil ${i} ${p}`)}`,
    `    category: ${JSON.stringify(p)}`,
    `    description: ${JSON.stringify(`About ${p}`)}`,
    `    aliases: [${JSON.stringify(`evil alias ${i}`)}]`,
  ].join('\n'))].join('\n') + '\n';
  ws.setFile('evil.skills.yaml', catalog);
  const role = `kind: role\nid: evil-role\ntitle: ${JSON.stringify(PAYLOADS.join(' '))}\ndescription: ${JSON.stringify(PAYLOADS.join('\n'))}\nrequirements:\n${PAYLOADS.map((_, i) => `  - { skill: "evil alias ${i}", level: 3, priority: must }`).join('\n')}\n`;
  ws.setFile('role.skills.yaml', role);
  const candidate = `kind: candidate\nname: Ada\nskills:\n${PAYLOADS.map((_, i) => `  - { skill: "evil alias ${i}", level: 1 }`).join('\n')}\n  - { skill: ${JSON.stringify(`Unknown ${PAYLOADS.join(' ')}`)}, level: 1 }\ntargets: [evil-role, ${JSON.stringify('[x](command:y)')}]\n`;
  ws.setFile('ada.skills.yaml', candidate);
  const hover = (file: string, line: number, character: number) => hoverAt(ws, file, { line, character }, { today: '2026-11-27' })!.markdown;

  it('a catalog skill (name, category, description, aliases, its workspace catalog) and its target roles: text only', () => {
    for (let i = 0; i < PAYLOADS.length; i++) {
      const md = hover('ada.skills.yaml', 3 + i, 15);
      assert.match(md, /is an alias of \*\*Evil /);
      assert.deepEqual(markup(md), [], md);
      const text = renderer.render(md);
      assert.ok(text.includes(renderer.utils.escapeHtml(`About ${PAYLOADS[i].replace(/\s*\n\s*/g, ' ')}`)), text);
    }
  });

  it('an unknown skill: the name as text, and the YAML snippet one fence holding exactly the entry', () => {
    const md = hover('ada.skills.yaml', 3 + PAYLOADS.length, 15);
    assert.deepEqual(markup(md), ['fence yaml'], md);
    const fence = tokens(md).find((t) => t.type === 'fence')!;
    assert.equal(fence.content.split('\n')[1], `    name: "Unknown ${PAYLOADS.join(' ').replace(/\n/g, '\\n')}"`);
  });

  it('a role reference and a role definition: title, description and match summary as text', () => {
    const md = hover('ada.skills.yaml', 4 + PAYLOADS.length, 10);
    assert.deepEqual(markup(md), [], md);
    const definition = hover('role.skills.yaml', 1, 5);
    assert.deepEqual(markup(definition), [], definition);
    const unknown = hover('ada.skills.yaml', 4 + PAYLOADS.length, 24);
    assert.deepEqual(markup(unknown), [], unknown);
  });

  it('links only to the catalog\'s http(s) source: a built-in skill links ESCO and nothing else', () => {
    ws.setFile('py.skills.yaml', 'kind: candidate\nname: Py\nskills:\n  - { skill: Python, level: 1 }\n');
    assert.deepEqual(markup(hover('py.skills.yaml', 3, 15)), ['link http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d']);
  });

  it('code spans hold any text: the fence is longer than its longest run of backticks', () => {
    for (const value of ['a`b', '``x``', '`', 'x\n# y', '']) {
      const md = `see ${markdownCode(value)} here`;
      const spans = tokens(md).filter((t) => t.type === 'code_inline');
      assert.equal(spans.length, 1, md);
      assert.equal(spans[0].content.trim(), value.replace(/\s*\n\s*/g, ' ').trim(), md);
    }
  });
});
