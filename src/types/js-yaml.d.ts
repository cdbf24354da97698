/** The part of js-yaml 4 (which ships no types) that src/lib/validation/yaml-fast.ts uses. */
declare module 'js-yaml' {
  export class Type {
    constructor(
      tag: string,
      options: { kind: 'scalar'; resolve: (text: string) => boolean; construct: (text: string) => unknown },
    );
  }
  export interface Schema {
    extend(types: { implicit: Type[] }): Schema;
  }
  export const FAILSAFE_SCHEMA: Schema;
  export function load(text: string, options?: { schema?: Schema }): unknown;
}
