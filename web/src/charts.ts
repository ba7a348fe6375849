/** Two small SVG bar charts: chain coverage and regions' built vs planned platforms. */
import { t, type Lang } from './i18n.js';

const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export interface ChainRow {
  chain: { id: string; name: string };
  platformCount: number;
  covered: boolean;
}
export interface RegionRow {
  region: { id: string; name: string };
  total: number;
  existing: number;
  planned: number;
  unknown: number;
}

export function coverageChart(rows: ChainRow[], lang: Lang): string {
  const covered = rows.filter((r) => r.covered).length;
  const uncovered = rows.length - covered;
  const top = [...rows].sort((a, b) => b.platformCount - a.platformCount).slice(0, 8);
  const max = Math.max(1, ...top.map((r) => r.platformCount));
  const bars = top
    .map(
      (r, i) =>
        `<g transform="translate(0,${28 + i * 16})"><text x="0" y="10" font-size="10">${esc(r.chain.name.slice(0, 12))}</text>` +
        `<rect x="120" y="2" height="10" width="${(r.platformCount / max) * 110}" fill="#393b79"><title>${esc(r.chain.name)}: ${r.platformCount}</title></rect>` +
        `<text x="${124 + (r.platformCount / max) * 110}" y="11" font-size="9">${r.platformCount}</text></g>`,
    )
    .join('');
  return `<svg viewBox="0 0 260 ${32 + top.length * 16}" role="img" aria-label="${esc(t(lang, 'coverage'))}">
    <text x="0" y="12" font-size="11">${esc(t(lang, 'covered'))} ${covered} · ${esc(t(lang, 'uncovered'))} ${uncovered}</text>${bars}</svg>`;
}

export function regionChart(rows: RegionRow[], lang: Lang): string {
  const shown = rows
    .filter((r) => r.total > 0)
    .sort((a, b) => b.total - a.total)
    .slice(0, 10);
  const max = Math.max(1, ...shown.map((r) => r.total));
  const w = (n: number): number => (n / max) * 150;
  const bars = shown
    .map((r, i) => {
      const y = 20 + i * 16;
      return (
        `<g transform="translate(0,${y})"><text x="0" y="10" font-size="10">${esc(r.region.name)}</text>` +
        `<rect x="70" y="2" height="10" width="${w(r.existing)}" fill="#2ca02c"><title>${esc(t(lang, 'existing'))} ${r.existing}</title></rect>` +
        `<rect x="${70 + w(r.existing)}" y="2" height="10" width="${w(r.planned)}" fill="#ff7f0e"><title>${esc(t(lang, 'planned'))} ${r.planned}</title></rect>` +
        `<rect x="${70 + w(r.existing) + w(r.planned)}" y="2" height="10" width="${w(r.unknown)}" fill="#c7c7c7"><title>${esc(t(lang, 'unknown'))} ${r.unknown}</title></rect>` +
        `<text x="${74 + w(r.total)}" y="11" font-size="9">${r.existing}/${r.planned}</text></g>`
      );
    })
    .join('');
  return `<svg viewBox="0 0 260 ${24 + shown.length * 16}" role="img" aria-label="${esc(t(lang, 'regions'))}">
    <text x="0" y="12" font-size="10"><tspan fill="#2ca02c">■ ${esc(t(lang, 'existing'))}</tspan> <tspan fill="#ff7f0e">■ ${esc(t(lang, 'planned'))}</tspan></text>${bars}</svg>`;
}
