CREATE TABLE "privacy_audit_checkpoints" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"hash" text NOT NULL,
	"key_id" text NOT NULL,
	"signature" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "privacy_audit_log" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"merchant_id" text NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" text,
	"subject_id" text NOT NULL,
	"fields" text[] NOT NULL,
	"operation" text NOT NULL,
	"purpose" text NOT NULL,
	"request_id" text NOT NULL,
	"source_address" text,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "privacy_alerts" (
	"id" text PRIMARY KEY NOT NULL,
	"merchant_id" text NOT NULL,
	"actor_id" text NOT NULL,
	"rule" text NOT NULL,
	"action" text NOT NULL,
	"detail" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"resolved_by" text,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "privacy_staff_networks" (
	"merchant_id" text NOT NULL,
	"actor_id" text NOT NULL,
	"network" text NOT NULL,
	"first_seen" timestamp with time zone NOT NULL,
	"last_seen" timestamp with time zone NOT NULL,
	CONSTRAINT "privacy_staff_networks_merchant_id_actor_id_network_pk" PRIMARY KEY("merchant_id","actor_id","network")
);
--> statement-breakpoint
CREATE INDEX "privacy_audit_log_actor_idx" ON "privacy_audit_log" USING btree ("merchant_id","actor_id","at") WHERE "privacy_audit_log"."actor_kind" = 'staff';--> statement-breakpoint
CREATE INDEX "privacy_audit_log_subject_idx" ON "privacy_audit_log" USING btree ("merchant_id","subject_id","at");--> statement-breakpoint
CREATE INDEX "privacy_alerts_merchant_idx" ON "privacy_alerts" USING btree ("merchant_id","status","id");--> statement-breakpoint
CREATE UNIQUE INDEX "privacy_alerts_open_uq" ON "privacy_alerts" USING btree ("merchant_id","actor_id","rule") WHERE "privacy_alerts"."status" = 'open';