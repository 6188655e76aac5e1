/**
 * The Kuulo API as TypeScript types, generated from /api/openapi.json by `npm run api:types`.
 * Do not edit: change the server's route schemas and run the script again.
 */

export interface paths {
    "/api/auth/oidc/{slug}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Start single sign-on with the organization's OpenID Connect provider */
        get: {
            parameters: {
                query?: {
                    returnTo?: string;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description To the organization's OpenID Connect provider */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
    "/api/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the OpenID Connect provider sends the user back */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Into the app with a session, or to /sign-in/error?code=… when it failed */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
    "/api/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Use a sign-in link's token: opens a session */
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
                        token: string;
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
                            csrfToken: string;
                            memberships: {
                                displayName: string;
                                org: {
                                    name: {
                                        en: string;
                                        fi: string;
                                        sv: string;
                                    };
                                    slug: string;
                                };
                                permissions: string[];
                                roles: ("admin" | "moderator" | "analyst" | "facilitator" | "action_editor" | "treasurer" | "viewer")[];
                            }[];
                            returnTo: string | null;
                            user: {
                                displayName: string;
                                email: string;
                                id: string;
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
    "/api/auth/sign-in-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a one-time sign-in link (same answer whether or not the address is known) */
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
                        /** Format: email */
                        email: string;
                        /** @enum {string} */
                        language?: "fi" | "sv" | "en";
                        org?: string;
                        returnTo?: string;
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
                            /** @enum {string} */
                            status: "sent";
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
    "/api/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dev/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mails (and SMS) held in the development outbox (only when no SMTP server or SMS provider is configured) */
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
                            messages: {
                                /** @enum {string} */
                                channel: "email" | "sms";
                                createdAt: string;
                                html: string;
                                id: number;
                                subject: string;
                                text: string;
                                to: string;
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
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
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
                            /** @enum {string} */
                            status: "ok";
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
    "/api/i/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An invitation's tracked link: records that it was opened and leads on */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description To the page the invitation is for */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in staff user */
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
                            csrfToken: string;
                            memberships: {
                                displayName: string;
                                org: {
                                    name: {
                                        en: string;
                                        fi: string;
                                        sv: string;
                                    };
                                    slug: string;
                                };
                                permissions: string[];
                                roles: ("admin" | "moderator" | "analyst" | "facilitator" | "action_editor" | "treasurer" | "viewer")[];
                            }[];
                            user: {
                                displayName: string;
                                email: string;
                                id: string;
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
    "/api/orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organizations on this installation */
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
                            organizations: {
                                name: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                slug: string;
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
    "/api/orgs/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organization's public profile and its open participation activities */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
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
                            activities: {
                                closesAt: string | null;
                                id: string;
                                kind: string;
                                title: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                url: string;
                            }[];
                            /** @enum {string} */
                            defaultLanguage: "fi" | "sv" | "en";
                            languages: ("fi" | "sv" | "en")[];
                            logoUrl: string | null;
                            name: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                            oidcEnabled: boolean;
                            slug: string;
                            themeColor: string;
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
    "/api/orgs/{slug}/accessibility/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accessibility feedback with due dates, newest first (staff; the read is logged) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
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
                                answeredAt: string | null;
                                answeredBy: string | null;
                                answerNote: string | null;
                                concerns: string | null;
                                dueAt: string;
                                email: string | null;
                                id: string;
                                language: string;
                                message: string;
                                overdue: boolean;
                                receivedAt: string;
                                /** @enum {string} */
                                status: "open" | "answered";
                            }[];
                            open: number;
                            overdue: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Send accessibility feedback; the organization answers within 14 days */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        concerns?: string;
                        email?: "" | string;
                        /** @enum {string} */
                        language: "fi" | "sv" | "en";
                        message: string;
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
                            dueAt: string;
                            receivedAt: string;
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
    "/api/orgs/{slug}/accessibility/feedback-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How much accessibility feedback is open and overdue (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
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
                            open: number;
                            overdue: number;
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
    "/api/orgs/{slug}/accessibility/feedback/{feedbackId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark accessibility feedback answered (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    feedbackId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        note?: string;
                    };
                };
            };
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{slug}/actions/editors/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The units an action editor may edit (none: every row) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        units: string[];
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
                            units: string[];
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
    "/api/orgs/{slug}/actions/measures/{measureId}": {
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
        /** Update a measure (status, schedule, unit, notes, decisions); every change is kept in the history */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    measureId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        budgetYear?: number | null;
                        decisions?: {
                            body: string;
                            /** Format: date */
                            date: string;
                            minutesUrl: "" | string;
                            section: string;
                        }[];
                        endMonth?: string | null;
                        notes?: string;
                        schedule?: string;
                        startMonth?: string | null;
                        status?: string;
                        statusReason?: string;
                        text?: string;
                        unit?: string;
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
                            budgetYear: number | null;
                            decisions: {
                                body: string;
                                date: string;
                                minutesUrl: string;
                                section: string;
                            }[];
                            endMonth: string | null;
                            id: string;
                            notes: string;
                            number: string;
                            schedule: string;
                            startMonth: string | null;
                            status: string;
                            statusReason: string;
                            text: string;
                            unit: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/orgs/{slug}/actions/open/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open data of a published table: {table}.csv (the import layout) or {table}.json */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    file: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The table as CSV or JSON */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                        "text/csv": string;
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
    "/api/orgs/{slug}/actions/produced": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What came of a conversation (public id) or a survey (slug): recommendations citing it */
        get: {
            parameters: {
                query?: {
                    conversation?: string;
                    survey?: string;
                };
                header?: never;
                path: {
                    slug: string;
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
                            recommendations: {
                                cited: string[];
                                measures: {
                                    number: string;
                                    status: string;
                                    text: string;
                                    updatedAt: string;
                                }[];
                                number: number;
                                table: {
                                    slug: string;
                                    statuses: {
                                        key: string;
                                        label: {
                                            en: string;
                                            fi: string;
                                            sv: string;
                                        };
                                        needsReason: boolean;
                                    }[];
                                    title: string;
                                };
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
    "/api/orgs/{slug}/actions/public/{table}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A published action table: recommendations, measures and the public change log */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    table: string;
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
                            changes: {
                                at: string;
                                field: string;
                                id: number;
                                measureNumber: string;
                                newValue: string;
                                oldValue: string;
                            }[];
                            published: boolean;
                            publishedAt: string | null;
                            recommendations: {
                                id: string;
                                measures: {
                                    budgetYear: number | null;
                                    decisions: {
                                        body: string;
                                        date: string;
                                        minutesUrl: string;
                                        section: string;
                                    }[];
                                    endMonth: string | null;
                                    id: string;
                                    notes: string;
                                    number: string;
                                    schedule: string;
                                    startMonth: string | null;
                                    status: string;
                                    statusReason: string;
                                    text: string;
                                    unit: string;
                                    updatedAt: string;
                                }[];
                                number: number;
                                text: string;
                            }[];
                            slug: string;
                            sourceKind: string | null;
                            statuses: {
                                key: string;
                                label: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                needsReason: boolean;
                            }[];
                            title: string;
                            updatedAt: string;
                            urls: {
                                csv: string;
                                json: string;
                                page: string;
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
    "/api/orgs/{slug}/actions/public/{table}/recommendations/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A recommendation's trail: its sources, measures and decisions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                    slug: string;
                    table: string;
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
                            measures: {
                                budgetYear: number | null;
                                decisions: {
                                    body: string;
                                    date: string;
                                    minutesUrl: string;
                                    section: string;
                                }[];
                                endMonth: string | null;
                                id: string;
                                notes: string;
                                number: string;
                                schedule: string;
                                startMonth: string | null;
                                status: string;
                                statusReason: string;
                                text: string;
                                unit: string;
                                updatedAt: string;
                            }[];
                            number: number;
                            sources: {
                                /** @enum {string} */
                                kind: "conversation_statement" | "survey_theme" | "statement_recommendation" | "round_table_proposal" | "other";
                                linkedAt: string;
                                page: string | null;
                                snapshot: {
                                    agreeShare?: number;
                                    disagreeShare?: number;
                                    support?: {
                                        acceptableShare: number | null;
                                        answered: number;
                                        counts: {
                                            count: number;
                                            level: number;
                                        }[];
                                        eligible: number;
                                        /** @enum {string} */
                                        scale: "gradients" | "consent";
                                        version: number;
                                    };
                                    text: string;
                                    themeSize?: number;
                                    title: string;
                                    voters?: number;
                                };
                            }[];
                            table: {
                                slug: string;
                                statuses: {
                                    key: string;
                                    label: {
                                        en: string;
                                        fi: string;
                                        sv: string;
                                    };
                                    needsReason: boolean;
                                }[];
                                title: string;
                            };
                            text: string;
                            updatedAt: string;
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
    "/api/orgs/{slug}/actions/public/{table}/subscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Subscribe to a table's changes by email (confirmed by the mailed link) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    table: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        /**
                         * @default fi
                         * @enum {string}
                         */
                        language?: "fi" | "sv" | "en";
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
                            /** @enum {string} */
                            status: "confirmation_sent";
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
    "/api/orgs/{slug}/actions/recommendations/{recommendationId}": {
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
        /** Change a recommendation's text (kept in the history) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    recommendationId: string;
                    slug: string;
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
                            id: string;
                            number: number;
                            text: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/orgs/{slug}/actions/recommendations/{recommendationId}/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link a source to a recommendation (what it said is kept as it is now) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    recommendationId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        itemId?: string;
                        /** @enum {string} */
                        kind: "conversation_statement" | "survey_theme" | "statement_recommendation" | "round_table_proposal" | "other";
                        questionId?: string;
                        sourceId?: string;
                        text?: string;
                        title?: string;
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
                            itemId: string;
                            /** @enum {string} */
                            kind: "conversation_statement" | "survey_theme" | "statement_recommendation" | "round_table_proposal" | "other";
                            linkedAt: string;
                            questionId: string;
                            recommendationId: string;
                            snapshot: {
                                agreeShare?: number;
                                disagreeShare?: number;
                                support?: {
                                    acceptableShare: number | null;
                                    answered: number;
                                    counts: {
                                        count: number;
                                        level: number;
                                    }[];
                                    eligible: number;
                                    /** @enum {string} */
                                    scale: "gradients" | "consent";
                                    version: number;
                                };
                                text: string;
                                themeSize?: number;
                                title: string;
                                voters?: number;
                            };
                            sourceId: string;
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
    "/api/orgs/{slug}/actions/sources/{sourceLinkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unlink a source from its recommendation (kept in the history) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    sourceLinkId: string;
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
    "/api/orgs/{slug}/actions/subscriptions/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a subscription with the mailed token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{slug}/actions/tables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization's action tables */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
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
                            tables: {
                                id: string;
                                published: boolean;
                                publishedAt: string | null;
                                reminderMonths: number;
                                slug: string;
                                sourceId: string | null;
                                sourceKind: string | null;
                                statuses: {
                                    key: string;
                                    label: {
                                        en: string;
                                        fi: string;
                                        sv: string;
                                    };
                                    needsReason: boolean;
                                }[];
                                title: string;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Import a table from a CSV or XLSX file (Suositus | Toimenpide | Aikataulu | Status | Vastuu | Lisätieto) or a sheet's cells; all or nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        file?: string;
                        /** @default false */
                        publish?: boolean;
                        reminderMonths?: number;
                        rows?: string[][];
                        slug?: string;
                        sourceId?: string | null;
                        /** @enum {string|null} */
                        sourceKind?: "panel" | "jury" | "conversation" | "survey" | "round_table" | "year" | null;
                        title: string;
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
                            published: boolean;
                            publishedAt: string | null;
                            reminderMonths: number;
                            slug: string;
                            sourceId: string | null;
                            sourceKind: string | null;
                            statuses: {
                                key: string;
                                label: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                needsReason: boolean;
                            }[];
                            title: string;
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
    "/api/orgs/{slug}/actions/tables/{tableId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A table with its rows and full history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    tableId: string;
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
                            editableUnits: string[] | null;
                            history: {
                                actor: string;
                                at: string;
                                field: string;
                                id: number;
                                measureNumber: string;
                                newValue: string;
                                oldValue: string;
                            }[];
                            id: string;
                            published: boolean;
                            publishedAt: string | null;
                            recommendations: {
                                id: string;
                                measures: {
                                    budgetYear: number | null;
                                    decisions: {
                                        body: string;
                                        date: string;
                                        minutesUrl: string;
                                        section: string;
                                    }[];
                                    endMonth: string | null;
                                    id: string;
                                    notes: string;
                                    number: string;
                                    schedule: string;
                                    startMonth: string | null;
                                    status: string;
                                    statusReason: string;
                                    text: string;
                                    unit: string;
                                    updatedAt: string;
                                }[];
                                number: number;
                                text: string;
                            }[];
                            reminderMonths: number;
                            slug: string;
                            sourceId: string | null;
                            sourceKind: string | null;
                            statuses: {
                                key: string;
                                label: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                needsReason: boolean;
                            }[];
                            title: string;
                            updatedAt: string;
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
        /** A table's title, status set and reminder period */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    tableId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reminderMonths?: number;
                        statuses?: {
                            key: string;
                            label: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                            needsReason: boolean;
                        }[];
                        title?: string;
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
                            published: boolean;
                            publishedAt: string | null;
                            reminderMonths: number;
                            slug: string;
                            sourceId: string | null;
                            sourceKind: string | null;
                            statuses: {
                                key: string;
                                label: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                needsReason: boolean;
                            }[];
                            title: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/orgs/{slug}/actions/tables/{tableId}/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a measure under a recommendation, or with a new recommendation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    tableId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        notes?: string;
                        /** Format: uuid */
                        recommendationId?: string;
                        recommendationText?: string;
                        schedule?: string;
                        status?: string;
                        statusReason?: string;
                        text: string;
                        unit?: string;
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
                            budgetYear: number | null;
                            decisions: {
                                body: string;
                                date: string;
                                minutesUrl: string;
                                section: string;
                            }[];
                            endMonth: string | null;
                            id: string;
                            notes: string;
                            number: string;
                            schedule: string;
                            startMonth: string | null;
                            status: string;
                            statusReason: string;
                            text: string;
                            unit: string;
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
    "/api/orgs/{slug}/actions/tables/{tableId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish or withdraw a table */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    tableId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        published: boolean;
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
                            published: boolean;
                            publishedAt: string | null;
                            reminderMonths: number;
                            slug: string;
                            sourceId: string | null;
                            sourceKind: string | null;
                            statuses: {
                                key: string;
                                label: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                needsReason: boolean;
                            }[];
                            title: string;
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
    "/api/orgs/{slug}/actions/tables/{tableId}/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sources linked to a table's recommendations */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    tableId: string;
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
                            sources: {
                                id: string;
                                itemId: string;
                                /** @enum {string} */
                                kind: "conversation_statement" | "survey_theme" | "statement_recommendation" | "round_table_proposal" | "other";
                                linkedAt: string;
                                questionId: string;
                                recommendationId: string;
                                snapshot: {
                                    agreeShare?: number;
                                    disagreeShare?: number;
                                    support?: {
                                        acceptableShare: number | null;
                                        answered: number;
                                        counts: {
                                            count: number;
                                            level: number;
                                        }[];
                                        eligible: number;
                                        /** @enum {string} */
                                        scale: "gradients" | "consent";
                                        version: number;
                                    };
                                    text: string;
                                    themeSize?: number;
                                    title: string;
                                    voters?: number;
                                };
                                sourceId: string;
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
    "/api/orgs/{slug}/actions/unsubscribe/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unsubscribe (RFC 8058 one-click from the mail, or the web page's button) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: string;
                    } | null;
                };
            };
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{slug}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization's audit log, newest first (admin) */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path: {
                    slug: string;
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
                            events: {
                                action: string;
                                actor: ({
                                    email: string;
                                    id: string;
                                } | {
                                    label: string;
                                }) | null;
                                at: string;
                                detail: {
                                    [key: string]: unknown;
                                };
                                id: number;
                                targetId: string | null;
                                targetType: string | null;
                            }[];
                            nextBefore: number | null;
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
    "/api/orgs/{slug}/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization's conversations */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
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
                            conversations: {
                                allowStatements: boolean;
                                /** @description ISO 8601 date and time */
                                closesAt: string | null;
                                /** @description ISO 8601 date and time */
                                createdAt: string;
                                description: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                id: string;
                                image: {
                                    alt: {
                                        en: string;
                                        fi: string;
                                        sv: string;
                                    };
                                    url: string;
                                } | null;
                                imported: boolean;
                                links: {
                                    name: {
                                        en: string;
                                        fi: string;
                                        sv: string;
                                    } | null;
                                    segmentKey: string | null;
                                    url: string;
                                }[];
                                /** @enum {string} */
                                moderationMode: "pre" | "post";
                                /** @description ISO 8601 date and time */
                                opensAt: string | null;
                                publicId: string;
                                resultsPublic: boolean;
                                segments: {
                                    id: string;
                                    key: string;
                                    name: {
                                        en: string;
                                        fi: string;
                                        sv: string;
                                    };
                                }[];
                                /** @enum {string} */
                                state: "upcoming" | "open" | "closed";
                                statementMaxLength: number;
                                title: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                /** @enum {string} */
                                visibility: "public" | "invite";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a conversation with its segments and seed statements (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        allowStatements?: boolean;
                        /**
                         * Format: date-time
                         * @default null
                         */
                        closesAt?: string | null;
                        /**
                         * @default {
                         *       "fi": "",
                         *       "sv": "",
                         *       "en": ""
                         *     }
                         */
                        description?: {
                            /** @default  */
                            en?: string;
                            /** @default  */
                            fi?: string;
                            /** @default  */
                            sv?: string;
                        };
                        /**
                         * @default pre
                         * @enum {string}
                         */
                        moderationMode?: "pre" | "post";
                        /**
                         * Format: date-time
                         * @default null
                         */
                        opensAt?: string | null;
                        /** @default true */
                        resultsPublic?: boolean;
                        /** @enum {string} */
                        seedLanguage?: "fi" | "sv" | "en";
                        /** @default [] */
                        seedStatements?: string[];
                        /** @default [] */
                        segments?: {
                            key: string;
                            name: {
                                /** @default  */
                                en?: string;
                                fi: string;
                                /** @default  */
                                sv?: string;
                            };
                        }[];
                        /** @default 200 */
                        statementMaxLength?: number;
                        title: {
                            /** @default  */
                            en?: string;
                            fi: string;
                            /** @default  */
                            sv?: string;
                        };
                        /**
                         * @default public
                         * @enum {string}
                         */
                        visibility?: "public" | "invite";
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
                            allowStatements: boolean;
                            /** @description ISO 8601 date and time */
                            closesAt: string | null;
                            /** @description ISO 8601 date and time */
                            createdAt: string;
                            description: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                            id: string;
                            image: {
                                alt: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                url: string;
                            } | null;
                            imported: boolean;
                            links: {
                                name: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                } | null;
                                segmentKey: string | null;
                                url: string;
                            }[];
                            /** @enum {string} */
                            moderationMode: "pre" | "post";
                            /** @description ISO 8601 date and time */
                            opensAt: string | null;
                            publicId: string;
                            resultsPublic: boolean;
                            segments: {
                                id: string;
                                key: string;
                                name: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                            }[];
                            /** @enum {string} */
                            state: "upcoming" | "open" | "closed";
                            statementMaxLength: number;
                            title: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                            /** @enum {string} */
                            visibility: "public" | "invite";
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
    "/api/orgs/{slug}/conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A conversation, its segments and invitation links */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    slug: string;
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
                            allowStatements: boolean;
                            /** @description ISO 8601 date and time */
                            closesAt: string | null;
                            /** @description ISO 8601 date and time */
                            createdAt: string;
                            description: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                            id: string;
                            image: {
                                alt: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                url: string;
                            } | null;
                            imported: boolean;
                            links: {
                                name: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                } | null;
                                segmentKey: string | null;
                                url: string;
                            }[];
                            /** @enum {string} */
                            moderationMode: "pre" | "post";
                            /** @description ISO 8601 date and time */
                            opensAt: string | null;
                            publicId: string;
                            resultsPublic: boolean;
                            segments: {
                                id: string;
                                key: string;
                                name: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                            }[];
                            /** @enum {string} */
                            state: "upcoming" | "open" | "closed";
                            statementMaxLength: number;
                            title: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                            /** @enum {string} */
                            visibility: "public" | "invite";
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
        /** Change a conversation (admin) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        allowStatements?: boolean;
                        /** Format: date-time */
                        closesAt?: string | null;
                        description?: {
                            /** @default  */
                            en?: string;
                            /** @default  */
                            fi?: string;
                            /** @default  */
                            sv?: string;
                        };
                        /** @enum {string} */
                        moderationMode?: "pre" | "post";
                        /** Format: date-time */
                        opensAt?: string | null;
                        resultsPublic?: boolean;
                        segments?: {
                            key: string;
                            name: {
                                /** @default  */
                                en?: string;
                                fi: string;
                                /** @default  */
                                sv?: string;
                            };
                        }[];
                        statementMaxLength?: number;
                        title?: {
                            /** @default  */
                            en?: string;
                            fi: string;
                            /** @default  */
                            sv?: string;
                        };
                        /** @enum {string} */
                        visibility?: "public" | "invite";
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
                            allowStatements: boolean;
                            /** @description ISO 8601 date and time */
                            closesAt: string | null;
                            /** @description ISO 8601 date and time */
                            createdAt: string;
                            description: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                            id: string;
                            image: {
                                alt: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                url: string;
                            } | null;
                            imported: boolean;
                            links: {
                                name: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                } | null;
                                segmentKey: string | null;
                                url: string;
                            }[];
                            /** @enum {string} */
                            moderationMode: "pre" | "post";
                            /** @description ISO 8601 date and time */
                            opensAt: string | null;
                            publicId: string;
                            resultsPublic: boolean;
                            segments: {
                                id: string;
                                key: string;
                                name: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                            }[];
                            /** @enum {string} */
                            state: "upcoming" | "open" | "closed";
                            statementMaxLength: number;
                            title: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                            /** @enum {string} */
                            visibility: "public" | "invite";
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/orgs/{slug}/conversations/{id}/embed-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The secret with which the embedding site signs participant ids (xid) (admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    slug: string;
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
                            createdAt: string;
                            maxLifetimeSeconds: number;
                            secret: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Replace the embed secret: ids signed with the old one stop working (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    slug: string;
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
                            createdAt: string;
                            maxLifetimeSeconds: number;
                            secret: string;
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
    "/api/orgs/{slug}/conversations/{id}/export/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export as Polis CSV (comments, votes, participants-votes, summary) or Polis math JSON */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    file: "comments.csv" | "votes.csv" | "participants-votes.csv" | "summary.csv" | "math.json";
                    id: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file, as an attachment */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                        "text/csv": string;
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
    "/api/orgs/{slug}/conversations/{id}/image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Upload the topic image (PNG, JPEG or WebP, at most 2 MiB) with its alt text (admin) */
        put: {
            parameters: {
                query: {
                    altEn?: string;
                    altFi: string;
                    altSv?: string;
                };
                header?: never;
                path: {
                    id: string;
                    slug: string;
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
        post?: never;
        /** Remove the topic image (admin) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    slug: string;
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
    "/api/orgs/{slug}/conversations/{id}/kiosk-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The conversation's kiosk sessions, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    slug: string;
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
                            sessions: {
                                endedAt: string | null;
                                eventName: string;
                                expiresAt: string;
                                id: string;
                                open: boolean;
                                participants: number;
                                startedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start a kiosk session at an event (its token is in the answer, once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        eventName: string;
                        /** Format: date-time */
                        expiresAt?: string;
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
                            endedAt: string | null;
                            eventName: string;
                            expiresAt: string;
                            id: string;
                            open: boolean;
                            participants: number;
                            startedAt: string;
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
    "/api/orgs/{slug}/conversations/{id}/kiosk-sessions/{sessionId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a kiosk session: its tablet can no longer take part */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    sessionId: string;
                    slug: string;
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
                            endedAt: string | null;
                            eventName: string;
                            expiresAt: string;
                            id: string;
                            open: boolean;
                            participants: number;
                            startedAt: string;
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
    "/api/orgs/{slug}/conversations/{id}/moderation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve, reject or mark as meta one or many statements */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "approve" | "reject" | "meta" | "unmeta";
                        reason?: string;
                        tids: number[];
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
                            statements: {
                                /** @description ISO 8601 date and time */
                                createdAt: string;
                                flags: ("profanity" | "phone" | "email" | "hetu")[];
                                isMeta: boolean;
                                isSeed: boolean;
                                /** @enum {string|null} */
                                language: "fi" | "sv" | "en" | null;
                                /** @description ISO 8601 date and time */
                                moderatedAt: string | null;
                                originalText: string | null;
                                rejectReason: string | null;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected";
                                text: string;
                                tid: number;
                                translations: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
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
    "/api/orgs/{slug}/conversations/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Opinion groups, consensus, divisive statements, segment comparison */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    slug: string;
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
                            commonGround: {
                                agree: {
                                    count: number;
                                    lowestGroupShare: number;
                                    share: number;
                                    tid: number;
                                    voters: number;
                                }[];
                                /** @enum {string} */
                                basis: "every_group" | "all_voters";
                                disagree: {
                                    count: number;
                                    lowestGroupShare: number;
                                    share: number;
                                    tid: number;
                                    voters: number;
                                }[];
                                threshold: number;
                            } | null;
                            /** @description ISO 8601 date and time */
                            computedAt: string | null;
                            events: {
                                eventName: string;
                                key: string;
                            }[];
                            participation: {
                                day: string;
                                newParticipants: number;
                                participants: number;
                                statements: number;
                                totalStatements: number;
                                totalVotes: number;
                                votes: number;
                            }[];
                            results: {
                                channels?: {
                                    method: string;
                                    mostDifferent: number[];
                                    segments: {
                                        participants: number;
                                        segment: string;
                                    }[];
                                    statements: {
                                        segments: {
                                            agree: number;
                                            agreeShare: {
                                                estimate: number;
                                                high: number;
                                                low: number;
                                            };
                                            disagree: number;
                                            disagreeShare: {
                                                estimate: number;
                                                high: number;
                                                low: number;
                                            };
                                            pass: number;
                                            passShare: {
                                                estimate: number;
                                                high: number;
                                                low: number;
                                            };
                                            segment: string;
                                            voters: number;
                                        }[];
                                        statement: number;
                                        test: {
                                            chiSquare: number;
                                            cramersV: number;
                                            df: number;
                                            differs: boolean;
                                            lowCounts: boolean;
                                            pValue: number;
                                            qValue: number;
                                        } | null;
                                    }[];
                                } | null;
                                clustered: number;
                                consensus: {
                                    agree: {
                                        count: number;
                                        share: number;
                                        tid: number;
                                        voters: number;
                                    }[];
                                    disagree: {
                                        count: number;
                                        share: number;
                                        tid: number;
                                        voters: number;
                                    }[];
                                };
                                divisive: {
                                    spread: number;
                                    tid: number;
                                }[];
                                groups: {
                                    center: (number)[];
                                    id: number;
                                    representative: {
                                        count: number;
                                        /** @enum {string} */
                                        direction: "agree" | "disagree";
                                        share: number;
                                        tid: number;
                                        voters: number;
                                    }[];
                                    size: number;
                                }[];
                                map: {
                                    participants: {
                                        group: number;
                                        pid: number;
                                        x: number;
                                        y: number;
                                    }[];
                                    statements: {
                                        tid: number;
                                        x: number;
                                        y: number;
                                    }[];
                                };
                                participants: number;
                                segments: {
                                    method: string;
                                    mostDifferent: number[];
                                    segments: {
                                        participants: number;
                                        segment: string;
                                    }[];
                                    statements: {
                                        segments: {
                                            agree: number;
                                            agreeShare: {
                                                estimate: number;
                                                high: number;
                                                low: number;
                                            };
                                            disagree: number;
                                            disagreeShare: {
                                                estimate: number;
                                                high: number;
                                                low: number;
                                            };
                                            pass: number;
                                            passShare: {
                                                estimate: number;
                                                high: number;
                                                low: number;
                                            };
                                            segment: string;
                                            voters: number;
                                        }[];
                                        statement: number;
                                        test: {
                                            chiSquare: number;
                                            cramersV: number;
                                            df: number;
                                            differs: boolean;
                                            lowCounts: boolean;
                                            pValue: number;
                                            qValue: number;
                                        } | null;
                                    }[];
                                } | null;
                                statements: {
                                    agree: number;
                                    disagree: number;
                                    groupAwareConsensus: number;
                                    pass: number;
                                    perGroup: {
                                        agree: number;
                                        disagree: number;
                                        group: number;
                                        voters: number;
                                    }[];
                                    priority: number;
                                    tid: number;
                                }[];
                                tick: number;
                            } | null;
                            segments: {
                                key: string;
                                name: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                            }[];
                            statements: {
                                isMeta: boolean;
                                /** @enum {string|null} */
                                language: "fi" | "sv" | "en" | null;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected";
                                text: string;
                                tid: number;
                                translations: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
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
    "/api/orgs/{slug}/conversations/{id}/seed-statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add seed statements (approved at once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        language?: "fi" | "sv" | "en";
                        texts: string[];
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
                            tids: number[];
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
    "/api/orgs/{slug}/conversations/{id}/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Statements for moderation, filtered by status and flags */
        get: {
            parameters: {
                query?: {
                    flag?: "profanity" | "phone" | "email" | "hetu";
                    flagged?: "true" | "false";
                    status?: "pending" | "approved" | "rejected";
                };
                header?: never;
                path: {
                    id: string;
                    slug: string;
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
                            statements: {
                                /** @description ISO 8601 date and time */
                                createdAt: string;
                                flags: ("profanity" | "phone" | "email" | "hetu")[];
                                isMeta: boolean;
                                isSeed: boolean;
                                /** @enum {string|null} */
                                language: "fi" | "sv" | "en" | null;
                                /** @description ISO 8601 date and time */
                                moderatedAt: string | null;
                                originalText: string | null;
                                rejectReason: string | null;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected";
                                text: string;
                                tid: number;
                                translations: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
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
    "/api/orgs/{slug}/conversations/{id}/statements/{tid}": {
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
        /** Correct a typo in a statement (the original is kept) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    slug: string;
                    tid: number;
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
                            /** @description ISO 8601 date and time */
                            createdAt: string;
                            flags: ("profanity" | "phone" | "email" | "hetu")[];
                            isMeta: boolean;
                            isSeed: boolean;
                            /** @enum {string|null} */
                            language: "fi" | "sv" | "en" | null;
                            /** @description ISO 8601 date and time */
                            moderatedAt: string | null;
                            originalText: string | null;
                            rejectReason: string | null;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                            text: string;
                            tid: number;
                            translations: {
                                en?: string;
                                fi?: string;
                                sv?: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/orgs/{slug}/conversations/{id}/translations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Texts of a conversation missing in one of the organization's languages */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    slug: string;
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
                                /** @enum {string} */
                                kind: "title" | "description" | "statement";
                                /** @enum {string} */
                                language: "fi" | "sv" | "en";
                                missing: ("fi" | "sv" | "en")[];
                                texts: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                                tid: number | null;
                            }[];
                            languages: ("fi" | "sv" | "en")[];
                            missing: number;
                        };
                    };
                };
            };
        };
        /** Save a translation of the title, the description or a statement (empty removes it); answers the queue */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "title" | "description" | "statement";
                        /** @enum {string} */
                        language: "fi" | "sv" | "en";
                        text: string;
                        tid?: number;
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
                            items: {
                                /** @enum {string} */
                                kind: "title" | "description" | "statement";
                                /** @enum {string} */
                                language: "fi" | "sv" | "en";
                                missing: ("fi" | "sv" | "en")[];
                                texts: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                                tid: number | null;
                            }[];
                            languages: ("fi" | "sv" | "en")[];
                            missing: number;
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
    "/api/orgs/{slug}/conversations/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a Polis export folder as a closed conversation that keeps its groups (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        files: {
                            comments: string;
                            participantsVotes?: string;
                            summary?: string;
                            votes: string;
                        };
                        title?: string;
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
                            publicId: string;
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
    "/api/orgs/{slug}/conversations/translations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many texts each conversation is missing in the organization's languages */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
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
                            conversations: {
                                id: string;
                                missing: number;
                                title: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
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
    "/api/orgs/{slug}/deliberation/public/{statementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A published statement: recommendations, support results, minority opinions, hand-over */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    statementId: string;
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
                            adoptedAt: string | null;
                            adoptedHow: string;
                            handedOverOn: string | null;
                            handedOverTo: string;
                            handoverNote: string;
                            id: string;
                            /** @enum {string} */
                            kind: "final_statement" | "public_statement";
                            minorityOpinions: {
                                id: string;
                                recommendationId: string | null;
                                supporters: number;
                                text: string;
                            }[];
                            /** @enum {string} */
                            ownerKind: "panel" | "jury" | "round_table";
                            preamble: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                            publishedAt: string | null;
                            recommendations: {
                                id: string;
                                number: number;
                                outcomes: {
                                    latestUpdate: {
                                        at: string;
                                        field: string;
                                        measureNumber: string;
                                        newValue: string;
                                    } | null;
                                    measures: {
                                        number: string;
                                        status: string;
                                        statusLabel: {
                                            en: string;
                                            fi: string;
                                            sv: string;
                                        };
                                        statusReason: string;
                                        text: string;
                                        updatedAt: string;
                                    }[];
                                    table: {
                                        slug: string;
                                        title: string;
                                    };
                                }[];
                                rationale: string;
                                support: {
                                    acceptableShare: number | null;
                                    answered: number;
                                    counts: {
                                        count: number;
                                        level: number;
                                    }[];
                                    eligible: number;
                                };
                                text: string;
                                title: string;
                            }[];
                            scale: {
                                label: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                level: number;
                            }[];
                            /** @enum {string} */
                            supportScale: "gradients" | "consent";
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
    "/api/orgs/{slug}/deliberation/public/{statementId}/statement.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A published statement as a tagged PDF */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    slug: string;
                    statementId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The statement as a tagged PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
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
    "/api/orgs/{slug}/deliberation/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization's statements */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
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
                            statements: {
                                adoptedAt: string | null;
                                adoptedHow: string;
                                handedOverOn: string | null;
                                handedOverTo: string;
                                handoverNote: string;
                                id: string;
                                /** @enum {string} */
                                kind: "final_statement" | "public_statement";
                                ownerId: string;
                                /** @enum {string} */
                                ownerKind: "panel" | "jury" | "round_table";
                                preamble: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                published: boolean;
                                publishedAt: string | null;
                                /** @enum {string} */
                                status: "drafting" | "amending" | "support_check" | "adopted" | "published";
                                /** @enum {string} */
                                supportScale: "gradients" | "consent";
                                title: string;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Make a statement for a panel, jury or round tables (owner modules do this too) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "final_statement" | "public_statement";
                        ownerId: string;
                        /** @enum {string} */
                        ownerKind: "panel" | "jury" | "round_table";
                        preamble?: {
                            en?: string;
                            fi?: string;
                            sv?: string;
                        };
                        /** @enum {string} */
                        supportScale: "gradients" | "consent";
                        title: string;
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
                            adoptedAt: string | null;
                            adoptedHow: string;
                            handedOverOn: string | null;
                            handedOverTo: string;
                            handoverNote: string;
                            id: string;
                            /** @enum {string} */
                            kind: "final_statement" | "public_statement";
                            ownerId: string;
                            /** @enum {string} */
                            ownerKind: "panel" | "jury" | "round_table";
                            preamble: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                            published: boolean;
                            publishedAt: string | null;
                            /** @enum {string} */
                            status: "drafting" | "amending" | "support_check" | "adopted" | "published";
                            /** @enum {string} */
                            supportScale: "gradients" | "consent";
                            title: string;
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
    "/api/orgs/{slug}/deliberation/statements/{statementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A statement: proposals, recommendations with versions, amendments, support results */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    statementId: string;
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
                            adoptedAt: string | null;
                            adoptedHow: string;
                            handedOverOn: string | null;
                            handedOverTo: string;
                            handoverNote: string;
                            id: string;
                            /** @enum {string} */
                            kind: "final_statement" | "public_statement";
                            minorityOpinions: {
                                id: string;
                                recommendationId: string | null;
                                supporters: number;
                                text: string;
                            }[];
                            ownerId: string;
                            /** @enum {string} */
                            ownerKind: "panel" | "jury" | "round_table";
                            participants: {
                                label: string;
                                ref: string;
                                /** @enum {string} */
                                role: "panelist" | "juror" | "facilitator";
                            }[];
                            preamble: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                            proposals: {
                                createdAt: string;
                                id: string;
                                recommendationId: string | null;
                                sourceLabel: string;
                                text: string;
                            }[];
                            published: boolean;
                            publishedAt: string | null;
                            recommendations: {
                                amendments: {
                                    baseVersion: number;
                                    comment: string;
                                    createdAt: string;
                                    id: string;
                                    participant: string;
                                    proposedText: string | null;
                                    reason: string;
                                    /** @enum {string} */
                                    status: "proposed" | "accepted" | "rejected";
                                }[];
                                id: string;
                                number: number;
                                position: number;
                                rationale: string;
                                /** @enum {string} */
                                status: "draft" | "withdrawn";
                                support: {
                                    acceptableShare: number | null;
                                    answered: number;
                                    counts: {
                                        count: number;
                                        level: number;
                                    }[];
                                    eligible: number;
                                    notAnswered: string[];
                                    recommendationId: string;
                                    version: number;
                                };
                                text: string;
                                title: string;
                                version: number;
                                versions: {
                                    amendmentId: string | null;
                                    cause: string;
                                    createdAt: string;
                                    text: string;
                                    version: number;
                                }[];
                            }[];
                            scale: {
                                label: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                level: number;
                            }[];
                            /** @enum {string} */
                            status: "drafting" | "amending" | "support_check" | "adopted" | "published";
                            /** @enum {string} */
                            supportScale: "gradients" | "consent";
                            title: string;
                            updatedAt: string;
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
        /** Edit the title, preamble or (while drafting) the support scale */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    statementId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        preamble?: {
                            en?: string;
                            fi?: string;
                            sv?: string;
                        };
                        /** @enum {string} */
                        supportScale?: "gradients" | "consent";
                        title?: string;
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
                            adoptedAt: string | null;
                            adoptedHow: string;
                            handedOverOn: string | null;
                            handedOverTo: string;
                            handoverNote: string;
                            id: string;
                            /** @enum {string} */
                            kind: "final_statement" | "public_statement";
                            minorityOpinions: {
                                id: string;
                                recommendationId: string | null;
                                supporters: number;
                                text: string;
                            }[];
                            ownerId: string;
                            /** @enum {string} */
                            ownerKind: "panel" | "jury" | "round_table";
                            participants: {
                                label: string;
                                ref: string;
                                /** @enum {string} */
                                role: "panelist" | "juror" | "facilitator";
                            }[];
                            preamble: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                            proposals: {
                                createdAt: string;
                                id: string;
                                recommendationId: string | null;
                                sourceLabel: string;
                                text: string;
                            }[];
                            published: boolean;
                            publishedAt: string | null;
                            recommendations: {
                                amendments: {
                                    baseVersion: number;
                                    comment: string;
                                    createdAt: string;
                                    id: string;
                                    participant: string;
                                    proposedText: string | null;
                                    reason: string;
                                    /** @enum {string} */
                                    status: "proposed" | "accepted" | "rejected";
                                }[];
                                id: string;
                                number: number;
                                position: number;
                                rationale: string;
                                /** @enum {string} */
                                status: "draft" | "withdrawn";
                                support: {
                                    acceptableShare: number | null;
                                    answered: number;
                                    counts: {
                                        count: number;
                                        level: number;
                                    }[];
                                    eligible: number;
                                    notAnswered: string[];
                                    recommendationId: string;
                                    version: number;
                                };
                                text: string;
                                title: string;
                                version: number;
                                versions: {
                                    amendmentId: string | null;
                                    cause: string;
                                    createdAt: string;
                                    text: string;
                                    version: number;
                                }[];
                            }[];
                            scale: {
                                label: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                level: number;
                            }[];
                            /** @enum {string} */
                            status: "drafting" | "amending" | "support_check" | "adopted" | "published";
                            /** @enum {string} */
                            supportScale: "gradients" | "consent";
                            title: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/orgs/{slug}/deliberation/statements/{statementId}/action-table": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a draft action table from the adopted statement, each row linked to its recommendation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    statementId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
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
                            slug: string;
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
    "/api/orgs/{slug}/deliberation/statements/{statementId}/adoption": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the adoption (date, how) and freeze the statement */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    statementId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        adoptedAt?: string;
                        how: string;
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
                            adoptedAt: string | null;
                            adoptedHow: string;
                            handedOverOn: string | null;
                            handedOverTo: string;
                            handoverNote: string;
                            id: string;
                            /** @enum {string} */
                            kind: "final_statement" | "public_statement";
                            minorityOpinions: {
                                id: string;
                                recommendationId: string | null;
                                supporters: number;
                                text: string;
                            }[];
                            ownerId: string;
                            /** @enum {string} */
                            ownerKind: "panel" | "jury" | "round_table";
                            participants: {
                                label: string;
                                ref: string;
                                /** @enum {string} */
                                role: "panelist" | "juror" | "facilitator";
                            }[];
                            preamble: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                            proposals: {
                                createdAt: string;
                                id: string;
                                recommendationId: string | null;
                                sourceLabel: string;
                                text: string;
                            }[];
                            published: boolean;
                            publishedAt: string | null;
                            recommendations: {
                                amendments: {
                                    baseVersion: number;
                                    comment: string;
                                    createdAt: string;
                                    id: string;
                                    participant: string;
                                    proposedText: string | null;
                                    reason: string;
                                    /** @enum {string} */
                                    status: "proposed" | "accepted" | "rejected";
                                }[];
                                id: string;
                                number: number;
                                position: number;
                                rationale: string;
                                /** @enum {string} */
                                status: "draft" | "withdrawn";
                                support: {
                                    acceptableShare: number | null;
                                    answered: number;
                                    counts: {
                                        count: number;
                                        level: number;
                                    }[];
                                    eligible: number;
                                    notAnswered: string[];
                                    recommendationId: string;
                                    version: number;
                                };
                                text: string;
                                title: string;
                                version: number;
                                versions: {
                                    amendmentId: string | null;
                                    cause: string;
                                    createdAt: string;
                                    text: string;
                                    version: number;
                                }[];
                            }[];
                            scale: {
                                label: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                level: number;
                            }[];
                            /** @enum {string} */
                            status: "drafting" | "amending" | "support_check" | "adopted" | "published";
                            /** @enum {string} */
                            supportScale: "gradients" | "consent";
                            title: string;
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
    "/api/orgs/{slug}/deliberation/statements/{statementId}/amendments/{amendmentId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept (new text version) or reject (with a reason) an amendment */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    amendmentId: string;
                    slug: string;
                    statementId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "accepted" | "rejected";
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
                            adoptedAt: string | null;
                            adoptedHow: string;
                            handedOverOn: string | null;
                            handedOverTo: string;
                            handoverNote: string;
                            id: string;
                            /** @enum {string} */
                            kind: "final_statement" | "public_statement";
                            minorityOpinions: {
                                id: string;
                                recommendationId: string | null;
                                supporters: number;
                                text: string;
                            }[];
                            ownerId: string;
                            /** @enum {string} */
                            ownerKind: "panel" | "jury" | "round_table";
                            participants: {
                                label: string;
                                ref: string;
                                /** @enum {string} */
                                role: "panelist" | "juror" | "facilitator";
                            }[];
                            preamble: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                            proposals: {
                                createdAt: string;
                                id: string;
                                recommendationId: string | null;
                                sourceLabel: string;
                                text: string;
                            }[];
                            published: boolean;
                            publishedAt: string | null;
                            recommendations: {
                                amendments: {
                                    baseVersion: number;
                                    comment: string;
                                    createdAt: string;
                                    id: string;
                                    participant: string;
                                    proposedText: string | null;
                                    reason: string;
                                    /** @enum {string} */
                                    status: "proposed" | "accepted" | "rejected";
                                }[];
                                id: string;
                                number: number;
                                position: number;
                                rationale: string;
                                /** @enum {string} */
                                status: "draft" | "withdrawn";
                                support: {
                                    acceptableShare: number | null;
                                    answered: number;
                                    counts: {
                                        count: number;
                                        level: number;
                                    }[];
                                    eligible: number;
                                    notAnswered: string[];
                                    recommendationId: string;
                                    version: number;
                                };
                                text: string;
                                title: string;
                                version: number;
                                versions: {
                                    amendmentId: string | null;
                                    cause: string;
                                    createdAt: string;
                                    text: string;
                                    version: number;
                                }[];
                            }[];
                            scale: {
                                label: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                level: number;
                            }[];
                            /** @enum {string} */
                            status: "drafting" | "amending" | "support_check" | "adopted" | "published";
                            /** @enum {string} */
                            supportScale: "gradients" | "consent";
                            title: string;
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
    "/api/orgs/{slug}/deliberation/statements/{statementId}/handover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record the hand-over: date, body, note */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    statementId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        on: string;
                        to: string;
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
                            adoptedAt: string | null;
                            adoptedHow: string;
                            handedOverOn: string | null;
                            handedOverTo: string;
                            handoverNote: string;
                            id: string;
                            /** @enum {string} */
                            kind: "final_statement" | "public_statement";
                            minorityOpinions: {
                                id: string;
                                recommendationId: string | null;
                                supporters: number;
                                text: string;
                            }[];
                            ownerId: string;
                            /** @enum {string} */
                            ownerKind: "panel" | "jury" | "round_table";
                            participants: {
                                label: string;
                                ref: string;
                                /** @enum {string} */
                                role: "panelist" | "juror" | "facilitator";
                            }[];
                            preamble: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                            proposals: {
                                createdAt: string;
                                id: string;
                                recommendationId: string | null;
                                sourceLabel: string;
                                text: string;
                            }[];
                            published: boolean;
                            publishedAt: string | null;
                            recommendations: {
                                amendments: {
                                    baseVersion: number;
                                    comment: string;
                                    createdAt: string;
                                    id: string;
                                    participant: string;
                                    proposedText: string | null;
                                    reason: string;
                                    /** @enum {string} */
                                    status: "proposed" | "accepted" | "rejected";
                                }[];
                                id: string;
                                number: number;
                                position: number;
                                rationale: string;
                                /** @enum {string} */
                                status: "draft" | "withdrawn";
                                support: {
                                    acceptableShare: number | null;
                                    answered: number;
                                    counts: {
                                        count: number;
                                        level: number;
                                    }[];
                                    eligible: number;
                                    notAnswered: string[];
                                    recommendationId: string;
                                    version: number;
                                };
                                text: string;
                                title: string;
                                version: number;
                                versions: {
                                    amendmentId: string | null;
                                    cause: string;
                                    createdAt: string;
                                    text: string;
                                    version: number;
                                }[];
                            }[];
                            scale: {
                                label: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                level: number;
                            }[];
                            /** @enum {string} */
                            status: "drafting" | "amending" | "support_check" | "adopted" | "published";
                            /** @enum {string} */
                            supportScale: "gradients" | "consent";
                            title: string;
                            updatedAt: string;
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
    "/api/orgs/{slug}/deliberation/statements/{statementId}/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server-Sent Events: the support results, again whenever answers arrive */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    statementId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An event stream of `results` events */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
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
    "/api/orgs/{slug}/deliberation/statements/{statementId}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge proposals into a new or existing draft recommendation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    statementId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        proposalIds: string[];
                        rationale?: string;
                        /** Format: uuid */
                        recommendationId?: string;
                        text?: string;
                        title?: string;
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
                            adoptedAt: string | null;
                            adoptedHow: string;
                            handedOverOn: string | null;
                            handedOverTo: string;
                            handoverNote: string;
                            id: string;
                            /** @enum {string} */
                            kind: "final_statement" | "public_statement";
                            minorityOpinions: {
                                id: string;
                                recommendationId: string | null;
                                supporters: number;
                                text: string;
                            }[];
                            ownerId: string;
                            /** @enum {string} */
                            ownerKind: "panel" | "jury" | "round_table";
                            participants: {
                                label: string;
                                ref: string;
                                /** @enum {string} */
                                role: "panelist" | "juror" | "facilitator";
                            }[];
                            preamble: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                            proposals: {
                                createdAt: string;
                                id: string;
                                recommendationId: string | null;
                                sourceLabel: string;
                                text: string;
                            }[];
                            published: boolean;
                            publishedAt: string | null;
                            recommendations: {
                                amendments: {
                                    baseVersion: number;
                                    comment: string;
                                    createdAt: string;
                                    id: string;
                                    participant: string;
                                    proposedText: string | null;
                                    reason: string;
                                    /** @enum {string} */
                                    status: "proposed" | "accepted" | "rejected";
                                }[];
                                id: string;
                                number: number;
                                position: number;
                                rationale: string;
                                /** @enum {string} */
                                status: "draft" | "withdrawn";
                                support: {
                                    acceptableShare: number | null;
                                    answered: number;
                                    counts: {
                                        count: number;
                                        level: number;
                                    }[];
                                    eligible: number;
                                    notAnswered: string[];
                                    recommendationId: string;
                                    version: number;
                                };
                                text: string;
                                title: string;
                                version: number;
                                versions: {
                                    amendmentId: string | null;
                                    cause: string;
                                    createdAt: string;
                                    text: string;
                                    version: number;
                                }[];
                            }[];
                            scale: {
                                label: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                level: number;
                            }[];
                            /** @enum {string} */
                            status: "drafting" | "amending" | "support_check" | "adopted" | "published";
                            /** @enum {string} */
                            supportScale: "gradients" | "consent";
                            title: string;
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
    "/api/orgs/{slug}/deliberation/statements/{statementId}/minority-opinions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a minority opinion with its number of supporters */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    statementId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        recommendationId?: string;
                        supporters: number;
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
                            adoptedAt: string | null;
                            adoptedHow: string;
                            handedOverOn: string | null;
                            handedOverTo: string;
                            handoverNote: string;
                            id: string;
                            /** @enum {string} */
                            kind: "final_statement" | "public_statement";
                            minorityOpinions: {
                                id: string;
                                recommendationId: string | null;
                                supporters: number;
                                text: string;
                            }[];
                            ownerId: string;
                            /** @enum {string} */
                            ownerKind: "panel" | "jury" | "round_table";
                            participants: {
                                label: string;
                                ref: string;
                                /** @enum {string} */
                                role: "panelist" | "juror" | "facilitator";
                            }[];
                            preamble: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                            proposals: {
                                createdAt: string;
                                id: string;
                                recommendationId: string | null;
                                sourceLabel: string;
                                text: string;
                            }[];
                            published: boolean;
                            publishedAt: string | null;
                            recommendations: {
                                amendments: {
                                    baseVersion: number;
                                    comment: string;
                                    createdAt: string;
                                    id: string;
                                    participant: string;
                                    proposedText: string | null;
                                    reason: string;
                                    /** @enum {string} */
                                    status: "proposed" | "accepted" | "rejected";
                                }[];
                                id: string;
                                number: number;
                                position: number;
                                rationale: string;
                                /** @enum {string} */
                                status: "draft" | "withdrawn";
                                support: {
                                    acceptableShare: number | null;
                                    answered: number;
                                    counts: {
                                        count: number;
                                        level: number;
                                    }[];
                                    eligible: number;
                                    notAnswered: string[];
                                    recommendationId: string;
                                    version: number;
                                };
                                text: string;
                                title: string;
                                version: number;
                                versions: {
                                    amendmentId: string | null;
                                    cause: string;
                                    createdAt: string;
                                    text: string;
                                    version: number;
                                }[];
                            }[];
                            scale: {
                                label: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                level: number;
                            }[];
                            /** @enum {string} */
                            status: "drafting" | "amending" | "support_check" | "adopted" | "published";
                            /** @enum {string} */
                            supportScale: "gradients" | "consent";
                            title: string;
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
    "/api/orgs/{slug}/deliberation/statements/{statementId}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Add or rename participants by the owner module's references */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    statementId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        participants: {
                            label: string;
                            ref: string;
                            /** @enum {string} */
                            role: "panelist" | "juror" | "facilitator";
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
                            adoptedAt: string | null;
                            adoptedHow: string;
                            handedOverOn: string | null;
                            handedOverTo: string;
                            handoverNote: string;
                            id: string;
                            /** @enum {string} */
                            kind: "final_statement" | "public_statement";
                            minorityOpinions: {
                                id: string;
                                recommendationId: string | null;
                                supporters: number;
                                text: string;
                            }[];
                            ownerId: string;
                            /** @enum {string} */
                            ownerKind: "panel" | "jury" | "round_table";
                            participants: {
                                label: string;
                                ref: string;
                                /** @enum {string} */
                                role: "panelist" | "juror" | "facilitator";
                            }[];
                            preamble: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                            proposals: {
                                createdAt: string;
                                id: string;
                                recommendationId: string | null;
                                sourceLabel: string;
                                text: string;
                            }[];
                            published: boolean;
                            publishedAt: string | null;
                            recommendations: {
                                amendments: {
                                    baseVersion: number;
                                    comment: string;
                                    createdAt: string;
                                    id: string;
                                    participant: string;
                                    proposedText: string | null;
                                    reason: string;
                                    /** @enum {string} */
                                    status: "proposed" | "accepted" | "rejected";
                                }[];
                                id: string;
                                number: number;
                                position: number;
                                rationale: string;
                                /** @enum {string} */
                                status: "draft" | "withdrawn";
                                support: {
                                    acceptableShare: number | null;
                                    answered: number;
                                    counts: {
                                        count: number;
                                        level: number;
                                    }[];
                                    eligible: number;
                                    notAnswered: string[];
                                    recommendationId: string;
                                    version: number;
                                };
                                text: string;
                                title: string;
                                version: number;
                                versions: {
                                    amendmentId: string | null;
                                    cause: string;
                                    createdAt: string;
                                    text: string;
                                    version: number;
                                }[];
                            }[];
                            scale: {
                                label: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                level: number;
                            }[];
                            /** @enum {string} */
                            status: "drafting" | "amending" | "support_check" | "adopted" | "published";
                            /** @enum {string} */
                            supportScale: "gradients" | "consent";
                            title: string;
                            updatedAt: string;
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
    "/api/orgs/{slug}/deliberation/statements/{statementId}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a table's or meeting's proposal */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    statementId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        sourceLabel: string;
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
                            adoptedAt: string | null;
                            adoptedHow: string;
                            handedOverOn: string | null;
                            handedOverTo: string;
                            handoverNote: string;
                            id: string;
                            /** @enum {string} */
                            kind: "final_statement" | "public_statement";
                            minorityOpinions: {
                                id: string;
                                recommendationId: string | null;
                                supporters: number;
                                text: string;
                            }[];
                            ownerId: string;
                            /** @enum {string} */
                            ownerKind: "panel" | "jury" | "round_table";
                            participants: {
                                label: string;
                                ref: string;
                                /** @enum {string} */
                                role: "panelist" | "juror" | "facilitator";
                            }[];
                            preamble: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                            proposals: {
                                createdAt: string;
                                id: string;
                                recommendationId: string | null;
                                sourceLabel: string;
                                text: string;
                            }[];
                            published: boolean;
                            publishedAt: string | null;
                            recommendations: {
                                amendments: {
                                    baseVersion: number;
                                    comment: string;
                                    createdAt: string;
                                    id: string;
                                    participant: string;
                                    proposedText: string | null;
                                    reason: string;
                                    /** @enum {string} */
                                    status: "proposed" | "accepted" | "rejected";
                                }[];
                                id: string;
                                number: number;
                                position: number;
                                rationale: string;
                                /** @enum {string} */
                                status: "draft" | "withdrawn";
                                support: {
                                    acceptableShare: number | null;
                                    answered: number;
                                    counts: {
                                        count: number;
                                        level: number;
                                    }[];
                                    eligible: number;
                                    notAnswered: string[];
                                    recommendationId: string;
                                    version: number;
                                };
                                text: string;
                                title: string;
                                version: number;
                                versions: {
                                    amendmentId: string | null;
                                    cause: string;
                                    createdAt: string;
                                    text: string;
                                    version: number;
                                }[];
                            }[];
                            scale: {
                                label: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                level: number;
                            }[];
                            /** @enum {string} */
                            status: "drafting" | "amending" | "support_check" | "adopted" | "published";
                            /** @enum {string} */
                            supportScale: "gradients" | "consent";
                            title: string;
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
    "/api/orgs/{slug}/deliberation/statements/{statementId}/publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Publish the adopted statement (public page and PDF) or withdraw it */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    statementId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        published: boolean;
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
                            adoptedAt: string | null;
                            adoptedHow: string;
                            handedOverOn: string | null;
                            handedOverTo: string;
                            handoverNote: string;
                            id: string;
                            /** @enum {string} */
                            kind: "final_statement" | "public_statement";
                            minorityOpinions: {
                                id: string;
                                recommendationId: string | null;
                                supporters: number;
                                text: string;
                            }[];
                            ownerId: string;
                            /** @enum {string} */
                            ownerKind: "panel" | "jury" | "round_table";
                            participants: {
                                label: string;
                                ref: string;
                                /** @enum {string} */
                                role: "panelist" | "juror" | "facilitator";
                            }[];
                            preamble: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                            proposals: {
                                createdAt: string;
                                id: string;
                                recommendationId: string | null;
                                sourceLabel: string;
                                text: string;
                            }[];
                            published: boolean;
                            publishedAt: string | null;
                            recommendations: {
                                amendments: {
                                    baseVersion: number;
                                    comment: string;
                                    createdAt: string;
                                    id: string;
                                    participant: string;
                                    proposedText: string | null;
                                    reason: string;
                                    /** @enum {string} */
                                    status: "proposed" | "accepted" | "rejected";
                                }[];
                                id: string;
                                number: number;
                                position: number;
                                rationale: string;
                                /** @enum {string} */
                                status: "draft" | "withdrawn";
                                support: {
                                    acceptableShare: number | null;
                                    answered: number;
                                    counts: {
                                        count: number;
                                        level: number;
                                    }[];
                                    eligible: number;
                                    notAnswered: string[];
                                    recommendationId: string;
                                    version: number;
                                };
                                text: string;
                                title: string;
                                version: number;
                                versions: {
                                    amendmentId: string | null;
                                    cause: string;
                                    createdAt: string;
                                    text: string;
                                    version: number;
                                }[];
                            }[];
                            scale: {
                                label: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                level: number;
                            }[];
                            /** @enum {string} */
                            status: "drafting" | "amending" | "support_check" | "adopted" | "published";
                            /** @enum {string} */
                            supportScale: "gradients" | "consent";
                            title: string;
                            updatedAt: string;
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
    "/api/orgs/{slug}/deliberation/statements/{statementId}/recommendations/{draftId}": {
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
        /** Edit a recommendation (a changed text is a new version, and a new round of support) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    draftId: string;
                    slug: string;
                    statementId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        position?: number;
                        rationale?: string;
                        /** @enum {string} */
                        status?: "draft" | "withdrawn";
                        text?: string;
                        title?: string;
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
                            adoptedAt: string | null;
                            adoptedHow: string;
                            handedOverOn: string | null;
                            handedOverTo: string;
                            handoverNote: string;
                            id: string;
                            /** @enum {string} */
                            kind: "final_statement" | "public_statement";
                            minorityOpinions: {
                                id: string;
                                recommendationId: string | null;
                                supporters: number;
                                text: string;
                            }[];
                            ownerId: string;
                            /** @enum {string} */
                            ownerKind: "panel" | "jury" | "round_table";
                            participants: {
                                label: string;
                                ref: string;
                                /** @enum {string} */
                                role: "panelist" | "juror" | "facilitator";
                            }[];
                            preamble: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                            proposals: {
                                createdAt: string;
                                id: string;
                                recommendationId: string | null;
                                sourceLabel: string;
                                text: string;
                            }[];
                            published: boolean;
                            publishedAt: string | null;
                            recommendations: {
                                amendments: {
                                    baseVersion: number;
                                    comment: string;
                                    createdAt: string;
                                    id: string;
                                    participant: string;
                                    proposedText: string | null;
                                    reason: string;
                                    /** @enum {string} */
                                    status: "proposed" | "accepted" | "rejected";
                                }[];
                                id: string;
                                number: number;
                                position: number;
                                rationale: string;
                                /** @enum {string} */
                                status: "draft" | "withdrawn";
                                support: {
                                    acceptableShare: number | null;
                                    answered: number;
                                    counts: {
                                        count: number;
                                        level: number;
                                    }[];
                                    eligible: number;
                                    notAnswered: string[];
                                    recommendationId: string;
                                    version: number;
                                };
                                text: string;
                                title: string;
                                version: number;
                                versions: {
                                    amendmentId: string | null;
                                    cause: string;
                                    createdAt: string;
                                    text: string;
                                    version: number;
                                }[];
                            }[];
                            scale: {
                                label: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                level: number;
                            }[];
                            /** @enum {string} */
                            status: "drafting" | "amending" | "support_check" | "adopted" | "published";
                            /** @enum {string} */
                            supportScale: "gradients" | "consent";
                            title: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/orgs/{slug}/deliberation/statements/{statementId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Move between drafting, amending and the support check (one step) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    statementId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "drafting" | "amending" | "support_check" | "adopted" | "published";
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
                            adoptedAt: string | null;
                            adoptedHow: string;
                            handedOverOn: string | null;
                            handedOverTo: string;
                            handoverNote: string;
                            id: string;
                            /** @enum {string} */
                            kind: "final_statement" | "public_statement";
                            minorityOpinions: {
                                id: string;
                                recommendationId: string | null;
                                supporters: number;
                                text: string;
                            }[];
                            ownerId: string;
                            /** @enum {string} */
                            ownerKind: "panel" | "jury" | "round_table";
                            participants: {
                                label: string;
                                ref: string;
                                /** @enum {string} */
                                role: "panelist" | "juror" | "facilitator";
                            }[];
                            preamble: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                            proposals: {
                                createdAt: string;
                                id: string;
                                recommendationId: string | null;
                                sourceLabel: string;
                                text: string;
                            }[];
                            published: boolean;
                            publishedAt: string | null;
                            recommendations: {
                                amendments: {
                                    baseVersion: number;
                                    comment: string;
                                    createdAt: string;
                                    id: string;
                                    participant: string;
                                    proposedText: string | null;
                                    reason: string;
                                    /** @enum {string} */
                                    status: "proposed" | "accepted" | "rejected";
                                }[];
                                id: string;
                                number: number;
                                position: number;
                                rationale: string;
                                /** @enum {string} */
                                status: "draft" | "withdrawn";
                                support: {
                                    acceptableShare: number | null;
                                    answered: number;
                                    counts: {
                                        count: number;
                                        level: number;
                                    }[];
                                    eligible: number;
                                    notAnswered: string[];
                                    recommendationId: string;
                                    version: number;
                                };
                                text: string;
                                title: string;
                                version: number;
                                versions: {
                                    amendmentId: string | null;
                                    cause: string;
                                    createdAt: string;
                                    text: string;
                                    version: number;
                                }[];
                            }[];
                            scale: {
                                label: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                level: number;
                            }[];
                            /** @enum {string} */
                            status: "drafting" | "amending" | "support_check" | "adopted" | "published";
                            /** @enum {string} */
                            supportScale: "gradients" | "consent";
                            title: string;
                            updatedAt: string;
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
    "/api/orgs/{slug}/incomes-register-tracker": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Paid fee batches against the Incomes Register's 5-day deadline: warnings, what was reported when */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
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
                            batches: {
                                batchId: string;
                                deadline: string;
                                panelId: string;
                                panelTitle: string;
                                paymentDate: string;
                                payments: number;
                                reportedAt: string | null;
                                /** @enum {string} */
                                state: "reported" | "overdue" | "due_soon" | "open";
                                unreported: number;
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
    "/api/orgs/{slug}/juries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization's online juries */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
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
                            juries: {
                                audience: string;
                                createdAt: string;
                                decisionResponse: {
                                    body: string;
                                    date: string;
                                    text: {
                                        en?: string;
                                        fi?: string;
                                        sv?: string;
                                    };
                                } | null;
                                id: string;
                                minimumAge: number;
                                /** @enum {string} */
                                moderation: "pre" | "post";
                                /** @enum {string} */
                                phase: "get_to_know" | "hear_experts" | "deliberate" | "write" | "publish";
                                phases: {
                                    [key: string]: {
                                        endsOn: string | null;
                                        plainPrompt: {
                                            en?: string;
                                            fi?: string;
                                            sv?: string;
                                        };
                                        prompt: {
                                            en?: string;
                                            fi?: string;
                                            sv?: string;
                                        };
                                        startsOn: string | null;
                                    };
                                };
                                question: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                                /** @enum {string} */
                                recruitment: "pool" | "open_call" | "sortition";
                                recruitmentRef: string;
                                /** @enum {string} */
                                status: "draft" | "running" | "finished";
                                title: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Set up an online jury (draft): question, recruitment, minimum age, moderation, phases */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        audience?: string;
                        /** @default 13 */
                        minimumAge?: number;
                        /**
                         * @default post
                         * @enum {string}
                         */
                        moderation?: "pre" | "post";
                        /** @default {} */
                        phases?: {
                            deliberate?: {
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                endsOn?: string | null;
                                /** @default {} */
                                plainPrompt?: {
                                    /** @default  */
                                    en?: string;
                                    /** @default  */
                                    fi?: string;
                                    /** @default  */
                                    sv?: string;
                                };
                                /** @default {} */
                                prompt?: {
                                    /** @default  */
                                    en?: string;
                                    /** @default  */
                                    fi?: string;
                                    /** @default  */
                                    sv?: string;
                                };
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                startsOn?: string | null;
                            };
                            get_to_know?: {
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                endsOn?: string | null;
                                /** @default {} */
                                plainPrompt?: {
                                    /** @default  */
                                    en?: string;
                                    /** @default  */
                                    fi?: string;
                                    /** @default  */
                                    sv?: string;
                                };
                                /** @default {} */
                                prompt?: {
                                    /** @default  */
                                    en?: string;
                                    /** @default  */
                                    fi?: string;
                                    /** @default  */
                                    sv?: string;
                                };
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                startsOn?: string | null;
                            };
                            hear_experts?: {
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                endsOn?: string | null;
                                /** @default {} */
                                plainPrompt?: {
                                    /** @default  */
                                    en?: string;
                                    /** @default  */
                                    fi?: string;
                                    /** @default  */
                                    sv?: string;
                                };
                                /** @default {} */
                                prompt?: {
                                    /** @default  */
                                    en?: string;
                                    /** @default  */
                                    fi?: string;
                                    /** @default  */
                                    sv?: string;
                                };
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                startsOn?: string | null;
                            };
                            publish?: {
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                endsOn?: string | null;
                                /** @default {} */
                                plainPrompt?: {
                                    /** @default  */
                                    en?: string;
                                    /** @default  */
                                    fi?: string;
                                    /** @default  */
                                    sv?: string;
                                };
                                /** @default {} */
                                prompt?: {
                                    /** @default  */
                                    en?: string;
                                    /** @default  */
                                    fi?: string;
                                    /** @default  */
                                    sv?: string;
                                };
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                startsOn?: string | null;
                            };
                            write?: {
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                endsOn?: string | null;
                                /** @default {} */
                                plainPrompt?: {
                                    /** @default  */
                                    en?: string;
                                    /** @default  */
                                    fi?: string;
                                    /** @default  */
                                    sv?: string;
                                };
                                /** @default {} */
                                prompt?: {
                                    /** @default  */
                                    en?: string;
                                    /** @default  */
                                    fi?: string;
                                    /** @default  */
                                    sv?: string;
                                };
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                startsOn?: string | null;
                            };
                        };
                        question: {
                            /** @default  */
                            en?: string;
                            fi: string;
                            /** @default  */
                            sv?: string;
                        };
                        /** @enum {string} */
                        recruitment: "pool" | "open_call" | "sortition";
                        /** @default  */
                        recruitmentRef?: string;
                        title: string;
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
                            audience: string;
                            createdAt: string;
                            decisionResponse: {
                                body: string;
                                date: string;
                                text: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                            } | null;
                            id: string;
                            minimumAge: number;
                            /** @enum {string} */
                            moderation: "pre" | "post";
                            /** @enum {string} */
                            phase: "get_to_know" | "hear_experts" | "deliberate" | "write" | "publish";
                            phases: {
                                [key: string]: {
                                    endsOn: string | null;
                                    plainPrompt: {
                                        en?: string;
                                        fi?: string;
                                        sv?: string;
                                    };
                                    prompt: {
                                        en?: string;
                                        fi?: string;
                                        sv?: string;
                                    };
                                    startsOn: string | null;
                                };
                            };
                            question: {
                                en?: string;
                                fi?: string;
                                sv?: string;
                            };
                            /** @enum {string} */
                            recruitment: "pool" | "open_call" | "sortition";
                            recruitmentRef: string;
                            /** @enum {string} */
                            status: "draft" | "running" | "finished";
                            title: string;
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
    "/api/orgs/{slug}/juries/{juryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A jury's set-up, phase and status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    juryId: string;
                    slug: string;
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
                            audience: string;
                            createdAt: string;
                            decisionResponse: {
                                body: string;
                                date: string;
                                text: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                            } | null;
                            id: string;
                            minimumAge: number;
                            /** @enum {string} */
                            moderation: "pre" | "post";
                            /** @enum {string} */
                            phase: "get_to_know" | "hear_experts" | "deliberate" | "write" | "publish";
                            phases: {
                                [key: string]: {
                                    endsOn: string | null;
                                    plainPrompt: {
                                        en?: string;
                                        fi?: string;
                                        sv?: string;
                                    };
                                    prompt: {
                                        en?: string;
                                        fi?: string;
                                        sv?: string;
                                    };
                                    startsOn: string | null;
                                };
                            };
                            question: {
                                en?: string;
                                fi?: string;
                                sv?: string;
                            };
                            /** @enum {string} */
                            recruitment: "pool" | "open_call" | "sortition";
                            recruitmentRef: string;
                            /** @enum {string} */
                            status: "draft" | "running" | "finished";
                            title: string;
                        };
                    };
                };
            };
        };
        /** Change a jury's set-up */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    juryId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        audience?: string;
                        /** @default 13 */
                        minimumAge?: number;
                        /**
                         * @default post
                         * @enum {string}
                         */
                        moderation?: "pre" | "post";
                        /** @default {} */
                        phases?: {
                            deliberate?: {
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                endsOn?: string | null;
                                /** @default {} */
                                plainPrompt?: {
                                    /** @default  */
                                    en?: string;
                                    /** @default  */
                                    fi?: string;
                                    /** @default  */
                                    sv?: string;
                                };
                                /** @default {} */
                                prompt?: {
                                    /** @default  */
                                    en?: string;
                                    /** @default  */
                                    fi?: string;
                                    /** @default  */
                                    sv?: string;
                                };
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                startsOn?: string | null;
                            };
                            get_to_know?: {
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                endsOn?: string | null;
                                /** @default {} */
                                plainPrompt?: {
                                    /** @default  */
                                    en?: string;
                                    /** @default  */
                                    fi?: string;
                                    /** @default  */
                                    sv?: string;
                                };
                                /** @default {} */
                                prompt?: {
                                    /** @default  */
                                    en?: string;
                                    /** @default  */
                                    fi?: string;
                                    /** @default  */
                                    sv?: string;
                                };
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                startsOn?: string | null;
                            };
                            hear_experts?: {
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                endsOn?: string | null;
                                /** @default {} */
                                plainPrompt?: {
                                    /** @default  */
                                    en?: string;
                                    /** @default  */
                                    fi?: string;
                                    /** @default  */
                                    sv?: string;
                                };
                                /** @default {} */
                                prompt?: {
                                    /** @default  */
                                    en?: string;
                                    /** @default  */
                                    fi?: string;
                                    /** @default  */
                                    sv?: string;
                                };
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                startsOn?: string | null;
                            };
                            publish?: {
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                endsOn?: string | null;
                                /** @default {} */
                                plainPrompt?: {
                                    /** @default  */
                                    en?: string;
                                    /** @default  */
                                    fi?: string;
                                    /** @default  */
                                    sv?: string;
                                };
                                /** @default {} */
                                prompt?: {
                                    /** @default  */
                                    en?: string;
                                    /** @default  */
                                    fi?: string;
                                    /** @default  */
                                    sv?: string;
                                };
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                startsOn?: string | null;
                            };
                            write?: {
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                endsOn?: string | null;
                                /** @default {} */
                                plainPrompt?: {
                                    /** @default  */
                                    en?: string;
                                    /** @default  */
                                    fi?: string;
                                    /** @default  */
                                    sv?: string;
                                };
                                /** @default {} */
                                prompt?: {
                                    /** @default  */
                                    en?: string;
                                    /** @default  */
                                    fi?: string;
                                    /** @default  */
                                    sv?: string;
                                };
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                startsOn?: string | null;
                            };
                        };
                        question: {
                            /** @default  */
                            en?: string;
                            fi: string;
                            /** @default  */
                            sv?: string;
                        };
                        /** @enum {string} */
                        recruitment: "pool" | "open_call" | "sortition";
                        /** @default  */
                        recruitmentRef?: string;
                        title: string;
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
                            audience: string;
                            createdAt: string;
                            decisionResponse: {
                                body: string;
                                date: string;
                                text: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                            } | null;
                            id: string;
                            minimumAge: number;
                            /** @enum {string} */
                            moderation: "pre" | "post";
                            /** @enum {string} */
                            phase: "get_to_know" | "hear_experts" | "deliberate" | "write" | "publish";
                            phases: {
                                [key: string]: {
                                    endsOn: string | null;
                                    plainPrompt: {
                                        en?: string;
                                        fi?: string;
                                        sv?: string;
                                    };
                                    prompt: {
                                        en?: string;
                                        fi?: string;
                                        sv?: string;
                                    };
                                    startsOn: string | null;
                                };
                            };
                            question: {
                                en?: string;
                                fi?: string;
                                sv?: string;
                            };
                            /** @enum {string} */
                            recruitment: "pool" | "open_call" | "sortition";
                            recruitmentRef: string;
                            /** @enum {string} */
                            status: "draft" | "running" | "finished";
                            title: string;
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
    "/api/orgs/{slug}/juries/{juryId}/decision-response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record the decision-makers' response to the statement (body, date, text) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    juryId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        /** Format: date */
                        date: string;
                        text: {
                            /** @default  */
                            en?: string;
                            fi: string;
                            /** @default  */
                            sv?: string;
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
                            audience: string;
                            createdAt: string;
                            decisionResponse: {
                                body: string;
                                date: string;
                                text: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                            } | null;
                            id: string;
                            minimumAge: number;
                            /** @enum {string} */
                            moderation: "pre" | "post";
                            /** @enum {string} */
                            phase: "get_to_know" | "hear_experts" | "deliberate" | "write" | "publish";
                            phases: {
                                [key: string]: {
                                    endsOn: string | null;
                                    plainPrompt: {
                                        en?: string;
                                        fi?: string;
                                        sv?: string;
                                    };
                                    prompt: {
                                        en?: string;
                                        fi?: string;
                                        sv?: string;
                                    };
                                    startsOn: string | null;
                                };
                            };
                            question: {
                                en?: string;
                                fi?: string;
                                sv?: string;
                            };
                            /** @enum {string} */
                            recruitment: "pool" | "open_call" | "sortition";
                            recruitmentRef: string;
                            /** @enum {string} */
                            status: "draft" | "running" | "finished";
                            title: string;
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
    "/api/orgs/{slug}/juries/{juryId}/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite an expert (an expert account: no staff rights) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    juryId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        /**
                         * @default fi
                         * @enum {string}
                         */
                        language?: "fi" | "sv" | "en";
                        name: string;
                        /** @default  */
                        title?: string;
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
                            active: boolean;
                            age: number | null;
                            /** @enum {string} */
                            digest: "none" | "email" | "sms";
                            guardianConsentAt: string | null;
                            guardianConsentNeeded: boolean;
                            id: string;
                            invited: boolean;
                            /** @enum {string} */
                            kind: "juror" | "expert";
                            label: string;
                            /** @enum {string} */
                            language: "fi" | "sv" | "en";
                            plainLanguage: boolean;
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
    "/api/orgs/{slug}/juries/{juryId}/hearings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The expert hearings with questions and answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    juryId: string;
                    slug: string;
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
                            hearings: {
                                expert: string;
                                expertId: string;
                                id: string;
                                questions: {
                                    answer: string;
                                    answeredAt: string | null;
                                    answerVideoUrl: string | null;
                                    askedBy: string;
                                    id: string;
                                    question: string;
                                }[];
                                subject: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Open a hearing with one of the jury's experts */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    juryId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        expertId: string;
                        subject: {
                            /** @default  */
                            en?: string;
                            fi: string;
                            /** @default  */
                            sv?: string;
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
    "/api/orgs/{slug}/juries/{juryId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the one-time links to the members not yet invited (not to those awaiting consent) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    juryId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        expiresOn: string;
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
                            invited: number;
                            waitingForConsent: number;
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
    "/api/orgs/{slug}/juries/{juryId}/jurors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a juror (below the minimum age with a guardian, inactive until the consent is confirmed) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    juryId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        age?: number | null;
                        contact: {
                            /** Format: email */
                            email?: string;
                            /** @default  */
                            name?: string;
                            phone?: string;
                        };
                        /**
                         * @default none
                         * @enum {string}
                         */
                        digest?: "none" | "email" | "sms";
                        /** @default null */
                        guardian?: {
                            /** Format: email */
                            email?: string;
                            name: string;
                            phone?: string;
                        } | null;
                        /**
                         * @default fi
                         * @enum {string}
                         */
                        language?: "fi" | "sv" | "en";
                        /** @default false */
                        plainLanguage?: boolean;
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
                            active: boolean;
                            age: number | null;
                            /** @enum {string} */
                            digest: "none" | "email" | "sms";
                            guardianConsentAt: string | null;
                            guardianConsentNeeded: boolean;
                            id: string;
                            invited: boolean;
                            /** @enum {string} */
                            kind: "juror" | "expert";
                            label: string;
                            /** @enum {string} */
                            language: "fi" | "sv" | "en";
                            plainLanguage: boolean;
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
    "/api/orgs/{slug}/juries/{juryId}/jurors/from-panel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take jurors from a sortition draw: the panel's confirmed panelists (again: only those not yet taken) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    juryId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        panelId: string;
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
                            kept: number;
                            skipped: number;
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
    "/api/orgs/{slug}/juries/{juryId}/materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The jury's materials by phase */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    juryId: string;
                    slug: string;
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
                            materials: {
                                altText: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                                body: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                                captionsUrl: string | null;
                                id: string;
                                /** @enum {string} */
                                kind: "text" | "image" | "video" | "link";
                                /** @enum {string} */
                                phase: "get_to_know" | "hear_experts" | "deliberate" | "write" | "publish";
                                plainBody: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                                position: number;
                                title: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                                url: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a material to a phase: a text (with plain language), an image with alt text, a video with captions, a link */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    juryId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default {} */
                        altText?: {
                            /** @default  */
                            en?: string;
                            /** @default  */
                            fi?: string;
                            /** @default  */
                            sv?: string;
                        };
                        /** @default {} */
                        body?: {
                            /** @default  */
                            en?: string;
                            /** @default  */
                            fi?: string;
                            /** @default  */
                            sv?: string;
                        };
                        /**
                         * Format: uri
                         * @default null
                         */
                        captionsUrl?: string | null;
                        /** @enum {string} */
                        kind: "text" | "image" | "video" | "link";
                        /** @enum {string} */
                        phase: "get_to_know" | "hear_experts" | "deliberate" | "write" | "publish";
                        /** @default {} */
                        plainBody?: {
                            /** @default  */
                            en?: string;
                            /** @default  */
                            fi?: string;
                            /** @default  */
                            sv?: string;
                        };
                        /** @default 0 */
                        position?: number;
                        title: {
                            /** @default  */
                            en?: string;
                            fi: string;
                            /** @default  */
                            sv?: string;
                        };
                        /**
                         * Format: uri
                         * @default null
                         */
                        url?: string | null;
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
                            altText: {
                                en?: string;
                                fi?: string;
                                sv?: string;
                            };
                            body: {
                                en?: string;
                                fi?: string;
                                sv?: string;
                            };
                            captionsUrl: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "text" | "image" | "video" | "link";
                            /** @enum {string} */
                            phase: "get_to_know" | "hear_experts" | "deliberate" | "write" | "publish";
                            plainBody: {
                                en?: string;
                                fi?: string;
                                sv?: string;
                            };
                            position: number;
                            title: {
                                en?: string;
                                fi?: string;
                                sv?: string;
                            };
                            url: string | null;
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
    "/api/orgs/{slug}/juries/{juryId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The jury's jurors and experts (no contact data) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    juryId: string;
                    slug: string;
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
                            members: {
                                active: boolean;
                                age: number | null;
                                /** @enum {string} */
                                digest: "none" | "email" | "sms";
                                guardianConsentAt: string | null;
                                guardianConsentNeeded: boolean;
                                id: string;
                                invited: boolean;
                                /** @enum {string} */
                                kind: "juror" | "expert";
                                label: string;
                                /** @enum {string} */
                                language: "fi" | "sv" | "en";
                                plainLanguage: boolean;
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
    "/api/orgs/{slug}/juries/{juryId}/members/{memberId}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member's (and guardian's) contact data; every read is logged */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    juryId: string;
                    memberId: string;
                    slug: string;
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
                            contact: {
                                email?: string;
                                name?: string;
                                phone?: string;
                            };
                            guardian: {
                                consentGivenOn?: string;
                                email?: string;
                                how?: string;
                                name?: string;
                                phone?: string;
                            } | null;
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
    "/api/orgs/{slug}/juries/{juryId}/members/{memberId}/guardian-consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the guardian's consent (day, how given); the juror becomes active */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    juryId: string;
                    memberId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        consentGivenOn: string;
                        how: string;
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
                            active: boolean;
                            age: number | null;
                            /** @enum {string} */
                            digest: "none" | "email" | "sms";
                            guardianConsentAt: string | null;
                            guardianConsentNeeded: boolean;
                            id: string;
                            invited: boolean;
                            /** @enum {string} */
                            kind: "juror" | "expert";
                            label: string;
                            /** @enum {string} */
                            language: "fi" | "sv" | "en";
                            plainLanguage: boolean;
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
    "/api/orgs/{slug}/juries/{juryId}/phase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Move the jury one phase on (or back); the jurors see it live */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    juryId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        phase: "get_to_know" | "hear_experts" | "deliberate" | "write" | "publish";
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
                            audience: string;
                            createdAt: string;
                            decisionResponse: {
                                body: string;
                                date: string;
                                text: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                            } | null;
                            id: string;
                            minimumAge: number;
                            /** @enum {string} */
                            moderation: "pre" | "post";
                            /** @enum {string} */
                            phase: "get_to_know" | "hear_experts" | "deliberate" | "write" | "publish";
                            phases: {
                                [key: string]: {
                                    endsOn: string | null;
                                    plainPrompt: {
                                        en?: string;
                                        fi?: string;
                                        sv?: string;
                                    };
                                    prompt: {
                                        en?: string;
                                        fi?: string;
                                        sv?: string;
                                    };
                                    startsOn: string | null;
                                };
                            };
                            question: {
                                en?: string;
                                fi?: string;
                                sv?: string;
                            };
                            /** @enum {string} */
                            recruitment: "pool" | "open_call" | "sortition";
                            recruitmentRef: string;
                            /** @enum {string} */
                            status: "draft" | "running" | "finished";
                            title: string;
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
    "/api/orgs/{slug}/juries/{juryId}/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every post with its status, screening flags and moderation reasons (the moderation queue first) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    juryId: string;
                    slug: string;
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
                            posts: {
                                author: string;
                                body: string;
                                createdAt: string;
                                flags: string[];
                                id: string;
                                mine: boolean;
                                moderationReason: string;
                                myReactions: ("agree" | "thanks" | "question")[];
                                parentId: string | null;
                                /** @enum {string} */
                                phase: "get_to_know" | "hear_experts" | "deliberate" | "write" | "publish";
                                pinned: boolean;
                                reactions: {
                                    [key: string]: number;
                                };
                                /** @enum {string} */
                                status: "pending" | "visible" | "hidden";
                                summary: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** A facilitator's post or reply (visible at once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    juryId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        /**
                         * Format: uuid
                         * @default null
                         */
                        parentId?: string | null;
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
                            author: string;
                            body: string;
                            createdAt: string;
                            flags: string[];
                            id: string;
                            mine: boolean;
                            moderationReason: string;
                            myReactions: ("agree" | "thanks" | "question")[];
                            parentId: string | null;
                            /** @enum {string} */
                            phase: "get_to_know" | "hear_experts" | "deliberate" | "write" | "publish";
                            pinned: boolean;
                            reactions: {
                                [key: string]: number;
                            };
                            /** @enum {string} */
                            status: "pending" | "visible" | "hidden";
                            summary: boolean;
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
    "/api/orgs/{slug}/juries/{juryId}/posts/{postId}/moderation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a waiting post, hide a post (with a reason), pin or unpin */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    juryId: string;
                    postId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "approve" | "hide" | "pin" | "unpin";
                        /** @default  */
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
                            author: string;
                            body: string;
                            createdAt: string;
                            flags: string[];
                            id: string;
                            mine: boolean;
                            moderationReason: string;
                            myReactions: ("agree" | "thanks" | "question")[];
                            parentId: string | null;
                            /** @enum {string} */
                            phase: "get_to_know" | "hear_experts" | "deliberate" | "write" | "publish";
                            pinned: boolean;
                            reactions: {
                                [key: string]: number;
                            };
                            /** @enum {string} */
                            status: "pending" | "visible" | "hidden";
                            summary: boolean;
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
    "/api/orgs/{slug}/juries/{juryId}/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The jury's statement (deliberation) and its status, or null before it is started */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    juryId: string;
                    slug: string;
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
                            statement: {
                                id: string;
                                status: string;
                                title: string;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start the jury's statement (deliberation), or bring its participants up to date */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    juryId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
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
                            participants: number;
                            statementId: string;
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
    "/api/orgs/{slug}/juries/{juryId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Start (running) or finish the jury */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    juryId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "running" | "finished";
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
                            audience: string;
                            createdAt: string;
                            decisionResponse: {
                                body: string;
                                date: string;
                                text: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                            } | null;
                            id: string;
                            minimumAge: number;
                            /** @enum {string} */
                            moderation: "pre" | "post";
                            /** @enum {string} */
                            phase: "get_to_know" | "hear_experts" | "deliberate" | "write" | "publish";
                            phases: {
                                [key: string]: {
                                    endsOn: string | null;
                                    plainPrompt: {
                                        en?: string;
                                        fi?: string;
                                        sv?: string;
                                    };
                                    prompt: {
                                        en?: string;
                                        fi?: string;
                                        sv?: string;
                                    };
                                    startsOn: string | null;
                                };
                            };
                            question: {
                                en?: string;
                                fi?: string;
                                sv?: string;
                            };
                            /** @enum {string} */
                            recruitment: "pool" | "open_call" | "sortition";
                            recruitmentRef: string;
                            /** @enum {string} */
                            status: "draft" | "running" | "finished";
                            title: string;
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
    "/api/orgs/{slug}/juries/{juryId}/summaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A facilitator's summary of the discussion so far */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    juryId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
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
                            author: string;
                            body: string;
                            createdAt: string;
                            flags: string[];
                            id: string;
                            mine: boolean;
                            moderationReason: string;
                            myReactions: ("agree" | "thanks" | "question")[];
                            parentId: string | null;
                            /** @enum {string} */
                            phase: "get_to_know" | "hear_experts" | "deliberate" | "write" | "publish";
                            pinned: boolean;
                            reactions: {
                                [key: string]: number;
                            };
                            /** @enum {string} */
                            status: "pending" | "visible" | "hidden";
                            summary: boolean;
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
    "/api/orgs/{slug}/jury-pages/{juryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A jury's public page: question, phase, the published statement and the decision-makers' response */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    juryId: string;
                    slug: string;
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
                            audience: string;
                            decisionResponse: {
                                body: string;
                                date: string;
                                text: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                            } | null;
                            jurors: number;
                            /** @enum {string} */
                            phase: "get_to_know" | "hear_experts" | "deliberate" | "write" | "publish";
                            question: {
                                en?: string;
                                fi?: string;
                                sv?: string;
                            };
                            statementId: string | null;
                            /** @enum {string} */
                            status: "draft" | "running" | "finished";
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
    "/api/orgs/{slug}/jury-space/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The jury as this member sees it: phase, prompt, materials, hearings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
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
                            hasStatement: boolean;
                            hearings: {
                                expert: string;
                                expertId: string;
                                id: string;
                                questions: {
                                    answer: string;
                                    answeredAt: string | null;
                                    answerVideoUrl: string | null;
                                    askedBy: string;
                                    id: string;
                                    question: string;
                                }[];
                                subject: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                            }[];
                            jury: {
                                audience: string;
                                decisionResponse: {
                                    body: string;
                                    date: string;
                                    text: {
                                        en?: string;
                                        fi?: string;
                                        sv?: string;
                                    };
                                } | null;
                                id: string;
                                minimumAge: number;
                                /** @enum {string} */
                                moderation: "pre" | "post";
                                /** @enum {string} */
                                phase: "get_to_know" | "hear_experts" | "deliberate" | "write" | "publish";
                                phases: {
                                    [key: string]: {
                                        endsOn: string | null;
                                        plainPrompt: {
                                            en?: string;
                                            fi?: string;
                                            sv?: string;
                                        };
                                        prompt: {
                                            en?: string;
                                            fi?: string;
                                            sv?: string;
                                        };
                                        startsOn: string | null;
                                    };
                                };
                                question: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                                /** @enum {string} */
                                recruitment: "pool" | "open_call" | "sortition";
                                /** @enum {string} */
                                status: "draft" | "running" | "finished";
                                title: string;
                            };
                            materials: {
                                altText: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                                body: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                                captionsUrl: string | null;
                                id: string;
                                /** @enum {string} */
                                kind: "text" | "image" | "video" | "link";
                                /** @enum {string} */
                                phase: "get_to_know" | "hear_experts" | "deliberate" | "write" | "publish";
                                plainBody: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                                position: number;
                                title: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                                url: string | null;
                            }[];
                            me: {
                                /** @enum {string} */
                                digest: "none" | "email" | "sms";
                                /** @enum {string} */
                                kind: "juror" | "expert";
                                label: string;
                                /** @enum {string} */
                                language: "fi" | "sv" | "en";
                                plainLanguage: boolean;
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
    "/api/orgs/{slug}/jury-space/me/hearings/{hearingId}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the hearing's expert (in the hearing phase) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    hearingId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        question: string;
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
    "/api/orgs/{slug}/jury-space/me/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server-Sent Events: new posts, reactions and phase moves of this member's jury */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An event stream of `jury` events */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
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
    "/api/orgs/{slug}/jury-space/me/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The discussion: visible posts and one's own waiting ones, with reactions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
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
                            posts: {
                                author: string;
                                body: string;
                                createdAt: string;
                                flags: string[];
                                id: string;
                                mine: boolean;
                                moderationReason: string;
                                myReactions: ("agree" | "thanks" | "question")[];
                                parentId: string | null;
                                /** @enum {string} */
                                phase: "get_to_know" | "hear_experts" | "deliberate" | "write" | "publish";
                                pinned: boolean;
                                reactions: {
                                    [key: string]: number;
                                };
                                /** @enum {string} */
                                status: "pending" | "visible" | "hidden";
                                summary: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Write a post or a reply (pre-moderation and screening may hold it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        /**
                         * Format: uuid
                         * @default null
                         */
                        parentId?: string | null;
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
                            author: string;
                            body: string;
                            createdAt: string;
                            flags: string[];
                            id: string;
                            mine: boolean;
                            moderationReason: string;
                            myReactions: ("agree" | "thanks" | "question")[];
                            parentId: string | null;
                            /** @enum {string} */
                            phase: "get_to_know" | "hear_experts" | "deliberate" | "write" | "publish";
                            pinned: boolean;
                            reactions: {
                                [key: string]: number;
                            };
                            /** @enum {string} */
                            status: "pending" | "visible" | "hidden";
                            summary: boolean;
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
    "/api/orgs/{slug}/jury-space/me/posts/{postId}/reactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Give or take back a reaction (one per kind) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    postId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "agree" | "thanks" | "question";
                        on: boolean;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/orgs/{slug}/jury-space/me/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Digests (email / SMS / none), plain language, language */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        digest?: "none" | "email" | "sms";
                        /** @enum {string} */
                        language?: "fi" | "sv" | "en";
                        plainLanguage?: boolean;
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
                            hasStatement: boolean;
                            hearings: {
                                expert: string;
                                expertId: string;
                                id: string;
                                questions: {
                                    answer: string;
                                    answeredAt: string | null;
                                    answerVideoUrl: string | null;
                                    askedBy: string;
                                    id: string;
                                    question: string;
                                }[];
                                subject: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                            }[];
                            jury: {
                                audience: string;
                                decisionResponse: {
                                    body: string;
                                    date: string;
                                    text: {
                                        en?: string;
                                        fi?: string;
                                        sv?: string;
                                    };
                                } | null;
                                id: string;
                                minimumAge: number;
                                /** @enum {string} */
                                moderation: "pre" | "post";
                                /** @enum {string} */
                                phase: "get_to_know" | "hear_experts" | "deliberate" | "write" | "publish";
                                phases: {
                                    [key: string]: {
                                        endsOn: string | null;
                                        plainPrompt: {
                                            en?: string;
                                            fi?: string;
                                            sv?: string;
                                        };
                                        prompt: {
                                            en?: string;
                                            fi?: string;
                                            sv?: string;
                                        };
                                        startsOn: string | null;
                                    };
                                };
                                question: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                                /** @enum {string} */
                                recruitment: "pool" | "open_call" | "sortition";
                                /** @enum {string} */
                                status: "draft" | "running" | "finished";
                                title: string;
                            };
                            materials: {
                                altText: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                                body: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                                captionsUrl: string | null;
                                id: string;
                                /** @enum {string} */
                                kind: "text" | "image" | "video" | "link";
                                /** @enum {string} */
                                phase: "get_to_know" | "hear_experts" | "deliberate" | "write" | "publish";
                                plainBody: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                                position: number;
                                title: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                                url: string | null;
                            }[];
                            me: {
                                /** @enum {string} */
                                digest: "none" | "email" | "sms";
                                /** @enum {string} */
                                kind: "juror" | "expert";
                                label: string;
                                /** @enum {string} */
                                language: "fi" | "sv" | "en";
                                plainLanguage: boolean;
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
    "/api/orgs/{slug}/jury-space/me/questions/{questionId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The expert's answer to a question of their own hearing: text, a video link or both */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    questionId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        answer?: string;
                        /**
                         * Format: uri
                         * @default null
                         */
                        videoUrl?: string | null;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/orgs/{slug}/jury-space/me/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The jury's statement draft with this juror's own answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
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
                            participant: {
                                label: string;
                                role: string;
                            };
                            recommendations: {
                                id: string;
                                myAmendments: {
                                    comment: string;
                                    id: string;
                                    proposedText: string | null;
                                    reason: string;
                                    /** @enum {string} */
                                    status: "proposed" | "accepted" | "rejected";
                                }[];
                                myLevel: number | null;
                                number: number;
                                rationale: string;
                                text: string;
                                title: string;
                                version: number;
                            }[];
                            scale: {
                                label: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                level: number;
                            }[];
                            statement: {
                                id: string;
                                preamble: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                                /** @enum {string} */
                                status: "drafting" | "amending" | "support_check" | "adopted" | "published";
                                /** @enum {string} */
                                supportScale: "gradients" | "consent";
                                title: string;
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
    "/api/orgs/{slug}/jury-space/me/statement/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose an amendment to a recommendation (a new text, a comment or both) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        proposedText?: string;
                        /** Format: uuid */
                        recommendationId: string;
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
                            participant: {
                                label: string;
                                role: string;
                            };
                            recommendations: {
                                id: string;
                                myAmendments: {
                                    comment: string;
                                    id: string;
                                    proposedText: string | null;
                                    reason: string;
                                    /** @enum {string} */
                                    status: "proposed" | "accepted" | "rejected";
                                }[];
                                myLevel: number | null;
                                number: number;
                                rationale: string;
                                text: string;
                                title: string;
                                version: number;
                            }[];
                            scale: {
                                label: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                level: number;
                            }[];
                            statement: {
                                id: string;
                                preamble: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                                /** @enum {string} */
                                status: "drafting" | "amending" | "support_check" | "adopted" | "published";
                                /** @enum {string} */
                                supportScale: "gradients" | "consent";
                                title: string;
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
    "/api/orgs/{slug}/jury-space/me/statement/support": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give (or change) this juror's support for a recommendation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        level: number;
                        /** Format: uuid */
                        recommendationId: string;
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
                            participant: {
                                label: string;
                                role: string;
                            };
                            recommendations: {
                                id: string;
                                myAmendments: {
                                    comment: string;
                                    id: string;
                                    proposedText: string | null;
                                    reason: string;
                                    /** @enum {string} */
                                    status: "proposed" | "accepted" | "rejected";
                                }[];
                                myLevel: number | null;
                                number: number;
                                rationale: string;
                                text: string;
                                title: string;
                                version: number;
                            }[];
                            scale: {
                                label: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                level: number;
                            }[];
                            statement: {
                                id: string;
                                preamble: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                                /** @enum {string} */
                                status: "drafting" | "amending" | "support_check" | "adopted" | "published";
                                /** @enum {string} */
                                supportScale: "gradients" | "consent";
                                title: string;
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
    "/api/orgs/{slug}/jury-space/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open the jury space with the one-time link (sets a cookie for the space) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
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
                            hasStatement: boolean;
                            hearings: {
                                expert: string;
                                expertId: string;
                                id: string;
                                questions: {
                                    answer: string;
                                    answeredAt: string | null;
                                    answerVideoUrl: string | null;
                                    askedBy: string;
                                    id: string;
                                    question: string;
                                }[];
                                subject: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                            }[];
                            jury: {
                                audience: string;
                                decisionResponse: {
                                    body: string;
                                    date: string;
                                    text: {
                                        en?: string;
                                        fi?: string;
                                        sv?: string;
                                    };
                                } | null;
                                id: string;
                                minimumAge: number;
                                /** @enum {string} */
                                moderation: "pre" | "post";
                                /** @enum {string} */
                                phase: "get_to_know" | "hear_experts" | "deliberate" | "write" | "publish";
                                phases: {
                                    [key: string]: {
                                        endsOn: string | null;
                                        plainPrompt: {
                                            en?: string;
                                            fi?: string;
                                            sv?: string;
                                        };
                                        prompt: {
                                            en?: string;
                                            fi?: string;
                                            sv?: string;
                                        };
                                        startsOn: string | null;
                                    };
                                };
                                question: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                                /** @enum {string} */
                                recruitment: "pool" | "open_call" | "sortition";
                                /** @enum {string} */
                                status: "draft" | "running" | "finished";
                                title: string;
                            };
                            materials: {
                                altText: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                                body: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                                captionsUrl: string | null;
                                id: string;
                                /** @enum {string} */
                                kind: "text" | "image" | "video" | "link";
                                /** @enum {string} */
                                phase: "get_to_know" | "hear_experts" | "deliberate" | "write" | "publish";
                                plainBody: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                                position: number;
                                title: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                                url: string | null;
                            }[];
                            me: {
                                /** @enum {string} */
                                digest: "none" | "email" | "sms";
                                /** @enum {string} */
                                kind: "juror" | "expert";
                                label: string;
                                /** @enum {string} */
                                language: "fi" | "sv" | "en";
                                plainLanguage: boolean;
                            };
                            session: string;
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
    "/api/orgs/{slug}/legal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Both documents with their templates, and the facts the templates use (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
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
                            documents: {
                                body: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                edited: boolean;
                                /** @enum {string} */
                                kind: "privacy" | "accessibility";
                                template: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                updatedAt: string;
                                updatedBy: string | null;
                            }[];
                            facts: {
                                /** @enum {string} */
                                conformance: "partial" | "full";
                                controllerContact: string;
                                defaultAuthority: string;
                                dpoContact: string;
                                evaluatedOn: string | null;
                                evaluator: string;
                                nonConformities: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                }[];
                                supervisoryAuthority: string;
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
    "/api/orgs/{slug}/legal-facts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save the contacts and the accessibility evaluation the templates use (staff) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        conformance: "partial" | "full";
                        controllerContact: string;
                        dpoContact: string;
                        /** Format: date */
                        evaluatedOn: string | null;
                        evaluator: string;
                        nonConformities: {
                            en: string;
                            fi: string;
                            sv: string;
                        }[];
                        supervisoryAuthority: string;
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
                            documents: {
                                body: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                edited: boolean;
                                /** @enum {string} */
                                kind: "privacy" | "accessibility";
                                template: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                updatedAt: string;
                                updatedBy: string | null;
                            }[];
                            facts: {
                                /** @enum {string} */
                                conformance: "partial" | "full";
                                controllerContact: string;
                                defaultAuthority: string;
                                dpoContact: string;
                                evaluatedOn: string | null;
                                evaluator: string;
                                nonConformities: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                }[];
                                supervisoryAuthority: string;
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
    "/api/orgs/{slug}/legal/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization's privacy notice or accessibility statement, in fi, sv and en */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: "privacy" | "accessibility";
                    slug: string;
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
                            body: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                            edited: boolean;
                            /** @enum {string} */
                            kind: "privacy" | "accessibility";
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        /** Save the organization's own text of a document (staff) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: "privacy" | "accessibility";
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        en: string;
                        fi: string;
                        sv: string;
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
                            documents: {
                                body: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                edited: boolean;
                                /** @enum {string} */
                                kind: "privacy" | "accessibility";
                                template: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                updatedAt: string;
                                updatedBy: string | null;
                            }[];
                            facts: {
                                /** @enum {string} */
                                conformance: "partial" | "full";
                                controllerContact: string;
                                defaultAuthority: string;
                                dpoContact: string;
                                evaluatedOn: string | null;
                                evaluator: string;
                                nonConformities: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                }[];
                                supervisoryAuthority: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Go back to the template of a document (staff) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: "privacy" | "accessibility";
                    slug: string;
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
                            documents: {
                                body: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                edited: boolean;
                                /** @enum {string} */
                                kind: "privacy" | "accessibility";
                                template: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                updatedAt: string;
                                updatedBy: string | null;
                            }[];
                            facts: {
                                /** @enum {string} */
                                conformance: "partial" | "full";
                                controllerContact: string;
                                defaultAuthority: string;
                                dpoContact: string;
                                evaluatedOn: string | null;
                                evaluator: string;
                                nonConformities: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                }[];
                                supervisoryAuthority: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{slug}/logo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization's logo image */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The logo */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": string;
                        "image/png": string;
                        "image/svg+xml": string;
                    };
                };
            };
        };
        /** Upload the organization's logo (PNG, JPEG or SVG, at most 512 KiB; admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{slug}/panel-reports/{panelId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A panel's public selection report: seed announcement, quotas, probabilities per category, the method and the anonymous candidate table, to reproduce the draw */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    panelId: string;
                    slug: string;
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
                            categories: {
                                candidates: number;
                                expectedSeats: number;
                                feature: string;
                                max: number;
                                min: number;
                                probability: number;
                                seated: number;
                                value: string;
                            }[];
                            lotteries: {
                                at: string;
                                /** @enum {string} */
                                kind: "draw" | "replacement";
                                probabilities: number[];
                                replacements: number[];
                                reserves: number[];
                                seated: number[];
                                seed: string;
                                withdrawn: number[];
                            }[];
                            method: {
                                algorithm: string;
                                draw: string | null;
                                explanation: string;
                                reservesPurpose: string;
                                version: string;
                            };
                            panel: {
                                id: string;
                                reserves: number;
                                status: string;
                                targetSize: number;
                                title: string;
                            };
                            people: {
                                features: {
                                    [key: string]: string;
                                };
                                number: number;
                            }[];
                            quotas: {
                                feature: string;
                                max: number;
                                min: number;
                                value: string;
                            }[];
                            seed: {
                                announcedAt: string | null;
                                announcement: string | null;
                                knownAt: string | null;
                                value: string | null;
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
    "/api/orgs/{slug}/panel-signup/{panelId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An open call's sign-up form: the panel, its meetings, the choices per quota feature, the consent text */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    panelId: string;
                    slug: string;
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
                            choices: {
                                feature: string;
                                values: string[];
                            }[];
                            consent: {
                                text: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                version: number;
                            };
                            coreQuestions: {
                                text: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                            }[];
                            sessions: {
                                accessibility: string;
                                date: string;
                                endTime: string;
                                id: string;
                                onlineUrl: string | null;
                                place: string;
                                startTime: string;
                            }[];
                            title: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Sign up for a panel through its open call (consent recorded with its text; attempts limited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    panelId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default {} */
                        attributes?: {
                            [key: string]: string;
                        };
                        consent: boolean;
                        email?: string;
                        /** @enum {string} */
                        language: "fi" | "sv" | "en";
                        name: string;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/orgs/{slug}/panelists/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The panelist's space: the panel, its schedule, and whether the seat is confirmed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
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
                            language: string;
                            panel: {
                                coreQuestions: {
                                    text: {
                                        en: string;
                                        fi: string;
                                        sv: string;
                                    };
                                }[];
                                responseDeadline: string | null;
                                sessions: {
                                    accessibility: string;
                                    date: string;
                                    endTime: string;
                                    id: string;
                                    onlineUrl: string | null;
                                    place: string;
                                    startTime: string;
                                }[];
                                title: string;
                            };
                            status: string;
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
    "/api/orgs/{slug}/panelists/me/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm or decline the seat (a declined seat is refilled within the quotas) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        answer: "confirm" | "decline";
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
                            language: string;
                            panel: {
                                coreQuestions: {
                                    text: {
                                        en: string;
                                        fi: string;
                                        sv: string;
                                    };
                                }[];
                                responseDeadline: string | null;
                                sessions: {
                                    accessibility: string;
                                    date: string;
                                    endTime: string;
                                    id: string;
                                    onlineUrl: string | null;
                                    place: string;
                                    startTime: string;
                                }[];
                                title: string;
                            };
                            status: string;
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
    "/api/orgs/{slug}/panelists/me/fees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The panelist's own fee status: sessions attended, details given, payments */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
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
                            amountPerSessionCents: number;
                            details: {
                                giftCard: boolean;
                                givenAt: string;
                                ibanEnd: string;
                            } | null;
                            giftCardOffered: boolean;
                            payments: {
                                /** @enum {string} */
                                form: "money" | "gift_card";
                                grossCents: number;
                                netCents: number;
                                paidAt: string | null;
                                paymentDate: string;
                                sessions: number;
                                /** @enum {string} */
                                status: "draft" | "approved" | "paid";
                                withholdingCents: number;
                            }[];
                            sessionsAttended: number;
                            travel: boolean;
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
    "/api/orgs/{slug}/panelists/me/materials/{materialId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A material's PDF in the panelist's space */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    materialId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
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
    "/api/orgs/{slug}/panelists/me/payment-details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Give or replace the panelist's payment details (sealed at rest) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bic?: string;
                        city: string;
                        /** @default false */
                        giftCard?: boolean;
                        iban: string;
                        name: string;
                        personalIdentityCode: string;
                        postalCode: string;
                        streetAddress: string;
                        taxStatus: {
                            additionalRatePercent: number;
                            incomeLimitCents: number;
                            /** @enum {string} */
                            kind: "tax_card";
                            ratePercent: number;
                        } | {
                            /** @enum {string} */
                            kind: "prepayment_register";
                        } | {
                            /** @enum {string} */
                            kind: "none";
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
                            amountPerSessionCents: number;
                            details: {
                                giftCard: boolean;
                                givenAt: string;
                                ibanEnd: string;
                            } | null;
                            giftCardOffered: boolean;
                            payments: {
                                /** @enum {string} */
                                form: "money" | "gift_card";
                                grossCents: number;
                                netCents: number;
                                paidAt: string | null;
                                paymentDate: string;
                                sessions: number;
                                /** @enum {string} */
                                status: "draft" | "approved" | "paid";
                                withholdingCents: number;
                            }[];
                            sessionsAttended: number;
                            travel: boolean;
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
    "/api/orgs/{slug}/panelists/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The panelist's own table in each session and the panel's materials */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
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
                            feedbackPath: string | null;
                            materials: {
                                captionUrl: string | null;
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                kind: "talk" | "reading" | "video";
                                pdf: {
                                    bytes: number;
                                    name: string;
                                } | null;
                                sessionId: string | null;
                                title: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                url: string | null;
                            }[];
                            tables: {
                                facilitator: string | null;
                                sessionId: string;
                                tableNumber: number;
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
    "/api/orgs/{slug}/panelists/me/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The panel's statement draft as this panelist sees it, with their own answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
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
                            participant: {
                                label: string;
                                role: string;
                            };
                            recommendations: {
                                id: string;
                                myAmendments: {
                                    comment: string;
                                    id: string;
                                    proposedText: string | null;
                                    reason: string;
                                    /** @enum {string} */
                                    status: "proposed" | "accepted" | "rejected";
                                }[];
                                myLevel: number | null;
                                number: number;
                                rationale: string;
                                text: string;
                                title: string;
                                version: number;
                            }[];
                            scale: {
                                label: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                level: number;
                            }[];
                            statement: {
                                id: string;
                                preamble: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                                /** @enum {string} */
                                status: "drafting" | "amending" | "support_check" | "adopted" | "published";
                                /** @enum {string} */
                                supportScale: "gradients" | "consent";
                                title: string;
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
    "/api/orgs/{slug}/panelists/me/statement/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose an amendment to a recommendation (a new text, a comment or both) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        proposedText?: string;
                        /** Format: uuid */
                        recommendationId: string;
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
                            participant: {
                                label: string;
                                role: string;
                            };
                            recommendations: {
                                id: string;
                                myAmendments: {
                                    comment: string;
                                    id: string;
                                    proposedText: string | null;
                                    reason: string;
                                    /** @enum {string} */
                                    status: "proposed" | "accepted" | "rejected";
                                }[];
                                myLevel: number | null;
                                number: number;
                                rationale: string;
                                text: string;
                                title: string;
                                version: number;
                            }[];
                            scale: {
                                label: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                level: number;
                            }[];
                            statement: {
                                id: string;
                                preamble: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                                /** @enum {string} */
                                status: "drafting" | "amending" | "support_check" | "adopted" | "published";
                                /** @enum {string} */
                                supportScale: "gradients" | "consent";
                                title: string;
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
    "/api/orgs/{slug}/panelists/me/statement/support": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give (or change) this panelist's support for a recommendation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        level: number;
                        /** Format: uuid */
                        recommendationId: string;
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
                            participant: {
                                label: string;
                                role: string;
                            };
                            recommendations: {
                                id: string;
                                myAmendments: {
                                    comment: string;
                                    id: string;
                                    proposedText: string | null;
                                    reason: string;
                                    /** @enum {string} */
                                    status: "proposed" | "accepted" | "rejected";
                                }[];
                                myLevel: number | null;
                                number: number;
                                rationale: string;
                                text: string;
                                title: string;
                                version: number;
                            }[];
                            scale: {
                                label: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                level: number;
                            }[];
                            statement: {
                                id: string;
                                preamble: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                                /** @enum {string} */
                                status: "drafting" | "amending" | "support_check" | "adopted" | "published";
                                /** @enum {string} */
                                supportScale: "gradients" | "consent";
                                title: string;
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
    "/api/orgs/{slug}/panelists/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open the panelists' space with the invitation's one-time link (sets a cookie for that panel) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
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
                            language: string;
                            panel: {
                                coreQuestions: {
                                    text: {
                                        en: string;
                                        fi: string;
                                        sv: string;
                                    };
                                }[];
                                responseDeadline: string | null;
                                sessions: {
                                    accessibility: string;
                                    date: string;
                                    endTime: string;
                                    id: string;
                                    onlineUrl: string | null;
                                    place: string;
                                    startTime: string;
                                }[];
                                title: string;
                            };
                            session: string;
                            status: string;
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
    "/api/orgs/{slug}/panels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization's resident panels */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
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
                            panels: {
                                createdAt: string;
                                id: string;
                                reserves: number;
                                source: string;
                                status: string;
                                targetSize: number;
                                title: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Set up a panel (draft): questions, sessions, size, quotas, fee rules, source */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        coreQuestions?: {
                            text: {
                                /** @default  */
                                en?: string;
                                fi: string;
                                /** @default  */
                                sv?: string;
                            };
                        }[];
                        /**
                         * @default {
                         *       "amountPerSessionCents": 0,
                         *       "travel": false,
                         *       "giftCard": false
                         *     }
                         */
                        fees?: {
                            amountPerSessionCents: number;
                            giftCard: boolean;
                            travel: boolean;
                            travelCapCents?: number;
                        };
                        /** @default  */
                        questionsFormedBy?: string;
                        /** @default [] */
                        quotas?: {
                            feature: string;
                            max: number;
                            min: number;
                            value: string;
                        }[];
                        /** @default 0 */
                        reserves?: number;
                        /**
                         * Format: uuid
                         * @default null
                         */
                        roundId?: string | null;
                        /** @default [] */
                        sessions?: {
                            /** @default  */
                            accessibility?: string;
                            /** Format: date */
                            date: string;
                            endTime: string;
                            /**
                             * Format: uri
                             * @default null
                             */
                            onlineUrl?: string | null;
                            /** @default  */
                            place?: string;
                            startTime: string;
                        }[];
                        /** @enum {string} */
                        source: "population_round" | "pool" | "staff_list" | "open_call";
                        targetSize: number;
                        title: string;
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
                            coreQuestions: {
                                text: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                            }[];
                            createdAt: string;
                            fees: {
                                amountPerSessionCents: number;
                                giftCard: boolean;
                                travel: boolean;
                                travelCapCents?: number;
                            };
                            id: string;
                            questionsFormedBy: string;
                            quotas: {
                                feature: string;
                                max: number;
                                min: number;
                                value: string;
                            }[];
                            reserves: number;
                            responseDeadline: string | null;
                            roundId: string | null;
                            seedAnnouncedAt: string | null;
                            seedAnnouncement: string | null;
                            seedKnownAt: string | null;
                            sessions: {
                                accessibility: string;
                                date: string;
                                endTime: string;
                                id: string;
                                onlineUrl: string | null;
                                place: string;
                                startTime: string;
                            }[];
                            source: string;
                            status: string;
                            targetSize: number;
                            title: string;
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
    "/api/orgs/{slug}/panels/{panelId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A panel's set-up */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    panelId: string;
                    slug: string;
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
                            coreQuestions: {
                                text: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                            }[];
                            createdAt: string;
                            fees: {
                                amountPerSessionCents: number;
                                giftCard: boolean;
                                travel: boolean;
                                travelCapCents?: number;
                            };
                            id: string;
                            questionsFormedBy: string;
                            quotas: {
                                feature: string;
                                max: number;
                                min: number;
                                value: string;
                            }[];
                            reserves: number;
                            responseDeadline: string | null;
                            roundId: string | null;
                            seedAnnouncedAt: string | null;
                            seedAnnouncement: string | null;
                            seedKnownAt: string | null;
                            sessions: {
                                accessibility: string;
                                date: string;
                                endTime: string;
                                id: string;
                                onlineUrl: string | null;
                                place: string;
                                startTime: string;
                            }[];
                            source: string;
                            status: string;
                            targetSize: number;
                            title: string;
                        };
                    };
                };
            };
        };
        /** Replace a panel's set-up (before the draw) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    panelId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        coreQuestions?: {
                            text: {
                                /** @default  */
                                en?: string;
                                fi: string;
                                /** @default  */
                                sv?: string;
                            };
                        }[];
                        /**
                         * @default {
                         *       "amountPerSessionCents": 0,
                         *       "travel": false,
                         *       "giftCard": false
                         *     }
                         */
                        fees?: {
                            amountPerSessionCents: number;
                            giftCard: boolean;
                            travel: boolean;
                            travelCapCents?: number;
                        };
                        /** @default  */
                        questionsFormedBy?: string;
                        /** @default [] */
                        quotas?: {
                            feature: string;
                            max: number;
                            min: number;
                            value: string;
                        }[];
                        /** @default 0 */
                        reserves?: number;
                        /**
                         * Format: uuid
                         * @default null
                         */
                        roundId?: string | null;
                        /** @default [] */
                        sessions?: {
                            /** @default  */
                            accessibility?: string;
                            /** Format: date */
                            date: string;
                            endTime: string;
                            /**
                             * Format: uri
                             * @default null
                             */
                            onlineUrl?: string | null;
                            /** @default  */
                            place?: string;
                            startTime: string;
                        }[];
                        /** @enum {string} */
                        source: "population_round" | "pool" | "staff_list" | "open_call";
                        targetSize: number;
                        title: string;
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
                            coreQuestions: {
                                text: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                            }[];
                            createdAt: string;
                            fees: {
                                amountPerSessionCents: number;
                                giftCard: boolean;
                                travel: boolean;
                                travelCapCents?: number;
                            };
                            id: string;
                            questionsFormedBy: string;
                            quotas: {
                                feature: string;
                                max: number;
                                min: number;
                                value: string;
                            }[];
                            reserves: number;
                            responseDeadline: string | null;
                            roundId: string | null;
                            seedAnnouncedAt: string | null;
                            seedAnnouncement: string | null;
                            seedKnownAt: string | null;
                            sessions: {
                                accessibility: string;
                                date: string;
                                endTime: string;
                                id: string;
                                onlineUrl: string | null;
                                place: string;
                                startTime: string;
                            }[];
                            source: string;
                            status: string;
                            targetSize: number;
                            title: string;
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
    "/api/orgs/{slug}/panels/{panelId}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The candidates (attributes and status, no contact data) in draw order */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    panelId: string;
                    slug: string;
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
                            candidates: {
                                attributes: {
                                    [key: string]: string;
                                };
                                id: string;
                                invitedAt: string | null;
                                language: string;
                                number: number;
                                probability: number | null;
                                reserveRank: number | null;
                                respondedAt: string | null;
                                status: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Fill the candidate list from the panel's source (a round's sign-ups, pool members consenting to panels) or a staff list CSV (base64); all or nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    panelId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        file?: string;
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
    "/api/orgs/{slug}/panels/{panelId}/candidates/{candidateId}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A candidate's name, email and phone (the read is logged) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    candidateId: string;
                    panelId: string;
                    slug: string;
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
                            email?: string;
                            name?: string;
                            phone?: string;
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
    "/api/orgs/{slug}/panels/{panelId}/candidates/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Candidates and seated per attribute value, beside the quotas */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    panelId: string;
                    slug: string;
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
                            byStatus: {
                                [key: string]: number;
                            };
                            features: {
                                feature: string;
                                values: {
                                    candidates: number;
                                    max: number | null;
                                    min: number | null;
                                    seated: number;
                                    value: string;
                                }[];
                            }[];
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
    "/api/orgs/{slug}/panels/{panelId}/draw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draw the panel with the announced seed: LEXIMIN over the candidates within the quotas (422 with the smallest relaxation when none fits) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    panelId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        seed: string;
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
                            algorithm: string;
                            algorithmVersion: string;
                            createdAt: string;
                            id: string;
                            kind: string;
                            method: string;
                            replacements: number[];
                            reserves: number[];
                            seated: number[];
                            seconds: number;
                            seed: string;
                            withdrawn: number[];
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
    "/api/orgs/{slug}/panels/{panelId}/facilitators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The staff who can facilitate the panel's tables (the facilitator role): id and name */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    panelId: string;
                    slug: string;
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
                            facilitators: {
                                id: string;
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
    "/api/orgs/{slug}/panels/{panelId}/fee-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The panel's fee batches */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    panelId: string;
                    slug: string;
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
                            batches: {
                                approvedAt: string | null;
                                approvedBy: {
                                    id: string;
                                    name: string;
                                } | null;
                                createdAt: string;
                                id: string;
                                missing: string[];
                                paidAt: string | null;
                                panelId: string;
                                payer: {
                                    bic: string;
                                    businessId: string;
                                    iban: string;
                                    name: string;
                                };
                                paymentDate: string;
                                payments: {
                                    candidateId: string;
                                    feeCents: number;
                                    /** @enum {string} */
                                    form: "money" | "gift_card";
                                    grossCents: number;
                                    id: string;
                                    netCents: number;
                                    reason: string;
                                    reportedAt: string | null;
                                    sessionsAttended: number;
                                    travelCents: number;
                                    withholdingCents: number;
                                }[];
                                preparedBy: {
                                    id: string;
                                    name: string;
                                } | null;
                                /** @enum {string} */
                                status: "draft" | "approved" | "paid";
                                totals: {
                                    grossCents: number;
                                    netCents: number;
                                    payments: number;
                                    withholdingCents: number;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Make a draft fee batch from attendance and the fee rules (withholding computed) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    panelId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        payer: {
                            bic: string;
                            businessId: string;
                            iban: string;
                            name: string;
                        };
                        /** Format: date */
                        paymentDate: string;
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
                            approvedAt: string | null;
                            approvedBy: {
                                id: string;
                                name: string;
                            } | null;
                            createdAt: string;
                            id: string;
                            missing: string[];
                            paidAt: string | null;
                            panelId: string;
                            payer: {
                                bic: string;
                                businessId: string;
                                iban: string;
                                name: string;
                            };
                            paymentDate: string;
                            payments: {
                                candidateId: string;
                                feeCents: number;
                                /** @enum {string} */
                                form: "money" | "gift_card";
                                grossCents: number;
                                id: string;
                                netCents: number;
                                reason: string;
                                reportedAt: string | null;
                                sessionsAttended: number;
                                travelCents: number;
                                withholdingCents: number;
                            }[];
                            preparedBy: {
                                id: string;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            status: "draft" | "approved" | "paid";
                            totals: {
                                grossCents: number;
                                netCents: number;
                                payments: number;
                                withholdingCents: number;
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
    "/api/orgs/{slug}/panels/{panelId}/fee-batches/{batchId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A fee batch with its payments */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    batchId: string;
                    panelId: string;
                    slug: string;
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
                            approvedAt: string | null;
                            approvedBy: {
                                id: string;
                                name: string;
                            } | null;
                            createdAt: string;
                            id: string;
                            missing: string[];
                            paidAt: string | null;
                            panelId: string;
                            payer: {
                                bic: string;
                                businessId: string;
                                iban: string;
                                name: string;
                            };
                            paymentDate: string;
                            payments: {
                                candidateId: string;
                                feeCents: number;
                                /** @enum {string} */
                                form: "money" | "gift_card";
                                grossCents: number;
                                id: string;
                                netCents: number;
                                reason: string;
                                reportedAt: string | null;
                                sessionsAttended: number;
                                travelCents: number;
                                withholdingCents: number;
                            }[];
                            preparedBy: {
                                id: string;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            status: "draft" | "approved" | "paid";
                            totals: {
                                grossCents: number;
                                netCents: number;
                                payments: number;
                                withholdingCents: number;
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
    "/api/orgs/{slug}/panels/{panelId}/fee-batches/{batchId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a draft fee batch for payment */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    batchId: string;
                    panelId: string;
                    slug: string;
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
                            approvedAt: string | null;
                            approvedBy: {
                                id: string;
                                name: string;
                            } | null;
                            createdAt: string;
                            id: string;
                            missing: string[];
                            paidAt: string | null;
                            panelId: string;
                            payer: {
                                bic: string;
                                businessId: string;
                                iban: string;
                                name: string;
                            };
                            paymentDate: string;
                            payments: {
                                candidateId: string;
                                feeCents: number;
                                /** @enum {string} */
                                form: "money" | "gift_card";
                                grossCents: number;
                                id: string;
                                netCents: number;
                                reason: string;
                                reportedAt: string | null;
                                sessionsAttended: number;
                                travelCents: number;
                                withholdingCents: number;
                            }[];
                            preparedBy: {
                                id: string;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            status: "draft" | "approved" | "paid";
                            totals: {
                                grossCents: number;
                                netCents: number;
                                payments: number;
                                withholdingCents: number;
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
    "/api/orgs/{slug}/panels/{panelId}/fee-batches/{batchId}/incomes-register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Incomes Register earnings payment reports of a paid batch, as a worksheet */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    batchId: string;
                    panelId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
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
    "/api/orgs/{slug}/panels/{panelId}/fee-batches/{batchId}/incomes-register/xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The Incomes Register earnings payment reports of a paid batch, as the register's XML delivery */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    batchId: string;
                    panelId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contact: {
                            /** Format: email */
                            email?: string;
                            name: string;
                            phone: string;
                        };
                        /**
                         * @default production
                         * @enum {string}
                         */
                        environment?: "production" | "test";
                    };
                };
            };
            responses: {
                /** @description The file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/xml": string;
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
    "/api/orgs/{slug}/panels/{panelId}/fee-batches/{batchId}/paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an approved batch paid on the payment date */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    batchId: string;
                    panelId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        paymentDate: string;
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
                            approvedAt: string | null;
                            approvedBy: {
                                id: string;
                                name: string;
                            } | null;
                            createdAt: string;
                            id: string;
                            missing: string[];
                            paidAt: string | null;
                            panelId: string;
                            payer: {
                                bic: string;
                                businessId: string;
                                iban: string;
                                name: string;
                            };
                            paymentDate: string;
                            payments: {
                                candidateId: string;
                                feeCents: number;
                                /** @enum {string} */
                                form: "money" | "gift_card";
                                grossCents: number;
                                id: string;
                                netCents: number;
                                reason: string;
                                reportedAt: string | null;
                                sessionsAttended: number;
                                travelCents: number;
                                withholdingCents: number;
                            }[];
                            preparedBy: {
                                id: string;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            status: "draft" | "approved" | "paid";
                            totals: {
                                grossCents: number;
                                netCents: number;
                                payments: number;
                                withholdingCents: number;
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
    "/api/orgs/{slug}/panels/{panelId}/fee-batches/{batchId}/pain001": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The bank payment file (ISO 20022 pain.001.001.03) of an approved or paid batch */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    batchId: string;
                    panelId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/xml": string;
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
    "/api/orgs/{slug}/panels/{panelId}/fee-batches/{batchId}/reported": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the batch's reports were sent to the Incomes Register */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    batchId: string;
                    panelId: string;
                    slug: string;
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
                            approvedAt: string | null;
                            approvedBy: {
                                id: string;
                                name: string;
                            } | null;
                            createdAt: string;
                            id: string;
                            missing: string[];
                            paidAt: string | null;
                            panelId: string;
                            payer: {
                                bic: string;
                                businessId: string;
                                iban: string;
                                name: string;
                            };
                            paymentDate: string;
                            payments: {
                                candidateId: string;
                                feeCents: number;
                                /** @enum {string} */
                                form: "money" | "gift_card";
                                grossCents: number;
                                id: string;
                                netCents: number;
                                reason: string;
                                reportedAt: string | null;
                                sessionsAttended: number;
                                travelCents: number;
                                withholdingCents: number;
                            }[];
                            preparedBy: {
                                id: string;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            status: "draft" | "approved" | "paid";
                            totals: {
                                grossCents: number;
                                netCents: number;
                                payments: number;
                                withholdingCents: number;
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
    "/api/orgs/{slug}/panels/{panelId}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The panel's feedback surveys */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    panelId: string;
                    slug: string;
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
                            facilitatorsMailed: number;
                            surveys: {
                                /** @enum {string} */
                                audience: "panelists" | "facilitators";
                                surveyId: string;
                                surveySlug: string;
                                url: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Open the feedback surveys (the pilots' feedback template) for the panelists and the facilitators, and mail the facilitators */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    panelId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
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
                            facilitatorsMailed: number;
                            surveys: {
                                /** @enum {string} */
                                audience: "panelists" | "facilitators";
                                surveyId: string;
                                surveySlug: string;
                                url: string;
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
    "/api/orgs/{slug}/panels/{panelId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite the seated not yet invited: a one-time link by email (or SMS), answer by the deadline */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    panelId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        deadline: string;
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
                            byEmail: number;
                            bySms: number;
                            invited: number;
                            unreachable: number;
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
    "/api/orgs/{slug}/panels/{panelId}/materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The panel's materials */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    panelId: string;
                    slug: string;
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
                            materials: {
                                captionUrl: string | null;
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                kind: "talk" | "reading" | "video";
                                pdf: {
                                    bytes: number;
                                    name: string;
                                } | null;
                                sessionId: string | null;
                                title: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                url: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a material (expert talk, reading pack, or video with its captions) for a session or the whole panel */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    panelId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uri
                         * @default null
                         */
                        captionUrl?: string | null;
                        /** @enum {string} */
                        kind: "talk" | "reading" | "video";
                        /**
                         * Format: uuid
                         * @default null
                         */
                        sessionId?: string | null;
                        title: {
                            /** @default  */
                            en?: string;
                            fi: string;
                            /** @default  */
                            sv?: string;
                        };
                        /** Format: uri */
                        url: string;
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
                            captionUrl: string | null;
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "talk" | "reading" | "video";
                            pdf: {
                                bytes: number;
                                name: string;
                            } | null;
                            sessionId: string | null;
                            title: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                            url: string | null;
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
    "/api/orgs/{slug}/panels/{panelId}/materials/{materialId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a material */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    materialId: string;
                    panelId: string;
                    slug: string;
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
    "/api/orgs/{slug}/panels/{panelId}/materials/{materialId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A material's PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    materialId: string;
                    panelId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
            };
        };
        /** Upload a PDF (at most 10 MiB) in place of the material's link */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    materialId: string;
                    panelId: string;
                    slug: string;
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
                            captionUrl: string | null;
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "talk" | "reading" | "video";
                            pdf: {
                                bytes: number;
                                name: string;
                            } | null;
                            sessionId: string | null;
                            title: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                            url: string | null;
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
    "/api/orgs/{slug}/panels/{panelId}/payment-details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who of the seated panelists has given payment details, and when (no values) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    panelId: string;
                    slug: string;
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
                            panelists: {
                                candidateId: string;
                                givenAt: string | null;
                                name: string;
                                number: number;
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
    "/api/orgs/{slug}/panels/{panelId}/payment-details/{candidateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A panelist's payment details (audited; the personal identity code redacted) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    candidateId: string;
                    panelId: string;
                    slug: string;
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
                            bic: string | null;
                            city: string;
                            giftCard: boolean;
                            givenAt: string;
                            iban: string;
                            name: string;
                            personalIdentityCode: string;
                            postalCode: string;
                            streetAddress: string;
                            taxStatus: {
                                additionalRatePercent?: number;
                                incomeLimitCents?: number;
                                /** @enum {string} */
                                kind: "tax_card" | "prepayment_register" | "none";
                                ratePercent?: number;
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
    "/api/orgs/{slug}/panels/{panelId}/seed-announcement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Announce where the draw's seed will come from and when it is known (public) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    panelId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        announcement: string;
                        /** Format: date-time */
                        knownAt: string;
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
                            coreQuestions: {
                                text: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                            }[];
                            createdAt: string;
                            fees: {
                                amountPerSessionCents: number;
                                giftCard: boolean;
                                travel: boolean;
                                travelCapCents?: number;
                            };
                            id: string;
                            questionsFormedBy: string;
                            quotas: {
                                feature: string;
                                max: number;
                                min: number;
                                value: string;
                            }[];
                            reserves: number;
                            responseDeadline: string | null;
                            roundId: string | null;
                            seedAnnouncedAt: string | null;
                            seedAnnouncement: string | null;
                            seedKnownAt: string | null;
                            sessions: {
                                accessibility: string;
                                date: string;
                                endTime: string;
                                id: string;
                                onlineUrl: string | null;
                                place: string;
                                startTime: string;
                            }[];
                            source: string;
                            status: string;
                            targetSize: number;
                            title: string;
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
    "/api/orgs/{slug}/panels/{panelId}/selections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The panel's draw and replacements */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    panelId: string;
                    slug: string;
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
                            selections: {
                                algorithm: string;
                                algorithmVersion: string;
                                createdAt: string;
                                id: string;
                                kind: string;
                                method: string;
                                replacements: number[];
                                reserves: number[];
                                seated: number[];
                                seconds: number;
                                seed: string;
                                withdrawn: number[];
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
    "/api/orgs/{slug}/panels/{panelId}/sessions/{sessionId}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The check-in list of a session: seated panelists and when each was checked in */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    panelId: string;
                    sessionId: string;
                    slug: string;
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
                            panelists: {
                                candidateId: string;
                                checkedInAt: string | null;
                                name: string;
                                number: number;
                            }[];
                            session: {
                                date: string;
                                id: string;
                                place: string;
                                startTime: string;
                            };
                        };
                    };
                };
            };
        };
        /** Check a panelist in at the session (present: true), or undo the check-in */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    panelId: string;
                    sessionId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        candidateId: string;
                        present: boolean;
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
                            checkedInAt: string | null;
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
    "/api/orgs/{slug}/panels/{panelId}/sessions/{sessionId}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The facilitators' notes and the tables' proposals of a session */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    panelId: string;
                    sessionId: string;
                    slug: string;
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
                            notes: {
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                kind: "note" | "proposal";
                                proposalId: string | null;
                                tableNumber: number;
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
    "/api/orgs/{slug}/panels/{panelId}/sessions/{sessionId}/seats/{candidateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Move a panelist to another table of the session by hand */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    candidateId: string;
                    panelId: string;
                    sessionId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        tableNumber: number;
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
                            balance: {
                                spreads: {
                                    [key: string]: number;
                                };
                                worstSpread: number;
                            } | null;
                            features: string[];
                            sessionId: string;
                            tables: {
                                facilitator: {
                                    id: string;
                                    name: string;
                                } | null;
                                number: number;
                                seats: {
                                    attributes: {
                                        [key: string]: string;
                                    };
                                    candidateId: string;
                                    language: string;
                                    movedByHand: boolean;
                                    number: number;
                                }[];
                                seed: string;
                            }[];
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
    "/api/orgs/{slug}/panels/{panelId}/sessions/{sessionId}/tables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A session's tables: facilitators, who sits where, how evenly the strata mix */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    panelId: string;
                    sessionId: string;
                    slug: string;
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
                            balance: {
                                spreads: {
                                    [key: string]: number;
                                };
                                worstSpread: number;
                            } | null;
                            features: string[];
                            sessionId: string;
                            tables: {
                                facilitator: {
                                    id: string;
                                    name: string;
                                } | null;
                                number: number;
                                seats: {
                                    attributes: {
                                        [key: string]: string;
                                    };
                                    candidateId: string;
                                    language: string;
                                    movedByHand: boolean;
                                    number: number;
                                }[];
                                seed: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Seat the confirmed panelists at tables balanced over the quota features (seeded, reproducible) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    panelId: string;
                    sessionId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        seed?: string;
                        tables?: number;
                        tableSize?: number;
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
                            balance: {
                                spreads: {
                                    [key: string]: number;
                                };
                                worstSpread: number;
                            } | null;
                            features: string[];
                            sessionId: string;
                            tables: {
                                facilitator: {
                                    id: string;
                                    name: string;
                                } | null;
                                number: number;
                                seats: {
                                    attributes: {
                                        [key: string]: string;
                                    };
                                    candidateId: string;
                                    language: string;
                                    movedByHand: boolean;
                                    number: number;
                                }[];
                                seed: string;
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
    "/api/orgs/{slug}/panels/{panelId}/sessions/{sessionId}/tables/{tableNumber}/facilitator": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set (or clear) the facilitator of a table: a staff member with the facilitator role */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    panelId: string;
                    sessionId: string;
                    slug: string;
                    tableNumber: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        facilitatorId: string | null;
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
                            balance: {
                                spreads: {
                                    [key: string]: number;
                                };
                                worstSpread: number;
                            } | null;
                            features: string[];
                            sessionId: string;
                            tables: {
                                facilitator: {
                                    id: string;
                                    name: string;
                                } | null;
                                number: number;
                                seats: {
                                    attributes: {
                                        [key: string]: string;
                                    };
                                    candidateId: string;
                                    language: string;
                                    movedByHand: boolean;
                                    number: number;
                                }[];
                                seed: string;
                            }[];
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
    "/api/orgs/{slug}/panels/{panelId}/sessions/{sessionId}/tables/{tableNumber}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write down a table's note, or its proposal (which also goes to the statement's proposals) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    panelId: string;
                    sessionId: string;
                    slug: string;
                    tableNumber: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "note" | "proposal";
                        text: string;
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
                            notes: {
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                kind: "note" | "proposal";
                                proposalId: string | null;
                                tableNumber: number;
                                text: string;
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
    "/api/orgs/{slug}/panels/{panelId}/sessions/{sessionId}/travel/{candidateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a checked-in panelist's travel costs for a session (euros, ≥ 0, within the panel's cap) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    candidateId: string;
                    panelId: string;
                    sessionId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount: string;
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
                            travelCents: number;
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
    "/api/orgs/{slug}/panels/{panelId}/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start the panel's final statement, or bring its participants up to date */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    panelId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
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
                            participants: number;
                            statementId: string;
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
    "/api/orgs/{slug}/panels/{panelId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Move the panel on: draft → recruiting (and back), selected → running → finished */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    panelId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "draft" | "recruiting" | "selected" | "running" | "finished";
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
                            coreQuestions: {
                                text: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                            }[];
                            createdAt: string;
                            fees: {
                                amountPerSessionCents: number;
                                giftCard: boolean;
                                travel: boolean;
                                travelCapCents?: number;
                            };
                            id: string;
                            questionsFormedBy: string;
                            quotas: {
                                feature: string;
                                max: number;
                                min: number;
                                value: string;
                            }[];
                            reserves: number;
                            responseDeadline: string | null;
                            roundId: string | null;
                            seedAnnouncedAt: string | null;
                            seedAnnouncement: string | null;
                            seedKnownAt: string | null;
                            sessions: {
                                accessibility: string;
                                date: string;
                                endTime: string;
                                id: string;
                                onlineUrl: string | null;
                                place: string;
                                startTime: string;
                            }[];
                            source: string;
                            status: string;
                            targetSize: number;
                            title: string;
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
    "/api/orgs/{slug}/panels/{panelId}/travel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The panel's check-ins with their travel costs, and which a batch has paid */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    panelId: string;
                    slug: string;
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
                            entries: {
                                batchId: string | null;
                                candidateId: string;
                                sessionId: string;
                                travelCents: number;
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
    "/api/orgs/{slug}/panels/{panelId}/withdrawals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark seated panelists withdrawn: their seats are refilled within the quotas and the replacements invited */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    panelId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        candidateIds: string[];
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
                            invited: {
                                byEmail: number;
                                bySms: number;
                                invited: number;
                                unreachable: number;
                            };
                            replacements: {
                                attributes: {
                                    [key: string]: string;
                                };
                                id: string;
                                invitedAt: string | null;
                                language: string;
                                number: number;
                                probability: number | null;
                                reserveRank: number | null;
                                respondedAt: string | null;
                                status: string;
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
    "/api/orgs/{slug}/phone/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization's robot phone campaigns */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
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
                            campaigns: {
                                createdAt: string;
                                id: string;
                                languages: ("fi" | "sv")[];
                                name: string;
                                /** @enum {string} */
                                provider: "46elks" | "twilio" | "fake";
                                /** @enum {string} */
                                status: "draft" | "ready" | "running" | "paused" | "finished";
                                surveyId: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Set up a campaign (draft) on a survey's newest published version */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        caller: string;
                        callingNumber: string;
                        /**
                         * @default [
                         *       "fi",
                         *       "sv"
                         *     ]
                         */
                        languages?: ("fi" | "sv")[];
                        /** @default true */
                        machineDetection?: boolean;
                        /** @default 3 */
                        maxAttempts?: number;
                        /** @default 10 */
                        maxConcurrent?: number;
                        name: string;
                        /**
                         * @default fake
                         * @enum {string}
                         */
                        provider?: "46elks" | "twilio" | "fake";
                        /**
                         * @default normal
                         * @enum {string}
                         */
                        rate?: "normal" | "slow";
                        /** @default false */
                        smsNotice?: boolean;
                        /** @default 4 */
                        spacingHours?: number;
                        /** Format: uuid */
                        surveyId: string;
                        /**
                         * @default {
                         *       "days": [
                         *         1,
                         *         2,
                         *         3,
                         *         4,
                         *         5
                         *       ],
                         *       "fromHour": 10,
                         *       "toHour": 19,
                         *       "skipHolidays": true
                         *     }
                         */
                        window?: {
                            /**
                             * @default [
                             *       1,
                             *       2,
                             *       3,
                             *       4,
                             *       5
                             *     ]
                             */
                            days?: number[];
                            /** @default 10 */
                            fromHour?: number;
                            /** @default true */
                            skipHolidays?: boolean;
                            /** @default 19 */
                            toHour?: number;
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
                            caller: string;
                            callingNumber: string;
                            createdAt: string;
                            id: string;
                            languages: ("fi" | "sv")[];
                            machineDetection: boolean;
                            maxAttempts: number;
                            maxConcurrent: number;
                            name: string;
                            numbers: {
                                [key: string]: number;
                            };
                            prompts: {
                                done: number | null;
                                error: string | null;
                                total: number | null;
                            };
                            /** @enum {string} */
                            provider: "46elks" | "twilio" | "fake";
                            /** @enum {string} */
                            rate: "normal" | "slow";
                            skipped: {
                                language: string;
                                question: string;
                                reason: string;
                            }[];
                            smsNotice: boolean;
                            spacingHours: number;
                            /** @enum {string} */
                            status: "draft" | "ready" | "running" | "paused" | "finished";
                            surveyId: string;
                            versionId: string;
                            window: {
                                days: number[];
                                fromHour: number;
                                skipHolidays: boolean;
                                toHour: number;
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
    "/api/orgs/{slug}/phone/campaigns/{campaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A campaign: set-up, questions not asked by phone, numbers by status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    campaignId: string;
                    slug: string;
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
                            caller: string;
                            callingNumber: string;
                            createdAt: string;
                            id: string;
                            languages: ("fi" | "sv")[];
                            machineDetection: boolean;
                            maxAttempts: number;
                            maxConcurrent: number;
                            name: string;
                            numbers: {
                                [key: string]: number;
                            };
                            prompts: {
                                done: number | null;
                                error: string | null;
                                total: number | null;
                            };
                            /** @enum {string} */
                            provider: "46elks" | "twilio" | "fake";
                            /** @enum {string} */
                            rate: "normal" | "slow";
                            skipped: {
                                language: string;
                                question: string;
                                reason: string;
                            }[];
                            smsNotice: boolean;
                            spacingHours: number;
                            /** @enum {string} */
                            status: "draft" | "ready" | "running" | "paused" | "finished";
                            surveyId: string;
                            versionId: string;
                            window: {
                                days: number[];
                                fromHour: number;
                                skipHolidays: boolean;
                                toHour: number;
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
    "/api/orgs/{slug}/phone/campaigns/{campaignId}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Attempted, answered, completed, partial, opted out, failed by reason */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    campaignId: string;
                    slug: string;
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
                            answered: number;
                            attempted: number;
                            completed: number;
                            exhausted: number;
                            failedByReason: {
                                [key: string]: number;
                            };
                            inCall: number;
                            numbers: number;
                            optedOut: number;
                            outcomes: {
                                [key: string]: number;
                            };
                            partial: number;
                            waiting: number;
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
    "/api/orgs/{slug}/phone/campaigns/{campaignId}/numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload numbers (CSV: number, language) with their consent basis; all or nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    campaignId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        consentBasis: string;
                        file: string;
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
                            suppressed: number;
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
    "/api/orgs/{slug}/phone/campaigns/{campaignId}/numbers/pool": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add the pool's members who consented to phone calls for surveys */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    campaignId: string;
                    slug: string;
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
                            added: number;
                            suppressed: number;
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
    "/api/orgs/{slug}/phone/campaigns/{campaignId}/prompts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every prompt of the campaign, with its audio (signed URL) when rendered */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    campaignId: string;
                    slug: string;
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
                            prompts: {
                                /** @enum {string|null} */
                                audio: "synthesis" | "recording" | null;
                                id: string;
                                /** @enum {string} */
                                language: "fi" | "sv";
                                seconds: number | null;
                                text: string;
                                url: string | null;
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
    "/api/orgs/{slug}/phone/campaigns/{campaignId}/prompts/{language}/{promptId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a prompt with a recording (WAV or MP3, base64, at most 2 MB) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    campaignId: string;
                    language: "fi" | "sv";
                    promptId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        file: string;
                    };
                };
            };
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{slug}/phone/campaigns/{campaignId}/prompts/render": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Render the prompts not yet rendered (in the background, with progress) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    campaignId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caller: string;
                            callingNumber: string;
                            createdAt: string;
                            id: string;
                            languages: ("fi" | "sv")[];
                            machineDetection: boolean;
                            maxAttempts: number;
                            maxConcurrent: number;
                            name: string;
                            numbers: {
                                [key: string]: number;
                            };
                            prompts: {
                                done: number | null;
                                error: string | null;
                                total: number | null;
                            };
                            /** @enum {string} */
                            provider: "46elks" | "twilio" | "fake";
                            /** @enum {string} */
                            rate: "normal" | "slow";
                            skipped: {
                                language: string;
                                question: string;
                                reason: string;
                            }[];
                            smsNotice: boolean;
                            spacingHours: number;
                            /** @enum {string} */
                            status: "draft" | "ready" | "running" | "paused" | "finished";
                            surveyId: string;
                            versionId: string;
                            window: {
                                days: number[];
                                fromHour: number;
                                skipHolidays: boolean;
                                toHour: number;
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
    "/api/orgs/{slug}/phone/campaigns/{campaignId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move the campaign on: draft → ready → running ⇄ paused → finished */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    campaignId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "draft" | "ready" | "running" | "paused" | "finished";
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
                            caller: string;
                            callingNumber: string;
                            createdAt: string;
                            id: string;
                            languages: ("fi" | "sv")[];
                            machineDetection: boolean;
                            maxAttempts: number;
                            maxConcurrent: number;
                            name: string;
                            numbers: {
                                [key: string]: number;
                            };
                            prompts: {
                                done: number | null;
                                error: string | null;
                                total: number | null;
                            };
                            /** @enum {string} */
                            provider: "46elks" | "twilio" | "fake";
                            /** @enum {string} */
                            rate: "normal" | "slow";
                            skipped: {
                                language: string;
                                question: string;
                                reason: string;
                            }[];
                            smsNotice: boolean;
                            spacingHours: number;
                            /** @enum {string} */
                            status: "draft" | "ready" | "running" | "paused" | "finished";
                            surveyId: string;
                            versionId: string;
                            window: {
                                days: number[];
                                fromHour: number;
                                skipHolidays: boolean;
                                toHour: number;
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
    "/api/orgs/{slug}/pool/composition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active members, or a draw's members, against the population (staff) */
        get: {
            parameters: {
                query?: {
                    draw?: string;
                    pool?: string;
                };
                header?: never;
                path: {
                    slug: string;
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
                            ageBands: string[];
                            dimensions: {
                                chi2: number | null;
                                D: number;
                                df: number | null;
                                /** @enum {string} */
                                dimension: "age" | "sex" | "municipality";
                                excluded: {
                                    count: number;
                                    reason: string;
                                }[];
                                groups: {
                                    group: string;
                                    groupShare: number;
                                    people: number;
                                    population: number;
                                    populationShare: number;
                                    ratio: number | null;
                                }[];
                                mergedForChi2: string[][];
                                p: number | null;
                            }[];
                            people: number;
                            population: {
                                label: string;
                                municipalities: {
                                    [key: string]: string;
                                };
                                people: number;
                                uploadedAt: string;
                                year: string | null;
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
    "/api/orgs/{slug}/pool/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm joining with the token of the email link */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{slug}/pool/confirm-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm joining with the SMS code (members who gave only a phone number) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        phone: string;
                    };
                };
            };
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{slug}/pool/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Email addresses and phone numbers of the members found (staff; the read is logged) */
        get: {
            parameters: {
                query?: {
                    ageBand?: "15-29" | "30-44" | "45-64" | "65-79" | "80-";
                    gender?: "woman" | "man" | "other" | "undisclosed";
                    limit?: number;
                    municipality?: string;
                    pool?: string;
                    status?: "pending" | "active" | "left";
                };
                header?: never;
                path: {
                    slug: string;
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
                            contacts: {
                                email: string | null;
                                id: string;
                                phone: string | null;
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
    "/api/orgs/{slug}/pool/draws": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Groups drawn from the pool, newest first (staff) */
        get: {
            parameters: {
                query?: {
                    pool?: string;
                };
                header?: never;
                path: {
                    slug: string;
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
                            draws: {
                                createdAt: string;
                                drawn: number;
                                drawnByOrganizationId: string | null;
                                eligible: number;
                                id: string;
                                /** @enum {string} */
                                method: "random" | "stratified" | "quota";
                                parameters: {
                                    counts?: {
                                        [key: string]: number;
                                    };
                                    filters: {
                                        ageBand?: string;
                                        /** @enum {string} */
                                        gender?: "woman" | "man" | "other" | "undisclosed";
                                        interest?: string;
                                        municipality?: string;
                                    };
                                    /** @enum {string} */
                                    purpose: "invitations" | "surveys" | "panels" | "research";
                                    quotas?: {
                                        /** @enum {string} */
                                        feature: "municipality" | "ageBand" | "gender";
                                        max: number;
                                        min: number;
                                        value: string;
                                    }[];
                                    size: number;
                                    stratifyBy?: ("municipality" | "ageBand")[];
                                };
                                seed: string;
                                title: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Draw a group of consenting active members: random or stratified (staff) */
        post: {
            parameters: {
                query?: {
                    pool?: string;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        counts?: {
                            [key: string]: number;
                        };
                        /** @default {} */
                        filters?: {
                            /** @enum {string} */
                            ageBand?: "15-29" | "30-44" | "45-64" | "65-74" | "75-";
                            /** @enum {string} */
                            gender?: "woman" | "man" | "other" | "undisclosed";
                            interest?: string;
                            municipality?: string;
                        };
                        /** @enum {string} */
                        method: "random" | "stratified" | "quota";
                        /** @enum {string} */
                        purpose: "invitations" | "surveys" | "panels" | "research";
                        quotas?: {
                            /** @enum {string} */
                            feature: "municipality" | "ageBand" | "gender";
                            max: number;
                            min: number;
                            value: string;
                        }[];
                        seed?: string;
                        size?: number;
                        stratifyBy?: ("municipality" | "ageBand")[];
                        title: string;
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
                            createdAt: string;
                            drawn: number;
                            drawnByOrganizationId: string | null;
                            drawnIds: string[];
                            eligible: number;
                            id: string;
                            /** @enum {string} */
                            method: "random" | "stratified" | "quota";
                            parameters: {
                                counts?: {
                                    [key: string]: number;
                                };
                                filters: {
                                    ageBand?: string;
                                    /** @enum {string} */
                                    gender?: "woman" | "man" | "other" | "undisclosed";
                                    interest?: string;
                                    municipality?: string;
                                };
                                /** @enum {string} */
                                purpose: "invitations" | "surveys" | "panels" | "research";
                                quotas?: {
                                    /** @enum {string} */
                                    feature: "municipality" | "ageBand" | "gender";
                                    max: number;
                                    min: number;
                                    value: string;
                                }[];
                                size: number;
                                stratifyBy?: ("municipality" | "ageBand")[];
                            };
                            seed: string;
                            strata: {
                                drawn: number;
                                eligible: number;
                                stratum: string;
                            }[];
                            title: string;
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
    "/api/orgs/{slug}/pool/draws/{drawId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One draw: method, seed, parameters, strata and drawn member ids (staff) */
        get: {
            parameters: {
                query?: {
                    pool?: string;
                };
                header?: never;
                path: {
                    drawId: string;
                    slug: string;
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
                            createdAt: string;
                            drawn: number;
                            drawnByOrganizationId: string | null;
                            drawnIds: string[];
                            eligible: number;
                            id: string;
                            /** @enum {string} */
                            method: "random" | "stratified" | "quota";
                            parameters: {
                                counts?: {
                                    [key: string]: number;
                                };
                                filters: {
                                    ageBand?: string;
                                    /** @enum {string} */
                                    gender?: "woman" | "man" | "other" | "undisclosed";
                                    interest?: string;
                                    municipality?: string;
                                };
                                /** @enum {string} */
                                purpose: "invitations" | "surveys" | "panels" | "research";
                                quotas?: {
                                    /** @enum {string} */
                                    feature: "municipality" | "ageBand" | "gender";
                                    max: number;
                                    min: number;
                                    value: string;
                                }[];
                                size: number;
                                stratifyBy?: ("municipality" | "ageBand")[];
                            };
                            seed: string;
                            strata: {
                                drawn: number;
                                eligible: number;
                                stratum: string;
                            }[];
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
    "/api/orgs/{slug}/pool/draws/{drawId}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Re-run a draw from its recorded list and seed and compare (staff) */
        post: {
            parameters: {
                query?: {
                    pool?: string;
                };
                header?: never;
                path: {
                    drawId: string;
                    slug: string;
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
                            identical: boolean;
                            recorded: string[];
                            redrawn: string[];
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
    "/api/orgs/{slug}/pool/draws/{drawId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The draw's invitations: sent, delivered, opened, took part, suppressed (staff) */
        get: {
            parameters: {
                query?: {
                    pool?: string;
                };
                header?: never;
                path: {
                    drawId: string;
                    slug: string;
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
                            counts: {
                                [key: string]: number;
                            };
                            invitations: {
                                /** @enum {string} */
                                channel: "email" | "sms";
                                memberId: string;
                                reminders: number;
                                /** @enum {string} */
                                status: "queued" | "sent" | "delivered" | "opened" | "took_part" | "failed" | "suppressed";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Invite the drawn members by their consented email or SMS (staff) */
        post: {
            parameters: {
                query?: {
                    pool?: string;
                };
                header?: never;
                path: {
                    drawId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        targetPath: string;
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
                            alreadyInvited: number;
                            invited: number;
                            noChannel: number;
                            notActive: number;
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
    "/api/orgs/{slug}/pool/draws/{drawId}/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remind the invited members who have not taken part (staff) */
        post: {
            parameters: {
                query?: {
                    pool?: string;
                };
                header?: never;
                path: {
                    drawId: string;
                    slug: string;
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
                            reminded: number;
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
    "/api/orgs/{slug}/pool/draws/strata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Eligible members per stratum, for setting a stratified draw's counts (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default {} */
                        filters?: {
                            /** @enum {string} */
                            ageBand?: "15-29" | "30-44" | "45-64" | "65-74" | "75-";
                            /** @enum {string} */
                            gender?: "woman" | "man" | "other" | "undisclosed";
                            interest?: string;
                            municipality?: string;
                        };
                        /** @enum {string} */
                        purpose: "invitations" | "surveys" | "panels" | "research";
                        stratifyBy: ("municipality" | "ageBand")[];
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
                            strata: {
                                eligible: number;
                                stratum: string;
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
    "/api/orgs/{slug}/pool/form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the pool's join page asks: municipalities, questions, themes, consent texts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
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
                            consentTexts: {
                                invitations: {
                                    text: {
                                        en: string;
                                        fi: string;
                                        sv: string;
                                    };
                                    version: number;
                                };
                                panels: {
                                    text: {
                                        en: string;
                                        fi: string;
                                        sv: string;
                                    };
                                    version: number;
                                };
                                research: {
                                    text: {
                                        en: string;
                                        fi: string;
                                        sv: string;
                                    };
                                    version: number;
                                };
                                surveys: {
                                    text: {
                                        en: string;
                                        fi: string;
                                        sv: string;
                                    };
                                    version: number;
                                };
                            };
                            municipalities: {
                                code: string;
                                name: {
                                    fi: string;
                                    sv: string;
                                };
                            }[];
                            open: boolean;
                            partners: {
                                id: string;
                                name: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                slug: string;
                            }[];
                            questions: {
                                key: string;
                                label: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                options: {
                                    key: string;
                                    label: {
                                        en: string;
                                        fi: string;
                                        sv: string;
                                    };
                                }[];
                                required: boolean;
                                /** @enum {string} */
                                type: "choice" | "yes_no" | "text";
                                why: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                            }[];
                            themes: {
                                key: string;
                                label: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
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
    "/api/orgs/{slug}/pool/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Join the resident pool; confirmed by the email link or the SMS code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default {} */
                        answers?: {
                            [key: string]: string;
                        };
                        birthYear: number;
                        /** @default [] */
                        channels?: ("email" | "sms" | "phone" | "letter")[];
                        consents: {
                            channels: ("email" | "sms" | "phone" | "letter")[];
                            purposes: ("invitations" | "surveys" | "panels" | "research")[];
                        };
                        email?: "" | string;
                        /** @enum {string} */
                        gender: "woman" | "man" | "other" | "undisclosed";
                        /** @default [] */
                        interests?: string[];
                        /** @enum {string} */
                        language: "fi" | "sv" | "en";
                        /** @enum {string} */
                        motherTongue: "fi" | "sv" | "se" | "other";
                        municipality: string;
                        /** @default [] */
                        partners?: string[];
                        phone?: string;
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
                            /** @enum {string} */
                            confirmBy: "email" | "sms";
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
    "/api/orgs/{slug}/pool/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything stored about you in the pool, with your consent history (self-service) */
        get: {
            parameters: {
                query?: never;
                header: {
                    "x-pool-session": string;
                };
                path: {
                    slug: string;
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
                            consents: {
                                /** @enum {string} */
                                channel: "email" | "sms" | "phone" | "letter";
                                givenAt: string;
                                /** @enum {string} */
                                givenVia: "web" | "paper" | "phone" | "staff";
                                id: number;
                                /** @enum {string} */
                                purpose: "invitations" | "surveys" | "panels" | "research";
                                textVersion: number;
                                withdrawnAt: string | null;
                            }[];
                            member: {
                                answers: {
                                    [key: string]: string;
                                };
                                birthYear: number;
                                channels: ("email" | "sms" | "phone" | "letter")[];
                                confirmedAt: string | null;
                                confirmedVia: string | null;
                                createdAt: string;
                                email: string | null;
                                /** @enum {string} */
                                gender: "woman" | "man" | "other" | "undisclosed";
                                id: string;
                                interests: string[];
                                language: string;
                                /** @enum {string} */
                                motherTongue: "fi" | "sv" | "se" | "other";
                                municipality: string;
                                phone: string | null;
                                /** @enum {string} */
                                source: "web" | "paper" | "phone" | "event";
                                /** @enum {string} */
                                status: "pending" | "active" | "left";
                            };
                            partnerConsents: {
                                agreementId: string;
                                givenAt: string;
                                givenVia: string;
                                id: number;
                                partner: {
                                    id: string;
                                    name: {
                                        en: string;
                                        fi: string;
                                        sv: string;
                                    };
                                    slug: string;
                                };
                                withdrawnAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Leave the pool: your contact data is deleted at once (self-service) */
        delete: {
            parameters: {
                query?: never;
                header: {
                    "x-pool-session": string;
                };
                path: {
                    slug: string;
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
        /** Correct your data (self-service) */
        patch: {
            parameters: {
                query?: never;
                header: {
                    "x-pool-session": string;
                };
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answers?: {
                            [key: string]: string;
                        };
                        birthYear?: number;
                        channels?: ("email" | "sms" | "phone" | "letter")[];
                        email?: "" | string;
                        /** @enum {string} */
                        gender?: "woman" | "man" | "other" | "undisclosed";
                        interests?: string[];
                        /** @enum {string} */
                        language?: "fi" | "sv" | "en";
                        /** @enum {string} */
                        motherTongue?: "fi" | "sv" | "se" | "other";
                        municipality?: string;
                        phone?: string;
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
                            consents: {
                                /** @enum {string} */
                                channel: "email" | "sms" | "phone" | "letter";
                                givenAt: string;
                                /** @enum {string} */
                                givenVia: "web" | "paper" | "phone" | "staff";
                                id: number;
                                /** @enum {string} */
                                purpose: "invitations" | "surveys" | "panels" | "research";
                                textVersion: number;
                                withdrawnAt: string | null;
                            }[];
                            member: {
                                answers: {
                                    [key: string]: string;
                                };
                                birthYear: number;
                                channels: ("email" | "sms" | "phone" | "letter")[];
                                confirmedAt: string | null;
                                confirmedVia: string | null;
                                createdAt: string;
                                email: string | null;
                                /** @enum {string} */
                                gender: "woman" | "man" | "other" | "undisclosed";
                                id: string;
                                interests: string[];
                                language: string;
                                /** @enum {string} */
                                motherTongue: "fi" | "sv" | "se" | "other";
                                municipality: string;
                                phone: string | null;
                                /** @enum {string} */
                                source: "web" | "paper" | "phone" | "event";
                                /** @enum {string} */
                                status: "pending" | "active" | "left";
                            };
                            partnerConsents: {
                                agreementId: string;
                                givenAt: string;
                                givenVia: string;
                                id: number;
                                partner: {
                                    id: string;
                                    name: {
                                        en: string;
                                        fi: string;
                                        sv: string;
                                    };
                                    slug: string;
                                };
                                withdrawnAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/orgs/{slug}/pool/me/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download everything stored about you as JSON or CSV (self-service) */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "csv";
                };
                header: {
                    "x-pool-session": string;
                };
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file, as an attachment */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            consents: {
                                /** @enum {string} */
                                channel: "email" | "sms" | "phone" | "letter";
                                givenAt: string;
                                /** @enum {string} */
                                givenVia: "web" | "paper" | "phone" | "staff";
                                id: number;
                                /** @enum {string} */
                                purpose: "invitations" | "surveys" | "panels" | "research";
                                textVersion: number;
                                withdrawnAt: string | null;
                            }[];
                            member: {
                                answers: {
                                    [key: string]: string;
                                };
                                birthYear: number;
                                channels: ("email" | "sms" | "phone" | "letter")[];
                                confirmedAt: string | null;
                                confirmedVia: string | null;
                                createdAt: string;
                                email: string | null;
                                /** @enum {string} */
                                gender: "woman" | "man" | "other" | "undisclosed";
                                id: string;
                                interests: string[];
                                language: string;
                                /** @enum {string} */
                                motherTongue: "fi" | "sv" | "se" | "other";
                                municipality: string;
                                phone: string | null;
                                /** @enum {string} */
                                source: "web" | "paper" | "phone" | "event";
                                /** @enum {string} */
                                status: "pending" | "active" | "left";
                            };
                            partnerConsents: {
                                agreementId: string;
                                givenAt: string;
                                givenVia: string;
                                id: number;
                                partner: {
                                    id: string;
                                    name: {
                                        en: string;
                                        fi: string;
                                        sv: string;
                                    };
                                    slug: string;
                                };
                                withdrawnAt: string | null;
                            }[];
                        };
                        "text/csv": string;
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
    "/api/orgs/{slug}/pool/me/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a one-time self-service link (same answer whether or not you are a member) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email?: "" | string;
                        /** @enum {string} */
                        language: "fi" | "sv" | "en";
                        phone?: string;
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
                            /** @enum {string} */
                            status: "sent";
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
    "/api/orgs/{slug}/pool/me/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Choose which partner organizations of a shared pool may invite you; others are withdrawn (self-service) */
        put: {
            parameters: {
                query?: never;
                header: {
                    "x-pool-session": string;
                };
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        partners: string[];
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
                            consents: {
                                /** @enum {string} */
                                channel: "email" | "sms" | "phone" | "letter";
                                givenAt: string;
                                /** @enum {string} */
                                givenVia: "web" | "paper" | "phone" | "staff";
                                id: number;
                                /** @enum {string} */
                                purpose: "invitations" | "surveys" | "panels" | "research";
                                textVersion: number;
                                withdrawnAt: string | null;
                            }[];
                            member: {
                                answers: {
                                    [key: string]: string;
                                };
                                birthYear: number;
                                channels: ("email" | "sms" | "phone" | "letter")[];
                                confirmedAt: string | null;
                                confirmedVia: string | null;
                                createdAt: string;
                                email: string | null;
                                /** @enum {string} */
                                gender: "woman" | "man" | "other" | "undisclosed";
                                id: string;
                                interests: string[];
                                language: string;
                                /** @enum {string} */
                                motherTongue: "fi" | "sv" | "se" | "other";
                                municipality: string;
                                phone: string | null;
                                /** @enum {string} */
                                source: "web" | "paper" | "phone" | "event";
                                /** @enum {string} */
                                status: "pending" | "active" | "left";
                            };
                            partnerConsents: {
                                agreementId: string;
                                givenAt: string;
                                givenVia: string;
                                id: number;
                                partner: {
                                    id: string;
                                    name: {
                                        en: string;
                                        fi: string;
                                        sv: string;
                                    };
                                    slug: string;
                                };
                                withdrawnAt: string | null;
                            }[];
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
    "/api/orgs/{slug}/pool/me/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open self-service with the one-time link's token: a session for 30 minutes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
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
                            expiresAt: string;
                            session: string;
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
    "/api/orgs/{slug}/pool/me/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw consent for a purpose, a channel, or a purpose on a channel (self-service) */
        post: {
            parameters: {
                query?: never;
                header: {
                    "x-pool-session": string;
                };
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        channel?: "email" | "sms" | "phone" | "letter";
                        /** @enum {string} */
                        purpose?: "invitations" | "surveys" | "panels" | "research";
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
                            withdrawn: number;
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
    "/api/orgs/{slug}/pool/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members by municipality, age band, gender and status, without contact data (staff) */
        get: {
            parameters: {
                query?: {
                    ageBand?: "15-29" | "30-44" | "45-64" | "65-79" | "80-";
                    gender?: "woman" | "man" | "other" | "undisclosed";
                    limit?: number;
                    municipality?: string;
                    pool?: string;
                    status?: "pending" | "active" | "left";
                };
                header?: never;
                path: {
                    slug: string;
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
                            members: {
                                birthYear: number;
                                channels: ("email" | "sms" | "phone" | "letter")[];
                                createdAt: string;
                                /** @enum {string} */
                                gender: "woman" | "man" | "other" | "undisclosed";
                                id: string;
                                interests: string[];
                                /** @enum {string} */
                                motherTongue: "fi" | "sv" | "se" | "other";
                                municipality: string;
                                /** @enum {string} */
                                source: "web" | "paper" | "phone" | "event";
                                /** @enum {string} */
                                status: "pending" | "active" | "left";
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Enter a sign-up from a paper form, a phone call or an event (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default {} */
                        answers?: {
                            [key: string]: string;
                        };
                        birthYear: number;
                        /** @default [] */
                        channels?: ("email" | "sms" | "phone" | "letter")[];
                        consents: {
                            channels: ("email" | "sms" | "phone" | "letter")[];
                            purposes: ("invitations" | "surveys" | "panels" | "research")[];
                        };
                        email?: "" | string;
                        /** @enum {string} */
                        gender: "woman" | "man" | "other" | "undisclosed";
                        /** @default [] */
                        interests?: string[];
                        /** @enum {string} */
                        language: "fi" | "sv" | "en";
                        /** @enum {string} */
                        motherTongue: "fi" | "sv" | "se" | "other";
                        municipality: string;
                        /** @default [] */
                        partners?: string[];
                        phone?: string;
                        /** @enum {string} */
                        source: "paper" | "phone" | "event";
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
                            /** @enum {string} */
                            status: "pending" | "active";
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
    "/api/orgs/{slug}/pool/population": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The population table the pool is compared with (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
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
                            population: {
                                label: string;
                                municipalities: {
                                    [key: string]: string;
                                };
                                people: number;
                                uploadedAt: string;
                                year: string | null;
                            } | null;
                        };
                    };
                };
            };
        };
        /** Upload the population table: StatFin 11re as JSON-stat 2 (staff) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            [key: string]: unknown;
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
                            label: string;
                            municipalities: {
                                [key: string]: string;
                            };
                            people: number;
                            uploadedAt: string;
                            year: string | null;
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
    "/api/orgs/{slug}/pool/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recruitment rounds (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
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
                            rounds: {
                                bilingual: boolean;
                                closedAt: string | null;
                                closesAt: string;
                                drawnAt: string | null;
                                frameImportedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                opensAt: string;
                                purpose: string;
                                sampleSize: number;
                                seed: string;
                                sessionDates: string[];
                                stratify: ("municipality" | "age")[];
                                title: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a recruitment round (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bilingual: boolean;
                        closesAt: unknown;
                        letterTemplate: {
                            [key: string]: unknown;
                        };
                        opensAt: unknown;
                        purpose: string;
                        sampleSize: number;
                        seed: string;
                        sessionDates: string[];
                        stratify: ("municipality" | "age")[];
                        title: string;
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
                            bilingual: boolean;
                            closedAt: string | null;
                            closesAt: string;
                            drawnAt: string | null;
                            frameImportedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            opensAt: string;
                            purpose: string;
                            sampleSize: number;
                            seed: string;
                            sessionDates: string[];
                            stratify: ("municipality" | "age")[];
                            title: string;
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
    "/api/orgs/{slug}/pool/rounds/{roundId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A round with its tracking: invited → responded → signed up → selected → attended, per stratum (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundId: string;
                    slug: string;
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
                            byAgeBand: {
                                [key: string]: {
                                    attended: number;
                                    invited: number;
                                    responded: number;
                                    selected: number;
                                    signed_up: number;
                                };
                            };
                            byMunicipality: {
                                [key: string]: {
                                    attended: number;
                                    invited: number;
                                    responded: number;
                                    selected: number;
                                    signed_up: number;
                                };
                            };
                            frame: number;
                            round: {
                                bilingual: boolean;
                                closedAt: string | null;
                                closesAt: string;
                                drawnAt: string | null;
                                frameImportedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                opensAt: string;
                                purpose: string;
                                sampleSize: number;
                                seed: string;
                                sessionDates: string[];
                                stratify: ("municipality" | "age")[];
                                title: string;
                            };
                            totals: {
                                attended: number;
                                invited: number;
                                responded: number;
                                selected: number;
                                signed_up: number;
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
    "/api/orgs/{slug}/pool/rounds/{roundId}/draw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draw the round's sample with its seed and give sign-up codes (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundId: string;
                    slug: string;
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
                            method: string;
                            sampled: number;
                            seed: string;
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
    "/api/orgs/{slug}/pool/rounds/{roundId}/files/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The letters PDF or the printing-house CSV, with names, addresses and codes (staff; the read is logged) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    file: "letters.pdf" | "printing-house.csv";
                    roundId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file, as an attachment */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "text/csv": string;
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
    "/api/orgs/{slug}/pool/rounds/{roundId}/frame": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import the DVV extract (base64, optional mapping and encoding) as the round's frame (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        encoding?: "utf8" | "latin1";
                        /** Format: base64 */
                        file: string;
                        mapping?: string;
                        /** @default false */
                        skipInvalid?: boolean;
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
                            imported: number;
                            letters: number;
                            rows: number;
                            skippedInvalid: number;
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
    "/api/orgs/{slug}/pool/rounds/{roundId}/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark people who signed up as selected, or selected as attended (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "selected" | "attended";
                        personIds: string[];
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
                            marked: number;
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
    "/api/orgs/{slug}/pool/rounds/{roundId}/signups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who signed up: step, strata and available dates, without contact data (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundId: string;
                    slug: string;
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
                            signups: {
                                ageBand: string | null;
                                availability: string[];
                                /** @enum {string} */
                                gender: "woman" | "man" | "other" | "undisclosed";
                                language: string;
                                municipality: string;
                                personId: string;
                                signedUpAt: string;
                                /** @enum {string} */
                                status: "signed_up" | "selected" | "attended";
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
    "/api/orgs/{slug}/pool/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The pool's settings (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
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
                            consentTexts: {
                                invitations: {
                                    text: {
                                        en: string;
                                        fi: string;
                                        sv: string;
                                    };
                                    version: number;
                                };
                                panels: {
                                    text: {
                                        en: string;
                                        fi: string;
                                        sv: string;
                                    };
                                    version: number;
                                };
                                research: {
                                    text: {
                                        en: string;
                                        fi: string;
                                        sv: string;
                                    };
                                    version: number;
                                };
                                surveys: {
                                    text: {
                                        en: string;
                                        fi: string;
                                        sv: string;
                                    };
                                    version: number;
                                };
                            };
                            inactiveRetentionMonths: number;
                            leftRetentionMonths: number;
                            municipalities: {
                                code: string;
                                name: {
                                    fi: string;
                                    sv: string;
                                };
                            }[];
                            open: boolean;
                            questions: {
                                key: string;
                                label: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                options: {
                                    key: string;
                                    label: {
                                        en: string;
                                        fi: string;
                                        sv: string;
                                    };
                                }[];
                                required: boolean;
                                /** @enum {string} */
                                type: "choice" | "yes_no" | "text";
                                why: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                            }[];
                            themes: {
                                key: string;
                                label: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                            }[];
                            updatedAt: string | null;
                        };
                    };
                };
            };
        };
        /** Save the pool's settings; a changed consent text gets a new version (staff) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        consentTexts: {
                            invitations: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                            panels: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                            research: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                            surveys: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                        };
                        inactiveRetentionMonths: number;
                        leftRetentionMonths: number;
                        municipalities: string[];
                        questions: {
                            key: string;
                            label: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                            /** @default [] */
                            options?: {
                                key: string;
                                label: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                            }[];
                            required: boolean;
                            /** @enum {string} */
                            type: "choice" | "yes_no" | "text";
                            why: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                        }[];
                        themes: {
                            key: string;
                            label: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
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
                            consentTexts: {
                                invitations: {
                                    text: {
                                        en: string;
                                        fi: string;
                                        sv: string;
                                    };
                                    version: number;
                                };
                                panels: {
                                    text: {
                                        en: string;
                                        fi: string;
                                        sv: string;
                                    };
                                    version: number;
                                };
                                research: {
                                    text: {
                                        en: string;
                                        fi: string;
                                        sv: string;
                                    };
                                    version: number;
                                };
                                surveys: {
                                    text: {
                                        en: string;
                                        fi: string;
                                        sv: string;
                                    };
                                    version: number;
                                };
                            };
                            inactiveRetentionMonths: number;
                            leftRetentionMonths: number;
                            municipalities: {
                                code: string;
                                name: {
                                    fi: string;
                                    sv: string;
                                };
                            }[];
                            open: boolean;
                            questions: {
                                key: string;
                                label: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                options: {
                                    key: string;
                                    label: {
                                        en: string;
                                        fi: string;
                                        sv: string;
                                    };
                                }[];
                                required: boolean;
                                /** @enum {string} */
                                type: "choice" | "yes_no" | "text";
                                why: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                            }[];
                            themes: {
                                key: string;
                                label: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                            }[];
                            updatedAt: string | null;
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
    "/api/orgs/{slug}/pool/sharing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Agreements sharing this pool, and other pools shared with this organization */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
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
                            agreements: {
                                acceptedAt: string | null;
                                endedAt: string | null;
                                host: {
                                    id: string;
                                    name: {
                                        en: string;
                                        fi: string;
                                        sv: string;
                                    };
                                    slug: string;
                                };
                                id: string;
                                partner: {
                                    id: string;
                                    name: {
                                        en: string;
                                        fi: string;
                                        sv: string;
                                    };
                                    slug: string;
                                };
                                proposedAt: string;
                                reference: string;
                                /** @enum {string} */
                                role: "host" | "partner";
                                /** @enum {string} */
                                status: "proposed" | "accepted" | "ended";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Propose sharing this pool with another organization, named by its address */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        partner: string;
                        reference: string;
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
                            acceptedAt: string | null;
                            endedAt: string | null;
                            host: {
                                id: string;
                                name: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                slug: string;
                            };
                            id: string;
                            partner: {
                                id: string;
                                name: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                slug: string;
                            };
                            proposedAt: string;
                            reference: string;
                            /** @enum {string} */
                            role: "host" | "partner";
                            /** @enum {string} */
                            status: "proposed" | "accepted" | "ended";
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
    "/api/orgs/{slug}/pool/sharing/{agreementId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a sharing agreement proposed to this organization */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    agreementId: string;
                    slug: string;
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
                            acceptedAt: string | null;
                            endedAt: string | null;
                            host: {
                                id: string;
                                name: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                slug: string;
                            };
                            id: string;
                            partner: {
                                id: string;
                                name: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                slug: string;
                            };
                            proposedAt: string;
                            reference: string;
                            /** @enum {string} */
                            role: "host" | "partner";
                            /** @enum {string} */
                            status: "proposed" | "accepted" | "ended";
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
    "/api/orgs/{slug}/pool/sharing/{agreementId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a sharing agreement; the partner loses access at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    agreementId: string;
                    slug: string;
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
                            acceptedAt: string | null;
                            endedAt: string | null;
                            host: {
                                id: string;
                                name: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                slug: string;
                            };
                            id: string;
                            partner: {
                                id: string;
                                name: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                slug: string;
                            };
                            proposedAt: string;
                            reference: string;
                            /** @enum {string} */
                            role: "host" | "partner";
                            /** @enum {string} */
                            status: "proposed" | "accepted" | "ended";
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
    "/api/orgs/{slug}/pool/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign up with a letter's code: consent, gender, availability, contact (sealed); optionally join the pool */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        availability: string[];
                        code: string;
                        consentPurpose: boolean;
                        consentResearch: boolean;
                        email?: "" | string;
                        /** @enum {string} */
                        gender: "woman" | "man" | "other" | "undisclosed";
                        /** @default false */
                        joinPool?: boolean;
                        /** @enum {string} */
                        language: "fi" | "sv";
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
                            /** @enum {string|null} */
                            poolConfirmBy: "email" | "sms" | null;
                            /** @enum {boolean} */
                            signedUp: true;
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
    "/api/orgs/{slug}/pool/signup/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a letter's sign-up code: what the sign-up page shows (attempts limited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
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
                            ageBand: string | null;
                            closesAt: string;
                            /** @enum {string} */
                            language: "fi" | "sv";
                            municipality: string;
                            municipalityName: {
                                fi: string;
                                sv: string;
                            };
                            purpose: string;
                            sessionDates: string[];
                            sex: number;
                            title: string;
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
    "/api/orgs/{slug}/pool/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pool size, members by status and growth per month (staff) */
        get: {
            parameters: {
                query?: {
                    pool?: string;
                };
                header?: never;
                path: {
                    slug: string;
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
                            byStatus: {
                                active: number;
                                left: number;
                                pending: number;
                            };
                            growth: {
                                joined: number;
                                left: number;
                                month: string;
                            }[];
                            size: number;
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
    "/api/orgs/{slug}/reports/conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The conversation's decision-maker brief (staff) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    id: string;
                    slug: string;
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
                            generatedAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "conversation" | "survey" | "panel" | "round_table" | "jury" | "phone";
                            /** @enum {string} */
                            language: "fi" | "sv" | "en";
                            resultsPublic: boolean;
                            sections: {
                                blocks: ({
                                    text: string;
                                    /** @enum {string} */
                                    type: "paragraph";
                                } | {
                                    table: {
                                        bar?: number;
                                        caption: string;
                                        columns: string[];
                                        rows: ((string | number) | null)[][];
                                        shares?: number[];
                                    };
                                    /** @enum {string} */
                                    type: "table";
                                } | {
                                    heading: string;
                                    quotes: string[];
                                    /** @enum {string} */
                                    type: "quotes";
                                })[];
                                heading: string;
                                /** @enum {string} */
                                key: "figures" | "participation" | "findings" | "since";
                            }[];
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
    "/api/orgs/{slug}/reports/conversations/{id}/docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The conversation's decision-maker brief as a Word document (staff) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    id: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The brief as a Word document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
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
    "/api/orgs/{slug}/reports/conversations/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The conversation's decision-maker brief as a PDF (staff) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    id: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The brief as a tagged PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
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
    "/api/orgs/{slug}/reports/juries/{juryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The jury's decision-maker brief (staff) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    juryId: string;
                    slug: string;
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
                            generatedAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "conversation" | "survey" | "panel" | "round_table" | "jury" | "phone";
                            /** @enum {string} */
                            language: "fi" | "sv" | "en";
                            resultsPublic: boolean;
                            sections: {
                                blocks: ({
                                    text: string;
                                    /** @enum {string} */
                                    type: "paragraph";
                                } | {
                                    table: {
                                        bar?: number;
                                        caption: string;
                                        columns: string[];
                                        rows: ((string | number) | null)[][];
                                        shares?: number[];
                                    };
                                    /** @enum {string} */
                                    type: "table";
                                } | {
                                    heading: string;
                                    quotes: string[];
                                    /** @enum {string} */
                                    type: "quotes";
                                })[];
                                heading: string;
                                /** @enum {string} */
                                key: "figures" | "participation" | "findings" | "since";
                            }[];
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
    "/api/orgs/{slug}/reports/juries/{juryId}/docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The jury's decision-maker brief as a Word document (staff) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    juryId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The brief as a Word document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
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
    "/api/orgs/{slug}/reports/juries/{juryId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The jury's decision-maker brief as a PDF (staff) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    juryId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The brief as a tagged PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
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
    "/api/orgs/{slug}/reports/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The participation metrics over a range of days (the pilots' own measures) */
        get: {
            parameters: {
                query?: {
                    /** @description The first day of the period, YYYY-MM-DD */
                    from?: string;
                    lang?: "fi" | "sv" | "en";
                    /** @description The last day of the period, YYYY-MM-DD (included) */
                    to?: string;
                };
                header?: never;
                path: {
                    slug: string;
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
                            generatedAt: string;
                            /** @enum {string} */
                            language: "fi" | "sv" | "en";
                            metrics: {
                                activities: {
                                    channels: {
                                        [key: string]: number;
                                    };
                                    endedOn: string | null;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "conversation" | "survey" | "panel" | "round_table" | "jury" | "phone";
                                    participants: number;
                                    startedOn: string;
                                    title: string;
                                }[];
                                feedback: {
                                    figures: {
                                        agreeShare: number | null;
                                        answered: number;
                                        measure: string;
                                    }[];
                                    responses: number;
                                    surveyId: string;
                                    title: string;
                                }[];
                                from: string;
                                pool: {
                                    age: number | null;
                                    at: string;
                                    members: number;
                                    municipality: number | null;
                                    sex: number | null;
                                }[] | null;
                                quarters: {
                                    channels: {
                                        [key: string]: number;
                                    };
                                    participants: number;
                                    quarter: string;
                                }[];
                                recommendations: {
                                    byStatus: {
                                        count: number;
                                        label: string;
                                        status: string;
                                    }[];
                                    daysToDecision: {
                                        median: number;
                                        n: number;
                                        p25: number;
                                        p75: number;
                                    } | null;
                                    inBudget: number;
                                    reachedDecision: number;
                                    total: number;
                                };
                                to: string;
                            };
                            sections: {
                                blocks: ({
                                    text: string;
                                    /** @enum {string} */
                                    type: "paragraph";
                                } | {
                                    table: {
                                        bar?: number;
                                        caption: string;
                                        columns: string[];
                                        rows: ((string | number) | null)[][];
                                        shares?: number[];
                                    };
                                    /** @enum {string} */
                                    type: "table";
                                } | {
                                    heading: string;
                                    quotes: string[];
                                    /** @enum {string} */
                                    type: "quotes";
                                })[];
                                heading: string;
                                /** @enum {string} */
                                key: "activities" | "quarters" | "pool" | "feedback" | "recommendations";
                            }[];
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
    "/api/orgs/{slug}/reports/panels/{panelId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The panel's decision-maker brief (staff) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    panelId: string;
                    slug: string;
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
                            generatedAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "conversation" | "survey" | "panel" | "round_table" | "jury" | "phone";
                            /** @enum {string} */
                            language: "fi" | "sv" | "en";
                            resultsPublic: boolean;
                            sections: {
                                blocks: ({
                                    text: string;
                                    /** @enum {string} */
                                    type: "paragraph";
                                } | {
                                    table: {
                                        bar?: number;
                                        caption: string;
                                        columns: string[];
                                        rows: ((string | number) | null)[][];
                                        shares?: number[];
                                    };
                                    /** @enum {string} */
                                    type: "table";
                                } | {
                                    heading: string;
                                    quotes: string[];
                                    /** @enum {string} */
                                    type: "quotes";
                                })[];
                                heading: string;
                                /** @enum {string} */
                                key: "figures" | "participation" | "findings" | "since";
                            }[];
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
    "/api/orgs/{slug}/reports/panels/{panelId}/docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The panel's decision-maker brief as a Word document (staff) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    panelId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The brief as a Word document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
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
    "/api/orgs/{slug}/reports/panels/{panelId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The panel's decision-maker brief as a PDF (staff) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    panelId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The brief as a tagged PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
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
    "/api/orgs/{slug}/reports/period": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The period report across the organization's activities */
        get: {
            parameters: {
                query?: {
                    /** @description The first day of the period, YYYY-MM-DD */
                    from?: string;
                    lang?: "fi" | "sv" | "en";
                    /** @description The last day of the period, YYYY-MM-DD (included) */
                    to?: string;
                };
                header?: never;
                path: {
                    slug: string;
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
                            activities: {
                                channels: {
                                    [key: string]: number;
                                };
                                endedOn: string | null;
                                id: string;
                                /** @enum {string} */
                                kind: "conversation" | "survey" | "panel" | "round_table" | "jury" | "phone";
                                participants: number;
                                startedOn: string;
                                title: string;
                            }[];
                            from: string;
                            generatedAt: string;
                            /** @enum {string} */
                            language: "fi" | "sv" | "en";
                            sections: {
                                blocks: ({
                                    text: string;
                                    /** @enum {string} */
                                    type: "paragraph";
                                } | {
                                    table: {
                                        bar?: number;
                                        caption: string;
                                        columns: string[];
                                        rows: ((string | number) | null)[][];
                                        shares?: number[];
                                    };
                                    /** @enum {string} */
                                    type: "table";
                                } | {
                                    heading: string;
                                    quotes: string[];
                                    /** @enum {string} */
                                    type: "quotes";
                                })[];
                                heading: string;
                                /** @enum {string} */
                                key: "summary" | "activities" | "channels" | "representativeness" | "feedback" | "recommendations" | "decisions";
                            }[];
                            title: string;
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
    "/api/orgs/{slug}/reports/period/docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The period report as a Word document */
        get: {
            parameters: {
                query?: {
                    /** @description The first day of the period, YYYY-MM-DD */
                    from?: string;
                    lang?: "fi" | "sv" | "en";
                    /** @description The last day of the period, YYYY-MM-DD (included) */
                    to?: string;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The period report as a Word document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
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
    "/api/orgs/{slug}/reports/period/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The period report as a tagged PDF */
        get: {
            parameters: {
                query?: {
                    /** @description The first day of the period, YYYY-MM-DD */
                    from?: string;
                    lang?: "fi" | "sv" | "en";
                    /** @description The last day of the period, YYYY-MM-DD (included) */
                    to?: string;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The period report as a tagged PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
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
    "/api/orgs/{slug}/reports/phone/{campaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The phone's decision-maker brief (staff) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    campaignId: string;
                    slug: string;
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
                            generatedAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "conversation" | "survey" | "panel" | "round_table" | "jury" | "phone";
                            /** @enum {string} */
                            language: "fi" | "sv" | "en";
                            resultsPublic: boolean;
                            sections: {
                                blocks: ({
                                    text: string;
                                    /** @enum {string} */
                                    type: "paragraph";
                                } | {
                                    table: {
                                        bar?: number;
                                        caption: string;
                                        columns: string[];
                                        rows: ((string | number) | null)[][];
                                        shares?: number[];
                                    };
                                    /** @enum {string} */
                                    type: "table";
                                } | {
                                    heading: string;
                                    quotes: string[];
                                    /** @enum {string} */
                                    type: "quotes";
                                })[];
                                heading: string;
                                /** @enum {string} */
                                key: "figures" | "participation" | "findings" | "since";
                            }[];
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
    "/api/orgs/{slug}/reports/phone/{campaignId}/docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The phone's decision-maker brief as a Word document (staff) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    campaignId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The brief as a Word document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
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
    "/api/orgs/{slug}/reports/phone/{campaignId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The phone's decision-maker brief as a PDF (staff) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    campaignId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The brief as a tagged PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
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
    "/api/orgs/{slug}/reports/public/conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The conversation's decision-maker brief (public when the results are) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    id: string;
                    slug: string;
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
                            generatedAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "conversation" | "survey" | "panel" | "round_table" | "jury" | "phone";
                            /** @enum {string} */
                            language: "fi" | "sv" | "en";
                            resultsPublic: boolean;
                            sections: {
                                blocks: ({
                                    text: string;
                                    /** @enum {string} */
                                    type: "paragraph";
                                } | {
                                    table: {
                                        bar?: number;
                                        caption: string;
                                        columns: string[];
                                        rows: ((string | number) | null)[][];
                                        shares?: number[];
                                    };
                                    /** @enum {string} */
                                    type: "table";
                                } | {
                                    heading: string;
                                    quotes: string[];
                                    /** @enum {string} */
                                    type: "quotes";
                                })[];
                                heading: string;
                                /** @enum {string} */
                                key: "figures" | "participation" | "findings" | "since";
                            }[];
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
    "/api/orgs/{slug}/reports/public/conversations/{id}/docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The conversation's decision-maker brief as a Word document (public when the results are) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    id: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The brief as a Word document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
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
    "/api/orgs/{slug}/reports/public/conversations/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The conversation's decision-maker brief as a PDF (public when the results are) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    id: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The brief as a tagged PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
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
    "/api/orgs/{slug}/reports/public/juries/{juryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The jury's decision-maker brief (public when the results are) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    juryId: string;
                    slug: string;
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
                            generatedAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "conversation" | "survey" | "panel" | "round_table" | "jury" | "phone";
                            /** @enum {string} */
                            language: "fi" | "sv" | "en";
                            resultsPublic: boolean;
                            sections: {
                                blocks: ({
                                    text: string;
                                    /** @enum {string} */
                                    type: "paragraph";
                                } | {
                                    table: {
                                        bar?: number;
                                        caption: string;
                                        columns: string[];
                                        rows: ((string | number) | null)[][];
                                        shares?: number[];
                                    };
                                    /** @enum {string} */
                                    type: "table";
                                } | {
                                    heading: string;
                                    quotes: string[];
                                    /** @enum {string} */
                                    type: "quotes";
                                })[];
                                heading: string;
                                /** @enum {string} */
                                key: "figures" | "participation" | "findings" | "since";
                            }[];
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
    "/api/orgs/{slug}/reports/public/juries/{juryId}/docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The jury's decision-maker brief as a Word document (public when the results are) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    juryId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The brief as a Word document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
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
    "/api/orgs/{slug}/reports/public/juries/{juryId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The jury's decision-maker brief as a PDF (public when the results are) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    juryId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The brief as a tagged PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
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
    "/api/orgs/{slug}/reports/public/panels/{panelId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The panel's decision-maker brief (public when the results are) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    panelId: string;
                    slug: string;
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
                            generatedAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "conversation" | "survey" | "panel" | "round_table" | "jury" | "phone";
                            /** @enum {string} */
                            language: "fi" | "sv" | "en";
                            resultsPublic: boolean;
                            sections: {
                                blocks: ({
                                    text: string;
                                    /** @enum {string} */
                                    type: "paragraph";
                                } | {
                                    table: {
                                        bar?: number;
                                        caption: string;
                                        columns: string[];
                                        rows: ((string | number) | null)[][];
                                        shares?: number[];
                                    };
                                    /** @enum {string} */
                                    type: "table";
                                } | {
                                    heading: string;
                                    quotes: string[];
                                    /** @enum {string} */
                                    type: "quotes";
                                })[];
                                heading: string;
                                /** @enum {string} */
                                key: "figures" | "participation" | "findings" | "since";
                            }[];
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
    "/api/orgs/{slug}/reports/public/panels/{panelId}/docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The panel's decision-maker brief as a Word document (public when the results are) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    panelId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The brief as a Word document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
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
    "/api/orgs/{slug}/reports/public/panels/{panelId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The panel's decision-maker brief as a PDF (public when the results are) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    panelId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The brief as a tagged PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
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
    "/api/orgs/{slug}/reports/public/phone/{campaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The phone's decision-maker brief (public when the results are) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    campaignId: string;
                    slug: string;
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
                            generatedAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "conversation" | "survey" | "panel" | "round_table" | "jury" | "phone";
                            /** @enum {string} */
                            language: "fi" | "sv" | "en";
                            resultsPublic: boolean;
                            sections: {
                                blocks: ({
                                    text: string;
                                    /** @enum {string} */
                                    type: "paragraph";
                                } | {
                                    table: {
                                        bar?: number;
                                        caption: string;
                                        columns: string[];
                                        rows: ((string | number) | null)[][];
                                        shares?: number[];
                                    };
                                    /** @enum {string} */
                                    type: "table";
                                } | {
                                    heading: string;
                                    quotes: string[];
                                    /** @enum {string} */
                                    type: "quotes";
                                })[];
                                heading: string;
                                /** @enum {string} */
                                key: "figures" | "participation" | "findings" | "since";
                            }[];
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
    "/api/orgs/{slug}/reports/public/phone/{campaignId}/docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The phone's decision-maker brief as a Word document (public when the results are) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    campaignId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The brief as a Word document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
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
    "/api/orgs/{slug}/reports/public/phone/{campaignId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The phone's decision-maker brief as a PDF (public when the results are) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    campaignId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The brief as a tagged PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
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
    "/api/orgs/{slug}/reports/public/roundtables/{roundTableId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The round_table's decision-maker brief (public when the results are) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    roundTableId: string;
                    slug: string;
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
                            generatedAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "conversation" | "survey" | "panel" | "round_table" | "jury" | "phone";
                            /** @enum {string} */
                            language: "fi" | "sv" | "en";
                            resultsPublic: boolean;
                            sections: {
                                blocks: ({
                                    text: string;
                                    /** @enum {string} */
                                    type: "paragraph";
                                } | {
                                    table: {
                                        bar?: number;
                                        caption: string;
                                        columns: string[];
                                        rows: ((string | number) | null)[][];
                                        shares?: number[];
                                    };
                                    /** @enum {string} */
                                    type: "table";
                                } | {
                                    heading: string;
                                    quotes: string[];
                                    /** @enum {string} */
                                    type: "quotes";
                                })[];
                                heading: string;
                                /** @enum {string} */
                                key: "figures" | "participation" | "findings" | "since";
                            }[];
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
    "/api/orgs/{slug}/reports/public/roundtables/{roundTableId}/docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The round_table's decision-maker brief as a Word document (public when the results are) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    roundTableId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The brief as a Word document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
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
    "/api/orgs/{slug}/reports/public/roundtables/{roundTableId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The round_table's decision-maker brief as a PDF (public when the results are) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    roundTableId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The brief as a tagged PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
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
    "/api/orgs/{slug}/reports/public/surveys/{surveyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The survey's decision-maker brief (public when the results are) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    slug: string;
                    surveyId: string;
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
                            generatedAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "conversation" | "survey" | "panel" | "round_table" | "jury" | "phone";
                            /** @enum {string} */
                            language: "fi" | "sv" | "en";
                            resultsPublic: boolean;
                            sections: {
                                blocks: ({
                                    text: string;
                                    /** @enum {string} */
                                    type: "paragraph";
                                } | {
                                    table: {
                                        bar?: number;
                                        caption: string;
                                        columns: string[];
                                        rows: ((string | number) | null)[][];
                                        shares?: number[];
                                    };
                                    /** @enum {string} */
                                    type: "table";
                                } | {
                                    heading: string;
                                    quotes: string[];
                                    /** @enum {string} */
                                    type: "quotes";
                                })[];
                                heading: string;
                                /** @enum {string} */
                                key: "figures" | "participation" | "findings" | "since";
                            }[];
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
    "/api/orgs/{slug}/reports/public/surveys/{surveyId}/docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The survey's decision-maker brief as a Word document (public when the results are) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    slug: string;
                    surveyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The brief as a Word document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
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
    "/api/orgs/{slug}/reports/public/surveys/{surveyId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The survey's decision-maker brief as a PDF (public when the results are) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    slug: string;
                    surveyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The brief as a tagged PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
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
    "/api/orgs/{slug}/reports/roundtables/{roundTableId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The round_table's decision-maker brief (staff) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    roundTableId: string;
                    slug: string;
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
                            generatedAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "conversation" | "survey" | "panel" | "round_table" | "jury" | "phone";
                            /** @enum {string} */
                            language: "fi" | "sv" | "en";
                            resultsPublic: boolean;
                            sections: {
                                blocks: ({
                                    text: string;
                                    /** @enum {string} */
                                    type: "paragraph";
                                } | {
                                    table: {
                                        bar?: number;
                                        caption: string;
                                        columns: string[];
                                        rows: ((string | number) | null)[][];
                                        shares?: number[];
                                    };
                                    /** @enum {string} */
                                    type: "table";
                                } | {
                                    heading: string;
                                    quotes: string[];
                                    /** @enum {string} */
                                    type: "quotes";
                                })[];
                                heading: string;
                                /** @enum {string} */
                                key: "figures" | "participation" | "findings" | "since";
                            }[];
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
    "/api/orgs/{slug}/reports/roundtables/{roundTableId}/docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The round_table's decision-maker brief as a Word document (staff) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    roundTableId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The brief as a Word document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
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
    "/api/orgs/{slug}/reports/roundtables/{roundTableId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The round_table's decision-maker brief as a PDF (staff) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    roundTableId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The brief as a tagged PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
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
    "/api/orgs/{slug}/reports/surveys/{surveyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The survey's decision-maker brief (staff) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    slug: string;
                    surveyId: string;
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
                            generatedAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "conversation" | "survey" | "panel" | "round_table" | "jury" | "phone";
                            /** @enum {string} */
                            language: "fi" | "sv" | "en";
                            resultsPublic: boolean;
                            sections: {
                                blocks: ({
                                    text: string;
                                    /** @enum {string} */
                                    type: "paragraph";
                                } | {
                                    table: {
                                        bar?: number;
                                        caption: string;
                                        columns: string[];
                                        rows: ((string | number) | null)[][];
                                        shares?: number[];
                                    };
                                    /** @enum {string} */
                                    type: "table";
                                } | {
                                    heading: string;
                                    quotes: string[];
                                    /** @enum {string} */
                                    type: "quotes";
                                })[];
                                heading: string;
                                /** @enum {string} */
                                key: "figures" | "participation" | "findings" | "since";
                            }[];
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
    "/api/orgs/{slug}/reports/surveys/{surveyId}/docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The survey's decision-maker brief as a Word document (staff) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    slug: string;
                    surveyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The brief as a Word document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
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
    "/api/orgs/{slug}/reports/surveys/{surveyId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The survey's decision-maker brief as a PDF (staff) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    slug: string;
                    surveyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The brief as a tagged PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
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
    "/api/orgs/{slug}/roundtables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization's round tables */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
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
                            roundTables: {
                                id: string;
                                organizerUnit: string;
                                statementId: string | null;
                                /** @enum {string} */
                                status: "preparing" | "meeting" | "writing" | "closed";
                                theme: string;
                                title: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a round-table process (title fi/sv/en, theme, organizer unit) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        organizerUnit?: string;
                        theme?: string;
                        title: {
                            en?: string;
                            fi?: string;
                            sv?: string;
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
                            organizerUnit: string;
                            statementId: string | null;
                            /** @enum {string} */
                            status: "preparing" | "meeting" | "writing" | "closed";
                            theme: string;
                            title: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
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
    "/api/orgs/{slug}/roundtables/{roundTableId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A round table with its meetings, snapshots, proposals, distribution, responses */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundTableId: string;
                    slug: string;
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
                            distribution: {
                                /** @enum {string} */
                                channel: "email" | "letter" | "meeting" | "registry" | "other";
                                id: string;
                                note: string;
                                recipient: string;
                                sentOn: string;
                            }[];
                            id: string;
                            meetings: {
                                heldOn: string;
                                id: string;
                                notes: string;
                                online: boolean;
                                participants: {
                                    decision_maker: number;
                                    parent: number;
                                    resident: number;
                                    staff_member: number;
                                    stakeholder: number;
                                    young_person: number;
                                };
                                place: string;
                                proposals: {
                                    id: string;
                                    inStatement: boolean;
                                    madeBy: string;
                                    text: string;
                                }[];
                                snapshots: {
                                    conversationId: string | null;
                                    id: string;
                                    results: {
                                        computedAt: string | null;
                                        consensus: {
                                            agree: {
                                                /** @enum {string} */
                                                direction: "agree" | "disagree";
                                                share: number;
                                                text: string;
                                                tid: number;
                                            }[];
                                            disagree: {
                                                /** @enum {string} */
                                                direction: "agree" | "disagree";
                                                share: number;
                                                text: string;
                                                tid: number;
                                            }[];
                                        };
                                        conversationTitle: {
                                            en: string;
                                            fi: string;
                                            sv: string;
                                        };
                                        divisive: {
                                            spread: number;
                                            text: string;
                                            tid: number;
                                        }[];
                                        groups: {
                                            id: number;
                                            size: number;
                                            statements: {
                                                /** @enum {string} */
                                                direction: "agree" | "disagree";
                                                share: number;
                                                text: string;
                                                tid: number;
                                            }[];
                                        }[];
                                        participants: number;
                                        votes: number;
                                    };
                                    takenAt: string;
                                }[];
                                total: number;
                            }[];
                            organizerUnit: string;
                            responses: {
                                body: string;
                                id: string;
                                link: string;
                                receivedOn: string;
                                text: string;
                            }[];
                            statementId: string | null;
                            /** @enum {string} */
                            status: "preparing" | "meeting" | "writing" | "closed";
                            theme: string;
                            title: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                            updatedAt: string;
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
        /** Change a round table's title, theme, organizer unit or status */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundTableId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        organizerUnit?: string;
                        /** @enum {string} */
                        status?: "preparing" | "meeting" | "writing" | "closed";
                        theme?: string;
                        title?: {
                            en?: string;
                            fi?: string;
                            sv?: string;
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
                            organizerUnit: string;
                            statementId: string | null;
                            /** @enum {string} */
                            status: "preparing" | "meeting" | "writing" | "closed";
                            theme: string;
                            title: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/orgs/{slug}/roundtables/{roundTableId}/distribution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record where the statement was sent, when and how */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundTableId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        channel: "email" | "letter" | "meeting" | "registry" | "other";
                        note?: string;
                        recipient: string;
                        /** Format: date */
                        sentOn: string;
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
                            /** @enum {string} */
                            channel: "email" | "letter" | "meeting" | "registry" | "other";
                            id: string;
                            note: string;
                            recipient: string;
                            sentOn: string;
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
    "/api/orgs/{slug}/roundtables/{roundTableId}/distribution/{distributionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a distribution record made by mistake (the audit log keeps it) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    distributionId: string;
                    roundTableId: string;
                    slug: string;
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
        /** Correct a distribution record (recipient, date, channel, note) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    distributionId: string;
                    roundTableId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        channel?: "email" | "letter" | "meeting" | "registry" | "other";
                        note?: string;
                        recipient?: string;
                        /** Format: date */
                        sentOn?: string;
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
                            /** @enum {string} */
                            channel: "email" | "letter" | "meeting" | "registry" | "other";
                            id: string;
                            note: string;
                            recipient: string;
                            sentOn: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/orgs/{slug}/roundtables/{roundTableId}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a meeting: date, place, participants by role, notes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundTableId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        heldOn: string;
                        notes?: string;
                        online?: boolean;
                        participants?: {
                            decision_maker?: number;
                            parent?: number;
                            resident?: number;
                            staff_member?: number;
                            stakeholder?: number;
                            young_person?: number;
                        };
                        place?: string;
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
                            heldOn: string;
                            id: string;
                            notes: string;
                            online: boolean;
                            participants: {
                                decision_maker: number;
                                parent: number;
                                resident: number;
                                staff_member: number;
                                stakeholder: number;
                                young_person: number;
                            };
                            place: string;
                            proposals: {
                                id: string;
                                inStatement: boolean;
                                madeBy: string;
                                text: string;
                            }[];
                            snapshots: {
                                conversationId: string | null;
                                id: string;
                                results: {
                                    computedAt: string | null;
                                    consensus: {
                                        agree: {
                                            /** @enum {string} */
                                            direction: "agree" | "disagree";
                                            share: number;
                                            text: string;
                                            tid: number;
                                        }[];
                                        disagree: {
                                            /** @enum {string} */
                                            direction: "agree" | "disagree";
                                            share: number;
                                            text: string;
                                            tid: number;
                                        }[];
                                    };
                                    conversationTitle: {
                                        en: string;
                                        fi: string;
                                        sv: string;
                                    };
                                    divisive: {
                                        spread: number;
                                        text: string;
                                        tid: number;
                                    }[];
                                    groups: {
                                        id: number;
                                        size: number;
                                        statements: {
                                            /** @enum {string} */
                                            direction: "agree" | "disagree";
                                            share: number;
                                            text: string;
                                            tid: number;
                                        }[];
                                    }[];
                                    participants: number;
                                    votes: number;
                                };
                                takenAt: string;
                            }[];
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
    "/api/orgs/{slug}/roundtables/{roundTableId}/meetings/{meetingId}": {
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
        /** Change a meeting's record (date, place, participants, notes) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                    roundTableId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        heldOn?: string;
                        notes?: string;
                        online?: boolean;
                        participants?: {
                            decision_maker?: number;
                            parent?: number;
                            resident?: number;
                            staff_member?: number;
                            stakeholder?: number;
                            young_person?: number;
                        };
                        place?: string;
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
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/orgs/{slug}/roundtables/{roundTableId}/meetings/{meetingId}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write down a table's or group's proposal (fed to the statement once it is started) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                    roundTableId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        madeBy?: string;
                        text: string;
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
                            inStatement: boolean;
                            madeBy: string;
                            text: string;
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
    "/api/orgs/{slug}/roundtables/{roundTableId}/meetings/{meetingId}/snapshot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a conversation's results to the meeting, frozen as they are now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                    roundTableId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        conversationId: string;
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
                            conversationId: string | null;
                            id: string;
                            results: {
                                computedAt: string | null;
                                consensus: {
                                    agree: {
                                        /** @enum {string} */
                                        direction: "agree" | "disagree";
                                        share: number;
                                        text: string;
                                        tid: number;
                                    }[];
                                    disagree: {
                                        /** @enum {string} */
                                        direction: "agree" | "disagree";
                                        share: number;
                                        text: string;
                                        tid: number;
                                    }[];
                                };
                                conversationTitle: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                divisive: {
                                    spread: number;
                                    text: string;
                                    tid: number;
                                }[];
                                groups: {
                                    id: number;
                                    size: number;
                                    statements: {
                                        /** @enum {string} */
                                        direction: "agree" | "disagree";
                                        share: number;
                                        text: string;
                                        tid: number;
                                    }[];
                                }[];
                                participants: number;
                                votes: number;
                            };
                            takenAt: string;
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
    "/api/orgs/{slug}/roundtables/{roundTableId}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a response received (body, date, text, link) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundTableId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        link?: "" | string;
                        /** Format: date */
                        receivedOn: string;
                        text: string;
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
                            id: string;
                            link: string;
                            receivedOn: string;
                            text: string;
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
    "/api/orgs/{slug}/roundtables/{roundTableId}/responses/{responseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a response recorded by mistake (the audit log keeps it) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    responseId: string;
                    roundTableId: string;
                    slug: string;
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
        /** Correct a response (body, date, text, link) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    responseId: string;
                    roundTableId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body?: string;
                        link?: "" | string;
                        /** Format: date */
                        receivedOn?: string;
                        text?: string;
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
                            id: string;
                            link: string;
                            receivedOn: string;
                            text: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/orgs/{slug}/roundtables/{roundTableId}/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start the public statement (julkilausuma): the meetings' proposals become its proposals */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundTableId: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
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
                            statementId: string;
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
    "/api/orgs/{slug}/roundtables/public/{roundTableId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A round table: meetings with participants by role, the results taken to each, the published statement with what came of each recommendation, distribution and responses */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundTableId: string;
                    slug: string;
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
                            distribution: {
                                /** @enum {string} */
                                channel: "email" | "letter" | "meeting" | "registry" | "other";
                                id: string;
                                recipient: string;
                                sentOn: string;
                            }[];
                            id: string;
                            meetings: {
                                heldOn: string;
                                id: string;
                                online: boolean;
                                participants: {
                                    decision_maker: number;
                                    parent: number;
                                    resident: number;
                                    staff_member: number;
                                    stakeholder: number;
                                    young_person: number;
                                };
                                place: string;
                                snapshots: {
                                    conversationId: string | null;
                                    results: {
                                        computedAt: string | null;
                                        consensus: {
                                            agree: {
                                                /** @enum {string} */
                                                direction: "agree" | "disagree";
                                                share: number;
                                                text: string;
                                                tid: number;
                                            }[];
                                            disagree: {
                                                /** @enum {string} */
                                                direction: "agree" | "disagree";
                                                share: number;
                                                text: string;
                                                tid: number;
                                            }[];
                                        };
                                        conversationTitle: {
                                            en: string;
                                            fi: string;
                                            sv: string;
                                        };
                                        divisive: {
                                            spread: number;
                                            text: string;
                                            tid: number;
                                        }[];
                                        groups: {
                                            id: number;
                                            size: number;
                                            statements: {
                                                /** @enum {string} */
                                                direction: "agree" | "disagree";
                                                share: number;
                                                text: string;
                                                tid: number;
                                            }[];
                                        }[];
                                        participants: number;
                                        votes: number;
                                    };
                                    takenAt: string;
                                }[];
                                total: number;
                            }[];
                            organizerUnit: string;
                            participants: {
                                decision_maker: number;
                                parent: number;
                                resident: number;
                                staff_member: number;
                                stakeholder: number;
                                young_person: number;
                            };
                            responses: {
                                body: string;
                                id: string;
                                link: string;
                                receivedOn: string;
                                text: string;
                            }[];
                            statement: {
                                adoptedAt: string | null;
                                adoptedHow: string;
                                handedOverOn: string | null;
                                handedOverTo: string;
                                handoverNote: string;
                                id: string;
                                /** @enum {string} */
                                kind: "final_statement" | "public_statement";
                                minorityOpinions: {
                                    id: string;
                                    recommendationId: string | null;
                                    supporters: number;
                                    text: string;
                                }[];
                                /** @enum {string} */
                                ownerKind: "panel" | "jury" | "round_table";
                                preamble: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                publishedAt: string | null;
                                recommendations: {
                                    id: string;
                                    number: number;
                                    outcomes: {
                                        latestUpdate: {
                                            at: string;
                                            field: string;
                                            measureNumber: string;
                                            newValue: string;
                                        } | null;
                                        measures: {
                                            number: string;
                                            status: string;
                                            statusLabel: {
                                                en: string;
                                                fi: string;
                                                sv: string;
                                            };
                                            statusReason: string;
                                            text: string;
                                            updatedAt: string;
                                        }[];
                                        table: {
                                            slug: string;
                                            title: string;
                                        };
                                    }[];
                                    rationale: string;
                                    support: {
                                        acceptableShare: number | null;
                                        answered: number;
                                        counts: {
                                            count: number;
                                            level: number;
                                        }[];
                                        eligible: number;
                                    };
                                    text: string;
                                    title: string;
                                }[];
                                scale: {
                                    label: {
                                        en: string;
                                        fi: string;
                                        sv: string;
                                    };
                                    level: number;
                                }[];
                                /** @enum {string} */
                                supportScale: "gradients" | "consent";
                                title: string;
                            } | null;
                            /** @enum {string} */
                            status: "preparing" | "meeting" | "writing" | "closed";
                            theme: string;
                            title: {
                                en: string;
                                fi: string;
                                sv: string;
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
    "/api/orgs/{slug}/s/{surveySlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A published survey's questions, pages and conditions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    surveySlug: string;
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
                            anonymity: "anonymous" | "linked";
                            definition: {
                                [key: string]: unknown;
                            };
                            kioskAllowed: boolean;
                            municipalities: {
                                [key: string]: {
                                    fi: string;
                                    sv: string;
                                };
                            };
                            open: boolean;
                            slug: string;
                            version: number;
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
    "/api/orgs/{slug}/s/{surveySlug}/response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My unfinished response, by its resume token (cookie or header) */
        get: {
            parameters: {
                query?: never;
                header?: {
                    "x-survey-resume"?: string;
                };
                path: {
                    slug: string;
                    surveySlug: string;
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
                            answers: {
                                [key: string]: unknown;
                            };
                            id: string;
                            prefilled: string[];
                            resumeToken?: string;
                            /** @enum {string} */
                            status: "in_progress" | "complete";
                            submittedAt: string | null;
                        };
                    };
                };
            };
        };
        /** Save answers (the page left: its required questions are checked) */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "x-survey-resume"?: string;
                };
                path: {
                    slug: string;
                    surveySlug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answers: {
                            [key: string]: unknown;
                        };
                        page?: string;
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
                            answers: {
                                [key: string]: unknown;
                            };
                            id: string;
                            prefilled: string[];
                            resumeToken?: string;
                            /** @enum {string} */
                            status: "in_progress" | "complete";
                            submittedAt: string | null;
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
    "/api/orgs/{slug}/s/{surveySlug}/response/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit the response: every required visible question must be answered */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "x-survey-resume"?: string;
                };
                path: {
                    slug: string;
                    surveySlug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default {} */
                        answers?: {
                            [key: string]: unknown;
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
                            answers: {
                                [key: string]: unknown;
                            };
                            id: string;
                            prefilled: string[];
                            resumeToken?: string;
                            /** @enum {string} */
                            status: "in_progress" | "complete";
                            submittedAt: string | null;
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
    "/api/orgs/{slug}/s/{surveySlug}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start answering (or continue a personal invitation's answer); gives the resume token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    surveySlug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        invitation?: string;
                        kiosk?: string;
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
                            answers: {
                                [key: string]: unknown;
                            };
                            id: string;
                            prefilled: string[];
                            resumeToken?: string;
                            /** @enum {string} */
                            status: "in_progress" | "complete";
                            submittedAt: string | null;
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
    "/api/orgs/{slug}/s/{surveySlug}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A survey's published results page (a link-only page needs its token header) */
        get: {
            parameters: {
                query?: never;
                header?: {
                    "x-results-token"?: string;
                };
                path: {
                    slug: string;
                    surveySlug: string;
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
                            content: {
                                [key: string]: unknown;
                            };
                            publishedAt: string;
                            slug: string;
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
    "/api/orgs/{slug}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organization settings (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
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
                            defaultLanguage: "fi" | "sv" | "en";
                            languages: ("fi" | "sv" | "en")[];
                            logoUrl: string | null;
                            name: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                            oidc: {
                                clientId: string | null;
                                enabled: boolean;
                                hasSecret: boolean;
                                issuer: string | null;
                            };
                            slug: string;
                            themeColor: string;
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
        /** Change organization settings (admin) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        defaultLanguage?: "fi" | "sv" | "en";
                        languages?: ("fi" | "sv" | "en")[];
                        name?: {
                            en: string;
                            fi: string;
                            sv: string;
                        };
                        oidc?: {
                            clientId?: string | null;
                            clientSecret?: string | null;
                            enabled?: boolean;
                            /** Format: uri */
                            issuer?: string | null;
                        };
                        themeColor?: string;
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
                            /** @enum {string} */
                            defaultLanguage: "fi" | "sv" | "en";
                            languages: ("fi" | "sv" | "en")[];
                            logoUrl: string | null;
                            name: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                            oidc: {
                                clientId: string | null;
                                enabled: boolean;
                                hasSecret: boolean;
                                issuer: string | null;
                            };
                            slug: string;
                            themeColor: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/orgs/{slug}/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization's staff and their roles */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
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
                            staff: {
                                addedAt: string;
                                displayName: string;
                                email: string;
                                id: string;
                                lastSignInAt: string | null;
                                roles: ("admin" | "moderator" | "analyst" | "facilitator" | "action_editor" | "treasurer" | "viewer")[];
                            }[];
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
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName: string;
                        /** Format: email */
                        email: string;
                        roles: ("admin" | "moderator" | "analyst" | "facilitator" | "action_editor" | "treasurer" | "viewer")[];
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
                            addedAt: string;
                            displayName: string;
                            email: string;
                            id: string;
                            lastSignInAt: string | null;
                            roles: ("admin" | "moderator" | "analyst" | "facilitator" | "action_editor" | "treasurer" | "viewer")[];
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
    "/api/orgs/{slug}/staff/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a staff member from the organization */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    userId: string;
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
        /** Change a staff member's roles or name */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        roles?: ("admin" | "moderator" | "analyst" | "facilitator" | "action_editor" | "treasurer" | "viewer")[];
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
                            addedAt: string;
                            displayName: string;
                            email: string;
                            id: string;
                            lastSignInAt: string | null;
                            roles: ("admin" | "moderator" | "analyst" | "facilitator" | "action_editor" | "treasurer" | "viewer")[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/orgs/{slug}/suppressions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many addresses the suppression list holds, by channel and reason (no addresses) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
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
                            byChannel: {
                                email: number;
                                phone: number;
                                sms: number;
                            };
                            byReason: {
                                bounce: number;
                                opt_out: number;
                                staff: number;
                                stop: number;
                                unsubscribe: number;
                            };
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Put an email address or phone number on the suppression list (a resident asked) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address: string;
                        /** @enum {string} */
                        channel: "email" | "sms";
                    };
                };
            };
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{slug}/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization's surveys (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
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
                                /** @enum {string} */
                                anonymity: "anonymous" | "linked";
                                createdAt: string;
                                id: string;
                                responses: {
                                    complete: number;
                                    inProgress: number;
                                };
                                slug: string;
                                /** @enum {string} */
                                status: "draft" | "open" | "closed";
                                title: string;
                                version: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a survey with its first draft (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default anonymous
                         * @enum {string}
                         */
                        anonymity?: "anonymous" | "linked";
                        /** Format: date-time */
                        closesAt?: string | null;
                        definition: {
                            [key: string]: unknown;
                        };
                        embedOrigins?: string[];
                        /** @default false */
                        kioskAllowed?: boolean;
                        /** Format: date-time */
                        opensAt?: string | null;
                        slug: string;
                        title: string;
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
                            /** @enum {string} */
                            anonymity: "anonymous" | "linked";
                            closesAt: string | null;
                            createdAt: string;
                            draft: {
                                [key: string]: unknown;
                            };
                            embedOrigins: string[];
                            id: string;
                            kioskAllowed: boolean;
                            opensAt: string | null;
                            publishedAt: string | null;
                            responses: {
                                complete: number;
                                inProgress: number;
                            };
                            slug: string;
                            /** @enum {string} */
                            status: "draft" | "open" | "closed";
                            title: string;
                            unpublishedChanges: boolean;
                            updatedAt: string;
                            version: number | null;
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
    "/api/orgs/{slug}/surveys/{surveyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A survey with its draft and newest version (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    surveyId: string;
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
                            anonymity: "anonymous" | "linked";
                            closesAt: string | null;
                            createdAt: string;
                            draft: {
                                [key: string]: unknown;
                            };
                            embedOrigins: string[];
                            id: string;
                            kioskAllowed: boolean;
                            opensAt: string | null;
                            publishedAt: string | null;
                            responses: {
                                complete: number;
                                inProgress: number;
                            };
                            slug: string;
                            /** @enum {string} */
                            status: "draft" | "open" | "closed";
                            title: string;
                            unpublishedChanges: boolean;
                            updatedAt: string;
                            version: number | null;
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
        /** Save the draft and settings; published versions stay as they were (staff) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    surveyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        anonymity?: "anonymous" | "linked";
                        /** Format: date-time */
                        closesAt?: string | null;
                        definition?: {
                            [key: string]: unknown;
                        };
                        embedOrigins?: string[];
                        kioskAllowed?: boolean;
                        /** Format: date-time */
                        opensAt?: string | null;
                        title?: string;
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
                            /** @enum {string} */
                            anonymity: "anonymous" | "linked";
                            closesAt: string | null;
                            createdAt: string;
                            draft: {
                                [key: string]: unknown;
                            };
                            embedOrigins: string[];
                            id: string;
                            kioskAllowed: boolean;
                            opensAt: string | null;
                            publishedAt: string | null;
                            responses: {
                                complete: number;
                                inProgress: number;
                            };
                            slug: string;
                            /** @enum {string} */
                            status: "draft" | "open" | "closed";
                            title: string;
                            unpublishedChanges: boolean;
                            updatedAt: string;
                            version: number | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/orgs/{slug}/surveys/{surveyId}/analyses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The survey's open text questions with their current analysis (analysts) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    surveyId: string;
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
                                analysis: {
                                    done: number;
                                    id: string;
                                    signedOffAt: string | null;
                                    /** @enum {string} */
                                    status: "running" | "done" | "failed";
                                    total: number;
                                } | null;
                                questionId: string;
                                text: {
                                    [key: string]: string;
                                };
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
    "/api/orgs/{slug}/surveys/{surveyId}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enter a paper form or an interview, with its source (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    surveyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answers: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        channel: "paper" | "phone" | "event" | "interview";
                        sourceNote: string;
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
                            answers: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            channel: "web" | "paper" | "phone" | "event" | "interview" | "import";
                            id: string;
                            sourceNote: string | null;
                            submittedAt: string | null;
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
    "/api/orgs/{slug}/surveys/{surveyId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Responses as CSV or XLSX (one row per response, code book), or the CSV code book (staff; logged) */
        get: {
            parameters: {
                query?: {
                    channel?: string;
                    format?: "csv" | "xlsx" | "codebook";
                    lang?: "fi" | "sv" | "en";
                    version?: string;
                };
                header?: never;
                path: {
                    slug: string;
                    surveyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file, as an attachment */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
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
    "/api/orgs/{slug}/surveys/{surveyId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The survey draws and how many were invited, opened, answered, reminded (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    surveyId: string;
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
                            draws: {
                                answered: number;
                                /** Format: date-time */
                                createdAt: string;
                                drawId: string;
                                invited: number;
                                invitedHere: boolean;
                                opened: number;
                                reminded: number;
                                title: string;
                            }[];
                            total: {
                                answered: number;
                                invited: number;
                                opened: number;
                                reminded: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Invite a pool survey draw's members to answer, by email or SMS (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    surveyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        drawId: string;
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
                            alreadyInvited: number;
                            invited: number;
                            noChannel: number;
                            notActive: number;
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
    "/api/orgs/{slug}/surveys/{surveyId}/kiosk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a kiosk for an event: a link that takes a fresh respondent each time (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    surveyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        eventName: string;
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
                            expiresAt: string;
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
    "/api/orgs/{slug}/surveys/{surveyId}/publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the survey's results page is published, and how (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    surveyId: string;
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
                            published: boolean;
                            publishedAt: string | null;
                            token?: string;
                            /** @enum {string|null} */
                            visibility: "public" | "link" | null;
                        };
                    };
                };
            };
        };
        /** Publish the results page (public or link-only) with the signed-off themes; 409 until every open question's themes are signed off */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    surveyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        visibility: "public" | "link";
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
                            published: boolean;
                            publishedAt: string | null;
                            token?: string;
                            /** @enum {string|null} */
                            visibility: "public" | "link" | null;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Take the results page down (staff) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    surveyId: string;
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
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{slug}/surveys/{surveyId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the draft as a new frozen version and open the survey (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    surveyId: string;
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
                            created: boolean;
                            publishedAt: string;
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
    "/api/orgs/{slug}/surveys/{surveyId}/qr.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A QR code (SVG) of the survey's public answering address (staff) */
        get: {
            parameters: {
                query?: {
                    download?: "1";
                };
                header?: never;
                path: {
                    slug: string;
                    surveyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The QR code */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/svg+xml": string;
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
    "/api/orgs/{slug}/surveys/{surveyId}/questions/{questionId}/analysis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The question's current analysis: progress, then themes (analysts) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    questionId: string;
                    slug: string;
                    surveyId: string;
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
                            createdAt: string;
                            done: number;
                            error: string | null;
                            excludedQuotes: string[];
                            finishedAt: string | null;
                            id: string;
                            k: number | null;
                            llm: {
                                available: boolean;
                                done: number;
                                error: string | null;
                                /** @enum {string|null} */
                                status: "running" | "done" | "failed" | null;
                                summaries: {
                                    at: string;
                                    model: string;
                                    themes: {
                                        citedIds: string[];
                                        error?: string;
                                        /** @enum {string} */
                                        source: "llm" | "keywords";
                                        summary: string | null;
                                        themeId: string;
                                    }[];
                                } | null;
                                total: number;
                            };
                            questionId: string;
                            signedOff: {
                                at: string;
                                by: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "running" | "done" | "failed";
                            step: string | null;
                            themes: {
                                alsoCount: number;
                                count: number;
                                id: string;
                                isOther: boolean;
                                keywords: string[];
                                label: string;
                                quotes: {
                                    id: string;
                                    text: string;
                                }[];
                                quotesPicked: boolean;
                                renamed: boolean;
                                sentiment: {
                                    balance: number;
                                    /** @enum {boolean} */
                                    indicative: true;
                                    negative: number;
                                    neutral: number;
                                    positive: number;
                                    scored: number;
                                } | null;
                            }[];
                            total: number;
                            warnings: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Analyse the question's open answers anew, in a worker (202; poll for progress) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    questionId: string;
                    slug: string;
                    surveyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            done: number;
                            error: string | null;
                            excludedQuotes: string[];
                            finishedAt: string | null;
                            id: string;
                            k: number | null;
                            llm: {
                                available: boolean;
                                done: number;
                                error: string | null;
                                /** @enum {string|null} */
                                status: "running" | "done" | "failed" | null;
                                summaries: {
                                    at: string;
                                    model: string;
                                    themes: {
                                        citedIds: string[];
                                        error?: string;
                                        /** @enum {string} */
                                        source: "llm" | "keywords";
                                        summary: string | null;
                                        themeId: string;
                                    }[];
                                } | null;
                                total: number;
                            };
                            questionId: string;
                            signedOff: {
                                at: string;
                                by: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "running" | "done" | "failed";
                            step: string | null;
                            themes: {
                                alsoCount: number;
                                count: number;
                                id: string;
                                isOther: boolean;
                                keywords: string[];
                                label: string;
                                quotes: {
                                    id: string;
                                    text: string;
                                }[];
                                quotesPicked: boolean;
                                renamed: boolean;
                                sentiment: {
                                    balance: number;
                                    /** @enum {boolean} */
                                    indicative: true;
                                    negative: number;
                                    neutral: number;
                                    positive: number;
                                    scored: number;
                                } | null;
                            }[];
                            total: number;
                            warnings: string[];
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
    "/api/orgs/{slug}/surveys/{surveyId}/questions/{questionId}/analysis/answers/{answerId}/quote-exclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Keep an answer out of quotes, or let it back (un-signs) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    answerId: string;
                    questionId: string;
                    slug: string;
                    surveyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        excluded: boolean;
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
                            createdAt: string;
                            done: number;
                            error: string | null;
                            excludedQuotes: string[];
                            finishedAt: string | null;
                            id: string;
                            k: number | null;
                            llm: {
                                available: boolean;
                                done: number;
                                error: string | null;
                                /** @enum {string|null} */
                                status: "running" | "done" | "failed" | null;
                                summaries: {
                                    at: string;
                                    model: string;
                                    themes: {
                                        citedIds: string[];
                                        error?: string;
                                        /** @enum {string} */
                                        source: "llm" | "keywords";
                                        summary: string | null;
                                        themeId: string;
                                    }[];
                                } | null;
                                total: number;
                            };
                            questionId: string;
                            signedOff: {
                                at: string;
                                by: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "running" | "done" | "failed";
                            step: string | null;
                            themes: {
                                alsoCount: number;
                                count: number;
                                id: string;
                                isOther: boolean;
                                keywords: string[];
                                label: string;
                                quotes: {
                                    id: string;
                                    text: string;
                                }[];
                                quotesPicked: boolean;
                                renamed: boolean;
                                sentiment: {
                                    balance: number;
                                    /** @enum {boolean} */
                                    indicative: true;
                                    negative: number;
                                    neutral: number;
                                    positive: number;
                                    scored: number;
                                } | null;
                            }[];
                            total: number;
                            warnings: string[];
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
    "/api/orgs/{slug}/surveys/{surveyId}/questions/{questionId}/analysis/llm-summaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start summarising each theme with the county's language model (202; poll the analysis); its answers are sent (logged) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    questionId: string;
                    slug: string;
                    surveyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            done: number;
                            error: string | null;
                            excludedQuotes: string[];
                            finishedAt: string | null;
                            id: string;
                            k: number | null;
                            llm: {
                                available: boolean;
                                done: number;
                                error: string | null;
                                /** @enum {string|null} */
                                status: "running" | "done" | "failed" | null;
                                summaries: {
                                    at: string;
                                    model: string;
                                    themes: {
                                        citedIds: string[];
                                        error?: string;
                                        /** @enum {string} */
                                        source: "llm" | "keywords";
                                        summary: string | null;
                                        themeId: string;
                                    }[];
                                } | null;
                                total: number;
                            };
                            questionId: string;
                            signedOff: {
                                at: string;
                                by: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "running" | "done" | "failed";
                            step: string | null;
                            themes: {
                                alsoCount: number;
                                count: number;
                                id: string;
                                isOther: boolean;
                                keywords: string[];
                                label: string;
                                quotes: {
                                    id: string;
                                    text: string;
                                }[];
                                quotesPicked: boolean;
                                renamed: boolean;
                                sentiment: {
                                    balance: number;
                                    /** @enum {boolean} */
                                    indicative: true;
                                    negative: number;
                                    neutral: number;
                                    positive: number;
                                    scored: number;
                                } | null;
                            }[];
                            total: number;
                            warnings: string[];
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
    "/api/orgs/{slug}/surveys/{surveyId}/questions/{questionId}/analysis/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge two or more themes (un-signs the analysis) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    questionId: string;
                    slug: string;
                    surveyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                        label?: string;
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
                            createdAt: string;
                            done: number;
                            error: string | null;
                            excludedQuotes: string[];
                            finishedAt: string | null;
                            id: string;
                            k: number | null;
                            llm: {
                                available: boolean;
                                done: number;
                                error: string | null;
                                /** @enum {string|null} */
                                status: "running" | "done" | "failed" | null;
                                summaries: {
                                    at: string;
                                    model: string;
                                    themes: {
                                        citedIds: string[];
                                        error?: string;
                                        /** @enum {string} */
                                        source: "llm" | "keywords";
                                        summary: string | null;
                                        themeId: string;
                                    }[];
                                } | null;
                                total: number;
                            };
                            questionId: string;
                            signedOff: {
                                at: string;
                                by: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "running" | "done" | "failed";
                            step: string | null;
                            themes: {
                                alsoCount: number;
                                count: number;
                                id: string;
                                isOther: boolean;
                                keywords: string[];
                                label: string;
                                quotes: {
                                    id: string;
                                    text: string;
                                }[];
                                quotesPicked: boolean;
                                renamed: boolean;
                                sentiment: {
                                    balance: number;
                                    /** @enum {boolean} */
                                    indicative: true;
                                    negative: number;
                                    neutral: number;
                                    positive: number;
                                    scored: number;
                                } | null;
                            }[];
                            total: number;
                            warnings: string[];
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
    "/api/orgs/{slug}/surveys/{surveyId}/questions/{questionId}/analysis/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign off the themes as they are (who, when, which analysis) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    questionId: string;
                    slug: string;
                    surveyId: string;
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
                            createdAt: string;
                            done: number;
                            error: string | null;
                            excludedQuotes: string[];
                            finishedAt: string | null;
                            id: string;
                            k: number | null;
                            llm: {
                                available: boolean;
                                done: number;
                                error: string | null;
                                /** @enum {string|null} */
                                status: "running" | "done" | "failed" | null;
                                summaries: {
                                    at: string;
                                    model: string;
                                    themes: {
                                        citedIds: string[];
                                        error?: string;
                                        /** @enum {string} */
                                        source: "llm" | "keywords";
                                        summary: string | null;
                                        themeId: string;
                                    }[];
                                } | null;
                                total: number;
                            };
                            questionId: string;
                            signedOff: {
                                at: string;
                                by: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "running" | "done" | "failed";
                            step: string | null;
                            themes: {
                                alsoCount: number;
                                count: number;
                                id: string;
                                isOther: boolean;
                                keywords: string[];
                                label: string;
                                quotes: {
                                    id: string;
                                    text: string;
                                }[];
                                quotesPicked: boolean;
                                renamed: boolean;
                                sentiment: {
                                    balance: number;
                                    /** @enum {boolean} */
                                    indicative: true;
                                    negative: number;
                                    neutral: number;
                                    positive: number;
                                    scored: number;
                                } | null;
                            }[];
                            total: number;
                            warnings: string[];
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
    "/api/orgs/{slug}/surveys/{surveyId}/questions/{questionId}/analysis/themes/{themeId}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The answers behind a theme, a page at a time (the read is logged) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path: {
                    questionId: string;
                    slug: string;
                    surveyId: string;
                    themeId: string;
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
                                excludedFromQuotes: boolean;
                                id: string;
                                text: string;
                            }[];
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
    "/api/orgs/{slug}/surveys/{surveyId}/questions/{questionId}/analysis/themes/{themeId}/label": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rename a theme (un-signs the analysis) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    questionId: string;
                    slug: string;
                    surveyId: string;
                    themeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        label: string;
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
                            createdAt: string;
                            done: number;
                            error: string | null;
                            excludedQuotes: string[];
                            finishedAt: string | null;
                            id: string;
                            k: number | null;
                            llm: {
                                available: boolean;
                                done: number;
                                error: string | null;
                                /** @enum {string|null} */
                                status: "running" | "done" | "failed" | null;
                                summaries: {
                                    at: string;
                                    model: string;
                                    themes: {
                                        citedIds: string[];
                                        error?: string;
                                        /** @enum {string} */
                                        source: "llm" | "keywords";
                                        summary: string | null;
                                        themeId: string;
                                    }[];
                                } | null;
                                total: number;
                            };
                            questionId: string;
                            signedOff: {
                                at: string;
                                by: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "running" | "done" | "failed";
                            step: string | null;
                            themes: {
                                alsoCount: number;
                                count: number;
                                id: string;
                                isOther: boolean;
                                keywords: string[];
                                label: string;
                                quotes: {
                                    id: string;
                                    text: string;
                                }[];
                                quotesPicked: boolean;
                                renamed: boolean;
                                sentiment: {
                                    balance: number;
                                    /** @enum {boolean} */
                                    indicative: true;
                                    negative: number;
                                    neutral: number;
                                    positive: number;
                                    scored: number;
                                } | null;
                            }[];
                            total: number;
                            warnings: string[];
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
    "/api/orgs/{slug}/surveys/{surveyId}/questions/{questionId}/analysis/themes/{themeId}/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Pick the theme's quotes among its answers; [] = the suggested ones (un-signs) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    questionId: string;
                    slug: string;
                    surveyId: string;
                    themeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answerIds: string[];
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
                            createdAt: string;
                            done: number;
                            error: string | null;
                            excludedQuotes: string[];
                            finishedAt: string | null;
                            id: string;
                            k: number | null;
                            llm: {
                                available: boolean;
                                done: number;
                                error: string | null;
                                /** @enum {string|null} */
                                status: "running" | "done" | "failed" | null;
                                summaries: {
                                    at: string;
                                    model: string;
                                    themes: {
                                        citedIds: string[];
                                        error?: string;
                                        /** @enum {string} */
                                        source: "llm" | "keywords";
                                        summary: string | null;
                                        themeId: string;
                                    }[];
                                } | null;
                                total: number;
                            };
                            questionId: string;
                            signedOff: {
                                at: string;
                                by: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "running" | "done" | "failed";
                            step: string | null;
                            themes: {
                                alsoCount: number;
                                count: number;
                                id: string;
                                isOther: boolean;
                                keywords: string[];
                                label: string;
                                quotes: {
                                    id: string;
                                    text: string;
                                }[];
                                quotesPicked: boolean;
                                renamed: boolean;
                                sentiment: {
                                    balance: number;
                                    /** @enum {boolean} */
                                    indicative: true;
                                    negative: number;
                                    neutral: number;
                                    positive: number;
                                    scored: number;
                                } | null;
                            }[];
                            total: number;
                            warnings: string[];
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
    "/api/orgs/{slug}/surveys/{surveyId}/questions/{questionId}/analysis/themes/{themeId}/split": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Split a theme in two or more (un-signs the analysis) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    questionId: string;
                    slug: string;
                    surveyId: string;
                    themeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default 2 */
                        parts?: number;
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
                            createdAt: string;
                            done: number;
                            error: string | null;
                            excludedQuotes: string[];
                            finishedAt: string | null;
                            id: string;
                            k: number | null;
                            llm: {
                                available: boolean;
                                done: number;
                                error: string | null;
                                /** @enum {string|null} */
                                status: "running" | "done" | "failed" | null;
                                summaries: {
                                    at: string;
                                    model: string;
                                    themes: {
                                        citedIds: string[];
                                        error?: string;
                                        /** @enum {string} */
                                        source: "llm" | "keywords";
                                        summary: string | null;
                                        themeId: string;
                                    }[];
                                } | null;
                                total: number;
                            };
                            questionId: string;
                            signedOff: {
                                at: string;
                                by: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "running" | "done" | "failed";
                            step: string | null;
                            themes: {
                                alsoCount: number;
                                count: number;
                                id: string;
                                isOther: boolean;
                                keywords: string[];
                                label: string;
                                quotes: {
                                    id: string;
                                    text: string;
                                }[];
                                quotesPicked: boolean;
                                renamed: boolean;
                                sentiment: {
                                    balance: number;
                                    /** @enum {boolean} */
                                    indicative: true;
                                    negative: number;
                                    neutral: number;
                                    positive: number;
                                    scored: number;
                                } | null;
                            }[];
                            total: number;
                            warnings: string[];
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
    "/api/orgs/{slug}/surveys/{surveyId}/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remind those invited to the survey who have not answered (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    surveyId: string;
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
                            reminded: number;
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
    "/api/orgs/{slug}/surveys/{surveyId}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The survey's complete responses with their answers (staff; the read is logged) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path: {
                    slug: string;
                    surveyId: string;
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
                                answers: {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                channel: "web" | "paper" | "phone" | "event" | "interview" | "import";
                                id: string;
                                sourceNote: string | null;
                                submittedAt: string | null;
                                version: number;
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
    "/api/orgs/{slug}/surveys/{surveyId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per-question results over every version's complete responses, optionally raked to the population (staff; logged) */
        get: {
            parameters: {
                query?: {
                    channel?: string;
                    version?: string;
                    weighted?: "true" | "false";
                };
                header?: never;
                path: {
                    slug: string;
                    surveyId: string;
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
                            definition: {
                                [key: string]: unknown;
                            };
                            filters: {
                                channel: ("web" | "paper" | "phone" | "event" | "interview" | "import")[];
                                version: number[];
                            };
                            municipalities: {
                                [key: string]: {
                                    fi: string;
                                    sv: string;
                                };
                            };
                            questions: ({
                                answered: number;
                                question: string;
                                shown: number;
                                skipped: number;
                                type: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            responses: number;
                            surveyId: string;
                            title: string;
                            versions: {
                                number: number;
                                publishedAt: string;
                                responses: number;
                            }[];
                            weights: {
                                available: boolean;
                                designEffect?: number;
                                dimensions?: ("age" | "sex" | "municipality")[];
                                effectiveN?: number;
                                excluded?: {
                                    count: number;
                                    reason: string;
                                }[];
                                margins?: {
                                    category: string;
                                    dimension: string;
                                    population: number;
                                    weighted: number;
                                }[];
                                maxError?: number;
                                message?: string;
                                population?: {
                                    label: string;
                                    year: string | null;
                                };
                                questions?: {
                                    [key: string]: string;
                                };
                                reason?: string;
                                weighted?: number;
                            } | null;
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
    "/api/orgs/{slug}/surveys/{surveyId}/results/crosstab": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A closed question by a background question; cells under 5 suppressed (staff) */
        get: {
            parameters: {
                query?: {
                    by?: string;
                    channel?: string;
                    question?: string;
                    version?: string;
                    weighted?: "true" | "false";
                };
                header?: never;
                path: {
                    slug: string;
                    surveyId: string;
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
                            by: string;
                            categories: string[];
                            cells: ({
                                category: string;
                                count: number | null;
                                group: string;
                                share: number | null;
                                suppressed: boolean;
                            } & {
                                [key: string]: unknown;
                            })[];
                            groups: ({
                                group: string;
                                size: number | null;
                                suppressed: boolean;
                            } & {
                                [key: string]: unknown;
                            })[];
                            minCell: number;
                            question: string;
                            responses: number;
                            unknownGroup: number;
                            weights: {
                                available: boolean;
                                designEffect?: number;
                                dimensions?: ("age" | "sex" | "municipality")[];
                                effectiveN?: number;
                                excluded?: {
                                    count: number;
                                    reason: string;
                                }[];
                                margins?: {
                                    category: string;
                                    dimension: string;
                                    population: number;
                                    weighted: number;
                                }[];
                                maxError?: number;
                                message?: string;
                                population?: {
                                    label: string;
                                    year: string | null;
                                };
                                questions?: {
                                    [key: string]: string;
                                };
                                reason?: string;
                                weighted?: number;
                            } | null;
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
    "/api/orgs/{slug}/surveys/{surveyId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Open or close the survey for answers (staff) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    surveyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "open" | "closed";
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
                            /** @enum {string} */
                            anonymity: "anonymous" | "linked";
                            closesAt: string | null;
                            createdAt: string;
                            draft: {
                                [key: string]: unknown;
                            };
                            embedOrigins: string[];
                            id: string;
                            kioskAllowed: boolean;
                            opensAt: string | null;
                            publishedAt: string | null;
                            responses: {
                                complete: number;
                                inProgress: number;
                            };
                            slug: string;
                            /** @enum {string} */
                            status: "draft" | "open" | "closed";
                            title: string;
                            unpublishedChanges: boolean;
                            updatedAt: string;
                            version: number | null;
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
    "/api/orgs/{slug}/surveys/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a CSV or XLSX file's rows as responses (channel import) into a new or existing survey, all or nothing (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: base64 */
                        file: string;
                        /**
                         * @default fi
                         * @enum {string}
                         */
                        lang?: "fi" | "sv" | "en";
                        sheet?: string;
                        /** @default false */
                        skipInvalid?: boolean;
                        target: {
                            definition?: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            kind: "new";
                            mapping?: {
                                columns: {
                                    column: number | string;
                                    option?: string;
                                    /** @enum {boolean} */
                                    other?: true;
                                    question: string;
                                    rank?: number;
                                    row?: string;
                                    separator?: string;
                                    values?: {
                                        [key: string]: string;
                                    };
                                }[];
                                meta?: {
                                    column: number | string;
                                    name: string;
                                }[];
                            };
                            slug: string;
                            title: string;
                        } | {
                            /** @enum {string} */
                            kind: "existing";
                            mapping?: {
                                columns: {
                                    column: number | string;
                                    option?: string;
                                    /** @enum {boolean} */
                                    other?: true;
                                    question: string;
                                    rank?: number;
                                    row?: string;
                                    separator?: string;
                                    values?: {
                                        [key: string]: string;
                                    };
                                }[];
                                meta?: {
                                    column: number | string;
                                    name: string;
                                }[];
                            };
                            /** Format: uuid */
                            surveyId: string;
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
                            imported: number;
                            problems: {
                                code: string;
                                column: string;
                                header: string;
                                line: number;
                                message: string;
                                question: string;
                                value: string;
                            }[];
                            rows: number;
                            skipped: number;
                            surveyId: string;
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
    "/api/orgs/{slug}/surveys/import/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read a CSV or XLSX file of results and propose a survey for it; stores nothing (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: base64 */
                        file: string;
                        /**
                         * @default fi
                         * @enum {string}
                         */
                        lang?: "fi" | "sv" | "en";
                        sheet?: string;
                        title?: string;
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
                            columns: {
                                column: number;
                                header: string;
                                letter: string;
                                question?: string;
                                reason: string;
                                /** @enum {string} */
                                role: "question" | "metadata" | "empty";
                                type?: string;
                            }[];
                            definition: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            format: "csv" | "xlsx";
                            header: string[];
                            importable: number;
                            mapping: {
                                columns: ({
                                    column: number | string;
                                    question: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                meta?: {
                                    column: number | string;
                                    name: string;
                                }[];
                            };
                            notice: string | null;
                            problems: {
                                code: string;
                                column: string;
                                header: string;
                                line: number;
                                message: string;
                                question: string;
                                value: string;
                            }[];
                            rows: number;
                            sheets: string[];
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
    "/api/p/c/{publicId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A conversation as a resident sees it */
        get: {
            parameters: {
                query?: {
                    t?: string;
                };
                header?: never;
                path: {
                    publicId: string;
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
                            allowStatements: boolean;
                            /** @description ISO 8601 date and time */
                            closesAt: string | null;
                            description: {
                                en: string;
                                fi: string;
                                sv: string;
                            };
                            image: {
                                alt: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                url: string;
                            } | null;
                            /** @enum {string} */
                            invitation: "none" | "valid" | "invalid";
                            /** @enum {string} */
                            moderationMode: "pre" | "post";
                            organization: {
                                /** @enum {string} */
                                defaultLanguage: "fi" | "sv" | "en";
                                languages: ("fi" | "sv" | "en")[];
                                name: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                                slug: string;
                                themeColor: string;
                            };
                            progress: {
                                total: number;
                                voted: number;
                            };
                            publicId: string;
                            resultsPublic: boolean;
                            /** @enum {string} */
                            state: "upcoming" | "open" | "closed";
                            statementMaxLength: number;
                            title: {
                                en: string;
                                fi: string;
                                sv: string;
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
    "/api/p/c/{publicId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server-Sent Events: new statements, votes, new math */
        get: {
            parameters: {
                query?: {
                    t?: string;
                };
                header?: never;
                path: {
                    publicId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An event stream: statement, votes, math, conversation, resync */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
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
    "/api/p/c/{publicId}/image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The conversation's topic image */
        get: {
            parameters: {
                query?: {
                    t?: string;
                };
                header?: never;
                path: {
                    publicId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The topic image */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": string;
                        "image/png": string;
                        "image/webp": string;
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
    "/api/p/c/{publicId}/kiosk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A kiosk's event, while its session is open (the kiosk's start screen) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    publicId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        kiosk: string;
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
                            eventName: string;
                            expiresAt: string;
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
    "/api/p/c/{publicId}/kiosk/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new person at a kiosk: a fresh resident key, kept only in the kiosk's memory (never a cookie) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    publicId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        kiosk: string;
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
                            eventName: string;
                            expiresAt: string;
                            residentToken: string;
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
    "/api/p/c/{publicId}/next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The next statement to vote on */
        get: {
            parameters: {
                query?: {
                    t?: string;
                };
                header?: never;
                path: {
                    publicId: string;
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
                            progress: {
                                total: number;
                                voted: number;
                            };
                            statement: {
                                /** @enum {string|null} */
                                language: "fi" | "sv" | "en" | null;
                                text: string;
                                tid: number;
                                translations: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                            } | null;
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
    "/api/p/c/{publicId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The opinion map and what unites and divides, with 'you are here' */
        get: {
            parameters: {
                query?: {
                    t?: string;
                };
                header?: never;
                path: {
                    publicId: string;
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
                            /** @enum {boolean} */
                            available: false;
                            progress: {
                                total: number;
                                voted: number;
                            };
                            /** @enum {string} */
                            reason: "not_public" | "not_computed";
                        } | {
                            /** @enum {boolean} */
                            available: true;
                            clustered: number;
                            commonGround: {
                                agree: {
                                    count: number;
                                    lowestGroupShare: number;
                                    share: number;
                                    tid: number;
                                    voters: number;
                                }[];
                                /** @enum {string} */
                                basis: "every_group" | "all_voters";
                                disagree: {
                                    count: number;
                                    lowestGroupShare: number;
                                    share: number;
                                    tid: number;
                                    voters: number;
                                }[];
                                threshold: number;
                            };
                            /** @description ISO 8601 date and time */
                            computedAt: string;
                            divisive: {
                                spread: number;
                                tid: number;
                            }[];
                            groups: {
                                center: (number)[];
                                id: number;
                                representative: {
                                    count: number;
                                    /** @enum {string} */
                                    direction: "agree" | "disagree";
                                    share: number;
                                    tid: number;
                                    voters: number;
                                }[];
                                size: number;
                            }[];
                            map: {
                                participants: {
                                    group: number;
                                    pid: number;
                                    x: number;
                                    y: number;
                                }[];
                                statements: {
                                    tid: number;
                                    x: number;
                                    y: number;
                                }[];
                            };
                            me: {
                                group: number;
                                x: number;
                                y: number;
                            } | null;
                            participants: number;
                            progress: {
                                total: number;
                                voted: number;
                            };
                            segmentNames: {
                                key: string;
                                name: {
                                    en: string;
                                    fi: string;
                                    sv: string;
                                };
                            }[];
                            segments: {
                                method: string;
                                mostDifferent: number[];
                                segments: {
                                    participants: number;
                                    segment: string;
                                }[];
                                statements: {
                                    segments: {
                                        agree: number;
                                        agreeShare: {
                                            estimate: number;
                                            high: number;
                                            low: number;
                                        };
                                        disagree: number;
                                        disagreeShare: {
                                            estimate: number;
                                            high: number;
                                            low: number;
                                        };
                                        pass: number;
                                        passShare: {
                                            estimate: number;
                                            high: number;
                                            low: number;
                                        };
                                        segment: string;
                                        voters: number;
                                    }[];
                                    statement: number;
                                    test: {
                                        chiSquare: number;
                                        cramersV: number;
                                        df: number;
                                        differs: boolean;
                                        lowCounts: boolean;
                                        pValue: number;
                                        qValue: number;
                                    } | null;
                                }[];
                            } | null;
                            statements: {
                                /** @enum {string|null} */
                                language: "fi" | "sv" | "en" | null;
                                text: string;
                                tid: number;
                                translations: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
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
    "/api/p/c/{publicId}/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Approved statements with the resident's own votes (to change a vote) */
        get: {
            parameters: {
                query?: {
                    t?: string;
                };
                header?: never;
                path: {
                    publicId: string;
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
                            statements: {
                                isMeta: boolean;
                                /** @enum {string|null} */
                                language: "fi" | "sv" | "en" | null;
                                /** @enum {string|null} */
                                myVote: "agree" | "disagree" | "pass" | null;
                                text: string;
                                tid: number;
                                translations: {
                                    en?: string;
                                    fi?: string;
                                    sv?: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Write a statement (when the conversation allows it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    publicId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        embed?: boolean;
                        kiosk?: string;
                        /** @enum {string} */
                        language?: "fi" | "sv" | "en";
                        t?: string;
                        text: string;
                        xid?: string;
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
                            residentToken?: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                            tid: number;
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
    "/api/p/c/{publicId}/votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Vote agree, disagree or pass; the latest vote counts; retries with the same requestId are stored once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    publicId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        embed?: boolean;
                        kiosk?: string;
                        requestId?: string;
                        t?: string;
                        tid: number;
                        /** @enum {string} */
                        vote: "agree" | "disagree" | "pass";
                        xid?: string;
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
                            progress: {
                                total: number;
                                voted: number;
                            };
                            recorded: boolean;
                            residentToken?: string;
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
    "/api/phone/audio/{campaignId}/{language}/{promptId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A prompt's audio, behind a signed, expiring link (the provider fetches it) */
        get: {
            parameters: {
                query?: {
                    expires?: number;
                    sig?: string;
                };
                header?: never;
                path: {
                    campaignId: string;
                    language: "fi" | "sv";
                    promptId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The prompt's audio */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "audio/mpeg": string;
                        "audio/wav": string;
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
    "/api/phone/elks/{callId}/hangup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 46elks: whenhangup (token in the query) */
        post: {
            parameters: {
                query?: {
                    token?: string;
                    turn?: number;
                };
                header?: never;
                path: {
                    callId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: string;
                    };
                };
            };
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/phone/elks/{callId}/next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 46elks: the ivr result (token and turn in the query) */
        post: {
            parameters: {
                query?: {
                    token?: string;
                    turn?: number;
                };
                header?: never;
                path: {
                    callId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: string;
                    };
                };
            };
            responses: {
                /** @description 46elks call action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
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
    "/api/phone/elks/{callId}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 46elks: voice_start (token in the query) */
        post: {
            parameters: {
                query?: {
                    token?: string;
                    turn?: number;
                };
                header?: never;
                path: {
                    callId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: string;
                    };
                };
            };
            responses: {
                /** @description 46elks call action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
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
    "/api/phone/twilio/{callId}/gather": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Twilio: keys pressed or silence (<Gather> action; turn in the query) */
        post: {
            parameters: {
                query?: {
                    token?: string;
                    turn?: number;
                };
                header?: never;
                path: {
                    callId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: string;
                    };
                };
            };
            responses: {
                /** @description TwiML */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/xml": string;
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
    "/api/phone/twilio/{callId}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Twilio: the call is answered (Url) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    callId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: string;
                    };
                };
            };
            responses: {
                /** @description TwiML */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/xml": string;
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
    "/api/phone/twilio/{callId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Twilio: status callback */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    callId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: string;
                    };
                };
            };
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers (and live updates are connected); 503 while it does not */
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
                            /** @enum {string} */
                            database: "pglite" | "postgres";
                            /** @enum {string} */
                            status: "ready";
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
    "/api/sms/46elks/delivery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 46elks delivery report (form: id, status, delivered); secret in the query */
        post: {
            parameters: {
                query?: {
                    secret?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: string;
                    };
                };
            };
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sms/46elks/incoming": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 46elks incoming SMS (form: id, from, to, message, created): STOP replies */
        post: {
            parameters: {
                query?: {
                    secret?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: string;
                    };
                };
            };
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sms/gatewayapi/delivery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** GatewayAPI delivery status webhook (JSON, signed with X-Gwapi-Signature) */
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
                        [key: string]: unknown;
                    };
                };
            };
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sms/gatewayapi/incoming": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** GatewayAPI incoming SMS webhook (JSON, signed): STOP replies */
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
                        [key: string]: unknown;
                    };
                };
            };
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/unsubscribe/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The unsubscribe page: asks before unsubscribing (fi, sv or en) */
        get: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page in the resident's language */
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
        /** Unsubscribe (RFC 8058 one-click, or the page's button) */
        post: {
            parameters: {
                query?: {
                    lang?: "fi" | "sv" | "en";
                };
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: string;
                    } | null;
                };
            };
            responses: {
                /** @description A page in the resident's language */
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
