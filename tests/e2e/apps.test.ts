/**
 * "Use the programme in your app": reached from the footer and the programme page, in each
 * language; each app's link is right, and its QR code, read back as a phone's camera would read
 * it (drawn by sharp, decoded by jsQR), holds exactly that link.
 */
import jsQR from 'jsqr';
import sharp from 'sharp';
import { expect, test } from './support/test.ts';
import { LANGUAGES } from './support/languages.ts';

const SITE = 'https://talent-month.xiamen.example';

/** What a QR code drawn as SVG says, read from a picture of it. */
async function readQr(svg: string): Promise<string | undefined> {
  const { data, info } = await sharp(Buffer.from(svg), { density: 300 })
    .resize(400, 400)
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

for (const lang of LANGUAGES) {
  const { t } = lang;

  test.describe(lang.tag, () => {
    test('the footer on every page and the programme page lead to it', async ({ page }) => {
      await page.goto(lang.path('guidance'));
      await page
        .getByRole('contentinfo')
        .getByRole('link', { name: t('footer.apps') })
        .click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('apps.title'));
      await page.goto(lang.path('programme'));
      await page.getByRole('link', { name: t('apps.link') }).click();
      await expect(page).toHaveURL(new RegExp(`${lang.path('apps')}$`));
    });

    test('offers a calendar subscription, Giggity and the schedule XML, each with a QR code that holds its link', async ({ page }) => {
      await page.goto(lang.path('apps'));
      const schedule = `${SITE}${lang.file('schedule.xml')}`;
      const expected = [
        [t('apps.calendar.heading'), t('apps.calendar.action'), `webcal://talent-month.xiamen.example${lang.file('programme.ics')}`],
        [t('apps.giggity.heading'), t('apps.giggity.action'), `https://ggt.gaa.st/#url=${encodeURIComponent(schedule)}`],
        [t('apps.schedule.heading'), t('apps.schedule.action'), schedule],
      ] as const;
      for (const [heading, action, href] of expected) {
        const section = page.getByRole('region', { name: heading });
        await expect(section.getByRole('link', { name: action })).toHaveAttribute('href', href);
        const code = section.getByRole('img', { name: t('apps.qrLabel', { address: href }) });
        await expect(code).toBeVisible();
        expect(await readQr(await code.evaluate((svg) => svg.outerHTML))).toBe(href);
        // Shown for those who type it in, too.
        await expect(section.locator('figcaption')).toHaveText(href);
      }
    });

    test('lists every file with its format and the apps that read it, each served', async ({ page, request }) => {
      await page.goto(lang.path('apps'));
      const rows = page.getByRole('table').getByRole('row');
      await expect(rows).toHaveCount(7);
      for (const file of ['programme.ics', 'schedule.xml', 'schedule.json', 'schedule.xcal', 'programme.json', 'changes.xml']) {
        const link = page.getByRole('table').getByRole('link', { name: file, exact: true });
        await expect(link).toHaveAttribute('href', lang.file(file));
        expect((await request.get(lang.file(file))).status(), file).toBe(200);
      }
    });
  });
}
