import { expect, test } from 'vitest';
import { openaiBlock } from '../../../tests/helpers/events.ts';
import { describeEvent } from '../event-describe.ts';
import { formatDate, monthLabel } from '../format.ts';
import { localePaths, localeOfPath } from '../urls.ts';
import { eventSummary, eventTitle } from './content.ts';
import { checkMessages, type defineMessages } from './define.ts';
import { allMessages, messageProblems, t } from './index.ts';
import { placeName, typeLabel } from './names.ts';

test('every dictionary key has both languages', () => {
  expect(messageProblems()).toEqual([]);
  expect(Object.keys(allMessages('zh')).sort()).toEqual(Object.keys(allMessages('en')).sort());
});

test('checkMessages reports a key missing in Chinese, an empty string and a key defined twice', () => {
  const a = { en: { 'x.one': 'One', 'x.two': 'Two' }, zh: { 'x.one': '一', 'x.two': ' ' } };
  const b = { en: { 'x.one': 'Again' }, zh: { 'x.one': '再' } };
  const missing = { en: { 'y.only': 'Only' }, zh: {} } as unknown as ReturnType<typeof defineMessages<'y.only'>>;
  expect(checkMessages({ a, b, missing })).toEqual([
    'i18n a: "x.two" is empty in zh',
    'i18n b: "x.one" is also defined in a',
    'i18n missing: "y.only" has no Chinese (zh) text',
  ]);
});

test('dates in Chinese keep their precision: day, month only, approximate', () => {
  expect(formatDate('2024-07-09', 'day', 'zh')).toBe('2024年7月9日');
  expect(formatDate('2024-07-09', 'month', 'zh')).toBe('2024年7月');
  expect(formatDate('2024-07-09', 'approximate', 'zh')).toBe('约2024年7月9日');
  expect(monthLabel('2024-12', 'zh')).toBe('2024年12月');
  expect(formatDate('2024-07-09', 'approximate')).toBe('c. 9 July 2024');
});

test('labels and place names come from the dictionary and i18n-iso-countries', () => {
  expect(typeLabel('restriction', 'zh')).toBe('限制');
  expect(typeLabel('restriction', 'en')).toBe('Restriction');
  expect(placeName('CN', 'zh')).toBe('中国大陆');
  expect(placeName('CN', 'en')).toBe('Mainland China');
  expect(placeName('EU', 'zh')).toBe('欧盟');
  expect(placeName('DE', 'zh')).toBe('德国');
  expect(t('zh', 'timeline.filterHeading', { label: '限制' })).toBe('时间线：限制');
});

test('the same page in both languages', () => {
  expect(localePaths('/zh/events/x/')).toEqual({ en: '/events/x/', zh: '/zh/events/x/' });
  expect(localePaths('/events/x/')).toEqual({ en: '/events/x/', zh: '/zh/events/x/' });
  expect(localePaths('/zh/')).toEqual({ en: '/', zh: '/zh/' });
  expect(localePaths('/')).toEqual({ en: '/', zh: '/zh/' });
  expect(localeOfPath('/zhipu/')).toBe('en');
});

const event = openaiBlock();

test('Chinese pages show the Chinese title, or the English marked as English', () => {
  expect(eventTitle(event, 'zh')).toEqual({ text: 'OpenAI blocks API traffic', lang: 'en', fallback: true });
  expect(eventTitle(event, 'en')).toEqual({ text: 'OpenAI blocks API traffic', fallback: false });
  const zh = { ...event, title_zh: 'OpenAI 封锁 API 流量', summary_zh: 'OpenAI 封锁 API 流量。' };
  expect(eventTitle(zh, 'zh')).toEqual({ text: 'OpenAI 封锁 API 流量', fallback: false });
  expect(eventSummary(zh, 'en').text).toBe('OpenAI blocks API traffic.');
  expect(describeEvent(zh, { openai: 'OpenAI' }, 'zh')).toBe(
    '限制，公布于2024年6月25日，生效于2024年7月9日。服务商：OpenAI。地区：中国大陆、香港。OpenAI 封锁 API 流量。',
  );
});
