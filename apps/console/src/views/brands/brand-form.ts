import type { AdminBrand } from '../../api/types.ts';

export interface BrandForm {
  nameZh: string;
  nameEn: string;
  logoUrl: string;
}

const IMAGE_URL = /^(https?:\/\/|\/)\S+$/;

export function brandFormOf(brand: AdminBrand | undefined): BrandForm {
  return { nameZh: brand?.name['zh-CN'] ?? '', nameEn: brand?.name.en ?? '', logoUrl: brand?.logoUrl ?? '' };
}

/** The whole-brand body (POST and PUT alike), or which field stops it. */
export function brandBody(
  form: BrandForm,
):
  | { ok: true; body: { name: AdminBrand['name']; logoUrl: string | null } }
  | { ok: false; problem: 'name' | 'logoUrl' } {
  const name = {
    ...(form.nameZh.trim() ? { 'zh-CN': form.nameZh.trim() } : {}),
    ...(form.nameEn.trim() ? { en: form.nameEn.trim() } : {}),
  };
  if (!name['zh-CN'] && !name.en) return { ok: false, problem: 'name' };
  const logo = form.logoUrl.trim();
  if (logo && !IMAGE_URL.test(logo)) return { ok: false, problem: 'logoUrl' };
  return { ok: true, body: { name, logoUrl: logo || null } };
}
