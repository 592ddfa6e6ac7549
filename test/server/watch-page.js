// In the head of test/server/page.html, before anything renders: records
// layout shifts, CSP violations and the blocks that settled from the first
// byte on. `moved`: the top of each element a shift moved, before and after.
window.__pageWatch = { shifts: [], moved: [], violations: [], removed: [], settled: new Set(), errors: [] };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    window.__pageWatch.shifts.push(entry.value);
    for (const source of entry.sources) window.__pageWatch.moved.push([source.previousRect.top, source.currentRect.top]);
  }
}).observe({ type: 'layout-shift', buffered: true });
/** For each block, the top of its article body and of everything above it in its article (none without a body). */
window.__pageWatch.bodyTops = () =>
  [...document.querySelectorAll('main > section > *')].map((block) => {
    const body = block.shadowRoot?.querySelector('[part~="body"]');
    const shown = body ? [...body.parentElement.children] : [];
    return shown.slice(0, shown.indexOf(body) + 1).map((element) => element.getBoundingClientRect().top);
  });
document.addEventListener('securitypolicyviolation', (event) => {
  window.__pageWatch.violations.push(`${event.violatedDirective} ${event.blockedURI || event.sample}`);
});
// Each block that loaded its source or failed to: a block may settle before the report's module runs.
const settle = (event) => {
  window.__pageWatch.settled.add(event.target);
  if (event.type === 'portal-error') window.__pageWatch.errors.push(`${event.target.localName}: ${event.detail.message}`);
};
document.addEventListener('portal-load', settle);
document.addEventListener('portal-error', settle);
