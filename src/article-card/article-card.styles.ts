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
  /* A card's title takes --portal-title-lines lines (3 by default) whatever
     its length: the card measures what its skeleton does. The link clamps
     itself (its focus outline is not clipped) and keeps its whole text. */
  .card .title {
    min-height: calc(var(--portal-title-lines, 3) * 1lh);
  }
  .card .title > * {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--portal-title-lines, 3);
    overflow: hidden;
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

  /* The full article keeps a screen's height while it loads (its own chunk's skeleton does the same). */
  :host([variant='full']) .skeleton {
    min-height: 100vh;
  }

  @media print {
    :host {
      color: #000;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
  }
`;
