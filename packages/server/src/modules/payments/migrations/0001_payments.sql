ALTER TABLE "payments" ALTER COLUMN "provider_ref" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "payments" ALTER COLUMN "next_action" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "return_url" text;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_charge_whole" CHECK (("payments"."provider_ref" is null) = ("payments"."next_action" is null));