import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { bundleFiles, bundlePath } from '../../lib/cms/bundle.ts';

export const getStaticPaths = (() => bundleFiles.map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await readFile(bundlePath(params.file!)), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
