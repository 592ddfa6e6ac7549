// The article-body part of strict-host.html (see body-vectors.test.ts): every
// body vector in an `<article-card variant="full">` of its own, on the page
// under the strict policy; then what each body shows and holds.

import type { ArticleCard } from '../../src/article-card/article-card.js';
import { BODY_VECTORS } from './body-vectors.js';
import { scanShadowTrees } from './harness.js';

/** An origin outside every policy the tests send: a request to it is a violation. */
const EVIL = 'https://evil.invalid';

const fold = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

export interface BodiesReport {
  cards: number;
  findings: string[];
  fired: string[];
  embed?: { frames: Record<string, string | null>[]; boxRatio: number; links: string[]; text: string };
}

function recordDialogs(fired: string[]) {
  const record = (name: string) => (message?: unknown) => {
    fired.push(`${name}(${String(message)})`);
    return null;
  };
  Object.assign(window, { alert: record('alert'), confirm: record('confirm'), prompt: record('prompt'), open: record('open') });
}

function card(contentHtml: string, id: string, base: string, embedOrigins?: string) {
  const el = document.createElement('article-card') as ArticleCard;
  el.setAttribute('variant', 'full');
  if (embedOrigins) el.setAttribute('embed-origins', embedOrigins);
  el.article = { id, title: `Bài ${id}`, contentHtml, authors: [], tags: [], baseUrl: base };
  document.getElementById('widgets')!.append(el);
  return el;
}

/** What each vector's body shows, and anything in it that could run or load. */
function check(cards: [(typeof BODY_VECTORS)[number], ArticleCard][]): string[] {
  const findings: string[] = [];
  for (const [vector, el] of cards) {
    const body = el.shadowRoot!.querySelector('[part~="body"]');
    const text = fold(body?.textContent);
    if (!text.includes(`Trước ${vector.id}.`)) findings.push(`${vector.id}: the text before it is gone (${text})`);
    for (const shown of vector.shows ?? []) if (!text.includes(shown)) findings.push(`${vector.id}: no "${shown}" in "${text}"`);
    if (vector.keeps && !body?.querySelector(vector.keeps)) findings.push(`${vector.id}: nothing matches ${vector.keeps}`);
    for (const problem of scanShadowTrees(el)) findings.push(`${vector.id}: ${problem}`);
  }
  return findings;
}

/** The body vectors (`set=bodies`), or an allowed and a disallowed embed (`set=bodies-embed`). */
export async function bodies(set: string, endpoint: string): Promise<BodiesReport> {
  const fired: string[] = [];
  recordDialogs(fired);
  const base = `${endpoint}/test/hardening/endpoint/article.json`;
  if (set === 'bodies-embed') return { cards: 1, findings: [], fired, embed: await embeds(base, endpoint) };
  if (set !== 'bodies') throw new Error(`no body set "${set}"`);
  const cards = BODY_VECTORS.map(
    (vector) =>
      [vector, card(`<p>Trước ${vector.id}.</p>${vector.payload.replaceAll('{{EVIL}}', EVIL)}`, String(vector.id), base)] as [
        (typeof BODY_VECTORS)[number],
        ArticleCard,
      ],
  );
  await Promise.all(cards.map(([, el]) => el.updateComplete));
  return { cards: cards.length, findings: check(cards), fired };
}

async function embeds(base: string, endpoint: string) {
  const frame = `${endpoint}/test/hardening/endpoint/embed.html`;
  const el = card(
    `<p>Video:</p><iframe src="${frame}" width="640" height="360" title="Video nhúng" srcdoc="x" name="n" allow="camera"></iframe>` +
      `<p><iframe src="${EVIL}/player" width="640" height="360"></iframe></p>`,
    'embed',
    base,
    `${endpoint}/test/hardening/endpoint/`,
  );
  await el.updateComplete;
  const body = el.shadowRoot!.querySelector('[part~="body"]')!;
  const iframe = body.querySelector('iframe')!;
  // Loaded (so a blocked frame would have been reported): its entry in the resource timeline.
  await new Promise<void>((resolve) => {
    const loaded = () => (performance.getEntriesByName(frame).length ? resolve() : requestAnimationFrame(loaded));
    loaded();
  });
  const box = iframe.parentElement!.getBoundingClientRect();
  return {
    frames: [...body.querySelectorAll('iframe')].map((f) =>
      Object.fromEntries(
        ['src', 'title', 'loading', 'sandbox', 'allow', 'referrerpolicy', 'srcdoc', 'name'].map((n) => [n, f.getAttribute(n)]),
      ),
    ),
    boxRatio: box.width / box.height,
    links: [...body.querySelectorAll('a')].map((a) => `${a.textContent} → ${a.getAttribute('href')}`),
    text: fold(body.textContent),
  };
}
