/** The newswire: machine-proposed events waiting for review. */
import { defineMessages } from '../define.ts';

export const newswire = defineMessages({
  en: {
    'newswire.notice1': 'Everything here is',
    'newswire.notice2': 'unreviewed, machine-proposed',
    'newswire.notice3': ': news items the ingester judged relevant from the feeds it reads. They are not part of the',
    'newswire.notice4': 'timeline',
    'newswire.notice5': ' until a curator confirms them.',
    'newswire.count': '{n} unreviewed events, newest first.',
    'newswire.countOne': '1 unreviewed event, newest first.',
    'newswire.empty': 'The newswire is empty: no machine-proposed events are waiting for review.',
    'newswire.unvetted': 'Source not vetted',
    'newswire.unvettedTitle': 'A source of this item is on a site our source-quality table does not vet',
    'newswire.matched': 'matched:',
  },
  zh: {
    'newswire.notice1': '此处所有内容均',
    'newswire.notice2': '未经审核，由机器提出',
    'newswire.notice3': '：抓取程序从其订阅的新闻源中判断为相关的条目。在编辑确认之前，它们不会进入',
    'newswire.notice4': '时间线',
    'newswire.notice5': '。',
    'newswire.count': '共 {n} 个未经审核的事件，最新的在前。',
    'newswire.countOne': '共 1 个未经审核的事件。',
    'newswire.empty': '新闻线索为空：目前没有等待审核的机器提出事件。',
    'newswire.unvetted': '来源未经核实',
    'newswire.unvettedTitle': '此条目的某个来源所在网站不在我们的来源质量表中',
    'newswire.matched': '匹配词：',
  },
});
