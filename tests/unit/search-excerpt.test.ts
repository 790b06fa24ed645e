import { describe, expect, test } from 'vitest';
import { tidyExcerpt } from '../../src/lib/search-excerpt.ts';

const CHINESE = { sentenceEnd: '。', ellipsis: '……' };
const ENGLISH = { sentenceEnd: '. ', ellipsis: '…' };

describe('tidyExcerpt', () => {
  test('drops the cut-off tail of the block before ("项. ") and writes Chinese full stops for pagefind’s', () => {
    const content = '这是前面很长的一段说明文字，用来占位置。第32\u200B项. 使用\u200B住房\u200B公积金. 住房公积金由您和单位缴存';
    const excerpt = tidyExcerpt(
      { html: '项. 使用<mark>住房</mark>公积金. 住房公积金由您', plain: '项. 使用住房公积金. 住房公积金由您', content },
      CHINESE,
    );
    expect(excerpt).toBe('使用<mark>住房</mark>公积金。住房公积金由您……');
  });

  test('reaches back to the start of the sentence when it is a few characters away', () => {
    const content = '经认定. 申请\u200B高层\u200B次\u200B人才\u200B住房\u200B补贴. 经认定为厦门市高层次人才的';
    const excerpt = tidyExcerpt({ html: '次<mark>人才</mark>住房补贴. 经认定为', plain: '次人才住房补贴. 经认定为', content }, CHINESE);
    expect(excerpt).toBe('申请高层次<mark>人才</mark>住房补贴。经认定为……');
  });

  test('marks a cut with an ellipsis, but not after a whole sentence', () => {
    const content = 'A sentence that started a long way back and then went on to the forum on rare earths. More after it.';
    expect(tidyExcerpt({ html: 'the forum on <mark>rare</mark> earths.', plain: 'the forum on rare earths.', content }, ENGLISH)).toBe(
      '…the forum on <mark>rare</mark> earths.',
    );
    expect(
      tidyExcerpt({ html: 'went on to the forum on <mark>rare</mark>', plain: 'went on to the forum on rare', content }, ENGLISH),
    ).toBe('…went on to the forum on <mark>rare</mark>…');
  });

  test('leaves an excerpt that is the whole text as it is', () => {
    expect(tidyExcerpt({ html: 'Rare <mark>earth</mark> forum.', plain: 'Rare earth forum.', content: 'Rare earth forum.' }, ENGLISH)).toBe(
      'Rare <mark>earth</mark> forum.',
    );
  });
});
