/**
 * Docusaurus plugin for manifests/:
 * - the catalog page at /manifests (data computed at build time from manifests/ and docs/);
 * - the raw files published byte for byte at /manifests/<chapter>/<file>, so
 *   `kubectl apply -f https://<site>/manifests/...` works;
 * - the bundling of the manifest editor's validator (editorBundle.ts).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { Joi } from '@docusaurus/utils-validation';
import { optionsValidator } from '../options';
import { buildCatalog, listManifestFiles, type CatalogEntry } from '../../lib/build/manifests';
import type { CatalogChapter, CatalogRelations, ManifestsContent } from '../../lib/manifestCatalog';
import { loadPages } from '../../lib/build/content';
import { cachedRelations, relationItems, warningLine, type ChapterGraph } from '../../lib/build/relations';
import { localLinks, relationDiagramSource } from '../../lib/relations/pageGraphs';
import { diagramKey } from '../../lib/build/diagrams/key';
import { hasRenders, readRender } from '../../lib/build/diagrams/store';
import { editorBundleConfig } from './editorBundle';
import { installedSchemaKubernetes } from '../../lib/build/schemaKubernetes';
import type { ManifestsGlobalData } from '../../lib/manifestCatalog';

export type { CatalogChapter, CatalogRelations, ManifestsContent } from '../../lib/manifestCatalog';

export interface ManifestsPluginOptions {
  id?: string;
  manifestsDir: string;
  docsDir: string;
  /** The diagram renders (static/diagrams/), where the catalog finds each relation graph's render. */
  rendersDir: string;
  /** Route of the catalog page. */
  routePath: string;
}


/** Joins manifest folders (`ch05`) to the chapter page whose file starts with the same name. */
function groupByChapter(entries: CatalogEntry[], docsDir: string): CatalogChapter[] {
  const docs = loadPages(docsDir);
  const folders = [...new Set(entries.map((entry) => entry.chapter))].sort();
  return folders.map((folder) => {
    const doc = docs.find((candidate) => candidate.relativePath.startsWith(`${folder}-`));
    return {
      folder,
      title: doc?.title ?? folder,
      permalink: doc?.permalink,
      entries: entries.filter((entry) => entry.chapter === folder),
    };
  });
}


/**
 * The build-time render of a chapter's relation graph, drawn for its page by src/remark/relationGraph
 * (tests/content/diagrams.test.ts checks those renders exist). A chapter whose page shows no graph has
 * none here either.
 */
function relationDiagram(graph: ChapterGraph, permalink: string, rendersDir: string): CatalogRelations['diagram'] {
  const key = diagramKey(relationDiagramSource(graph, localLinks(permalink)));
  if (!hasRenders(rendersDir, key)) return undefined;
  const { info } = readRender(rendersDir, key, 'light');
  return {
    renderKey: key,
    width: String(info.width),
    height: String(info.height),
    title: info.title,
    description: info.description,
  };
}


export default function manifestsPlugin(context: LoadContext, rawOptions: unknown): Plugin {
  // Already checked against optionsSchema below.
  const { manifestsDir, docsDir, rendersDir, routePath } = rawOptions as ManifestsPluginOptions;
  return {
    name: 'kia-manifests',

    getPathsToWatch() {
      return [path.join(manifestsDir, '**/*'), path.join(docsDir, '**/*.{md,mdx}')];
    },

    async loadContent(): Promise<ManifestsContent> {
      const chapters = groupByChapter(buildCatalog(manifestsDir, docsDir), docsDir);
      const graphs = cachedRelations(manifestsDir, docsDir);
      // Printed once per build (the pages show them too): one line per warning, naming file and object.
      for (const warning of graphs.flatMap((graph) => graph.warnings)) console.warn(`[relations] ${warningLine(warning)}`);
      const relations = graphs.map((graph) => {
        const chapter = chapters.find((candidate) => candidate.folder === graph.chapter);
        return {
          folder: graph.chapter,
          title: chapter?.title ?? graph.chapter,
          permalink: chapter?.permalink,
          items: relationItems(graph),
          warnings: graph.warnings.map(warningLine),
          diagram:
            graph.edges.length > 0 && chapter?.permalink
              ? relationDiagram(graph, chapter.permalink, rendersDir)
              : undefined,
        };
      });
      return { chapters, relations };
    },

    async contentLoaded({ content, actions }) {
      // Plugin modules in the config are typed with unknown content; this is what loadContent returned.
      const { chapters, relations } = content as ManifestsContent;
      const catalogPath = await actions.createData('manifest-catalog.json', JSON.stringify(chapters));
      const relationsPath = await actions.createData('manifest-relations.json', JSON.stringify(relations));
      // The editor's summary names the release of the schemas it validates against.
      const global: ManifestsGlobalData = { schemaKubernetes: installedSchemaKubernetes() };
      actions.setGlobalData(global);
      actions.addRoute({
        path: path.posix.join(context.baseUrl, routePath),
        component: '@site/src/components/ManifestCatalog',
        exact: true,
        modules: { catalog: catalogPath, relations: relationsPath },
      });
    },

    configureWebpack(_config, isServer) {
      return editorBundleConfig(isServer);
    },

    async postBuild({ outDir }) {
      // Copied file by file (not the folder) so the published set is exactly what the catalog lists.
      const target = path.join(outDir, 'manifests');
      await Promise.all(
        listManifestFiles(manifestsDir).map(async (file) => {
          const destination = path.join(target, file);
          await fs.mkdir(path.dirname(destination), { recursive: true });
          await fs.copyFile(path.join(manifestsDir, file), destination);
        }),
      );
    },
  };
}

const optionsSchema = Joi.object<ManifestsPluginOptions>({
  id: Joi.string(),
  manifestsDir: Joi.string().required(),
  docsDir: Joi.string().required(),
  rendersDir: Joi.string().required(),
  routePath: Joi.string().default('/manifests'),
});

// A plugin given to the config as a function carries its option validation as a property.
manifestsPlugin.validateOptions = optionsValidator(optionsSchema);
