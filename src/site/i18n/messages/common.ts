/** Strings every page shares: the language switch and the fallback note. */
import { defineMessages } from '../define.ts';

export const common = defineMessages({
  en: {
    'lang.switch': '中文',
    'lang.switchLabel': 'Read this page in Chinese',
    'lang.fallback': 'This text has not been translated yet; it is shown in English.',
    'lang.untranslated': 'not yet translated',
  },
  zh: {
    'lang.switch': 'English',
    'lang.switchLabel': '阅读本页英文版',
    'lang.fallback': '此段尚未翻译，以下显示英文原文。',
    'lang.untranslated': '暂无中文译文',
  },
});
