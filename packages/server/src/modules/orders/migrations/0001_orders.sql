ALTER TABLE "orders" ALTER COLUMN "address" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "ship_province" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "ship_city" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "recipient_sealed" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "phone_sealed" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "district_sealed" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "line1_sealed" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "line2_sealed" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "postal_code_sealed" text;