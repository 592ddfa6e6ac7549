import { css } from 'lit';

/**
 * What every element shares: isolation from the host, the theme's custom
 * properties, focus, buttons and the loading / error / stale states.
 * Colour pairs meet WCAG AA (4.5:1) on the default background.
 *
 * What the content inherits from the element is `!important`: a host's
 * `* { all: unset }` or `* { color: … !important }` reaches this element too,
 * and would otherwise flow into every text inside. (An important declaration
 * of the shadow tree wins over the page's.) Theming goes through the custom
 * properties. `display` is left overridable, so the page can still hide the
 * element; under such a reset it becomes inline, around the same blocks.
 *
 * Text sizes are relative to the element's size, which follows the page's
 * root size (200 % text) but not below 15px: on a page whose root is 10px
 * (`html { font-size: 62.5% }`) dates and captions stay at 12px or more.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box !important;
    font-family: var(--portal-font-family, inherit);
    font-size: var(--portal-font-size, max(1rem, 15px)) !important;
    line-height: var(--portal-line-height, 1.5) !important;
    color: var(--portal-color-text, #1f1f1f) !important;
    text-align: start !important;
    overflow-wrap: anywhere !important;
    --_primary: var(--portal-color-primary, #0b4f8a);
    --_muted: var(--portal-color-muted, #575757);
    --_border: var(--portal-color-border, #c7c7c7);
    --_surface: var(--portal-color-surface, #f3f3f3);
    --_gap: var(--portal-gap, 0.75rem);
    --_radius: var(--portal-radius, 4px);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  a:focus-visible,
  button:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--portal-color-focus, #b35c00);
    outline-offset: 2px;
  }
  .heading {
    margin: 0 0 var(--_gap);
    font-size: var(--portal-heading-size, 1.125em);
    font-weight: 700;
    line-height: 1.3;
    text-transform: var(--portal-heading-transform, none);
    color: var(--portal-color-heading, var(--_primary));
  }
  button {
    font: inherit;
    cursor: pointer;
    color: var(--portal-color-button-text, #ffffff);
    background: var(--_primary);
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    padding: 0.35em 0.9em;
    min-height: 2.25rem;
  }
  button:hover {
    filter: brightness(1.15);
  }
  button[disabled] {
    cursor: progress;
    opacity: 0.7;
  }
  ul,
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  img {
    max-width: 100%;
    height: auto;
  }
  time,
  .date {
    color: var(--_muted);
    font-size: 0.9em;
    white-space: nowrap;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .state {
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .state p {
    margin: 0 0 0.5em;
  }
  .error {
    border-color: var(--portal-color-error, #a4262c);
  }
  .error p {
    color: var(--portal-color-error, #a4262c);
    font-weight: 600;
  }
  .stale {
    margin: 0 0 0.5em;
    padding: 0.25em 0.5em;
    font-size: 0.875em;
    color: #5c4400;
    background: #fff4ce;
    border-radius: var(--_radius);
  }
  /* A placeholder for text: as long as the text it stands for (its data-t), in the
     same element and class as the real text, so it wraps, and measures, the same. */
  .bone {
    color: transparent !important;
    border-color: transparent;
    border-radius: var(--_radius);
    background: linear-gradient(90deg, #e6e6e6 25%, #f4f4f4 50%, #e6e6e6 75%) 0 0 / 200% 100%;
    animation: shimmer 1.4s linear infinite;
  }
  .bone::before {
    content: attr(data-t);
  }
  @keyframes shimmer {
    to {
      background-position: -200% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }
  @media print {
    .skeleton,
    button {
      display: none !important;
    }
  }
`;
