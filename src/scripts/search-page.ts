/**
 * The search page in the browser: Pagefind's JS API behind the page's own form, drawing each
 * result from the page's templates (rating badge, title, who said it, excerpt). The query and
 * filters live in the address (`?q=…&rating=…`), so a search can be shared and survives Back.
 */
import {
  excerptSegments,
  FILTER_KEYS,
  hasFilters,
  pagefindFilterArgument,
  parseSearchQuery,
  searchQueryString,
  type SearchQuery,
} from '../lib/search-query';
import { latestOnly } from '../lib/latest-only';

/** Results drawn at a time; "Show more" draws the next batch. */
const PAGE_SIZE = 10;

interface Strings {
  resultsOne: string;
  resultsOther: string;
  matchesOne: string;
  matchesOther: string;
  none: string;
  noMatches: string;
  fewerFilters: string;
  error: string;
  kinds: Record<string, string>;
}

interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; kind?: string; rating?: string; speaker?: string };
}
interface SearchResponse {
  results: { id: string; data: () => Promise<ResultData> }[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options: { filters: Record<string, unknown> }): Promise<SearchResponse>;
}

async function loadPagefind(bundle: string, base: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: base });
  await pagefind.init();
  return pagefind;
}

const fill = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

/** One result drawn from the page's template: rating badge (or page kind), title, speaker, excerpt. */
function renderResult(template: HTMLTemplateElement, data: ResultData, strings: Strings): Node {
  const item = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
  const slot = (name: string) => item.querySelector<HTMLElement>(`[data-slot="${name}"]`)!;
  const link = slot('link') as HTMLAnchorElement;
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const badge =
    data.meta.rating &&
    document.querySelector<HTMLTemplateElement>(`template[data-rating-badge="${CSS.escape(data.meta.rating)}"]`);
  if (badge) slot('label').append(badge.content.cloneNode(true));
  else slot('label').textContent = strings.kinds[data.meta.kind ?? ''] ?? '';
  if (data.meta.speaker) slot('speaker-name').textContent = data.meta.speaker;
  else slot('speaker').remove();
  for (const part of excerptSegments(data.excerpt)) {
    if (!part.mark) slot('excerpt').append(part.text);
    else slot('excerpt').append(Object.assign(document.createElement('mark'), { textContent: part.text }));
  }
  return item;
}

/** What the status line announces for `n` results of a query, in the page's language. */
function statusText(n: number, query: SearchQuery, strings: Strings): string {
  if (n === 0)
    return query.q
      ? fill(strings.none, { q: query.q }) + (hasFilters(query) ? ` ${strings.fewerFilters}` : '')
      : strings.noMatches;
  if (query.q) return fill(n === 1 ? strings.resultsOne : strings.resultsOther, { n, q: query.q });
  return fill(n === 1 ? strings.matchesOne : strings.matchesOther, { n });
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  if (!form) return;
  const input = form.querySelector<HTMLInputElement>('#search-input')!;
  const status = form.querySelector<HTMLElement>('#search-status')!;
  const list = form.querySelector<HTMLOListElement>('#search-results')!;
  const more = form.querySelector<HTMLButtonElement>('#search-more')!;
  const filterCount = form.querySelector<HTMLElement>('[data-filter-count]')!;
  const resultTemplate = document.querySelector<HTMLTemplateElement>('#search-result')!;
  const strings = JSON.parse(form.dataset.strings!) as Strings;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];

  // Search that cannot load or run says so and shows the list of every page instead.
  const fail = () => {
    status.textContent = strings.error;
    document.getElementById('search-fallback')?.classList.remove('no-js-only');
  };
  const pagefind = loadPagefind(form.dataset.bundle!, form.dataset.base!);
  pagefind.catch(fail);

  let results: SearchResponse['results'] = [];
  let shown = 0;
  /** Bumped by every new search, so an older search that finishes late draws nothing. */
  let generation = 0;

  const read = (): SearchQuery => {
    const filters: SearchQuery['filters'] = {};
    for (const key of FILTER_KEYS) {
      const values = boxes.filter((b) => b.name === key && b.checked).map((b) => b.value);
      if (values.length) filters[key] = values;
    }
    return { q: input.value.trim(), filters };
  };

  const show = (query: SearchQuery) => {
    input.value = query.q;
    for (const box of boxes)
      box.checked = query.filters[box.name as keyof SearchQuery['filters']]?.includes(box.value) ?? false;
  };

  /** Draws the first batch of results (fresh) or the next one; false when a newer search took over. */
  const draw = async (id: number, fresh: boolean) => {
    const from = fresh ? 0 : shown;
    const batch = await Promise.all(results.slice(from, from + PAGE_SIZE).map((r) => r.data()));
    if (id !== generation) return false;
    const items = batch.map((data) => renderResult(resultTemplate, data, strings));
    if (fresh) list.replaceChildren(...items);
    else list.append(...items);
    shown = from + batch.length;
    more.hidden = shown >= results.length;
    return true;
  };

  const announce = (query: SearchQuery) => {
    status.textContent = statusText(results.length, query, strings);
  };

  const run = async () => {
    const query = read();
    const id = ++generation;
    history.replaceState(history.state, '', `${location.pathname}${searchQueryString(query)}`);
    const active = Object.values(query.filters).flat().length;
    filterCount.textContent = active ? ` (${active})` : '';
    if (!query.q && !hasFilters(query)) {
      results = [];
      list.replaceChildren();
      list.dataset.query = '';
      status.textContent = '';
      more.hidden = true;
      return;
    }
    const options = { filters: pagefindFilterArgument(query) };
    try {
      const pf = await pagefind;
      const response = await pf.search(query.q || null, options);
      if (id !== generation) return;
      results = response.results;
      if (!(await draw(id, true))) return;
    } catch {
      if (id === generation) fail();
      return;
    }
    // Tests and the latency bench read which query the list shows.
    list.dataset.query = query.q;
    announce(query);
  };

  /*
   * Searches at once, with no pause after a keystroke: Pagefind fetches the index chunks a search
   * needs as the reader types (a Chinese query is split into words, each with its own chunk), and
   * a search over loaded chunks takes a few milliseconds, so a fixed pause (it was 40 ms) was most
   * of the time to the results. Keys pressed while a search runs collapse into one search for the
   * newest text; bumping `generation` first stops the running one from drawing an old query.
   */
  const search = latestOnly(run);
  const searchNow = () => {
    generation++;
    search();
  };
  input.addEventListener('input', searchNow);
  form.addEventListener('change', (event) => {
    if (event.target !== input) searchNow();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    searchNow();
  });
  form.querySelector('[data-clear-filters]')?.addEventListener('click', () => {
    for (const box of boxes) box.checked = false;
    searchNow();
  });
  more.addEventListener('click', () => {
    // Focus moves to the first new result, so keyboard readers continue where the list grew.
    const next = list.children.length;
    void draw(generation, false).then(() => list.children[next]?.querySelector('a')?.focus());
  });

  // The address is the state: ?q= from the header box or a shared link, or a page restored by Back.
  const initial = parseSearchQuery(new URLSearchParams(location.search));
  show(initial);
  if (initial.q || hasFilters(initial)) searchNow();
  else input.focus();
}
