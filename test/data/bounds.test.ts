import { expect } from '@open-wc/testing';
import { MAX_LENGTH, cutText } from '../../src/data/bounds.js';
import { parseJsonFeed } from '../../src/data/json-feed.js';
import { parseLinks } from '../../src/data/links.js';
import { parseWordPress } from '../../src/data/wordpress.js';

const URL_ = 'https://portal.example/api/tin.json';
const V11 = 'https://jsonfeed.org/version/1.1';
const words = (n: number) => Array.from({ length: n }, (_, i) => `từ${i}`).join(' ');

describe('bounded text', () => {
  it('cuts text at a space near the limit, ending in "…"', () => {
    const cut = cutText(words(200), 300);
    expect(cut.length).to.be.at.most(300);
    expect(cut).to.match(/từ\d+…$/);
    expect(cutText('ngắn', 300)).to.equal('ngắn');
  });

  it('cuts a 2 MB title, a long summary, alt text and a body before they leave data/, and says so', () => {
    const huge = 'Tiêu đề '.repeat(260_000);
    const feed = parseJsonFeed(
      {
        version: V11,
        items: [
          {
            id: '1',
            title: huge,
            summary: huge,
            content_html: `<p>${huge}</p>`,
            image: '/a.jpg',
            _portal: { image_alt: huge, image_caption: huge },
          },
        ],
      },
      URL_,
    );
    const [item] = feed.items;
    expect(item.title.length).to.be.at.most(MAX_LENGTH.title);
    expect(item.title.endsWith('…')).to.equal(true);
    expect(item.summary!.length).to.be.at.most(MAX_LENGTH.summary);
    expect(item.imageAlt!.length).to.be.at.most(MAX_LENGTH.caption);
    expect(item.imageCaption!.length).to.be.at.most(MAX_LENGTH.caption);
    expect(item.contentHtml!.length).to.equal(MAX_LENGTH.body);
    expect(feed.problems).to.include.members([
      'items[0].title: cut to 300 characters',
      'items[0].summary: cut to 5000 characters',
      'items[0].contentHtml: cut to 500000 characters',
    ]);
  });

  it('cuts each name and tag of a list, a category name and related titles, and names each cut', () => {
    const feed = parseJsonFeed(
      {
        version: V11,
        items: [
          {
            id: '1',
            title: 'Tin',
            authors: [{ name: words(80) }, 'x', { name: ' ' }],
            tags: ['a', words(80), 3, ''],
            _portal: {
              category: { name: words(80) },
              related: [{ id: 'r', title: words(120) }],
              newer: [{ id: 'n', title: words(120) }],
            },
          },
        ],
      },
      URL_,
    );
    const [item] = feed.items;
    expect(item.authors.map((name) => name.length)).to.deep.equal([195]);
    expect(item.tags.map((tag) => tag.length)).to.deep.equal([1, 195]);
    expect(item.category!.name.length).to.equal(195);
    expect(item.related![0].title.length).to.be.at.most(MAX_LENGTH.title);
    expect(item.newer![0].title.length).to.be.at.most(MAX_LENGTH.title);
    expect(feed.problems).to.deep.equal([
      'items[0].authors[0]: cut to 200 characters',
      'items[0].tags[1]: cut to 200 characters',
      'items[0].category.name: cut to 200 characters',
      'items[0].related.title: cut to 300 characters',
      'items[0].related.title: cut to 300 characters',
    ]);
  });

  it('cuts a WordPress title and a link name the same way', () => {
    const [post] = parseWordPress([{ id: 1, link: 'https://a.vn/1/', title: { rendered: words(400) } }], URL_).items;
    expect(post.title.length).to.be.at.most(MAX_LENGTH.title);
    const list = parseLinks({ links: [{ name: words(100), url: 'https://a.vn/' }] }, URL_);
    expect(list.links[0].name.length).to.be.at.most(MAX_LENGTH.name);
    expect(list.problems).to.deep.equal(['links[0].name: cut to 200 characters']);
  });
});
