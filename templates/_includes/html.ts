/** HTML building for the templates: every interpolated value is escaped unless wrapped in `raw`. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const esc = (s: unknown): string => String(s ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

export class Raw {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

export const raw = (html: string): Raw => new Raw(html);

type Value = string | number | null | undefined | false | Raw | Value[];

const render = (v: Value): string => {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof Raw) return v.html;
  if (Array.isArray(v)) return v.map(render).join('');
  return esc(v);
};

/** Tagged template: html`<p>${text}</p>` escapes `text`; arrays are joined; `raw()` passes HTML through. */
export function html(strings: TemplateStringsArray, ...values: Value[]): Raw {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new Raw(out);
}

/** A headline part as printed: its line breaks kept. */
export const lines = (s: string | undefined): Raw => raw(esc(s ?? '').replace(/\n/g, '<br>'));
