// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { isoDay, readPageInfo } from '../../../lib/content/page-info';

function doc(head: string, body = '', lang = 'EN-us'): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

describe('readPageInfo', () => {
  it('reads language, title and description', () => {
    const page = doc(
      '<title> Court ruling </title><meta property="og:description" content="OG"><meta name="description" content=" Plain ">',
    );
    expect(readPageInfo(page)).toEqual({
      lang: 'en-us',
      title: 'Court ruling',
      description: 'Plain',
      published: undefined,
    });
  });

  it('falls back to og:description, and leaves out what is missing or blank', () => {
    expect(readPageInfo(doc('<meta property="og:description" content="OG">'))).toMatchObject({
      description: 'OG',
    });
    expect(
      readPageInfo(doc('<title> </title><meta name="description" content=" ">', '', '')),
    ).toEqual({ lang: undefined, title: undefined, description: undefined, published: undefined });
  });

  it.each([
    [
      'meta tags in their order of preference, whatever their order in the page',
      '<meta name="date" content="2021-01-02"><meta property="article:published_time" content="2022-03-04T10:00:00Z">',
      '<time datetime="2020-01-01">x</time>',
      '2022-03-04',
    ],
    [
      'a meta tag in the body (microdata)',
      '',
      '<article><meta itemprop="datePublished" content="2023-05-06"></article>',
      '2023-05-06',
    ],
    [
      'a meta tag without a real date is passed over',
      '<meta property="article:published_time" content="2022-02-30"><meta name="pubdate" content="2019-12-31">',
      '',
      '2019-12-31',
    ],
    [
      'JSON-LD after broken JSON-LD, in @graph',
      '<script type="application/ld+json">{oops</script><script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"datePublished":"2024-07-08T12:00:00-04:00"}]}</script>',
      '<time datetime="2020-01-01">x</time>',
      '2024-07-08',
    ],
    [
      'the first <time> with a datetime',
      '',
      '<p><time>today</time><time pubdate datetime="2018-09-10">x</time><time datetime="2017-01-01">y</time></p>',
      '2018-09-10',
    ],
    [
      'nothing',
      '<meta name="keywords" content="2020-01-01">',
      '<time>2020-01-01</time>',
      undefined,
    ],
  ])('publication date: %s', (_, head, body, expected) => {
    expect(readPageInfo(doc(head, body)).published).toBe(expected);
  });

  it('looks through the document once', () => {
    const page = doc('<meta name="description" content="d">', '<p>text</p>');
    const all = vi.spyOn(page, 'querySelectorAll');
    const one = vi.spyOn(page, 'querySelector');
    readPageInfo(page);
    expect(all).toHaveBeenCalledTimes(1);
    expect(one).not.toHaveBeenCalled();
  });
});

describe('isoDay', () => {
  it.each([
    ['2025-01-21', '2025-01-21'],
    [' 2025-01-21T08:00:00Z', '2025-01-21'],
    ['2024-02-29', '2024-02-29'],
    ['2023-02-29', undefined],
    ['21/01/2025', undefined],
    [undefined, undefined],
    [null, undefined],
  ])('%s → %s', (value, expected) => {
    expect(isoDay(value)).toBe(expected);
  });
});
