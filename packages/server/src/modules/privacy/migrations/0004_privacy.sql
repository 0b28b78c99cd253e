CREATE TABLE "privacy_audit_purges" (
	"up_to_seq" bigint PRIMARY KEY NOT NULL,
	"anchor_hash" text NOT NULL,
	"cutoff" timestamp with time zone NOT NULL,
	"purged_at" timestamp with time zone NOT NULL,
	"key_id" text NOT NULL,
	"signature" text NOT NULL
);
