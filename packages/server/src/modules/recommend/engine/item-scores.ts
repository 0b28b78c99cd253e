/**
 * A sparse score vector over a dense item catalogue. Generators add evidence item by item; only the touched
 * items are visited when ranking, so a query costs what its evidence costs, not what the catalogue costs.
 */
export class ItemScores {
  private readonly values: Float64Array;
  private readonly touchedItems: Int32Array;
  // Generation stamps make clear() O(1): an item is listed only when its stamp matches the current generation.
  private readonly stamps: Uint32Array;
  private generation = 1;
  private count = 0;

  constructor(readonly itemCount: number) {
    this.values = new Float64Array(itemCount);
    this.touchedItems = new Int32Array(itemCount);
    this.stamps = new Uint32Array(itemCount);
  }

  add(item: number, amount: number): void {
    if (this.stamps[item] !== this.generation) {
      this.stamps[item] = this.generation;
      this.values[item] = amount;
      this.touchedItems[this.count++] = item;
    } else {
      this.values[item]! += amount;
    }
  }

  set(item: number, value: number): void {
    if (this.stamps[item] !== this.generation) this.add(item, value);
    else this.values[item] = value;
  }

  has(item: number): boolean {
    return this.stamps[item] === this.generation;
  }

  /** The item's score, or 0 when nothing was added for it. */
  get(item: number): number {
    return this.stamps[item] === this.generation ? this.values[item]! : 0;
  }

  get size(): number {
    return this.count;
  }

  /** The i-th item with evidence (0 <= i < size), in the order evidence first arrived. */
  itemAt(index: number): number {
    return this.touchedItems[index]!;
  }

  clear(): void {
    this.generation++;
    this.count = 0;
  }

  /** The k best items, best first; equal scores fall back to the lower item index so results are reproducible. */
  top(k: number): number[] {
    const heapItems: number[] = [];
    for (let i = 0; i < this.count; i++) {
      const item = this.touchedItems[i]!;
      if (heapItems.length < k) {
        heapItems.push(item);
        siftUp(heapItems, heapItems.length - 1, this.values);
      } else if (isBetter(item, heapItems[0]!, this.values)) {
        heapItems[0] = item;
        siftDown(heapItems, 0, this.values);
      }
    }
    return heapItems.sort((a, b) => (isBetter(a, b, this.values) ? -1 : 1));
  }
}

function isBetter(a: number, b: number, values: Float64Array): boolean {
  const va = values[a]!;
  const vb = values[b]!;
  return va > vb || (va === vb && a < b);
}

// A min-heap on "goodness": the root is the worst of the current top k.
function siftUp(heap: number[], index: number, values: Float64Array): void {
  let child = index;
  while (child > 0) {
    const parent = (child - 1) >> 1;
    if (!isBetter(heap[parent]!, heap[child]!, values)) break;
    [heap[parent], heap[child]] = [heap[child]!, heap[parent]!];
    child = parent;
  }
}

function siftDown(heap: number[], index: number, values: Float64Array): void {
  let parent = index;
  for (;;) {
    const left = 2 * parent + 1;
    const right = left + 1;
    let worst = parent;
    if (left < heap.length && isBetter(heap[worst]!, heap[left]!, values)) worst = left;
    if (right < heap.length && isBetter(heap[worst]!, heap[right]!, values)) worst = right;
    if (worst === parent) return;
    [heap[parent], heap[worst]] = [heap[worst]!, heap[parent]!];
    parent = worst;
  }
}
