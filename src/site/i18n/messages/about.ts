/** The about page: what the site is, how facts are sourced, what the labels mean, the data exports. */
import { defineMessages } from '../define.ts';

export const about = defineMessages({
  en: {
    'about.title': 'About and method',
    'about.heading': 'About {site}',
    'about.lede':
      'An open knowledge base of who can use which AI API from where, and what providers offer to win the developers who are cut off. It began with one story: in June 2024 OpenAI told developers in unsupported regions, mainland China among them, that it would block their API traffic from July 9, and Chinese providers answered within days with free tokens and migration programs.',
    'about.sourcing': 'How facts are sourced',
    'about.src1':
      'Every event and every provider fact links at least one source: the publisher, the headline and the date.',
    'about.src2':
      "Curators write titles and summaries in their own words and prefer the original outlet or the provider's own page.",
    'about.src3':
      'When only the month of an event is known, it is shown as a month (“June 2024”, day unknown); no day is invented.',
    'about.src4a': 'Benchmark figures are',
    'about.src4b': 'vendor claims',
    'about.src4c':
      ': what a provider said about its own model, linked to where it said it. This site does not measure models.',
    'about.src5a': 'News feeds and watched provider pages propose new events automatically. They appear on the',
    'about.src5b': 'newswire',
    'about.src5c': ', labelled unreviewed, until a curator confirms or rejects them.',
    'about.src6':
      'The Chinese pages show our own Chinese titles and summaries; where one is missing, the English is shown with a note.',
    'about.labels': 'What the labels mean',
    'about.type.restriction': 'a provider or government limits who may use an AI API, or from where',
    'about.type.lifting': 'a restriction is removed or eased',
    'about.type.incentive': 'a provider offers free tokens, discounts or migration help to win users',
    'about.type.policy': 'a law, regulation or official rule about AI services',
    'about.type.enforcement': 'a restriction is actually applied (traffic blocked, accounts closed)',
    'about.type.availability': 'a provider starts or stops serving a region',
    'about.type.report': 'a report or disclosure relevant to access (threat reports, studies)',
    'about.published': 'curated or confirmed by a person; shown on the timeline',
    'about.unreviewed': 'found by the ingester in a feed or on a watched page; not yet checked',
    'about.announced': 'when the event was announced or first reported',
    'about.effective': 'when it takes effect: a block, a deadline, a law coming into force',
    'about.surfaces': 'API, app',
    'about.surfacesText':
      'which access an availability status concerns: a developer API, or a consumer chatbot or app (an app can open where the API stays closed); the maps show the API by default and the app one link away',
    'about.available':
      "on the provider's own list of supported places (with the day we last read it), or stated by a source",
    'about.limited': 'open to some users only, e.g. banned on government devices',
    'about.notSupported': "absent from the provider's own list, as read on the day shown",
    'about.blocked': 'a stated block of the place or of traffic from it, with the date and source of that statement',
    'about.unknown':
      'nothing known: the provider publishes no list we could find, or the place lies beyond the part of its list we could read',
    'about.exports': 'Data exports',
    'about.exportsIntro':
      'Everything on this site is available as data. The shapes only grow: fields are added, never renamed.',
    'about.exEventsJson':
      'each event has id, url (its page) and every frontmatter field (title, date, date_precision, effective, type, status, providers, regions, models, tags, summary, sources, origin, matched_terms). Published and unreviewed events; rejected ones are left out.',
    'about.exEventsCsv': 'the same events, one row each, columns {columns}; lists are joined with “; ”.',
    'about.exProviders':
      'each provider has id, url and every frontmatter field (name, models, incentives, benchmark_claims, openai_compatible, availability, sources…).',
    'about.exAvailability':
      'one row per availability entry with provider, region, surface, status, since, checked, note and source; places without a row are unknown.',
    'about.exAnd': 'and',
    'about.exFeed': 'RSS 2.0 of the published timeline.',
    'about.exSitemap': 'every page.',
    'about.privacy': 'Privacy',
    'about.privacyText':
      'The site is static. It sets no cookies, loads nothing from other hosts, and runs no analytics.',
  },
  zh: {
    'about.title': '关于与方法',
    'about.heading': '关于 {site}',
    'about.lede':
      '一个开放的知识库，记录谁能在哪里使用哪家的 AI API，以及服务商为争取被切断访问的开发者提供了什么。它源于一个事件：2024 年 6 月，OpenAI 通知包括中国大陆在内的不支持地区的开发者，将从 7 月 9 日起封锁其 API 流量；几天之内，中国的服务商纷纷推出免费 token 和迁移计划予以回应。',
    'about.sourcing': '事实的来源',
    'about.src1': '每个事件和每条服务商信息都至少链接一个来源：发布者、标题和日期。',
    'about.src2': '编辑用自己的话撰写标题和摘要，并优先引用原始媒体或服务商自己的页面。',
    'about.src3': '如果只知道事件发生的月份，就只显示月份（如“2024年6月”，具体日期不详），不会编造日期。',
    'about.src4a': '基准测试成绩均为',
    'about.src4b': '厂商自述',
    'about.src4c': '：即服务商对自家模型的说法，并附上出处。本站不对模型进行测评。',
    'about.src5a': '新闻订阅源和受监测的服务商页面会自动提出新事件。它们会标注为“未经审核”并显示在',
    'about.src5b': '新闻线索',
    'about.src5c': '中，直到编辑确认或否决。',
    'about.src6': '中文页面显示我们自己撰写的中文标题和摘要；暂无译文时显示英文原文并加以说明。',
    'about.labels': '标签的含义',
    'about.type.restriction': '服务商或政府限制谁可以使用某个 AI API，或可以从哪里使用',
    'about.type.lifting': '限制被取消或放宽',
    'about.type.incentive': '服务商提供免费 token、折扣或迁移协助以争取用户',
    'about.type.policy': '关于 AI 服务的法律、法规或官方规定',
    'about.type.enforcement': '限制被实际执行（流量被封锁、账号被关闭）',
    'about.type.availability': '服务商开始或停止为某个地区提供服务',
    'about.type.report': '与访问相关的报告或披露（威胁报告、研究）',
    'about.published': '经人工整理或确认；显示在时间线上',
    'about.unreviewed': '由抓取程序在订阅源或受监测页面中发现；尚未核实',
    'about.announced': '事件公布或首次被报道的日期',
    'about.effective': '开始生效的日期：封锁、截止日期或法律生效',
    'about.surfaces': 'API 与应用',
    'about.surfacesText':
      '可用性状态所指的访问方式：开发者 API，或面向消费者的聊天机器人或应用（应用可能在 API 仍未开放的地方上线）；地图默认显示 API，应用版只需再点一下',
    'about.available': '列在服务商自己的支持地区列表上（注明我们最后读取的日期），或有来源明确说明',
    'about.limited': '只对部分用户开放，例如禁止在政府设备上使用',
    'about.notSupported': '在所示日期读取时，不在服务商自己的列表上',
    'about.blocked': '明确声明封锁该地区或来自该地区的流量，并注明该声明的日期和来源',
    'about.unknown': '无从得知：服务商未公布我们能找到的列表，或该地区超出了我们能读取的列表范围',
    'about.exports': '数据导出',
    'about.exportsIntro': '本站所有内容都以数据形式提供。数据结构只增不改：只会新增字段，绝不重命名。',
    'about.exEventsJson':
      '每个事件都包含 id、url（其页面）以及所有 frontmatter 字段（title、date、date_precision、effective、type、status、providers、regions、models、tags、summary、sources、origin、matched_terms）。包括已发布和未经审核的事件，已否决的不包括在内。',
    'about.exEventsCsv': '同样的事件，每个一行，列为 {columns}；列表以“; ”连接。',
    'about.exProviders':
      '每个服务商都包含 id、url 以及所有 frontmatter 字段（name、models、incentives、benchmark_claims、openai_compatible、availability、sources 等）。',
    'about.exAvailability':
      '每条可用性记录一行，包括服务商、地区、访问方式、状态、起始日期、核查日期、备注和来源；没有记录的地区即为未知。',
    'about.exAnd': '和',
    'about.exFeed': '已发布时间线的 RSS 2.0 订阅。',
    'about.exSitemap': '所有页面。',
    'about.privacy': '隐私',
    'about.privacyText': '本站是静态网站。不设置 Cookie，不从其他主机加载任何内容，也不运行任何统计分析。',
  },
});
