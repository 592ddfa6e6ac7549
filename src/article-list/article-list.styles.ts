import { css } from 'lit';

export const articleListStyles = css`
  /* The padding leaves room for the link's focus outline (3px + 2px
     offset), which a row of a long list clips (see below). */
  .items.list > li,
  .items.compact > li,
  .featured > li + li {
    padding: 0.4em 0.4em 0.4em 1em;
    position: relative;
    border-bottom: 1px dotted var(--_border);
  }
  /* A row's height does not depend on its title: the title (a link, or its
     skeleton) takes --portal-title-lines lines, a longer one ends in an
     ellipsis (its whole text stays in the link, read by screen readers). A skeleton row measures what every loaded
     row does. --portal-title-lines: none lets titles take their own height. */
  .items.list > li > :first-child,
  .items.compact > li > :first-child,
  .featured > li + li > :first-child {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--portal-title-lines, 2);
    overflow: hidden;
    min-height: calc(var(--portal-title-lines, 2) * 1lh);
  }
  /* The date has the line below the title; from 30rem, beside it. The list is
     the container its rows follow (its own width, not the viewport's). */
  .items.list {
    container-type: inline-size;
  }
  .items.list > li > .date {
    display: block;
  }
  @container (min-width: 30rem) {
    .items.list > li {
      display: flex;
      gap: 0.75em;
    }
    .items.list > li > :first-child {
      flex: 1 1 auto;
    }
    .items.list > li > .date {
      flex: none;
    }
  }
  /* In a long list, rows off screen skip layout and paint until scrolled to;
     they stay in the accessibility tree and in find-in-page. */
  .long > li {
    content-visibility: auto;
    contain-intrinsic-size: auto 5em;
  }
  .items.list > li::before,
  .items.compact > li::before,
  .featured > li + li::before {
    content: '';
    position: absolute;
    left: 0.2em;
    top: 1.05em;
    width: 0.3em;
    height: 0.3em;
    background: var(--_primary);
    border-radius: 50%;
  }
  .items.compact > li,
  .featured > li + li {
    padding-block: 0.35em;
  }
  /* Layout featured: the first article a card, the next ones titles, below it or, from
     36rem, beside it. The element's own width decides, not the viewport's: its state is
     in a container (.wrap), which a page's "* { all: unset }" cannot reach. The first
     article spans the rows of the others and a last 1fr row, which takes what it needs
     beyond theirs: the titles keep their own heights. */
  .featured > :first-child {
    margin-bottom: var(--_gap);
  }
  @container (min-width: 20rem) {
    .featured > :first-child .title {
      font-size: var(--portal-title-size, 1.25em);
    }
  }
  /* The caption lies over the foot of the image: with or without one, the article
     measures what its skeleton does. White on 75 % black stays above 4.5:1 on any photo. */
  .featured figure {
    position: relative;
    margin: 0;
  }
  .featured figcaption {
    position: absolute;
    inset: auto 0 0;
    padding-inline: 0.75em;
    font-style: italic;
    text-align: center;
    /* Room above and below in a transparent border: a clamped line shows in padding, not in a border. */
    padding-block: 0;
    border-block: 0.4em solid transparent;
    font-size: 0.8125em;
    color: #fff;
    background: rgb(0 0 0 / 0.75);
    border-radius: 0 0 var(--_radius) var(--_radius);
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  @container (min-width: 36rem) {
    .featured {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      grid-template-rows: repeat(49, auto) 1fr;
      column-gap: calc(2 * var(--_gap));
    }
    .featured > :first-child {
      grid-row: 1 / -1;
      margin: 0;
    }
    .featured > li + li {
      grid-column: 2;
    }
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
