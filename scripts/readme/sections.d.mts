export function readSection(text: string, name: string): string;
export function replaceSection(text: string, name: string, content: string): string;

export interface ReadmeExample {
  format: string;
  /** The format and the label after it: `portal-json feed`. */
  label: string;
  text: string;
  /** `portal` or `links`: the schema that must accept it, if any. */
  schema?: 'portal' | 'links';
}
export function readmeExamples(text: string): ReadmeExample[];
