/**
 * Docusaurus plugin for self-check cards: collects every `<Card>` of the chapter pages at build time
 * (src/lib/cards.ts), fails the build on a missing, malformed or repeated id naming page:line, and hands the
 * browser two things:
 * - global data (every page): each chapter's section anchors and card ids, for reading progress and due counts;
 * - `cards.json` (a data module only /study imports): the questions and answers.
 */
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { Joi } from '@docusaurus/utils-validation';
import { optionsValidator } from '../options';
import { loadPages, type Page } from '../../lib/build/content';
import { duplicateIds, extractCards, formatProblems, type CardEntry, type CardProblem } from '../../lib/build/cards';
import type { StudyCard, StudyChapter, StudyGlobalData } from '../../lib/study/chapters';
import { kubectlModel } from '../../lib/kubectl/model';
import { readTyped } from '../../lib/kubectl/equivalence';
import { sliceModel } from '../../lib/kubectl/slice';
import type { KubectlModel } from '../../lib/kubectl/types';

export interface CardsPluginOptions {
  id?: string;
  docsDir: string;
}

export interface CardsContent {
  global: StudyGlobalData;
  cards: StudyCard[];
  /** The part of the kubectl model the command cards' checking needs (their verbs' flags). */
  commandModel: KubectlModel;
}

/** A command card's answer must be one kubectl command the model reads completely. */
export function commandProblem(command: string): string | undefined {
  const read = readTyped(kubectlModel(), command);
  if (read.problem !== undefined) return `the answer \`${command}\` is not one kubectl command: ${read.problem}`;
  if (!read.parsed.verb) return `the answer \`${command}\` has no kubectl verb`;
  const unknown = read.parsed.flags.filter((flag) => !flag.flag).map((flag) => flag.written);
  if (unknown.length > 0)
    return `the answer \`${command}\` uses ${unknown.join(', ')}, unknown to kubectl ${read.parsed.verb.path}`;
  const removed = read.parsed.flags.find((flag) => flag.flag?.status?.kind === 'removed');
  if (removed) return `the answer \`${command}\` uses ${removed.written}, removed in ${removed.flag?.status?.since}`;
  return undefined;
}

/** Modules shared by the study views on every docs page and by /study. */
const STUDY_CORE = /[\\/]src[\\/]lib[\\/]study[\\/](?:data|storage|browser|progress|chapters|useNow)\.ts$/;

/** Chapter pages are the `chNN-*.mdx` files; the intro has no cards. */
const CHAPTER_FILE = /^ch\d{2}-/;

function sidebarLabel(doc: Page): string {
  const match = /^sidebar_label:\s*['"]?(.*?)['"]?\s*$/m.exec(doc.source);
  return match?.[1] ?? doc.title;
}

/** Reads every page's cards; throws one error listing every problem of every page. */
export function collectCards(docsDir: string, siteDir: string): CardsContent {
  const docs = loadPages(docsDir);
  const fileOf = new Map(docs.map((doc) => [doc.permalink, path.relative(siteDir, doc.absolutePath)]));
  const problems: CardProblem[] = [];
  const all: CardEntry[] = [];
  const chapters: StudyChapter[] = [];
  for (const doc of docs) {
    const file = fileOf.get(doc.permalink) ?? doc.relativePath;
    const found = extractCards(doc.tree, { permalink: doc.permalink, file });
    problems.push(...found.problems);
    for (const card of found.cards) {
      const problem = card.command === undefined ? undefined : commandProblem(card.command);
      if (problem) problems.push({ file, line: card.line, message: `<Card id="${card.id}">: ${problem}` });
    }
    all.push(...found.cards);
    if (!CHAPTER_FILE.test(path.basename(doc.relativePath))) continue;
    const sections = doc.sections.filter((section) => section.depth <= 4).map((section) => section.anchor);
    chapters.push({
      permalink: doc.permalink,
      label: sidebarLabel(doc),
      sections,
      cards: found.cards.map((card) => [card.id, sections.indexOf(card.anchor)]),
    });
  }
  problems.push(...duplicateIds(all, (page) => fileOf.get(page) ?? page));
  if (problems.length > 0) {
    throw new Error(`Self-check cards have ${problems.length} problem(s):\n${formatProblems(problems)}`);
  }
  const verbs = all.flatMap((card) => {
    const read = card.command === undefined ? undefined : readTyped(kubectlModel(), card.command);
    return read && read.problem === undefined && read.parsed.verb ? [read.parsed.verb.path] : [];
  });
  return {
    global: { chapters },
    cards: all.map(({ id, question, answer, page, anchor, section, command }) => ({
      id,
      question,
      answer,
      page,
      anchor,
      section,
      ...(command === undefined ? {} : { command }),
    })),
    commandModel: sliceModel(kubectlModel(), verbs),
  };
}

export default function cardsPlugin(context: LoadContext, rawOptions: unknown): Plugin {
  // Already checked against optionsSchema below.
  const { docsDir } = rawOptions as CardsPluginOptions;
  return {
    name: 'kia-cards',

    getPathsToWatch() {
      return [path.join(docsDir, '**/*.{md,mdx}')];
    },

    async loadContent() {
      return collectCards(docsDir, context.siteDir);
    },

    configureWebpack(_config, isServer) {
      if (isServer) return {};
      // The study code every docs page uses (the sidebar, the chapter's progress line, /study) goes into one
      // chunk of its own, instead of a copy in each route chunk that uses it.
      return {
        optimization: {
          splitChunks: {
            cacheGroups: {
              kiaStudy: {
                test: STUDY_CORE,
                name: 'study-core',
                chunks: 'all',
                enforce: true,
                priority: 50,
              },
            },
          },
        },
      };
    },

    async contentLoaded({ content, actions }) {
      // Plugin modules in the config are typed with unknown content; this is what loadContent returned.
      const { global, cards, commandModel } = content as CardsContent;
      actions.setGlobalData(global);
      // Written to .docusaurus/kia-cards/default/cards.json; only /study imports it.
      await actions.createData('cards.json', JSON.stringify(cards));
      // Loaded by /study with the checking code on the first typed answer.
      await actions.createData('command-model.json', JSON.stringify(commandModel));
      // The review page, routed by the plugin that makes its data (CONTRIBUTING.md, "Pages").
      actions.addRoute({
        path: path.posix.join(context.baseUrl, 'study'),
        component: '@site/src/components/StudyPage',
        exact: true,
      });
    },
  };
}

const optionsSchema = Joi.object<CardsPluginOptions>({
  id: Joi.string(),
  docsDir: Joi.string().required(),
});

// A plugin given to the config as a function carries its option validation as a property.
cardsPlugin.validateOptions = optionsValidator(optionsSchema);
