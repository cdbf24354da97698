import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { decapConfig } from '../../lib/cms/decap-config.ts';
import { contentJsonSchema, schemaNames, type JsonSchema, type SchemaName } from '../../lib/content-model/json-schema.ts';
import { allInnovations, allMfis, allProgrammes } from '../../data/collections.ts';
import { settings } from '../../lib/settings.ts';
import { taxonomy } from '../../data/taxonomy.ts';

const schemas = Object.fromEntries(schemaNames.map((name) => [name, contentJsonSchema(name, taxonomy)])) as Record<
  SchemaName,
  JsonSchema
>;

/** The editing app's configuration, generated from the schemas with every build. */
export const GET: APIRoute = async () => {
  const existing = {
    mfis: (await allMfis()).map(({ id, data }) => ({ id, label: data.name })),
    innovations: (await allInnovations()).map(({ id, data }) => ({ id, label: data.title })),
    programmes: (await allProgrammes()).map(({ id, data }) => ({ id, label: data.name })),
  };
  const config = decapConfig({ schemas, taxonomy, repository: settings.repository, siteUrl: settings.base_url, existing });
  return new Response(stringify(config), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
};
