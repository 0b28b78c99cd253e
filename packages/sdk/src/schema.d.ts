// Generated from docs/openapi.json by scripts/generate-openapi.ts. Do not edit.

export interface paths {
    "/api/admin/analytics/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Shoppers at view, add to cart, order placed and paid in [from, to), with conversion rates */
        get: {
            parameters: {
                query?: {
                    /** @description ISO date or date-time, inclusive; 7 days before `to` by default */
                    from?: string;
                    /** @description ISO date or date-time, exclusive; now by default */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            from: string;
                            orders: {
                                paid: number;
                                placed: number;
                            };
                            steps: {
                                fromFirst: number | null;
                                fromPrevious: number | null;
                                shoppers: number;
                                step: "view" | "add_to_cart" | "order_placed" | "paid";
                            }[];
                            /** Format: date-time */
                            to: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/analytics/portrait": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Age, gender, city tier and income bands of consenting shoppers, small cells suppressed
         * @description Counts only shoppers who hold the analytics consent; bands of fewer than 5 are null ("<5"). Each person counted is one audited read with purpose analytics.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dimensions: {
                                age: {
                                    band: string;
                                    /** @description null: fewer than k ("<5") */
                                    count: number | null;
                                }[];
                                cityTier: {
                                    band: string;
                                    /** @description null: fewer than k ("<5") */
                                    count: number | null;
                                }[];
                                gender: {
                                    band: string;
                                    /** @description null: fewer than k ("<5") */
                                    count: number | null;
                                }[];
                                income: {
                                    band: string;
                                    /** @description null: fewer than k ("<5") */
                                    count: number | null;
                                }[];
                            } | null;
                            /** @description Bands with fewer people than this are suppressed */
                            k: number;
                            shoppers: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/attributes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The product attributes this shop defines */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                key: string;
                                label: {
                                    en?: string;
                                    "zh-CN"?: string;
                                };
                                options: string[];
                                type: "boolean" | "number" | "text" | "enum" | "range";
                                unit: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/attributes/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Define or redefine a product attribute */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        label: {
                            en?: string;
                            "zh-CN"?: string;
                        };
                        options?: string[];
                        type: "boolean" | "number" | "text" | "enum" | "range";
                        unit?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            key: string;
                            label: {
                                en?: string;
                                "zh-CN"?: string;
                            };
                            options: string[];
                            type: "boolean" | "number" | "text" | "enum" | "range";
                            unit: string | null;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete an attribute no product uses */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign a staff member in
         * @description After 5 failures for one account (or 30 from one address) in 15 minutes, attempts answer 429 SIGN_IN_THROTTLED with Retry-After, whether or not the account exists.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        /** @description Merchant handle; the default merchant if absent */
                        merchant?: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            merchant: {
                                /** @description ISO 4217 code */
                                currency: "CNY" | "USD" | "EUR" | "HKD";
                                handle: string;
                                id: string;
                                isDefault: boolean;
                                name: string;
                            };
                            /** @description What this staff member may do (platform/permissions.ts); each request is checked anyway */
                            permissions: ("catalog:read" | "catalog:write" | "inventory:read" | "inventory:write" | "orders:read" | "orders:write" | "payments:refund" | "risk:review" | "shipping:write" | "customers:read" | "customers:contact" | "reports:read" | "analytics:read" | "creators:manage" | "promotions:read" | "promotions:write" | "reviews:moderate" | "staff:manage" | "settings:write")[];
                            staff: {
                                /** Format: date-time */
                                createdAt: string;
                                displayName: string;
                                email: string;
                                id: string;
                                /** @description What the staff member may do (platform/permissions.ts) */
                                role: "owner" | "operator" | "customer_service" | "analyst";
                                status: "active" | "disabled" | "frozen";
                            };
                            token: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/brands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every brand */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                logoUrl: string | null;
                                name: {
                                    en?: string;
                                    "zh-CN"?: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a brand */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        logoUrl?: string | null;
                        name: {
                            en?: string;
                            "zh-CN"?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            logoUrl: string | null;
                            name: {
                                en?: string;
                                "zh-CN"?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/brands/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a brand */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        logoUrl?: string | null;
                        name: {
                            en?: string;
                            "zh-CN"?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            logoUrl: string | null;
                            name: {
                                en?: string;
                                "zh-CN"?: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete an unused brand */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every category, flat, siblings in display order */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: {
                                    en?: string;
                                    "zh-CN"?: string;
                                };
                                parentId: string | null;
                                sortOrder: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a category */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: {
                            en?: string;
                            "zh-CN"?: string;
                        };
                        parentId?: string | null;
                        sortOrder?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: {
                                en?: string;
                                "zh-CN"?: string;
                            };
                            parentId: string | null;
                            sortOrder: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rename, move or reorder a category */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: {
                            en?: string;
                            "zh-CN"?: string;
                        };
                        parentId?: string | null;
                        sortOrder?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: {
                                en?: string;
                                "zh-CN"?: string;
                            };
                            parentId: string | null;
                            sortOrder: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete an empty category */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/coupons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Coupon templates, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    limit?: number;
                    status?: "active" | "disabled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                amountOff: number | null;
                                claimedCount: number;
                                code: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description ISO 4217 code */
                                currency: "CNY" | "USD" | "EUR" | "HKD";
                                /** @enum {unknown} */
                                distribution: "code" | "claim";
                                /** Format: date-time */
                                endsAt: string;
                                id: string;
                                /** @enum {unknown} */
                                kind: "fixed" | "percent";
                                maxDiscount: number | null;
                                /** @description Minor units */
                                minSpend: number;
                                name: string;
                                percentOff: number | null;
                                perShopperLimit: number;
                                redeemedCount: number;
                                remainingQuantity: number;
                                /** @enum {unknown} */
                                scope: "all" | "categories" | "products";
                                scopeIds: string[];
                                /** Format: date-time */
                                startsAt: string;
                                /** @enum {unknown} */
                                status: "active" | "disabled";
                                totalQuantity: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a coupon template
         * @description fixed: amountOff minor units; percent: percentOff whole percent, rounded down to the fen, capped by maxDiscount.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amountOff?: number;
                        code?: string;
                        /** @description ISO 4217 code */
                        currency: "CNY" | "USD" | "EUR" | "HKD";
                        /** @enum {unknown} */
                        distribution: "code" | "claim";
                        /** Format: date-time */
                        endsAt: string;
                        /** @enum {unknown} */
                        kind: "fixed" | "percent";
                        maxDiscount?: number;
                        minSpend?: number;
                        name: string;
                        percentOff?: number;
                        perShopperLimit?: number;
                        /** @enum {unknown} */
                        scope: "all" | "categories" | "products";
                        scopeIds?: string[];
                        /** Format: date-time */
                        startsAt: string;
                        totalQuantity: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amountOff: number | null;
                            claimedCount: number;
                            code: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description ISO 4217 code */
                            currency: "CNY" | "USD" | "EUR" | "HKD";
                            /** @enum {unknown} */
                            distribution: "code" | "claim";
                            /** Format: date-time */
                            endsAt: string;
                            id: string;
                            /** @enum {unknown} */
                            kind: "fixed" | "percent";
                            maxDiscount: number | null;
                            /** @description Minor units */
                            minSpend: number;
                            name: string;
                            percentOff: number | null;
                            perShopperLimit: number;
                            redeemedCount: number;
                            remainingQuantity: number;
                            /** @enum {unknown} */
                            scope: "all" | "categories" | "products";
                            scopeIds: string[];
                            /** Format: date-time */
                            startsAt: string;
                            /** @enum {unknown} */
                            status: "active" | "disabled";
                            totalQuantity: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/coupons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One coupon template */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amountOff: number | null;
                            claimedCount: number;
                            code: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description ISO 4217 code */
                            currency: "CNY" | "USD" | "EUR" | "HKD";
                            /** @enum {unknown} */
                            distribution: "code" | "claim";
                            /** Format: date-time */
                            endsAt: string;
                            id: string;
                            /** @enum {unknown} */
                            kind: "fixed" | "percent";
                            maxDiscount: number | null;
                            /** @description Minor units */
                            minSpend: number;
                            name: string;
                            percentOff: number | null;
                            perShopperLimit: number;
                            redeemedCount: number;
                            remainingQuantity: number;
                            /** @enum {unknown} */
                            scope: "all" | "categories" | "products";
                            scopeIds: string[];
                            /** Format: date-time */
                            startsAt: string;
                            /** @enum {unknown} */
                            status: "active" | "disabled";
                            totalQuantity: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/coupons/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop a coupon being claimed or redeemed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amountOff: number | null;
                            claimedCount: number;
                            code: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description ISO 4217 code */
                            currency: "CNY" | "USD" | "EUR" | "HKD";
                            /** @enum {unknown} */
                            distribution: "code" | "claim";
                            /** Format: date-time */
                            endsAt: string;
                            id: string;
                            /** @enum {unknown} */
                            kind: "fixed" | "percent";
                            maxDiscount: number | null;
                            /** @description Minor units */
                            minSpend: number;
                            name: string;
                            percentOff: number | null;
                            perShopperLimit: number;
                            redeemedCount: number;
                            remainingQuantity: number;
                            /** @enum {unknown} */
                            scope: "all" | "categories" | "products";
                            scopeIds: string[];
                            /** Format: date-time */
                            startsAt: string;
                            /** @enum {unknown} */
                            status: "active" | "disabled";
                            totalQuantity: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/creators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shop's creators with their follower counts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                customerId: string;
                                displayName: string;
                                followers: number;
                                /** Format: date-time */
                                since: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/creators/{customerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Mark a customer as a creator (again: rename them)
         * @description The display name is public: shown on the creator page and to followers.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    customerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customerId: string;
                            displayName: string;
                            followers: number;
                            /** Format: date-time */
                            since: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /** End a creator status */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    customerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List customers, newest first
         * @description Always masked: a list shows many people at once. Clear contact details come from one customer at a time.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                displayName: string;
                                email: string;
                                id: string;
                                /** @description Resident ID-card number; masked for everyone but the shopper */
                                idNumber: string | null;
                                phone: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One customer, read for customer service
         * @description Contact details are clear for roles with customers:contact and masked otherwise; every read is audited.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            displayName: string;
                            email: string;
                            id: string;
                            /** @description Resident ID-card number; masked for everyone but the shopper */
                            idNumber: string | null;
                            phone: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest product imports, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                /** @description The first refused rows, in file order */
                                errors: {
                                    /** @description A stable error code (docs/errors.md) */
                                    code: string;
                                    detail: string | null;
                                    field: string | null;
                                    handle: string | null;
                                    /** @description The line of the file the product starts on */
                                    line: number;
                                }[];
                                finishedAt: string | null;
                                format: "jsonl" | "csv";
                                id: string;
                                imported: number;
                                processed: number;
                                rejected: number;
                                status: "queued" | "running" | "done" | "failed";
                                /** @description Products in the file */
                                total: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Upload a product file (JSONL or CSV) to import in the background */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description The file as it is: JSON lines or CSV (docs/import-format.md) */
            requestBody: {
                content: {
                    "application/jsonl": string;
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            /** @description The first refused rows, in file order */
                            errors: {
                                /** @description A stable error code (docs/errors.md) */
                                code: string;
                                detail: string | null;
                                field: string | null;
                                handle: string | null;
                                /** @description The line of the file the product starts on */
                                line: number;
                            }[];
                            finishedAt: string | null;
                            format: "jsonl" | "csv";
                            id: string;
                            imported: number;
                            processed: number;
                            rejected: number;
                            status: "queued" | "running" | "done" | "failed";
                            /** @description Products in the file */
                            total: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import's progress (processed of total) and its refused rows */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            /** @description The first refused rows, in file order */
                            errors: {
                                /** @description A stable error code (docs/errors.md) */
                                code: string;
                                detail: string | null;
                                field: string | null;
                                handle: string | null;
                                /** @description The line of the file the product starts on */
                                line: number;
                            }[];
                            finishedAt: string | null;
                            format: "jsonl" | "csv";
                            id: string;
                            imported: number;
                            processed: number;
                            rejected: number;
                            status: "queued" | "running" | "done" | "failed";
                            /** @description Products in the file */
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/inventory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock levels of some SKUs */
        get: {
            parameters: {
                query: {
                    /** @description Comma-separated SKU ids, at most 100 */
                    skuIds: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description On hand minus reserved: what can still be sold */
                                available: number;
                                onHand: number;
                                reserved: number;
                                skuId: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/inventory/{skuId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a SKU's on-hand count (stock take) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    skuId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        onHand: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description On hand minus reserved: what can still be sold */
                            available: number;
                            onHand: number;
                            reserved: number;
                            skuId: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/inventory/{skuId}/adjust": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add or remove units of a SKU's stock */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    skuId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Units added (positive) or removed (negative) */
                        delta: number;
                        /** @description Kept in the stock ledger */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description On hand minus reserved: what can still be sold */
                            available: number;
                            onHand: number;
                            reserved: number;
                            skuId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/inventory/{skuId}/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A SKU's stock ledger, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    skuId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                actor: string;
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                kind: "adjustment" | "reservation" | "release" | "commit" | "return";
                                onHandDelta: number;
                                orderId: string | null;
                                reason: string | null;
                                reservedDelta: number;
                                skuId: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in staff member */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            merchant: {
                                /** @description ISO 4217 code */
                                currency: "CNY" | "USD" | "EUR" | "HKD";
                                handle: string;
                                id: string;
                                isDefault: boolean;
                                name: string;
                            };
                            /** @description What this staff member may do (platform/permissions.ts); each request is checked anyway */
                            permissions: ("catalog:read" | "catalog:write" | "inventory:read" | "inventory:write" | "orders:read" | "orders:write" | "payments:refund" | "risk:review" | "shipping:write" | "customers:read" | "customers:contact" | "reports:read" | "analytics:read" | "creators:manage" | "promotions:read" | "promotions:write" | "reviews:moderate" | "staff:manage" | "settings:write")[];
                            staff: {
                                /** Format: date-time */
                                createdAt: string;
                                displayName: string;
                                email: string;
                                id: string;
                                /** @description What the staff member may do (platform/permissions.ts) */
                                role: "owner" | "operator" | "customer_service" | "analyst";
                                status: "active" | "disabled" | "frozen";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    customerId?: string;
                    /** @description Placed at or after */
                    from?: string;
                    limit?: number;
                    status?: "pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "cancelled" | "refund_requested" | "refunded";
                    /** @description Placed before */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                address: {
                                    city: string;
                                    district: string;
                                    line1: string;
                                    line2: string | null;
                                    phone: string;
                                    postalCode: string | null;
                                    province: string;
                                    recipient: string;
                                };
                                cancelledAt: string | null;
                                cancelReason: string | null;
                                completedAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description ISO 4217 code */
                                currency: "CNY" | "USD" | "EUR" | "HKD";
                                customerId: string;
                                deliveredAt: string | null;
                                /** @description Minor units */
                                discount: number;
                                id: string;
                                items: {
                                    id: string;
                                    imageUrl: string | null;
                                    /** @description Minor units */
                                    lineTotal: number;
                                    listPrice: number | null;
                                    productId: string;
                                    productTitle: string;
                                    quantity: number;
                                    skuCode: string;
                                    skuId: string;
                                    specs: {
                                        [key: string]: string;
                                    };
                                    /** @description Minor units */
                                    unitPrice: number;
                                }[];
                                note: string | null;
                                paidAt: string | null;
                                /** Format: date-time */
                                paymentDeadline: string;
                                paymentId: string | null;
                                /** @description Minor units */
                                refundedAmount: number;
                                refundedAt: string | null;
                                shippedAt: string | null;
                                /** @description Minor units */
                                shippingFee: number;
                                shippingTemplateId: string | null;
                                /** @enum {unknown} */
                                status: "pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "cancelled" | "refund_requested" | "refunded";
                                /** @description Minor units */
                                subtotal: number;
                                /** @description Minor units */
                                total: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: {
                                city: string;
                                district: string;
                                line1: string;
                                line2: string | null;
                                phone: string;
                                postalCode: string | null;
                                province: string;
                                recipient: string;
                            };
                            cancelledAt: string | null;
                            cancelReason: string | null;
                            completedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description ISO 4217 code */
                            currency: "CNY" | "USD" | "EUR" | "HKD";
                            customerId: string;
                            deliveredAt: string | null;
                            /** @description Minor units */
                            discount: number;
                            id: string;
                            items: {
                                id: string;
                                imageUrl: string | null;
                                /** @description Minor units */
                                lineTotal: number;
                                listPrice: number | null;
                                productId: string;
                                productTitle: string;
                                quantity: number;
                                skuCode: string;
                                skuId: string;
                                specs: {
                                    [key: string]: string;
                                };
                                /** @description Minor units */
                                unitPrice: number;
                            }[];
                            note: string | null;
                            paidAt: string | null;
                            /** Format: date-time */
                            paymentDeadline: string;
                            paymentId: string | null;
                            /** @description Minor units */
                            refundedAmount: number;
                            refundedAt: string | null;
                            shippedAt: string | null;
                            /** @description Minor units */
                            shippingFee: number;
                            shippingTemplateId: string | null;
                            /** @enum {unknown} */
                            status: "pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "cancelled" | "refund_requested" | "refunded";
                            /** @description Minor units */
                            subtotal: number;
                            /** @description Minor units */
                            total: number;
                            transitions: {
                                actorKind: string;
                                /** Format: date-time */
                                at: string;
                                from: ("pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "cancelled" | "refund_requested" | "refunded") | null;
                                reason: string | null;
                                /** @enum {unknown} */
                                to: "pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "cancelled" | "refund_requested" | "refunded";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/orders/{id}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required: one key per intended action */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Minor units */
                        amount?: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Minor units */
                            amount: number;
                            fullyRefunded: boolean;
                            order: {
                                address: {
                                    city: string;
                                    district: string;
                                    line1: string;
                                    line2: string | null;
                                    phone: string;
                                    postalCode: string | null;
                                    province: string;
                                    recipient: string;
                                };
                                cancelledAt: string | null;
                                cancelReason: string | null;
                                completedAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description ISO 4217 code */
                                currency: "CNY" | "USD" | "EUR" | "HKD";
                                customerId: string;
                                deliveredAt: string | null;
                                /** @description Minor units */
                                discount: number;
                                id: string;
                                items: {
                                    id: string;
                                    imageUrl: string | null;
                                    /** @description Minor units */
                                    lineTotal: number;
                                    listPrice: number | null;
                                    productId: string;
                                    productTitle: string;
                                    quantity: number;
                                    skuCode: string;
                                    skuId: string;
                                    specs: {
                                        [key: string]: string;
                                    };
                                    /** @description Minor units */
                                    unitPrice: number;
                                }[];
                                note: string | null;
                                paidAt: string | null;
                                /** Format: date-time */
                                paymentDeadline: string;
                                paymentId: string | null;
                                /** @description Minor units */
                                refundedAmount: number;
                                refundedAt: string | null;
                                shippedAt: string | null;
                                /** @description Minor units */
                                shippingFee: number;
                                shippingTemplateId: string | null;
                                /** @enum {unknown} */
                                status: "pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "cancelled" | "refund_requested" | "refunded";
                                /** @description Minor units */
                                subtotal: number;
                                /** @description Minor units */
                                total: number;
                                transitions: {
                                    actorKind: string;
                                    /** Format: date-time */
                                    at: string;
                                    from: ("pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "cancelled" | "refund_requested" | "refunded") | null;
                                    reason: string | null;
                                    /** @enum {unknown} */
                                    to: "pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "cancelled" | "refund_requested" | "refunded";
                                }[];
                            };
                            refundId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/orders/{id}/refund-request/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: {
                                city: string;
                                district: string;
                                line1: string;
                                line2: string | null;
                                phone: string;
                                postalCode: string | null;
                                province: string;
                                recipient: string;
                            };
                            cancelledAt: string | null;
                            cancelReason: string | null;
                            completedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description ISO 4217 code */
                            currency: "CNY" | "USD" | "EUR" | "HKD";
                            customerId: string;
                            deliveredAt: string | null;
                            /** @description Minor units */
                            discount: number;
                            id: string;
                            items: {
                                id: string;
                                imageUrl: string | null;
                                /** @description Minor units */
                                lineTotal: number;
                                listPrice: number | null;
                                productId: string;
                                productTitle: string;
                                quantity: number;
                                skuCode: string;
                                skuId: string;
                                specs: {
                                    [key: string]: string;
                                };
                                /** @description Minor units */
                                unitPrice: number;
                            }[];
                            note: string | null;
                            paidAt: string | null;
                            /** Format: date-time */
                            paymentDeadline: string;
                            paymentId: string | null;
                            /** @description Minor units */
                            refundedAmount: number;
                            refundedAt: string | null;
                            shippedAt: string | null;
                            /** @description Minor units */
                            shippingFee: number;
                            shippingTemplateId: string | null;
                            /** @enum {unknown} */
                            status: "pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "cancelled" | "refund_requested" | "refunded";
                            /** @description Minor units */
                            subtotal: number;
                            /** @description Minor units */
                            total: number;
                            transitions: {
                                actorKind: string;
                                /** Format: date-time */
                                at: string;
                                from: ("pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "cancelled" | "refund_requested" | "refunded") | null;
                                reason: string | null;
                                /** @enum {unknown} */
                                to: "pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "cancelled" | "refund_requested" | "refunded";
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/orders/{id}/ship": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Carrier code, e.g. SF, ZTO, YTO */
                        carrier: string;
                        trackingNumber: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: {
                                city: string;
                                district: string;
                                line1: string;
                                line2: string | null;
                                phone: string;
                                postalCode: string | null;
                                province: string;
                                recipient: string;
                            };
                            cancelledAt: string | null;
                            cancelReason: string | null;
                            completedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description ISO 4217 code */
                            currency: "CNY" | "USD" | "EUR" | "HKD";
                            customerId: string;
                            deliveredAt: string | null;
                            /** @description Minor units */
                            discount: number;
                            id: string;
                            items: {
                                id: string;
                                imageUrl: string | null;
                                /** @description Minor units */
                                lineTotal: number;
                                listPrice: number | null;
                                productId: string;
                                productTitle: string;
                                quantity: number;
                                skuCode: string;
                                skuId: string;
                                specs: {
                                    [key: string]: string;
                                };
                                /** @description Minor units */
                                unitPrice: number;
                            }[];
                            note: string | null;
                            paidAt: string | null;
                            /** Format: date-time */
                            paymentDeadline: string;
                            paymentId: string | null;
                            /** @description Minor units */
                            refundedAmount: number;
                            refundedAt: string | null;
                            shippedAt: string | null;
                            /** @description Minor units */
                            shippingFee: number;
                            shippingTemplateId: string | null;
                            /** @enum {unknown} */
                            status: "pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "cancelled" | "refund_requested" | "refunded";
                            /** @description Minor units */
                            subtotal: number;
                            /** @description Minor units */
                            total: number;
                            transitions: {
                                actorKind: string;
                                /** Format: date-time */
                                at: string;
                                from: ("pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "cancelled" | "refund_requested" | "refunded") | null;
                                reason: string | null;
                                /** @enum {unknown} */
                                to: "pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "cancelled" | "refund_requested" | "refunded";
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/passkeys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My passkeys */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                backedUp: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description multiDevice: a synced passkey (iCloud Keychain, Google Password Manager, ...) */
                                deviceType: "singleDevice" | "multiDevice";
                                id: string;
                                label: string | null;
                                lastUsedAt: string | null;
                                transports: string[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/passkeys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove one of my passkeys */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/passkeys/authentication/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start signing in with a passkey
         * @description Usernameless. The answer signs in at the merchant named here.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Merchant handle; the default merchant if absent */
                        merchant?: string;
                    };
                };
            };
            responses: {
                /** @description Pass to startAuthentication({ optionsJSON }) of @simplewebauthn/browser */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowCredentials?: {
                                id: string;
                                transports?: string[];
                                type: string;
                            }[];
                            challenge: string;
                            hints?: string[];
                            rpId?: string;
                            timeout?: number;
                            userVerification?: "required" | "preferred" | "discouraged";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/passkeys/authentication/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with a passkey
         * @description Answers like password sign-in, at the merchant the options were asked for.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description What startAuthentication() resolved with */
                        response: {
                            authenticatorAttachment?: "platform" | "cross-platform";
                            clientExtensionResults: {
                                [key: string]: unknown;
                            };
                            id: string;
                            rawId: string;
                            response: {
                                authenticatorData: string;
                                clientDataJSON: string;
                                signature: string;
                                userHandle?: string;
                            };
                            /** @enum {string} */
                            type: "public-key";
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            merchant: {
                                /** @description ISO 4217 code */
                                currency: "CNY" | "USD" | "EUR" | "HKD";
                                handle: string;
                                id: string;
                                isDefault: boolean;
                                name: string;
                            };
                            /** @description What this staff member may do (platform/permissions.ts); each request is checked anyway */
                            permissions: ("catalog:read" | "catalog:write" | "inventory:read" | "inventory:write" | "orders:read" | "orders:write" | "payments:refund" | "risk:review" | "shipping:write" | "customers:read" | "customers:contact" | "reports:read" | "analytics:read" | "creators:manage" | "promotions:read" | "promotions:write" | "reviews:moderate" | "staff:manage" | "settings:write")[];
                            staff: {
                                /** Format: date-time */
                                createdAt: string;
                                displayName: string;
                                email: string;
                                id: string;
                                /** @description What the staff member may do (platform/permissions.ts) */
                                role: "owner" | "operator" | "customer_service" | "analyst";
                                status: "active" | "disabled" | "frozen";
                            };
                            token: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/passkeys/registration/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start adding a passkey to my account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Pass to startRegistration({ optionsJSON }) of @simplewebauthn/browser */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attestation?: string;
                            authenticatorSelection?: {
                                authenticatorAttachment?: "platform" | "cross-platform";
                                requireResidentKey?: boolean;
                                residentKey?: string;
                                userVerification?: "required" | "preferred" | "discouraged";
                            };
                            challenge: string;
                            excludeCredentials?: {
                                id: string;
                                transports?: string[];
                                type: string;
                            }[];
                            extensions?: {
                                credProps?: boolean;
                            };
                            hints?: string[];
                            pubKeyCredParams: {
                                alg: number;
                                /** @enum {string} */
                                type: "public-key";
                            }[];
                            rp: {
                                id?: string;
                                name: string;
                            };
                            timeout?: number;
                            user: {
                                displayName: string;
                                id: string;
                                name: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/passkeys/registration/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finish adding a passkey */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A name for it, e.g. "iPhone" */
                        label?: string;
                        /** @description What startRegistration() resolved with */
                        response: {
                            authenticatorAttachment?: "platform" | "cross-platform";
                            clientExtensionResults: {
                                [key: string]: unknown;
                            };
                            id: string;
                            rawId: string;
                            response: {
                                attestationObject: string;
                                authenticatorData?: string;
                                clientDataJSON: string;
                                publicKey?: string;
                                publicKeyAlgorithm?: number;
                                transports?: string[];
                            };
                            /** @enum {string} */
                            type: "public-key";
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            backedUp: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description multiDevice: a synced passkey (iCloud Keychain, Google Password Manager, ...) */
                            deviceType: "singleDevice" | "multiDevice";
                            id: string;
                            label: string | null;
                            lastUsedAt: string | null;
                            transports: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An order's payment attempts, oldest first */
        get: {
            parameters: {
                query: {
                    orderId: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description Minor units */
                                amount: number;
                                /** @description Minor units */
                                capturedAmount: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description ISO 4217 code */
                                currency: "CNY" | "USD" | "EUR" | "HKD";
                                failureReason: string | null;
                                id: string;
                                instalments: (3 | 6 | 12) | null;
                                /** @enum {unknown} */
                                method: "wechat_qr" | "alipay_redirect" | "card" | "instalments" | "wallet";
                                nextAction: ({
                                    /** @description Render as a QR code for the wallet app to scan */
                                    qrContent: string;
                                    /** @enum {string} */
                                    type: "qr";
                                    url: string;
                                } | {
                                    /** @enum {string} */
                                    type: "redirect";
                                    url: string;
                                } | {
                                    /** @enum {string} */
                                    type: "card_form";
                                    url: string;
                                } | {
                                    /** @enum {string} */
                                    type: "wallet_confirm";
                                    url: string;
                                }) | null;
                                orderId: string;
                                provider: string;
                                providerRef: string | null;
                                /** @description Minor units */
                                refundedAmount: number;
                                /** @enum {unknown} */
                                status: "held_for_review" | "pending" | "succeeded" | "failed" | "expired" | "refunded" | "partially_refunded";
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/payments/{paymentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A payment and its refunds */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    paymentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            payment: {
                                /** @description Minor units */
                                amount: number;
                                /** @description Minor units */
                                capturedAmount: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description ISO 4217 code */
                                currency: "CNY" | "USD" | "EUR" | "HKD";
                                failureReason: string | null;
                                id: string;
                                instalments: (3 | 6 | 12) | null;
                                /** @enum {unknown} */
                                method: "wechat_qr" | "alipay_redirect" | "card" | "instalments" | "wallet";
                                nextAction: ({
                                    /** @description Render as a QR code for the wallet app to scan */
                                    qrContent: string;
                                    /** @enum {string} */
                                    type: "qr";
                                    url: string;
                                } | {
                                    /** @enum {string} */
                                    type: "redirect";
                                    url: string;
                                } | {
                                    /** @enum {string} */
                                    type: "card_form";
                                    url: string;
                                } | {
                                    /** @enum {string} */
                                    type: "wallet_confirm";
                                    url: string;
                                }) | null;
                                orderId: string;
                                provider: string;
                                providerRef: string | null;
                                /** @description Minor units */
                                refundedAmount: number;
                                /** @enum {unknown} */
                                status: "held_for_review" | "pending" | "succeeded" | "failed" | "expired" | "refunded" | "partially_refunded";
                                /** Format: date-time */
                                updatedAt: string;
                            };
                            refunds: {
                                /** @description Minor units */
                                amount: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description ISO 4217 code */
                                currency: "CNY" | "USD" | "EUR" | "HKD";
                                id: string;
                                paymentId: string;
                                reason: string;
                                status: "pending" | "succeeded" | "failed";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/privacy/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List access alerts (newest first) */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    limit?: number;
                    status?: "open" | "resolved";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description freeze: the account was frozen and its sessions revoked; alert: nothing was stopped */
                                action: "freeze" | "alert";
                                /** Format: date-time */
                                createdAt: string;
                                /** @description Counts and ids only, never personal values */
                                detail: {
                                    exports?: number;
                                    hour?: number;
                                    limit?: number;
                                    people?: number;
                                    requestId?: string;
                                    timeZone?: string;
                                    windowMinutes?: number;
                                };
                                id: string;
                                resolvedAt: string | null;
                                resolvedBy: string | null;
                                /** @description The rule that raised the alert (docs/decisions/0007-audit-and-anomalies.md) */
                                rule: "mass_read" | "export_burst" | "unusual_hours" | "new_network";
                                staffId: string;
                                status: "open" | "resolved";
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/privacy/alerts/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark an access alert reviewed
         * @description Does not unfreeze the account: POST /api/admin/staff/:id/unfreeze does.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description freeze: the account was frozen and its sessions revoked; alert: nothing was stopped */
                            action: "freeze" | "alert";
                            /** Format: date-time */
                            createdAt: string;
                            /** @description Counts and ids only, never personal values */
                            detail: {
                                exports?: number;
                                hour?: number;
                                limit?: number;
                                people?: number;
                                requestId?: string;
                                timeZone?: string;
                                windowMinutes?: number;
                            };
                            id: string;
                            resolvedAt: string | null;
                            resolvedBy: string | null;
                            /** @description The rule that raised the alert (docs/decisions/0007-audit-and-anomalies.md) */
                            rule: "mass_read" | "export_burst" | "unusual_hours" | "new_network";
                            staffId: string;
                            status: "open" | "resolved";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/privacy/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Data-subject requests with their due dates; open ones oldest (most urgent) first */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    limit?: number;
                    status?: "open" | "closed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                archiveUrl: string | null;
                                closedAt: string | null;
                                daysLeft: number | null;
                                /** Format: date-time */
                                dueAt: string;
                                handledBy: string | null;
                                id: string;
                                /** @enum {unknown} */
                                kind: "export" | "erasure" | "rectification";
                                overdue: boolean;
                                /** Format: date-time */
                                receivedAt: string;
                                resolution: string | null;
                                startedAt: string | null;
                                /** @enum {unknown} */
                                state: "received" | "in_progress" | "completed" | "rejected";
                                subjectId: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/privacy/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One request, with what the person asked to correct (an audited read) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archiveUrl: string | null;
                            closedAt: string | null;
                            daysLeft: number | null;
                            details: string | null;
                            /** Format: date-time */
                            dueAt: string;
                            handledBy: string | null;
                            id: string;
                            /** @enum {unknown} */
                            kind: "export" | "erasure" | "rectification";
                            overdue: boolean;
                            /** Format: date-time */
                            receivedAt: string;
                            resolution: string | null;
                            startedAt: string | null;
                            /** @enum {unknown} */
                            state: "received" | "in_progress" | "completed" | "rejected";
                            subjectId: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/privacy/requests/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a rectification request done, once the record is corrected */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        resolution?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archiveUrl: string | null;
                            closedAt: string | null;
                            daysLeft: number | null;
                            /** Format: date-time */
                            dueAt: string;
                            handledBy: string | null;
                            id: string;
                            /** @enum {unknown} */
                            kind: "export" | "erasure" | "rectification";
                            overdue: boolean;
                            /** Format: date-time */
                            receivedAt: string;
                            resolution: string | null;
                            startedAt: string | null;
                            /** @enum {unknown} */
                            state: "received" | "in_progress" | "completed" | "rejected";
                            subjectId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/privacy/requests/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject an open request; the person reads the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        resolution?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archiveUrl: string | null;
                            closedAt: string | null;
                            daysLeft: number | null;
                            /** Format: date-time */
                            dueAt: string;
                            handledBy: string | null;
                            id: string;
                            /** @enum {unknown} */
                            kind: "export" | "erasure" | "rectification";
                            overdue: boolean;
                            /** Format: date-time */
                            receivedAt: string;
                            resolution: string | null;
                            startedAt: string | null;
                            /** @enum {unknown} */
                            state: "received" | "in_progress" | "completed" | "rejected";
                            subjectId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/privacy/requests/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a rectification request on */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        resolution?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archiveUrl: string | null;
                            closedAt: string | null;
                            daysLeft: number | null;
                            /** Format: date-time */
                            dueAt: string;
                            handledBy: string | null;
                            id: string;
                            /** @enum {unknown} */
                            kind: "export" | "erasure" | "rectification";
                            overdue: boolean;
                            /** Format: date-time */
                            receivedAt: string;
                            resolution: string | null;
                            startedAt: string | null;
                            /** @enum {unknown} */
                            state: "received" | "in_progress" | "completed" | "rejected";
                            subjectId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List products, newest first */
        get: {
            parameters: {
                query?: {
                    brandId?: string;
                    categoryId?: string;
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    limit?: number;
                    /** @description Part of the title, any locale */
                    q?: string;
                    status?: "draft" | "active" | "archived";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                brandId: string | null;
                                categoryId: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                currency: string;
                                id: string;
                                imageUrl: string | null;
                                priceFrom: number | null;
                                status: "draft" | "active" | "archived";
                                tags: string[];
                                title: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a product with its SKUs */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        attributes?: {
                            [key: string]: boolean | number | string | {
                                max: number;
                                min: number;
                            };
                        };
                        brandId?: string | null;
                        categoryId?: string | null;
                        images?: {
                            alt?: string | null;
                            url: string;
                        }[];
                        skus: {
                            barcode?: string | null;
                            code: string;
                            /** @description ISO 4217 code */
                            currency: "CNY" | "USD" | "EUR" | "HKD";
                            imageUrl?: string | null;
                            /** @description Minor units */
                            listPrice: number;
                            /** @description Minor units */
                            salePrice?: number;
                            specs?: {
                                [key: string]: string;
                            };
                            status?: "active" | "inactive";
                            weightGrams?: number;
                        }[];
                        status?: "draft" | "active" | "archived";
                        tags?: string[];
                        /** @description At least one locale */
                        texts: {
                            en?: {
                                description?: string;
                                subtitle?: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                description?: string;
                                subtitle?: string;
                                title: string;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attributes: {
                                [key: string]: boolean | number | string | {
                                    max: number;
                                    min: number;
                                };
                            };
                            brandId: string | null;
                            categoryId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            currency: string;
                            id: string;
                            images: {
                                alt: string | null;
                                url: string;
                            }[];
                            priceFrom: number | null;
                            skus: {
                                barcode: string | null;
                                code: string;
                                currency: string;
                                id: string;
                                imageUrl: string | null;
                                listPrice: number;
                                position: number;
                                productId: string;
                                salePrice: number;
                                specs: {
                                    [key: string]: string;
                                };
                                status: "active" | "inactive";
                                weightGrams: number;
                            }[];
                            status: "draft" | "active" | "archived";
                            tags: string[];
                            /** @description At least one locale */
                            texts: {
                                en?: {
                                    description?: string;
                                    subtitle?: string;
                                    title: string;
                                };
                                "zh-CN"?: {
                                    description?: string;
                                    subtitle?: string;
                                    title: string;
                                };
                            };
                            /** @description In the reader's locale, else the other one */
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product in any status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attributes: {
                                [key: string]: boolean | number | string | {
                                    max: number;
                                    min: number;
                                };
                            };
                            brandId: string | null;
                            categoryId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            currency: string;
                            id: string;
                            images: {
                                alt: string | null;
                                url: string;
                            }[];
                            priceFrom: number | null;
                            skus: {
                                barcode: string | null;
                                code: string;
                                currency: string;
                                id: string;
                                imageUrl: string | null;
                                listPrice: number;
                                position: number;
                                productId: string;
                                salePrice: number;
                                specs: {
                                    [key: string]: string;
                                };
                                status: "active" | "inactive";
                                weightGrams: number;
                            }[];
                            status: "draft" | "active" | "archived";
                            tags: string[];
                            /** @description At least one locale */
                            texts: {
                                en?: {
                                    description?: string;
                                    subtitle?: string;
                                    title: string;
                                };
                                "zh-CN"?: {
                                    description?: string;
                                    subtitle?: string;
                                    title: string;
                                };
                            };
                            /** @description In the reader's locale, else the other one */
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a draft product */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a product's texts, category, brand, tags, images or attributes */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        attributes?: {
                            [key: string]: boolean | number | string | {
                                max: number;
                                min: number;
                            };
                        };
                        brandId?: string | null;
                        categoryId?: string | null;
                        images?: {
                            alt?: string | null;
                            url: string;
                        }[];
                        tags?: string[];
                        /** @description At least one locale */
                        texts?: {
                            en?: {
                                description?: string;
                                subtitle?: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                description?: string;
                                subtitle?: string;
                                title: string;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attributes: {
                                [key: string]: boolean | number | string | {
                                    max: number;
                                    min: number;
                                };
                            };
                            brandId: string | null;
                            categoryId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            currency: string;
                            id: string;
                            images: {
                                alt: string | null;
                                url: string;
                            }[];
                            priceFrom: number | null;
                            skus: {
                                barcode: string | null;
                                code: string;
                                currency: string;
                                id: string;
                                imageUrl: string | null;
                                listPrice: number;
                                position: number;
                                productId: string;
                                salePrice: number;
                                specs: {
                                    [key: string]: string;
                                };
                                status: "active" | "inactive";
                                weightGrams: number;
                            }[];
                            status: "draft" | "active" | "archived";
                            tags: string[];
                            /** @description At least one locale */
                            texts: {
                                en?: {
                                    description?: string;
                                    subtitle?: string;
                                    title: string;
                                };
                                "zh-CN"?: {
                                    description?: string;
                                    subtitle?: string;
                                    title: string;
                                };
                            };
                            /** @description In the reader's locale, else the other one */
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/admin/products/{id}/skus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a SKU to a product */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        barcode?: string | null;
                        code: string;
                        /** @description ISO 4217 code */
                        currency: "CNY" | "USD" | "EUR" | "HKD";
                        imageUrl?: string | null;
                        /** @description Minor units */
                        listPrice: number;
                        /** @description Minor units */
                        salePrice?: number;
                        specs?: {
                            [key: string]: string;
                        };
                        status?: "active" | "inactive";
                        weightGrams?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            barcode: string | null;
                            code: string;
                            currency: string;
                            id: string;
                            imageUrl: string | null;
                            listPrice: number;
                            position: number;
                            productId: string;
                            salePrice: number;
                            specs: {
                                [key: string]: string;
                            };
                            status: "active" | "inactive";
                            weightGrams: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/products/{id}/skus/{skuId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a SKU's price, code, specs or status */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    skuId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        barcode?: string | null;
                        code?: string;
                        imageUrl?: string | null;
                        /** @description Minor units */
                        listPrice?: number;
                        /** @description Minor units */
                        salePrice?: number;
                        specs?: {
                            [key: string]: string;
                        };
                        status?: "active" | "inactive";
                        weightGrams?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            barcode: string | null;
                            code: string;
                            currency: string;
                            id: string;
                            imageUrl: string | null;
                            listPrice: number;
                            position: number;
                            productId: string;
                            salePrice: number;
                            specs: {
                                [key: string]: string;
                            };
                            status: "active" | "inactive";
                            weightGrams: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/admin/products/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish, unpublish or archive a product */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        status: "draft" | "active" | "archived";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attributes: {
                                [key: string]: boolean | number | string | {
                                    max: number;
                                    min: number;
                                };
                            };
                            brandId: string | null;
                            categoryId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            currency: string;
                            id: string;
                            images: {
                                alt: string | null;
                                url: string;
                            }[];
                            priceFrom: number | null;
                            skus: {
                                barcode: string | null;
                                code: string;
                                currency: string;
                                id: string;
                                imageUrl: string | null;
                                listPrice: number;
                                position: number;
                                productId: string;
                                salePrice: number;
                                specs: {
                                    [key: string]: string;
                                };
                                status: "active" | "inactive";
                                weightGrams: number;
                            }[];
                            status: "draft" | "active" | "archived";
                            tags: string[];
                            /** @description At least one locale */
                            texts: {
                                en?: {
                                    description?: string;
                                    subtitle?: string;
                                    title: string;
                                };
                                "zh-CN"?: {
                                    description?: string;
                                    subtitle?: string;
                                    title: string;
                                };
                            };
                            /** @description In the reader's locale, else the other one */
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/recommendations/retrain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rebuild the shop's recommendation model now, instead of at the next scheduled run */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            buildMs: number;
                            /** Format: date-time */
                            builtAt: string;
                            /** @description Events the build read */
                            events: number;
                            products: number;
                            /** @enum {unknown} */
                            sessionModel: "fitted" | "too_little_data";
                            /** @description Visits with two or more products */
                            sessions: number;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shop's reviews, newest first, hidden ones included */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    limit?: number;
                    productId?: string;
                    rating?: number;
                    status?: "visible" | "hidden";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                hiddenAt: string | null;
                                hiddenReason: string | null;
                                id: string;
                                imageUrls: string[];
                                orderId: string;
                                orderItemId: string;
                                productId: string;
                                rating: number;
                                repliedAt: string | null;
                                reply: string | null;
                                reviewerName: string | null;
                                skuId: string;
                                specs: {
                                    [key: string]: string;
                                };
                                /** @enum {unknown} */
                                status: "visible" | "hidden";
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/reviews/{id}/hide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hide a review from the public; its rating leaves the product summary */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            hiddenAt: string | null;
                            hiddenReason: string | null;
                            id: string;
                            imageUrls: string[];
                            orderId: string;
                            orderItemId: string;
                            productId: string;
                            rating: number;
                            repliedAt: string | null;
                            reply: string | null;
                            reviewerName: string | null;
                            skuId: string;
                            specs: {
                                [key: string]: string;
                            };
                            /** @enum {unknown} */
                            status: "visible" | "hidden";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/reviews/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The shop's public reply to a review (replaces an earlier one) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            hiddenAt: string | null;
                            hiddenReason: string | null;
                            id: string;
                            imageUrls: string[];
                            orderId: string;
                            orderItemId: string;
                            productId: string;
                            rating: number;
                            repliedAt: string | null;
                            reply: string | null;
                            reviewerName: string | null;
                            skuId: string;
                            specs: {
                                [key: string]: string;
                            };
                            /** @enum {unknown} */
                            status: "visible" | "hidden";
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/reviews/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Show a hidden review again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            hiddenAt: string | null;
                            hiddenReason: string | null;
                            id: string;
                            imageUrls: string[];
                            orderId: string;
                            orderItemId: string;
                            productId: string;
                            rating: number;
                            repliedAt: string | null;
                            reply: string | null;
                            reviewerName: string | null;
                            skuId: string;
                            specs: {
                                [key: string]: string;
                            };
                            /** @enum {unknown} */
                            status: "visible" | "hidden";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/reviews/reputation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shop's reputation: mean rating of the last 90 days' visible reviews */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            average: number | null;
                            count: number;
                            /** Format: date-time */
                            since: string;
                            windowDays: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/risk/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payment risk assessments, newest first (the held ones by default) */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    limit?: number;
                    /** @description held (default): waiting for review; reviewed: approved, rejected or lapsed */
                    view?: "held" | "reviewed" | "scored";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description Minor units */
                                amount: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description ISO 4217 code */
                                currency: "CNY" | "USD" | "EUR" | "HKD";
                                customerId: string;
                                /** Format: date-time */
                                decidedAt: string;
                                /** @description 'system' for the rules, else the reviewer's staff id */
                                decidedBy: string;
                                /** @enum {unknown} */
                                decision: "allowed" | "held" | "approved" | "rejected" | "released" | "lapsed";
                                /** @description Whether the client sent a device id */
                                deviceSeen: boolean;
                                /** @description Minor units */
                                discount: number;
                                id: string;
                                orderId: string;
                                paymentId: string | null;
                                reasons: {
                                    basis?: "account" | "merchant";
                                    /** @enum {unknown} */
                                    code: "account_velocity" | "device_velocity" | "address_velocity" | "amount_spike" | "shared_device" | "discount_reuse";
                                    /** @description A count, or for amount_spike the multiple of the median */
                                    limit: number;
                                    /** @description A count, or for amount_spike the amount in minor units */
                                    observed: number;
                                    points: number;
                                }[];
                                reviewNote: string | null;
                                score: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/risk/assessments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One payment risk assessment with its score, reasons and decision */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Minor units */
                            amount: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description ISO 4217 code */
                            currency: "CNY" | "USD" | "EUR" | "HKD";
                            customerId: string;
                            /** Format: date-time */
                            decidedAt: string;
                            /** @description 'system' for the rules, else the reviewer's staff id */
                            decidedBy: string;
                            /** @enum {unknown} */
                            decision: "allowed" | "held" | "approved" | "rejected" | "released" | "lapsed";
                            /** @description Whether the client sent a device id */
                            deviceSeen: boolean;
                            /** @description Minor units */
                            discount: number;
                            id: string;
                            orderId: string;
                            paymentId: string | null;
                            reasons: {
                                basis?: "account" | "merchant";
                                /** @enum {unknown} */
                                code: "account_velocity" | "device_velocity" | "address_velocity" | "amount_spike" | "shared_device" | "discount_reuse";
                                /** @description A count, or for amount_spike the multiple of the median */
                                limit: number;
                                /** @description A count, or for amount_spike the amount in minor units */
                                observed: number;
                                points: number;
                            }[];
                            reviewNote: string | null;
                            score: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/risk/assessments/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a held payment: its charge is opened and the shopper can pay it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why, for the trail */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assessment: {
                                /** @description Minor units */
                                amount: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description ISO 4217 code */
                                currency: "CNY" | "USD" | "EUR" | "HKD";
                                customerId: string;
                                /** Format: date-time */
                                decidedAt: string;
                                /** @description 'system' for the rules, else the reviewer's staff id */
                                decidedBy: string;
                                /** @enum {unknown} */
                                decision: "allowed" | "held" | "approved" | "rejected" | "released" | "lapsed";
                                /** @description Whether the client sent a device id */
                                deviceSeen: boolean;
                                /** @description Minor units */
                                discount: number;
                                id: string;
                                orderId: string;
                                paymentId: string | null;
                                reasons: {
                                    basis?: "account" | "merchant";
                                    /** @enum {unknown} */
                                    code: "account_velocity" | "device_velocity" | "address_velocity" | "amount_spike" | "shared_device" | "discount_reuse";
                                    /** @description A count, or for amount_spike the multiple of the median */
                                    limit: number;
                                    /** @description A count, or for amount_spike the amount in minor units */
                                    observed: number;
                                    points: number;
                                }[];
                                reviewNote: string | null;
                                score: number;
                            };
                            payment: {
                                /** @description Minor units */
                                amount: number;
                                /** @description Minor units */
                                capturedAmount: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description ISO 4217 code */
                                currency: "CNY" | "USD" | "EUR" | "HKD";
                                failureReason: string | null;
                                id: string;
                                instalments: (3 | 6 | 12) | null;
                                /** @enum {unknown} */
                                method: "wechat_qr" | "alipay_redirect" | "card" | "instalments" | "wallet";
                                nextAction: ({
                                    /** @description Render as a QR code for the wallet app to scan */
                                    qrContent: string;
                                    /** @enum {string} */
                                    type: "qr";
                                    url: string;
                                } | {
                                    /** @enum {string} */
                                    type: "redirect";
                                    url: string;
                                } | {
                                    /** @enum {string} */
                                    type: "card_form";
                                    url: string;
                                } | {
                                    /** @enum {string} */
                                    type: "wallet_confirm";
                                    url: string;
                                }) | null;
                                orderId: string;
                                provider: string;
                                providerRef: string | null;
                                /** @description Minor units */
                                refundedAmount: number;
                                /** @enum {unknown} */
                                status: "held_for_review" | "pending" | "succeeded" | "failed" | "expired" | "refunded" | "partially_refunded";
                                /** Format: date-time */
                                updatedAt: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/risk/assessments/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a held payment: it fails with risk_rejected; the order stays payable */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why, for the trail */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assessment: {
                                /** @description Minor units */
                                amount: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description ISO 4217 code */
                                currency: "CNY" | "USD" | "EUR" | "HKD";
                                customerId: string;
                                /** Format: date-time */
                                decidedAt: string;
                                /** @description 'system' for the rules, else the reviewer's staff id */
                                decidedBy: string;
                                /** @enum {unknown} */
                                decision: "allowed" | "held" | "approved" | "rejected" | "released" | "lapsed";
                                /** @description Whether the client sent a device id */
                                deviceSeen: boolean;
                                /** @description Minor units */
                                discount: number;
                                id: string;
                                orderId: string;
                                paymentId: string | null;
                                reasons: {
                                    basis?: "account" | "merchant";
                                    /** @enum {unknown} */
                                    code: "account_velocity" | "device_velocity" | "address_velocity" | "amount_spike" | "shared_device" | "discount_reuse";
                                    /** @description A count, or for amount_spike the multiple of the median */
                                    limit: number;
                                    /** @description A count, or for amount_spike the amount in minor units */
                                    observed: number;
                                    points: number;
                                }[];
                                reviewNote: string | null;
                                score: number;
                            };
                            payment: {
                                /** @description Minor units */
                                amount: number;
                                /** @description Minor units */
                                capturedAmount: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description ISO 4217 code */
                                currency: "CNY" | "USD" | "EUR" | "HKD";
                                failureReason: string | null;
                                id: string;
                                instalments: (3 | 6 | 12) | null;
                                /** @enum {unknown} */
                                method: "wechat_qr" | "alipay_redirect" | "card" | "instalments" | "wallet";
                                nextAction: ({
                                    /** @description Render as a QR code for the wallet app to scan */
                                    qrContent: string;
                                    /** @enum {string} */
                                    type: "qr";
                                    url: string;
                                } | {
                                    /** @enum {string} */
                                    type: "redirect";
                                    url: string;
                                } | {
                                    /** @enum {string} */
                                    type: "card_form";
                                    url: string;
                                } | {
                                    /** @enum {string} */
                                    type: "wallet_confirm";
                                    url: string;
                                }) | null;
                                orderId: string;
                                provider: string;
                                providerRef: string | null;
                                /** @description Minor units */
                                refundedAmount: number;
                                /** @enum {unknown} */
                                status: "held_for_review" | "pending" | "succeeded" | "failed" | "expired" | "refunded" | "partially_refunded";
                                /** Format: date-time */
                                updatedAt: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/risk/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shop's risk thresholds (the defaults until changed) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description A payment scoring this or more is held for review */
                            holdScore: number;
                            rules: {
                                account_velocity: {
                                    /** @description Payment attempts by one account in an hour */
                                    limit: number;
                                    /** @description Added to the score when exceeded */
                                    points: number;
                                };
                                address_velocity: {
                                    /** @description Payment attempts to one delivery address in a day */
                                    limit: number;
                                    /** @description Added to the score when exceeded */
                                    points: number;
                                };
                                amount_spike: {
                                    /** @description Multiple of the account's (or the shop's) median paid order */
                                    limit: number;
                                    /** @description Added to the score when exceeded */
                                    points: number;
                                };
                                device_velocity: {
                                    /** @description Payment attempts from one device in an hour */
                                    limit: number;
                                    /** @description Added to the score when exceeded */
                                    points: number;
                                };
                                discount_reuse: {
                                    /** @description Other discounted orders from the device or to the address in 7 days */
                                    limit: number;
                                    /** @description Added to the score when exceeded */
                                    points: number;
                                };
                                shared_device: {
                                    /** @description Distinct accounts paying from one device in 24 hours */
                                    limit: number;
                                    /** @description Added to the score when exceeded */
                                    points: number;
                                };
                            };
                        };
                    };
                };
            };
        };
        /**
         * Replace the shop's risk thresholds
         * @description Applies to payment attempts from now on; decided assessments keep their scores.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A payment scoring this or more is held for review */
                        holdScore: number;
                        rules: {
                            account_velocity: {
                                /** @description Payment attempts by one account in an hour */
                                limit: number;
                                /** @description Added to the score when exceeded */
                                points: number;
                            };
                            address_velocity: {
                                /** @description Payment attempts to one delivery address in a day */
                                limit: number;
                                /** @description Added to the score when exceeded */
                                points: number;
                            };
                            amount_spike: {
                                /** @description Multiple of the account's (or the shop's) median paid order */
                                limit: number;
                                /** @description Added to the score when exceeded */
                                points: number;
                            };
                            device_velocity: {
                                /** @description Payment attempts from one device in an hour */
                                limit: number;
                                /** @description Added to the score when exceeded */
                                points: number;
                            };
                            discount_reuse: {
                                /** @description Other discounted orders from the device or to the address in 7 days */
                                limit: number;
                                /** @description Added to the score when exceeded */
                                points: number;
                            };
                            shared_device: {
                                /** @description Distinct accounts paying from one device in 24 hours */
                                limit: number;
                                /** @description Added to the score when exceeded */
                                points: number;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description A payment scoring this or more is held for review */
                            holdScore: number;
                            rules: {
                                account_velocity: {
                                    /** @description Payment attempts by one account in an hour */
                                    limit: number;
                                    /** @description Added to the score when exceeded */
                                    points: number;
                                };
                                address_velocity: {
                                    /** @description Payment attempts to one delivery address in a day */
                                    limit: number;
                                    /** @description Added to the score when exceeded */
                                    points: number;
                                };
                                amount_spike: {
                                    /** @description Multiple of the account's (or the shop's) median paid order */
                                    limit: number;
                                    /** @description Added to the score when exceeded */
                                    points: number;
                                };
                                device_velocity: {
                                    /** @description Payment attempts from one device in an hour */
                                    limit: number;
                                    /** @description Added to the score when exceeded */
                                    points: number;
                                };
                                discount_reuse: {
                                    /** @description Other discounted orders from the device or to the address in 7 days */
                                    limit: number;
                                    /** @description Added to the score when exceeded */
                                    points: number;
                                };
                                shared_device: {
                                    /** @description Distinct accounts paying from one device in 24 hours */
                                    limit: number;
                                    /** @description Added to the score when exceeded */
                                    points: number;
                                };
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/search/dictionaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Synonyms, categories, scenes, personas, attributes and sort words */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                enabled: boolean;
                                entry: {
                                    [key: string]: unknown;
                                } | null;
                                key: string;
                                kind: "synonyms" | "categories" | "scenes" | "personas" | "attributes" | "sorts";
                                source: "default" | "merchant" | "learned";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/search/dictionaries/{kind}/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Add or replace an entry; a null entry switches a default off */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                    kind: "synonyms" | "categories" | "scenes" | "personas" | "attributes" | "sorts";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        entry: {
                            [key: string]: unknown;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Remove the merchant's entry (a default applies again) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                    kind: "synonyms" | "categories" | "scenes" | "personas" | "attributes" | "sorts";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/search/learn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Learn synonyms from reformulations and co-clicks in the search logs */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        days?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            learned: string[][];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/search/reindex": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rebuild this merchant's search index from the database */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            products: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/search/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Top, zero-result and abandoned queries */
        get: {
            parameters: {
                query: {
                    days: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abandoned: {
                                query: string;
                                searches: number;
                            }[];
                            searches: number;
                            since: string;
                            top: {
                                clicks: number;
                                query: string;
                                searches: number;
                                zeroResults: number;
                            }[];
                            zeroResults: {
                                query: string;
                                searches: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An order's shipments with their tracking */
        get: {
            parameters: {
                query: {
                    orderId: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                carrier: string;
                                deliveredAt: string | null;
                                /** @description Newest first */
                                events: {
                                    description: string;
                                    id: string;
                                    location: string | null;
                                    /** Format: date-time */
                                    occurredAt: string;
                                    status: "picked_up" | "in_transit" | "out_for_delivery" | "delivered" | "exception" | "returned";
                                }[];
                                id: string;
                                orderId: string;
                                /** Format: date-time */
                                shippedAt: string;
                                status: ("picked_up" | "in_transit" | "out_for_delivery" | "delivered" | "exception" | "returned") | "cancelled";
                                trackingNumber: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/shipments/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a carrier tracking scan */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description: string;
                        location?: string | null;
                        /** Format: date-time */
                        occurredAt: string;
                        status: "picked_up" | "in_transit" | "out_for_delivery" | "delivered" | "exception" | "returned";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            carrier: string;
                            deliveredAt: string | null;
                            /** @description Newest first */
                            events: {
                                description: string;
                                id: string;
                                location: string | null;
                                /** Format: date-time */
                                occurredAt: string;
                                status: "picked_up" | "in_transit" | "out_for_delivery" | "delivered" | "exception" | "returned";
                            }[];
                            id: string;
                            orderId: string;
                            /** Format: date-time */
                            shippedAt: string;
                            status: ("picked_up" | "in_transit" | "out_for_delivery" | "delivered" | "exception" | "returned") | "cancelled";
                            trackingNumber: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/shipping/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Shipping rate templates */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                basis: "weight" | "count";
                                /** Format: date-time */
                                createdAt: string;
                                currency: string;
                                freeThreshold: number | null;
                                id: string;
                                isDefault: boolean;
                                name: string;
                                rules: {
                                    /** @description Minor units */
                                    additionalFee: number;
                                    /** @description Grams (weight basis) or pieces (count basis) */
                                    additionalUnit: number;
                                    /** @description Minor units */
                                    firstFee: number;
                                    /** @description Grams (weight basis) or pieces (count basis) */
                                    firstUnit: number;
                                    /** @description Province names; ['*'] for every province no other rule names */
                                    regions: string[];
                                }[];
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a rate template */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        basis: "weight" | "count";
                        /** @description ISO 4217 code */
                        currency: "CNY" | "USD" | "EUR" | "HKD";
                        freeThreshold?: number | null;
                        isDefault?: boolean;
                        name: string;
                        rules: {
                            /** @description Minor units */
                            additionalFee: number;
                            /** @description Grams (weight basis) or pieces (count basis) */
                            additionalUnit: number;
                            /** @description Minor units */
                            firstFee: number;
                            /** @description Grams (weight basis) or pieces (count basis) */
                            firstUnit: number;
                            /** @description Province names; ['*'] for every province no other rule names */
                            regions: string[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basis: "weight" | "count";
                            /** Format: date-time */
                            createdAt: string;
                            currency: string;
                            freeThreshold: number | null;
                            id: string;
                            isDefault: boolean;
                            name: string;
                            rules: {
                                /** @description Minor units */
                                additionalFee: number;
                                /** @description Grams (weight basis) or pieces (count basis) */
                                additionalUnit: number;
                                /** @description Minor units */
                                firstFee: number;
                                /** @description Grams (weight basis) or pieces (count basis) */
                                firstUnit: number;
                                /** @description Province names; ['*'] for every province no other rule names */
                                regions: string[];
                            }[];
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/shipping/templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A rate template */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basis: "weight" | "count";
                            /** Format: date-time */
                            createdAt: string;
                            currency: string;
                            freeThreshold: number | null;
                            id: string;
                            isDefault: boolean;
                            name: string;
                            rules: {
                                /** @description Minor units */
                                additionalFee: number;
                                /** @description Grams (weight basis) or pieces (count basis) */
                                additionalUnit: number;
                                /** @description Minor units */
                                firstFee: number;
                                /** @description Grams (weight basis) or pieces (count basis) */
                                firstUnit: number;
                                /** @description Province names; ['*'] for every province no other rule names */
                                regions: string[];
                            }[];
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        /** Replace a rate template (isDefault: true makes it the default) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        basis: "weight" | "count";
                        /** @description ISO 4217 code */
                        currency: "CNY" | "USD" | "EUR" | "HKD";
                        freeThreshold?: number | null;
                        isDefault?: boolean;
                        name: string;
                        rules: {
                            /** @description Minor units */
                            additionalFee: number;
                            /** @description Grams (weight basis) or pieces (count basis) */
                            additionalUnit: number;
                            /** @description Minor units */
                            firstFee: number;
                            /** @description Grams (weight basis) or pieces (count basis) */
                            firstUnit: number;
                            /** @description Province names; ['*'] for every province no other rule names */
                            regions: string[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basis: "weight" | "count";
                            /** Format: date-time */
                            createdAt: string;
                            currency: string;
                            freeThreshold: number | null;
                            id: string;
                            isDefault: boolean;
                            name: string;
                            rules: {
                                /** @description Minor units */
                                additionalFee: number;
                                /** @description Grams (weight basis) or pieces (count basis) */
                                additionalUnit: number;
                                /** @description Minor units */
                                firstFee: number;
                                /** @description Grams (weight basis) or pieces (count basis) */
                                firstUnit: number;
                                /** @description Province names; ['*'] for every province no other rule names */
                                regions: string[];
                            }[];
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a rate template */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List staff */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                displayName: string;
                                email: string;
                                id: string;
                                /** @description What the staff member may do (platform/permissions.ts) */
                                role: "owner" | "operator" | "customer_service" | "analyst";
                                status: "active" | "disabled" | "frozen";
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a staff member */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName: string;
                        /** @description Email address */
                        email: string;
                        /** @description At least 8 characters */
                        password: string;
                        /** @description What the staff member may do (platform/permissions.ts) */
                        role: "owner" | "operator" | "customer_service" | "analyst";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            displayName: string;
                            email: string;
                            id: string;
                            /** @description What the staff member may do (platform/permissions.ts) */
                            role: "owner" | "operator" | "customer_service" | "analyst";
                            status: "active" | "disabled" | "frozen";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a staff member's role or status */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description What the staff member may do (platform/permissions.ts) */
                        role?: "owner" | "operator" | "customer_service" | "analyst";
                        status?: "active" | "disabled";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            displayName: string;
                            email: string;
                            id: string;
                            /** @description What the staff member may do (platform/permissions.ts) */
                            role: "owner" | "operator" | "customer_service" | "analyst";
                            status: "active" | "disabled" | "frozen";
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/admin/staff/{id}/unfreeze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unfreeze a staff account that an access anomaly froze
         * @description After reviewing the alert (GET /api/admin/privacy/alerts). The account signs in again; its open freeze alerts are resolved.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            displayName: string;
                            email: string;
                            id: string;
                            /** @description What the staff member may do (platform/permissions.ts) */
                            role: "owner" | "operator" | "customer_service" | "analyst";
                            status: "active" | "disabled" | "frozen";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My address book, default first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                city: string;
                                district: string;
                                id: string;
                                isDefault: boolean;
                                line1: string;
                                line2: string | null;
                                location: {
                                    latitude: number;
                                    longitude: number;
                                } | null;
                                phone: string;
                                postalCode: string | null;
                                province: string;
                                recipient: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add an address */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        city: string;
                        district: string;
                        isDefault?: boolean;
                        line1: string;
                        line2?: string | null;
                        location?: {
                            latitude: number;
                            longitude: number;
                        } | null;
                        phone: string;
                        postalCode?: string | null;
                        province: string;
                        recipient: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            city: string;
                            district: string;
                            id: string;
                            isDefault: boolean;
                            line1: string;
                            line2: string | null;
                            location: {
                                latitude: number;
                                longitude: number;
                            } | null;
                            phone: string;
                            postalCode: string | null;
                            province: string;
                            recipient: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/addresses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an address */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Edit an address */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        city?: string;
                        district?: string;
                        isDefault?: boolean;
                        line1?: string;
                        line2?: string | null;
                        location?: {
                            latitude: number;
                            longitude: number;
                        } | null;
                        phone?: string;
                        postalCode?: string | null;
                        province?: string;
                        recipient?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            city: string;
                            district: string;
                            id: string;
                            isDefault: boolean;
                            line1: string;
                            line2: string | null;
                            location: {
                                latitude: number;
                                longitude: number;
                            } | null;
                            phone: string;
                            postalCode: string | null;
                            province: string;
                            recipient: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/store/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign a shopper in
         * @description Send the guest cart in the x-cart-token header to have it merged into the account (customer.signed_in event). After 5 failures for one account (or 30 from one address) in 15 minutes, attempts answer 429 SIGN_IN_THROTTLED with Retry-After, whether or not the account exists.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customer: {
                                /** Format: date-time */
                                createdAt: string;
                                displayName: string;
                                email: string;
                                id: string;
                                /** @description Resident ID-card number; masked for everyone but the shopper */
                                idNumber: string | null;
                                phone: string | null;
                            };
                            token: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/auth/sign-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a shopper account and sign it in
         * @description Send the guest cart in the x-cart-token header to have it merged into the account (customer.signed_in event).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Consent choices made on the sign-up form */
                        consents?: {
                            changes: {
                                granted: boolean;
                                /** @enum {unknown} */
                                purpose: "personalisation" | "marketing" | "analytics" | "third_party_sharing" | "cross_border" | "sensitive_data";
                            }[];
                            /** @enum {unknown} */
                            channel: "web" | "app" | "mini_program" | "api";
                            noticeVersion: string;
                        };
                        displayName: string;
                        /** @description Email address */
                        email: string;
                        /** @description At least 8 characters */
                        password: string;
                        phone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customer: {
                                /** Format: date-time */
                                createdAt: string;
                                displayName: string;
                                email: string;
                                id: string;
                                /** @description Resident ID-card number; masked for everyone but the shopper */
                                idNumber: string | null;
                                phone: string | null;
                            };
                            token: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Units of each SKU that can still be bought */
        get: {
            parameters: {
                query: {
                    /** @description Comma-separated SKU ids, at most 100 */
                    skuIds: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                available: number;
                                skuId: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/brands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every brand */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                logoUrl: string | null;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/cart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A guest cart token */
                    "x-cart-token"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cartToken?: string;
                            checkoutReady: boolean;
                            currency: ("CNY" | "USD" | "EUR" | "HKD") | null;
                            id: string | null;
                            itemCount: number;
                            lines: {
                                available: number;
                                id: string;
                                imageUrl: string | null;
                                inStock: boolean;
                                /** @description Minor units */
                                lineTotal: number;
                                listPrice: number | null;
                                productId: string | null;
                                productTitle: string | null;
                                purchasable: boolean;
                                quantity: number;
                                skuCode: string | null;
                                skuId: string;
                                specs: {
                                    [key: string]: string;
                                };
                                unitPrice: number | null;
                            }[];
                            /** @description Minor units */
                            subtotal: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/cart/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A guest cart token */
                    "x-cart-token"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        quantity: number;
                        skuId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cartToken?: string;
                            checkoutReady: boolean;
                            currency: ("CNY" | "USD" | "EUR" | "HKD") | null;
                            id: string | null;
                            itemCount: number;
                            lines: {
                                available: number;
                                id: string;
                                imageUrl: string | null;
                                inStock: boolean;
                                /** @description Minor units */
                                lineTotal: number;
                                listPrice: number | null;
                                productId: string | null;
                                productTitle: string | null;
                                purchasable: boolean;
                                quantity: number;
                                skuCode: string | null;
                                skuId: string;
                                specs: {
                                    [key: string]: string;
                                };
                                unitPrice: number | null;
                            }[];
                            /** @description Minor units */
                            subtotal: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/cart/items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A guest cart token */
                    "x-cart-token"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cartToken?: string;
                            checkoutReady: boolean;
                            currency: ("CNY" | "USD" | "EUR" | "HKD") | null;
                            id: string | null;
                            itemCount: number;
                            lines: {
                                available: number;
                                id: string;
                                imageUrl: string | null;
                                inStock: boolean;
                                /** @description Minor units */
                                lineTotal: number;
                                listPrice: number | null;
                                productId: string | null;
                                productTitle: string | null;
                                purchasable: boolean;
                                quantity: number;
                                skuCode: string | null;
                                skuId: string;
                                specs: {
                                    [key: string]: string;
                                };
                                unitPrice: number | null;
                            }[];
                            /** @description Minor units */
                            subtotal: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A guest cart token */
                    "x-cart-token"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        quantity: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cartToken?: string;
                            checkoutReady: boolean;
                            currency: ("CNY" | "USD" | "EUR" | "HKD") | null;
                            id: string | null;
                            itemCount: number;
                            lines: {
                                available: number;
                                id: string;
                                imageUrl: string | null;
                                inStock: boolean;
                                /** @description Minor units */
                                lineTotal: number;
                                listPrice: number | null;
                                productId: string | null;
                                productTitle: string | null;
                                purchasable: boolean;
                                quantity: number;
                                skuCode: string | null;
                                skuId: string;
                                specs: {
                                    [key: string]: string;
                                };
                                unitPrice: number | null;
                            }[];
                            /** @description Minor units */
                            subtotal: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/store/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The category tree */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["def-0"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required: one key per intended action */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        addressId: string;
                        coupon?: {
                            code: string;
                        } | {
                            couponId: string;
                        };
                        /** @description Buy now: order these lines instead of the cart */
                        items?: {
                            quantity: number;
                            skuId: string;
                        }[];
                        note?: string;
                        shippingTemplateId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: {
                                city: string;
                                district: string;
                                line1: string;
                                line2: string | null;
                                phone: string;
                                postalCode: string | null;
                                province: string;
                                recipient: string;
                            };
                            cancelledAt: string | null;
                            cancelReason: string | null;
                            completedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description ISO 4217 code */
                            currency: "CNY" | "USD" | "EUR" | "HKD";
                            customerId: string;
                            deliveredAt: string | null;
                            /** @description Minor units */
                            discount: number;
                            id: string;
                            items: {
                                id: string;
                                imageUrl: string | null;
                                /** @description Minor units */
                                lineTotal: number;
                                listPrice: number | null;
                                productId: string;
                                productTitle: string;
                                quantity: number;
                                skuCode: string;
                                skuId: string;
                                specs: {
                                    [key: string]: string;
                                };
                                /** @description Minor units */
                                unitPrice: number;
                            }[];
                            note: string | null;
                            paidAt: string | null;
                            /** Format: date-time */
                            paymentDeadline: string;
                            paymentId: string | null;
                            /** @description Minor units */
                            refundedAmount: number;
                            refundedAt: string | null;
                            shippedAt: string | null;
                            /** @description Minor units */
                            shippingFee: number;
                            shippingTemplateId: string | null;
                            /** @enum {unknown} */
                            status: "pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "cancelled" | "refund_requested" | "refunded";
                            /** @description Minor units */
                            subtotal: number;
                            /** @description Minor units */
                            total: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/cities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The city table for the profile picker, with each city’s tier */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                key: string;
                                name: string;
                                tier: "1" | "new_1" | "2" | "3" | "4" | "5" | "other";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/coupons/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Claim a coupon into my wallet */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicability: {
                                applicable: boolean;
                                code: string | null;
                                /** @description Minor units */
                                discount: number;
                                shortBy: number | null;
                            };
                            /** Format: date-time */
                            claimedAt: string;
                            coupon: {
                                amountOff: number | null;
                                /** @description ISO 4217 code */
                                currency: "CNY" | "USD" | "EUR" | "HKD";
                                /** @enum {unknown} */
                                distribution: "code" | "claim";
                                /** Format: date-time */
                                endsAt: string;
                                id: string;
                                /** @enum {unknown} */
                                kind: "fixed" | "percent";
                                maxDiscount: number | null;
                                /** @description Minor units */
                                minSpend: number;
                                name: string;
                                percentOff: number | null;
                                /** @enum {unknown} */
                                scope: "all" | "categories" | "products";
                                scopeIds: string[];
                                /** Format: date-time */
                                startsAt: string;
                            };
                            id: string;
                            status: "available" | "redeemed";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/coupons/claimable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Coupons that can be claimed now */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                amountOff: number | null;
                                /** @description ISO 4217 code */
                                currency: "CNY" | "USD" | "EUR" | "HKD";
                                /** @enum {unknown} */
                                distribution: "code" | "claim";
                                /** Format: date-time */
                                endsAt: string;
                                id: string;
                                /** @enum {unknown} */
                                kind: "fixed" | "percent";
                                maxDiscount: number | null;
                                /** @description Minor units */
                                minSpend: number;
                                name: string;
                                percentOff: number | null;
                                /** @enum {unknown} */
                                scope: "all" | "categories" | "products";
                                scopeIds: string[];
                                /** Format: date-time */
                                startsAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/coupons/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My usable coupons, each with what it would take off my cart now */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                applicability: {
                                    applicable: boolean;
                                    code: string | null;
                                    /** @description Minor units */
                                    discount: number;
                                    shortBy: number | null;
                                };
                                /** Format: date-time */
                                claimedAt: string;
                                coupon: {
                                    amountOff: number | null;
                                    /** @description ISO 4217 code */
                                    currency: "CNY" | "USD" | "EUR" | "HKD";
                                    /** @enum {unknown} */
                                    distribution: "code" | "claim";
                                    /** Format: date-time */
                                    endsAt: string;
                                    id: string;
                                    /** @enum {unknown} */
                                    kind: "fixed" | "percent";
                                    maxDiscount: number | null;
                                    /** @description Minor units */
                                    minSpend: number;
                                    name: string;
                                    percentOff: number | null;
                                    /** @enum {unknown} */
                                    scope: "all" | "categories" | "products";
                                    scopeIds: string[];
                                    /** Format: date-time */
                                    startsAt: string;
                                };
                                id: string;
                                status: "available" | "redeemed";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/coupons/quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What a coupon takes off my cart (or buy-now lines), before placing the order
         * @description Reads only. Checkout checks the coupon again and redeems it atomically.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        coupon: {
                            code: string;
                        } | {
                            couponId: string;
                        };
                        /** @description Buy now: quote these lines instead of the cart */
                        items?: {
                            quantity: number;
                            skuId: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            coupon: {
                                amountOff: number | null;
                                /** @description ISO 4217 code */
                                currency: "CNY" | "USD" | "EUR" | "HKD";
                                /** @enum {unknown} */
                                distribution: "code" | "claim";
                                /** Format: date-time */
                                endsAt: string;
                                id: string;
                                /** @enum {unknown} */
                                kind: "fixed" | "percent";
                                maxDiscount: number | null;
                                /** @description Minor units */
                                minSpend: number;
                                name: string;
                                percentOff: number | null;
                                /** @enum {unknown} */
                                scope: "all" | "categories" | "products";
                                scopeIds: string[];
                                /** Format: date-time */
                                startsAt: string;
                            };
                            couponId: string | null;
                            /** @description ISO 4217 code */
                            currency: "CNY" | "USD" | "EUR" | "HKD";
                            /** @description Minor units */
                            discount: number;
                            /** @description Minor units */
                            eligibleSubtotal: number;
                            /** @description Minor units */
                            subtotal: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/creators/{customerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A creator's public page: name, followers and public picks */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    customerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customerId: string;
                            displayName: string;
                            followers: number;
                            following: boolean;
                            picks: {
                                currency: string;
                                id: string;
                                imageUrl: string | null;
                                priceFrom: number | null;
                                title: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report what the shopper did (batched); kept only as their consent allows
         * @description Events about unknown products are ignored. Without personalisation consent the events stay with the session and are never joined to the shopper.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        device: "unknown" | "mobile" | "tablet" | "desktop";
                        events: {
                            /**
                             * Format: date-time
                             * @description The client's clock
                             */
                            at: string;
                            productId?: string;
                            /** @enum {unknown} */
                            type: "view" | "search" | "click" | "add_to_cart" | "favourite" | "purchase" | "dwell" | "share";
                            /** @description Dwell milliseconds, or a quantity */
                            value?: number;
                        }[];
                        /** @description A random id the storefront keeps for this visit */
                        sessionId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Events stored */
                            accepted: number;
                            /** @description Events about products not on sale, dropped */
                            ignored: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/favourites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My favourites, newest first, with product cards */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                product: {
                                    currency: string;
                                    id: string;
                                    imageUrl: string | null;
                                    priceFrom: number | null;
                                    title: string;
                                } | null;
                                productId: string;
                                /** @description private: only me; friends: shoppers who follow me and whom I follow; public: anyone */
                                visibility: "private" | "friends" | "public";
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/favourites/{productId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Favourite a product (again: change its visibility)
         * @description Send {} for the default. Without a visibility, a new favourite gets my default (mutual friends unless changed).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    productId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description private: only me; friends: shoppers who follow me and whom I follow; public: anyone */
                        visibility?: "private" | "friends" | "public";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            productId: string;
                            /** @description private: only me; friends: shoppers who follow me and whom I follow; public: anyone */
                            visibility: "private" | "friends" | "public";
                        };
                    };
                };
            };
        };
        post?: never;
        /**
         * Remove a favourite
         * @description FAVOURITE_NOT_FOUND when the product is not among my favourites (a client may treat it as done).
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    productId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/favourites/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add the device's guest favourites to my account (at sign-in) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        productIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/follows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whom I follow; friend is true when they follow me back */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                creatorName: string | null;
                                customerId: string;
                                friend: boolean;
                                /** Format: date-time */
                                since: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/follows/{customerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Follow a shopper or a creator */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    customerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            creatorName: string | null;
                            customerId: string;
                            friend: boolean;
                            /** Format: date-time */
                            since: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Unfollow */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    customerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in shopper */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            displayName: string;
                            email: string;
                            id: string;
                            /** @description Resident ID-card number; masked for everyone but the shopper */
                            idNumber: string | null;
                            phone: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct the signed-in shopper’s profile
         * @description Name, phone and ID-card number (the latter needs the separate sensitive_data consent). Null removes a value.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        idNumber?: string | null;
                        phone?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            displayName: string;
                            email: string;
                            id: string;
                            /** @description Resident ID-card number; masked for everyone but the shopper */
                            idNumber: string | null;
                            phone: string | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/store/me/demographics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My shopper-portrait details (birth year, gender, city, income band) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            analyticsConsent: boolean;
                            birthYear: number | null;
                            city: string | null;
                            cityTier: ("1" | "new_1" | "2" | "3" | "4" | "5" | "other") | null;
                            gender: "female" | "male" | "other" | null;
                            incomeBand: "under_3k" | "3k_to_5k" | "5k_to_10k" | "10k_to_20k" | "20k_plus" | null;
                        };
                    };
                };
            };
        };
        /**
         * Replace my shopper-portrait details
         * @description Used only, sealed and counted in bands of at least 5 people, for the shop’s anonymous shopper portrait. Storing any value needs the analytics consent (DEMOGRAPHICS_CONSENT_REQUIRED); all null removes them.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        birthYear: number | null;
                        city: string | null;
                        gender: "female" | "male" | "other" | null;
                        incomeBand: "under_3k" | "3k_to_5k" | "5k_to_10k" | "10k_to_20k" | "20k_plus" | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            analyticsConsent: boolean;
                            birthYear: number | null;
                            city: string | null;
                            cityTier: ("1" | "new_1" | "2" | "3" | "4" | "5" | "other") | null;
                            gender: "female" | "male" | "other" | null;
                            incomeBand: "under_3k" | "3k_to_5k" | "5k_to_10k" | "10k_to_20k" | "20k_plus" | null;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    limit?: number;
                    status?: "pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "cancelled" | "refund_requested" | "refunded";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                address: {
                                    city: string;
                                    district: string;
                                    line1: string;
                                    line2: string | null;
                                    phone: string;
                                    postalCode: string | null;
                                    province: string;
                                    recipient: string;
                                };
                                cancelledAt: string | null;
                                cancelReason: string | null;
                                completedAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description ISO 4217 code */
                                currency: "CNY" | "USD" | "EUR" | "HKD";
                                customerId: string;
                                deliveredAt: string | null;
                                /** @description Minor units */
                                discount: number;
                                id: string;
                                items: {
                                    id: string;
                                    imageUrl: string | null;
                                    /** @description Minor units */
                                    lineTotal: number;
                                    listPrice: number | null;
                                    productId: string;
                                    productTitle: string;
                                    quantity: number;
                                    skuCode: string;
                                    skuId: string;
                                    specs: {
                                        [key: string]: string;
                                    };
                                    /** @description Minor units */
                                    unitPrice: number;
                                }[];
                                note: string | null;
                                paidAt: string | null;
                                /** Format: date-time */
                                paymentDeadline: string;
                                paymentId: string | null;
                                /** @description Minor units */
                                refundedAmount: number;
                                refundedAt: string | null;
                                shippedAt: string | null;
                                /** @description Minor units */
                                shippingFee: number;
                                shippingTemplateId: string | null;
                                /** @enum {unknown} */
                                status: "pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "cancelled" | "refund_requested" | "refunded";
                                /** @description Minor units */
                                subtotal: number;
                                /** @description Minor units */
                                total: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: {
                                city: string;
                                district: string;
                                line1: string;
                                line2: string | null;
                                phone: string;
                                postalCode: string | null;
                                province: string;
                                recipient: string;
                            };
                            cancelledAt: string | null;
                            cancelReason: string | null;
                            completedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description ISO 4217 code */
                            currency: "CNY" | "USD" | "EUR" | "HKD";
                            customerId: string;
                            deliveredAt: string | null;
                            /** @description Minor units */
                            discount: number;
                            id: string;
                            items: {
                                id: string;
                                imageUrl: string | null;
                                /** @description Minor units */
                                lineTotal: number;
                                listPrice: number | null;
                                productId: string;
                                productTitle: string;
                                quantity: number;
                                skuCode: string;
                                skuId: string;
                                specs: {
                                    [key: string]: string;
                                };
                                /** @description Minor units */
                                unitPrice: number;
                            }[];
                            note: string | null;
                            paidAt: string | null;
                            /** Format: date-time */
                            paymentDeadline: string;
                            paymentId: string | null;
                            /** @description Minor units */
                            refundedAmount: number;
                            refundedAt: string | null;
                            shippedAt: string | null;
                            /** @description Minor units */
                            shippingFee: number;
                            shippingTemplateId: string | null;
                            /** @enum {unknown} */
                            status: "pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "cancelled" | "refund_requested" | "refunded";
                            /** @description Minor units */
                            subtotal: number;
                            /** @description Minor units */
                            total: number;
                            transitions: {
                                actorKind: string;
                                /** Format: date-time */
                                at: string;
                                from: ("pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "cancelled" | "refund_requested" | "refunded") | null;
                                reason: string | null;
                                /** @enum {unknown} */
                                to: "pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "cancelled" | "refund_requested" | "refunded";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: {
                                city: string;
                                district: string;
                                line1: string;
                                line2: string | null;
                                phone: string;
                                postalCode: string | null;
                                province: string;
                                recipient: string;
                            };
                            cancelledAt: string | null;
                            cancelReason: string | null;
                            completedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description ISO 4217 code */
                            currency: "CNY" | "USD" | "EUR" | "HKD";
                            customerId: string;
                            deliveredAt: string | null;
                            /** @description Minor units */
                            discount: number;
                            id: string;
                            items: {
                                id: string;
                                imageUrl: string | null;
                                /** @description Minor units */
                                lineTotal: number;
                                listPrice: number | null;
                                productId: string;
                                productTitle: string;
                                quantity: number;
                                skuCode: string;
                                skuId: string;
                                specs: {
                                    [key: string]: string;
                                };
                                /** @description Minor units */
                                unitPrice: number;
                            }[];
                            note: string | null;
                            paidAt: string | null;
                            /** Format: date-time */
                            paymentDeadline: string;
                            paymentId: string | null;
                            /** @description Minor units */
                            refundedAmount: number;
                            refundedAt: string | null;
                            shippedAt: string | null;
                            /** @description Minor units */
                            shippingFee: number;
                            shippingTemplateId: string | null;
                            /** @enum {unknown} */
                            status: "pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "cancelled" | "refund_requested" | "refunded";
                            /** @description Minor units */
                            subtotal: number;
                            /** @description Minor units */
                            total: number;
                            transitions: {
                                actorKind: string;
                                /** Format: date-time */
                                at: string;
                                from: ("pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "cancelled" | "refund_requested" | "refunded") | null;
                                reason: string | null;
                                /** @enum {unknown} */
                                to: "pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "cancelled" | "refund_requested" | "refunded";
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/orders/{id}/confirm-receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: {
                                city: string;
                                district: string;
                                line1: string;
                                line2: string | null;
                                phone: string;
                                postalCode: string | null;
                                province: string;
                                recipient: string;
                            };
                            cancelledAt: string | null;
                            cancelReason: string | null;
                            completedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description ISO 4217 code */
                            currency: "CNY" | "USD" | "EUR" | "HKD";
                            customerId: string;
                            deliveredAt: string | null;
                            /** @description Minor units */
                            discount: number;
                            id: string;
                            items: {
                                id: string;
                                imageUrl: string | null;
                                /** @description Minor units */
                                lineTotal: number;
                                listPrice: number | null;
                                productId: string;
                                productTitle: string;
                                quantity: number;
                                skuCode: string;
                                skuId: string;
                                specs: {
                                    [key: string]: string;
                                };
                                /** @description Minor units */
                                unitPrice: number;
                            }[];
                            note: string | null;
                            paidAt: string | null;
                            /** Format: date-time */
                            paymentDeadline: string;
                            paymentId: string | null;
                            /** @description Minor units */
                            refundedAmount: number;
                            refundedAt: string | null;
                            shippedAt: string | null;
                            /** @description Minor units */
                            shippingFee: number;
                            shippingTemplateId: string | null;
                            /** @enum {unknown} */
                            status: "pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "cancelled" | "refund_requested" | "refunded";
                            /** @description Minor units */
                            subtotal: number;
                            /** @description Minor units */
                            total: number;
                            transitions: {
                                actorKind: string;
                                /** Format: date-time */
                                at: string;
                                from: ("pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "cancelled" | "refund_requested" | "refunded") | null;
                                reason: string | null;
                                /** @enum {unknown} */
                                to: "pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "cancelled" | "refund_requested" | "refunded";
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/orders/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shopper's payment attempts for their order, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description Minor units */
                                amount: number;
                                /** @description Minor units */
                                capturedAmount: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description ISO 4217 code */
                                currency: "CNY" | "USD" | "EUR" | "HKD";
                                failureReason: string | null;
                                id: string;
                                instalments: (3 | 6 | 12) | null;
                                /** @enum {unknown} */
                                method: "wechat_qr" | "alipay_redirect" | "card" | "instalments" | "wallet";
                                nextAction: ({
                                    /** @description Render as a QR code for the wallet app to scan */
                                    qrContent: string;
                                    /** @enum {string} */
                                    type: "qr";
                                    url: string;
                                } | {
                                    /** @enum {string} */
                                    type: "redirect";
                                    url: string;
                                } | {
                                    /** @enum {string} */
                                    type: "card_form";
                                    url: string;
                                } | {
                                    /** @enum {string} */
                                    type: "wallet_confirm";
                                    url: string;
                                }) | null;
                                orderId: string;
                                provider: string;
                                providerRef: string | null;
                                /** @description Minor units */
                                refundedAmount: number;
                                /** @enum {unknown} */
                                status: "held_for_review" | "pending" | "succeeded" | "failed" | "expired" | "refunded" | "partially_refunded";
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start paying an order; follow nextAction */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required: one key per intended action */
                    "idempotency-key"?: string;
                    /** @description The app's stable id for this device: a fraud signal, stored only as a keyed hash */
                    "x-device-id"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        instalments?: 3 | 6 | 12;
                        /** @enum {unknown} */
                        method: "wechat_qr" | "alipay_redirect" | "card" | "instalments" | "wallet";
                        /** Format: uri */
                        returnUrl?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Null when the payment is held_for_review: the shop reviews it before it can be paid */
                            nextAction: ({
                                /** @description Render as a QR code for the wallet app to scan */
                                qrContent: string;
                                /** @enum {string} */
                                type: "qr";
                                url: string;
                            } | {
                                /** @enum {string} */
                                type: "redirect";
                                url: string;
                            } | {
                                /** @enum {string} */
                                type: "card_form";
                                url: string;
                            } | {
                                /** @enum {string} */
                                type: "wallet_confirm";
                                url: string;
                            }) | null;
                            payment: {
                                /** @description Minor units */
                                amount: number;
                                /** @description Minor units */
                                capturedAmount: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description ISO 4217 code */
                                currency: "CNY" | "USD" | "EUR" | "HKD";
                                failureReason: string | null;
                                id: string;
                                instalments: (3 | 6 | 12) | null;
                                /** @enum {unknown} */
                                method: "wechat_qr" | "alipay_redirect" | "card" | "instalments" | "wallet";
                                nextAction: ({
                                    /** @description Render as a QR code for the wallet app to scan */
                                    qrContent: string;
                                    /** @enum {string} */
                                    type: "qr";
                                    url: string;
                                } | {
                                    /** @enum {string} */
                                    type: "redirect";
                                    url: string;
                                } | {
                                    /** @enum {string} */
                                    type: "card_form";
                                    url: string;
                                } | {
                                    /** @enum {string} */
                                    type: "wallet_confirm";
                                    url: string;
                                }) | null;
                                orderId: string;
                                provider: string;
                                providerRef: string | null;
                                /** @description Minor units */
                                refundedAmount: number;
                                /** @enum {unknown} */
                                status: "held_for_review" | "pending" | "succeeded" | "failed" | "expired" | "refunded" | "partially_refunded";
                                /** Format: date-time */
                                updatedAt: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/orders/{id}/refund-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: {
                                city: string;
                                district: string;
                                line1: string;
                                line2: string | null;
                                phone: string;
                                postalCode: string | null;
                                province: string;
                                recipient: string;
                            };
                            cancelledAt: string | null;
                            cancelReason: string | null;
                            completedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description ISO 4217 code */
                            currency: "CNY" | "USD" | "EUR" | "HKD";
                            customerId: string;
                            deliveredAt: string | null;
                            /** @description Minor units */
                            discount: number;
                            id: string;
                            items: {
                                id: string;
                                imageUrl: string | null;
                                /** @description Minor units */
                                lineTotal: number;
                                listPrice: number | null;
                                productId: string;
                                productTitle: string;
                                quantity: number;
                                skuCode: string;
                                skuId: string;
                                specs: {
                                    [key: string]: string;
                                };
                                /** @description Minor units */
                                unitPrice: number;
                            }[];
                            note: string | null;
                            paidAt: string | null;
                            /** Format: date-time */
                            paymentDeadline: string;
                            paymentId: string | null;
                            /** @description Minor units */
                            refundedAmount: number;
                            refundedAt: string | null;
                            shippedAt: string | null;
                            /** @description Minor units */
                            shippingFee: number;
                            shippingTemplateId: string | null;
                            /** @enum {unknown} */
                            status: "pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "cancelled" | "refund_requested" | "refunded";
                            /** @description Minor units */
                            subtotal: number;
                            /** @description Minor units */
                            total: number;
                            transitions: {
                                actorKind: string;
                                /** Format: date-time */
                                at: string;
                                from: ("pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "cancelled" | "refund_requested" | "refunded") | null;
                                reason: string | null;
                                /** @enum {unknown} */
                                to: "pending_payment" | "paid" | "shipped" | "delivered" | "completed" | "cancelled" | "refund_requested" | "refunded";
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/orders/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My reviews of the items of one of my orders */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                hiddenAt: string | null;
                                hiddenReason: string | null;
                                id: string;
                                imageUrls: string[];
                                orderId: string;
                                orderItemId: string;
                                productId: string;
                                rating: number;
                                repliedAt: string | null;
                                reply: string | null;
                                reviewerName: string | null;
                                skuId: string;
                                specs: {
                                    [key: string]: string;
                                };
                                /** @enum {unknown} */
                                status: "visible" | "hidden";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/passkeys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My passkeys */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                backedUp: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description multiDevice: a synced passkey (iCloud Keychain, Google Password Manager, ...) */
                                deviceType: "singleDevice" | "multiDevice";
                                id: string;
                                label: string | null;
                                lastUsedAt: string | null;
                                transports: string[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/passkeys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove one of my passkeys */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/passkeys/authentication/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start signing in with a passkey
         * @description Usernameless: the device offers the passkeys it holds for this site. Challenges last 5 minutes.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Pass to startAuthentication({ optionsJSON }) of @simplewebauthn/browser */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowCredentials?: {
                                id: string;
                                transports?: string[];
                                type: string;
                            }[];
                            challenge: string;
                            hints?: string[];
                            rpId?: string;
                            timeout?: number;
                            userVerification?: "required" | "preferred" | "discouraged";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/passkeys/authentication/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with a passkey
         * @description Answers like password sign-in. Send the guest cart in the x-cart-token header to have it merged into the account.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description What startAuthentication() resolved with */
                        response: {
                            authenticatorAttachment?: "platform" | "cross-platform";
                            clientExtensionResults: {
                                [key: string]: unknown;
                            };
                            id: string;
                            rawId: string;
                            response: {
                                authenticatorData: string;
                                clientDataJSON: string;
                                signature: string;
                                userHandle?: string;
                            };
                            /** @enum {string} */
                            type: "public-key";
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customer: {
                                /** Format: date-time */
                                createdAt: string;
                                displayName: string;
                                email: string;
                                id: string;
                                /** @description Resident ID-card number; masked for everyone but the shopper */
                                idNumber: string | null;
                                phone: string | null;
                            };
                            token: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/passkeys/registration/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start adding a passkey to my account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Pass to startRegistration({ optionsJSON }) of @simplewebauthn/browser */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attestation?: string;
                            authenticatorSelection?: {
                                authenticatorAttachment?: "platform" | "cross-platform";
                                requireResidentKey?: boolean;
                                residentKey?: string;
                                userVerification?: "required" | "preferred" | "discouraged";
                            };
                            challenge: string;
                            excludeCredentials?: {
                                id: string;
                                transports?: string[];
                                type: string;
                            }[];
                            extensions?: {
                                credProps?: boolean;
                            };
                            hints?: string[];
                            pubKeyCredParams: {
                                alg: number;
                                /** @enum {string} */
                                type: "public-key";
                            }[];
                            rp: {
                                id?: string;
                                name: string;
                            };
                            timeout?: number;
                            user: {
                                displayName: string;
                                id: string;
                                name: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/passkeys/registration/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finish adding a passkey */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A name for it, e.g. "iPhone" */
                        label?: string;
                        /** @description What startRegistration() resolved with */
                        response: {
                            authenticatorAttachment?: "platform" | "cross-platform";
                            clientExtensionResults: {
                                [key: string]: unknown;
                            };
                            id: string;
                            rawId: string;
                            response: {
                                attestationObject: string;
                                authenticatorData?: string;
                                clientDataJSON: string;
                                publicKey?: string;
                                publicKeyAlgorithm?: number;
                                transports?: string[];
                            };
                            /** @enum {string} */
                            type: "public-key";
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            backedUp: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description multiDevice: a synced passkey (iCloud Keychain, Google Password Manager, ...) */
                            deviceType: "singleDevice" | "multiDevice";
                            id: string;
                            label: string | null;
                            lastUsedAt: string | null;
                            transports: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/privacy/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My consent to each purpose; unrecorded purposes are not granted */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            currentNoticeVersion: string;
                            items: {
                                at: string | null;
                                channel: string | null;
                                granted: boolean;
                                method: string | null;
                                noticeVersion: string | null;
                                /** @enum {unknown} */
                                purpose: "personalisation" | "marketing" | "analytics" | "third_party_sharing" | "cross_border" | "sensitive_data";
                                separate: boolean;
                            }[];
                            reviewNeeded: boolean;
                        };
                    };
                };
            };
        };
        /**
         * Grant or withdraw consent; takes effect from the next request
         * @description Granting third_party_sharing, cross_border or sensitive_data must be the only change in its request.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        changes: {
                            granted: boolean;
                            /** @enum {unknown} */
                            purpose: "personalisation" | "marketing" | "analytics" | "third_party_sharing" | "cross_border" | "sensitive_data";
                        }[];
                        /** @enum {unknown} */
                        channel: "web" | "app" | "mini_program" | "api";
                        /** @enum {unknown} */
                        method: "checkbox" | "banner" | "settings" | "sign_up" | "api";
                        noticeVersion: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            currentNoticeVersion: string;
                            items: {
                                at: string | null;
                                channel: string | null;
                                granted: boolean;
                                method: string | null;
                                noticeVersion: string | null;
                                /** @enum {unknown} */
                                purpose: "personalisation" | "marketing" | "analytics" | "third_party_sharing" | "cross_border" | "sensitive_data";
                                separate: boolean;
                            }[];
                            reviewNeeded: boolean;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/privacy/notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The privacy notice in force, whose version consent choices must name */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Send it back as noticeVersion with consent choices */
                            version: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/privacy/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My data requests, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                archiveUrl: string | null;
                                closedAt: string | null;
                                /** Format: date-time */
                                dueAt: string;
                                id: string;
                                /** @enum {unknown} */
                                kind: "export" | "erasure" | "rectification";
                                /** Format: date-time */
                                receivedAt: string;
                                resolution: string | null;
                                /** @enum {unknown} */
                                state: "received" | "in_progress" | "completed" | "rejected";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Ask for a copy of my data, its erasure, or a correction
         * @description Export and erasure are carried out automatically, usually within a minute; erasure signs the shopper out everywhere and cannot be undone. Rectification is handled by the merchant within 30 days.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        details?: string;
                        /** @enum {unknown} */
                        kind: "export" | "erasure" | "rectification";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archiveUrl: string | null;
                            closedAt: string | null;
                            /** Format: date-time */
                            dueAt: string;
                            id: string;
                            /** @enum {unknown} */
                            kind: "export" | "erasure" | "rectification";
                            /** Format: date-time */
                            receivedAt: string;
                            resolution: string | null;
                            /** @enum {unknown} */
                            state: "received" | "in_progress" | "completed" | "rejected";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/privacy/requests/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a completed export: everything held on me, as JSON */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            format: "hexamall.personal-data/1";
                            /** Format: date-time */
                            generatedAt: string;
                            merchantId: string;
                            modules: {
                                [key: string]: unknown;
                            };
                            requestId: string;
                            subjectId: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Browse products on sale */
        get: {
            parameters: {
                query?: {
                    /** @description `key:value` equality filters, e.g. attr=waterproof:true */
                    attr?: string[];
                    brand?: string;
                    category?: string;
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    limit?: number;
                    /** @description Minor units */
                    priceMax?: number;
                    /** @description Minor units */
                    priceMin?: number;
                    sort?: "newest" | "price_asc" | "price_desc";
                    tag?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                brand: {
                                    id: string;
                                    name: string;
                                } | null;
                                categoryId: string | null;
                                currency: string;
                                id: string;
                                imageUrl: string | null;
                                /** @description Lowest sale price among the SKUs on sale */
                                priceFrom: number;
                                subtitle: string | null;
                                tags: string[];
                                title: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product on sale, with its SKUs */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attributes: {
                                key: string;
                                label: string;
                                type: string;
                                unit: string | null;
                                value: boolean | number | string | {
                                    max: number;
                                    min: number;
                                };
                            }[];
                            brand: {
                                id: string;
                                name: string;
                            } | null;
                            category: {
                                id: string;
                                name: string;
                            } | null;
                            currency: string;
                            description: string | null;
                            id: string;
                            images: {
                                alt: string | null;
                                url: string;
                            }[];
                            priceFrom: number | null;
                            skus: {
                                code: string;
                                currency: string;
                                id: string;
                                imageUrl: string | null;
                                listPrice: number;
                                salePrice: number;
                                specs: {
                                    [key: string]: string;
                                };
                                weightGrams: number;
                            }[];
                            subtitle: string | null;
                            tags: string[];
                            title: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/products/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product's visible reviews, newest first, reviewers masked */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    limit?: number;
                    rating?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                imageUrls: string[];
                                productId: string;
                                rating: number;
                                repliedAt: string | null;
                                reply: string | null;
                                reviewerName: string | null;
                                skuId: string;
                                specs: {
                                    [key: string]: string;
                                };
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/products/{id}/reviews/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product's rating: average, count and distribution of its visible reviews */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            average: number;
                            count: number;
                            distribution: {
                                1: number;
                                2: number;
                                3: number;
                                4: number;
                                5: number;
                            };
                            productId: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recommended products for a surface, each with why
         * @description Personalised with the shopper's personalisation consent; otherwise from this visit's session and what is popular now.
         */
        get: {
            parameters: {
                query: {
                    device?: "unknown" | "mobile" | "tablet" | "desktop";
                    /** @description The shopper's local hour */
                    hour?: number;
                    limit: number;
                    /** @description The product shown (product), bought (after_purchase) or the cart lines (cart); repeatable */
                    productId?: string[];
                    sessionId?: string;
                    surface: "home" | "product" | "cart" | "after_purchase" | "empty_search";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            context: {
                                festival: ("618" | "double_11" | "double_12" | "spring_festival") | null;
                                /** @enum {unknown} */
                                season: "spring" | "summer" | "autumn" | "winter";
                                /** @enum {unknown} */
                                slot: "breakfast" | "lunch" | "afternoon" | "evening" | "night";
                            };
                            items: {
                                explanation: {
                                    /** @enum {unknown} */
                                    code: "because_viewed" | "bought_together" | "similar_to" | "new_similar" | "popular_at_slot" | "popular" | "friends_liked" | "creator_pick" | "category_affinity" | "festival_pick" | "new_arrival";
                                    params: {
                                        [key: string]: string | number;
                                    };
                                    text: string;
                                };
                                product: {
                                    brand: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    categoryId: string | null;
                                    currency: string;
                                    id: string;
                                    imageUrl: string | null;
                                    priceFrom: number;
                                    subtitle: string | null;
                                    tags: string[];
                                    title: string;
                                };
                                score: number;
                            }[];
                            /** @description False when the shopper's history was not used (no consent, or a guest) */
                            personalised: boolean;
                            /** @enum {unknown} */
                            surface: "home" | "product" | "cart" | "after_purchase" | "empty_search";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Review an item of my delivered or completed order (once per item) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Up to 1000 characters; no card numbers */
                        body?: string;
                        imageUrls?: string[];
                        orderId: string;
                        orderItemId: string;
                        rating: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            hiddenAt: string | null;
                            hiddenReason: string | null;
                            id: string;
                            imageUrls: string[];
                            orderId: string;
                            orderItemId: string;
                            productId: string;
                            rating: number;
                            repliedAt: string | null;
                            reply: string | null;
                            reviewerName: string | null;
                            skuId: string;
                            specs: {
                                [key: string]: string;
                            };
                            /** @enum {unknown} */
                            status: "visible" | "hidden";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search products: understood intent, facets, corrections */
        get: {
            parameters: {
                query: {
                    /** @description Attribute filters as key:value; several values of one key are alternatives */
                    attr?: string[];
                    brand?: string;
                    category?: string;
                    /** @description Understood parts to give up, comma-separated ids from `parts`: `scene:hiking,attr:anti_slip`; ids this query does not have are ignored */
                    drop?: string;
                    limit: number;
                    offset: number;
                    /** @description Minor units */
                    priceMax?: number;
                    /** @description Minor units */
                    priceMin?: number;
                    /** @description What the shopper typed, in Chinese or English */
                    q: string;
                    sort?: "relevance" | "price_asc" | "price_desc" | "sales" | "rating" | "newest";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            didYouMean: string | null;
                            /** @description Parts given up because `drop` asked to */
                            dropped: {
                                /** @description Send it in `drop` to give this part up */
                                id: string;
                                /** @description Implied by the scene rather than asked for */
                                implied: boolean;
                                kind: "scene" | "persona" | "category" | "attribute" | "brand" | "age" | "price";
                                label: string;
                            }[];
                            facets: {
                                attributes: {
                                    buckets: {
                                        count: number;
                                        label: string;
                                        value: string;
                                    }[];
                                    key: string;
                                }[];
                                brand: {
                                    count: number;
                                    label: string;
                                    value: string;
                                }[];
                                category: {
                                    count: number;
                                    label: string;
                                    value: string;
                                }[];
                                price: {
                                    count: number;
                                    label: string;
                                    value: string;
                                }[];
                            };
                            intent: {
                                attributes: {
                                    implied: boolean;
                                    key: string;
                                    label: string;
                                }[];
                                brandIds: string[];
                                category: string | null;
                                persona: string | null;
                                priceMax: number | null;
                                priceMin: number | null;
                                scene: string | null;
                                sort: "relevance" | "price_asc" | "price_desc" | "sales" | "rating" | "newest";
                            };
                            items: {
                                brand: {
                                    id: string;
                                    name: string;
                                } | null;
                                category: {
                                    id: string;
                                    name: string;
                                } | null;
                                currency: string;
                                /** @description The title, HTML-escaped, matched words in <em> */
                                highlight: string;
                                id: string;
                                imageUrl: string | null;
                                priceFrom: number;
                                title: string;
                            }[];
                            /** @description The understood parts, in the order `understood` names them; each can be given up with `drop` */
                            parts: {
                                /** @description Send it in `drop` to give this part up */
                                id: string;
                                /** @description Implied by the scene rather than asked for */
                                implied: boolean;
                                kind: "scene" | "persona" | "category" | "attribute" | "brand" | "age" | "price";
                                label: string;
                            }[];
                            query: string;
                            /** @description Send it back with clicks and purchases (POST /search/events) */
                            queryId: string;
                            /** @description Constraints given up because nothing matched them all, least important first */
                            relaxed: {
                                kind: string;
                                label: string;
                            }[];
                            total: number;
                            /** @description The understood intent, e.g. "hiking · shoes · anti-slip" */
                            understood: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/search/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a click on, or a purchase of, a search result */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        kind: "click" | "purchase";
                        position?: number;
                        productId: string;
                        queryId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/search/suggest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Completions as the shopper types */
        get: {
            parameters: {
                query: {
                    limit: number;
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            suggestions: {
                                kind: "query" | "product" | "brand" | "category";
                                text: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/shipping/quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Estimate shipping for the checkout page (checkout recomputes it from the catalog) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            quantity: number;
                            weightGrams: number;
                        }[];
                        province: string;
                        /** @description Minor units */
                        subtotal: number;
                        templateId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amount: number;
                            currency: string;
                            templateId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/store/social/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who sees my new favourites */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description private: only me; friends: shoppers who follow me and whom I follow; public: anyone */
                            defaultVisibility: "private" | "friends" | "public";
                        };
                    };
                };
            };
        };
        /** Change who sees my new favourites (existing ones keep their visibility) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description private: only me; friends: shoppers who follow me and whom I follow; public: anyone */
                        defaultVisibility: "private" | "friends" | "public";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description private: only me; friends: shoppers who follow me and whom I follow; public: anyone */
                            defaultVisibility: "private" | "friends" | "public";
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{provider}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Payment provider webhook (signed) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    provider: string;
                };
                cookie?: never;
            };
            /** @description The provider event as sent, JSON */
            requestBody: {
                content: {
                    "application/json": string;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Seen before; nothing changed */
                            duplicate: boolean;
                            received: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox-gateway/payments/{providerRef}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The charge's hosted payment page (HTML) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    providerRef: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox-gateway/payments/{providerRef}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pay the charge */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    providerRef: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Deliver the webhook twice (tests idempotency)
                         * @default false
                         */
                        duplicateWebhook?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            providerRef: string;
                            returnUrl: string | null;
                            status: "succeeded" | "declined" | "pending";
                            /** @description Webhook deliveries queued */
                            webhooks: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox-gateway/payments/{providerRef}/card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pay the charge with a test card */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    providerRef: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cardNumber: string;
                        cvc: string;
                        /**
                         * @description Deliver the webhook twice (tests idempotency)
                         * @default false
                         */
                        duplicateWebhook?: boolean;
                        /** @description MM/YY */
                        expiry: string;
                        instalments?: 3 | 6 | 12;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            providerRef: string;
                            returnUrl: string | null;
                            status: "succeeded" | "declined" | "pending";
                            /** @description Webhook deliveries queued */
                            webhooks: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox-gateway/payments/{providerRef}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline the charge */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    providerRef: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Deliver the webhook twice (tests idempotency)
                         * @default false
                         */
                        duplicateWebhook?: boolean;
                        /** @description Sent as the failure reason */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            providerRef: string;
                            returnUrl: string | null;
                            status: "succeeded" | "declined" | "pending";
                            /** @description Webhook deliveries queued */
                            webhooks: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox-gateway/payments/{providerRef}/timeout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Let the bank time out (no webhook) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    providerRef: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Deliver the webhook twice (tests idempotency)
                         * @default false
                         */
                        duplicateWebhook?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            providerRef: string;
                            returnUrl: string | null;
                            status: "succeeded" | "declined" | "pending";
                            /** @description Webhook deliveries queued */
                            webhooks: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** CatalogCategoryNode */
        "def-0": {
            children: components["schemas"]["def-0"][];
            id: string;
            name: string;
            sortOrder: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
