import { expect } from '@open-wc/testing';
import { setNewest } from '../../src/core/bounded.js';

describe('setNewest', () => {
  it('keeps the newest entries up to the bound; setting a key again makes it the newest', () => {
    const map = new Map<string, number>();
    for (const [key, value] of [
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ] as const)
      setNewest(map, key, value, 3);
    setNewest(map, 'a', 10, 3);
    setNewest(map, 'd', 4, 3);
    expect([...map]).to.deep.equal([
      ['c', 3],
      ['a', 10],
      ['d', 4],
    ]);
    setNewest(map, 'e', 5, 1);
    expect([...map]).to.deep.equal([['e', 5]]);
  });
});
