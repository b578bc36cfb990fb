/**
 * Builds the kubectl model once per build: the fig spec (fig.ts), corrected by the override table
 * (overrides.ts), with the resource types of resources.ts. Build only; the browser gets slices of the
 * result as JSON (see slice.ts).
 */
import { loadFigSpec, verbsFromFig } from './fig';
import { KUBECTL_CHECKED, OVERRIDES, verbOf, type Override } from './overrides';
import { resourceTypes } from './resources';
import type { FlagInfo, KubectlModel, VerbInfo } from './types';

const hasName = (flag: FlagInfo, name: string) => flag.names.includes(name);

/** Applies the overrides to a spec's verbs; throws naming every entry that matched nothing. */
export function applyOverrides(
  base: { verbs: Record<string, VerbInfo>; globalFlags: FlagInfo[] },
  overrides: readonly Override[],
): { verbs: Record<string, VerbInfo>; globalFlags: FlagInfo[] } {
  const verbs: Record<string, VerbInfo> = structuredClone(base.verbs);
  const globalFlags: FlagInfo[] = structuredClone(base.globalFlags);
  const stale: string[] = [];
  const verbNamed = (name: string) => {
    const found = verbs[name];
    if (!found) stale.push(`no verb "${name}"`);
    return found;
  };
  for (const override of overrides) {
    switch (override.op) {
      case 'rename-flag': {
        const found = verbNamed(override.verb)?.flags.find((entry) => hasName(entry, override.from));
        if (found) found.names = found.names.map((name) => (name === override.from ? override.to : name));
        else stale.push(`${override.verb}: no flag ${override.from} to rename`);
        break;
      }
      case 'set-flag': {
        const lists = override.verb === '*' ? [globalFlags, ...Object.values(verbs).map((v) => v.flags)] : [];
        if (override.verb !== '*') lists.push(verbNamed(override.verb)?.flags ?? []);
        const found = lists.flatMap((list) => list.filter((entry) => hasName(entry, override.flag)));
        if (found.length === 0) stale.push(`${override.verb}: no flag ${override.flag} to correct`);
        for (const entry of found) Object.assign(entry, override.set);
        break;
      }
      case 'add-flag': {
        const verb = verbNamed(override.verb);
        if (verb?.flags.some((entry) => override.flag.names.some((name) => hasName(entry, name)))) {
          stale.push(`${override.verb}: already has ${override.flag.names.join('/')}`);
        } else verb?.flags.push(override.flag);
        break;
      }
      case 'add-verb': {
        if (verbs[override.verb]) stale.push(`verb "${override.verb}" is already in the spec`);
        verbs[override.verb] = verbOf(override);
        const words = override.verb.split(' ');
        const parent = words.length > 1 ? verbs[words.slice(0, -1).join(' ')] : undefined;
        if (parent && !parent.subcommands.includes(words[words.length - 1] ?? '')) {
          parent.subcommands.push(words[words.length - 1] ?? '');
        }
        break;
      }
      case 'set-verb': {
        const verb = verbNamed(override.verb);
        if (verb) verb.description = override.description;
        break;
      }
      case 'add-global': {
        if (globalFlags.some((entry) => override.flag.names.some((name) => hasName(entry, name)))) {
          stale.push(`global flag ${override.flag.names.join('/')} is already in the spec`);
        } else globalFlags.push(override.flag);
        break;
      }
    }
  }
  if (stale.length > 0) {
    throw new Error(`kubectl overrides (src/lib/kubectl/overrides.ts) no longer match the spec:\n${stale.join('\n')}`);
  }
  return { verbs, globalFlags };
}

let cached: KubectlModel | undefined;

/** The model of kubectl the site uses: fig's spec plus the reviewed corrections, and the resource types. */
export function kubectlModel(): KubectlModel {
  if (!cached) {
    const corrected = applyOverrides(verbsFromFig(loadFigSpec()), OVERRIDES);
    cached = { version: KUBECTL_CHECKED, ...corrected, resources: resourceTypes() };
  }
  return cached;
}
