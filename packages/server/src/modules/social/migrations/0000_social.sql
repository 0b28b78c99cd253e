CREATE TABLE "social_favourites" (
	"merchant_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"product_id" text NOT NULL,
	"visibility" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "social_favourites_merchant_id_customer_id_product_id_pk" PRIMARY KEY("merchant_id","customer_id","product_id")
);
--> statement-breakpoint
CREATE TABLE "social_follows" (
	"merchant_id" text NOT NULL,
	"follower_id" text NOT NULL,
	"followee_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "social_follows_merchant_id_follower_id_followee_id_pk" PRIMARY KEY("merchant_id","follower_id","followee_id")
);
--> statement-breakpoint
CREATE TABLE "social_profiles" (
	"merchant_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"default_visibility" text DEFAULT 'friends' NOT NULL,
	"is_creator" boolean DEFAULT false NOT NULL,
	"creator_name" text,
	"creator_since" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "social_profiles_merchant_id_customer_id_pk" PRIMARY KEY("merchant_id","customer_id")
);
--> statement-breakpoint
CREATE INDEX "social_favourites_recent_idx" ON "social_favourites" USING btree ("merchant_id","customer_id","created_at");--> statement-breakpoint
CREATE INDEX "social_follows_followee_idx" ON "social_follows" USING btree ("merchant_id","followee_id","follower_id");