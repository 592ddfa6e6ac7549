import { css } from 'lit';

export const websiteLinksStyles = css`
  form,
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: stretch;
  }
  /* No width of its own (the flex basis sizes it): the longest option does
     not widen a narrow grid or flex column. "Đi" wraps under it when there
     is no room beside it. */
  select,
  .row > span {
    flex: 1 1 12rem;
    width: 0;
    min-width: 0;
    min-height: 2.25rem;
  }
  select {
    font: inherit;
    color: inherit;
    background: var(--portal-color-background, #ffffff);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25em 0.5em;
  }
  .list li {
    padding: 0.3em 0;
  }
  .list li:not(:has(ul)) {
    border-bottom: 1px dotted var(--_border);
  }
  .group-name {
    display: block;
    margin-top: 0.5em;
    font-weight: 700;
    color: var(--_muted);
  }
  .logos {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--portal-logo-min-width, 8rem)), 1fr));
    gap: var(--_gap);
  }
  /* Every cell (a link, a name, a loading cell) is at least as tall as one
     with a logo, and a logo's box is fixed before it loads. */
  .logos li > * {
    display: flex;
    align-items: center;
    justify-content: center;
    min-height: calc(var(--portal-logo-height, 3.5rem) + 1rem + 2px);
    height: 100%;
    padding: 0.5rem;
    text-align: center;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .logos img {
    display: block;
    width: 100%;
    height: var(--portal-logo-height, 3.5rem);
    object-fit: contain;
  }
`;
