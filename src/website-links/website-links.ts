import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { LinksData } from '../data/given.js';
import type { Link, LinkList, PortalDocument } from '../data/model.js';
import { define } from '../element/define.js';
import { PortalElement, bone } from '../element/portal-element.js';
import { PortalError } from '../core/portal-error.js';
import { safeUrl } from '../core/safe-url.js';
import { baseStyles } from '../element/styles.js';
import { websiteLinksStyles } from './website-links.styles.js';

let selectIds = 0;

/**
 * "Liên kết website": links to other agencies' sites, as a dropdown with a
 * "Đi" button, a list, or a grid of logos.
 *
 * @summary Links to other websites: `select`, `list` or `logos`.
 * @tag website-links
 *
 * @csspart form - The dropdown's form (variant `select`).
 * @csspart select - The dropdown (variant `select`).
 * @csspart list - The list of links (variants `list`, `logos`).
 * @csspart item - One link's list item.
 * @csspart image - A logo image.
 * @csspart group - A group name (variant `list`).
 *
 * @cssprop [--portal-color-background=#ffffff] - The dropdown's background.
 * @cssprop [--portal-link-rows=8.5] - The height of the list (variant `list`), in links of one line, whatever the document holds: more links scroll inside it (the half row, and a shade along its bottom edge until the end, show that there are more), fewer leave the rest empty. `none`: the list takes its links' height (the loading one guesses nine).
 * @cssprop [--portal-logo-rows=2.5] - The height of the grid (variant `logos`), in rows of logos, whatever the document holds: more logos scroll inside it (the half row, and a shade along its bottom edge until the end, show that there are more), fewer leave the rest empty. `none`: the grid takes its logos' height (the loading one guesses twelve).
 * @cssprop [--portal-logo-height=3.5rem] - The height of every logo box (variant `logos`); a logo is scaled to fit it.
 * @cssprop [--portal-logo-min-width=8rem] - Narrowest logo cell (variant `logos`).
 */
export class WebsiteLinks extends PortalElement<LinkList> {
  static override styles = [baseStyles, websiteLinksStyles];

  #selectId = `portal-links-${++selectIds}`;

  @state() private brokenLogos = new Set<string>();

  /** `select` (a dropdown and a "Đi" button), `list`, or `logos`. */
  @property({ reflect: true }) variant: 'select' | 'list' | 'logos' = 'select';

  /** Most links shown. */
  @property({ type: Number }) limit?: number;

  /** The links, for hosts that already have them (instead of `src`): `[{ name, url }]` or a links document. No event fires for it. */
  @property({ attribute: false }) links?: LinksData;

  protected readonly shows = 'links';

  /** Links have no dates: another `time-zone` does not read them again. */
  protected override get showsDates() {
    return false;
  }

  protected get defaultHeading() {
    return this.labels.websiteLinks;
  }

  protected adapt(document: PortalDocument, url: string): LinkList {
    if (document.kind !== 'links') {
      throw new PortalError('format', `links: expected a links document, got a ${document.kind}`, url);
    }
    return document.links;
  }

  protected input() {
    return this.links;
  }

  protected isEmpty(value: LinkList) {
    return value.links.length === 0;
  }

  protected loadDetail(value: LinkList) {
    return { links: this.#shown(value), problems: value.problems };
  }

  #shown(value: LinkList): Link[] {
    return this.limit && this.limit > 0 ? value.links.slice(0, this.limit) : value.links;
  }

  /** Groups in first-seen order; links without a group come first. */
  #grouped(links: Link[]): [string, Link[]][] {
    const groups = new Map<string, Link[]>();
    for (const link of links) {
      const name = link.group ?? '';
      groups.set(name, [...(groups.get(name) ?? []), link]);
    }
    return [...groups].sort(([a], [b]) => Number(a !== '') - Number(b !== ''));
  }

  #go(event: Event) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const select = form.querySelector('select')!;
    const url = select.value;
    if (!url) {
      select.focus();
      return;
    }
    // A real link click keeps the browser's own rules for target and rel. The
    // link is there only for the click: a link without a target in the page is
    // one a crawler cannot follow.
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.target = this.target === '_blank' ? '_blank' : '_self';
    anchor.rel = 'noopener noreferrer';
    anchor.hidden = true;
    form.append(anchor);
    anchor.click();
    anchor.remove();
  }

  #logoFailed(url: string) {
    this.brokenLogos = new Set(this.brokenLogos).add(url);
  }

  /**
   * The variant's own markup and classes. How many links a document holds is
   * unknown until it arrives, so the list and the grid do not take their
   * height from it: each is a box of a fixed height (`--portal-link-rows`,
   * `--portal-logo-rows`) that the loading one has too, and its links scroll
   * inside it. The loading box shows `limit` placeholders, else as many as
   * the default box holds.
   */
  protected renderSkeleton(): TemplateResult {
    const rows = (length: number) => Array.from({ length }, () => html`<li>${bone(22)}</li>`);
    switch (this.variant) {
      case 'list':
        return html`<ul class="list">
          ${rows(this.limit || 9)}
        </ul>`;
      case 'logos':
        return html`<ul class="logos">
          ${rows(this.limit || 12)}
        </ul>`;
      default:
        return html`<div class="row">
          <span class="bone"></span><button class="bone" type="button" disabled>${this.labels.go}</button>
        </div>`;
    }
  }

  /**
   * The name of the dropdown, and of the list and the grid: a box that
   * scrolls is a stop of its own for the keyboard, so that it can be
   * scrolled without a pointer, and says what it holds.
   */
  get #name() {
    return this.heading || this.defaultHeading;
  }

  private renderSelect(links: Link[]) {
    const blank = this.target === '_blank';
    return html`<form part="form" @submit=${this.#go}>
      <label class="visually-hidden" for="${this.#selectId}">${this.#name}${blank ? ` ${this.labels.newWindow}` : ''}</label>
      <select id="${this.#selectId}" part="select">
        <option value="">${this.labels.chooseLink}</option>
        ${this.#grouped(links).map(([group, members]) => {
          // "Đi" navigates to the value: checked as links are (data given as a property is not).
          const options = members.map(
            (link) => html`<option value="${safeUrl(link.url, this.baseUrl) ?? ''}">${link.name}</option>`,
          );
          return group ? html`<optgroup label="${group}">${options}</optgroup>` : options;
        })}
      </select>
      <button part="button" type="submit">${this.labels.go}</button>
    </form>`;
  }

  private renderList(links: Link[]) {
    const renderItems = (members: Link[]) =>
      members.map((link) => html`<li part="item">${this.renderLink(link.url, link.name)}</li>`);
    return html`<ul class="list" part="list" tabindex="0" aria-label="${this.#name}">
      ${this.#grouped(links).map(([group, members]) =>
        group
          ? html`<li>
              <span class="group-name" part="group">${group}</span>
              <ul aria-label="${group}">
                ${renderItems(members)}
              </ul>
            </li>`
          : renderItems(members),
      )}
    </ul>`;
  }

  private renderLogos(links: Link[]) {
    return html`<ul class="logos" part="list" tabindex="0" aria-label="${this.#name}">
      ${links.map((link) => {
        const showLogo = link.logo && !this.brokenLogos.has(link.logo);
        const content = showLogo
          ? html`<img
              part="image"
              src="${link.logo}"
              alt="${link.name}"
              loading="lazy"
              decoding="async"
              @error=${() => this.#logoFailed(link.logo!)}
            />`
          : link.name;
        return html`<li part="item">${this.renderLink(link.url, content)}</li>`;
      })}
    </ul>`;
  }

  protected renderValue(value: LinkList): TemplateResult {
    const links = this.#shown(value);
    switch (this.variant) {
      case 'list':
        return this.renderList(links);
      case 'logos':
        return this.renderLogos(links);
      default:
        return this.renderSelect(links);
    }
  }

  override render(): TemplateResult {
    return html`${this.renderHeading()}${this.renderState()}`;
  }
}

define('website-links', WebsiteLinks);

declare global {
  interface HTMLElementTagNameMap {
    'website-links': WebsiteLinks;
  }
}
