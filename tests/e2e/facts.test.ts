/**
 * The facts of the source report (shared/seed/FACTS.md, F1–F16) are on the site, stated
 * correctly, and the programme has the size the event announced.
 */
import { expect, test } from './support/test.ts';

/** Each fact, and the words that must appear for it to be stated (whitespace-insensitive). */
const FACTS: Record<string, string[]> = {
  F1: ['Xiamen Talent Service Month 2023', 'Overseas Students Return to Xiamen'],
  F2: ['opening ceremony on 6 July 2023'],
  F3: [
    'More than 300 people',
    'Singapore Academy of Engineering',
    'Outstanding Young Talents',
    'foreign students',
    'young doctoral talent',
    'foreign science and technology officials',
    'scientific research institutes',
  ],
  F4: ['30 activities'],
  F5: ['80 items'],
  F6: ['three years in a row', 'talent policy', 'major industrial projects', 'respected'],
  F7: ['1.55 million', 'more than 56,000'],
  F8: [
    "China's Best Talent-Attracting City of the Year",
    "China's Top 10 Cities for Overseas Chinese Entrepreneurship",
    'The City with the Greatest Potential in the Eyes of Foreign Talents',
  ],
  F9: [
    'international talent',
    'Taiwan Strait',
    'project cooperation',
    'capital docking',
    'entrepreneurial competition',
    'international cooperation',
  ],
  F10: ['Embrace the world and your dream in Xiamen', 'promotional film', 'A song was performed'],
  F11: ['Sci-Tech Innovation and Cooperation Alliance for Rare Earth Industry', 'Taiwan Strait', 'industry and talent'],
  F12: ['Outstanding Young Talents', 'Xiamen Talent Scout Awards'],
  F13: ['Hai-Link Business Workshop'],
  F14: ['new materials', 'modern agriculture', 'urban environment'],
  F15: [
    'Inter-University Talent Training Program',
    'Peking University',
    'James Cook University (Singapore)',
    'Nankai University',
    'Royal Institute of Technology in Suvarnabhumi',
    'educate talents together',
    'internship practice bases',
    'joint training',
  ],
  F16: ['Guilu (Returned Talents to Xiamen)'],
};

/** The same facts as the Chinese about page states them, in the names the site uses throughout. */
const FACTS_IN_CHINESE: Record<string, string[]> = {
  F1: ['2023厦门人才服务月', '海外学子回厦门'],
  F2: ['2023年7月6日', '开幕式'],
  F3: ['300余人', '新加坡工程院', '优秀青年人才', '外国留学生', '青年博士人才引进计划', '外国科技官员', '科研院所'],
  F4: ['30场活动'],
  F5: ['80项人才服务指南'],
  F6: ['第三届', '连续三年', '人才政策', '重大产业项目', '尊重人才'],
  F7: ['155万', '超过5.6万'],
  F8: ['中国年度最佳引才城市', '中国海外华人创业十佳城市', '外籍人才眼中最具潜力城市'],
  F9: ['国际人才', '海峡两岸', '项目合作', '资本对接', '创业大赛', '国际合作'],
  F10: ['《在厦门，拥抱世界与梦想》', '宣传片', '歌曲'],
  F11: ['稀土产业科技创新合作联盟', '台湾海峡两岸', '产业与人才'],
  F12: ['优秀青年人才奖', '厦门“引才伯乐奖”'],
  F13: ['海联商务工作坊'],
  F14: ['新材料', '现代农业', '城市环境'],
  F15: [
    '校际人才联合培养计划',
    '北京大学',
    '詹姆斯库克大学（新加坡）',
    '南开大学',
    '素万那普皇家理工大学',
    '共育人才',
    '实习实践基地',
    '联合培养',
  ],
  F16: ['“归鹭”国际人才品牌'],
};

test('the Chinese about page states every fact of the source report', async ({ page }) => {
  await page.goto('/zh-cn/about/');
  const text = (await page.getByRole('main').innerText()).replace(/\s+/g, '');
  const missing = Object.entries(FACTS_IN_CHINESE).flatMap(([fact, phrases]) =>
    phrases.filter((phrase) => !text.includes(phrase)).map((phrase) => `${fact}: ${phrase}`),
  );
  expect(missing).toEqual([]);
  await expect(page.getByRole('main').getByText(/均为示意性质/)).toHaveCount(1);
});

test('the about page states every fact of the source report', async ({ page }) => {
  await page.goto('/about/');
  // Typographic quotes (’ “ ”) count as the plain ones the facts are written with.
  const text = (await page.getByRole('main').innerText()).replace(/\s+/g, ' ').replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
  const missing = Object.entries(FACTS).flatMap(([fact, phrases]) =>
    phrases.filter((phrase) => !text.includes(phrase)).map((phrase) => `${fact}: ${phrase}`),
  );
  expect(missing).toEqual([]);
});

test('the about page says once, plainly, that the programme details are illustrative', async ({ page }) => {
  await page.goto('/about/');
  await expect(page.getByRole('main').getByText(/is illustrative/)).toHaveCount(1);
});

test('the home page shows the headline figures', async ({ page }) => {
  await page.goto('/');
  const figures = page.getByRole('main').getByRole('list').filter({ hasText: "people in Xiamen's workforce" });
  for (const figure of ['30', '80', '3', 'more than 300', '1,550,000', 'more than 56,000']) {
    await expect(figures.getByRole('listitem').filter({ has: page.getByText(figure, { exact: true }) })).toHaveCount(1);
  }
});

test('the programme lists the 30 activities and the guidance list its 80 items', async ({ page }) => {
  await page.goto('/programme/');
  await expect(page.getByRole('main').getByRole('heading', { level: 3 })).toHaveCount(30);
  await page.goto('/guidance/');
  await expect(page.getByRole('main').getByRole('heading', { level: 3 })).toHaveCount(80);
});

test('the opening ceremony page carries its agenda and links the universities and awards', async ({ page }) => {
  await page.goto('/programme/opening-ceremony/');
  const main = page.getByRole('main');
  for (const name of [
    'Peking University',
    'Nankai University',
    'James Cook University (Singapore)',
    'Royal Institute of Technology in Suvarnabhumi',
  ]) {
    await expect(main.getByRole('link', { name })).toBeVisible();
  }
  await expect(main.getByRole('link', { name: 'Xiamen Talent Scout Awards' })).toBeVisible();
  await expect(main.getByRole('heading', { name: 'Agenda' })).toBeVisible();
});
