import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../api/search.ts';
import {
  chipsOf,
  filtersFromState,
  queryFromState,
  stateFromQuery,
  withoutChip,
  withRestored,
} from './search-state.ts';

const answer = {
  understood: '徒步 · 鞋子 · 防滑 · ≤ 500',
  intent: { attributes: [{ key: 'anti_slip', label: '防滑', implied: true }] },
  facets: { category: [], brand: [{ value: 'brand_1', label: '山野', count: 3 }], price: [], attributes: [] },
} as unknown as SearchAnswer;

describe('search state', () => {
  it('round-trips through the URL query', () => {
    const state = stateFromQuery({
      q: '徒步鞋',
      sort: 'price_asc',
      attr: ['waterproof:true'],
      brand: 'brand_1',
    });
    expect(state).toEqual({
      q: '徒步鞋',
      sort: 'price_asc',
      brand: 'brand_1',
      category: undefined,
      price: undefined,
      attr: ['waterproof:true'],
    });
    expect(stateFromQuery(queryFromState(state) as never)).toEqual(state);
    expect(stateFromQuery({ q: 'x', sort: 'nonsense' }).sort).toBeUndefined();
  });

  it('turns a price facet into an inclusive minor-unit range', () => {
    expect(filtersFromState({ q: '', attr: [], price: '10000-20000' })).toMatchObject({
      priceMin: 10000,
      priceMax: 19999,
    });
    expect(filtersFromState({ q: '', attr: [], price: '50000-' })).toEqual({ attr: [], priceMin: 50000 });
  });

  it('shows the understood intent, then the filters, as chips', () => {
    const chips = chipsOf(answer, { q: '适合户外徒步的鞋子', attr: ['waterproof:true'], brand: 'brand_1' });
    expect(chips.map((c) => [c.label, c.implied])).toEqual([
      ['徒步', false],
      ['鞋子', false],
      ['防滑', true],
      ['≤ 500', false],
      ['山野', false],
      ['waterproof', false],
    ]);
  });

  it('removes a typed intent by deleting its words, otherwise by searching for the rest of the intent', () => {
    const state = { q: '适合户外徒步的鞋子 500以内', attr: [] };
    const chips = chipsOf(answer, state);
    expect(withoutChip(state, chips[0]!, chips).q).toBe('适合户外的鞋子 500以内');
    expect(withoutChip(state, chips[3]!, chips).q).toBe('徒步 鞋子');
    const filtered = { q: 'x', attr: ['waterproof:true', 'anti_slip:true'], brand: 'b' };
    expect(withoutChip(filtered, { id: 'attr:waterproof:true', label: '', implied: false }, []).attr).toEqual(
      ['anti_slip:true'],
    );
    expect(withoutChip(filtered, { id: 'brand', label: '', implied: false }, []).brand).toBeUndefined();
  });

  it('gives up an implied part with drop, keeps it in the URL, and puts it back', () => {
    const withParts = {
      ...answer,
      parts: [
        { id: 'scene:hiking', kind: 'scene', label: '徒步', implied: false },
        { id: 'attr:anti_slip', kind: 'attribute', label: '防滑', implied: true },
      ],
    } as unknown as typeof answer;
    const state = { q: '适合户外徒步的鞋子', attr: [] };
    const chips = chipsOf(withParts, state);
    expect(chips.map((c) => c.part)).toEqual(['scene:hiking', 'attr:anti_slip']);
    const dropped = withoutChip(state, chips[1]!, chips);
    expect(dropped).toEqual({ ...state, drop: ['attr:anti_slip'] });
    expect(queryFromState(dropped)).toMatchObject({ drop: 'attr:anti_slip' });
    expect(stateFromQuery({ q: 'x', drop: 'attr:anti_slip,scene:hiking' }).drop).toEqual([
      'attr:anti_slip',
      'scene:hiking',
    ]);
    expect(filtersFromState(dropped)).toMatchObject({ drop: 'attr:anti_slip' });
    expect(withRestored(dropped, 'attr:anti_slip').drop).toEqual([]);
    // A typed part still goes by deleting its words.
    expect(withoutChip(state, chips[0]!, chips)).toEqual({ ...state, q: '适合户外的鞋子' });
  });
});
