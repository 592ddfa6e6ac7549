// In the head of test/server/page.html, before anything renders: records
// layout shifts and CSP violations from the first byte on.
window.__pageWatch = { shifts: [], violations: [], removed: [] };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (!entry.hadRecentInput) window.__pageWatch.shifts.push(entry.value);
  }
}).observe({ type: 'layout-shift', buffered: true });
document.addEventListener('securitypolicyviolation', (event) => {
  window.__pageWatch.violations.push(`${event.violatedDirective} ${event.blockedURI || event.sample}`);
});
