import type { AttributeDefinition } from '../../api/types.ts';

export type AttributeType = AttributeDefinition['type'];
export const ATTRIBUTE_TYPES: readonly AttributeType[] = ['boolean', 'number', 'enum', 'text', 'range'];

export interface AttributeForm {
  key: string;
  type: AttributeType;
  unit: string;
  labelZh: string;
  labelEn: string;
  options: string[];
}

export type AttributeProblem = 'key' | 'label' | 'options' | 'unit';

export function attributeFormOf(definition: AttributeDefinition | undefined): AttributeForm {
  return {
    key: definition?.key ?? '',
    type: definition?.type ?? 'text',
    unit: definition?.unit ?? '',
    labelZh: definition?.label['zh-CN'] ?? '',
    labelEn: definition?.label.en ?? '',
    options: [...(definition?.options ?? [])],
  };
}

/** The PUT /attributes/:key body: options only for enums, a unit only for numbers and ranges. */
export function attributeBody(form: AttributeForm):
  | {
      ok: true;
      key: string;
      body: {
        type: AttributeType;
        unit: string | null;
        label: AttributeDefinition['label'];
        options?: string[];
      };
    }
  | { ok: false; problems: AttributeProblem[] } {
  const problems: AttributeProblem[] = [];
  const key = form.key.trim();
  if (!/^[a-z][a-z0-9_]{0,39}$/.test(key)) problems.push('key');
  const label = {
    ...(form.labelZh.trim() ? { 'zh-CN': form.labelZh.trim() } : {}),
    ...(form.labelEn.trim() ? { en: form.labelEn.trim() } : {}),
  };
  if (!label['zh-CN'] && !label.en) problems.push('label');
  const options = [...new Set(form.options.map((o) => o.trim()).filter(Boolean))];
  if (form.type === 'enum' && options.length === 0) problems.push('options');
  const measured = form.type === 'number' || form.type === 'range';
  const unit = measured ? form.unit.trim() : '';
  if (unit.length > 20) problems.push('unit');
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    key,
    body: { type: form.type, unit: unit || null, label, ...(form.type === 'enum' ? { options } : {}) },
  };
}
