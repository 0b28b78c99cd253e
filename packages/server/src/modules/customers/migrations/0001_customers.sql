DROP INDEX "customers_merchant_email_uq";--> statement-breakpoint
ALTER TABLE "customer_addresses" ALTER COLUMN "recipient" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "customer_addresses" ALTER COLUMN "phone" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "customer_addresses" ALTER COLUMN "district" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "customer_addresses" ALTER COLUMN "line1" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ALTER COLUMN "email" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ALTER COLUMN "display_name" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "customer_addresses" ADD COLUMN "recipient_sealed" text;--> statement-breakpoint
ALTER TABLE "customer_addresses" ADD COLUMN "phone_sealed" text;--> statement-breakpoint
ALTER TABLE "customer_addresses" ADD COLUMN "district_sealed" text;--> statement-breakpoint
ALTER TABLE "customer_addresses" ADD COLUMN "line1_sealed" text;--> statement-breakpoint
ALTER TABLE "customer_addresses" ADD COLUMN "line2_sealed" text;--> statement-breakpoint
ALTER TABLE "customer_addresses" ADD COLUMN "postal_code_sealed" text;--> statement-breakpoint
ALTER TABLE "customer_addresses" ADD COLUMN "location_sealed" text;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "email_index" text;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "email_sealed" text;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "display_name_sealed" text;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "phone_index" text;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "phone_sealed" text;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "id_number_index" text;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "id_number_sealed" text;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "customers_merchant_email_index_uq" ON "customers" USING btree ("merchant_id","email_index");--> statement-breakpoint
CREATE INDEX "customers_merchant_phone_index_idx" ON "customers" USING btree ("merchant_id","phone_index");