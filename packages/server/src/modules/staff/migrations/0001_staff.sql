DROP INDEX "staff_merchant_email_uq";--> statement-breakpoint
ALTER TABLE "staff" ALTER COLUMN "email" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "staff" ALTER COLUMN "display_name" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "staff" ADD COLUMN "email_index" text;--> statement-breakpoint
ALTER TABLE "staff" ADD COLUMN "email_sealed" text;--> statement-breakpoint
ALTER TABLE "staff" ADD COLUMN "display_name_sealed" text;--> statement-breakpoint
CREATE UNIQUE INDEX "staff_merchant_email_index_uq" ON "staff" USING btree ("merchant_id","email_index");