import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cardFonts } from '../../src/integrations/card-fonts.ts';
import { TITLE_WIDTH, cardCharacters, cardSvg, renderCard } from '../../src/integrations/card-image.ts';
import { pngSize } from '../../src/lib/png-size.ts';
import { activityDateLine, cardPath, estimateLines, fitTitle, readCard, windowLine, type CardText } from '../../src/lib/social-card.ts';

const NODE_MODULES = resolve(import.meta.dirname, '../../node_modules');

describe('cardPath', () => {
  test('names a page’s card after its path, in each language and under a sub-path', () => {
    expect(cardPath('/programme/opening-ceremony/', '/')).toBe('/og/programme/opening-ceremony.png');
    expect(cardPath('/zh-cn/programme/opening-ceremony/', '/')).toBe('/og/zh-cn/programme/opening-ceremony.png');
    expect(cardPath('/talent-month/zh-cn/guidance/', '/talent-month/')).toBe('/talent-month/og/zh-cn/guidance.png');
  });

  test('gives the home pages and the not-found page a name of their own', () => {
    expect(cardPath('/', '/')).toBe('/og/index.png');
    expect(cardPath('/talent-month/zh-cn/', '/talent-month/')).toBe('/talent-month/og/zh-cn.png');
    expect(cardPath('/404.html', '/')).toBe('/og/404.png');
    expect(cardPath('/zh-cn/404/', '/')).toBe('/og/zh-cn/404.png');
  });
});

describe('the date lines', () => {
  const start = new Date('2023-07-06T09:30:00+08:00');
  const end = new Date('2023-07-06T11:30:00+08:00');

  test('give an activity’s span in Xiamen time, said as each language says it', () => {
    expect(activityDateLine(start, end, 'en', 'Asia/Shanghai')).toMatch(/^Thursday,? 6 July 2023, 09:30–11:30 Xiamen time$/);
    expect(activityDateLine(start, end, 'zh-cn', 'Asia/Shanghai')).toBe('2023年7月6日星期四 09:30–11:30（厦门时间）');
  });

  test('give the festival’s dates with the year once, where each language puts it', () => {
    expect(windowLine('2023-07-06', '2023-08-05', 'en')).toBe('6 July – 5 August 2023');
    expect(windowLine('2023-07-06', '2023-08-05', 'zh-cn')).toBe('2023年7月6日至8月5日');
  });

  test('give both years when the festival runs into the next', () => {
    expect(windowLine('2023-12-28', '2024-01-05', 'en')).toBe('28 December 2023 – 5 January 2024');
    expect(windowLine('2023-12-28', '2024-01-05', 'zh-cn')).toBe('2023年12月28日至2024年1月5日');
  });
});

describe('fitTitle', () => {
  test('keeps a short title whole at the largest size', () => {
    expect(fitTitle('Programme', TITLE_WIDTH)).toEqual({ text: 'Programme', size: 76 });
    expect(fitTitle('活动日程', TITLE_WIDTH)).toEqual({ text: '活动日程', size: 76 });
  });

  test('makes a longer title smaller rather than cutting it', () => {
    const title = 'Matchmaking Conference for Overseas High-Level Talent Projects in Emerging Industries';
    const fitted = fitTitle(title, TITLE_WIDTH);
    expect(fitted.text).toBe(title);
    expect(fitted.size).toBeLessThan(76);
    expect(estimateLines(title, 76, TITLE_WIDTH)).toBeGreaterThan(2);
  });

  test('cuts a title too long for the smallest size at a word, ending it with an ellipsis', () => {
    const title = Array.from({ length: 40 }, (_, index) => `Word${String(index)}`).join(' ');
    const fitted = fitTitle(title, TITLE_WIDTH);
    expect(fitted.size).toBe(46);
    expect(fitted.text).toMatch(/^Word0 Word1 .* Word\d+…$/);
    expect(title.startsWith(fitted.text.slice(0, -1))).toBe(true);
    expect(estimateLines(fitted.text, 46, TITLE_WIDTH)).toBeLessThanOrEqual(4);
  });

  test('cuts a long Chinese title between characters and drops punctuation before the ellipsis', () => {
    const title = '海外高层次人才项目对接暨签约大会，'.repeat(8);
    const fitted = fitTitle(title, TITLE_WIDTH);
    expect(fitted.text.endsWith('…')).toBe(true);
    expect(fitted.text).not.toMatch(/，…$/);
    expect(title.startsWith(fitted.text.slice(0, -1))).toBe(true);
    expect(estimateLines(fitted.text, fitted.size, TITLE_WIDTH)).toBeLessThanOrEqual(4);
  });

  test('counts a Chinese character as about twice a Latin letter', () => {
    expect(estimateLines('人'.repeat(20), 50, 1000)).toBe(1);
    expect(estimateLines('人'.repeat(21), 50, 1000)).toBe(2);
    expect(estimateLines('a'.repeat(35), 50, 1000)).toBe(1);
  });
});

describe('readCard', () => {
  const page = (attributes: string): string =>
    `<head><meta property="og:title" content="x">${attributes}<meta property="og:image:width" content="1200"></head>`;

  test('reads what the page says its card shows and takes the attribute out', () => {
    const data = '{&quot;title&quot;:&quot;Q&amp;A &lt;day&gt;&quot;,&quot;locale&quot;:&quot;en&quot;}';
    const found = readCard(page(`<meta property="og:image" content="https://a.example/og/x.png" data-card="${data}">`));
    expect(found?.image).toBe('https://a.example/og/x.png');
    expect(found?.text).toEqual({ title: 'Q&A <day>', locale: 'en' });
    expect(found?.html).toBe(page('<meta property="og:image" content="https://a.example/og/x.png">'));
  });

  test('finds no card on a page without one', () => {
    expect(readCard(page(''))).toBeUndefined();
  });
});

describe('a drawn card', () => {
  const cards: CardText[] = [
    {
      locale: 'en',
      site: 'Xiamen Talent Service Month 2023',
      title: 'Opening Ceremony of Xiamen Talent Service Month 2023',
      kicker: 'Ceremonies',
      date: 'Thursday 6 July 2023, 09:30–11:30 Xiamen time',
      footer: '6 July – 5 August 2023',
      category: 'ceremony',
    },
    { locale: 'zh-cn', site: '2023厦门人才服务月', title: '2023厦门人才服务月开幕式', kicker: '仪式活动', footer: '2023年7月6日至8月5日' },
  ];

  test('is a 1200×630 PNG in either language, with every character in a font', async () => {
    const fonts = await cardFonts(NODE_MODULES, cards.map(cardCharacters).join(''), [400, 700]);
    expect(fonts.missing).toEqual([]);
    for (const card of cards) {
      const svg = await cardSvg(card, fonts);
      // Satori draws text as outlines: a title drawn in no font would leave (almost) no outline.
      const outlines = [...svg.matchAll(/ d="([^"]*)"/g)].reduce((length, match) => length + (match[1]?.length ?? 0), 0);
      expect(outlines).toBeGreaterThan(20_000);
      expect(pngSize(await renderCard(svg))).toEqual({ width: 1200, height: 630 });
    }
  }, 60_000);

  test('says which characters no font has', async () => {
    const { missing } = await cardFonts(NODE_MODULES, 'A\u{e000}', [700]);
    expect(missing).toEqual(['\u{e000}']);
  });
});

describe('pngSize', () => {
  test('refuses what is not a PNG', () => {
    expect(() => pngSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toThrow('not a PNG image');
  });
});
