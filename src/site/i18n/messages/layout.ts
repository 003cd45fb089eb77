/** The frame of every page: skip link, footer, freshness line. */
import { defineMessages } from '../define.ts';

export const layout = defineMessages({
  en: {
    'layout.skip': 'Skip to content',
    'layout.footerAbout':
      'an open knowledge base of AI API access restrictions and provider incentives. Every fact links its source; vendor benchmark figures are claims, not measurements.',
    'layout.footerNav': 'Footer',
    'layout.reviewed': 'Data last reviewed {date}',
    'layout.about': 'About and method',
    'layout.feed': 'RSS feed',
    'layout.eventsJson': 'Events (JSON)',
    'layout.eventsCsv': 'Events (CSV)',
    'layout.providersJson': 'Providers (JSON)',
    'layout.status': 'Source status',
    'layout.newswire': 'Newswire (unreviewed)',
    'layout.scrollHint': 'Scroll sideways to see the whole table.',
  },
  zh: {
    'layout.skip': '跳到正文',
    'layout.footerAbout':
      '一个开放的知识库，记录 AI API 的访问限制和各服务商的优惠措施。每条信息都附有来源；厂商公布的基准成绩仅为其自述，并非实测。',
    'layout.footerNav': '页脚',
    'layout.reviewed': '数据最近核对于{date}',
    'layout.about': '关于本站与方法',
    'layout.feed': 'RSS 订阅',
    'layout.eventsJson': '事件数据（JSON）',
    'layout.eventsCsv': '事件数据（CSV）',
    'layout.providersJson': '服务商数据（JSON）',
    'layout.status': '来源状态',
    'layout.newswire': '新闻线索（未审核）',
    'layout.scrollHint': '左右滑动可查看整张表格。',
  },
});
