/** The outbound RSS feeds: channel titles and descriptions, and each item's description. */
import { defineMessages } from '../define.ts';

export const feed = defineMessages({
  en: {
    'feed.title': '{site}: {name}',
    'feed.providerDescription': 'Published events naming {name}: restrictions, availability, incentives and policy.',
    'feed.regionDescription': 'Published events about AI API access in {name}.',
    'feed.announced': '{type}, announced {date}',
    'feed.effective': ', effective {date}',
    'feed.providers': 'Providers: {list}',
    'feed.regions': 'Regions: {list}',
  },
  zh: {
    'feed.title': '{site}：{name}',
    'feed.providerDescription': '涉及 {name} 的已发布事件：限制、可用性、激励措施与政策。',
    'feed.regionDescription': '关于{name} AI API 访问情况的已发布事件。',
    'feed.announced': '{type}，公布于{date}',
    'feed.effective': '，生效于{date}',
    'feed.providers': '服务商：{list}',
    'feed.regions': '地区：{list}',
  },
});
