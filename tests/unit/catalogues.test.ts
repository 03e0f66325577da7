/**
 * The catalogue compiler (scripts/catalogues.mjs) that Vite runs on the
 * client's sv/en catalogues: what it writes is what Lingui's runtime renders,
 * and a message that is not ICU stops the build with the file and the message
 * named, instead of reaching a screen as raw text. [L2]
 */
import { setupI18n, type Messages } from '@lingui/core';
import { describe, expect, it } from 'vitest';
import { compiledCatalogues } from '../../scripts/catalogues.mjs';

const ID = '/app/client/src/i18n/example.sv.ts';
type Transform = (code: string, id: string) => { code: string } | null;
const transform = compiledCatalogues().transform as Transform;

/** The module the plugin writes, evaluated: its `example` export. */
async function compile(source: string): Promise<Record<string, unknown>> {
  const out = transform(source, ID)!;
  const module = (await import(`data:text/javascript,${encodeURIComponent(out.code)}`)) as {
    example: Record<string, unknown>;
  };
  return module.example;
}

describe('[L2] the catalogue compiler', () => {
  it('writes tokens that Lingui renders: values, plurals with the number, apostrophes as written', async () => {
    const example = await compile(`export const example = {
      hello: 'Hej {name}!',
      pages: '{count, plural, one {# sida} other {# sidor}}',
      link: "Evaluator's link",
    };`);
    const i18n = setupI18n({ locale: 'sv', messages: { sv: example as Messages } });
    expect(i18n._('hello', { name: 'Anna' })).toBe('Hej Anna!');
    expect(i18n._('pages', { count: 1 })).toBe('1 sida');
    expect(i18n._('pages', { count: 4 })).toBe('4 sidor');
    expect(i18n._('link')).toBe("Evaluator's link");
  });

  it('leaves every other module alone', () => {
    expect(transform(`export const x = { a: 'Hej {name' };`, '/app/client/src/i18n/index.ts')).toBeNull();
  });

  it('refuses a message that is not ICU, naming the file and the message', () => {
    expect(() => transform(`export const example = { broken: 'Hej {name' };`, ID)).toThrow(
      /example\.sv\.ts: "Hej \{name" is not an ICU message/,
    );
  });
});
