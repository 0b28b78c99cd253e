import type { AdminCategory } from '../../api/types.ts';
import { localName } from '../../format/local-name.ts';

export interface CategoryNode {
  id: string;
  label: string;
  category: AdminCategory;
  children: CategoryNode[];
}

/** The flat list as a tree: siblings by sort order, then by name in the reader's language. */
export function buildCategoryTree(flat: readonly AdminCategory[], locale: string): CategoryNode[] {
  const nodes = new Map<string, CategoryNode>(
    flat.map((c) => [c.id, { id: c.id, label: localName(c.name, locale), category: c, children: [] }]),
  );
  const roots: CategoryNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.category.parentId ? nodes.get(node.category.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const collator = new Intl.Collator(locale);
  const order = (list: CategoryNode[]) => {
    list.sort((a, b) => a.category.sortOrder - b.category.sortOrder || collator.compare(a.label, b.label));
    for (const n of list) order(n.children);
  };
  order(roots);
  return roots;
}

/** The category and everything under it: none of these may become its parent. */
export function subtreeIds(flat: readonly AdminCategory[], id: string): Set<string> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of flat) {
      if (c.parentId && out.has(c.parentId) && !out.has(c.id)) {
        out.add(c.id);
        grew = true;
      }
    }
  }
  return out;
}

/** "Parent / child" names for a select. */
export function categoryPaths(flat: readonly AdminCategory[], locale: string): Map<string, string> {
  const byId = new Map(flat.map((c) => [c.id, c]));
  const paths = new Map<string, string>();
  const pathOf = (c: AdminCategory, seen: Set<string>): string => {
    const known = paths.get(c.id);
    if (known) return known;
    const parent = c.parentId && !seen.has(c.parentId) ? byId.get(c.parentId) : undefined;
    const own = localName(c.name, locale);
    const path = parent ? `${pathOf(parent, new Set([...seen, c.id]))} / ${own}` : own;
    paths.set(c.id, path);
    return path;
  };
  for (const c of flat) pathOf(c, new Set());
  return paths;
}

/** Where a category may move: the root or any category outside its own subtree, by path. */
export function moveTargets(
  flat: readonly AdminCategory[],
  id: string | undefined,
  locale: string,
): { value: string; label: string }[] {
  const excluded = id ? subtreeIds(flat, id) : new Set<string>();
  const paths = categoryPaths(flat, locale);
  return flat
    .filter((c) => !excluded.has(c.id))
    .map((c) => ({ value: c.id, label: paths.get(c.id)! }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** Only a category without subcategories may be deleted here; the server also refuses one with products. */
export function hasChildren(flat: readonly AdminCategory[], id: string): boolean {
  return flat.some((c) => c.parentId === id);
}

/** The PUT body that renames or moves a category: the API replaces it whole, so nothing is dropped. */
export function categoryBody(
  current: Pick<AdminCategory, 'sortOrder'> | undefined,
  form: { nameZh: string; nameEn: string; parentId: string; sortOrder?: number },
) {
  const name = {
    ...(form.nameZh.trim() ? { 'zh-CN': form.nameZh.trim() } : {}),
    ...(form.nameEn.trim() ? { en: form.nameEn.trim() } : {}),
  };
  return {
    name,
    parentId: form.parentId || null,
    sortOrder: form.sortOrder ?? current?.sortOrder ?? 0,
  };
}
