import type { Language } from '../schemas/vocabulary.ts';
import { en, type MessageKey } from './en.ts';

export type { MessageKey };

const dictionaries: Record<Language, Record<MessageKey, string>> = { en };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** The interface strings of one language, with `{name}` placeholders filled from `values`. */
export function useTranslations(language: Language): Translate {
  const dictionary = dictionaries[language];
  return (key, values = {}) =>
    dictionary[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}

type PluralBase = MessageKey extends infer K ? (K extends `${infer B}.other` ? B : never) : never;

/** A count in words, in the plural form the language uses for it ("1 brief", "3 briefs"). */
export function usePlurals(language: Language): (base: PluralBase, count: number) => string {
  const t = useTranslations(language);
  const rules = new Intl.PluralRules(language);
  const numbers = new Intl.NumberFormat(language);
  return (base, count) => {
    const form = `${base}.${rules.select(count)}` as MessageKey;
    const key = form in dictionaries[language] ? form : (`${base}.other` as MessageKey);
    return t(key, { count: numbers.format(count) });
  };
}
