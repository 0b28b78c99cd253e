import type { Ctx, DataSubject, PersonalDataSource } from '../../../../platform/index.ts';

/**
 * Asks every contributing module what it holds on the person. A module that holds nothing is left out,
 * so an erased person's export is an empty object.
 */
export async function gatherPersonalData(
  ctx: Ctx,
  sources: readonly PersonalDataSource[],
  subject: DataSubject,
): Promise<Record<string, unknown>> {
  const modules: Record<string, unknown> = {};
  for (const { module, contributor } of sources) {
    const data = await contributor.exportSubject(ctx, subject);
    if (data !== undefined) modules[module] = data;
  }
  return modules;
}
