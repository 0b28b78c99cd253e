CREATE TABLE "privacy_data_keys" (
	"id" text PRIMARY KEY NOT NULL,
	"merchant_id" text NOT NULL,
	"subject_id" text NOT NULL,
	"kek_id" text,
	"wrapped_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"destroyed_at" timestamp with time zone,
	CONSTRAINT "privacy_data_keys_destroyed_ck" CHECK (("privacy_data_keys"."destroyed_at" is null) = ("privacy_data_keys"."wrapped_key" is not null and "privacy_data_keys"."kek_id" is not null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "privacy_data_keys_subject_uq" ON "privacy_data_keys" USING btree ("subject_id");--> statement-breakpoint
CREATE INDEX "privacy_data_keys_kek_idx" ON "privacy_data_keys" USING btree ("kek_id","id");