/**
 * Typst through its Node binding: one compiler (fonts loaded once) that lays out the template
 * with one JSON input, and exports the layout as a PDF when asked. A Typst error or warning
 * becomes a FactsheetError that names what was being typeset and the template's file, line and
 * column.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NodeCompiler, PdfStandard, type NodeError, type NodeTypstDocument } from '@myriaddreamin/typst-ts-node-compiler';
import { typstInputs, type DocumentFrame } from './input.ts';

export const defaultTemplate = fileURLToPath(new URL('../../pdf/factsheet.typ', import.meta.url));

/** Source Sans 3 from npm: the same family as the web pages, embedded in every PDF. */
export function fontDirectory(): string {
  return join(dirname(createRequire(import.meta.url).resolve('source-sans/package.json')), 'TTF');
}

/** Where a `mark` of the template landed: page, and position in points from the top left. */
export interface FlowMark {
  id: string;
  page: number;
  x: number;
  y: number;
}

/** What a layout tells of itself: the fitting and balancing rules read these to choose one. */
export interface Layout {
  pages: number;
  marks: FlowMark[];
}

export interface Compiled extends Layout {
  pdf: Uint8Array;
}

/**
 * A layout, and its export as a PDF file. Exporting costs about a fifth of laying out, and a
 * factsheet is laid out two or more times to be fitted and balanced: only the layout that is
 * kept is exported.
 */
export interface Typeset extends Layout {
  /** The PDF/UA-1 file; a breach of PDF/UA-1 is a FactsheetError. */
  exportPdf(): Uint8Array;
}

export interface Typesetter {
  /**
   * Lays out `input` with the factsheet template, or with `main`, another template in its
   * folder; `what` names the content being typeset, in errors.
   */
  compile(input: DocumentFrame, what: string, main?: string): Typeset;
}

/** A layout exported: what a renderer keeps of it. */
export function exported(typeset: Typeset): Compiled {
  return { pdf: typeset.exportPdf(), pages: typeset.pages, marks: typeset.marks };
}

interface Diagnostic {
  message: string;
  path: string;
  /** As in the language server protocol: 1 error, 2 warning, 3 information, 4 hint (Typst's call trace). */
  severity: number;
  range: { start: { line: number; character: number } } | null;
}

export class FactsheetError extends Error {
  override name = 'FactsheetError';
}

/** Typst's suggested age for tools that compile many documents once each (not a watcher). */
const cacheMaxAge = 10;

const severities: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'note', 4: 'note' };

function describe(diagnostic: Diagnostic, template: string): string {
  const severity = severities[diagnostic.severity] ?? 'error';
  const file = relative(process.cwd(), resolve(diagnostic.path || template));
  if (!diagnostic.range) return `${file}: ${severity}: ${diagnostic.message}`;
  const { line, character } = diagnostic.range.start;
  const source = readFileSync(resolve(diagnostic.path || template), 'utf8').split('\n')[line] ?? '';
  return `${file}:${line + 1}:${character + 1}: ${severity}: ${diagnostic.message}\n  ${line + 1} | ${source.trim()}`;
}

export function createTypesetter(options: { template?: string } = {}): Typesetter {
  const template = resolve(options.template ?? defaultTemplate);
  const compiler = NodeCompiler.create({ workspace: dirname(template), fontArgs: [{ fontPaths: [fontDirectory()] }] });

  const fail = (what: string, main: string, problem: NodeError): never => {
    // The short diagnostics carry no positions; the full ones do.
    const diagnostics = compiler.fetchDiagnostics(problem) as Diagnostic[];
    const lines = diagnostics.map((d) => describe(d, main)).join('\n');
    throw new FactsheetError(`${what}: the PDF factsheet could not be typeset:\n${lines}`);
  };

  // PDF/UA-1: Typst checks what it can (a title, alt text on every image, no link in a page's
  // header or footer) and refuses the export on what is missing, so no factsheet is silently
  // inaccessible. The export reports a breach as a thrown string, not as a diagnostic.
  const exportPdf = (what: string, document: NodeTypstDocument): Uint8Array => {
    try {
      return new Uint8Array(compiler.pdf(document, { pdfStandard: PdfStandard.UA_1 }));
    } catch (problem) {
      const messages = [...String(problem).matchAll(/message: "((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]);
      throw new FactsheetError(
        `${what}: the PDF factsheet could not be exported as PDF/UA-1:\n${(messages.length ? messages : [String(problem)]).join('\n')}`,
      );
    }
  };

  return {
    compile(input, what, main = template) {
      const result = compiler.compile({ mainFilePath: resolve(main), inputs: typstInputs(input) });
      // Typst memoises layouts in a process-wide cache that nothing empties: without this it grows
      // by about 7 MB per factsheet (7 GB for 1,000). Entries unused for `cacheMaxAge` compiles go;
      // the fitting rule's retries of one factsheet still hit the cache. Output is unchanged.
      compiler.evictCache(cacheMaxAge);
      const error = result.takeError();
      if (error) fail(what, main, error);
      // A warning (an unknown font, say) would silently change the document: it fails too.
      const warnings = result.takeWarnings();
      if (warnings) fail(what, main, warnings);
      const document = result.result;
      if (!document) throw new FactsheetError(`${what}: Typst returned no document and no error`);
      return {
        pages: document.numOfPages,
        marks: compiler.query(document, { selector: '<flow-mark>', field: 'value' }) as FlowMark[],
        exportPdf: () => exportPdf(what, document),
      };
    },
  };
}
