CREATE TABLE "product_ratings" (
	"merchant_id" text NOT NULL,
	"product_id" text NOT NULL,
	"review_count" integer NOT NULL,
	"rating_sum" integer NOT NULL,
	"rating_1" integer NOT NULL,
	"rating_2" integer NOT NULL,
	"rating_3" integer NOT NULL,
	"rating_4" integer NOT NULL,
	"rating_5" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "product_ratings_merchant_id_product_id_pk" PRIMARY KEY("merchant_id","product_id"),
	CONSTRAINT "product_ratings_count_ck" CHECK ("product_ratings"."review_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"id" text PRIMARY KEY NOT NULL,
	"merchant_id" text NOT NULL,
	"product_id" text NOT NULL,
	"sku_id" text NOT NULL,
	"specs" jsonb NOT NULL,
	"order_id" text NOT NULL,
	"order_item_id" text NOT NULL,
	"customer_id" text,
	"reviewer_name" text,
	"rating" integer NOT NULL,
	"body" text NOT NULL,
	"image_urls" jsonb NOT NULL,
	"status" text NOT NULL,
	"hidden_by" text,
	"hidden_at" timestamp with time zone,
	"hidden_reason" text,
	"reply" text,
	"replied_by" text,
	"replied_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reviews_rating_ck" CHECK ("reviews"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "reviews_order_item_uq" ON "reviews" USING btree ("merchant_id","order_item_id");--> statement-breakpoint
CREATE INDEX "reviews_product_idx" ON "reviews" USING btree ("merchant_id","product_id","status","id");--> statement-breakpoint
CREATE INDEX "reviews_merchant_idx" ON "reviews" USING btree ("merchant_id","status","id");--> statement-breakpoint
CREATE INDEX "reviews_created_idx" ON "reviews" USING btree ("merchant_id","created_at");--> statement-breakpoint
CREATE INDEX "reviews_customer_idx" ON "reviews" USING btree ("merchant_id","customer_id");