import { css } from 'lit';

/**
 * What only `variant="full"` shows (the article page: "Cập nhật", the photo
 * and its caption, the print button and the navigation). It travels in the
 * full article's on-demand chunk, adopted beside the card's styles.
 */
export const articleFullStyles = css`
  /* variant="full": the article page. Loading, and until its body is
     sanitised, it keeps a screen's height: the body's length is unknown, and
     nothing below it moves into view and out again. */
  .full {
    gap: var(--_gap);
  }
  .skeleton .full,
  .body:empty {
    min-height: 100vh;
  }
  .full .title {
    font-size: var(--portal-title-size, 1.5em);
  }
  .updated {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .updated time {
    font-size: inherit;
  }
  .full .summary {
    display: block;
    overflow: visible;
    font-weight: 700;
  }
  figure {
    margin: 0;
  }
  figcaption {
    padding: 0.4em 0.75em;
    font-size: 0.9em;
    font-style: italic;
    text-align: center;
    color: var(--_muted);
    background: var(--_surface);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    align-items: center;
    justify-content: space-between;
    padding-top: var(--_gap);
    border-top: 1px solid var(--_border);
  }
  nav {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    margin-inline-start: auto;
  }

  @media print {
    .actions {
      display: none !important;
    }
    figure,
    .body img {
      break-inside: avoid;
    }
  }
`;

/**
 * Added to the host document while the print button prints: hides every
 * element that neither is, contains nor sits inside the marked article, so
 * the page prints the article alone. A constructed sheet (not a `<style>`)
 * so it works under a strict `style-src`. Browsers without `:has()` drop the
 * rule and print the whole page.
 */
export const documentPrintStyles = css`
  @media print {
    body *:not(:has([data-portal-printing]), [data-portal-printing], [data-portal-printing] *) {
      display: none !important;
    }
  }
`;
