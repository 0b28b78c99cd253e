CREATE TABLE "recommend_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "recommend_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"merchant_id" text NOT NULL,
	"session_key" text NOT NULL,
	"customer_id" text,
	"type" smallint NOT NULL,
	"product_id" text,
	"value" integer,
	"device" smallint NOT NULL,
	"order_id" text,
	"size" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recommend_model_runs" (
	"merchant_id" text PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"event_watermark" bigint NOT NULL,
	"sessions" integer NOT NULL,
	"trained_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "recommend_events_merchant_time_idx" ON "recommend_events" USING btree ("merchant_id","at");--> statement-breakpoint
CREATE INDEX "recommend_events_customer_idx" ON "recommend_events" USING btree ("merchant_id","customer_id","at");--> statement-breakpoint
CREATE INDEX "recommend_events_session_idx" ON "recommend_events" USING btree ("merchant_id","session_key","at");--> statement-breakpoint
CREATE UNIQUE INDEX "recommend_events_order_line_idx" ON "recommend_events" USING btree ("merchant_id","order_id","product_id") WHERE "recommend_events"."order_id" is not null;