// The host APIs shared/ may use. shared/tsconfig.json gives it the language only (no DOM, no Node), so
// reaching for window, process or node:* fails the typecheck; these are pure, and every host we run on
// (the browsers we support, Node >= 20) has them.
declare function structuredClone<T>(value: T): T;
