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
const DEFAULT_RATIO: Ratio = [16, 9];
/** The largest side of a ratio's sizer: a ratio, not a size, so a few hundred pixels at most. */
const MAX_SIDE = 1000;

type Ratio = [width: number, height: number];

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

const divisor = (a: number, b: number): number => (b ? divisor(b, a % b) : a);

/** The box's ratio from the `width` and `height` attributes (in pixels), in small whole numbers, else 16 / 9. */
function ratioOf(frame: Element): Ratio {
  const width = Math.round(Number(frame.getAttribute('width')));
  const height = Math.round(Number(frame.getAttribute('height')));
  if (!(width > 0 && height > 0)) return DEFAULT_RATIO;
  const common = divisor(width, height);
  const scale = Math.max(1, Math.max(width, height) / common / MAX_SIDE);
  return [Math.max(1, Math.round(width / common / scale)), Math.max(1, Math.round(height / common / scale))];
}

/**
 * A fresh frame in a box of its ratio (so nothing moves when it loads). The
 * ratio is the natural size of an empty `<canvas>` in the box, which the
 * box's style stretches to its width: no `style` attribute (which a strict
 * `style-src` refuses in server-rendered HTML), no script, the same markup
 * on a server and in the browser.
 */
function embed(frame: Element, src: string, title: string): Element {
  const document = frame.ownerDocument;
  // A span, shown as a block: an editor's frame is often in a <p>, which a parser closes before a <div>.
  const box = document.createElement('span');
  box.className = 'embed';
  const [width, height] = ratioOf(frame);
  const sizer = document.createElement('canvas');
  sizer.setAttribute('width', String(width));
  sizer.setAttribute('height', String(height));
  sizer.setAttribute('aria-hidden', 'true');
  const fresh = document.createElement('iframe');
  fresh.setAttribute('src', src);
  fresh.setAttribute('title', title);
  fresh.setAttribute('loading', 'lazy');
  fresh.setAttribute('sandbox', SANDBOX);
  fresh.setAttribute('allow', ALLOW);
  fresh.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
  box.append(sizer, fresh);
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
