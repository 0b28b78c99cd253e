CREATE TABLE "search_dictionary_entries" (
	"merchant_id" text NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"body" jsonb,
	"source" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "search_dictionary_entries_merchant_id_kind_key_pk" PRIMARY KEY("merchant_id","kind","key")
);
--> statement-breakpoint
CREATE TABLE "search_events" (
	"id" text PRIMARY KEY NOT NULL,
	"merchant_id" text NOT NULL,
	"query_id" text NOT NULL,
	"product_id" text NOT NULL,
	"kind" text NOT NULL,
	"position" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_index_changes" (
	"id" text PRIMARY KEY NOT NULL,
	"merchant_id" text NOT NULL,
	"product_id" text NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_queries" (
	"id" text PRIMARY KEY NOT NULL,
	"merchant_id" text NOT NULL,
	"actor_key" text,
	"query" text NOT NULL,
	"normalised_query" text NOT NULL,
	"locale" text NOT NULL,
	"result_count" integer NOT NULL,
	"shown_ids" text[] NOT NULL,
	"understood" text NOT NULL,
	"relaxed" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "search_events" ADD CONSTRAINT "search_events_query_id_search_queries_id_fk" FOREIGN KEY ("query_id") REFERENCES "public"."search_queries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "search_events_query_idx" ON "search_events" USING btree ("query_id");--> statement-breakpoint
CREATE INDEX "search_events_merchant_product_idx" ON "search_events" USING btree ("merchant_id","product_id");--> statement-breakpoint
CREATE INDEX "search_index_changes_merchant_time_idx" ON "search_index_changes" USING btree ("merchant_id","changed_at");--> statement-breakpoint
CREATE INDEX "search_queries_merchant_time_idx" ON "search_queries" USING btree ("merchant_id","created_at");--> statement-breakpoint
CREATE INDEX "search_queries_merchant_query_idx" ON "search_queries" USING btree ("merchant_id","normalised_query");--> statement-breakpoint
CREATE INDEX "search_queries_actor_idx" ON "search_queries" USING btree ("merchant_id","actor_key","created_at");