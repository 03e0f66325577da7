/**
 * The message catalogues, compiled when the client is built (and when Vite
 * serves or tests it): every message in client/src/i18n/sv.ts, en.ts and the
 * views' *.sv.ts / *.en.ts is ICU MessageFormat, which Lingui's compiler turns
 * into the tokens `@lingui/core` renders. The phone then carries Lingui's
 * small runtime and no message parser (issue 20, part 4).
 */
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import { parseAst } from 'vite';

/** sv.ts, en.ts and every `<view>.sv.ts` / `<view>.en.ts` under client/src/i18n/. */
const CATALOGUE = /[\\/]client[\\/]src[\\/]i18n[\\/](?:\w+\.)?(?:sv|en)\.ts$/;

/** Every string literal that is a property's value: the catalogue's messages. */
function messageLiterals(node, found = []) {
  if (Array.isArray(node)) {
    for (const child of node) messageLiterals(child, found);
  } else if (node && typeof node === 'object') {
    if (node.type === 'Property' && node.value.type === 'Literal' && typeof node.value.value === 'string') {
      found.push(node.value);
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'type') messageLiterals(child, found);
  }
  return found;
}

/** A message's tokens; a message that is not ICU fails the build, naming its file (compileMessage would log it and go on). */
function compiled(message, id) {
  try {
    return compileMessageOrThrow(message);
  } catch (err) {
    throw new Error(`${id}: "${message}" is not an ICU message: ${err.message}`, { cause: err });
  }
}

/** The Vite plugin: a catalogue module's messages replaced by their compiled tokens. */
export function compiledCatalogues() {
  return {
    name: 'lartraff:compiled-catalogues',
    transform(code, id) {
      if (!CATALOGUE.test(id)) return null;
      const literals = messageLiterals(parseAst(code, { lang: 'ts' })).sort((a, b) => b.start - a.start);
      let out = code;
      for (const literal of literals) {
        const tokens = JSON.stringify(compiled(literal.value, id));
        out = out.slice(0, literal.start) + tokens + out.slice(literal.end);
      }
      // A message and its tokens are each on one line: every line keeps its number, and `map: null` keeps the module's.
      return { code: out, map: null };
    },
  };
}
