/** The id of a manifest's row in the catalog page: shared by the catalog and every embedded manifest. */
export function manifestAnchor(file: string): string {
  return file
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
}
