/**
 * The search page's one script: runs the reader's query and filters against the Pagefind index,
 * shows the results, and keeps the query, filters and sort in the URL so a search can be shared.
 */

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface Pagefind {
  options(options: { baseUrl?: string }): Promise<void>;
  search(
    term: string | null,
    options: { filters?: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: { id: string; data(): Promise<ResultData> }[]; filters: Record<string, Record<string, number>> }>;
}

const MAX_RESULTS = 50;

interface SearchState {
  q: string;
  sort: string;
  filters: Map<string, string[]>;
}

function stateFromForm(form: HTMLFormElement): SearchState {
  const data = new FormData(form);
  const filters = new Map<string, string[]>();
  for (const [name, value] of data) {
    if (name === 'q' || name === 'sort' || typeof value !== 'string') continue;
    filters.set(name, [...(filters.get(name) ?? []), value]);
  }
  return { q: String(data.get('q') ?? '').trim(), sort: String(data.get('sort') ?? ''), filters };
}

function applyUrl(form: HTMLFormElement, params: URLSearchParams): void {
  form.querySelector<HTMLInputElement>('[name="q"]')!.value = params.get('q') ?? '';
  form.querySelector<HTMLSelectElement>('[name="sort"]')!.value = params.get('sort') ?? '';
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = params.getAll(box.name).includes(box.value);
  }
}

function urlFor(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.sort) params.set('sort', state.sort);
  for (const [name, values] of state.filters) for (const value of values) params.append(name, value);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

function resultItem(data: ResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta['title'] ?? data.url;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'card-meta';
  meta.textContent = [data.meta['mfi'], data.meta['country'], data.meta['challenge']].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  // Pagefind's excerpt is text from our own pages with <mark> around the matched words.
  excerpt.innerHTML = data.excerpt;
  item.append(heading, meta, excerpt);
  return item;
}

export function startSearch(form: HTMLFormElement): void {
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const messages = JSON.parse(form.dataset['messages']!) as Record<'zero' | 'one' | 'other', string>;
  const plural = new Intl.PluralRules(form.dataset['lang']);
  const countText = (count: number) =>
    (count === 0 ? messages.zero : plural.select(count) === 'one' ? messages.one : messages.other).replace('{count}', String(count));
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;

  const run = async () => {
    const run = ++latest;
    const state = stateFromForm(form);
    history.replaceState(null, '', urlFor(state));
    pagefind ??= import(/* @vite-ignore */ form.dataset['pagefind']!) as Promise<Pagefind>;
    const engine = await pagefind;
    const filters = Object.fromEntries([...state.filters].map(([name, values]) => [name, { any: values }]));
    const sort = state.sort === 'newest' ? { year: 'desc' as const } : state.sort === 'oldest' ? { year: 'asc' as const } : undefined;
    const search = await engine.search(state.q || null, { filters, ...(sort ? { sort } : {}) });
    const shown = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (run !== latest) return;
    list.replaceChildren(...shown.map(resultItem));
    status.textContent = countText(search.results.length);
    for (const count of form.querySelectorAll<HTMLElement>('[data-facet]')) {
      count.textContent = String(search.filters[count.dataset['facet']!]?.[count.dataset['value']!] ?? 0);
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('input', (event) => {
    clearTimeout(timer);
    timer = setTimeout(run, (event.target as HTMLElement).matches('[type="search"]') ? 200 : 0);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  addEventListener('popstate', () => {
    applyUrl(form, new URLSearchParams(location.search));
    void run();
  });
  applyUrl(form, new URLSearchParams(location.search));
  void run();
}
