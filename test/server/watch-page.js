// In the head of test/server/page.html, before anything renders: records
// layout shifts, CSP violations and the blocks that settled from the first
// byte on.
window.__pageWatch = { shifts: [], violations: [], removed: [], settled: new Set(), errors: [] };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (!entry.hadRecentInput) window.__pageWatch.shifts.push(entry.value);
  }
}).observe({ type: 'layout-shift', buffered: true });
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
