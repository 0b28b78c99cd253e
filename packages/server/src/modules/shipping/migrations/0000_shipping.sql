CREATE TABLE "shipping_rate_rules" (
	"merchant_id" text NOT NULL,
	"template_id" text NOT NULL,
	"position" integer NOT NULL,
	"regions" text[] NOT NULL,
	"first_unit" integer NOT NULL,
	"first_fee" bigint NOT NULL,
	"additional_unit" integer NOT NULL,
	"additional_fee" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shipping_rate_templates" (
	"id" text PRIMARY KEY NOT NULL,
	"merchant_id" text NOT NULL,
	"name" text NOT NULL,
	"currency" text NOT NULL,
	"basis" text NOT NULL,
	"free_threshold" bigint,
	"is_default" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shipping_shipments" (
	"id" text PRIMARY KEY NOT NULL,
	"merchant_id" text NOT NULL,
	"order_id" text NOT NULL,
	"carrier" text NOT NULL,
	"tracking_number" text NOT NULL,
	"status" text DEFAULT 'in_transit' NOT NULL,
	"shipped_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delivered_at" timestamp with time zone,
	"last_event_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shipping_tracking_events" (
	"id" text PRIMARY KEY NOT NULL,
	"merchant_id" text NOT NULL,
	"shipment_id" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"description" text NOT NULL,
	"location" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "shipping_rate_rules" ADD CONSTRAINT "shipping_rate_rules_template_id_shipping_rate_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."shipping_rate_templates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipping_tracking_events" ADD CONSTRAINT "shipping_tracking_events_shipment_id_shipping_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipping_shipments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "shipping_rate_rules_position_idx" ON "shipping_rate_rules" USING btree ("template_id","position");--> statement-breakpoint
CREATE INDEX "shipping_rate_templates_merchant_idx" ON "shipping_rate_templates" USING btree ("merchant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "shipping_rate_templates_default_idx" ON "shipping_rate_templates" USING btree ("merchant_id") WHERE "shipping_rate_templates"."is_default";--> statement-breakpoint
CREATE INDEX "shipping_shipments_order_idx" ON "shipping_shipments" USING btree ("merchant_id","order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "shipping_shipments_tracking_idx" ON "shipping_shipments" USING btree ("merchant_id","carrier","tracking_number") WHERE "shipping_shipments"."status" <> 'cancelled';--> statement-breakpoint
CREATE UNIQUE INDEX "shipping_tracking_events_dedupe_idx" ON "shipping_tracking_events" USING btree ("shipment_id","occurred_at","status","description");