/**
 * Locales and every interface string, in one place. Content (explainers, claims) carries its
 * own translations; this file holds only the chrome around it.
 */
export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** BCP 47 tags for `<html lang>`, hreflang and JSON-LD `inLanguage`. Pagefind keys its index on these. */
export const LANG_TAG: Record<Locale, string> = { en: 'en', zh: 'zh-Hans' };
/** Open Graph wants underscores. */
export const OG_LOCALE: Record<Locale, string> = { en: 'en_US', zh: 'zh_CN' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The locale of an explainer or page entry, from its id (`en/about`, `zh/about`): the edition's
 * folder is its language. The loaders only read `en/` and `zh/`, so anything else is a bug.
 */
export function localeOfId(id: string): Locale {
  const folder = id.split('/')[0];
  if (!isLocale(folder)) throw new Error(`${id}: the id does not start with a locale folder (${LOCALES.join('/, ')}/)`);
  return folder;
}

/**
 * The page's locale as Astro resolves it from the route (`Astro.currentLocale`), for components
 * that MDX prose embeds without props (figures, links, the rating table).
 */
export function localeOfPage(currentLocale: string | undefined, component: string): Locale {
  if (!isLocale(currentLocale))
    throw new Error(`${component}: cannot tell the page's language (${String(currentLocale)})`);
  return currentLocale;
}

const en = {
  'site.name': 'DeepSeek Moment Fact Check',
  'site.tagline': 'The claims behind the DeepSeek moment of January 2025, checked and sourced.',
  'nav.home': 'Home',
  'nav.claims': 'Claim reviews',
  'nav.people': 'People',
  'nav.methodology': 'Methodology',
  'nav.about': 'About',
  'nav.sourceText': 'Source text',
  'nav.main': 'Main',
  'skip.toContent': 'Skip to content',
  'lang.switch': '中文',
  'lang.switchLabel': '阅读中文版',
  'theme.toDark': 'Switch to dark mode',
  'theme.toLight': 'Switch to light mode',
  'nav.menu': 'Menu',
  'home.intro':
    'In January 2025 a Chinese start-up, DeepSeek, released an AI model that rattled markets and reopened the debate over US export controls. This site explains what happened and checks, one by one, the claims made about it.',
  'home.explainers': 'Explainers',
  'home.latestClaims': 'Latest claim reviews',
  'home.latestUpdates': 'Latest updates',
  'home.news.update': 'Updated',
  'home.news.review': 'New claim review',
  'home.allCorrections': 'Corrections and clarifications log',
  'home.allClaims': 'All claim reviews',
  'explainer.readingTime': '{n} min read',
  'explainer.published': 'Published',
  'explainer.updated': 'Updated',
  'explainer.asOf': 'Current as of',
  'explainer.asOfNote': 'the last day we checked this text against the public record',
  'explainer.toc': 'On this page',
  'explainer.claimsInBrief': 'The claims in brief',
  'explainer.sources': 'Sources',
  'explainer.claimsDiscussed': 'Claims reviewed in this explainer',
  'claim.said': 'Who said it',
  'claim.where': 'Where and when',
  'claim.statement': 'The claim',
  'claim.verdict': 'Our verdict',
  'claim.explanation': 'What the evidence shows',
  'claim.sources': 'Sources',
  'claim.discussedIn': 'Discussed in',
  'claim.reviewed': 'Reviewed',
  'claim.updated': 'Updated',
  'claim.readReview': 'Read the review',
  'claims.title': 'Claim reviews',
  'claims.description': 'Every checkable claim in the DeepSeek debate, rated on one published scale and sourced.',
  'claims.count': '{n} claims reviewed',
  'claims.count.one': '{n} claim reviewed',
  'people.title': 'People and organisations',
  'people.description': 'The people and organisations whose claims this site reviews.',
  'person.claims': 'Claims reviewed',
  'person.elsewhere': 'Elsewhere',
  'source.archived': 'archived copy',
  'source.primary': 'primary source',
  'source.undated': 'undated',
  'table.sources': 'Sources',
  'methodology.scale': 'The rating scale',
  'methodology.value': 'Value',
  'methodology.label': 'Rating',
  'methodology.meaning': 'What it means',
  'methodology.noValue': 'none',
  'footer.note': 'An independent explainer and fact-check site. Every figure links to its source.',
  'footer.feedback': 'Corrections policy',
  'footer.data': 'Data',
  'feed.rss': 'RSS feed',
  'feed.json': 'ClaimReview feed (JSON-LD)',
  'feed.csv': 'All claims as CSV',
  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address. It may have moved.',
  'notFound.home': 'Go to the home page',
  'breadcrumb.label': 'Breadcrumb',
  'nav.search': 'Search',
  'search.title': 'Search',
  'search.description': 'Search every explainer, claim review and person on the site, in English.',
  'search.label': 'Search the site',
  'search.placeholder': 'e.g. Tiger tank, export controls',
  'search.submit': 'Search',
  'search.browse': 'Everything on the site',
  'search.browseIntro': 'Search needs JavaScript. Without it, every explainer and claim review is listed here.',
  'search.otherLanguage': 'This searches the English pages. To search the Chinese pages, use the Chinese edition.',
  'search.filters': 'Filters',
  'search.clearFilters': 'Clear filters',
  'search.results.one': '1 result for “{q}”',
  'search.results.other': '{n} results for “{q}”',
  'search.matches.one': '1 page matches the filters',
  'search.matches.other': '{n} pages match the filters',
  'search.none': 'No results for “{q}”.',
  'search.noMatches': 'No page matches the filters.',
  'search.fewerFilters': 'Try removing a filter.',
  'search.more': 'Show more results',
  'search.error': 'Search could not load. Every explainer and claim review is listed below.',
  'filter.kind': 'Page type',
  'filter.rating': 'Rating',
  'filter.speaker': 'Who said it',
  'filter.topic': 'Topic',
  'kind.explainer': 'Explainer',
  'kind.claim': 'Claim review',
  'kind.person': 'Person or organisation',
  'kind.page': 'About the site',
  'correction.kind.correction': 'Correction',
  'correction.kind.clarification': 'Clarification',
  'correction.kind.rating-change': 'Rating changed',
  'correction.kind.update': 'Update',
  'correction.heading': 'Corrections to this page',
  'correction.more': '{n} earlier on this page',
  'correction.ratingChange': 'The rating was {from}; it is now {to}.',
  'rating.history': 'Rating history',
  'rating.historyFirst': 'At first review',
  'rating.historySince': 'From {date}',
  'corrections.title': 'Corrections log',
  'corrections.description':
    'Every correction, clarification and rating change made on this site, newest first, with a link to the page it changed.',
  'corrections.intro':
    'We correct our pages in the open. Each entry says what was wrong and what the page says now; the page itself carries the same note, dated.',
  'corrections.none': 'No corrections have been made yet.',
  'corrections.monthTitle': 'Corrections log: {month}',
  'corrections.monthDescription':
    'Every correction, clarification, rating change and update we published in {month}, newest first.',
  'corrections.latestMonth': 'Latest: {month}',
  'corrections.byMonth': 'The log by month',
  'corrections.monthCount': '{month} ({n})',
  'corrections.feedItem': '{kind}: {title}',
  'corrections.previousRating': 'Previous rating: {rating}',
  'evidence.heading': 'What the sources say',
  'evidence.intro': 'The exact words of the sources behind this review, so you can check them yourself.',
  'evidence.viaTranslation':
    'Quoted from the Chinese translation of the column, the text this site is built from; we could not read the English original.',
  'evidence.seenAt': 'Words checked in a verbatim copy at {host}',
  'evidence.note': 'Note',
  'report.error': 'Report an error',
  'report.subject': 'Error report: {title}',
  'report.body': 'Page: {url}\n\nWhat is wrong, and a source if you have one:\n',
  'footer.corrections': 'Corrections log',
  'sep.comma': ', ',
  'sep.colon': ': ',
  'sep.parenOpen': ' (',
  'sep.parenClose': ')',
  'sep.semicolon': '; ',
  'scale.position': '{value} of {best} on our scale: {label}',
  'scale.offScale': '{label}: off our scale of {best}, because the evidence to rate the claim is missing',
  'scale.offScaleShort': 'off the scale',
  'claims.byRating': 'Claims by rating',
  'scorecard.title': 'How the claims by {name} we reviewed were rated',
  'scorecard.heading': 'Scorecard',
  'claims.byTopic': 'Claims by topic',
  'claims.ratingCount': '{rating}: {n}',
  'ratingPage.title': 'Claims rated {rating}',
  'ratingPage.description': 'Every claim this site has rated {rating} on its published scale.',
  'ratingPage.definition': 'What the rating means',
  'ratingPage.none': 'No claim currently has this rating.',
  'ratingPage.scale': 'The whole rating scale',
  'topicPage.title': 'Claims about {topic}',
  'topicPage.description': 'Every claim this site has reviewed on {topic}.',
  'topicPage.explainers': 'Explainers on this topic',
  'license.content': 'Text and data',
  'license.code': 'Code',
  'license.link': 'Licence',
  'claims.reuse': 'Free to reuse with credit',
  'figure.showData': 'Show the data',
  'figure.source': 'Source',
  'figure.sourceLine': 'Source: ',
  'figure.sourcesLine': 'Sources: ',
  'figure.sourcesWithEvents': 'Sources: linked with each event above',
  'figure.csv': 'Data (CSV)',
  'figure.notShown': 'not shown',
  'figure.about': 'about {value}',
  'figure.moreThan': 'more than {value}',
  'figure.aboutShort': '~{value}',
  'figure.moreThanShort': 'over {value}',
  'figure.unverified': '{value} (unverified)',
  'figure.unverifiedShort': '{value} (unverified)',
  'figure.date': 'Date',
  'figure.kind': 'Kind',
  'figure.event': 'Event',
  'event.rule': 'Rule',
  'event.entityListing': 'Entity listing',
  'event.licenceDecision': 'Licence decision',
  'event.rescission': 'Rescission announced',
  'event.deal': 'Deal',
  'event.enforcement': 'Enforcement',
  'event.china': "Beijing's response",
  'card.said': 'Who said it: {name}',
  'card.claimAlt': 'Fact-check card. Claim: {summary} ({speaker}). Rating: {rating}.',
  'card.explainerAlt': 'Explainer card: {title}.',
  'card.siteAlt': '{name}: {tagline}',
} as const;

export type UiKey = keyof typeof en;

const zh: Record<UiKey, string> = {
  'site.name': 'DeepSeek 时刻事实核查',
  'site.tagline': '核查 2025 年 1 月 DeepSeek 时刻背后的各种说法，并列明出处。',
  'nav.home': '首页',
  'nav.claims': '说法核查',
  'nav.people': '人物与机构',
  'nav.methodology': '核查方法',
  'nav.about': '关于本站',
  'nav.sourceText': '关于原文',
  'nav.main': '主导航',
  'skip.toContent': '跳到正文',
  'lang.switch': 'English',
  'lang.switchLabel': 'Read in English',
  'theme.toDark': '切换到深色模式',
  'theme.toLight': '切换到浅色模式',
  'nav.menu': '菜单',
  'home.intro':
    '2025 年 1 月，中国初创公司 DeepSeek（深度求索）发布的一款人工智能模型震动了市场，也让美国出口管制之争再起。本站解释事情的来龙去脉，并逐条核查围绕它的各种说法。',
  'home.explainers': '解读',
  'home.latestClaims': '最新核查',
  'home.latestUpdates': '最近更新',
  'home.news.update': '更新',
  'home.news.review': '新增核查',
  'home.allCorrections': '更正与澄清记录',
  'home.allClaims': '全部说法核查',
  'explainer.readingTime': '阅读约 {n} 分钟',
  'explainer.published': '发布于',
  'explainer.updated': '更新于',
  'explainer.asOf': '内容截至',
  'explainer.asOfNote': '即我们最后一次对照公开记录核对本文的日期',
  'explainer.toc': '本页目录',
  'explainer.claimsInBrief': '核查要点',
  'explainer.sources': '资料来源',
  'explainer.claimsDiscussed': '本文涉及的说法核查',
  'claim.said': '说法出自',
  'claim.where': '出处与时间',
  'claim.statement': '说法',
  'claim.verdict': '核查结论',
  'claim.explanation': '核查详情',
  'claim.sources': '资料来源',
  'claim.discussedIn': '相关解读',
  'claim.reviewed': '核查日期',
  'claim.updated': '更新日期',
  'claim.readReview': '阅读核查详情',
  'claims.title': '说法核查',
  'claims.description': 'DeepSeek 之争中每一条可核查的说法，均按同一套公开标准评级并列明出处。',
  'claims.count': '已核查 {n} 条说法',
  'claims.count.one': '已核查 {n} 条说法',
  'people.title': '人物与机构',
  'people.description': '本站核查其说法的人物与机构。',
  'person.claims': '已核查的说法',
  'person.elsewhere': '外部链接',
  'source.archived': '存档副本',
  'source.primary': '一手资料',
  'source.undated': '未注明日期',
  'table.sources': '资料来源',
  'methodology.scale': '评级标准',
  'methodology.value': '分值',
  'methodology.label': '评级',
  'methodology.meaning': '含义',
  'methodology.noValue': '无',
  'footer.note': '独立的解读与事实核查网站。每个数字都附有出处链接。',
  'footer.feedback': '更正政策',
  'footer.data': '数据',
  'feed.rss': 'RSS 订阅',
  'feed.json': 'ClaimReview 数据源（JSON-LD）',
  'feed.csv': '全部说法（CSV）',
  'notFound.title': '找不到页面',
  'notFound.body': '该页面不存在，可能已被移动或删除。',
  'notFound.home': '返回首页',
  'breadcrumb.label': '导航路径',
  'nav.search': '搜索',
  'search.title': '搜索',
  'search.description': '在本站所有中文解读、说法核查和人物页面中搜索。',
  'search.label': '搜索本站',
  'search.placeholder': '例如：虎式坦克、出口管制',
  'search.submit': '搜索',
  'search.browse': '本站全部内容',
  'search.browseIntro': '搜索功能需要 JavaScript。未启用时，这里列出全部解读和说法核查。',
  'search.otherLanguage': '此处搜索中文页面。如需搜索英文页面，请使用英文版。',
  'search.filters': '筛选',
  'search.clearFilters': '清除筛选',
  'search.results.one': '找到 1 条与“{q}”相关的结果',
  'search.results.other': '找到 {n} 条与“{q}”相关的结果',
  'search.matches.one': '1 个页面符合筛选条件',
  'search.matches.other': '{n} 个页面符合筛选条件',
  'search.none': '没有找到与“{q}”相关的结果。',
  'search.noMatches': '没有页面符合筛选条件。',
  'search.fewerFilters': '可尝试取消部分筛选。',
  'search.more': '显示更多结果',
  'search.error': '搜索功能加载失败。下方列出了全部解读和说法核查。',
  'filter.kind': '页面类型',
  'filter.rating': '评级',
  'filter.speaker': '说法出自',
  'filter.topic': '主题',
  'kind.explainer': '解读',
  'kind.claim': '说法核查',
  'kind.person': '人物与机构',
  'kind.page': '关于本站',
  'correction.kind.correction': '更正',
  'correction.kind.clarification': '澄清',
  'correction.kind.rating-change': '评级调整',
  'correction.kind.update': '更新',
  'correction.heading': '本页的更正',
  'correction.more': '本页另有 {n} 条较早的更正',
  'correction.ratingChange': '原评级为“{from}”，现为“{to}”。',
  'rating.history': '评级变化',
  'rating.historyFirst': '首次核查时',
  'rating.historySince': '自 {date} 起',
  'corrections.title': '更正记录',
  'corrections.description': '本站所有更正、澄清和评级调整，按时间由近及远排列，并链接到所涉页面。',
  'corrections.intro': '我们公开更正。每条记录都说明原来哪里有误、现在怎么写；所涉页面上也注明了同样的内容和日期。',
  'corrections.none': '目前还没有更正。',
  'corrections.monthTitle': '更正记录：{month}',
  'corrections.monthDescription': '本站 {month}发布的所有更正、澄清、评级调整和更新，按时间由近及远排列。',
  'corrections.latestMonth': '最近：{month}',
  'corrections.byMonth': '按月份查看',
  'corrections.monthCount': '{month}（{n} 条）',
  'corrections.feedItem': '{kind}：{title}',
  'corrections.previousRating': '原评级：{rating}',
  'evidence.heading': '资料原文',
  'evidence.intro': '以下摘录本核查所依据资料的原话，方便读者自行核对。',
  'evidence.viaTranslation': '引自专栏的中文译本，即本站所依据的文本；我们未能读到英文原文。',
  'evidence.seenAt': '原话已据 {host} 上的全文转载核对',
  'evidence.note': '说明',
  'report.error': '报告错误',
  'report.subject': '错误报告：{title}',
  'report.body': '页面：{url}\n\n哪里有误（如有资料来源请一并提供）：\n',
  'footer.corrections': '更正记录',
  'sep.comma': '，',
  'sep.colon': '：',
  'sep.parenOpen': '（',
  'sep.parenClose': '）',
  'sep.semicolon': '；',
  'scale.position': '本站 {best} 分制评级中的 {value} 分：{label}',
  'scale.offScale': '{label}：缺少足以评级的证据，因此不在本站 {best} 级标准之内',
  'scale.offScaleShort': '不在评级标准内',
  'claims.byRating': '按评级浏览',
  'scorecard.title': '{name}：本站核查说法的评级分布',
  'scorecard.heading': '评级分布',
  'claims.byTopic': '按主题浏览',
  'claims.ratingCount': '{rating}：{n}',
  'ratingPage.title': '评级为“{rating}”的说法',
  'ratingPage.description': '本站按公开评级标准评为“{rating}”的全部说法。',
  'ratingPage.definition': '这一评级的含义',
  'ratingPage.none': '目前没有说法获得这一评级。',
  'ratingPage.scale': '完整评级标准',
  'topicPage.title': '关于“{topic}”的说法',
  'topicPage.description': '本站就“{topic}”核查的全部说法。',
  'topicPage.explainers': '本主题的解读',
  'license.content': '文字与数据',
  'license.code': '代码',
  'license.link': '许可协议',
  'claims.reuse': '注明出处即可自由转用',
  'figure.showData': '查看数据',
  'figure.source': '来源',
  'figure.sourceLine': '来源：',
  'figure.sourcesLine': '来源：',
  'figure.sourcesWithEvents': '来源：见上方各事件所附链接',
  'figure.csv': '数据（CSV）',
  'figure.notShown': '未显示',
  'figure.about': '约 {value}',
  'figure.moreThan': '超过 {value}',
  'figure.aboutShort': '约 {value}',
  'figure.moreThanShort': '超 {value}',
  'figure.unverified': '{value}（未能证实）',
  'figure.unverifiedShort': '{value}（未证实）',
  'figure.date': '日期',
  'figure.kind': '类型',
  'figure.event': '事件',
  'event.rule': '规则',
  'event.entityListing': '列入实体清单',
  'event.licenceDecision': '许可决定',
  'event.rescission': '宣布撤销',
  'event.deal': '交易',
  'event.enforcement': '执法处罚',
  'event.china': '北京的回应',
  'card.said': '说法出自：{name}',
  'card.claimAlt': '事实核查卡片。说法：{summary}（{speaker}）。评级：{rating}。',
  'card.explainerAlt': '解读卡片：{title}。',
  'card.siteAlt': '{name}：{tagline}',
};

const STRINGS: Record<Locale, Record<UiKey, string>> = { en, zh };

/**
 * Look up an interface string; `{name}` placeholders are filled from `vars`. When `vars.n` is a
 * number and the key has a `.one` form, the language's plural rules pick it ("1 claim reviewed").
 */
export function t(locale: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
  const one = `${key}.one` as UiKey;
  const useOne =
    typeof vars.n === 'number' &&
    one in STRINGS[locale] &&
    new Intl.PluralRules(LANG_TAG[locale]).select(vars.n) === 'one';
  return STRINGS[locale][useOne ? one : key].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(vars[name] ?? `{${name}}`),
  );
}

/** The other edition's locale (the site has exactly two). */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'zh' : 'en';
}

/**
 * Dates are shown the way each readership writes them; the machine-readable form stays ISO.
 * A reduced date (YYYY-MM or YYYY) is shown at that precision, never with an invented day.
 * Chinese follows the site's house style (README, "Chinese typography"): a space between digits
 * and Chinese characters, 2025 年 1 月 27 日, as the prose writes it.
 */
export function formatDate(iso: string, locale: Locale): string {
  const [year, month, day] = iso.split('-');
  const date = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
  const formatted = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
    year: 'numeric',
    ...(month && { month: 'long' }),
    ...(day && { day: 'numeric' }),
    timeZone: 'UTC',
  }).format(date);
  return locale === 'zh' ? spaceDigitsAndHan(formatted) : formatted;
}

/**
 * The Chinese house style puts a space between digits and Chinese characters (2025 年 1 月,
 * 278.8 万); Intl writes them together, so its output passes through here.
 */
export function spaceDigitsAndHan(text: string): string {
  return text.replace(/(\d)(?=\p{Script=Han})|(\p{Script=Han})(?=\d)/gu, '$1$2 ');
}

/**
 * The comma a list puts after `text`: the locale's own, except that Chinese pages set a comma
 * after a Latin-script title or name as Latin text does (", "), as GB/T 7714 does for Latin-script
 * entries; a full-width ， after "Moment?" or "The New Yorker" runs the Latin strings together.
 */
export function commaAfter(locale: Locale, text: string): string {
  return locale === 'zh' && !/\p{Script=Han}/u.test(text) ? ', ' : t(locale, 'sep.comma');
}
