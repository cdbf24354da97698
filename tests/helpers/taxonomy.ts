/** The bundled site's taxonomy and the content schemas built from it, for tests of the bundled content. */
import { requireTaxonomy } from '../../src/lib/taxonomy/load.ts';
import { createSchemas } from '../../src/schemas/index.ts';

export const bundledTaxonomy = await requireTaxonomy(process.cwd());
export const bundledSchemas = createSchemas(bundledTaxonomy);
