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
  /* The list's height does not depend on its document: it is as tall as
     --portal-link-rows links of one line (8.5: when there are more, the
     ninth shows in part, a sign that the list scrolls), the loading one
     too, and its links scroll inside it. A name takes two lines at most; a
     longer one ends in "…" (its whole text stays in the link, read by
     screen readers). The side padding leaves room for a link's focus
     outline. With --portal-link-rows: none (not a number), the list takes
     its links' height. */
  .list {
    height: calc(var(--portal-link-rows, 8.5) * (1lh + 0.6em + 1px));
    overflow-y: auto;
    padding-inline: 0.35em;
  }
  .skeleton .list,
  .skeleton .logos {
    overflow: hidden;
  }
  .list li {
    padding: 0.3em 0;
  }
  .list li:not(:has(ul)) {
    border-bottom: 1px dotted var(--_border);
  }
  .list [part~='link'] {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .group-name {
    display: block;
    margin-top: 0.5em;
    font-weight: 700;
    color: var(--_muted);
  }
  .list:focus-visible,
  .logos:focus-visible {
    outline: 3px solid var(--portal-color-focus, #b35c00);
    outline-offset: 2px;
  }
  /* The grid's height does not depend on its document either: it is
     --portal-logo-rows rows of logo boxes (2.5: a third row shows in part
     when there is one), and its logos scroll inside it. Every box (a logo,
     a name, a loading box) has the same fixed height, a name two lines at
     most. */
  .logos {
    --_tile: calc(var(--portal-logo-height, 3.5rem) + 1rem + 2px);
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--portal-logo-min-width, 8rem)), 1fr));
    grid-auto-rows: var(--_tile);
    gap: var(--_gap);
    height: calc(var(--portal-logo-rows, 2.5) * (var(--_tile) + var(--_gap)) - var(--_gap));
    overflow-y: auto;
  }
  .logos li > * {
    display: flex;
    align-items: center;
    justify-content: center;
    height: 100%;
    padding: 0.5rem;
    overflow: hidden;
    text-align: center;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /* Inside the box that scrolls, where an outline around it would be cut. */
  .logos a:focus-visible {
    outline-offset: -3px;
  }
  .logos .name {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .logos img {
    display: block;
    width: 100%;
    height: var(--portal-logo-height, 3.5rem);
    object-fit: contain;
  }
`;
