/** The four subjects the site covers; explainers and claims are filed under these ids. */
import type { Locale } from './i18n';

export const TOPIC_IDS = ['deepseek', 'export-controls', 'necessity', 'gavekal'] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

export const TOPICS: Record<TopicId, Record<Locale, string>> = {
  deepseek: { en: 'The DeepSeek moment', zh: 'DeepSeek 时刻' },
  'export-controls': { en: 'Export controls', zh: '出口管制' },
  necessity: { en: 'Necessity and invention', zh: '需要是发明之母吗' },
  gavekal: { en: 'The Gavekal view', zh: 'Gavekal 的视角' },
};
