import { expect } from '@open-wc/testing';
import { parseLinks } from '../../src/data/links.js';
import { formatError } from '../helpers/errors.js';

const DOC = 'https://portal.example/api/lien-ket.json';

describe('parseLinks', () => {
  it('reads the links document, resolving URLs against it', () => {
    const list = parseLinks(
      {
        title: 'Liên kết  website',
        links: [
          { name: 'Cổng Thông tin điện tử Chính phủ', url: 'https://chinhphu.vn/', logo: '/logo/cp.png', group: 'Trung ương' },
          { name: 'Sở Tài chi\u0301nh', url: '/so-tai-chinh', group: 'Sở, ngành' },
          { name: 'Đường dây nóng', url: 'tel:+842213000000' },
          { name: 'Hộp thư góp ý', url: 'mailto:gopy@portal.example', unknown: true },
        ],
      },
      DOC,
    );
    expect(list.title).to.equal('Liên kết website');
    expect(list.problems).to.deep.equal([]);
    expect(list.links).to.have.length(4);
    expect(list.links[0]).to.deep.equal({
      name: 'Cổng Thông tin điện tử Chính phủ',
      url: 'https://chinhphu.vn/',
      logo: 'https://portal.example/logo/cp.png',
      group: 'Trung ương',
    });
    expect(list.links[1].name).to.equal('Sở Tài chính');
    expect(list.links[1].url).to.equal('https://portal.example/so-tai-chinh');
    expect(list.links[2].url).to.equal('tel:+842213000000');
    expect(list.links[3].url).to.equal('mailto:gopy@portal.example');
  });

  it('skips a link with an unsafe or missing target, naming it; drops only an unsafe logo', () => {
    const list = parseLinks(
      {
        links: [
          { name: 'A', url: 'https://a.example/', logo: 'javascript:alert(1)' },
          { name: 'B' },
          { name: 'C', url: 'javascript:alert(1)' },
          { name: 'D', url: 'data:text/html,<script>alert(1)</script>' },
          { name: 'E', url: 'vbscript:msgbox(1)' },
          { name: 7, url: 'https://e.example/' },
          { url: 'https://f.example/' },
          { name: '<script>alert(1)</script>', url: 'https://g.example/' },
        ],
      },
      DOC,
    );
    expect(list.links.map((link) => link.name)).to.deep.equal(['A', '<script>alert(1)</script>']);
    expect(list.links[0].logo).to.equal(undefined);
    expect(list.problems).to.deep.equal([
      'links[1].url: missing',
      'links[2].url: not an http(s), mailto or tel URL',
      'links[3].url: not an http(s), mailto or tel URL',
      'links[4].url: not an http(s), mailto or tel URL',
      'links[5].name: expected a string',
      'links[6].name: missing',
    ]);
  });

  it('drops a title, logo or group of the wrong type and keeps the link, naming the field', () => {
    const list = parseLinks({ title: 5, links: [{ name: 'A', url: 'https://a.example/', logo: 7, group: ['x'] }] }, DOC);
    expect(list.title).to.equal(undefined);
    expect(list.links).to.deep.equal([{ name: 'A', url: 'https://a.example/', logo: undefined, group: undefined }]);
    expect(list.problems).to.deep.equal([
      'title: expected a string',
      'links[0].logo: expected a string',
      'links[0].group: expected a string',
    ]);
  });

  it('refuses a document without a links array, or where no link is usable', () => {
    expect(formatError(() => parseLinks({ title: 'x' }, DOC)).message).to.equal('links: expected an array');
    expect(formatError(() => parseLinks({ links: {} }, DOC)).message).to.equal('links: expected an array');
    expect(formatError(() => parseLinks([], DOC)).message).to.equal('document: expected an object');
    const error = formatError(() => parseLinks({ links: [{ name: 'x', url: 'javascript:void 0' }] }, DOC));
    expect(error.message).to.equal('links[0].url: not an http(s), mailto or tel URL');
    expect(error.url).to.equal(DOC);
    expect(parseLinks({ links: [] }, DOC).links).to.deep.equal([]);
  });
});
