import { css } from 'lit';

export const articleCardStyles = css`
  article {
    display: grid;
    gap: 0.5rem;
  }
  /* The horizontal layout follows the space the card gets, not the viewport. */
  .wrap {
    container-type: inline-size;
  }
  .card {
    display: grid;
    gap: 0.5rem;
    align-content: start;
  }
  .text {
    display: grid;
    gap: 0.35rem;
    align-content: start;
    min-width: 0;
  }
  @container (min-width: 30rem) {
    :host([variant='horizontal']) .card.with-image {
      grid-template-columns: var(--portal-image-width, 38%) minmax(0, 1fr);
      gap: var(--_gap);
    }
  }
  .image {
    display: block;
    width: 100%;
    aspect-ratio: var(--portal-image-ratio, 16 / 9);
    object-fit: cover;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  [part~='category'],
  .category {
    justify-self: start;
    font-size: 0.8125em;
    font-weight: 700;
    text-transform: var(--portal-category-transform, uppercase);
    text-decoration: none;
    color: var(--_primary);
  }
  .title {
    margin: 0;
    font-size: var(--portal-title-size, 1.0625em);
    font-weight: 700;
    line-height: 1.35;
    color: var(--portal-color-heading, var(--_primary));
  }
  .title a {
    color: inherit;
    text-decoration: none;
  }
  .title a:hover {
    text-decoration: underline;
  }
  .summary {
    margin: 0;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--portal-summary-lines, 3);
    overflow: hidden;
  }

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
    :host {
      color: #000;
    }
    .actions {
      display: none !important;
    }
    a {
      color: inherit;
      text-decoration: none;
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
