CREATE TABLE "risk_assessments" (
	"id" text PRIMARY KEY NOT NULL,
	"merchant_id" text NOT NULL,
	"order_id" text NOT NULL,
	"payment_id" text,
	"customer_id" text NOT NULL,
	"device_index" text,
	"address_index" text,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"discount" bigint NOT NULL,
	"score" integer NOT NULL,
	"reasons" jsonb NOT NULL,
	"decision" text NOT NULL,
	"decided_by" text NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	"review_note" text,
	"paid_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_settings" (
	"merchant_id" text PRIMARY KEY NOT NULL,
	"thresholds" jsonb NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "risk_assessments_customer_idx" ON "risk_assessments" USING btree ("merchant_id","customer_id","created_at");--> statement-breakpoint
CREATE INDEX "risk_assessments_device_idx" ON "risk_assessments" USING btree ("merchant_id","device_index","created_at") WHERE "risk_assessments"."device_index" is not null;--> statement-breakpoint
CREATE INDEX "risk_assessments_address_idx" ON "risk_assessments" USING btree ("merchant_id","address_index","created_at") WHERE "risk_assessments"."address_index" is not null;--> statement-breakpoint
CREATE INDEX "risk_assessments_decision_idx" ON "risk_assessments" USING btree ("merchant_id","decision","id");--> statement-breakpoint
CREATE INDEX "risk_assessments_order_idx" ON "risk_assessments" USING btree ("merchant_id","order_id");--> statement-breakpoint
CREATE INDEX "risk_assessments_paid_idx" ON "risk_assessments" USING btree ("merchant_id","paid_at") WHERE "risk_assessments"."paid_at" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "risk_assessments_payment_uq" ON "risk_assessments" USING btree ("merchant_id","payment_id");