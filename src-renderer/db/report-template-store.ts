// The certifying body's report template, kept in the `meta` table: one row, replaced whole.
// It belongs to this installation (the certifying body's layout), not to any record, so it is
// neither exported with records nor logged in a record's history.
import type { RepositoryContext } from './context';
import type { StoredReportTemplate } from './repository';

/** The `meta` key of the stored template. */
export const REPORT_TEMPLATE_KEY = 'reportTemplate';

function isStored(value: unknown): value is StoredReportTemplate {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.text === 'string' && typeof v.name === 'string' && typeof v.savedAt === 'string';
}

/** The stored template, or null when none was loaded (the default applies). */
export async function loadReportTemplate(
  ctx: RepositoryContext,
): Promise<StoredReportTemplate | null> {
  const row = await ctx.db.meta.get(REPORT_TEMPLATE_KEY);
  return row && isStored(row.value) ? row.value : null;
}

/** Stores a template the caller has checked, or removes it (`null`: back to the default). */
export async function saveReportTemplate(
  ctx: RepositoryContext,
  template: { readonly text: string; readonly name: string } | null,
): Promise<void> {
  const { db } = ctx;
  await db.transaction('rw', [db.meta], async () => {
    if (template === null) await db.meta.delete(REPORT_TEMPLATE_KEY);
    else {
      await db.meta.put({
        key: REPORT_TEMPLATE_KEY,
        value: { text: template.text, name: template.name, savedAt: ctx.now() },
      });
    }
  });
}
