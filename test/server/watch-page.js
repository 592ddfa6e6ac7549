// In the head of test/server/page.html, before anything renders: records
// layout shifts and CSP violations from the first byte on.
// `moved`: the top of each element a shift moved, before and after.
window.__pageWatch = { shifts: [], moved: [], violations: [], removed: [] };
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
