import type { APIRoute, GetStaticPaths } from 'astro';
import { chartsOfPage, pagesWithCharts, type DownloadableChart, type TableChart } from '../../data/page-charts.ts';
import { svgWithCitation, tableCsv } from '../../lib/chart-download.ts';
import { sitePath } from '../../lib/paths.ts';

/**
 * The files behind the "take this chart away" links: /charts/<page>/<chart>.svg and .csv. Paths
 * carry only names; each page's charts are built once, when its first file is written (the
 * build writes a page's files one after another), rather than held for the whole site.
 */
export const getStaticPaths = (async () => {
  const folder = sitePath(import.meta.env.BASE_URL, 'charts');
  const paths = [];
  for (const page of await pagesWithCharts()) {
    for (const [name, chart] of Object.entries(await chartsOfPage(page))) {
      // Each file is written at the address its page links.
      for (const link of [chart.download.svg, chart.download.csv]) {
        if (link) paths.push({ params: { file: link.slice(folder.length) }, props: { page, name } });
      }
    }
  }
  return paths;
}) satisfies GetStaticPaths;

let cached: { page: string; charts: Record<string, DownloadableChart | TableChart> } | undefined;

export const GET: APIRoute<{ page: string; name: string }> = async ({ props, params }) => {
  if (cached?.page !== props.page) cached = { page: props.page, charts: await chartsOfPage(props.page) };
  const chart = cached.charts[props.name]!;
  if (String(params['file']).endsWith('.svg')) {
    return new Response(svgWithCitation((chart as DownloadableChart).svg, chart.download.citation), {
      headers: { 'Content-Type': 'image/svg+xml' },
    });
  }
  return new Response(tableCsv(chart.table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
