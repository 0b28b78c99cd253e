CREATE TABLE "search_merchants" (
	"merchant_id" text PRIMARY KEY NOT NULL,
	"seen_at" timestamp with time zone DEFAULT now() NOT NULL
);
