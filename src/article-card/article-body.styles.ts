import { css } from 'lit';

/**
 * Typography of a full article's body. It travels in the on-demand chunk with
 * the sanitiser, since only a rendered body needs it.
 */
export const articleBodyStyles = css`
  .body {
    /* A grid item: without this, wide content would widen the whole article. */
    min-width: 0;
    line-height: var(--portal-body-line-height, 1.6);
  }
  .body > :first-child {
    margin-top: 0;
  }
  .body p,
  .body ul,
  .body ol,
  .body dl,
  .body table,
  .body pre {
    margin: 0 0 1em;
  }
  .body ul,
  .body ol {
    padding-inline-start: 1.5em;
    list-style: disc;
  }
  .body ol {
    list-style: decimal;
  }
  .body h2,
  .body h3,
  .body h4,
  .body h5,
  .body h6 {
    margin: 1.25em 0 0.5em;
    font-size: 1.125em;
    line-height: 1.3;
  }
  .body img {
    display: block;
    margin-inline: auto;
  }
  .body figure {
    margin: 1em 0;
    break-inside: avoid;
  }
  .body figcaption {
    margin-top: 0.25em;
  }
  .body blockquote {
    margin: 1em 0;
    padding-inline-start: 1em;
    border-inline-start: 4px solid var(--_border);
  }
  .body table {
    border-collapse: collapse;
  }
  /* Widths pasted from a word processor (width="600") would push a phone's
     page sideways; the content decides instead, and long words wrap. */
  .body table,
  .body td,
  .body th,
  .body hr {
    width: auto;
  }
  .body pre {
    white-space: pre-wrap;
  }
  .body th,
  .body td {
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
    vertical-align: top;
  }
  /* An embed keeps the box its width and height give (16 / 9 without them):
     the page does not move when the player loads. The ratio is the natural
     size of the empty canvas in the box (embeds.ts), stretched to its width. */
  .body .embed {
    display: block;
    position: relative;
    margin: 1em 0;
  }
  .body .embed canvas {
    display: block;
    width: 100%;
    height: auto;
  }
  .body .embed iframe {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    border: 0;
  }
`;
