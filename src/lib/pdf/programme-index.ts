/**
 * What a programme's PDF holds. Up to `volumeMemberLimit` innovations it is a volume of their
 * factsheets, each as typeset on its own (render.ts `programmeFrom`). Above it, a volume stops
 * serving a reader (at 500 briefs it runs to 1,000 pages), costs as much to typeset as all its
 * factsheets again, and is typeset whole again whenever one of them changes; the PDF is then a
 * short index instead: the programme's title and summary, and one row a brief (title, MFI,
 * country) that links the brief's web page and its own factsheet PDF. It needs no member's
 * factsheet, so it is typeset at once and costs little at any size.
 */
import { dirname, join } from 'node:path';
import { usePlurals, type Translate } from '../../i18n/index.ts';
import type { Language } from '../../schemas/vocabulary.ts';
import type { DocumentFrame } from './input.ts';

/** The most innovations whose factsheets a programme's PDF holds in one volume. */
export const volumeMemberLimit = 40;

export type ProgrammeForm = 'volume' | 'index';

export function programmeForm(members: number, limit = volumeMemberLimit): ProgrammeForm {
  return members > limit ? 'index' : 'volume';
}

/** The index's template, in the folder of the factsheet template (Typst reads only inside that folder). */
export const indexTemplateBeside = (factsheetTemplate: string) => join(dirname(factsheetTemplate), 'programme-index.typ');

/** One row of the index. */
export interface IndexedBrief {
  title: string;
  mfi: string;
  country: string;
  webUrl: string;
  pdfUrl: string;
}

export interface IndexInput extends DocumentFrame {
  labels: Record<string, string>;
  words: { intro: string; programmePage: string };
  programme: { name: string; summary: string; webUrl: string };
  briefs: IndexedBrief[];
}

export function indexInput(options: {
  frame: DocumentFrame;
  language: Language;
  t: Translate;
  programme: IndexInput['programme'];
  briefs: IndexedBrief[];
}): IndexInput {
  const { t } = options;
  return {
    ...options.frame,
    labels: {
      kicker: t('pdf.indexKicker'),
      brief: t('pdf.indexBrief'),
      mfi: t('brief.mfi'),
      country: t('brief.country'),
      factsheet: t('pdf.indexFactsheet'),
      pdf: t('pdf.indexPdf'),
      page: t('pdf.page'),
    },
    words: {
      intro: usePlurals(options.language)('pdf.indexIntro', options.briefs.length),
      programmePage: t('pdf.indexProgrammePage'),
    },
    programme: options.programme,
    briefs: options.briefs,
  };
}
