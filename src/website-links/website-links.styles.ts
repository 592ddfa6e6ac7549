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
     ninth shows in part, a sign that the list scrolls; so does the shade
     below), the loading one
     too, and its links scroll inside it. So no name is cut: a long one
     takes the lines it needs. The side padding leaves room for a link's
     focus outline. With --portal-link-rows: none (not a number), the list
     takes its links' height. */
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
  /* A box that scrolls says so at its bottom edge, whatever falls there (a
     half row, or the end of a group with nothing of the next one showing),
     for systems that hide scroll bars: a shade along the edge while there
     is more below, which fades over the last line of the scroll. It is a
     scroll-driven animation, no script: a box that does not scroll has no
     scroll timeline, so no shade. A shadow inside the box, under the links:
     it takes no room and moves nothing. */
  @supports (animation-timeline: scroll()) {
    .list,
    .logos {
      --_shade: color-mix(in srgb, var(--portal-color-text, #1f1f1f) 35%, transparent);
      animation: more-below linear both;
      animation-timeline: scroll(self);
      animation-range: calc(100% - 1.5em) 100%;
    }
  }
  @keyframes more-below {
    from {
      box-shadow: inset 0 -1.25em 1em -1em var(--_shade);
    }
    to {
      box-shadow: inset 0 0 0 0 transparent;
    }
  }
  /* Under reduced motion the shade does not fade: it goes at the end. */
  @media (prefers-reduced-motion: reduce) {
    .list,
    .logos {
      animation-timing-function: step-end;
    }
  }
  /* Forced colours drop shadows: the box keeps its own, in the system's
     text colour, and its focus ring in the system's; its content is
     adjusted as usual. */
  @media (forced-colors: active) {
    .list,
    .logos {
      forced-color-adjust: none;
      --_shade: CanvasText;
    }
    .list:focus-visible,
    .logos:focus-visible {
      outline-color: Highlight;
    }
    .list > *,
    .logos > * {
      forced-color-adjust: auto;
    }
  }
  /* The grid's height does not depend on its document either: it is
     --portal-logo-rows rows of logo boxes (2.5: a third row shows in part
     when there is one), and its logos scroll inside it. Every box (a logo,
     a name, a loading box) is at least as tall as one with a logo, and a
     logo's box is fixed before it loads; a long name makes its row taller,
     not the grid. */
  .logos {
    --_tile: calc(var(--portal-logo-height, 3.5rem) + 1rem + 2px);
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--portal-logo-min-width, 8rem)), 1fr));
    gap: var(--_gap);
    height: calc(var(--portal-logo-rows, 2.5) * (var(--_tile) + var(--_gap)) - var(--_gap));
    overflow-y: auto;
  }
  /* A box fills its cell, as tall as the tallest box of its row. */
  .logos li {
    display: flex;
  }
  .logos li > * {
    flex: 1 1 auto;
    min-width: 0;
    min-height: var(--_tile);
    display: flex;
    align-items: center;
    justify-content: center;
    padding: 0.5rem;
    text-align: center;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /* Inside the box that scrolls, where an outline around it would be cut. */
  .logos a:focus-visible {
    outline-offset: -3px;
  }
  .logos img {
    display: block;
    width: 100%;
    height: var(--portal-logo-height, 3.5rem);
    object-fit: contain;
  }
`;
