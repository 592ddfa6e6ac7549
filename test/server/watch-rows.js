// After the server-rendered blocks, before the script that takes them over:
// records every element removed from their shadow trees (a row re-created),
// and where each article body and what is above it are.
window.__pageWatch.topsBefore = window.__pageWatch.bodyTops();
(() => {
  const watch = (root, host) => {
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.removedNodes) {
          if (node.nodeType === 1) window.__pageWatch.removed.push(`${host}: <${node.localName}>`);
        }
      }
    }).observe(root, { childList: true, subtree: true });
    for (const inner of root.querySelectorAll('*')) if (inner.shadowRoot) watch(inner.shadowRoot, `${host} > ${inner.localName}`);
  };
  for (const block of document.querySelectorAll('main > section > *')) {
    if (block.shadowRoot) watch(block.shadowRoot, block.localName);
  }
})();
