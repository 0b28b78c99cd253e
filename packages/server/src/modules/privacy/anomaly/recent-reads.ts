/**
 * Per process: whom each staff member read recently. A batch that only re-reads people already read
 * within the window cannot raise the count of people read, so the rules skip the database for it; a
 * profile opened again and again costs nothing. Every batch that adds someone is counted in SQL over
 * all processes' entries, so a burst split across processes is still seen by the last one to add to it.
 */
export class RecentReads {
  private readonly byActor = new Map<string, Map<string, number>>();

  constructor(private readonly windowMs: () => number) {}

  /** Notes the reads (subject, time); true when any of them is of someone not read within the window. */
  addsSomeone(actorKey: string, reads: Iterable<{ subjectId: string; at: Date }>, now: Date): boolean {
    const since = now.getTime() - this.windowMs();
    const seen = this.byActor.get(actorKey) ?? new Map<string, number>();
    this.byActor.set(actorKey, seen);
    // Insertion order is read order (each read is moved to the end), so the stale ones lead.
    for (const [subject, at] of seen) {
      if (at > since) break;
      seen.delete(subject);
    }
    let adds = false;
    for (const { subjectId, at } of reads) {
      if (!seen.has(subjectId)) adds = true;
      seen.delete(subjectId);
      seen.set(subjectId, at.getTime());
    }
    if (seen.size === 0) this.byActor.delete(actorKey);
    return adds;
  }
}
