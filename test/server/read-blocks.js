// What a reader sees of the page's blocks, read from their shadow trees
// (nested ones too): headings, links, options with their groups, dates; and
// of the article bodies in them.

/** Every element of `root`'s tree and of the shadow trees inside it, in document order. */
function deep(root) {
  const found = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deep(element.shadowRoot));
  }
  return found;
}

const text = (element) => element.textContent.replace(/\s+/g, ' ').trim();

/** For each block of `document` (`main > section > *`): what it shows. */
export function readBlocks(document) {
  return [...document.querySelectorAll('main > section > *')].map((block) => {
    const all = block.shadowRoot ? deep(block.shadowRoot) : [];
    const visible = all.filter((element) => !element.closest('[aria-hidden="true"]'));
    return {
      tag: block.localName,
      headings: visible.filter((element) => /^h[1-6]$/.test(element.localName)).map(text),
      links: visible.filter((element) => element.localName === 'a').map((a) => [a.getAttribute('href'), text(a)]),
      options: visible
        .filter((element) => element.localName === 'option')
        .map((option) => [
          option.value,
          text(option),
          option.parentElement.localName === 'optgroup' ? option.parentElement.label : '',
        ]),
      dates: visible.filter((element) => element.localName === 'time').map((time) => [time.dateTime, text(time)]),
    };
  });
}

/** Whether the shadow roots' own styles apply: the website-links heading is bold and not the UA's size. */
export function styled(document) {
  const heading = document.querySelector('website-links')?.shadowRoot?.querySelector('[part~="heading"]');
  if (!heading) return false;
  const style = heading.ownerDocument.defaultView.getComputedStyle(heading);
  return style.fontWeight === '700' && style.fontSize === '18px';
}

/** For each block of `document`: the width / height of the box of each embed in its article body. */
export function embedRatios(document) {
  return [...document.querySelectorAll('main > section > *')].map((block) =>
    [...(block.shadowRoot?.querySelectorAll('[part~="body"] iframe') ?? [])].map((frame) => {
      const box = frame.parentElement.getBoundingClientRect();
      return box.height ? Math.round((box.width / box.height) * 1000) / 1000 : 0;
    }),
  );
}

/**
 * For each block of `document`: what each article body in it shows, by role:
 * headings (level, text), paragraphs, links (href, text), list items.
 */
export function bodyContent(document) {
  return [...document.querySelectorAll('main > section > *')].map((block) =>
    [...(block.shadowRoot?.querySelectorAll('[part~="body"]') ?? [])].map((body) => {
      const visible = (selector) => [...body.querySelectorAll(selector)].filter((element) => element.checkVisibility());
      return {
        headings: visible('h1, h2, h3, h4, h5, h6').map((heading) => [Number(heading.localName[1]), text(heading)]),
        paragraphs: visible('p').map(text),
        links: visible('a[href]').map((a) => [a.getAttribute('href'), text(a)]),
        items: visible('li').map(text),
      };
    }),
  );
}

/** What shows a state instead of, or beside, the content: an error, an empty or outdated source, loading. */
const STATES = '[part~="error"], [part~="empty"], [part~="stale"], [part~="skeleton"], [role="alert"]';

/** For each block of `document`: the parts of its shadow tree that show a state (none when it shows its content). */
export function states(document) {
  return [...document.querySelectorAll('main > section > *')].map((block) =>
    [...(block.shadowRoot?.querySelectorAll(STATES) ?? [])].map(
      (element) => element.getAttribute('part') ?? element.getAttribute('role'),
    ),
  );
}
