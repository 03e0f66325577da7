/**
 * The part of i18next the app uses, in a few hundred bytes instead of ~18 KB
 * gzip (i18next and react-i18next were an eighth of the phone's first load,
 * issue 20): nested keys, `{{name}}` interpolation, plural forms by
 * `Intl.PluralRules` (`_one`, `_other`), a fallback language, a default value,
 * catalogues merged in as views load, and a `languageChanged` event.
 */
type Tree = { [key: string]: string | Tree };
export type TOptions = Record<string, unknown> & {
  count?: number;
  defaultValue?: string;
  lng?: string;
  fallbackLng?: string[];
};
export type TFunction = (key: string, options?: TOptions) => string;

function merge(target: Tree, source: Tree): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (typeof value === 'object' && typeof existing === 'object') merge(existing, value);
    else if (existing === undefined) target[key] = typeof value === 'object' ? structuredClone(value) : value;
  }
}

function interpolate(text: string, values: Record<string, unknown>): string {
  return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

export class Translator {
  language: string;
  private readonly resources = new Map<string, Tree>();
  private readonly fixed = new Map<string, TFunction>();
  private readonly listeners = new Set<(lng: string) => void>();

  constructor(
    lng: string,
    private readonly fallbackLng: string,
  ) {
    this.language = lng;
  }

  /** Merges a catalogue under what is there: a key already present keeps its text. */
  addResourceBundle(lng: string, _ns: 'translation', bundle: object): void {
    const tree = this.resources.get(lng) ?? {};
    merge(tree, bundle as Tree);
    this.resources.set(lng, tree);
  }

  getResourceBundle(lng: string, _ns: 'translation'): object | undefined {
    return this.resources.get(lng);
  }

  private lookup(key: string, options: TOptions): string | undefined {
    const lng = options.lng ?? this.language;
    const languages = [lng, ...(options.fallbackLng ?? [this.fallbackLng]).filter((l) => l !== lng)];
    for (const language of languages) {
      const keys =
        typeof options.count === 'number'
          ? [`${key}_${new Intl.PluralRules(language).select(options.count)}`, key]
          : [key];
      for (const k of keys) {
        let node: string | Tree | undefined = this.resources.get(language);
        for (const part of k.split('.')) node = typeof node === 'object' ? node[part] : undefined;
        if (typeof node === 'string') return node;
      }
    }
    return undefined;
  }

  exists(key: string, options: TOptions = {}): boolean {
    return this.lookup(key, options) !== undefined;
  }

  /** The text for a key; the key itself when no catalogue has it (as i18next does). */
  t: TFunction = (key, options = {}) => interpolate(this.lookup(key, options) ?? options.defaultValue ?? key, options);

  /** A `t` bound to one language: a new function per language, so a memo keyed on `t` recomputes on a switch. */
  getFixedT(lng: string): TFunction {
    let t = this.fixed.get(lng);
    if (!t) {
      t = (key, options) => this.t(key, { lng, ...options });
      this.fixed.set(lng, t);
    }
    return t;
  }

  changeLanguage(lng: string): Promise<void> {
    if (lng !== this.language) {
      this.language = lng;
      for (const listener of this.listeners) listener(lng);
    }
    return Promise.resolve();
  }

  on(_event: 'languageChanged', listener: (lng: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
