// Draws media/icon.png (128×128): a skill radar, what a candidate has (teal) inside what a role asks (orange).
// Run: node media/icon.mjs   (needs /usr/bin/chromium)
import { chromium } from 'playwright-core';
const cx = 64, cy = 66;
const pt = (r, i) => { const a = -Math.PI / 2 + i * Math.PI / 3; return [cx + r * Math.cos(a), cy + r * Math.sin(a)]; };
const poly = (rs) => rs.map((r, i) => pt(r, i).map((v) => v.toFixed(1)).join(',')).join(' ');
const grid = [18, 32, 46].map((r) => `<polygon points="${poly(Array(6).fill(r))}" fill="none" stroke="#ffffff" stroke-opacity="0.22" stroke-width="1.5"/>`).join('');
const spokes = [0,1,2,3,4,5].map((i) => { const [x, y] = pt(46, i); return `<line x1="${cx}" y1="${cy}" x2="${x.toFixed(1)}" y2="${y.toFixed(1)}" stroke="#fff" stroke-opacity="0.18" stroke-width="1.5"/>`; }).join('');
const required = poly([44, 40, 44, 36, 42, 40]);
const have = poly([40, 18, 34, 26, 12, 30]);
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">
<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#1e3a5f"/><stop offset="1" stop-color="#0f2236"/></linearGradient></defs>
<rect x="4" y="4" width="120" height="120" rx="24" fill="url(#bg)"/>
${grid}${spokes}
<polygon points="${required}" fill="#ff9f43" fill-opacity="0.28" stroke="#ff9f43" stroke-width="3" stroke-linejoin="round" stroke-dasharray="6 4"/>
<polygon points="${have}" fill="#2ed3b7" fill-opacity="0.85" stroke="#7ff5e0" stroke-width="2.5" stroke-linejoin="round"/>
</svg>`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.screenshot({ path: 'media/icon.png', omitBackground: true, clip: { x: 0, y: 0, width: 128, height: 128 } });
await browser.close();
