// <news-list> on real feeds that a strict reader refuses or misreads, and on
// hand-made documents of the same defect classes: what a reader of the page sees.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/news-list/news-list.js';
import type { NewsList } from '../../src/news-list/news-list.js';
import type { PortalLoadEvent } from '../../src/events.js';
import { nextEvent, respond, stubFetch, type FetchStub } from '../helpers/fetch-stub.js';
import { realFixture } from '../helpers/errors.js';

const $$ = <T extends Element = Element>(el: Element, selector: string) =>
  Array.from(el.shadowRoot!.querySelectorAll<T>(selector));

async function show(url: string, body: string, type: string) {
  const stub = stubFetch({ [url]: () => respond(body, { type }) });
  const el = await fixture<NewsList>(html`<news-list limit="100" src="${url}"></news-list>`);
  const event = (await nextEvent(el, 'portal-load')) as PortalLoadEvent;
  await el.updateComplete;
  const links = $$<HTMLAnchorElement>(el, 'a[part~="link"]');
  const times = $$<HTMLTimeElement>(el, 'time[part~="date"]');
  return { stub, el, event, links, times };
}

describe('<news-list> on feeds a strict reader refuses', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  it('shows ilmessaggero.it, whose dates have Italian day names (mer, 16 nov 2022)', async () => {
    const body = await realFixture('it-ilmessaggero-italian-day-month-names.rss');
    const shown = await show('https://www.ilmessaggero.it/rss/home.xml', body, 'application/rss+xml; charset=utf-8');
    stub = shown.stub;
    expect(shown.links).to.have.length(1);
    expect(shown.links[0].textContent).to.equal(
      'Missili Polonia, cosa è successo? Tensione Nato-Russia, Mosca: non siamo stati noi',
    );
    expect(shown.links[0].href).to.equal(
      'https://www.ilmessaggero.it/mondo/missili_polonia_cosa_e_successo_davvero-7054869.html',
    );
    expect(shown.times[0].dateTime).to.equal('2022-11-15T23:38:15.000Z');
    // Shown in Vietnam time by default: 16 November, 06:38.
    expect(shown.times[0].textContent).to.equal('16/11/2022');
  });

  it('shows curtclifton.net, whose JSON Feed dates have no zone, read as UTC', async () => {
    const body = await realFixture('jsonfeed-curtclifton-date-without-zone.json');
    const shown = await show('http://curtclifton.net/feed.json', body, 'application/feed+json');
    stub = shown.stub;
    expect(shown.event.detail.items).to.have.length(26);
    expect(shown.links).to.have.length(26);
    expect(shown.links[0].textContent).to.equal('Twitter Quitter');
    expect(shown.links[0].href).to.equal('http://www.curtclifton.net/twitter-quitter');
    expect(shown.times).to.have.length(26);
    expect(shown.times[0].dateTime).to.equal('2018-01-06T08:00:00.000Z');
    expect(shown.event.detail.problems).to.deep.equal([]);
  });

  it('shows every item of a JSON Feed with odd fields, and reports what it dropped', async () => {
    const doc = {
      version: 'https://jsonfeed.org/version/1',
      items: [
        { title: 'Kinh tế &amp; xã hội', url: '/tin/1', date_published: 'Fri, 31 May 2019 12:17:58 -0700', external_url: null },
        { title: 'Không có id', content_text: 'Nội dung', date_published: '2019-05-30 13:01:01' },
        { title: 'Cũng không có id', content_text: 'Nội dung khác', date_published: '29/05/2019 7:57:30 SA' },
        { id: 4, title: 'Ngày sai', url: '/tin/4', date_published: 'hôm qua', tags: 'một' },
      ],
    };
    const shown = await show('https://portal.example/feed.json', JSON.stringify(doc), 'application/json');
    stub = shown.stub;
    const rows = $$(shown.el, '[part~="item"]').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).to.deep.equal([
      'Kinh tế & xã hội (01/06/2019)',
      'Không có id (30/05/2019)',
      'Cũng không có id (29/05/2019)',
      'Ngày sai',
    ]);
    expect(shown.times.map((time) => time.dateTime)).to.deep.equal([
      '2019-05-31T19:17:58.000Z',
      '2019-05-30T13:01:01.000Z',
      '2019-05-29T07:57:30.000Z',
    ]);
    expect(shown.event.detail.problems).to.deep.equal([
      'items[3].date_published: not a date',
      'items[3].tags: expected an array',
    ]);
  });
});
