/** Built at build time by vite-plugins/scenario-index.ts; checked in src/scenario/scenario-index.ts. */
declare module 'virtual:scenario-index' {
  const cards: unknown[];
  export default cards;
}
