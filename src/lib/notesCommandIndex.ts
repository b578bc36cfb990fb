/**
 * The kubectl command index, computed from the chapter sources: every command of every page (commands/),
 * located in its section (docs.ts), grouped by verb and resource type, with what current kubectl makes of
 * it (commands/outdated.ts). The /commands page, the search index and the browser tests all read this.
 */
import {
  extractCommands,
  isKubectlMention,
  parseKubectl,
  POD_VERBS,
  statusesOf,
  type CommandStatus,
  type CommandUse,
} from './commands';
import { sectionAtLine, sectionLink, type Page } from './contentModel';
import { kubectlModel } from './kubectl/model';
import { searchFieldsOf, verbDescriptions } from './kubectl/searchFields';
import { shellWords } from './commands/shellWords';
import { explainLine } from './kubectl/explain';
import { Glossary, type GlossaryEntry } from './kubectl/glossary';

export interface CommandLocation {
  /** `/ch05-services#create-service` */
  href: string;
  pageTitle: string;
  /** Sidebar label of the page when it has one (`5. Services and Ingress`), else its title. */
  pageLabel: string;
  /** Heading text of the innermost section, or the page title before the first heading. */
  section: string;
  /** docs/-relative path and 1-based line, for build errors and tests. */
  file: string;
  line: number;
  where: CommandUse['where'];
  history: boolean;
}

export interface IndexedCommand {
  /** The command as a reader types it (the `k` alias written out): what the copy button copies. */
  command: string;
  uses: CommandLocation[];
  statuses: CommandStatus[];
  /** Every use is inside a `:::changed` box: the form the notes used, not one to run today. */
  historyOnly: boolean;
  /** Near-identical commands folded into this one (other names or values, same verb, type and flags). */
  also: { command: string; uses: CommandLocation[] }[];
  /** What the find box matches besides the spelling (kubectl commands only). */
  search?: { verb: string; verbText: string; resourceText: string; detailText: string };
}

export interface CommandGroup {
  /** Stable id for the page's anchors: `get-endpoints`, `create-f`, `tool-minikube`. */
  id: string;
  /** What the group shows as its heading: `kubectl get endpoints`, `minikube`. */
  title: string;
  /** `get`, `rollout undo`, `create -f`; the tool name for other commands. */
  verb: string;
  resource?: string;
  commands: IndexedCommand[];
}

export interface VerbSection {
  id: string;
  verb: string;
  /** What the verb does, in one line (from the kubectl model). */
  description: string;
  groups: CommandGroup[];
}

export interface CommandIndexData {
  kubectl: VerbSection[];
  other: CommandGroup[];
  /** kubectl commands only named in running text (`kubectl attach`), not run: listed apart. */
  mentions: IndexedCommand[];
  /** kubectl's verbs the notes never run, with what each does: found by the find box only. */
  otherVerbs: { verb: string; description: string; terms: string }[];
  counts: {
    kubectlCommands: number;
    kubectlUses: number;
    kubectlMentions: number;
    kubectlGroups: number;
    otherCommands: number;
    otherUses: number;
    pages: number;
  };
}

export interface LocatedCommand extends CommandUse {
  doc: Page;
  location: CommandLocation;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function pageLabel(doc: Page): string {
  const match = /^sidebar_label:\s*['"]?(.*?)['"]?\s*$/m.exec(doc.source.split(/\n---\s*\n/)[0] ?? '');
  return match?.[1] || doc.title;
}

/** Every command of every page with the section it is in. */
export function locateCommands(docs: Page[]): LocatedCommand[] {
  return docs.flatMap((doc) => {
    const label = pageLabel(doc);
    return extractCommands(doc.source, { mdx: doc.relativePath.endsWith('.mdx'), tree: doc.tree }).map((use) => {
      const section = sectionAtLine(doc, use.line);
      return {
        ...use,
        doc,
        location: {
          href: sectionLink(doc, section),
          pageTitle: doc.title,
          pageLabel: label,
          section: section?.title ?? doc.title,
          file: doc.relativePath,
          line: use.line,
          where: use.where,
          history: use.history,
        },
      };
    });
  });
}

/** `get endpoints`, `create configmap`, `create -f`, `exec`: what the index groups a kubectl command under. */
export function kubectlGroupOf(command: string): { verb: string; resource?: string } {
  const parsed = parseKubectl(command);
  if (!parsed) return { verb: '(other)' };
  const implied = POD_VERBS.has(parsed.verb);
  // Types implied by the verb (`exec` acts on pods) or already in it (`create configmap`) are not repeated.
  const inVerb = parsed.verb.startsWith('create ') || parsed.verb.endsWith(' -f');
  let resource = implied && parsed.resource === 'pods' ? undefined : inVerb ? undefined : parsed.resource;
  if (parsed.verb === 'get' && resource === undefined && parsed.flags.includes('--raw')) resource = '--raw';
  return { verb: parsed.verb, resource };
}

function collect(located: LocatedCommand[]): IndexedCommand[] {
  const byCommand = new Map<string, IndexedCommand>();
  for (const use of located) {
    let entry = byCommand.get(use.command);
    if (!entry) {
      const search = use.tool === 'kubectl' ? searchFieldsOf(use.command) : undefined;
      entry = {
        command: use.command,
        uses: [],
        statuses: statusesOf(use.tool, use.command),
        historyOnly: true,
        also: [],
        ...(search ? { search } : {}),
      };
      byCommand.set(use.command, entry);
    }
    // One link per section: a command run twice in the same section is one place to go.
    if (!entry.uses.some((existing) => existing.href === use.location.href)) entry.uses.push(use.location);
    entry.historyOnly &&= use.history;
  }
  return [...byCommand.values()];
}

/**
 * What makes two commands near-identical: the same verb, resource type, flags (by name), number of names,
 * program after `--`, status and history. `annotate deployment/kubia change-cause="image v1"` and "image v2"
 * are one entry; `exec pod -- env` and `exec pod -- ls` are not.
 */
function shapeOf(entry: IndexedCommand): string {
  const parsed = parseKubectl(entry.command);
  if (!parsed) return entry.command;
  const words = shellWords(entry.command);
  const program = parsed.dashDash ? (words[words.indexOf('--') + 1] ?? '') : '';
  const pipeline = words.includes('|') ? entry.command.slice(entry.command.indexOf('|')) : '';
  return JSON.stringify([
    parsed.verb,
    parsed.resource,
    [...parsed.flags].sort(),
    parsed.args.length,
    program,
    pipeline,
    entry.statuses.map((status) => status.label),
    entry.historyOnly,
  ]);
}

/** Folds near-identical commands into the first of them, which lists the others with their sections. */
function fold(entries: IndexedCommand[]): IndexedCommand[] {
  const byShape = new Map<string, IndexedCommand>();
  const out: IndexedCommand[] = [];
  for (const entry of entries) {
    const key = shapeOf(entry);
    const first = byShape.get(key);
    if (first) first.also.push({ command: entry.command, uses: entry.uses });
    else {
      byShape.set(key, entry);
      out.push(entry);
    }
  }
  return out;
}

const byName = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title);

export function buildCommandIndex(docs: Page[]): CommandIndexData {
  const located = locateCommands(docs);
  const isMention = (use: LocatedCommand) =>
    use.tool === 'kubectl' && use.where === 'inline' && isKubectlMention(use.command);
  const kubectl = located.filter((use) => use.tool === 'kubectl' && !isMention(use));
  const mentions = located.filter(isMention);
  const other = located.filter((use) => use.tool !== 'kubectl');

  const groups = new Map<string, { verb: string; resource?: string; uses: LocatedCommand[] }>();
  for (const use of kubectl) {
    const { verb, resource } = kubectlGroupOf(use.command);
    const key = `${verb}\u0000${resource ?? ''}`;
    const group = groups.get(key) ?? { verb, resource, uses: [] };
    group.uses.push(use);
    groups.set(key, group);
  }
  const verbs = new Map<string, CommandGroup[]>();
  for (const group of groups.values()) {
    const title = ['kubectl', group.verb, group.resource].filter(Boolean).join(' ');
    const list = verbs.get(group.verb.split(' ')[0] ?? group.verb) ?? [];
    list.push({
      id: slug(`${group.verb} ${group.resource ?? ''}`),
      title,
      verb: group.verb,
      resource: group.resource,
      commands: fold(collect(group.uses)),
    });
    verbs.set(group.verb.split(' ')[0] ?? group.verb, list);
  }
  const kubectlSections = [...verbs.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([verb, list]) => ({
      id: `verb-${slug(verb)}`,
      verb,
      description: kubectlModel().verbs[verb]?.description ?? '',
      groups: list.sort(byName),
    }));

  const tools = new Map<string, LocatedCommand[]>();
  for (const use of other) tools.set(use.tool, [...(tools.get(use.tool) ?? []), use]);
  const otherGroups: CommandGroup[] = [...tools.entries()]
    .map(([tool, uses]) => ({ id: `tool-${slug(tool)}`, title: tool, verb: tool, commands: collect(uses) }))
    .sort(byName);

  const kubectlCommands = kubectlSections.flatMap((section) =>
    section.groups.flatMap((group) => group.commands.flatMap((command) => [command, ...command.also])),
  );
  const run = new Set(kubectlSections.map((section) => section.verb));
  return {
    kubectl: kubectlSections,
    other: otherGroups,
    mentions: collect(mentions).sort((a, b) => a.command.localeCompare(b.command)),
    otherVerbs: verbDescriptions().filter((verb) => !run.has(verb.verb)),
    counts: {
      kubectlCommands: kubectlCommands.length,
      kubectlUses: kubectl.length,
      kubectlMentions: mentions.length,
      kubectlGroups: kubectlSections.reduce((sum, section) => sum + section.groups.length, 0),
      otherCommands: otherGroups.reduce((sum, group) => sum + group.commands.length, 0),
      otherUses: other.length,
      pages: new Set(located.map((use) => use.doc.relativePath)).size,
    },
  };
}

/** The page's data: the index and where its words file is (src/plugins/commandIndex). */
export type CommandIndexPage = CommandIndexData & { wordsUrl: string };

/**
 * The explained words of the index's rows, apart from the page's data: the page loads them on first use
 * (a static JSON file the commandIndex plugin writes), so the words are not elements nor data at load.
 */
export interface CommandWordsData {
  /** The explanations, each once (`#kx<n>`; src/components/CommandWords). */
  entries: GlossaryEntry[];
  /** A row's command to its explained words: flat triples of start, end and entry number (`#kx<n>`). */
  rows: Record<string, number[]>;
}

/** The words of every row's command (not the variants folded into a row: they are not explained). */
export function commandWordsOf(index: CommandIndexData): CommandWordsData {
  const glossary = new Glossary();
  const rows: Record<string, number[]> = {};
  for (const command of index.kubectl.flatMap((section) => section.groups.flatMap((group) => group.commands))) {
    rows[command.command] = explainLine(kubectlModel(), command.command).flatMap(({ start, end, explanation }) => [
      start,
      end,
      Number(glossary.idOf(explanation).slice(2)),
    ]);
  }
  return { entries: glossary.entries(), rows };
}
