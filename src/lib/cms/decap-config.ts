/**
 * The configuration of the editing app at /admin/ (Decap CMS), written from the JSON Schemas that
 * the zod schemas produce, so the form offers exactly the fields the validator knows: a field
 * added to a schema appears in the form with the next build, and a test fails if one does not.
 */
import { contentKinds, contentReferences, taxonomyReferences, type ContentKind } from '../../schemas/index.ts';
import { taxonomyFiles, taxonomyNames, type Taxonomy, type TaxonomyName } from '../../schemas/taxonomy.ts';
import type { JsonSchema } from '../content-model/json-schema.ts';
import { taxonomyPath } from '../taxonomy/read.ts';

/** A form field, in Decap's configuration format (https://decapcms.org/docs/widgets/). */
export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  options?: (string | { label: string; value: string })[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  pattern?: [string, string];
  fields?: DecapField[];
  field?: DecapField;
  collapsed?: boolean;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  /** What a collapsed list item shows, e.g. `{{fields.label}}`. */
  summary?: string;
}

export interface DecapCollection {
  name: string;
  label: string;
  label_singular: string;
  description: string;
  folder?: string;
  files?: { name: string; label: string; file: string; fields: DecapField[] }[];
  extension?: string;
  format?: string;
  create?: boolean;
  identifier_field?: string;
  slug?: string;
  summary?: string;
  fields?: DecapField[];
}

export interface DecapConfig {
  backend: Record<string, unknown>;
  local_backend: boolean;
  publish_mode: 'editorial_workflow';
  site_url: string;
  display_url: string;
  media_folder: string;
  slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: '-' };
  collections: DecapCollection[];
}

/** How each kind of content file is presented in the app; the fields come from its schema. */
const presentation: Record<ContentKind, { label: string; singular: string; identifier: string; description: string }> = {
  mfis: {
    label: 'Microfinance institutions',
    singular: 'Microfinance institution',
    identifier: 'name',
    description: 'One profile per institution. The file name (from the name) becomes the page address.',
  },
  innovations: {
    label: 'Innovation briefs',
    singular: 'Innovation brief',
    identifier: 'title',
    description: 'One brief per innovation an institution tested, with its study, results and sources.',
  },
  programmes: {
    label: 'Programmes',
    singular: 'Programme',
    identifier: 'name',
    description: 'Programmes that innovations belong to.',
  },
};

const isObject = (value: unknown): value is JsonSchema => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Words of field names that read as abbreviations. */
const abbreviations: Record<string, string> = {
  mfi: 'MFI',
  url: 'URL',
  id: 'ID',
  usd: 'USD',
  pct: '%',
  doi: 'DOI',
  ci: 'CI',
  p: 'p',
};

/** `women_borrowers_pct` -> "Women borrowers %": the field's name, readable. */
export function fieldLabel(name: string): string {
  const words = name.split('_').map((word) => abbreviations[word] ?? word);
  const first = words[0] ?? '';
  return [first === first.toLowerCase() ? first.charAt(0).toUpperCase() + first.slice(1) : first, ...words.slice(1)].join(' ');
}

/** The one branch of an alternative that a form shows: the group of fields, where there is one. */
function formBranch(schema: JsonSchema): JsonSchema {
  const options = (schema.anyOf ?? []).filter(isObject);
  return options.find((option) => option.type === 'object') ?? options[0] ?? schema;
}

const isDate = (schema: JsonSchema) => (schema.anyOf ?? []).some((option) => isObject(option) && option.format === 'date');

/** Decap writes an untouched optional number or text as nothing; these rules mirror the validator's. */
function scalarField(base: Omit<DecapField, 'widget'>, schema: JsonSchema): DecapField {
  if (schema.enum) return { ...base, widget: 'select', options: schema.enum.map(String) };
  switch (schema.type) {
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? (typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum : undefined);
      const max = schema.maximum ?? (typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum : undefined);
      return {
        ...base,
        widget: 'number',
        value_type: schema.type === 'integer' ? 'int' : 'float',
        ...(min !== undefined ? { min } : {}),
        ...(max !== undefined ? { max } : {}),
      };
    }
    case 'boolean':
      return { ...base, widget: 'boolean' };
    default: {
      const pattern = schema.format === 'uri' ? '^https?://' : schema.pattern;
      const message =
        schema.format === 'uri' ? 'an address starting with http:// or https://' : 'see the help text for the form this takes';
      return { ...base, widget: 'string', ...(pattern ? { pattern: [pattern, message] as [string, string] } : {}) };
    }
  }
}

/** The form field for one property of a schema. */
/** An existing content file that a reference may name. */
export interface ExistingEntry {
  id: string;
  label: string;
}

/**
 * A reference to another file: a live relation to the collection where the kind has one (files
 * created in the same session appear), else a choice among the files the site was built with,
 * since Decap's relation field reads a single collection and a kind stored in two formats
 * (programmes: .yaml or .mdx) is two collections.
 */
function referenceField(base: Omit<DecapField, 'widget'>, kind: ContentKind, existing: ExistingEntry[]): DecapField {
  if (contentKinds[kind].extensions.length > 1) {
    return { ...base, widget: 'select', options: existing.map(({ id, label }) => ({ label, value: id })) };
  }
  const identifier = presentation[kind].identifier;
  return {
    ...base,
    widget: 'relation',
    collection: kind,
    value_field: '{{slug}}',
    search_fields: [identifier],
    display_fields: [identifier],
  };
}

export function formField(
  name: string,
  schema: JsonSchema,
  required: boolean,
  reference?: { kind: ContentKind; existing: ExistingEntry[] },
): DecapField {
  // No `default` in the form: Decap writes defaults even into optional groups the editor never
  // opened (an effect holding only its confidence level), which the validator rightly refuses.
  // The validator applies the schema's defaults itself; the hint names them.
  const defaultWords = schema.default !== undefined ? ` Default: ${String(schema.default)}.` : '';
  const hint = `${schema.description ?? ''}${defaultWords}`.trim();
  const base: Omit<DecapField, 'widget'> = { name, label: fieldLabel(name), required, ...(hint ? { hint } : {}) };
  if (reference) return referenceField(base, reference.kind, reference.existing);
  if (isDate(schema)) {
    return {
      ...base,
      widget: 'string',
      pattern: ['^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$', 'YYYY, YYYY-MM or YYYY-MM-DD'],
    };
  }
  const shown = schema.anyOf ? formBranch(schema) : schema;
  if (shown.type === 'object') {
    // Decap checks the required fields of an optional group even when the group is left empty
    // (decap-cms#2103, #7748), so that no brief could be saved without, say, an effect size.
    // Inside an optional group the form asks for nothing; the hint says what the group needs,
    // and the validator refuses a group filled in part, with its line.
    const fields = formFields(shown).map((child) =>
      required || !child.required
        ? child
        : {
            ...child,
            required: false,
            hint: `${child.hint ? `${child.hint} ` : ''}Needed when ${base.label.toLowerCase()} is filled in.`,
          },
    );
    return { ...base, widget: 'object', collapsed: !required, fields };
  }
  if (shown.type === 'array') {
    const items = shown.items;
    const bounds = {
      ...(shown.minItems !== undefined ? { min: shown.minItems } : {}),
      ...(shown.maxItems !== undefined ? { max: shown.maxItems } : {}),
    };
    // A fixed-length list of numbers, e.g. a range [low, high].
    if (Array.isArray(items)) {
      const first = isObject(items[0]) ? items[0] : {};
      return { ...base, widget: 'list', min: items.length, max: items.length, field: formField('value', first, true) };
    }
    const item = isObject(items) ? (items.anyOf ? formBranch(items) : items) : {};
    if (item.enum) return { ...base, widget: 'select', multiple: true, options: item.enum.map(String), ...bounds };
    if (item.type === 'object') return { ...base, widget: 'list', fields: formFields(item), ...bounds };
    return { ...base, widget: 'list', field: formField(name.replace(/s$/, ''), item, true), ...bounds };
  }
  return scalarField(base, shown);
}

/** The form fields of an object schema, in the schema's order. */
export function formFields(
  schema: JsonSchema,
  references: Record<string, ContentKind> = {},
  existing: Partial<Record<ContentKind, ExistingEntry[]>> = {},
): DecapField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {})
    .filter((entry): entry is [string, JsonSchema] => isObject(entry[1]))
    .map(([name, property]) => {
      const kind = references[name];
      return formField(name, property, required.has(name), kind ? { kind, existing: existing[kind] ?? [] } : undefined);
    });
}

const narrative: DecapField = {
  name: 'body',
  label: 'Narrative',
  widget: 'markdown',
  required: false,
  hint: 'The narrative below the fields, in Markdown. It may use the components <Figure>, <Callout> and <Quote>, and nothing else (see docs/content-model.md).',
};

/**
 * The fields with each field that names a taxonomy entry (at its path, e.g. `results[].domain`)
 * offering the entries by label: the editor picks "Child labour", the file gets `child-labour`.
 */
function withTaxonomyLabels(
  fields: DecapField[],
  paths: Partial<Record<string, TaxonomyName>>,
  taxonomy: Taxonomy,
  prefix = '',
): DecapField[] {
  return fields.map((field) => {
    const path = `${prefix}${field.name}`;
    const name = paths[path];
    if (name) return { ...field, options: taxonomy[name].entries.map(({ id, label }) => ({ label, value: id })) };
    if (!field.fields) return field;
    return {
      ...field,
      fields: withTaxonomyLabels(field.fields, paths, taxonomy, field.widget === 'list' ? `${path}[].` : `${path}.`),
    };
  });
}

function folderCollections(
  kind: ContentKind,
  schema: JsonSchema,
  existing: Partial<Record<ContentKind, ExistingEntry[]>>,
  taxonomy: Taxonomy,
): DecapCollection[] {
  const { folder, extensions, body } = contentKinds[kind];
  const shown = presentation[kind];
  const references: Record<string, ContentKind> = contentReferences[kind as keyof typeof contentReferences] ?? {};
  const fields = withTaxonomyLabels(
    formFields(schema, references, existing),
    taxonomyReferences[kind as keyof typeof taxonomyReferences] ?? {},
    taxonomy,
  );
  return extensions.map((extension) => {
    const mdx = extension === '.mdx';
    const suffix = extensions.length > 1 ? (mdx ? ' (with a narrative)' : ' (fields only)') : '';
    return {
      name: extensions.length > 1 ? `${kind}-${extension.slice(1)}` : kind,
      label: `${shown.label}${suffix}`,
      label_singular: `${shown.singular}${suffix}`,
      description: shown.description,
      folder: `content/${folder}`,
      extension: extension.slice(1),
      format: mdx ? 'yaml-frontmatter' : 'yaml',
      create: true,
      identifier_field: shown.identifier,
      slug: '{{slug}}',
      summary: `{{${shown.identifier}}}`,
      fields: mdx && body ? [...fields, narrative] : fields,
    };
  });
}

/**
 * One form per taxonomy file. Its entries' ids are what content files name, so the description
 * warns that changing one means changing those files (the validator lists them); a new entry is
 * a choice in the other forms from the next build.
 */
function taxonomyCollection(schema: JsonSchema, taxonomy: Taxonomy): DecapCollection {
  const fields = formFields(schema).map((field) =>
    field.name === 'entries' ? { ...field, summary: '{{fields.label}} ({{fields.id}})' } : field,
  );
  return {
    name: 'taxonomies',
    label: 'Taxonomies',
    label_singular: 'Taxonomy',
    description:
      'The entries briefs are filed under, with the labels readers see. Renaming an id means changing every file that names it (npm run validate and the pull request checks list them); new entries appear as choices in the other forms after the next build.',
    files: taxonomyNames.map((name) => ({
      name: taxonomyFiles[name].replace(/\.yaml$/, ''),
      label: taxonomy[name].plural,
      file: taxonomyPath(name),
      fields,
    })),
  };
}

export interface DecapConfigInput {
  /** The JSON Schema of each kind of content file, of site.yaml and of the taxonomy files. */
  schemas: Record<ContentKind | 'site' | 'taxonomy', JsonSchema>;
  /** The site's taxonomy: the labels of the choices that name its entries, and one form per file. */
  taxonomy: Taxonomy;
  /** The GitHub repository (`owner/name`) and branch that pull requests go to, where the site names one. */
  repository?: { github: string; branch: string } | undefined;
  /** The published address of the site (its base_url). */
  siteUrl: string;
  /** The content files the site was built with, by kind: the choices for references. */
  existing: Partial<Record<ContentKind, ExistingEntry[]>>;
}

/**
 * The whole configuration. Saving opens or updates a branch and pull request on GitHub (the
 * editorial workflow; with open authoring, people without write access work from a fork), so the
 * repository's CI validates every change as it does any pull request. On localhost, with
 * `npm run cms` running Decap's local proxy, the same app reads and writes the files on disk.
 */
export function decapConfig({ schemas, taxonomy, repository, siteUrl, existing }: DecapConfigInput): DecapConfig {
  const kinds = Object.keys(contentKinds) as ContentKind[];
  return {
    backend: repository
      ? { name: 'github', repo: repository.github, branch: repository.branch, open_authoring: true, squash_merges: true }
      : // No repository named in site.yaml: only the local mode can save; the page says so.
        { name: 'proxy', proxy_url: 'http://localhost:8081/api/v1', branch: 'main' },
    local_backend: true,
    publish_mode: 'editorial_workflow',
    site_url: siteUrl,
    display_url: siteUrl,
    media_folder: 'public/media',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      ...kinds.flatMap((kind) => folderCollections(kind, schemas[kind], existing, taxonomy)),
      taxonomyCollection(schemas.taxonomy, taxonomy),
      {
        name: 'settings',
        label: 'Site settings',
        label_singular: 'Site settings',
        description: 'The title, publisher, licence and address of the site.',
        files: [{ name: 'site', label: 'Site settings', file: 'content/site.yaml', fields: formFields(schemas.site) }],
      },
    ],
  };
}
