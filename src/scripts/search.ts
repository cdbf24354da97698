/**
 * The search page's one script: runs the reader's query and filters against the Pagefind index,
 * shows the results a page at a time, keeps every facet count equal to what ticking its value
 * would give, and keeps the query, filters and sort in the URL so a search can be shared.
 *
 * The empty search is built into the page (list and counts), so Pagefind is loaded only when
 * the reader types, ticks or sorts.
 */
import {
  countSearches,
  facetCountsFrom,
  facetNames,
  pagefindFilters,
  type CountSearch,
  type FacetName,
  type Selection,
} from '../lib/search-counts.ts';

/** The bundle's module API, typed from Pagefind's own declarations (src/types/pagefind-web.d.ts). */
type Pagefind = Pick<PagefindInstance, 'options' | 'search' | 'filters'>;

interface SearchState {
  q: string;
  sort: string;
  selection: Selection;
}

type Messages = Record<'zero' | 'one' | 'other' | 'more', string>;

function stateFromForm(form: HTMLFormElement): SearchState {
  const data = new FormData(form);
  const selection: Partial<Record<FacetName, string[]>> = {};
  for (const [name, value] of data) {
    if (!(facetNames as readonly string[]).includes(name) || typeof value !== 'string') continue;
    const values = selection[name as FacetName] ?? [];
    values.push(value);
    selection[name as FacetName] = values;
  }
  return { q: String(data.get('q') ?? '').trim(), sort: String(data.get('sort') ?? ''), selection };
}

const isEmpty = (state: SearchState) => !state.q && !state.sort && Object.keys(state.selection).length === 0;

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
  for (const [name, values] of Object.entries(state.selection)) for (const value of values) params.append(name, value);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

/** One hit: its title, what it is about, and one short excerpt (not every matching section). */
function resultItem(data: PagefindSearchFragment): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta['title'] ?? data.url;
  heading.append(link);
  item.append(heading);
  const about = [data.meta['mfi'], data.meta['country'], data.meta['challenge']].filter(Boolean).join(' · ');
  if (about) {
    const meta = document.createElement('p');
    meta.className = 'card-meta';
    meta.textContent = about;
    item.append(meta);
  }
  const excerpt = document.createElement('p');
  // Pagefind's excerpt is text from our own pages with <mark> around the matched words.
  excerpt.innerHTML = data.excerpt;
  item.append(excerpt);
  return item;
}

async function loadPagefind(path: string): Promise<Pagefind> {
  const engine = (await import(/* @vite-ignore */ path)) as Pagefind;
  await engine.options({ excerptLength: 24 });
  return engine;
}

export function startSearch(form: HTMLFormElement): void {
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const messages = JSON.parse(form.dataset['messages']!) as Messages;
  const pageSize = Number(form.dataset['pageSize']);
  const plural = new Intl.PluralRules(form.dataset['lang']);
  const numbers = new Intl.NumberFormat(form.dataset['lang']);
  const countText = (count: number) =>
    (count === 0 ? messages.zero : plural.select(count) === 'one' ? messages.one : messages.other).replace(
      '{count}',
      numbers.format(count),
    );
  const countElements = [...form.querySelectorAll<HTMLElement>('[data-facet]')];
  const values = Object.fromEntries(
    facetNames.map((name) => [
      name,
      countElements.filter((el) => el.dataset['facet'] === name).map((el) => el.dataset['value']!),
    ]),
  ) as Record<FacetName, string[]>;
  const builtList = [...list.children].map((child) => child.cloneNode(true));
  const countsNote = document.getElementById('search-counts-note')!;

  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'search-more';
  list.after(more);
  let pending: PagefindSearchResult[] = [];
  const showMoreButton = (remaining: number) => {
    more.hidden = remaining === 0;
    more.textContent = messages.more.replace('{count}', numbers.format(Math.min(pageSize, remaining)));
  };
  const showNext = async (run: number) => {
    const next = pending.slice(0, pageSize);
    pending = pending.slice(pageSize);
    const shown = await Promise.all(next.map((result) => result.data()));
    if (run !== latest) return;
    list.append(...shown.map(resultItem));
    showMoreButton(pending.length);
    list.setAttribute('aria-busy', 'false');
  };

  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;

  // The note says why a query's counts are missing; once they are in, it keeps its place (hidden
  // from sight, not from the layout), so that the filters do not move under the reader's pointer.
  const noteCounts = (state: 'pending' | 'counted' | 'none') => {
    countsNote.hidden = state === 'none';
    countsNote.dataset['state'] = state;
  };
  const showCounts = (counts: Partial<Record<FacetName, Map<string, number>>>, query: boolean) => {
    for (const el of countElements) {
      const count = counts[el.dataset['facet'] as FacetName]?.get(el.dataset['value']!);
      if (count !== undefined) el.textContent = numbers.format(count);
    }
    noteCounts(query ? 'counted' : 'none');
  };
  const showBuiltCounts = () => {
    for (const el of countElements) el.textContent = numbers.format(Number(el.dataset['all']));
    noteCounts('none');
  };
  /** A query's counts are not known until the filter data is in: no count rather than a wrong one. */
  const hideCounts = () => {
    for (const el of countElements) el.textContent = '';
    noteCounts('pending');
  };

  // Counting a query's results by filter takes Pagefind's filter data, which grows with the
  // collection (a few hundred KB at 10,000 briefs) and which search() counts only once it is all
  // loaded. It is loaded when the reader turns to the filters (or arrives with values ticked),
  // not for every query.
  const filtersPanel = form.querySelector<HTMLElement>('.search-filters')!;
  let countsWanted = false;
  let filterData: Promise<unknown> | undefined;
  const counting = (state: SearchState) => Object.keys(state.selection).length > 0 || (state.q !== '' && countsWanted);

  /** The searches for `state`: the first gives the results; with `count`, all of them give the counts (search-counts.ts). */
  const searchesFor = async (engine: Pagefind, state: SearchState, count: boolean): Promise<CountSearch[]> => {
    if (!count) return [{ filters: pagefindFilters(state.selection) }];
    filterData ??= engine.filters();
    await filterData;
    return countSearches(state.selection);
  };
  const countsFrom = (searches: CountSearch[], answers: PagefindIndexesSearchResults[]) =>
    facetCountsFrom(
      answers.map((answer, i) => ({ leftOut: searches[i]!.leftOut, results: answer.results.length, filters: answer.filters })),
      values,
    );
  // A null term is Pagefind's filter-only search (coupled_search.ts: `filter_only = term === null`);
  // its declarations type the term as a string.
  const termOf = (state: SearchState) => (state.q || null) as string;

  const restoreBuilt = () => {
    list.setAttribute('aria-busy', 'false');
    list.replaceChildren(...builtList.map((node) => node.cloneNode(true)));
    status.textContent = countText(Number(status.dataset['all']));
    showBuiltCounts();
    pending = [];
    showMoreButton(Number(status.dataset['all']) - builtList.length);
  };

  const run = async (options: { all?: boolean } = {}) => {
    const run = ++latest;
    const state = stateFromForm(form);
    history.replaceState(null, '', urlFor(state));
    if (isEmpty(state) && !options.all) {
      restoreBuilt();
      return;
    }
    // Busy until the new results and counts are in, so assistive technology waits for them.
    list.setAttribute('aria-busy', 'true');
    more.hidden = true;
    pagefind ??= loadPagefind(form.dataset['pagefind']!);
    const engine = await pagefind;
    // Without a query, relevance means nothing: the newest come first, as in the built list.
    const sort = state.sort === 'oldest' ? { year: 'asc' } : state.sort === 'newest' || !state.q ? { year: 'desc' } : undefined;
    const count = counting(state);
    const searches = await searchesFor(engine, state, count);
    const answers = await Promise.all(
      searches.map((s, i) => engine.search(termOf(state), { filters: s.filters, ...(i === 0 && sort ? { sort } : {}) })),
    );
    if (run !== latest) return;
    const [main] = answers;
    if (count) showCounts(countsFrom(searches, answers), state.q !== '');
    // With no query and nothing ticked the results are the whole collection, whose counts are built in.
    else if (!state.q) showBuiltCounts();
    // Unless the reader turned to the filters meanwhile: turnToFilters is counting this query.
    else if (!countsWanted) hideCounts();
    status.textContent = countText(main!.results.length);
    pending = main!.results;
    list.replaceChildren();
    await showNext(run);
  };

  /** Counts the current query's results once the reader turns to the filters, leaving the list as it is. */
  const turnToFilters = async () => {
    if (countsWanted) return;
    const run = latest;
    const state = stateFromForm(form);
    const counted = counting(state);
    countsWanted = true;
    // Before the first query there is nothing to count; a run that has started will count.
    if (counted || !state.q || !pagefind) return;
    filtersPanel.setAttribute('aria-busy', 'true');
    const engine = await pagefind;
    const searches = await searchesFor(engine, state, true);
    const answers = await Promise.all(searches.map((s) => engine.search(termOf(state), { filters: s.filters })));
    filtersPanel.setAttribute('aria-busy', 'false');
    if (run === latest) showCounts(countsFrom(searches, answers), true);
  };
  for (const event of ['focusin', 'pointerenter'] as const) filtersPanel.addEventListener(event, () => void turnToFilters());

  more.addEventListener('click', () => {
    if (pending.length > 0) {
      list.setAttribute('aria-busy', 'true');
      return void showNext(latest);
    }
    // Still on the built list: the rest comes from the index, newest first.
    void run({ all: true }).then(() => showNext(latest));
  });

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
