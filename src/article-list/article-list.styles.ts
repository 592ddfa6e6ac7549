import { css } from 'lit';

export const articleListStyles = css`
  /* The padding leaves room for the link's focus outline (3px + 2px
     offset), which a row of a long list clips (see below). */
  .items.list > li,
  .items.compact > li {
    padding: 0.4em 0.4em 0.4em 1em;
    position: relative;
    border-bottom: 1px dotted var(--_border);
  }
  /* In a long list, rows off screen skip layout and paint until scrolled to;
     they stay in the accessibility tree and in find-in-page. */
  .long > li {
    content-visibility: auto;
    contain-intrinsic-size: auto 2.4em;
  }
  .items.list > li::before,
  .items.compact > li::before {
    content: '';
    position: absolute;
    left: 0.2em;
    top: 1.05em;
    width: 0.3em;
    height: 0.3em;
    background: var(--_primary);
    border-radius: 50%;
  }
  .items.compact > li {
    padding-block: 0.35em;
  }
  @media print {
    .items > li {
      content-visibility: visible;
    }
  }
  .items a {
    text-decoration: none;
  }
  .items a:hover,
  .items a:focus-visible {
    text-decoration: underline;
  }
  .items.cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--portal-card-min-width, 15rem)), 1fr));
    gap: var(--_gap);
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    margin-top: var(--_gap);
  }
  .footer [part~='more-link'] {
    margin-inline-start: auto;
    font-weight: 600;
  }
  .page-error {
    color: var(--portal-color-error, #a4262c);
  }
  /* With refresh, a row of its own keeps room for the "new articles"
     button: when it shows, no row below it moves. */
  .new-items {
    display: flex;
    height: max(2.25rem, 2.4em);
    margin-bottom: var(--_gap);
  }
  .new-items button {
    padding-block: 0;
  }
`;
