import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { AnomalyRule, AnomalyThresholds } from '../../../config.ts';
import type { Db } from '../../../platform/index.ts';
import type { ChainedEntry } from '../audit/chain.ts';
import { privacyAuditLog } from '../audit/tables.ts';
import { networkOf } from './network.ts';
import { raiseAlert, type Finding } from './raise-alert.ts';
import { RecentReads } from './recent-reads.ts';
import { privacyAlerts, privacyStaffNetworks } from './tables.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
// A network confirmed this recently is not re-checked against the database on every batch.
const NETWORK_RECHECK_MS = 10 * 60 * 1000;
// An alert-only rule raised (or found open) this recently is not raised again from this process.
const RAISED_MEMORY_MS = 60 * 1000;

/**
 * Streaming rules over the audit log, run on each stored batch. Counts come from the stored entries,
 * not this process's memory, so a burst spread over several server processes still adds up. Only staff
 * are watched: shoppers read their own data, and the system actor is never frozen.
 */
export class AnomalyDetector {
  private readonly sensitive: RegExp;
  private readonly hourOf: Intl.DateTimeFormat;
  private readonly networksSeen = new Map<string, number>();
  private readonly raised = new Map<string, number>();
  private readonly recentReads = new RecentReads(() => this.thresholds.massReadWindowMinutes * 60_000);

  constructor(
    private readonly db: Db,
    private readonly thresholds: AnomalyThresholds,
    private readonly now: () => Date,
    private readonly log: FastifyBaseLogger,
  ) {
    // A field is sensitive when its column name holds one of the fragments and it was read in clear
    // (masked reads carry a ":masked" suffix, which the pattern's character class excludes).
    this.sensitive = new RegExp(`^[a-z0-9_.]*(${thresholds.sensitiveFields.join('|')})[a-z0-9_]*$`, 'i');
    this.hourOf = new Intl.DateTimeFormat('en-GB', {
      timeZone: thresholds.workingHours.timeZone,
      hour: 'numeric',
      hourCycle: 'h23',
    });
  }

  async evaluate(entries: readonly ChainedEntry[]): Promise<void> {
    const byMerchant = new Map<string, ChainedEntry[]>();
    for (const e of entries) {
      // Only staff reading other people: reading one's own profile is no anomaly at any hour or place.
      if (e.actorKind !== 'staff' || !e.actorId || e.subjectId === e.actorId) continue;
      byMerchant.set(e.merchantId, [...(byMerchant.get(e.merchantId) ?? []), e]);
    }
    const now = this.now();
    for (const [merchantId, list] of byMerchant) {
      const findings = [
        ...(await this.massReads(merchantId, list, now)),
        ...(await this.exportBursts(merchantId, list, now)),
        ...this.unusualHours(merchantId, list),
        ...(await this.newNetworks(merchantId, list)),
      ];
      for (const finding of findings) {
        // Alert-only rules trip on every batch of a night shift; freezing ones are found open in SQL.
        const key = `${finding.merchantId}|${finding.actorId}|${finding.rule}`;
        const alertOnly = !this.thresholds.freezeOn.includes(finding.rule);
        if (alertOnly && (this.raised.get(key) ?? 0) > now.getTime() - RAISED_MEMORY_MS) continue;
        await raiseAlert(this.db, finding, this.thresholds, now, this.log);
        this.raised.set(key, now.getTime());
      }
    }
  }

  private isSensitiveRead(e: ChainedEntry): boolean {
    return (
      e.operation === 'read' && e.subjectId !== e.actorId && e.fields.some((f) => this.sensitive.test(f))
    );
  }

  /** People (not reads) count: paging through one customer's orders is not a mass read. */
  private async massReads(merchantId: string, list: ChainedEntry[], now: Date): Promise<Finding[]> {
    const { massReadPeople: limit, massReadWindowMinutes: windowMinutes } = this.thresholds;
    const reads = list.filter((e) => this.isSensitiveRead(e));
    const actors = unique(reads.map((e) => e.actorId!)).filter((actorId) =>
      this.recentReads.addsSomeone(
        `${merchantId}|${actorId}`,
        reads.filter((e) => e.actorId === actorId),
        now,
      ),
    );
    if (actors.length === 0) return [];
    const counts = await this.countSince(
      merchantId,
      actors,
      'mass_read',
      now,
      windowMinutes,
      sql`
      l.operation = 'read' and l.subject_id <> l.actor_id
      and exists (select 1 from unnest(l.fields) f where f ~* ${this.sensitive.source})`,
      sql`count(distinct l.subject_id)`,
    );
    return counts
      .filter((c) => c.n > limit)
      .map((c) => ({
        merchantId,
        actorId: c.actorId,
        rule: 'mass_read' as const,
        detail: { people: c.n, limit, windowMinutes, requestId: lastRequest(list, c.actorId) },
      }));
  }

  /** Exports count as requests: one export of many people is one export. */
  private async exportBursts(merchantId: string, list: ChainedEntry[], now: Date): Promise<Finding[]> {
    const { exportBurst: limit, exportWindowMinutes: windowMinutes } = this.thresholds;
    const actors = unique(list.filter((e) => e.operation === 'export').map((e) => e.actorId!));
    if (actors.length === 0) return [];
    const counts = await this.countSince(
      merchantId,
      actors,
      'export_burst',
      now,
      windowMinutes,
      sql`
      l.operation = 'export'`,
      sql`count(distinct l.request_id)`,
    );
    return counts
      .filter((c) => c.n > limit)
      .map((c) => ({
        merchantId,
        actorId: c.actorId,
        rule: 'export_burst' as const,
        detail: { exports: c.n, limit, windowMinutes, requestId: lastRequest(list, c.actorId) },
      }));
  }

  /**
   * Counts each actor's stored entries in the window. The window starts no earlier than the actor's last
   * resolved alert of the rule, so the reads that caused a freeze do not re-freeze them once unfrozen.
   */
  private async countSince(
    merchantId: string,
    candidates: string[],
    rule: AnomalyRule,
    now: Date,
    windowMinutes: number,
    condition: SQL,
    measure: SQL,
  ): Promise<{ actorId: string; n: number }[]> {
    // Someone already frozen (or alerted) for this rule needs no recount until an owner resolves it.
    const open = await this.db
      .select({ actorId: privacyAlerts.actorId })
      .from(privacyAlerts)
      .where(
        and(
          eq(privacyAlerts.merchantId, merchantId),
          inArray(privacyAlerts.actorId, candidates),
          eq(privacyAlerts.rule, rule),
          eq(privacyAlerts.status, 'open'),
        ),
      );
    const alerted = new Set(open.map((o) => o.actorId));
    const actors = candidates.filter((a) => !alerted.has(a));
    if (actors.length === 0) return [];
    const since = new Date(now.getTime() - windowMinutes * 60_000).toISOString();
    const result = (await this.db.execute(sql`
      select l.actor_id as "actorId", (${measure})::int as n
      from ${privacyAuditLog} l
      where l.merchant_id = ${merchantId} and l.actor_kind = 'staff'
        and l.actor_id in (${sql.join(
          actors.map((a) => sql`${a}`),
          sql`, `,
        )})
        and l.at > greatest(${since}::timestamptz, coalesce((
          select max(a.resolved_at) from ${privacyAlerts} a
          where a.merchant_id = l.merchant_id and a.actor_id = l.actor_id and a.rule = ${rule}
        ), '-infinity'::timestamptz))
        and ${condition}
      group by l.actor_id`)) as unknown as { rows: { actorId: string; n: number }[] };
    return result.rows;
  }

  private unusualHours(merchantId: string, list: ChainedEntry[]): Finding[] {
    const { start, end, timeZone } = this.thresholds.workingHours;
    const found = new Map<string, Finding>();
    for (const e of list) {
      const hour = Number(this.hourOf.format(e.at));
      if (hour >= start && hour < end) continue;
      found.set(e.actorId!, {
        merchantId,
        actorId: e.actorId!,
        rule: 'unusual_hours',
        detail: { hour, timeZone, requestId: e.requestId },
      });
    }
    return [...found.values()];
  }

  /**
   * A staff member's first network is their baseline, not an alert; after that, a network not seen for
   * networkMemoryDays is new.
   */
  private async newNetworks(merchantId: string, list: ChainedEntry[]): Promise<Finding[]> {
    const latest = new Map<string, { actorId: string; network: string; at: Date; requestId: string }>();
    for (const e of list) {
      const network = networkOf(e.sourceAddress);
      if (!network) continue;
      const key = `${merchantId}|${e.actorId!}|${network}`;
      if ((this.networksSeen.get(key) ?? 0) > e.at.getTime() - NETWORK_RECHECK_MS) continue;
      latest.set(key, { actorId: e.actorId!, network, at: e.at, requestId: e.requestId });
    }
    if (latest.size === 0) return [];
    const sightings = [...latest.values()];
    const known = await this.db
      .select()
      .from(privacyStaffNetworks)
      .where(
        and(
          eq(privacyStaffNetworks.merchantId, merchantId),
          inArray(privacyStaffNetworks.actorId, unique(sightings.map((s) => s.actorId))),
        ),
      );
    const memoryMs = this.thresholds.networkMemoryDays * DAY_MS;
    const findings = new Map<string, Finding>();
    for (const s of sightings) {
      const mine = known.filter((k) => k.actorId === s.actorId);
      const same = mine.find((k) => k.network === s.network);
      const isNew = mine.length > 0 && (!same || same.lastSeen.getTime() < s.at.getTime() - memoryMs);
      if (isNew)
        findings.set(s.actorId, {
          merchantId,
          actorId: s.actorId,
          rule: 'new_network',
          detail: { requestId: s.requestId },
        });
    }
    await this.db
      .insert(privacyStaffNetworks)
      .values(
        sightings.map((s) => ({
          merchantId,
          actorId: s.actorId,
          network: s.network,
          firstSeen: s.at,
          lastSeen: s.at,
        })),
      )
      .onConflictDoUpdate({
        target: [privacyStaffNetworks.merchantId, privacyStaffNetworks.actorId, privacyStaffNetworks.network],
        set: { lastSeen: sql`greatest(${privacyStaffNetworks.lastSeen}, excluded.last_seen)` },
      });
    for (const s of sightings)
      this.networksSeen.set(`${merchantId}|${s.actorId}|${s.network}`, s.at.getTime());
    return [...findings.values()];
  }
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function lastRequest(list: ChainedEntry[], actorId: string): string | undefined {
  return list.filter((e) => e.actorId === actorId).at(-1)?.requestId;
}
