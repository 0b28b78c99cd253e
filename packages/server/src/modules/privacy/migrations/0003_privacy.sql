CREATE TABLE "privacy_consent_records" (
	"id" text PRIMARY KEY NOT NULL,
	"merchant_id" text NOT NULL,
	"subject_id" text NOT NULL,
	"purpose" text NOT NULL,
	"granted" boolean NOT NULL,
	"notice_version" text NOT NULL,
	"method" text NOT NULL,
	"channel" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "privacy_consent_records_purpose_known" CHECK ("privacy_consent_records"."purpose" in ('personalisation', 'marketing', 'analytics', 'third_party_sharing', 'cross_border', 'sensitive_data'))
);
--> statement-breakpoint
CREATE TABLE "privacy_export_archives" (
	"request_id" text PRIMARY KEY NOT NULL,
	"merchant_id" text NOT NULL,
	"subject_id" text NOT NULL,
	"archive_sealed" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "privacy_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"merchant_id" text NOT NULL,
	"subject_id" text NOT NULL,
	"kind" text NOT NULL,
	"state" text DEFAULT 'received' NOT NULL,
	"details_sealed" text,
	"resolution" text,
	"result_location" text,
	"handled_by" text,
	"received_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	CONSTRAINT "privacy_requests_closed_when_final" CHECK (("privacy_requests"."state" in ('completed', 'rejected')) = ("privacy_requests"."closed_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "privacy_export_archives" ADD CONSTRAINT "privacy_export_archives_request_id_privacy_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."privacy_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "privacy_consent_records_subject_idx" ON "privacy_consent_records" USING btree ("merchant_id","subject_id","purpose","at");--> statement-breakpoint
CREATE INDEX "privacy_export_archives_subject_idx" ON "privacy_export_archives" USING btree ("merchant_id","subject_id");--> statement-breakpoint
CREATE INDEX "privacy_export_archives_created_idx" ON "privacy_export_archives" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "privacy_requests_subject_idx" ON "privacy_requests" USING btree ("merchant_id","subject_id");--> statement-breakpoint
CREATE INDEX "privacy_requests_merchant_state_idx" ON "privacy_requests" USING btree ("merchant_id","state","id");--> statement-breakpoint
CREATE UNIQUE INDEX "privacy_requests_one_open_uq" ON "privacy_requests" USING btree ("merchant_id","subject_id","kind") WHERE "privacy_requests"."state" in ('received', 'in_progress');