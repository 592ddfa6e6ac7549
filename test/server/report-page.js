// Last on test/server/page.html (with JavaScript): once every block has
// loaded its source (the take-over's refresh), tells the test what happened.
import { bodyContent, embedRatios, readBlocks, states, styled } from './read-blocks.js';

const blocks = document.querySelectorAll('main > section > *');
// The blocks settled so far, counted by test/server/watch-page.js from the start.
const { settled, errors } = window.__pageWatch;
await new Promise((resolve) => {
  const check = () => {
    if (settled.size === blocks.length) resolve();
  };
  document.addEventListener('portal-load', check);
  document.addEventListener('portal-error', check);
  check();
});
await Promise.all([...blocks].map((block) => block.updateComplete));
// Two frames: whatever the last render moved has been laid out and reported.
await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const { shifts, moved, violations, removed, topsBefore } = window.__pageWatch;
// The text of each block's article body (a full article's): one entry per body shown.
const bodies = [...blocks].map((block) =>
  [...block.shadowRoot.querySelectorAll('[part~="body"]')].map((body) => body.textContent),
);
const embeds = embedRatios(document);
parent.postMessage(
  {
    shifts,
    moved,
    violations,
    removed,
    errors,
    bodies,
    embeds,
    blocks: readBlocks(document),
    styled: styled(document),
    content: bodyContent(document),
    states: states(document),
    tops: { before: topsBefore ?? [], after: window.__pageWatch.bodyTops() },
  },
  '*',
);
