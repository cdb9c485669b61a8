/**
 * The home page's "Latest updates": what changed on the site most recently, newest first, with
 * dates, so a returning reader sees at once what is new. A page brought up to date (an `update`
 * entry in its corrections) and a newly published claim review are news; corrections and
 * clarifications are not news about the story, and have their own log, linked beside the list.
 */
import type { LogEntry } from './corrections';
import { routes } from './urls';

export interface NewsItem {
  date: string;
  kind: 'update' | 'review';
  title: string;
  /** Route of the page (see urls.ts `routes`) and, for an update, the anchor of its notice. */
  route: string;
  anchor?: string | undefined;
  /** What the update added, in the page's language; absent for a review. */
  note?: string | undefined;
}

export interface ReviewedClaim {
  id: string;
  reviewed: string;
  summary: string;
}

/** The `limit` newest items; on one day, updates come before the reviews they added. */
export function whatsNew(log: LogEntry[], claims: ReviewedClaim[], limit = 6): NewsItem[] {
  const updates: NewsItem[] = log
    .filter((e) => e.kind === 'update')
    .map((e) => ({ date: e.date, kind: 'update', title: e.pageTitle, route: e.route, anchor: e.anchor, note: e.note }));
  const reviews: NewsItem[] = claims.map((c) => ({
    date: c.reviewed,
    kind: 'review',
    title: c.summary,
    route: routes.claim(c.id),
  }));
  const order = { update: 0, review: 1 } as const;
  return [...updates, ...reviews]
    .sort((a, b) => b.date.localeCompare(a.date) || order[a.kind] - order[b.kind] || a.title.localeCompare(b.title))
    .slice(0, limit);
}
