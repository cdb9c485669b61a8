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
  'theme.toggle': 'Dark mode',
  'home.intro':
    'In January 2025 a Chinese start-up, DeepSeek, released an AI model that rattled markets and reopened the debate over US export controls. This site explains what happened and checks, one by one, the claims made about it.',
  'home.explainers': 'Explainers',
  'home.latestClaims': 'Latest claim reviews',
  'home.allClaims': 'All claim reviews',
  'explainer.readingTime': '{n} min read',
  'explainer.published': 'Published',
  'explainer.updated': 'Updated',
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
  'claim.rating': 'Rating',
  'claim.readReview': 'Read the review',
  'claims.title': 'Claim reviews',
  'claims.description': 'Every checkable claim in the DeepSeek debate, rated on one published scale and sourced.',
  'claims.count': '{n} claims reviewed',
  'people.title': 'People and organisations',
  'people.description': 'The people and organisations whose claims this site reviews.',
  'person.claims': 'Claims reviewed',
  'person.elsewhere': 'Elsewhere',
  'source.archived': 'archived copy',
  'source.primary': 'primary source',
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
  'filter.kind': 'Page type',
  'filter.rating': 'Rating',
  'filter.speaker': 'Who said it',
  'filter.topic': 'Topic',
  'kind.explainer': 'Explainer',
  'kind.claim': 'Claim review',
  'kind.person': 'Person or organisation',
  'kind.page': 'About the site',
  'card.said': 'Who said it: {name}',
  'card.claimAlt': 'Fact-check card. Claim: “{summary}” ({speaker}). Rating: {rating}.',
  'card.explainerAlt': 'Explainer card: “{title}”.',
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
  'nav.sourceText': '原文说明',
  'nav.main': '主导航',
  'skip.toContent': '跳到正文',
  'lang.switch': 'English',
  'lang.switchLabel': 'Read in English',
  'theme.toggle': '深色模式',
  'home.intro':
    '2025 年 1 月，中国初创公司 DeepSeek（深度求索）发布的一款人工智能模型震动了市场，也让美国出口管制之争再起。本站解释事情的来龙去脉，并逐条核查围绕它的各种说法。',
  'home.explainers': '解读',
  'home.latestClaims': '最新核查',
  'home.allClaims': '全部说法核查',
  'explainer.readingTime': '阅读约 {n} 分钟',
  'explainer.published': '发布',
  'explainer.updated': '更新',
  'explainer.toc': '本页目录',
  'explainer.claimsInBrief': '核查要点',
  'explainer.sources': '资料来源',
  'explainer.claimsDiscussed': '本文涉及的说法核查',
  'claim.said': '说法出自',
  'claim.where': '出处与时间',
  'claim.statement': '说法',
  'claim.verdict': '核查结论',
  'claim.explanation': '证据显示',
  'claim.sources': '资料来源',
  'claim.discussedIn': '相关解读',
  'claim.reviewed': '核查日期',
  'claim.updated': '更新日期',
  'claim.rating': '评级',
  'claim.readReview': '查看核查',
  'claims.title': '说法核查',
  'claims.description': 'DeepSeek 之争中每一条可核查的说法，均按同一套公开标准评级并列明出处。',
  'claims.count': '已核查 {n} 条说法',
  'people.title': '人物与机构',
  'people.description': '本站核查其说法的人物与机构。',
  'person.claims': '已核查的说法',
  'person.elsewhere': '其他资料',
  'source.archived': '存档副本',
  'source.primary': '一手资料',
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
  'notFound.body': '此地址没有页面，它可能已经移动。',
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
  'filter.kind': '页面类型',
  'filter.rating': '评级',
  'filter.speaker': '说法出自',
  'filter.topic': '主题',
  'kind.explainer': '解读',
  'kind.claim': '说法核查',
  'kind.person': '人物与机构',
  'kind.page': '关于本站',
  'card.said': '说法出自：{name}',
  'card.claimAlt': '事实核查卡片。说法：“{summary}”（{speaker}）。评级：{rating}。',
  'card.explainerAlt': '解读卡片：“{title}”。',
  'card.siteAlt': '{name}：{tagline}',
};

const STRINGS: Record<Locale, Record<UiKey, string>> = { en, zh };

/** Look up an interface string; `{name}` placeholders are filled from `vars`. */
export function t(locale: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
  return STRINGS[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** The other edition's locale (the site has exactly two). */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'zh' : 'en';
}

/**
 * Dates are shown the way each readership writes them; the machine-readable form stays ISO.
 * A reduced date (YYYY-MM or YYYY) is shown at that precision, never with an invented day.
 */
export function formatDate(iso: string, locale: Locale): string {
  const [year, month, day] = iso.split('-');
  const date = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
    year: 'numeric',
    ...(month && { month: 'long' }),
    ...(day && { day: 'numeric' }),
    timeZone: 'UTC',
  }).format(date);
}
