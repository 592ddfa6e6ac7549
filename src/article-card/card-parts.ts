// What a card and the lists' card-like rows share, without the `<article-card>` element:
// a list shows its skeleton and dates from here, and loads the element only for layout `cards`.
import { html, nothing, type TemplateResult } from 'lit';
import { bone } from '../element/portal-element.js';

/**
 * A loading card in the card's own markup and classes (also in the lists'
 * layout `cards`): the image box, a category, a title of two lines or so,
 * the date and a summary of the lines the card shows.
 * @internal
 */
export const cardSkeleton = (): TemplateResult =>
  html`<div class="wrap">
    <div class="card with-image">
      <span class="image bone"></span>
      <div class="text">
        ${bone(10, 'category')}
        <div class="title">${bone(80)}</div>
        ${bone(10, 'date')} ${bone(200, 'summary')}
      </div>
    </div>
  </div>`;

/**
 * A date as a `<time>` (part `date`), or nothing without one: in cards and in
 * the lists' rows (`<website-links>` shows no dates).
 * @internal
 */
export const renderDate = (iso: string | undefined, text: string | undefined): TemplateResult | typeof nothing =>
  iso && text ? html`<time part="date" datetime="${iso}">${text}</time>` : nothing;
