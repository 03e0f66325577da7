import type { Plugin } from 'vite';

/** The Vite plugin that compiles the message catalogues' ICU messages into Lingui's tokens. */
export function compiledCatalogues(): Plugin;
