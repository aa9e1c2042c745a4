/** Where the MDX pages of `content/pages/` appear on the site. */

/** Rendered as `/programme/` itself. */
export const OVERVIEW_PAGE = 'overview';
/** Rendered on `/apply/` under the application status. */
export const APPLICATION_PAGE = 'application';

/** The pages that get their own `/programme/<id>/` address, in their `order`, then by ID. */
export function programmePages<T extends { id: string; order: number }>(pages: readonly T[]): T[] {
  return pages
    .filter((p) => p.id !== OVERVIEW_PAGE && p.id !== APPLICATION_PAGE)
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** Address of a page from `content/pages/`. */
export function pageHref(id: string): string {
  if (id === OVERVIEW_PAGE) return '/programme/';
  if (id === APPLICATION_PAGE) return '/apply/';
  return `/programme/${id}/`;
}
