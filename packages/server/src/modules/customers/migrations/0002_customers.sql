CREATE TABLE "customer_demographics" (
	"customer_id" text PRIMARY KEY NOT NULL,
	"merchant_id" text NOT NULL,
	"birth_year_sealed" text,
	"gender_sealed" text,
	"city_sealed" text,
	"income_band_sealed" text,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "customer_demographics" ADD CONSTRAINT "customer_demographics_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "customer_demographics_merchant_idx" ON "customer_demographics" USING btree ("merchant_id","customer_id");