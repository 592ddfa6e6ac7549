import { expect, fixture, html } from '@open-wc/testing';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { enUS } from 'date-fns/locale/en-US';
import { vi } from 'date-fns/locale/vi';
import '../../src/index.js';
import type { ArticleCard } from '../../src/article-card/article-card.js';
import type { NewsList } from '../../src/news-list/news-list.js';
import { nextEvent, stubFetch, type FetchStub } from '../helpers/fetch-stub.js';
import { article } from '../helpers/feeds.js';

// Its own page: date-fns is not loaded before the first element below asks for it.
const ISO = '2020-10-28T17:30:00Z';
const dates = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~="date"]')].map((node) => node.textContent!.trim());

describe('date-format with a date-fns pattern', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  it('shows exactly what date-fns writes, from the first render on, in the chosen zone and language', async () => {
    stub = stubFetch({
      '/f.json': {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Tin',
        items: [{ id: '1', url: '/1', title: 'Tin một', date_published: ISO }],
      },
    });
    const el = await fixture<NewsList>(
      html`<news-list date-format="PPP" time-zone="Asia/Ho_Chi_Minh" src="/f.json"></news-list>`,
    );
    await nextEvent(el, 'portal-load');
    expect(dates(el)).to.deep.equal([format(new TZDate(ISO, 'Asia/Ho_Chi_Minh'), 'PPP', { locale: vi })]);
    expect(dates(el)).to.deep.equal(['ngày 29 tháng 10 năm 2020']);
  });

  for (const pattern of ['PPP', 'do MMMM yyyy', 'EEEE, dd/MM/yyyy HH:mm']) {
    for (const [lang, locale] of [
      ['vi', vi],
      ['en', enUS],
    ] as const) {
      for (const zone of ['Asia/Ho_Chi_Minh', 'America/New_York']) {
        it(`"${pattern}" in ${lang}, ${zone}, on <news-list> and <article-card>`, async () => {
          const expected = format(new TZDate(ISO, zone), pattern, { locale });
          const list = await fixture<NewsList>(
            html`<news-list lang=${lang} time-zone=${zone} date-format=${pattern}></news-list>`,
          );
          list.data = [article('1', 'Tin một', { datePublished: ISO })];
          await list.updateComplete;
          expect(dates(list)).to.deep.equal([expected]);
          const card = await fixture<ArticleCard>(
            html`<article-card lang=${lang} time-zone=${zone} date-format=${pattern}></article-card>`,
          );
          card.article = article('1', 'Tin một', { datePublished: ISO });
          await card.updateComplete;
          expect(dates(card)).to.deep.equal([expected]);
        });
      }
    }
  }

  it('shows the default date for a pattern date-fns rejects', async () => {
    const list = await fixture<NewsList>(html`<news-list time-zone="UTC" date-format="yyyy j"></news-list>`);
    list.data = [article('1', 'Tin một', { datePublished: ISO })];
    await list.updateComplete;
    expect(dates(list)).to.deep.equal(['28/10/2020']);
  });
});
