import { parse } from 'yaml';
import type { Plugin } from 'vite';

/**
 * Turns `scenarios/*.yaml` into JSON modules at build time, so the browser never ships a YAML
 * parser for the built-in library. Validation stays at runtime (parse at every edge), where the
 * same code reports the file and field of a bad value.
 */
export function scenarioYaml(): Plugin {
  return {
    name: 'rapport-scenario-yaml',
    transform(code, id) {
      if (!/\.ya?ml$/.test(id)) return null;
      return { code: `export default ${JSON.stringify(parse(code))};`, map: null };
    },
  };
}
