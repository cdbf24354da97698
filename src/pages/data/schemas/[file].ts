import type { APIRoute, GetStaticPaths } from 'astro';
import { taxonomy } from '../../../data/taxonomy.ts';
import { jsonSchemaText, schemaFiles, schemaNames, type SchemaName } from '../../../lib/content-model/json-schema.ts';

export const getStaticPaths = (() =>
  schemaNames.map((name) => ({ params: { file: schemaFiles[name] }, props: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(jsonSchemaText((props as { name: SchemaName }).name, taxonomy), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
