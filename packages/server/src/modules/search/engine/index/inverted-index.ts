import { SEARCH_FIELDS, fieldTexts, type SearchDocument, type SearchField } from '../document.ts';
import type { TextAnalyzer, Token } from '../text/analyzer.ts';

const FIELD_COUNT = SEARCH_FIELDS.length;
// Field term frequencies are packed 5 bits each into one number per posting: 6 fields fit in 30 bits.
const TF_BITS = 5;
const TF_MAX = (1 << TF_BITS) - 1;

export interface IndexedDocument {
  doc: SearchDocument;
  slot: number;
  fieldLengths: Float64Array;
  /** The title's terms in order (alternative forms left out), for proximity and head-term features. */
  titleTerms: string[];
  /** Every distinct term of the document with its packed field frequencies (see unpackTf), for feedback terms. */
  termTf: Map<string, number>;
  /** Sum of the field lengths. */
  length: number;
  /**
   * Products whose category names are the same share this number (-1: no category), so a query checks a
   * category constraint once per distinct category rather than once per product.
   */
  categoryGroup: number;
  /** The same for brands: products of one brand id share it (-1: no brand). */
  brandGroup: number;
}

interface PostingList {
  slots: number[];
  packedTf: number[];
}

/**
 * A positional-free inverted index over the searchable fields, updated one document at a time so a catalogue
 * change is searchable at once. Scoring lives in bm25f.ts; this class only stores and counts.
 */
export class InvertedIndex {
  private readonly docs: (IndexedDocument | undefined)[] = [];
  private readonly slotById = new Map<string, number>();
  private readonly categoryGroups = new Map<string, number>();
  private readonly brandGroups = new Map<string, number>();
  private readonly byBrand = new Map<string, Set<number>>();
  private readonly byCategoryGroup = new Map<number, Set<number>>();
  private readonly freeSlots: number[] = [];
  private readonly postings = new Map<string, PostingList>();
  private readonly lengthTotals = new Float64Array(FIELD_COUNT);
  /** Every slot's field lengths in one array (slot * FIELD_COUNT + field), for scoring without a lookup. */
  private lengthTable = new Float64Array(0);
  /** Every slot's categoryGroup and brandGroup, for filters that read them without reaching the document. */
  private categoryGroupTable = new Int32Array(0);
  private brandGroupTable = new Int32Array(0);
  private liveCount = 0;
  private changes = 0;

  constructor(readonly analyzer: TextAnalyzer) {}

  get size(): number {
    return this.liveCount;
  }

  /** Changes with every upsert and removal: what was computed from the index before is stale after. */
  get version(): number {
    return this.changes;
  }

  get slotCount(): number {
    return this.docs.length;
  }

  averageFieldLength(field: number): number {
    return this.liveCount === 0 ? 1 : Math.max(this.lengthTotals[field]! / this.liveCount, 1e-9);
  }

  documentFrequency(term: string): number {
    return this.postings.get(term)?.slots.length ?? 0;
  }

  fieldLengthTable(): Float64Array {
    return this.lengthTable;
  }

  /** categoryGroup by slot (see IndexedDocument); a removed slot keeps its last value. */
  categoryGroupBySlot(): Int32Array {
    return this.categoryGroupTable;
  }

  /** The brandGroup of a brand id; undefined when no product was ever indexed with it. */
  brandGroupOf(brandId: string): number | undefined {
    return this.brandGroups.get(brandId);
  }

  get brandGroupCount(): number {
    return this.brandGroups.size;
  }

  brandGroupBySlot(): Int32Array {
    return this.brandGroupTable;
  }

  postingsOf(term: string): PostingList | undefined {
    return this.postings.get(term);
  }

  terms(): IterableIterator<string> {
    return this.postings.keys();
  }

  /** Slots of the products of a brand. */
  brandSlots(brandId: string): ReadonlySet<number> | undefined {
    return this.byBrand.get(brandId);
  }

  /** Each distinct category (see IndexedDocument.categoryGroup) with its products' slots. */
  categoryGroupSlots(): ReadonlyMap<number, ReadonlySet<number>> {
    return this.byCategoryGroup;
  }

  get(id: string): IndexedDocument | undefined {
    const slot = this.slotById.get(id);
    return slot === undefined ? undefined : this.docs[slot];
  }

  at(slot: number): IndexedDocument | undefined {
    return this.docs[slot];
  }

  *documents(): IterableIterator<IndexedDocument> {
    for (const d of this.docs) if (d) yield d;
  }

  /** Adds or replaces a document. Returns the terms it brought that the index did not know. */
  upsert(doc: SearchDocument): string[] {
    this.remove(doc.id);
    this.changes += 1;
    const slot = this.freeSlots.pop() ?? this.docs.length;
    const texts = fieldTexts(doc);
    const fieldLengths = new Float64Array(FIELD_COUNT);
    const tfs = new Map<string, number[]>();
    let titleTokens: Token[] = [];
    SEARCH_FIELDS.forEach((field: SearchField, f) => {
      const tokens = this.analyzer.analyze(texts[field], 'index');
      if (field === 'title') titleTokens = tokens;
      fieldLengths[f] = new Set(tokens.map((t) => t.position)).size;
      for (const token of tokens) {
        let counts = tfs.get(token.term);
        if (!counts) tfs.set(token.term, (counts = new Array<number>(FIELD_COUNT).fill(0)));
        counts[f]! += 1;
      }
    });
    const fresh: string[] = [];
    const termTf = new Map<string, number>();
    for (const [term, counts] of tfs) {
      let list = this.postings.get(term);
      if (!list) {
        this.postings.set(term, (list = { slots: [], packedTf: [] }));
        fresh.push(term);
      }
      let packed = 0;
      counts.forEach((c, f) => {
        packed |= Math.min(c, TF_MAX) << (f * TF_BITS);
      });
      list.slots.push(slot);
      list.packedTf.push(packed);
      termTf.set(term, packed);
    }
    for (let f = 0; f < FIELD_COUNT; f++) this.lengthTotals[f]! += fieldLengths[f]!;
    if (this.lengthTable.length < (slot + 1) * FIELD_COUNT) {
      const grown = new Float64Array(Math.max((slot + 1) * FIELD_COUNT, this.lengthTable.length * 2));
      grown.set(this.lengthTable);
      this.lengthTable = grown;
    }
    this.lengthTable.set(fieldLengths, slot * FIELD_COUNT);
    const titleTerms = primaryTerms(titleTokens);
    const length = fieldLengths.reduce((a, b) => a + b, 0);
    const categoryKey = doc.category ? JSON.stringify(doc.category.names) : undefined;
    let categoryGroup = -1;
    if (categoryKey !== undefined) {
      categoryGroup = this.categoryGroups.get(categoryKey) ?? this.categoryGroups.size;
      this.categoryGroups.set(categoryKey, categoryGroup);
    }
    let brandGroup = -1;
    if (doc.brand) {
      brandGroup = this.brandGroups.get(doc.brand.id) ?? this.brandGroups.size;
      this.brandGroups.set(doc.brand.id, brandGroup);
    }
    this.docs[slot] = { doc, slot, fieldLengths, titleTerms, termTf, length, categoryGroup, brandGroup };
    if (this.brandGroupTable.length <= slot) {
      const size = Math.max(slot + 1, this.brandGroupTable.length * 2);
      const brands = new Int32Array(size);
      brands.set(this.brandGroupTable);
      const categories = new Int32Array(size);
      categories.set(this.categoryGroupTable);
      this.brandGroupTable = brands;
      this.categoryGroupTable = categories;
    }
    this.brandGroupTable[slot] = brandGroup;
    this.categoryGroupTable[slot] = categoryGroup;
    if (doc.brand) addTo(this.byBrand, doc.brand.id, slot);
    addTo(this.byCategoryGroup, categoryGroup, slot);
    this.slotById.set(doc.id, slot);
    this.liveCount += 1;
    return fresh;
  }

  remove(id: string): boolean {
    const slot = this.slotById.get(id);
    if (slot === undefined) return false;
    this.changes += 1;
    const entry = this.docs[slot]!;
    for (const term of entry.termTf.keys()) {
      const list = this.postings.get(term);
      if (!list) continue;
      const at = list.slots.indexOf(slot);
      if (at >= 0) {
        list.slots.splice(at, 1);
        list.packedTf.splice(at, 1);
      }
      if (list.slots.length === 0) this.postings.delete(term);
    }
    for (let f = 0; f < FIELD_COUNT; f++) this.lengthTotals[f]! -= entry.fieldLengths[f]!;
    if (entry.doc.brand) removeFrom(this.byBrand, entry.doc.brand.id, slot);
    removeFrom(this.byCategoryGroup, entry.categoryGroup, slot);
    this.docs[slot] = undefined;
    this.slotById.delete(id);
    this.freeSlots.push(slot);
    this.liveCount -= 1;
    return true;
  }
}

export function unpackTf(packed: number, field: number): number {
  return (packed >>> (field * TF_BITS)) & TF_MAX;
}

/** The first form at each position: the word as written, not its sub-words or joined compounds. */
function primaryTerms(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  let last = -1;
  for (const t of tokens) {
    if (t.position === last) continue;
    out.push(t.term);
    last = t.position;
  }
  return out;
}

function addTo<K>(map: Map<K, Set<number>>, key: K, slot: number): void {
  const set = map.get(key);
  if (set) set.add(slot);
  else map.set(key, new Set([slot]));
}

function removeFrom<K>(map: Map<K, Set<number>>, key: K, slot: number): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(slot);
  if (set.size === 0) map.delete(key);
}
