/**
 * The explained words of the command index's rows, fetched once per page view on first use (a static JSON
 * file of the build, see src/plugins/commandIndex): every row that is explained shares the one request.
 * A failed request is forgotten, so the next use tries again.
 */
import type { CommandWordsData } from '../notesCommandIndex';

const loads = new Map<string, Promise<CommandWordsData>>();

export function loadCommandWords(url: string): Promise<CommandWordsData> {
  let load = loads.get(url);
  if (!load) {
    load = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return (await response.json()) as CommandWordsData;
    });
    load.catch(() => loads.delete(url));
    loads.set(url, load);
  }
  return load;
}
