CREATE TABLE "coupon_redemptions" (
	"id" text PRIMARY KEY NOT NULL,
	"merchant_id" text NOT NULL,
	"order_id" text NOT NULL,
	"template_id" text NOT NULL,
	"customer_coupon_id" text,
	"customer_id" text NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"allocation" jsonb NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"returned_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "coupon_templates" (
	"id" text PRIMARY KEY NOT NULL,
	"merchant_id" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"amount_off" bigint,
	"percent_off" integer,
	"max_discount" bigint,
	"min_spend" bigint NOT NULL,
	"currency" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"total_quantity" integer NOT NULL,
	"remaining_quantity" integer NOT NULL,
	"redeemed_count" integer DEFAULT 0 NOT NULL,
	"claimed_count" integer DEFAULT 0 NOT NULL,
	"per_shopper_limit" integer NOT NULL,
	"scope" text NOT NULL,
	"scope_ids" jsonb NOT NULL,
	"distribution" text NOT NULL,
	"code" text,
	"status" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coupon_templates_remaining_ck" CHECK ("coupon_templates"."remaining_quantity" >= 0),
	CONSTRAINT "coupon_templates_claimed_ck" CHECK ("coupon_templates"."claimed_count" <= "coupon_templates"."total_quantity")
);
--> statement-breakpoint
CREATE TABLE "coupon_usages" (
	"merchant_id" text NOT NULL,
	"template_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"claimed" integer NOT NULL,
	"redeemed" integer NOT NULL,
	CONSTRAINT "coupon_usages_template_id_customer_id_pk" PRIMARY KEY("template_id","customer_id")
);
--> statement-breakpoint
CREATE TABLE "customer_coupons" (
	"id" text PRIMARY KEY NOT NULL,
	"merchant_id" text NOT NULL,
	"template_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"status" text NOT NULL,
	"order_id" text,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"redeemed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "coupon_redemptions" ADD CONSTRAINT "coupon_redemptions_template_id_coupon_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."coupon_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coupon_redemptions" ADD CONSTRAINT "coupon_redemptions_customer_coupon_id_customer_coupons_id_fk" FOREIGN KEY ("customer_coupon_id") REFERENCES "public"."customer_coupons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coupon_usages" ADD CONSTRAINT "coupon_usages_template_id_coupon_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."coupon_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_coupons" ADD CONSTRAINT "customer_coupons_template_id_coupon_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."coupon_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "coupon_redemptions_order_uq" ON "coupon_redemptions" USING btree ("merchant_id","order_id");--> statement-breakpoint
CREATE INDEX "coupon_redemptions_customer_idx" ON "coupon_redemptions" USING btree ("merchant_id","customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "coupon_templates_code_uq" ON "coupon_templates" USING btree ("merchant_id","code") WHERE "coupon_templates"."code" is not null;--> statement-breakpoint
CREATE INDEX "coupon_templates_merchant_idx" ON "coupon_templates" USING btree ("merchant_id","status","id");--> statement-breakpoint
CREATE INDEX "customer_coupons_customer_idx" ON "customer_coupons" USING btree ("merchant_id","customer_id","status","id");