import { safeUrl } from '../core/safe-url.js';
import type { Lang } from '../format/labels.js';

// Embeds an editor put in an article body (a video, a map), in the sanitiser's
// chunk. An `<iframe>` whose address is on the element's `embed-origins` list
// is rebuilt from its address, size and title alone; any other becomes a link
// to the embedded page, so a reader can still reach what the editor meant.

const LABELS = {
  vi: { view: 'Xem nội dung nhúng', frame: 'Nội dung nhúng' },
  en: { view: 'View embedded content', frame: 'Embedded content' },
};

// What the players need and nothing more: their scripts, in their own origin
// (storage and cookies of that origin: players refuse to start in an opaque
// one), casting, and the popup "Watch on YouTube" / "View larger map" opens.
// No forms, no top navigation, no downloads, no modals. Since an embed's
// origin is never the page's own, scripts plus same-origin cannot reach the
// page or lift the sandbox.
const SANDBOX = 'allow-scripts allow-same-origin allow-presentation allow-popups';
const ALLOW = 'fullscreen; picture-in-picture; encrypted-media';
const DEFAULT_RATIO = '16 / 9';

/**
 * The allowed embeds: each entry an origin (`https://player.vimeo.com`) or an
 * origin and a path (`https://www.google.com/maps/embed`, which allows that
 * path and the paths below it). Entries that are not http(s) URLs are ignored.
 */
function allowedEmbeds(list: string): URL[] {
  const allowed: URL[] = [];
  for (const entry of list.split(/\s+/)) {
    const url = safeUrl(entry, 'about:blank');
    if (url?.startsWith('http')) allowed.push(new URL(url));
  }
  return allowed;
}

function isAllowed(src: string, allowed: URL[]): boolean {
  const url = new URL(src);
  return allowed.some(({ origin, pathname }) => {
    if (url.origin !== origin) return false;
    const path = pathname.replace(/\/$/, '');
    return !path || url.pathname === path || url.pathname.startsWith(`${path}/`);
  });
}

/** The box's ratio from the `width` and `height` attributes (in pixels), else 16 / 9. */
function ratioOf(frame: Element): string {
  const width = Number(frame.getAttribute('width'));
  const height = Number(frame.getAttribute('height'));
  return width > 0 && height > 0 ? `${width} / ${height}` : DEFAULT_RATIO;
}

/** A fresh frame in a box of its ratio (so nothing moves when it loads). */
function embed(frame: Element, src: string, title: string): Element {
  const document = frame.ownerDocument;
  const box = document.createElement('div');
  box.className = 'embed';
  // Through the CSSOM, which a Content-Security-Policy does not restrict.
  (box as HTMLElement).style.aspectRatio = ratioOf(frame);
  const fresh = document.createElement('iframe');
  fresh.setAttribute('src', src);
  fresh.setAttribute('title', title);
  fresh.setAttribute('loading', 'lazy');
  fresh.setAttribute('sandbox', SANDBOX);
  fresh.setAttribute('allow', ALLOW);
  fresh.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
  box.append(fresh);
  return box;
}

/**
 * Replaces every `<iframe>` of a sanitised body: by the embed when its
 * address is allowed, else by a link to that address labelled "Xem nội dung
 * nhúng" (and the frame's title), or by the label alone when the address is
 * not safe to link to.
 */
export function replaceFrames(fragment: DocumentFragment, baseUrl: string, embedOrigins: string, lang: Lang) {
  const frames = fragment.querySelectorAll('iframe');
  if (!frames.length) return;
  const labels = LABELS[lang];
  const allowed = allowedEmbeds(embedOrigins);
  for (const frame of frames) {
    const src = safeUrl(frame.getAttribute('src'), baseUrl);
    const title = frame.getAttribute('title')?.trim();
    if (src && isAllowed(src, allowed)) {
      frame.replaceWith(embed(frame, src, title || labels.frame));
      continue;
    }
    // A block of its own, where the embed was.
    const stand = frame.ownerDocument.createElement('div');
    const label = title ? `${labels.view}: ${title}` : labels.view;
    if (src) {
      const link = frame.ownerDocument.createElement('a');
      link.setAttribute('href', src);
      link.textContent = label;
      stand.append(link);
    } else {
      stand.textContent = label;
    }
    frame.replaceWith(stand);
  }
}
