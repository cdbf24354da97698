import type { Language } from '../schemas/vocabulary.ts';
import { en, type MessageKey } from './en.ts';

export type { MessageKey };

const dictionaries: Record<Language, Record<MessageKey, string>> = { en };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** The interface strings of one language, with `{name}` placeholders filled from `values`. */
export function useTranslations(language: Language): Translate {
  const dictionary = dictionaries[language];
  return (key, values = {}) =>
    dictionary[key].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
      name in values ? String(values[name]) : placeholder,
    );
}
