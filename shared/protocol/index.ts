/**
 * The wire protocol: every command, event, ack and error, both ways, as zod
 * schemas. TypeScript types and the Socket.IO event maps are derived from
 * these; no event name is written as a bare string anywhere else.
 *
 * zod/mini: the same parser as zod with a tree-shakeable API, so a phone
 * downloads ~5 KB of it instead of ~28 KB.
 */
export * from './data';
export * from './commands';
export * from './events';
export * from './socket';
