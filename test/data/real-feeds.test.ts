import { expect, fixture, html } from '@open-wc/testing';
import '../../src/news-list/news-list.js';
import '../../src/article-card/article-card.js';
import type { NewsList } from '../../src/news-list/news-list.js';
import type { PortalErrorEvent, PortalLoadEvent } from '../../src/events.js';
import { nextEvent, stubFetch, type FetchStub } from '../helpers/fetch-stub.js';

// The broken and tricky captures of test/fixtures/real/SOURCES.md, served as
// their entries say (bytes, with that Content-Type), shown in a <news-list>:
// what a person sees must be what the entry expects.

interface Expectation {
  file: string;
  type: string;
  count: number;
  title: string;
  link: string;
  date: string;
  /** Other titles shown, where the first one does not show the defect. */
  alsoShown?: string[];
}

const FEEDS: Expectation[] = [
  {
    file: 'vn-vnexpress-tin-moi-nhat-2017-02-18-browser-copy.rss',
    type: 'application/rss+xml; charset=utf-8',
    count: 25,
    title: 'Giang Kim Đạt bị đề nghị tử hình',
    link: 'http://vnexpress.net/tin-tuc/phap-luat/giang-kim-dat-bi-de-nghi-tu-hinh-3543450.html',
    date: '2017-02-18T08:16:55Z',
  },
  {
    file: 'vn-vnexpress-tin-moi-nhat-2019-02-18.rss',
    type: 'application/rss+xml; charset=utf-8',
    count: 25,
    title: "Ngộ độc rượu, bệnh nhân thấy ảo giác 'bị ma quỷ truy đuổi'",
    link: 'https://vnexpress.net/suc-khoe/ngo-doc-ruou-benh-nhan-thay-ao-giac-bi-ma-quy-truy-duoi-3882905.html',
    date: '2019-02-18T13:35:51Z',
  },
  {
    file: 'fr-scienceshumaines-latin1-bytes-no-encoding-declared.xml',
    type: 'application/rss+xml',
    // 10 <item>s; the fourth has an empty title, link and description but a date: "(Untitled)", as text.
    count: 10,
    title: 'Perturbateurs endocriniens : quels effets sur le cerveau ?',
    link: 'https://le-cercle-psy.scienceshumaines.com/perturbateurs-endocriniens-quels-effets-sur-le-cerveau_sh_39995',
    date: '2018-10-17T10:30:00Z',
    alsoShown: ["La criminalité liée surtout à... l'ennui ?", 'Caroline Eliacheff : « Dolto reste authentiquement subversive »'],
  },
  {
    file: 'de-dasding-blank-line-before-xml-declaration.rss',
    type: 'application/rss+xml; charset=utf-8',
    count: 32,
    title: 'Die mit Alice Merton und der Wespen-Taschen Psychologie',
    link: 'https://www.dasding.de/podcasts/die-mit-alice-merton-und-der-wespen-taschen-psychologie-102.html',
    date: '2020-10-15T15:27:00Z',
  },
  {
    file: 'sk-aktuality-image-inside-item.rss',
    type: 'application/rss+xml; charset=utf-8',
    count: 30,
    title: 'Analytici Goldman Sachs zvýšili odhad rastu ekonomiky USA',
    link: 'https://www.aktuality.sk/clanok/856577/analytici-goldman-sachs-zvysili-odhad-rastu-ekonomiky-usa/',
    date: '2021-01-17T18:27:00Z',
  },
  {
    file: 'google-alerts-atom-html-bold-in-titles.xml',
    type: 'application/atom+xml; charset=utf-8',
    count: 20,
    title: 'Report offers Prediction of Automotive Slack Market by Top key players like Haldex, Meritor, Bendix ...',
    link: 'https://www.google.com/url?rct=j&sa=t&url=https://www.aglobalmarketresearch.com/report-offers-prediction-of-automotive-slack-market-by-top-key-players-like-haldex-meritor-bendix-mei-wabco-accuride-stemco-tbk-febi-aydinsan/&ct=ga&cd=CAIyHGU4ZTJkZjQ3OTVkYmIzMTc6Y28uanA6ZW46SlA&usg=AFQjCNHUcRGtHY1ygcMDkVS68IgpYs7Wpg',
    date: '2019-07-10T11:53:37Z',
  },
];

const bytesOf = async (file: string) => (await fetch(new URL(`../fixtures/real/${file}?bytes`, import.meta.url))).arrayBuffer();

let stub: FetchStub | undefined;
afterEach(() => stub?.restore());

/** A <news-list> of `file` served as `type`, once it has settled. */
async function show(file: string, type: string, layout = 'list') {
  const body = await bytesOf(file);
  stub = stubFetch({ '/feed': () => new Response(body, { headers: { 'Content-Type': type } }) });
  const el = await fixture<NewsList>(html`<news-list limit="100" layout=${layout}></news-list>`);
  const settled = Promise.race([nextEvent<PortalLoadEvent>(el, 'portal-load'), nextEvent<PortalErrorEvent>(el, 'portal-error')]);
  el.src = '/feed';
  const event = await settled;
  await el.updateComplete;
  return { el, event };
}

describe('real feeds with defects, as a person sees them', () => {
  for (const expected of FEEDS) {
    it(`shows ${expected.file}: ${expected.count} items, first "${expected.title.slice(0, 40)}…"`, async () => {
      const { el, event } = await show(expected.file, expected.type);
      expect(event.type, (event as PortalErrorEvent).detail?.message).to.equal('portal-load');
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('[part~="item"]')).to.have.length(expected.count);
      const link = root.querySelector<HTMLAnchorElement>('[part~="item"] a[part~="link"]')!;
      expect(link.textContent).to.equal(expected.title);
      expect(link.href).to.equal(expected.link);
      const time = root.querySelector<HTMLTimeElement>('[part~="item"] time[part~="date"]')!;
      expect(new Date(time.dateTime).toISOString()).to.equal(new Date(expected.date).toISOString());
      const titles = [...root.querySelectorAll('[part~="item"] a[part~="link"]')].map((a) => a.textContent);
      expect(titles).to.include.members(expected.alsoShown ?? []);
    });
  }

  it('shows the untitled fourth item of the Latin-1 capture as "(Không có tiêu đề)", as text, with its date', async () => {
    const { el } = await show('fr-scienceshumaines-latin1-bytes-no-encoding-declared.xml', 'application/rss+xml');
    const fourth = el.shadowRoot!.querySelectorAll('[part~="item"]')[3];
    expect(fourth.querySelector('a')).to.equal(null);
    expect(fourth.querySelector('[part~="link"]')!.textContent).to.equal('(Không có tiêu đề)');
    expect(fourth.querySelector<HTMLTimeElement>('time[part~="date"]')!.dateTime).to.equal('2018-10-17T10:30:00.000Z');
    expect(fourth.textContent!.replace(/\s+/g, ' ').trim()).to.equal('(Không có tiêu đề) (17/10/2018)');

    stub?.restore();
    const cards = (await show('fr-scienceshumaines-latin1-bytes-no-encoding-declared.xml', 'application/rss+xml', 'cards')).el;
    const card = cards.shadowRoot!.querySelectorAll('article-card')[3];
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const title = card.shadowRoot!.querySelector('[part~="title"]')!;
    expect(title.textContent!.trim()).to.equal('(Không có tiêu đề)');
    expect(title.querySelector('a')).to.equal(null);
    expect(card.shadowRoot!.querySelector('time')!.dateTime).to.equal('2018-10-17T10:30:00.000Z');
  });

  it('shows Google Alerts titles as text, and its double-escaped content as the characters meant', async () => {
    const { el } = await show('google-alerts-atom-html-bold-in-titles.xml', 'application/atom+xml; charset=utf-8');
    const titles = [...el.shadowRoot!.querySelectorAll('a[part~="link"]')].map((a) => a.textContent!);
    expect(titles.filter((title) => title.includes('Slack'))).to.have.length(17);
    for (const title of titles) expect(title).not.to.match(/<\/?b>|&(nbsp|#39|amp|lt);/);
    expect(el.shadowRoot!.querySelectorAll('[part~="item"] b')).to.have.length(0);

    const card = await fixture(
      html`<article-card
        variant="full"
        src="/feed"
        item-id="tag:google.com,2013:googlealerts/feed:13685523368333461374"
      ></article-card>`,
    );
    await nextEvent(card, 'portal-load');
    const body = card.shadowRoot!.querySelector('[part~="body"]')!.textContent!;
    expect(body).to.contain("the Company's decision to go public via\u00a0...");
    expect(body).not.to.match(/&(nbsp|#39);/);
  });

  it('trims the padding a browser copy puts around values', async () => {
    const { el } = await show('vn-vnexpress-tin-moi-nhat-2017-02-18-browser-copy.rss', 'application/rss+xml; charset=utf-8');
    for (const link of el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="link"]')) {
      expect(link.textContent).to.equal(link.textContent!.trim());
      expect(link.getAttribute('href')).to.match(/^http:\/\/(\w+\.)?vnexpress\.net\/\S+\.html$/);
    }
  });
});
