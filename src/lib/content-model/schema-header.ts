/**
 * The first line of a content YAML file, which tells editors' YAML tools (VS Code's YAML
 * extension, and any editor using the YAML language server) which JSON Schema the file follows.
 */
import { posix } from 'node:path';
import { contentKinds, type ContentKind } from '../../schemas/index.ts';
import { taxonomyFolder } from '../../schemas/taxonomy.ts';
import { schemaFiles, schemasFolder, type SchemaName } from './json-schema.ts';

const modeline = '# yaml-language-server: $schema=';

/** The schema a content YAML file (a path like `content/mfis/imon.yaml`) follows, if any. */
export function schemaNameFor(file: string): SchemaName | undefined {
  if (file === 'content/site.yaml') return 'site';
  if (new RegExp(`^content/${taxonomyFolder}/[^/]+\\.yaml$`).test(file)) return 'taxonomy';
  const match = /^content\/([^/]+)\/[^/]+\.yaml$/.exec(file);
  const kind = (Object.keys(contentKinds) as ContentKind[]).find((k) => contentKinds[k].folder === match?.[1]);
  return kind && (contentKinds[kind].extensions as readonly string[]).includes('.yaml') ? kind : undefined;
}

/** The header line for a content YAML file, with the schema's path relative to the file. */
export function schemaHeader(file: string, name: SchemaName): string {
  return `${modeline}${posix.relative(posix.dirname(file), `${schemasFolder}/${schemaFiles[name]}`)}`;
}

/** The text with `header` as its first line: added, or put in place of an outdated one. */
export function withSchemaHeader(text: string, header: string): string {
  const body = text.replace(/^\uFEFF/, '');
  if (body.startsWith(modeline)) return body.replace(/^.*/, () => header);
  return `${header}\n${body}`;
}
