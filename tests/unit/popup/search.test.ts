import { describe, expect, it } from 'vitest';
import { pack } from '../../../lib/facts/pack';
import { searchPack } from '../../../lib/popup/search';

const ids = (query: string) => searchPack(pack, query, 1000).hits.map((h) => `${h.kind}:${h.id}`);

describe('searchPack', () => {
  it('matches nothing for a blank or punctuation-only query', () => {
    expect(searchPack(pack, '')).toEqual({ hits: [], total: 0 });
    expect(searchPack(pack, '  ,;  ')).toEqual({ hits: [], total: 0 });
  });

  it('finds facts, timeline events and court cases', () => {
    const kinds = new Set(searchPack(pack, 'texas', 1000).hits.map((h) => h.kind));
    expect(kinds).toEqual(new Set(['fact', 'event', 'case']));
  });

  it('puts a phrase match first: "Biden v. Texas" before "Texas v. Biden"', () => {
    const [first] = searchPack(pack, 'Biden v. Texas').hits;
    const text = first!.kind === 'case' ? first!.item.name : JSON.stringify(first!.item);
    expect(text).toContain('Biden v. Texas');
    expect(ids('biden v texas')).toEqual(ids('Biden v. Texas'));
  });

  it('ignores case and accents, matches word beginnings and numbers with any separator', () => {
    expect(ids('JUAREZ')).toEqual(ids('Juárez'));
    expect(ids('juarez')).toContain('fact:case-juarez-2021');
    expect(ids('kidnap')).toEqual(expect.arrayContaining(ids('kidnapped')));
    expect(ids('27,898')).toContain('fact:in-absentia-trac-2021');
    expect(ids('27898')).toEqual(ids('27,898'));
    expect(ids('27 898')).toEqual(ids('27,898'));
  });

  it('searches both languages whatever the interface language', () => {
    expect(ids('secuestro')).not.toHaveLength(0);
    expect(ids('quédate')).toEqual(ids('quedate'));
  });

  it('requires every word: more words never add results', () => {
    const broad = ids('court');
    const narrow = ids('court ninth');
    expect(narrow.length).toBeGreaterThan(0);
    expect(narrow.length).toBeLessThan(broad.length);
    expect(broad).toEqual(expect.arrayContaining(narrow));
    expect(ids('court zzzqqq')).toEqual([]);
  });

  it('limits the hits but reports the total', () => {
    const all = searchPack(pack, 'the', 1000);
    const few = searchPack(pack, 'the', 5);
    expect(few.hits).toHaveLength(5);
    expect(few.total).toBe(all.total);
    expect(all.total).toBeGreaterThan(5);
  });
});
