// Generated from the API's OpenAPI document by `npm run api:types` (src/api-types.ts). Do not edit by hand:
// npm test fails while this file differs from what the routes describe.
export interface paths {
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who changed what in the directory and settings, newest first (admin) */
        get: {
            parameters: {
                query?: {
                    actorId?: string;
                    cursor?: string;
                    entity?: "organization" | "person" | "group" | "category" | "routing_rule" | "setting" | "api_token" | "channel" | "satisfaction_rating" | "regular_survey" | "canned_response" | "sla_calendar" | "sla_policy" | "sla_group_target" | "service_review" | "review_action" | "review_pack_schedule" | "bouncing_address" | "mailbox" | "whatsapp_number" | "whatsapp_template" | "whatsapp_group" | "kb_category" | "kb_article" | "remote_tool" | "chat_channel";
                    entityId?: string;
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
                            items: components["schemas"]["AuditEntry"][];
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
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password; sets the session cookie
         * @description A wrong password and an unknown email get the same 401 BAD_CREDENTIALS. Too many failures for the typed account (SIGN_IN_ACCOUNT_FAILURES) or from your address (SIGN_IN_CLIENT_FAILURES) within SIGN_IN_FAILURE_WINDOW_MINUTES answer 429 SIGN_IN_THROTTLED with Retry-After, whatever the password; successful sign-ins never count.
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
                            /** @description Send it back as the x-csrf-token header on signed-in writes */
                            csrfToken: string | null;
                            groupIds: string[];
                            id: string;
                            name: string;
                            organizationId: string;
                            orgManager: boolean;
                            /** @enum {string} */
                            role: "requester" | "agent" | "manager" | "admin";
                            scopes: string[];
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
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out (ends the session; without one it does nothing) */
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
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in person */
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
                            /** @description Send it back as the x-csrf-token header on signed-in writes */
                            csrfToken: string | null;
                            groupIds: string[];
                            id: string;
                            name: string;
                            organizationId: string;
                            orgManager: boolean;
                            /** @enum {string} */
                            role: "requester" | "agent" | "manager" | "admin";
                            scopes: string[];
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
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your own password (signed in): ends your other sessions; says which API tokens stay valid
         * @description A wrong currentPassword is 422 CURRENT_PASSWORD_WRONG and counts as a failed sign-in (SIGN_IN_THROTTLED applies). Every other session of yours ends at once, in every process; this one stays. API tokens are separate credentials and stay valid: they are listed in the answer, revoke any you no longer trust with DELETE /api/v1/tokens/{id}.
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
                        currentPassword: string;
                        /** @description At least 10 characters */
                        newPassword: string;
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
                            /** @description Your live API tokens: a password change does not revoke them */
                            apiTokensStillValid: {
                                expiresAt: string | null;
                                id: string;
                                name: string;
                                prefix: string;
                            }[];
                            /** @description Your other sessions this change ended */
                            otherSessionsEnded: number;
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
    "/api/v1/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log a telephone call (staff): open a ticket, resolve one on the call, or add the notes to one — in one transaction */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes the request safe to retry: the same key with the same body within 24 h answers the first result (same status and body, with `Idempotent-Replayed: true`); the same key with another body is refused (422 IDEMPOTENCY_KEY_REUSED); while the first request still runs a duplicate gets 409 IDEMPOTENCY_KEY_IN_USE with Retry-After. Keys belong to the caller (each person, or each client address on public forms). Use a new random key (a UUID) per intended action. */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description new_ticket and resolved_on_call: the agent who took the call is the assignee (default true); false leaves it to routing */
                        assignToMe?: boolean;
                        /**
                         * Format: uuid
                         * @description The person on the line; required for new_ticket and resolved_on_call
                         */
                        callerId?: string;
                        /** @description The number the call came from (inbound) or went to (outbound) */
                        callerNumber: string;
                        categoryId?: string | null;
                        /** @description The request as the requester sees it, when it should differ from the notes; default: the notes */
                        description?: string;
                        /**
                         * @description Default inbound
                         * @enum {string}
                         */
                        direction?: "inbound" | "outbound";
                        durationSeconds: number;
                        /**
                         * @description Required for new_ticket and resolved_on_call
                         * @enum {string}
                         */
                        impact?: "organization" | "department" | "person";
                        /** @description What the caller said (the request of the ticket a call opens, in their words) and what was done; kept on the call record */
                        notes: string;
                        /** @enum {string} */
                        outcome: "resolved_on_call" | "new_ticket" | "updated_ticket";
                        /**
                         * Format: date-time
                         * @description Default: now minus the duration
                         */
                        startedAt?: string;
                        /** @description Required for new_ticket and resolved_on_call */
                        subject?: string;
                        /** @description The ticket the call was about (id or number); required for updated_ticket */
                        ticketId?: string | number;
                        /**
                         * @description Default incident
                         * @enum {string}
                         */
                        type?: "incident" | "service_request" | "consultation" | "feedback";
                        /**
                         * @description Required for new_ticket and resolved_on_call
                         * @enum {string}
                         */
                        urgency?: "high" | "medium" | "low";
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
                            call: components["schemas"]["Call"];
                            ticket: {
                                /** Format: uuid */
                                id: string;
                                number: number;
                                /** @enum {string} */
                                status: "new" | "open" | "pending" | "on_hold" | "resolved" | "closed";
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
    "/api/v1/calls/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is calling from this number (staff): people whose phone is the same line (last 10 digits), with their open tickets */
        get: {
            parameters: {
                query: {
                    /** @description As typed: +92 300 1234567, 0300-1234567, (021) 111 000 111 … */
                    number: string;
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
                            matches: {
                                openTickets: {
                                    /** Format: uuid */
                                    id: string;
                                    number: number;
                                    /** @enum {string} */
                                    priority: "critical" | "high" | "medium" | "low";
                                    /** @enum {string} */
                                    status: "new" | "open" | "pending" | "on_hold" | "resolved" | "closed";
                                    subject: string;
                                }[];
                                person: {
                                    email: string;
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    /** Format: uuid */
                                    organizationId: string;
                                    organizationName: string;
                                    phone: string | null;
                                };
                            }[];
                            number: string;
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
    "/api/v1/canned-responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Canned responses by title (staff) */
        get: {
            parameters: {
                query?: {
                    /** @description Only those whose title or body contains this */
                    q?: string;
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
                            items: components["schemas"]["CannedResponse"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a canned response (managers, admins) */
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
                        body: string;
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
                        "application/json": components["schemas"]["CannedResponse"];
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
    "/api/v1/canned-responses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a canned response (managers, admins) */
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
        /** Retitle or rewrite a canned response (managers, admins) */
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
                        body?: string;
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
                        "application/json": components["schemas"]["CannedResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ticket categories, by name */
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
                            items: components["schemas"]["Category"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a category (admin) */
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
                        description?: string;
                        name: string;
                        /** @description The name in Urdu; empty or null: none */
                        nameUr?: string | null;
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
                        "application/json": components["schemas"]["Category"];
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
    "/api/v1/categories/{id}": {
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
        /** Rename or redescribe a category (admin) */
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
                        description?: string;
                        name?: string;
                        /** @description The name in Urdu; empty or null: none */
                        nameUr?: string | null;
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
                        "application/json": components["schemas"]["Category"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every channel with its contact and instructions, by position (requesters: only the enabled ones) */
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
                            items: components["schemas"]["ChannelSetting"][];
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
    "/api/v1/channels/{channel}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace how a channel is offered (admin; audited) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description One of phone, email, chat, whatsapp, portal, onsite, remote, api */
                    channel: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contact: string;
                        enabled: boolean;
                        instructions: string;
                        /** @description The instructions in Urdu; left out, empty or null: none */
                        instructionsUr?: string | null;
                        position: number;
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
                        "application/json": components["schemas"]["ChannelSetting"];
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
    "/api/v1/chat-interactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log by hand a chat interaction held outside the desk (staff): a ticket asked at askedAt, answered at answeredAt */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes the request safe to retry: the same key with the same body within 24 h answers the first result (same status and body, with `Idempotent-Replayed: true`); the same key with another body is refused (422 IDEMPOTENCY_KEY_REUSED); while the first request still runs a duplicate gets 409 IDEMPOTENCY_KEY_IN_USE with Retry-After. Keys belong to the caller (each person, or each client address on public forms). Use a new random key (a UUID) per intended action. */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LogChatInteractionInput"];
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
                            ticket: {
                                /** Format: uuid */
                                id: string;
                                number: number;
                                /** @enum {string} */
                                status: "new" | "open" | "pending" | "on_hold" | "resolved" | "closed";
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
    "/api/v1/chat/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The chat channels (admins): keys the widget may use, their queues, the default */
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
                            items: components["schemas"]["ChatChannel"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a chat channel (admins; audited) */
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
                        active?: boolean;
                        /** @default null */
                        groupId?: string | null;
                        /** @description true: this channel becomes the default (the previous one stops being it) */
                        isDefault?: boolean;
                        /** @description The embedding's data-channel key: 1–40 lowercase letters, digits or dashes */
                        key: string;
                        name: string;
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
                        "application/json": components["schemas"]["ChatChannel"];
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
    "/api/v1/chat/channels/{id}": {
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
        /** Change a chat channel, switch it off or make it the default (admins; audited) */
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
                        active?: boolean;
                        groupId?: string | null;
                        /** @description true: this channel becomes the default (the previous one stops being it) */
                        isDefault?: boolean;
                        /** @description The embedding's data-channel key: 1–40 lowercase letters, digits or dashes */
                        key?: string;
                        name?: string;
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
                        "application/json": components["schemas"]["ChatChannel"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/chat/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a web chat as the signed-in person (the portal's chat): the answer's token opens it as for visitors */
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
                        /** @description The embedding's data-channel key, a chat channel an admin created (unknown or inactive: 422); none: the default channel */
                        channel?: string;
                        /** @description The visitor's first words (optional) */
                        message?: string;
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
                            /** Format: uuid */
                            chatId: string;
                            /** @enum {string} */
                            state: "waiting";
                            ticketNumber: number;
                            /** @description Send it as the X-Chat-Token header (or ?token= on the stream): it alone opens this chat */
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
    "/api/v1/chats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The chat queue: chats waiting in your groups (oldest first, with their waiting time) and those you hold */
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
                            mine: components["schemas"]["QueuedChat"][];
                            waiting: components["schemas"]["QueuedChat"][];
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
    "/api/v1/chats/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A chat you hold or may take, with its messages after a server id */
        get: {
            parameters: {
                query?: {
                    /** @description The last message id you have (0: from the start) */
                    after?: number;
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
                            chat: components["schemas"]["Chat"];
                            messages: components["schemas"]["ChatMessage"][];
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
    "/api/v1/chats/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a waiting chat (its ticket is assigned to you) */
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
                        "application/json": components["schemas"]["Chat"];
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
    "/api/v1/chats/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a chat you hold (its ticket stays to be resolved) */
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
                        "application/json": components["schemas"]["Chat"];
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
    "/api/v1/chats/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer in a chat you hold (a public reply on its ticket: the first one is the ticket's first response) */
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
                        /** @description Files uploaded to this chat first */
                        attachmentIds?: string[];
                        /** @description 1–5000 characters */
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
                        "application/json": components["schemas"]["ChatMessage"];
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
    "/api/v1/chats/{id}/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A chat, live (server-sent events)
         * @description Server-sent events of one chat. `event: message` (`id:` the server id, `data:` a ChatMessage) for every message after `?after=` or the `Last-Event-ID` header — first those already stored, then each as it is committed in any process; `event: typing` (`data: {"sender","name"}`) while the other side types; `event: state` (`data: {"state":"waiting"|"active"|"ended"}`). Reconnect with the last id you have: nothing is lost or repeated.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The last message id you have (0: from the start) */
                    after?: number;
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
    "/api/v1/chats/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pass a chat you hold to another agent or to a group's queue (exactly one of agentId, groupId) */
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
                        /**
                         * Format: uuid
                         * @description Hand the chat to this agent (they hold it at once)
                         */
                        agentId?: string;
                        /**
                         * Format: uuid
                         * @description Or put it back in this group's queue
                         */
                        groupId?: string;
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
                        "application/json": components["schemas"]["Chat"];
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
    "/api/v1/chats/{id}/typing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** You are typing in a chat (not stored) */
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
    "/api/v1/chats/queue/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The chat queue, live (server-sent events)
         * @description Server-sent events: `event: queue` with `data: {"chatId","state"}` whenever a chat starts, is taken, passed on or ends, in any process; refetch GET /api/v1/chats.
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
    "/api/v1/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every escalation, newest first, by time, kind and group (managers and admins) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    /** @description At or after this instant */
                    from?: string;
                    /** @description Escalations from or to this group */
                    groupId?: string;
                    kind?: "warning" | "breach" | "functional" | "hierarchical" | "priority" | "manual";
                    limit?: number;
                    /** @description Before this instant */
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
                                actorId: string | null;
                                at: string;
                                clock: ("first_response" | "next_reply" | "resolution") | null;
                                fromGroupId: string | null;
                                fromPriority: ("critical" | "high" | "medium" | "low") | null;
                                /** Format: uuid */
                                id: string;
                                /**
                                 * @description manual: by hand; functional: to another group; hierarchical: people notified; priority: raised
                                 * @enum {string}
                                 */
                                kind: "warning" | "breach" | "functional" | "hierarchical" | "priority" | "manual";
                                level: number | null;
                                notified: string[];
                                reason: string;
                                /** @description The policy threshold that fired it; null when a person escalated by hand */
                                rule: string | null;
                                /** Format: uuid */
                                ticketId: string;
                                ticketNumber: number;
                                toGroupId: string | null;
                                toPriority: ("critical" | "high" | "medium" | "low") | null;
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
    "/api/v1/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Support groups, by tier (staff) */
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
                            items: components["schemas"]["SupportGroup"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a support group (admin) */
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
                        /**
                         * @description How new tickets in the group get an assignee
                         * @default manual
                         * @enum {string}
                         */
                        assignment?: "manual" | "round_robin" | "least_loaded";
                        leadId?: string | null;
                        name: string;
                        /** @description The name in Urdu; empty or null: none */
                        nameUr?: string | null;
                        /** @description 1 = service desk; higher tiers take escalations */
                        tier: number;
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
                        "application/json": components["schemas"]["SupportGroup"];
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
    "/api/v1/groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One support group (staff) */
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
                        "application/json": components["schemas"]["SupportGroup"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a support group (admin) */
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
                        /**
                         * @description How new tickets in the group get an assignee
                         * @enum {string}
                         */
                        assignment?: "manual" | "round_robin" | "least_loaded";
                        leadId?: string | null;
                        name?: string;
                        /** @description The name in Urdu; empty or null: none */
                        nameUr?: string | null;
                        /** @description 1 = service desk; higher tiers take escalations */
                        tier?: number;
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
                        "application/json": components["schemas"]["SupportGroup"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/groups/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a group's members (admin); each must be an agent, manager or admin */
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
                        "application/json": components["schemas"]["SupportGroup"];
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
    "/api/v1/kb/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Articles you may read, by title (staff: drafts and agents-only ones too) */
        get: {
            parameters: {
                query?: {
                    audience?: "new" | "current" | "agents";
                    categoryId?: string;
                    language?: "en" | "ur";
                    /** @description Only those whose review-by day has passed */
                    reviewDue?: "true";
                    status?: "draft" | "published";
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
                            items: components["schemas"]["ArticleSummary"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Write an article (staff) */
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
                        audiences: ("new" | "current" | "agents")[];
                        /** @description Markdown; raw HTML is shown as text */
                        body: string;
                        categoryId?: string | null;
                        /** @description The stable name the language versions share (an import file's name) */
                        key?: string;
                        /**
                         * @default en
                         * @enum {string}
                         */
                        language?: "en" | "ur";
                        ownerId?: string | null;
                        /** @description The day by which the owner should review it (YYYY-MM-DD) */
                        reviewBy?: string | null;
                        /**
                         * @default draft
                         * @enum {string}
                         */
                        status?: "draft" | "published";
                        /** @default [] */
                        tags?: string[];
                        title: string;
                        /**
                         * @default signed_in
                         * @enum {string}
                         */
                        visibility?: "public" | "signed_in";
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
                        "application/json": components["schemas"]["Article"];
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
    "/api/v1/kb/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One article, rendered, with its other language versions; reading a published one counts a view */
        get: {
            parameters: {
                query?: {
                    /** @description `edit`: an editor opening it (no view counted) */
                    purpose?: "read" | "edit";
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
                        "application/json": components["schemas"]["Article"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit, publish or unpublish an article (staff); a content change is a new version */
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
                        audiences?: ("new" | "current" | "agents")[];
                        /** @description Markdown; raw HTML is shown as text */
                        body?: string;
                        categoryId?: string | null;
                        /** @description What the change was, for the history */
                        note?: string;
                        ownerId?: string | null;
                        /** @description The day by which the owner should review it (YYYY-MM-DD) */
                        reviewBy?: string | null;
                        /** @enum {string} */
                        status?: "draft" | "published";
                        tags?: string[];
                        title?: string;
                        /** @description The version you read; a stale one answers 409 ARTICLE_VERSION_CONFLICT */
                        version: number;
                        /** @enum {string} */
                        visibility?: "public" | "signed_in";
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
                        "application/json": components["schemas"]["Article"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/kb/articles/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed between two versions (staff): the title, and the Markdown line by line */
        get: {
            parameters: {
                query: {
                    from: number;
                    to: number;
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
                            body: {
                                /** @enum {string} */
                                op: "same" | "added" | "removed";
                                text: string;
                            }[];
                            from: number;
                            title: {
                                from: string;
                                to: string;
                            } | null;
                            to: number;
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
    "/api/v1/kb/articles/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** "Was this helpful?" on a published article you read; answering again replaces your answer */
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
                        comment?: string;
                        helpful: boolean;
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
    "/api/v1/kb/articles/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An article's versions, newest first (staff) */
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
                            items: components["schemas"]["ArticleVersion"][];
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
    "/api/v1/kb/articles/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version of an article as it was saved (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    version: number;
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
                            createdAt: string;
                            editedBy: string | null;
                            html: string;
                            note: string;
                            /** @enum {string} */
                            status: "draft" | "published";
                            title: string;
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
    "/api/v1/kb/articles/{id}/versions/{version}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring back an earlier version as a new one (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    version: number;
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
                        "application/json": components["schemas"]["Article"];
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
    "/api/v1/kb/articles/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unsaved Markdown rendered and sanitised exactly as a saved article is (article writers): the live preview */
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
                        /** @description The unsaved Markdown; the same limit as an article's body (an empty one previews as nothing) */
                        body: string;
                        /**
                         * @description Decides the direction: Urdu reads right to left
                         * @default en
                         * @enum {string}
                         */
                        language?: "en" | "ur";
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
                            direction: "ltr" | "rtl";
                            /** @description Rendered and sanitised: safe to insert */
                            html: string;
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
    "/api/v1/kb/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Knowledge base categories by name */
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
                            items: components["schemas"]["KbCategory"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a knowledge base category (staff) */
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
                        name: string;
                        /** @description The name shown to people reading in Urdu */
                        nameUr?: string | null;
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
                        "application/json": components["schemas"]["KbCategory"];
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
    "/api/v1/kb/categories/{id}": {
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
        /** Rename a knowledge base category or set its Urdu name (staff) */
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
                        name?: string;
                        /** @description The name shown to people reading in Urdu */
                        nameUr?: string | null;
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
                            /** Format: uuid */
                            id: string;
                            name: string;
                            nameUr: string | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/kb/deflections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A request draft left unsent after a suggested article was opened: counted once per draft */
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
                        /** Format: uuid */
                        articleId: string;
                        /**
                         * Format: uuid
                         * @description Made by the portal when the draft started
                         */
                        draftId: string;
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
                            /** @description false: this draft was counted before */
                            counted: boolean;
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
    "/api/v1/kb/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The owners' report (staff): most viewed, least helpful, deflections per article, latest comments */
        get: {
            parameters: {
                query?: {
                    mine?: "true" | "false";
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
                            comments: {
                                /** Format: uuid */
                                articleId: string;
                                at: string;
                                comment: string;
                                helpful: boolean;
                                title: string;
                            }[];
                            deflections: {
                                deflections: number;
                                helpful: number;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                language: "en" | "ur";
                                ownerId: string | null;
                                title: string;
                                unhelpful: number;
                                views: number;
                            }[];
                            leastHelpful: {
                                deflections: number;
                                helpful: number;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                language: "en" | "ur";
                                ownerId: string | null;
                                title: string;
                                unhelpful: number;
                                views: number;
                            }[];
                            mostViewed: {
                                deflections: number;
                                helpful: number;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                language: "en" | "ur";
                                ownerId: string | null;
                                title: string;
                                unhelpful: number;
                                views: number;
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
    "/api/v1/kb/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published articles that may answer a request being typed (its subject and description) */
        get: {
            parameters: {
                query: {
                    /** @description The reader's language: each article is suggested once, in this language when it has it */
                    language?: "en" | "ur";
                    /** @description The draft's subject and description; its first words count */
                    text: string;
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
                                /** Format: uuid */
                                id: string;
                                /** @description The article (its language versions share it) */
                                key: string;
                                /** @enum {string} */
                                language: "en" | "ur";
                                score: number;
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
    "/api/v1/knowledge/search-stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What people searched for over a period: top queries and top queries without results (staff) */
        get: {
            parameters: {
                query?: {
                    /** @description Default: 30 days before `to` */
                    from?: string;
                    limit?: number;
                    /** @description Default: now */
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
                        "application/json": components["schemas"]["SearchStats"];
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
    "/api/v1/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live updates (server-sent events)
         * @description Server-sent events (text/event-stream) about the tickets you may read, as they are committed in any process: `event: ticket` with `data: {"change":"created"|"updated"|"replied"|"noted","ticketId","number","at"}` and, for staff, `event: sla` with `data: {"threshold":"warning_75"|"breach"|"escalation_1"…,"clock":"response"|"next_reply"|"resolution","ticketId","number","at"}`; and `event: notification` with `data: {"ticketId","at"}` when an in-app notification is written for you (yours only): refetch GET /api/v1/notifications. Requesters hear only of their own tickets (their organization's, for its manager) and never of internal notes or SLA thresholds. The stream opens with `retry: 3000` and sends a `: keepalive` comment every 25 s. Nothing is replayed: fetch the list after (re)connecting. At most 10 streams per person per server process (429 TOO_MANY_STREAMS beyond).
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
                        "text/event-stream": components["schemas"]["LiveEvent"];
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
    "/api/v1/mail/bouncing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Addresses our mail bounced from, latest first (admin) */
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
                            items: components["schemas"]["BouncingAddress"][];
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
    "/api/v1/mail/bouncing/{address}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Clear a bouncing address: mail goes to it again (admin, audited) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    address: string;
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
    "/api/v1/mail/mailboxes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every mailbox (admin) */
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
                            items: components["schemas"]["Mailbox"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a mailbox (admin) */
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
                        address: string;
                        /** @default null */
                        defaultGroupId?: string | null;
                        /** @default null */
                        defaultPriority?: ("critical" | "high" | "medium" | "low") | null;
                        /**
                         * @description How to poll the mailbox; required when inboundKind is imap
                         * @default null
                         */
                        imap?: {
                            /**
                             * @description flag: marked seen and imported; move: to moveTo; delete
                             * @default flag
                             * @enum {string}
                             */
                            afterImport?: "flag" | "move" | "delete";
                            /** @default INBOX */
                            folder?: string;
                            host: string;
                            moveTo?: string;
                            /** @default 993 */
                            port?: number;
                            /** @description The password; listed back as ******** */
                            secret: string;
                            /**
                             * @description Implicit TLS (port 993); false: plain IMAP, upgraded with STARTTLS when offered
                             * @default true
                             */
                            tls?: boolean;
                            user: string;
                        } | null;
                        /**
                         * @default smtp
                         * @enum {string}
                         */
                        inboundKind?: "smtp" | "imap" | "pipe";
                        /** @default  */
                        senderName?: string;
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
                        "application/json": components["schemas"]["Mailbox"];
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
    "/api/v1/mail/mailboxes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a mailbox: it takes no more mail, its IMAP lease is released, the tickets it made keep their mail (admin, audited) */
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
        /** Change a mailbox (admin) */
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
                        active?: boolean;
                        /** Format: email */
                        address?: string;
                        defaultGroupId?: string | null;
                        defaultPriority?: ("critical" | "high" | "medium" | "low") | null;
                        /** @description Changes to the IMAP settings (merged with the stored ones; leave secret out to keep it) */
                        imap?: {
                            /**
                             * @description flag: marked seen and imported; move: to moveTo; delete
                             * @default flag
                             * @enum {string}
                             */
                            afterImport?: "flag" | "move" | "delete";
                            /** @default INBOX */
                            folder?: string;
                            host?: string;
                            moveTo?: string;
                            /** @default 993 */
                            port?: number;
                            /** @description The password; listed back as ******** */
                            secret?: string;
                            /**
                             * @description Implicit TLS (port 993); false: plain IMAP, upgraded with STARTTLS when offered
                             * @default true
                             */
                            tls?: boolean;
                            user?: string;
                        } | null;
                        /** @enum {string} */
                        inboundKind?: "smtp" | "imap" | "pipe";
                        senderName?: string;
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
                        "application/json": components["schemas"]["Mailbox"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/mail/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mail about tickets, newest first: queued (local outbox), sent or failed (admin) */
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
                            items: components["schemas"]["OutboundMail"][];
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
    "/api/v1/mail/quarantine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mail waiting in quarantine, oldest first, with the reason (admin) */
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
                            items: components["schemas"]["QuarantinedMail"][];
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
    "/api/v1/mail/quarantine/{id}/discard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Discard a quarantined mail (kept, marked discarded; admin) */
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
    "/api/v1/mail/quarantine/{id}/original": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The quarantined mail's raw bytes as they arrived, as plain text (admin) */
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
    "/api/v1/mail/quarantine/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release a quarantined mail into a new ticket for the requester named (admin) */
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
                        /**
                         * Format: uuid
                         * @description Whose request the mail becomes
                         */
                        requesterId: string;
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
                            number: number;
                            ticketId: string;
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
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your profile: language and the time zone times are shown in */
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
                        "application/json": components["schemas"]["Profile"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change your own time zone or language */
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
                        language?: string;
                        timeZone?: string | null;
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
                        "application/json": components["schemas"]["Profile"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your notifications, unread first, then newest first */
        get: {
            parameters: {
                query?: {
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
                            items: components["schemas"]["Notification"][];
                            unread: number;
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
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of your notifications read */
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
                        "application/json": components["schemas"]["Notification"];
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
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all of your notifications read */
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
                            marked: number;
                            /** @enum {number} */
                            unread: 0;
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
    "/api/v1/onboarding/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your onboarding path and how far you are along it */
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
                        "application/json": components["schemas"]["MyOnboarding"];
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
    "/api/v1/onboarding/paths": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every onboarding path (staff) */
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
                            items: components["schemas"]["OnboardingPath"][];
                        };
                    };
                };
            };
        };
        /** Create or rewrite the path of one organization or one audience (staff); items in order */
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
                        /**
                         * @description Or: the audience (new: any organization without its own path; agents: staff)
                         * @enum {string}
                         */
                        audience?: "new" | "current" | "agents";
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "tutorial" | "article";
                        }[];
                        /**
                         * Format: uuid
                         * @description The organization whose people follow it
                         */
                        organizationId?: string;
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
                        "application/json": components["schemas"]["OnboardingPath"];
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
    "/api/v1/onboarding/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organization's people × the items of their path (staff managers and admins; a requester managing that organization) */
        get: {
            parameters: {
                query: {
                    organizationId: string;
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
                        "application/json": components["schemas"]["OnboardingProgress"];
                    };
                };
            };
        };
        put?: never;
        /** Report progress on an item of your path: opened, ended (the video played to its end), done */
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
                        /** @enum {string} */
                        event: "opened" | "ended" | "done";
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "tutorial" | "article";
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
                            /** @description False when the item is not on your path */
                            recorded: boolean;
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
    "/api/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organizations you may see (a requester: only their own) */
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
                            items: components["schemas"]["Organization"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add an organization (admin) */
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
                        domain?: string | null;
                        /**
                         * @default client
                         * @enum {string}
                         */
                        kind?: "provider" | "client";
                        name: string;
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
                        "application/json": components["schemas"]["Organization"];
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
    "/api/v1/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organization */
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
                        "application/json": components["schemas"]["Organization"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename an organization, change its domain or its addresses (admin) */
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
                        /** @description The whole list of its sites (replaces the one before) */
                        addresses?: {
                            /** @default  */
                            city?: string;
                            /**
                             * @description Opening hours: a visit outside them needs a reason
                             * @default null
                             */
                            hours?: {
                                close: string;
                                /** @description ISO weekdays: 1 Monday … 7 Sunday */
                                days: number[];
                                open: string;
                            } | null;
                            /** @description Its key within the organization, used by visits */
                            id: string;
                            /** @description e.g. Head office */
                            label: string;
                            /** @default  */
                            street?: string;
                            /** @description The site's time zone: visits and their invitations are in its wall-clock time */
                            timezone: string;
                        }[];
                        domain?: string | null;
                        name?: string;
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
                        "application/json": components["schemas"]["Organization"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People you may see, by name */
        get: {
            parameters: {
                query?: {
                    /** @description true or false */
                    active?: string;
                    cursor?: string;
                    limit?: number;
                    organizationId?: string;
                    /** @description Part of the name or email */
                    q?: string;
                    role?: "requester" | "agent" | "manager" | "admin";
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
                            items: components["schemas"]["Person"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a person (admin) */
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
                        extension?: string | null;
                        locale?: string;
                        managerId?: string | null;
                        name: string;
                        /** Format: uuid */
                        organizationId: string;
                        orgManager?: boolean;
                        /** @description Optional: without one the person cannot sign in with a password */
                        password?: string;
                        phone?: string | null;
                        /** @enum {string} */
                        role: "requester" | "agent" | "manager" | "admin";
                        timeZone?: string | null;
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
                        "application/json": components["schemas"]["Person"];
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
    "/api/v1/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One person */
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
                        "application/json": components["schemas"]["Person"];
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
         * Change a person (admin)
         * @description A new `password` ends every other session of the person (yours survives if you change your own); deactivating them or lowering their role ends all their sessions. Their API tokens are separate credentials: they stay valid after a password change (revoke them with DELETE /api/v1/tokens/{id}) and stop working while the person is inactive. The last active admin cannot be demoted or deactivated (409 LAST_ADMIN).
         */
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
                        active?: boolean;
                        /** Format: email */
                        email?: string;
                        extension?: string | null;
                        locale?: string;
                        managerId?: string | null;
                        name?: string;
                        orgManager?: boolean;
                        /** @description At least 10 characters */
                        password?: string;
                        phone?: string | null;
                        /** @enum {string} */
                        role?: "requester" | "agent" | "manager" | "admin";
                        timeZone?: string | null;
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
                        "application/json": components["schemas"]["Person"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/people/{id}/preferred-channel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set where notifications to a person go (the person themself, or staff); audited */
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
                        /** @enum {string} */
                        preferredChannel: "email" | "whatsapp" | "portal";
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
                        "application/json": components["schemas"]["Person"];
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
    "/api/v1/playlists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Playlists, newest change first */
        get: {
            parameters: {
                query?: {
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
                            items: components["schemas"]["PlaylistSummary"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a playlist (staff) */
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
                        /** @default  */
                        description?: string;
                        /** @description Tutorials and articles, in playing order */
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "tutorial" | "article";
                        }[];
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
                        "application/json": components["schemas"]["Playlist"];
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
    "/api/v1/playlists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A playlist and what you may open of it */
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
                        "application/json": components["schemas"]["Playlist"];
                    };
                };
            };
        };
        /** Rewrite a playlist and its items (staff) */
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
                        /** @default  */
                        description?: string;
                        /** @description Tutorials and articles, in playing order */
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "tutorial" | "article";
                        }[];
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
                        "application/json": components["schemas"]["Playlist"];
                    };
                };
            };
        };
        post?: never;
        /** Delete a playlist (staff) */
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
    "/api/v1/public/chat/hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether chats are answered now, and when support opens next */
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
                            open: boolean;
                            opensAt: string | null;
                            timeZone: string;
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
    "/api/v1/public/chat/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Outside support hours: leave a message (opens a chat ticket, answered when support opens) */
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
                        /** @description The embedding's data-channel key, a chat channel an admin created (unknown or inactive: 422); none: the default channel */
                        channel?: string;
                        /**
                         * Format: email
                         * @description Required for anonymous visitors (kept as typed, unverified)
                         */
                        email?: string;
                        message: string;
                        /** @description Required for anonymous visitors */
                        name?: string;
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
                            ticketNumber: number;
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
    "/api/v1/public/chat/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a web chat as a visitor (name and email required); it is a chat ticket from now on */
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
                        /** @description The embedding's data-channel key, a chat channel an admin created (unknown or inactive: 422); none: the default channel */
                        channel?: string;
                        /**
                         * Format: email
                         * @description Required for anonymous visitors (kept as typed, unverified)
                         */
                        email?: string;
                        /** @description The visitor's first words (optional) */
                        message?: string;
                        /** @description Required for anonymous visitors */
                        name?: string;
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
                            /** Format: uuid */
                            chatId: string;
                            /** @enum {string} */
                            state: "waiting";
                            ticketNumber: number;
                            /** @description Send it as the X-Chat-Token header (or ?token= on the stream): it alone opens this chat */
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
    "/api/v1/public/chat/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The visitor's chat and its messages after a server id */
        get: {
            parameters: {
                query?: {
                    /** @description The last message id you have (0: from the start) */
                    after?: number;
                    /** @description Visitors' EventSource, which cannot send headers: the chat token */
                    token?: string;
                };
                header?: {
                    "x-chat-token"?: string;
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
                            chat: components["schemas"]["Chat"];
                            messages: components["schemas"]["ChatMessage"][];
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
    "/api/v1/public/chat/sessions/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a file (multipart/form-data, field `file`) to send with the visitor's next message */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "x-chat-token"?: string;
                };
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
                            contentType: string;
                            createdAt: string;
                            filename: string;
                            /** Format: uuid */
                            id: string;
                            sha256: string;
                            size: number;
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
    "/api/v1/public/chat/sessions/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a file sent in the visitor's chat (by the agent or the visitor); always a download
         * @description The chat token opens only its own chat's files: another chat's token, or a file never sent in this chat, is 404. A link cannot send headers, so `?token=` is taken too.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Visitors' EventSource, which cannot send headers: the chat token */
                    token?: string;
                };
                header?: {
                    "x-chat-token"?: string;
                };
                path: {
                    attachmentId: string;
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
    "/api/v1/public/chat/sessions/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The visitor leaves the chat */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "x-chat-token"?: string;
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
                        "application/json": components["schemas"]["Chat"];
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
    "/api/v1/public/chat/sessions/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a message in the visitor's chat */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "x-chat-token"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Files uploaded to this chat first */
                        attachmentIds?: string[];
                        /** @description 1–5000 characters */
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
                        "application/json": components["schemas"]["ChatMessage"];
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
    "/api/v1/public/chat/sessions/{id}/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The visitor's chat, live (server-sent events)
         * @description Server-sent events of one chat. `event: message` (`id:` the server id, `data:` a ChatMessage) for every message after `?after=` or the `Last-Event-ID` header — first those already stored, then each as it is committed in any process; `event: typing` (`data: {"sender","name"}`) while the other side types; `event: state` (`data: {"state":"waiting"|"active"|"ended"}`). Reconnect with the last id you have: nothing is lost or repeated.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The last message id you have (0: from the start) */
                    after?: number;
                    /** @description Visitors' EventSource, which cannot send headers: the chat token */
                    token?: string;
                };
                header?: {
                    "x-chat-token"?: string;
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
    "/api/v1/public/chat/sessions/{id}/typing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The visitor is typing (not stored) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "x-chat-token"?: string;
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
    "/api/v1/public/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a consultation call (no sign-in): opens a consultation ticket and, with a mail server configured, mails a confirmation */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes the request safe to retry: the same key with the same body within 24 h answers the first result (same status and body, with `Idempotent-Replayed: true`); the same key with another body is refused (422 IDEMPOTENCY_KEY_REUSED); while the first request still runs a duplicate gets 409 IDEMPOTENCY_KEY_IN_USE with Retry-After. Keys belong to the caller (each person, or each client address on public forms). Use a new random key (a UUID) per intended action. */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 1–160 characters */
                        company: string;
                        /** @description An email address, kept as typed (unverified); its owner, if a requester, is mailed a link to confirm the request as theirs */
                        email: string;
                        /** @description 0–5000 characters */
                        message?: string;
                        /** @description 1–120 characters */
                        name: string;
                        /** @description 7–15 digits; spaces, dashes, dots, parentheses and a leading + allowed */
                        phone: string;
                        /** @description YYYY-MM-DD, today … +90 days in the support calendar's time zone */
                        preferredDate: string;
                        /** @description 1–200 characters */
                        topic: string;
                        /** @description Leave empty (a field hidden from people) */
                        website?: string;
                        /** @description HH:MM, after windowStart, within the same opening of support hours */
                        windowEnd: string;
                        /** @description HH:MM, within support hours on preferredDate */
                        windowStart: string;
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
                            accepted: true;
                            /** @description Whether a confirmation mail was queued for the configured mail server (false when SMTP_URL is unset) */
                            confirmationMailQueued: boolean;
                            preferredDate: string;
                            /** @description The ticket number, e.g. "#10023" */
                            reference: string | null;
                            windowEnd: string;
                            windowStart: string;
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
    "/api/v1/public/consultations/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm, through the signed link mailed to its address, that a consultation request is yours: it is linked to your account */
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
                        /** @description The token of the mailed link */
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
                            /** @enum {boolean} */
                            linked: true;
                            reference: string;
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
    "/api/v1/public/kb/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public articles by title (no sign-in) */
        get: {
            parameters: {
                query?: {
                    categoryId?: string;
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
                            items: components["schemas"]["ArticleSummary"][];
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
    "/api/v1/public/kb/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One public article, rendered (no sign-in); counts a view */
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
                        "application/json": components["schemas"]["Article"];
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
    "/api/v1/public/kb/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Knowledge base categories (no sign-in) */
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
                                /** Format: uuid */
                                id: string;
                                name: string;
                                nameUr: string | null;
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
    "/api/v1/public/kb/images/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An image shown in articles, to those who may read an article showing it (public ones: no sign-in) */
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
                /** @description The image bytes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
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
    "/api/v1/public/regular-surveys/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The regular survey behind a link (no sign-in): 404 SURVEY_NOT_FOUND for a forged link, 410 SURVEY_LINK_USED or SURVEY_LINK_EXPIRED */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The token of the survey link */
                    token: string;
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
                        "application/json": components["schemas"]["PublicRegularSurvey"];
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
    "/api/v1/public/regular-surveys/{token}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Answer a regular survey by its link, once (no sign-in): 422 SURVEY_ANSWER_INVALID names the question; 410 once used or expired */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The token of the survey link */
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description By question id: a 1–5 score, one of the options, or text; a question left out is skipped */
                        answers: {
                            [key: string]: number | string;
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
                            /** @enum {boolean} */
                            answered: true;
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
    "/api/v1/public/sla": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published SLA: the default policy's version in force, its calendars and the channels (no sign-in) */
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
                        "application/json": components["schemas"]["PublishedSla"];
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
    "/api/v1/public/sla/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version of the published SLA; calendars as they stood while it was in force (no sign-in) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A version number of the default policy */
                    version: string;
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
                        "application/json": components["schemas"]["PublishedSla"];
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
    "/api/v1/public/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Incidents staff published, newest first, at most 20, with their public updates; resolved ones for a day (no sign-in; 404 STATUS_PAGE_DISABLED when switched off) */
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
                        "application/json": components["schemas"]["PublicStatus"];
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
    "/api/v1/public/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an improvement suggestion without signing in (anonymous; an address to hear back is optional) */
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
                        body: string;
                        /**
                         * Format: email
                         * @description To hear back (optional, unverified)
                         */
                        contactEmail?: string;
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
                            /** @description For the status page /suggestions/status/:token; shown once, only its hash is kept */
                            statusToken: string;
                            suggestion: components["schemas"]["SuggestionStatus"];
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
    "/api/v1/public/suggestions/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A suggestion's status and public answer, through its status link (no sign-in) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The token given when the suggestion was sent */
                    token: string;
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
                        "application/json": components["schemas"]["SuggestionStatus"];
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
    "/api/v1/public/surveys/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The survey behind a mailed link (no sign-in): 404 SURVEY_NOT_FOUND for a forged link, 410 SURVEY_LINK_USED or SURVEY_LINK_EXPIRED */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The token of the mailed survey link */
                    token: string;
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
                        "application/json": components["schemas"]["PublicSurvey"];
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
    "/api/v1/public/surveys/{token}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Answer a mailed survey, once (no sign-in): it becomes the ticket's satisfaction rating; 410 once used or expired */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The token of the mailed survey link */
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        /** @description 1 very dissatisfied … 5 very satisfied */
                        score: number;
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
                            answered: true;
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
    "/api/v1/regular-surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every regular survey, newest first (admins and managers) */
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
                            items: components["schemas"]["RegularSurvey"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Define a regular survey (admin; audited as regular_survey) */
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
                        /** @description Client organizations whose active requesters are asked */
                        organizationIds: string[];
                        /** @description The questions, in order; a round keeps the questions it opened with */
                        questions: ({
                            /** @description Stable id of the question within the survey */
                            id: string;
                            /** @enum {string} */
                            kind: "scale";
                            required: boolean;
                            /** @description Whether this scale feeds the satisfaction indicator (at most one) */
                            satisfaction: boolean;
                            /** @description The question */
                            text: string;
                            /** @description The question in Urdu (null: none) */
                            textUr: string | null;
                        } | {
                            /** @description Stable id of the question within the survey */
                            id: string;
                            /** @enum {string} */
                            kind: "choice";
                            /** @description The options, 2–10, each once */
                            options: string[];
                            required: boolean;
                            /** @description The question */
                            text: string;
                            /** @description The question in Urdu (null: none) */
                            textUr: string | null;
                        } | {
                            /** @description Stable id of the question within the survey */
                            id: string;
                            /** @enum {string} */
                            kind: "text";
                            required: boolean;
                            /** @description The question */
                            text: string;
                            /** @description The question in Urdu (null: none) */
                            textUr: string | null;
                        })[];
                        /**
                         * @description once, monthly or quarterly (from startDate, same day of the month)
                         * @enum {string}
                         */
                        recurrence: "once" | "monthly" | "quarterly";
                        /** @description Remind those who have not answered every this many days (null: never) */
                        reminderAfterDays: number | null;
                        /** @description At most this many reminders per recipient */
                        reminderMax: number;
                        /**
                         * Format: date
                         * @description The first round's day (UTC)
                         */
                        startDate: string;
                        /**
                         * @description draft, active (rounds open), paused or closed
                         * @enum {string}
                         */
                        status: "draft" | "active" | "paused" | "closed";
                        /** @description The survey's title, shown above its questions */
                        title: string;
                        /** @description The title in Urdu (null: none) */
                        titleUr: string | null;
                        /** @description How many days a round and its links stay open */
                        windowDays: number;
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
                        "application/json": components["schemas"]["RegularSurvey"];
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
    "/api/v1/regular-surveys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A regular survey with its rounds, newest first (admins and managers) */
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
                            rounds: components["schemas"]["SurveyRound"][];
                            survey: components["schemas"]["RegularSurvey"];
                        };
                    };
                };
            };
        };
        /** Replace a regular survey's definition, schedule or status (admin; audited). Open rounds keep their questions */
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
                        /** @description Client organizations whose active requesters are asked */
                        organizationIds: string[];
                        /** @description The questions, in order; a round keeps the questions it opened with */
                        questions: ({
                            /** @description Stable id of the question within the survey */
                            id: string;
                            /** @enum {string} */
                            kind: "scale";
                            required: boolean;
                            /** @description Whether this scale feeds the satisfaction indicator (at most one) */
                            satisfaction: boolean;
                            /** @description The question */
                            text: string;
                            /** @description The question in Urdu (null: none) */
                            textUr: string | null;
                        } | {
                            /** @description Stable id of the question within the survey */
                            id: string;
                            /** @enum {string} */
                            kind: "choice";
                            /** @description The options, 2–10, each once */
                            options: string[];
                            required: boolean;
                            /** @description The question */
                            text: string;
                            /** @description The question in Urdu (null: none) */
                            textUr: string | null;
                        } | {
                            /** @description Stable id of the question within the survey */
                            id: string;
                            /** @enum {string} */
                            kind: "text";
                            required: boolean;
                            /** @description The question */
                            text: string;
                            /** @description The question in Urdu (null: none) */
                            textUr: string | null;
                        })[];
                        /**
                         * @description once, monthly or quarterly (from startDate, same day of the month)
                         * @enum {string}
                         */
                        recurrence: "once" | "monthly" | "quarterly";
                        /** @description Remind those who have not answered every this many days (null: never) */
                        reminderAfterDays: number | null;
                        /** @description At most this many reminders per recipient */
                        reminderMax: number;
                        /**
                         * Format: date
                         * @description The first round's day (UTC)
                         */
                        startDate: string;
                        /**
                         * @description draft, active (rounds open), paused or closed
                         * @enum {string}
                         */
                        status: "draft" | "active" | "paused" | "closed";
                        /** @description The survey's title, shown above its questions */
                        title: string;
                        /** @description The title in Urdu (null: none) */
                        titleUr: string | null;
                        /** @description How many days a round and its links stay open */
                        windowDays: number;
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
                        "application/json": components["schemas"]["RegularSurvey"];
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
    "/api/v1/remote-sessions/{id}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Consent to a session: the requester in the portal, or an agent recording it on the phone */
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
                        "application/json": components["schemas"]["RemoteSession"];
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
    "/api/v1/remote-sessions/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The requester declines a session awaiting their consent (portal): it ends cancelled and can never start; 409 once consented or ended */
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
                        "application/json": components["schemas"]["RemoteSession"];
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
    "/api/v1/remote-sessions/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a session with notes and an outcome (staff); one that never started can only be cancelled */
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
                        /** @default  */
                        notes?: string;
                        /** @enum {string} */
                        outcome: "resolved" | "partly_resolved" | "not_resolved" | "cancelled";
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
                        "application/json": components["schemas"]["RemoteSession"];
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
    "/api/v1/remote-sessions/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a session (staff); 409 REMOTE_CONSENT_REQUIRED before the requester consented */
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
                        "application/json": components["schemas"]["RemoteSession"];
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
    "/api/v1/remote-tools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Remote-access tools (staff: active ones; admins: all) */
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
                            items: components["schemas"]["RemoteTool"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a remote-access tool (admin, audited); 422 REMOTE_TEMPLATE_UNSAFE for a javascript:/data:/vbscript: launch link */
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
                        active: boolean;
                        agentInstructions: string;
                        /** @description e.g. rustdesk://{id}; never javascript:, data: or vbscript:; empty: no link */
                        launchTemplate: string;
                        linkForRequester: boolean;
                        name: string;
                        position: number;
                        requesterInstructions: string;
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
                        "application/json": components["schemas"]["RemoteTool"];
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
    "/api/v1/remote-tools/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a remote-access tool (admin, audited) */
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
                        active: boolean;
                        agentInstructions: string;
                        /** @description e.g. rustdesk://{id}; never javascript:, data: or vbscript:; empty: no link */
                        launchTemplate: string;
                        linkForRequester: boolean;
                        name: string;
                        position: number;
                        requesterInstructions: string;
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
                        "application/json": components["schemas"]["RemoteTool"];
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
    "/api/v1/reports/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The SLA's indicators for a period, folded from the ticket log (managers and admins: all; agents: their own and their groups') */
        get: {
            parameters: {
                query: {
                    /** @description The assignee */
                    agentId?: string;
                    categoryId?: string;
                    channel?: "phone" | "email" | "chat" | "whatsapp" | "portal" | "onsite" | "remote" | "api";
                    /** @description Also the period of the same length just before */
                    compare?: "true" | "false";
                    /** @description Start of the period, included: ISO 8601 instant with an offset, or a date (midnight UTC) */
                    from: string;
                    groupId?: string;
                    organizationId?: string;
                    priority?: "critical" | "high" | "medium" | "low";
                    /** @description End of the period, excluded */
                    to: string;
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
                        "application/json": components["schemas"]["IndicatorReport"];
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
    "/api/v1/reports/resolved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tickets resolved in a period, each with its response and resolution times (business and wall) and breach flags */
        get: {
            parameters: {
                query: {
                    /** @description Where the page starts: the `next` of the page before */
                    after?: string;
                    /** @description The assignee */
                    agentId?: string;
                    categoryId?: string;
                    channel?: "phone" | "email" | "chat" | "whatsapp" | "portal" | "onsite" | "remote" | "api";
                    /** @description Start of the period, included: ISO 8601 instant with an offset, or a date (midnight UTC) */
                    from: string;
                    groupId?: string;
                    /** @description Rows per page (at most 1000; 500 without it) */
                    limit?: number;
                    organizationId?: string;
                    priority?: "critical" | "high" | "medium" | "low";
                    /** @description End of the period, excluded */
                    to: string;
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
                            items: components["schemas"]["ResolvedTicket"][];
                            /** @description The `after` of the next page; null after the last */
                            next: string | null;
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
    "/api/v1/reports/resolved/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The resolved-tickets table as a download: format=csv (text/csv) or format=xlsx (an Excel workbook), the same cells as the JSON */
        get: {
            parameters: {
                query: {
                    /** @description The assignee */
                    agentId?: string;
                    categoryId?: string;
                    channel?: "phone" | "email" | "chat" | "whatsapp" | "portal" | "onsite" | "remote" | "api";
                    format: "csv" | "xlsx";
                    /** @description Start of the period, included: ISO 8601 instant with an offset, or a date (midnight UTC) */
                    from: string;
                    groupId?: string;
                    organizationId?: string;
                    priority?: "critical" | "high" | "medium" | "low";
                    /** @description End of the period, excluded */
                    to: string;
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
    "/api/v1/reports/review-pack": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client organization's service review pack for a period, as a PDF (staff; the organization's own managers) */
        get: {
            parameters: {
                query: {
                    /** @description Start of the period, included: a date (midnight UTC) or an ISO 8601 instant */
                    from: string;
                    /** @description The client organization's id */
                    organization: string;
                    /** @description End of the period, excluded */
                    to: string;
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
    "/api/v1/reports/review-pack/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which organizations' packs are made and mailed on a schedule, and how often (admins) */
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
                                /** @enum {string} */
                                cadence: "monthly" | "quarterly";
                                organization: string;
                                /** Format: uuid */
                                organizationId: string;
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
    "/api/v1/reports/review-pack/schedules/{organizationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Makes the organization's pack every month or quarter and mails it to its managers; null stops it (admins) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    organizationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cadence: ("monthly" | "quarterly") | null;
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
                            cadence: ("monthly" | "quarterly") | null;
                            /** Format: uuid */
                            organizationId: string;
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
    "/api/v1/reports/surveys/{id}/rounds/{roundId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A regular survey round's results per question (managers and admins) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    roundId: string;
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
                        "application/json": components["schemas"]["SurveyResults"];
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
    "/api/v1/reports/surveys/{id}/rounds/{roundId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A round's results as a download: format=csv (text/csv) or format=xlsx (an Excel workbook) */
        get: {
            parameters: {
                query: {
                    format: "csv" | "xlsx";
                };
                header?: never;
                path: {
                    id: string;
                    roundId: string;
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
    "/api/v1/reports/surveys/{id}/rounds/{roundId}/questions/{questionId}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A text question's answers in a round, oldest first, a page at a time (managers and admins) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path: {
                    id: string;
                    questionId: string;
                    roundId: string;
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
                                at: string;
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
    "/api/v1/reports/tables/{table}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the dashboard's tables as plain rows: the cells its CSV and XLSX exports hold */
        get: {
            parameters: {
                query: {
                    /** @description The assignee */
                    agentId?: string;
                    /** @description For the trend table: days or weeks */
                    bucket?: "day" | "week";
                    categoryId?: string;
                    channel?: "phone" | "email" | "chat" | "whatsapp" | "portal" | "onsite" | "remote" | "api";
                    /** @description For the tickets table: the figure whose tickets it lists */
                    figure?: "created" | "resolved" | "backlog" | "reopened" | "response" | "resolution" | "response_breached" | "resolution_breached" | "first_contact" | "escalated" | "rated";
                    /** @description Start of the period, included: ISO 8601 instant with an offset, or a date (midnight UTC) */
                    from: string;
                    groupId?: string;
                    organizationId?: string;
                    priority?: "critical" | "high" | "medium" | "low";
                    /** @description End of the period, excluded */
                    to: string;
                };
                header?: never;
                path: {
                    table: "resolved" | "tickets" | "breached" | "escalations" | "by_priority" | "by_channel" | "trend" | "comments";
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
                        "application/json": components["schemas"]["ReportTable"];
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
    "/api/v1/reports/tables/{table}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the dashboard's tables as a download: format=csv (text/csv) or format=xlsx (an Excel workbook) */
        get: {
            parameters: {
                query: {
                    /** @description The assignee */
                    agentId?: string;
                    /** @description For the trend table: days or weeks */
                    bucket?: "day" | "week";
                    categoryId?: string;
                    channel?: "phone" | "email" | "chat" | "whatsapp" | "portal" | "onsite" | "remote" | "api";
                    /** @description For the tickets table: the figure whose tickets it lists */
                    figure?: "created" | "resolved" | "backlog" | "reopened" | "response" | "resolution" | "response_breached" | "resolution_breached" | "first_contact" | "escalated" | "rated";
                    format: "csv" | "xlsx";
                    /** @description Start of the period, included: ISO 8601 instant with an offset, or a date (midnight UTC) */
                    from: string;
                    groupId?: string;
                    organizationId?: string;
                    priority?: "critical" | "high" | "medium" | "low";
                    /** @description End of the period, excluded */
                    to: string;
                };
                header?: never;
                path: {
                    table: "resolved" | "tickets" | "breached" | "escalations" | "by_priority" | "by_channel" | "trend" | "comments";
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
    "/api/v1/reports/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tickets behind one figure of the period (drill-down), counted by the figure's own rule */
        get: {
            parameters: {
                query: {
                    /** @description Where the page starts: the `next` of the page before */
                    after?: number;
                    /** @description The assignee */
                    agentId?: string;
                    categoryId?: string;
                    channel?: "phone" | "email" | "chat" | "whatsapp" | "portal" | "onsite" | "remote" | "api";
                    /** @description The figure whose tickets to list */
                    figure: "created" | "resolved" | "backlog" | "reopened" | "response" | "resolution" | "response_breached" | "resolution_breached" | "first_contact" | "escalated" | "rated";
                    /** @description Start of the period, included: ISO 8601 instant with an offset, or a date (midnight UTC) */
                    from: string;
                    groupId?: string;
                    /** @description Rows per page (at most 1000; 500 without it) */
                    limit?: number;
                    organizationId?: string;
                    priority?: "critical" | "high" | "medium" | "low";
                    /** @description End of the period, excluded */
                    to: string;
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
                            /**
                             * @description The figure whose tickets to list
                             * @enum {string}
                             */
                            figure: "created" | "resolved" | "backlog" | "reopened" | "response" | "resolution" | "response_breached" | "resolution_breached" | "first_contact" | "escalated" | "rated";
                            items: components["schemas"]["FigureTicket"][];
                            /** @description The `after` of the next page; null after the last */
                            next: number | null;
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
    "/api/v1/reports/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The headline figures of each day or week of the period, by the same definitions as the report */
        get: {
            parameters: {
                query: {
                    /** @description The assignee */
                    agentId?: string;
                    /** @description Cut the period into days or weeks (seven days from its start) */
                    bucket: "day" | "week";
                    categoryId?: string;
                    channel?: "phone" | "email" | "chat" | "whatsapp" | "portal" | "onsite" | "remote" | "api";
                    /** @description Start of the period, included: ISO 8601 instant with an offset, or a date (midnight UTC) */
                    from: string;
                    groupId?: string;
                    organizationId?: string;
                    priority?: "critical" | "high" | "medium" | "low";
                    /** @description End of the period, excluded */
                    to: string;
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
                            /**
                             * @description Cut the period into days or weeks (seven days from its start)
                             * @enum {string}
                             */
                            bucket: "day" | "week";
                            points: components["schemas"]["TrendPoint"][];
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
    "/api/v1/reports/what-if": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replays a past period under a draft SLA policy, never writing: compliance per priority as it was and as it would have been, and the clocks that would flip (managers and admins) */
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
                        /** @description The draft, as the policy editor saves it */
                        definition: {
                            /** @default false */
                            arrivalCountsAsResponse?: boolean;
                            /** @default [] */
                            escalations?: {
                                actions: ({
                                    /**
                                     * @default [
                                     *       "in_app"
                                     *     ]
                                     */
                                    channels?: ("in_app" | "email" | "webhook")[];
                                    /** @default [] */
                                    managerIds?: string[];
                                    /** @enum {string} */
                                    type: "notify";
                                    /** Format: uri */
                                    webhookUrl?: string;
                                    who: ("assignee" | "group_lead" | "managers" | "manager_chain")[];
                                } | {
                                    /** @enum {string} */
                                    type: "move_to_next_tier";
                                } | {
                                    /** @enum {string} */
                                    type: "raise_priority";
                                })[];
                                /** @enum {string} */
                                clock: "first_response" | "next_reply" | "resolution";
                                level: number;
                                offsetMinutes: number;
                            }[];
                            /**
                             * @default [
                             *       "pending",
                             *       "on_hold"
                             *     ]
                             */
                            pauseStatuses?: ("new" | "open" | "pending" | "on_hold" | "resolved" | "closed")[];
                            /** @default false */
                            remoteStartCountsAsResponse?: boolean;
                            targets: {
                                critical: {
                                    /** Format: uuid */
                                    calendarId: string;
                                    firstResponseMinutes: number;
                                    /** @default null */
                                    nextReplyMinutes?: number | null;
                                    resolutionMinutes: number;
                                };
                                high: {
                                    /** Format: uuid */
                                    calendarId: string;
                                    firstResponseMinutes: number;
                                    /** @default null */
                                    nextReplyMinutes?: number | null;
                                    resolutionMinutes: number;
                                };
                                low: {
                                    /** Format: uuid */
                                    calendarId: string;
                                    firstResponseMinutes: number;
                                    /** @default null */
                                    nextReplyMinutes?: number | null;
                                    resolutionMinutes: number;
                                };
                                medium: {
                                    /** Format: uuid */
                                    calendarId: string;
                                    firstResponseMinutes: number;
                                    /** @default null */
                                    nextReplyMinutes?: number | null;
                                    resolutionMinutes: number;
                                };
                            };
                            /** @default false */
                            travelPausesResolution?: boolean;
                            /**
                             * @default [
                             *       0.5,
                             *       0.75,
                             *       0.9
                             *     ]
                             */
                            warningShares?: number[];
                        };
                        /** @description Start of the past period to replay, included */
                        from: string;
                        /**
                         * Format: uuid
                         * @description The policy the draft changes: only its tickets are replayed
                         */
                        policyId?: string;
                        /** @description End of the period, excluded */
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
                        "application/json": components["schemas"]["SlaWhatIf"];
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
    "/api/v1/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service reviews, newest first (staff: all or one organization's; a client's manager: their own) */
        get: {
            parameters: {
                query?: {
                    organizationId?: string;
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
                                /** Format: uuid */
                                id: string;
                                openedAt: string;
                                organization: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                period: {
                                    from: string;
                                    /** @description Excluded */
                                    to: string;
                                };
                                signedOffAt: string | null;
                                /** @enum {string} */
                                status: "open" | "signed_off";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Opens a client organization's review of a period, with every action still open (staff managers) */
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
                        /** Format: uuid */
                        organizationId: string;
                        periodFrom: string;
                        /** @description Excluded */
                        periodTo: string;
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
                            abilities: {
                                run: boolean;
                                signOff: boolean;
                            };
                            actions: {
                                carried: boolean;
                                /** @description YYYY-MM-DD */
                                dueOn: string;
                                /** Format: uuid */
                                id: string;
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "open" | "in_progress" | "done" | "dropped";
                                title: string;
                                updatedAt: string;
                            }[];
                            breaches: {
                                cause: string | null;
                                clocks: ("first_response" | "resolution")[];
                                number: number;
                                priority: string;
                                subject: string;
                                /** Format: uuid */
                                ticketId: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            openedAt: string;
                            organization: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            period: {
                                from: string;
                                /** @description Excluded */
                                to: string;
                            };
                            signedOffAt: string | null;
                            signOffComment: string | null;
                            /** @enum {string} */
                            status: "open" | "signed_off";
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
    "/api/v1/reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A review: its period's breaches with their causes, its actions, and what the caller may do */
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
                            abilities: {
                                run: boolean;
                                signOff: boolean;
                            };
                            actions: {
                                carried: boolean;
                                /** @description YYYY-MM-DD */
                                dueOn: string;
                                /** Format: uuid */
                                id: string;
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "open" | "in_progress" | "done" | "dropped";
                                title: string;
                                updatedAt: string;
                            }[];
                            breaches: {
                                cause: string | null;
                                clocks: ("first_response" | "resolution")[];
                                number: number;
                                priority: string;
                                subject: string;
                                /** Format: uuid */
                                ticketId: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            openedAt: string;
                            organization: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            period: {
                                from: string;
                                /** @description Excluded */
                                to: string;
                            };
                            signedOffAt: string | null;
                            signOffComment: string | null;
                            /** @enum {string} */
                            status: "open" | "signed_off";
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
    "/api/v1/reviews/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Agrees an action in the review: what, who, by when (staff managers) */
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
                        dueOn: string;
                        /** Format: uuid */
                        ownerId: string;
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
                            abilities: {
                                run: boolean;
                                signOff: boolean;
                            };
                            actions: {
                                carried: boolean;
                                /** @description YYYY-MM-DD */
                                dueOn: string;
                                /** Format: uuid */
                                id: string;
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "open" | "in_progress" | "done" | "dropped";
                                title: string;
                                updatedAt: string;
                            }[];
                            breaches: {
                                cause: string | null;
                                clocks: ("first_response" | "resolution")[];
                                number: number;
                                priority: string;
                                subject: string;
                                /** Format: uuid */
                                ticketId: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            openedAt: string;
                            organization: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            period: {
                                from: string;
                                /** @description Excluded */
                                to: string;
                            };
                            signedOffAt: string | null;
                            signOffComment: string | null;
                            /** @enum {string} */
                            status: "open" | "signed_off";
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
    "/api/v1/reviews/{id}/actions/{actionId}": {
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
        /** Changes an action of the review, or one it opened with (staff managers) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    actionId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dueOn?: string;
                        /** Format: uuid */
                        ownerId?: string;
                        /** @enum {string} */
                        status?: "open" | "in_progress" | "done" | "dropped";
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
                            abilities: {
                                run: boolean;
                                signOff: boolean;
                            };
                            actions: {
                                carried: boolean;
                                /** @description YYYY-MM-DD */
                                dueOn: string;
                                /** Format: uuid */
                                id: string;
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "open" | "in_progress" | "done" | "dropped";
                                title: string;
                                updatedAt: string;
                            }[];
                            breaches: {
                                cause: string | null;
                                clocks: ("first_response" | "resolution")[];
                                number: number;
                                priority: string;
                                subject: string;
                                /** Format: uuid */
                                ticketId: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            openedAt: string;
                            organization: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            period: {
                                from: string;
                                /** @description Excluded */
                                to: string;
                            };
                            signedOffAt: string | null;
                            signOffComment: string | null;
                            /** @enum {string} */
                            status: "open" | "signed_off";
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/reviews/{id}/breaches/{ticketId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Records why a ticket breached its targets in the review's period (staff managers) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    ticketId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cause: string;
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
                            abilities: {
                                run: boolean;
                                signOff: boolean;
                            };
                            actions: {
                                carried: boolean;
                                /** @description YYYY-MM-DD */
                                dueOn: string;
                                /** Format: uuid */
                                id: string;
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "open" | "in_progress" | "done" | "dropped";
                                title: string;
                                updatedAt: string;
                            }[];
                            breaches: {
                                cause: string | null;
                                clocks: ("first_response" | "resolution")[];
                                number: number;
                                priority: string;
                                subject: string;
                                /** Format: uuid */
                                ticketId: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            openedAt: string;
                            organization: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            period: {
                                from: string;
                                /** @description Excluded */
                                to: string;
                            };
                            signedOffAt: string | null;
                            signOffComment: string | null;
                            /** @enum {string} */
                            status: "open" | "signed_off";
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
    "/api/v1/reviews/{id}/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The client's manager signs the review off, with an optional comment */
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
                        comment?: string;
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
                            abilities: {
                                run: boolean;
                                signOff: boolean;
                            };
                            actions: {
                                carried: boolean;
                                /** @description YYYY-MM-DD */
                                dueOn: string;
                                /** Format: uuid */
                                id: string;
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "open" | "in_progress" | "done" | "dropped";
                                title: string;
                                updatedAt: string;
                            }[];
                            breaches: {
                                cause: string | null;
                                clocks: ("first_response" | "resolution")[];
                                number: number;
                                priority: string;
                                subject: string;
                                /** Format: uuid */
                                ticketId: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            openedAt: string;
                            organization: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            period: {
                                from: string;
                                /** @description Excluded */
                                to: string;
                            };
                            signedOffAt: string | null;
                            signOffComment: string | null;
                            /** @enum {string} */
                            status: "open" | "signed_off";
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
    "/api/v1/routing-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Routing rules in evaluation order (staff) */
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
                            items: components["schemas"]["RoutingRule"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a routing rule (admin) */
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
                        /** @default true */
                        active?: boolean;
                        categoryId?: string | null;
                        channel?: ("phone" | "email" | "chat" | "whatsapp" | "portal" | "onsite" | "remote" | "api") | null;
                        /** Format: uuid */
                        groupId: string;
                        name: string;
                        organizationId?: string | null;
                        /** @description Rules are tried in ascending position */
                        position: number;
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
                        "application/json": components["schemas"]["RoutingRule"];
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
    "/api/v1/routing-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a routing rule (admin) */
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
        /** Change a routing rule (admin) */
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
                        active?: boolean;
                        categoryId?: string | null;
                        channel?: ("phone" | "email" | "chat" | "whatsapp" | "portal" | "onsite" | "remote" | "api") | null;
                        /** Format: uuid */
                        groupId?: string;
                        name?: string;
                        organizationId?: string | null;
                        /** @description Rules are tried in ascending position */
                        position?: number;
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
                        "application/json": components["schemas"]["RoutingRule"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search articles, tutorials and tickets the caller may read, best first (tickets need a sign-in) */
        get: {
            parameters: {
                query: {
                    /** @description Comma-separated kinds (article, tutorial, ticket); default: every kind you may search */
                    kind?: string;
                    limit?: number;
                    /** @description What to find: words (the last one also as a prefix), a ticket number (10003 or #10003) */
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
                            items: components["schemas"]["SearchHit"][];
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
    "/api/v1/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the browser checks before sending: the attachment limit and refused file kinds */
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
                        "application/json": components["schemas"]["Settings"];
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
    "/api/v1/settings/priority-matrix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The impact × urgency → priority matrix new tickets use */
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
                        "application/json": components["schemas"]["PriorityMatrix"];
                    };
                };
            };
        };
        /** Replace the whole matrix (admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PriorityMatrixInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PriorityMatrix"];
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
    "/api/v1/settings/public-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the public status page is on (admin) */
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
                        "application/json": components["schemas"]["PublicStatusSetting"];
                    };
                };
            };
        };
        /** Switch the public status page on or off (admin; audited) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PublicStatusSettingInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicStatusSetting"];
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
    "/api/v1/settings/survey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How the post-resolution survey is run (admins and managers) */
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
                        "application/json": components["schemas"]["SurveySettings"];
                    };
                };
            };
        };
        /** Set how the post-resolution survey is run (admin; audited as the setting survey.post_resolution) */
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
                        /** @description No requester is asked again within this many days */
                        cooldownDays: number;
                        /** @description Whether resolved tickets are surveyed at all */
                        enabled: boolean;
                        /** @description How long a mailed link can be answered */
                        linkDays: number;
                        /** @description The question above the 1–5 scale */
                        question: string;
                        /** @description The question in Urdu (null: as typed) */
                        questionUr: string | null;
                        /** @description Share of resolved tickets surveyed, 0–100 */
                        samplingPercent: number;
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
                        "application/json": components["schemas"]["SurveySettings"];
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
    "/api/v1/sla/calendars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Support-hours calendars with the version in force now (staff) */
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
                            items: components["schemas"]["Calendar"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a calendar (admin); problems name the field, e.g. body.definition.weekly.mon[0][0] */
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
                        /** @description {"timezone": "Asia/Karachi", "weekly": {"mon": [["09:00", "18:00"]], …}, "holidays": ["2026-12-25", {"date": "2026-08-14", "recurring": true}], "overrides": {"2026-03-02": [["10:00", "15:00"]], "2026-03-07": []}} (per-date hours replace that date's weekly hours, and win over a holiday; [] closes the day) or {"timezone": "UTC", "always": true} */
                        definition: unknown;
                        name: string;
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
                        "application/json": components["schemas"]["CalendarDetail"];
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
    "/api/v1/sla/calendars/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One calendar with all its versions (staff) */
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
                        "application/json": components["schemas"]["CalendarDetail"];
                    };
                };
            };
        };
        /** Edit a calendar (admin): a new version, effective now or at a future effectiveFrom; time before it keeps the old hours */
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
                        /** @description {"timezone": "Asia/Karachi", "weekly": {"mon": [["09:00", "18:00"]], …}, "holidays": ["2026-12-25", {"date": "2026-08-14", "recurring": true}], "overrides": {"2026-03-02": [["10:00", "15:00"]], "2026-03-07": []}} (per-date hours replace that date's weekly hours, and win over a holiday; [] closes the day) or {"timezone": "UTC", "always": true} */
                        definition: unknown;
                        /**
                         * Format: date-time
                         * @description Default now; never in the past
                         */
                        effectiveFrom?: string;
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
                        "application/json": components["schemas"]["CalendarDetail"];
                    };
                };
            };
        };
        post?: never;
        /** Delete a calendar no policy or group target uses (admin) */
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
    "/api/v1/sla/group-targets/{groupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A support group's internal targets (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    groupId: string;
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
                        "application/json": components["schemas"]["GroupTarget"];
                    };
                };
            };
        };
        /** Set a support group's internal targets in business minutes per priority (admin); a priority left out has none */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    groupId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        calendarId?: string | null;
                        minutes: {
                            critical?: number;
                            high?: number;
                            low?: number;
                            medium?: number;
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
                        "application/json": components["schemas"]["GroupTarget"];
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
    "/api/v1/sla/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SLA policies in evaluation order, each with the version in force now (staff) */
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
                            items: components["schemas"]["SlaPolicy"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add an SLA policy (admin): version 1, in force now */
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
                        conditions?: components["schemas"]["SlaPolicyConditionsInput"];
                        definition: components["schemas"]["SlaPolicyDefinitionInput"];
                        name: string;
                        /**
                         * @description Policies are tried by ascending position; the default is the fallback
                         * @default 100
                         */
                        position?: number;
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
                        "application/json": components["schemas"]["SlaPolicyDetail"];
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
    "/api/v1/sla/policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One SLA policy with all its versions (staff) */
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
                        "application/json": components["schemas"]["SlaPolicyDetail"];
                    };
                };
            };
        };
        /** Change a policy's targets, pauses, warnings or escalations (admin): version n+1, in force now or at a future effectiveFrom; open tickets keep theirs */
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
                        definition: components["schemas"]["SlaPolicyDefinitionInput"];
                        /**
                         * Format: date-time
                         * @description Default now; never in the past
                         */
                        effectiveFrom?: string;
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
                        "application/json": components["schemas"]["SlaPolicyDetail"];
                    };
                };
            };
        };
        post?: never;
        /** Delete a policy no ticket is measured under (admin); never the default */
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
        /** Rename, reorder, (de)activate a policy or change its conditions (admin). Not versioned: applies at once to new tickets */
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
                        active?: boolean;
                        conditions?: components["schemas"]["SlaPolicyConditionsInput"];
                        name?: string;
                        /** @description Policies are tried by ascending position; the default is the fallback */
                        position?: number;
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
                        "application/json": components["schemas"]["SlaPolicyDetail"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/sla/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The policy, version and deadlines a ticket with these facts would get now (staff) */
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
                        categoryId?: string | null;
                        /** @enum {string} */
                        channel: "phone" | "email" | "chat" | "whatsapp" | "portal" | "onsite" | "remote" | "api";
                        /** @enum {string} */
                        impact?: "organization" | "department" | "person";
                        /**
                         * Format: date-time
                         * @description Count deadlines from here (default now)
                         */
                        openedAt?: string;
                        /** Format: uuid */
                        organizationId: string;
                        /**
                         * @description Or give impact and urgency for the matrix to decide
                         * @enum {string}
                         */
                        priority?: "critical" | "high" | "medium" | "low";
                        /** @enum {string} */
                        type: "incident" | "service_request" | "consultation" | "feedback";
                        /** @enum {string} */
                        urgency?: "high" | "medium" | "low";
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
                        "application/json": components["schemas"]["SlaPreview"];
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
    "/api/v1/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Suggestions, newest first: managers and admins all of them, anyone else their own */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    status?: "new" | "planned" | "done" | "declined";
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
                            items: components["schemas"]["Suggestion"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Send an improvement suggestion (signed in: it appears in your list with the managers' answer) */
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
                        body: string;
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
                            /** @description For the status page /suggestions/status/:token; shown once, only its hash is kept */
                            statusToken: string;
                            suggestion: components["schemas"]["SuggestionStatus"];
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
    "/api/v1/suggestions/{id}": {
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
        /** Triage a suggestion: its status and the public answer its sender reads (managers and admins) */
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
                        /** @description Shown to the sender; empty for none yet */
                        publicAnswer: string;
                        /** @enum {string} */
                        status: "new" | "planned" | "done" | "declined";
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
                        "application/json": components["schemas"]["Suggestion"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/surveys/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Surveys for you: the signed-in person's own invitations whose rounds are open */
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
                            items: components["schemas"]["MySurvey"][];
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
    "/api/v1/surveys/mine/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Answer one of your own survey invitations, once (404 for anyone else's; 410 once used or expired) */
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
                        /** @description By question id: a 1–5 score, one of the options, or text; a question left out is skipped */
                        answers: {
                            [key: string]: number | string;
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
                            /** @enum {boolean} */
                            answered: true;
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
    "/api/v1/telephony/callbacks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Missed calls waiting for a callback, the most urgent first (staff) */
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
                            items: components["schemas"]["TelephonyCall"][];
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
    "/api/v1/telephony/calls/{id}/callback-done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a missed call as called back (staff) */
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
                        "application/json": components["schemas"]["TelephonyCall"];
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
    "/api/v1/telephony/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A telephony event (the telephone system): opens or moves a call record; signed x-frontline-signature: sha256=<hex HMAC-SHA256 of the raw body with TELEPHONY_SECRET>; 401 unsigned or forged; a replayed (callId, state) changes nothing; 404 answered/ended for a call that never rang */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TelephonyEventInput"];
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
                            call: components["schemas"]["TelephonyCall"];
                            /** @description This state was already stored */
                            replayed: boolean;
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
    "/api/v1/telephony/twilio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A Twilio-style call status post (application/x-www-form-urlencoded: CallSid, CallStatus, Direction, From, To, optional AgentExtension and RecordingUrl), signed X-Twilio-Signature with TELEPHONY_TWILIO_AUTH_TOKEN over PUBLIC_URL + path */
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
                        [key: string]: string;
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
                            call: components["schemas"]["TelephonyCall"];
                            /** @description This state was already stored */
                            replayed: boolean;
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
    "/api/v1/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List tickets you may see */
        get: {
            parameters: {
                query?: {
                    assignee?: string | ("me" | "none");
                    /** @description A running response or resolution clock falls due within this many minutes */
                    breachingWithinMinutes?: number;
                    channel?: string;
                    cursor?: string;
                    /** @description A group id, or mine: any group you are a member of */
                    groupId?: string | "mine";
                    limit?: number;
                    /** @description Default desc; asc for sort=due (least time left first) */
                    order?: "asc" | "desc";
                    organizationId?: string;
                    /** @description Children of this ticket (e.g. the incidents linked to a major incident) */
                    parentId?: string;
                    priority?: string;
                    q?: string;
                    requesterId?: string;
                    /** @description breached: a clock breached, or a running one is past due */
                    sla?: "breached";
                    /** @description due: by the earliest due instant of a running clock */
                    sort?: "created" | "updated" | "priority" | "number" | "due";
                    /** @description Comma-separated statuses */
                    status?: string;
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
                            items: components["schemas"]["Ticket"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Open a ticket */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes the request safe to retry: the same key with the same body within 24 h answers the first result (same status and body, with `Idempotent-Replayed: true`); the same key with another body is refused (422 IDEMPOTENCY_KEY_REUSED); while the first request still runs a duplicate gets 409 IDEMPOTENCY_KEY_IN_USE with Retry-After. Keys belong to the caller (each person, or each client address on public forms). Use a new random key (a UUID) per intended action. */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assigneeId?: string | null;
                        categoryId?: string | null;
                        /** @enum {string} */
                        channel?: "phone" | "email" | "chat" | "whatsapp" | "portal" | "onsite" | "remote" | "api";
                        description: string;
                        groupId?: string | null;
                        /** @enum {string} */
                        impact: "organization" | "department" | "person";
                        parentId?: string | null;
                        /**
                         * @description Staff only: overrides the impact × urgency matrix
                         * @enum {string}
                         */
                        priority?: "critical" | "high" | "medium" | "low";
                        /** @description Required with a priority that differs from the matrix */
                        priorityReason?: string;
                        /**
                         * Format: uuid
                         * @description Defaults to the caller
                         */
                        requesterId?: string;
                        /**
                         * @description Staff only: open the ticket in this status; in a pause status (pending, on hold) its resolution clock starts paused
                         * @enum {string}
                         */
                        status?: "new" | "open" | "pending" | "on_hold";
                        subject: string;
                        tags?: string[];
                        /**
                         * @default incident
                         * @enum {string}
                         */
                        type?: "incident" | "service_request" | "consultation" | "feedback";
                        /** @enum {string} */
                        urgency: "high" | "medium" | "low";
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
                        "application/json": components["schemas"]["Ticket"];
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
    "/api/v1/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One ticket */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Ticket id (UUID) or number (10001 or #10001) */
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
                        "application/json": components["schemas"]["Ticket"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a ticket (status, priority, assignment…) at the version you read */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Ticket id (UUID) or number (10001 or #10001) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assigneeId?: string | null;
                        categoryId?: string | null;
                        description?: string;
                        groupId?: string | null;
                        /** @enum {string} */
                        impact?: "organization" | "department" | "person";
                        parentId?: string | null;
                        /** @enum {string} */
                        priority?: "critical" | "high" | "medium" | "low";
                        priorityReason?: string;
                        reason?: string;
                        /** @enum {string} */
                        status?: "new" | "open" | "pending" | "on_hold" | "resolved" | "closed";
                        subject?: string;
                        tags?: string[];
                        /** @enum {string} */
                        type?: "incident" | "service_request" | "consultation" | "feedback";
                        /** @enum {string} */
                        urgency?: "high" | "medium" | "low";
                        version: number;
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
                        "application/json": components["schemas"]["Ticket"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/tickets/{id}/article-inserts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a published article into an answer (staff who may write notes on the ticket): the text to insert — its title and public link, or its Markdown — and the article linked to the ticket */
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
                        /** Format: uuid */
                        articleId: string;
                        /**
                         * @description `link`: title and the public page's URL; `text`: the Markdown
                         * @enum {string}
                         */
                        as: "link" | "text";
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
                            /** @description The ticket's linked articles, this one included */
                            items: {
                                /** Format: uuid */
                                id: string;
                                key: string;
                                /** @enum {string} */
                                language: "en" | "ur";
                                linkedAt: string;
                                title: string;
                            }[];
                            /** @description What to insert into the reply */
                            text: string;
                            /** @description The article's public page (absolute when PUBLIC_URL is set) */
                            url: string;
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
    "/api/v1/tickets/{id}/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The articles linked to a ticket (those you may read) */
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
                                /** Format: uuid */
                                id: string;
                                key: string;
                                /** @enum {string} */
                                language: "en" | "ur";
                                linkedAt: string;
                                title: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Link an article to a ticket (staff who may write notes on it); answers the ticket's links */
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
                        /** Format: uuid */
                        articleId: string;
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
                                /** Format: uuid */
                                id: string;
                                key: string;
                                /** @enum {string} */
                                language: "en" | "ur";
                                linkedAt: string;
                                title: string;
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
    "/api/v1/tickets/{id}/articles/{articleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an article's link from a ticket (staff who may write notes on it); answers the links left */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    articleId: string;
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
                                /** Format: uuid */
                                id: string;
                                key: string;
                                /** @enum {string} */
                                language: "en" | "ur";
                                linkedAt: string;
                                title: string;
                            }[];
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
    "/api/v1/tickets/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ticket's attachments you may see (requesters: those on public replies, and their own not yet sent) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Ticket id (UUID) or number (10001 or #10001) */
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
                            items: components["schemas"]["Attachment"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Upload a file (multipart/form-data, field `file`); reference its id in a reply or note */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Ticket id (UUID) or number (10001 or #10001) */
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
                        "application/json": components["schemas"]["Attachment"];
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
    "/api/v1/tickets/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    attachmentId: string;
                    /** @description Ticket id (UUID) or number (10001 or #10001) */
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
    "/api/v1/tickets/{id}/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ticket's telephone calls, newest first (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Ticket id (UUID) or number (10001 or #10001) */
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
                            items: components["schemas"]["Call"][];
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
    "/api/v1/tickets/{id}/consultation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public request behind a consultation ticket, with its unverified contact (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Ticket id (UUID) or number (10001 or #10001) */
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
                        "application/json": components["schemas"]["ConsultationRequest"];
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
    "/api/v1/tickets/{id}/consultation/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link an unverified consultation ticket to the requester it belongs to (staff; recorded as a requester_linked event) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Ticket id (UUID) or number (10001 or #10001) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description An active requester (never a staff account)
                         */
                        personId: string;
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
                        "application/json": components["schemas"]["Ticket"];
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
    "/api/v1/tickets/{id}/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ticket's escalations, newest first (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Ticket id (UUID) or number (10001 or #10001) */
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
                            items: components["schemas"]["Escalation"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Escalate a ticket by hand (staff): to another group, to people, and/or up one priority */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Ticket id (UUID) or number (10001 or #10001) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Hierarchical escalation: people (staff) told in the app */
                        notify?: string[];
                        /** @description Raise the priority one step */
                        raisePriority?: boolean;
                        reason: string;
                        /**
                         * Format: uuid
                         * @description Functional escalation: hand the ticket to this group
                         */
                        toGroupId?: string;
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
                            items: components["schemas"]["Escalation"][];
                            ticket: components["schemas"]["Ticket"];
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
    "/api/v1/tickets/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ticket's history, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Ticket id (UUID) or number (10001 or #10001) */
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
                            items: components["schemas"]["TicketEvent"][];
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
    "/api/v1/tickets/{id}/mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The mail behind a ticket (staff): inbound with sender, recipients, Cc and folded quotes; outbound with delivery state */
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
                            inbound: components["schemas"]["InboundMail"][];
                            outbound: components["schemas"]["TicketOutboundMail"][];
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
    "/api/v1/tickets/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Internal note (staff only) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes the request safe to retry: the same key with the same body within 24 h answers the first result (same status and body, with `Idempotent-Replayed: true`); the same key with another body is refused (422 IDEMPOTENCY_KEY_REUSED); while the first request still runs a duplicate gets 409 IDEMPOTENCY_KEY_IN_USE with Retry-After. Keys belong to the caller (each person, or each client address on public forms). Use a new random key (a UUID) per intended action. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description Ticket id (UUID) or number (10001 or #10001) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        attachmentIds?: string[];
                        body: string;
                        /**
                         * @description Where the message was exchanged (a logged call is phone)
                         * @enum {string}
                         */
                        channel?: "phone" | "email" | "chat" | "whatsapp" | "portal" | "onsite" | "remote" | "api";
                        /** @description When given, refused with 409 if the ticket moved on */
                        version?: number;
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
                        "application/json": components["schemas"]["Ticket"];
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
    "/api/v1/tickets/{id}/public-incident": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ticket's public incident: on the status page or not, its title and updates (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Ticket id (UUID) or number (10001 or #10001) */
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
                        "application/json": components["schemas"]["PublicIncident"];
                    };
                };
            };
        };
        /** Publish the ticket on the status page under a public title, or change the title (staff; a ticket event) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Ticket id (UUID) or number (10001 or #10001) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
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
                        "application/json": components["schemas"]["PublicIncident"];
                    };
                };
            };
        };
        post?: never;
        /** Take the incident off the status page (staff; a ticket event) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Ticket id (UUID) or number (10001 or #10001) */
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
                        "application/json": components["schemas"]["PublicIncident"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/public-incident/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a timestamped public update to a published incident (staff; a ticket event) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Ticket id (UUID) or number (10001 or #10001) */
                    id: string;
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
                        "application/json": components["schemas"]["PublicIncident"];
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
    "/api/v1/tickets/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ticket's satisfaction rating, or null (anyone who may read the ticket) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Ticket id (UUID) or number (10001 or #10001) */
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
                            rating: components["schemas"]["SatisfactionRating"] | null;
                        };
                    };
                };
            };
        };
        /** Rate a resolved or closed ticket, or revise the rating (its requester only; 409 TICKET_NOT_RESOLVED otherwise) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Ticket id (UUID) or number (10001 or #10001) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        /** @description 1 very dissatisfied … 5 very satisfied */
                        score: number;
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
                            rating: components["schemas"]["SatisfactionRating"] | null;
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
    "/api/v1/tickets/{id}/remote-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A ticket's remote sessions, oldest first, with the total time they ran (anyone who may read the ticket) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Ticket id (UUID) or number (10001 or #10001) */
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
                            items: components["schemas"]["RemoteSession"][];
                            totalSeconds: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Ask for a remote session on a ticket (staff); consentOnPhone records the requester's spoken consent at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Ticket id (UUID) or number (10001 or #10001) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        consentOnPhone?: boolean;
                        /** @description What the session is for, as the requester consents to it */
                        purpose: string;
                        /** @description The tool's session or device id */
                        sessionRef: string;
                        /** Format: uuid */
                        toolId: string;
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
                        "application/json": components["schemas"]["RemoteSession"];
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
    "/api/v1/tickets/{id}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Public reply (the requester sees it) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes the request safe to retry: the same key with the same body within 24 h answers the first result (same status and body, with `Idempotent-Replayed: true`); the same key with another body is refused (422 IDEMPOTENCY_KEY_REUSED); while the first request still runs a duplicate gets 409 IDEMPOTENCY_KEY_IN_USE with Retry-After. Keys belong to the caller (each person, or each client address on public forms). Use a new random key (a UUID) per intended action. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description Ticket id (UUID) or number (10001 or #10001) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        attachmentIds?: string[];
                        body: string;
                        /**
                         * @description Where the message was exchanged (a logged call is phone)
                         * @enum {string}
                         */
                        channel?: "phone" | "email" | "chat" | "whatsapp" | "portal" | "onsite" | "remote" | "api";
                        /** @description When given, refused with 409 if the ticket moved on */
                        version?: number;
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
                        "application/json": components["schemas"]["Ticket"];
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
    "/api/v1/tickets/{id}/sla": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ticket's SLA clocks folded now under its pinned policy version; OLA and escalations for staff */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Ticket id (UUID) or number (10001 or #10001) */
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
                        "application/json": components["schemas"]["TicketSla"];
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
    "/api/v1/tickets/{id}/survey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The post-resolution survey the ticket's requester was offered, or null (anyone who may read the ticket) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Ticket id (UUID) or number (10001 or #10001) */
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
                            survey: components["schemas"]["TicketSurvey"] | null;
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
    "/api/v1/tickets/{id}/survey/suggestion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn the comment of the ticket's answered survey into a suggestion in the requester's name (managers and admins; once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Ticket id (UUID) or number (10001 or #10001) */
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
                        "application/json": components["schemas"]["Suggestion"];
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
    "/api/v1/tickets/{id}/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A ticket's visits (its requester too) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Ticket id (UUID) or number (10001 or #10001) */
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
                            items: components["schemas"]["Visit"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Book an onsite visit (staff who may change the ticket); followUpOf makes it a follow-up visit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Ticket id (UUID) or number (10001 or #10001) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Book over the technician's other visits (needs a reason) */
                        allowOverlap?: boolean;
                        followUpOf?: string | null;
                        /** @description For the technician; never shown to the requester */
                        notes?: string;
                        /** @description Why: needed to book despite a warning or an overlap */
                        reason?: string | null;
                        site: {
                            /** @description One of the ticket's organization's addresses (its id) */
                            addressId: string;
                            floor?: string | null;
                            room?: string | null;
                        };
                        /**
                         * Format: uuid
                         * @description An agent, manager or admin
                         */
                        technicianId: string;
                        /** Format: date-time */
                        windowEnd: string;
                        /** Format: date-time */
                        windowStart: string;
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
                        "application/json": components["schemas"]["Visit"];
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
    "/api/v1/tickets/{id}/whatsapp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A ticket's WhatsApp conversation (staff): each message's delivery, and the 24-hour customer-service window */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Ticket id (UUID) or number (10001 or #10001) */
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
                            messages: components["schemas"]["WhatsappMessage"][];
                            /** @description Free text may be sent until then; null: the customer never wrote */
                            windowEndsAt: string | null;
                            windowOpen: boolean;
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
    "/api/v1/tickets/{id}/whatsapp/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an approved template to the ticket's WhatsApp customer (staff; works outside the window) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Ticket id (UUID) or number (10001 or #10001) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        parameters?: string[];
                        /** Format: uuid */
                        templateId: string;
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
                            /** @description The ticket's whatsapp_template event that records it */
                            eventSeq: number;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "queued" | "sent" | "delivered" | "read" | "failed";
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
    "/api/v1/tickets/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change up to 100 tickets at once (staff): each through PATCH's rules, in its own transaction
         * @description Answers 200 with one result per ticket, in the order given; a ticket you may not see is a 404 result, like one that does not exist.
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
                        changes: {
                            /** @description Added to each ticket's tags */
                            addTags?: string[];
                            /** @description A person, me, or null to unassign */
                            assigneeId?: (string | "me") | null;
                            groupId?: string | null;
                            /** @enum {string} */
                            priority?: "critical" | "high" | "medium" | "low";
                            /** @description Required with a priority that differs from the matrix */
                            priorityReason?: string;
                            /** @enum {string} */
                            status?: "new" | "open" | "pending" | "on_hold" | "resolved" | "closed";
                        };
                        ticketIds: string[];
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
                            results: ({
                                number: number | null;
                                /** @enum {boolean} */
                                ok: true;
                                ticketId: string;
                            } | {
                                /** @description null when you may not see the ticket */
                                number: number | null;
                                /** @enum {boolean} */
                                ok: false;
                                problem: {
                                    code: string;
                                    detail: string;
                                    status: number;
                                };
                                ticketId: string;
                            })[];
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
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens (an admin may name another person) */
        get: {
            parameters: {
                query?: {
                    personId?: string;
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
                            items: components["schemas"]["ApiToken"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Issue an API token; the secret is in this answer only */
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
                        /** @description Without it the token lives until revoked */
                        expiresInDays?: number;
                        name: string;
                        /**
                         * Format: uuid
                         * @description Admins only: issue the token for someone else
                         */
                        personId?: string;
                        scopes: ("tickets:read" | "tickets:write" | "directory:read" | "directory:write" | "admin" | "metrics")[];
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
                            expiresAt: string | null;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: uuid */
                            personId: string;
                            /** @description The first characters of the secret, to recognise it */
                            prefix: string;
                            revokedAt: string | null;
                            scopes: ("tickets:read" | "tickets:write" | "directory:read" | "directory:write" | "admin" | "metrics")[];
                            /** @description Send as Authorization: Bearer …; not shown again */
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
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token */
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
    "/api/v1/tutorials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tutorials you may watch, newest first (staff: all, drafts included; others: published for employees, public ones without sign-in) */
        get: {
            parameters: {
                query?: {
                    language?: "en" | "ur";
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
                            items: components["schemas"]["TutorialSummary"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a tutorial (staff); upload its video, poster and captions next */
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
                        /** @description new: new employees, current: current employees, agents: staff only */
                        audiences: ("new" | "current" | "agents")[];
                        /**
                         * @description In playing order, each starting after the one before
                         * @default []
                         */
                        chapters?: {
                            startSeconds: number;
                            title: string;
                        }[];
                        /** @default  */
                        description?: string;
                        /**
                         * @description An https link to an external video (YouTube and Vimeo play in their player); null for none
                         * @default null
                         */
                        embedUrl?: string | null;
                        /** @enum {string} */
                        language: "en" | "ur";
                        /**
                         * @default draft
                         * @enum {string}
                         */
                        status?: "draft" | "published";
                        title: string;
                        /**
                         * Format: uuid
                         * @description The tutorial this one translates (they share a pair key)
                         */
                        translationOf?: string;
                        /**
                         * @description public: no sign-in needed; signed_in: people who signed in
                         * @enum {string}
                         */
                        visibility: "public" | "signed_in";
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
                        "application/json": components["schemas"]["Tutorial"];
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
    "/api/v1/tutorials/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A tutorial you may watch, with its video, poster, caption tracks and chapters */
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
                        "application/json": components["schemas"]["Tutorial"];
                    };
                };
            };
        };
        /** Rewrite a tutorial (staff); `version` must be the one you read */
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
                        /** @description new: new employees, current: current employees, agents: staff only */
                        audiences: ("new" | "current" | "agents")[];
                        /**
                         * @description In playing order, each starting after the one before
                         * @default []
                         */
                        chapters?: {
                            startSeconds: number;
                            title: string;
                        }[];
                        /** @default  */
                        description?: string;
                        /**
                         * @description An https link to an external video (YouTube and Vimeo play in their player); null for none
                         * @default null
                         */
                        embedUrl?: string | null;
                        /** @enum {string} */
                        language: "en" | "ur";
                        /**
                         * @default draft
                         * @enum {string}
                         */
                        status?: "draft" | "published";
                        title: string;
                        version: number;
                        /**
                         * @description public: no sign-in needed; signed_in: people who signed in
                         * @enum {string}
                         */
                        visibility: "public" | "signed_in";
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
                        "application/json": components["schemas"]["Tutorial"];
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
    "/api/v1/tutorials/{id}/captions/{language}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The captions as WebVTT (text/vtt) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    language: "en" | "ur";
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
                    content?: never;
                };
            };
        };
        /** Set the captions in one language from a WebVTT file (markup and scripts are removed) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    language: "en" | "ur";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The WebVTT file's text */
                        vtt: string;
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
                            cues: number;
                            /** @enum {string} */
                            language: "en" | "ur";
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
    "/api/v1/tutorials/{id}/poster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The poster image */
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
                    content?: never;
                };
            };
        };
        /** Set the poster image (multipart/form-data, field `file`; PNG, JPEG, WebP or GIF) */
        put: {
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
                        "application/json": components["schemas"]["Tutorial"];
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
    "/api/v1/tutorials/{id}/video": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stream the video: Range requests answer 206 (one range; a malformed or multi-range header is ignored, 200), 416 past the end */
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
                    content?: never;
                };
            };
        };
        /** Upload the tutorial's video (multipart/form-data, field `file`; MP4, WebM, Ogg or QuickTime up to TUTORIAL_VIDEO_MAX_BYTES); it replaces any earlier video or link */
        put: {
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
                        "application/json": components["schemas"]["Tutorial"];
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
    "/api/v1/views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Standard, priority, organization and your saved views, with how many tickets each holds */
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
                            items: components["schemas"]["View"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Save a view (a named set of ticket list filters) */
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
                        /** @description Query parameters of GET /api/v1/tickets, as strings (no limit or cursor) */
                        filters: {
                            [key: string]: string;
                        };
                        name: string;
                        position?: number;
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
                        "application/json": components["schemas"]["SavedView"];
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
    "/api/v1/views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete one of your saved views */
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
        /** Rename, refilter or move one of your saved views */
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
                        /** @description Query parameters of GET /api/v1/tickets, as strings (no limit or cursor) */
                        filters?: {
                            [key: string]: string;
                        };
                        name?: string;
                        position?: number;
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
                        "application/json": components["schemas"]["SavedView"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Visits whose window meets [from, to), earliest first, on tickets you may see: a technician's day or week */
        get: {
            parameters: {
                query: {
                    from: string;
                    /** @description One technician's visits (the day view: your own id) */
                    technicianId?: string;
                    to: string;
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
                            items: components["schemas"]["Visit"][];
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
    "/api/v1/visits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One visit */
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
                        "application/json": components["schemas"]["Visit"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Reschedule, reassign or cancel a visit (status: cancelled) before the technician arrives */
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
                        allowOverlap?: boolean;
                        /** @description Why: needed to book despite a warning or an overlap */
                        reason?: string | null;
                        site?: {
                            /** @description One of the ticket's organization's addresses (its id) */
                            addressId: string;
                            floor?: string | null;
                            room?: string | null;
                        };
                        /** @enum {string} */
                        status?: "cancelled";
                        /** Format: uuid */
                        technicianId?: string;
                        /** Format: date-time */
                        windowEnd?: string;
                        /** Format: date-time */
                        windowStart?: string;
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
                        "application/json": components["schemas"]["Visit"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/visits/{id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The technician arrives on site (may be the first response: SLA policy) */
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
                        "application/json": components["schemas"]["Visit"];
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
    "/api/v1/visits/{id}/check-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The technician leaves the site (only after checking in: else 409) */
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
                        "application/json": components["schemas"]["Visit"];
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
    "/api/v1/visits/{id}/invitation.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The visit's iCalendar invitation (text/calendar): METHOD REQUEST, or CANCEL once cancelled */
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
    "/api/v1/visits/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The visit report: what was done, the parts used, the requester's sign-off name */
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
                        /** @default  */
                        partsUsed?: string;
                        signOffName: string;
                        workDone: string;
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
                        "application/json": components["schemas"]["Visit"];
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
    "/api/v1/visits/{id}/travel-start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The technician sets off for the site */
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
                        "application/json": components["schemas"]["Visit"];
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
    "/api/v1/whatsapp/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The WhatsApp groups the desk's numbers are in (admins), with the organization each is bound to */
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
                            items: components["schemas"]["WhatsappGroup"][];
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
    "/api/v1/whatsapp/groups/{groupId}": {
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
        /** Bind a WhatsApp group to a client organization, or unbind it (admins; audited) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    groupId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description null: unbind (new members go to the number's default organization) */
                        organizationId: string | null;
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
                        "application/json": components["schemas"]["WhatsappGroup"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/whatsapp/numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The WhatsApp numbers (admins); secrets never leave */
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
                            /** @description The number WHATSAPP_* settings configure */
                            environmentPhoneNumberId: string | null;
                            items: components["schemas"]["WhatsappNumber"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a WhatsApp number (admins; audited) */
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
                        /** @description Graph API bearer token; listed back only as set */
                        accessToken: string;
                        /** @default true */
                        active?: boolean;
                        /** @description Signs the webhooks (X-Hub-Signature-256) */
                        appSecret: string;
                        /** @default null */
                        defaultGroupId?: string | null;
                        /**
                         * @description Where strangers who write are placed as requesters; null: Unassigned senders
                         * @default null
                         */
                        defaultOrganizationId?: string | null;
                        /** @default  */
                        displayName?: string;
                        number: string;
                        phoneNumberId: string;
                        /** @description Answers the webhook handshake */
                        verifyToken: string;
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
                        "application/json": components["schemas"]["WhatsappNumber"];
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
    "/api/v1/whatsapp/numbers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a WhatsApp number (admins; audited); its tickets and conversations stay */
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
        /** Change a WhatsApp number (admins; audited; secrets left out are kept) */
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
                        /** @description Left out: kept */
                        accessToken?: string;
                        active?: boolean;
                        appSecret?: string;
                        defaultGroupId?: string | null;
                        defaultOrganizationId?: string | null;
                        displayName?: string;
                        number?: string;
                        phoneNumberId?: string;
                        verifyToken?: string;
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
                        "application/json": components["schemas"]["WhatsappNumber"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/whatsapp/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Approved templates (staff), the only messages WhatsApp takes outside the 24-hour window */
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
                            items: components["schemas"]["WhatsappTemplate"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a template Meta approved (admins; audited) */
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
                        /** @default en */
                        language?: string;
                        name: string;
                        /** @default [] */
                        parameters?: string[];
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
                        "application/json": components["schemas"]["WhatsappTemplate"];
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
    "/api/v1/whatsapp/templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a template (admins; audited); messages sent with it keep their copy */
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
        /** Change a template or set it aside (admins; audited) */
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
                        /** @description false: agents no longer see or send it */
                        active?: boolean;
                        language?: string;
                        name?: string;
                        parameters?: string[];
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
                        "application/json": components["schemas"]["WhatsappTemplate"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness */
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
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics (text format): an API token with the metrics scope */
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
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers (503 problem+json when it does not) */
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
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "NOT_READY";
                            detail: string;
                            instance: string;
                            /** @enum {number} */
                            status: 503;
                            title: string;
                            type: string;
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
    "/webhooks/whatsapp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Meta's verification handshake: the challenge, as plain text, when mode and verify token match (else 403) */
        get: {
            parameters: {
                query?: {
                    "hub.challenge"?: string;
                    "hub.mode"?: string;
                    "hub.verify_token"?: string;
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
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        /** Meta's webhook: signed (X-Hub-Signature-256 over the raw body) messages and statuses, stored once each and worked through by the outbox */
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
                            ignored: number;
                            replayed: number;
                            stored: number;
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
        ApiToken: {
            createdAt: string;
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            personId: string;
            /** @description The first characters of the secret, to recognise it */
            prefix: string;
            revokedAt: string | null;
            scopes: ("tickets:read" | "tickets:write" | "directory:read" | "directory:write" | "admin" | "metrics")[];
        };
        ApiTokenInput: {
            createdAt: string;
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            personId: string;
            /** @description The first characters of the secret, to recognise it */
            prefix: string;
            revokedAt: string | null;
            scopes: ("tickets:read" | "tickets:write" | "directory:read" | "directory:write" | "admin" | "metrics")[];
        };
        Article: {
            abilities: {
                edit: boolean;
            };
            audiences: ("new" | "current" | "agents")[];
            /** @description The Markdown as written */
            body: string;
            categoryId: string | null;
            categoryName: string | null;
            categoryNameUr: string | null;
            /**
             * @description Urdu reads right to left
             * @enum {string}
             */
            direction: "ltr" | "rtl";
            /** @description The Markdown rendered and sanitised: safe to insert */
            html: string;
            /** Format: uuid */
            id: string;
            key: string;
            /** @enum {string} */
            language: "en" | "ur";
            ownerId: string | null;
            ownerName: string | null;
            publishedAt: string | null;
            /** @description YYYY-MM-DD */
            reviewBy: string | null;
            /** @description The review-by day has passed */
            reviewOverdue: boolean;
            /** @enum {string} */
            status: "draft" | "published";
            tags: string[];
            title: string;
            /** @description The article's other language versions you may read */
            translations: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                language: "en" | "ur";
                title: string;
            }[];
            updatedAt: string;
            version: number;
            viewCount: number;
            /** @enum {string} */
            visibility: "public" | "signed_in";
        };
        ArticleInput: {
            abilities: {
                edit: boolean;
            };
            audiences: ("new" | "current" | "agents")[];
            /** @description The Markdown as written */
            body: string;
            categoryId: string | null;
            categoryName: string | null;
            categoryNameUr: string | null;
            /**
             * @description Urdu reads right to left
             * @enum {string}
             */
            direction: "ltr" | "rtl";
            /** @description The Markdown rendered and sanitised: safe to insert */
            html: string;
            /** Format: uuid */
            id: string;
            key: string;
            /** @enum {string} */
            language: "en" | "ur";
            ownerId: string | null;
            ownerName: string | null;
            publishedAt: string | null;
            /** @description YYYY-MM-DD */
            reviewBy: string | null;
            /** @description The review-by day has passed */
            reviewOverdue: boolean;
            /** @enum {string} */
            status: "draft" | "published";
            tags: string[];
            title: string;
            /** @description The article's other language versions you may read */
            translations: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                language: "en" | "ur";
                title: string;
            }[];
            updatedAt: string;
            version: number;
            viewCount: number;
            /** @enum {string} */
            visibility: "public" | "signed_in";
        };
        ArticleSummary: {
            audiences: ("new" | "current" | "agents")[];
            categoryId: string | null;
            categoryName: string | null;
            categoryNameUr: string | null;
            /**
             * @description Urdu reads right to left
             * @enum {string}
             */
            direction: "ltr" | "rtl";
            /** Format: uuid */
            id: string;
            key: string;
            /** @enum {string} */
            language: "en" | "ur";
            ownerId: string | null;
            ownerName: string | null;
            publishedAt: string | null;
            /** @description YYYY-MM-DD */
            reviewBy: string | null;
            /** @description The review-by day has passed */
            reviewOverdue: boolean;
            /** @enum {string} */
            status: "draft" | "published";
            tags: string[];
            title: string;
            updatedAt: string;
            version: number;
            viewCount: number;
            /** @enum {string} */
            visibility: "public" | "signed_in";
        };
        ArticleSummaryInput: {
            audiences: ("new" | "current" | "agents")[];
            categoryId: string | null;
            categoryName: string | null;
            categoryNameUr: string | null;
            /**
             * @description Urdu reads right to left
             * @enum {string}
             */
            direction: "ltr" | "rtl";
            /** Format: uuid */
            id: string;
            key: string;
            /** @enum {string} */
            language: "en" | "ur";
            ownerId: string | null;
            ownerName: string | null;
            publishedAt: string | null;
            /** @description YYYY-MM-DD */
            reviewBy: string | null;
            /** @description The review-by day has passed */
            reviewOverdue: boolean;
            /** @enum {string} */
            status: "draft" | "published";
            tags: string[];
            title: string;
            updatedAt: string;
            version: number;
            viewCount: number;
            /** @enum {string} */
            visibility: "public" | "signed_in";
        };
        ArticleVersion: {
            createdAt: string;
            editedBy: string | null;
            editorName: string | null;
            note: string;
            /** @enum {string} */
            status: "draft" | "published";
            title: string;
            version: number;
        };
        ArticleVersionInput: {
            createdAt: string;
            editedBy: string | null;
            editorName: string | null;
            note: string;
            /** @enum {string} */
            status: "draft" | "published";
            title: string;
            version: number;
        };
        Attachment: {
            contentType: string;
            createdAt: string;
            filename: string;
            /** Format: uuid */
            id: string;
            sha256: string;
            size: number;
        };
        AttachmentInput: {
            contentType: string;
            createdAt: string;
            filename: string;
            /** Format: uuid */
            id: string;
            sha256: string;
            size: number;
        };
        AuditEntry: {
            /** @description e.g. person.updated */
            action: string;
            /** @description null when Frontline itself made the change */
            actorId: string | null;
            /** @description The actor's name (null for Frontline itself) */
            actorName: string | null;
            at: string;
            /** @description {field: {from, to}}; a password shows only as "[changed]" */
            changes: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            entity: "organization" | "person" | "group" | "category" | "routing_rule" | "setting" | "api_token" | "channel" | "satisfaction_rating" | "regular_survey" | "canned_response" | "sla_calendar" | "sla_policy" | "sla_group_target" | "service_review" | "review_action" | "review_pack_schedule" | "bouncing_address" | "mailbox" | "whatsapp_number" | "whatsapp_template" | "whatsapp_group" | "kb_category" | "kb_article" | "remote_tool" | "chat_channel";
            entityId: string;
            /** @description What people call the changed object: a name, a title, "#10023 Subject" for a rated ticket */
            entityLabel: string | null;
            id: number;
        };
        AuditEntryInput: {
            /** @description e.g. person.updated */
            action: string;
            /** @description null when Frontline itself made the change */
            actorId: string | null;
            /** @description The actor's name (null for Frontline itself) */
            actorName: string | null;
            at: string;
            /** @description {field: {from, to}}; a password shows only as "[changed]" */
            changes: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            entity: "organization" | "person" | "group" | "category" | "routing_rule" | "setting" | "api_token" | "channel" | "satisfaction_rating" | "regular_survey" | "canned_response" | "sla_calendar" | "sla_policy" | "sla_group_target" | "service_review" | "review_action" | "review_pack_schedule" | "bouncing_address" | "mailbox" | "whatsapp_number" | "whatsapp_template" | "whatsapp_group" | "kb_category" | "kb_article" | "remote_tool" | "chat_channel";
            entityId: string;
            /** @description What people call the changed object: a name, a title, "#10023 Subject" for a rated ticket */
            entityLabel: string | null;
            id: number;
        };
        BouncingAddress: {
            address: string;
            /** Format: date-time */
            lastBounceAt: string;
            /** @description The ticket whose mail bounced last */
            number: number | null;
            reason: string;
            ticketId: string | null;
        };
        BouncingAddressInput: {
            address: string;
            lastBounceAt: unknown;
            /** @description The ticket whose mail bounced last */
            number: number | null;
            reason: string;
            ticketId: string | null;
        };
        Calendar: {
            createdAt: string;
            /** @description The version in force now */
            current: components["schemas"]["CalendarVersion"];
            /** Format: uuid */
            id: string;
            name: string;
            timezone: string;
        };
        CalendarDefinition: {
            /** @constant */
            always?: true;
            holidays?: (string | {
                date: string;
                name?: string;
                recurring?: boolean;
            })[];
            overrides?: {
                [key: string]: [
                    string,
                    string
                ][];
            };
            timezone: string;
            weekly?: {
                fri?: [
                    string,
                    string
                ][];
                mon?: [
                    string,
                    string
                ][];
                sat?: [
                    string,
                    string
                ][];
                sun?: [
                    string,
                    string
                ][];
                thu?: [
                    string,
                    string
                ][];
                tue?: [
                    string,
                    string
                ][];
                wed?: [
                    string,
                    string
                ][];
            };
        };
        CalendarDefinitionInput: {
            /** @constant */
            always?: true;
            holidays?: (string | {
                date: string;
                name?: string;
                recurring?: boolean;
            })[];
            overrides?: {
                [key: string]: [
                    string,
                    string
                ][];
            };
            timezone: string;
            weekly?: {
                fri?: [
                    string,
                    string
                ][];
                mon?: [
                    string,
                    string
                ][];
                sat?: [
                    string,
                    string
                ][];
                sun?: [
                    string,
                    string
                ][];
                thu?: [
                    string,
                    string
                ][];
                tue?: [
                    string,
                    string
                ][];
                wed?: [
                    string,
                    string
                ][];
            };
        };
        CalendarDetail: {
            createdAt: string;
            /** @description The version in force now */
            current: components["schemas"]["CalendarVersion"];
            /** Format: uuid */
            id: string;
            name: string;
            timezone: string;
            /** @description Every version, oldest effective first */
            versions: components["schemas"]["CalendarVersion"][];
        };
        CalendarDetailInput: {
            createdAt: string;
            /** @description The version in force now */
            current: components["schemas"]["CalendarVersionInput"];
            /** Format: uuid */
            id: string;
            name: string;
            timezone: string;
            /** @description Every version, oldest effective first */
            versions: components["schemas"]["CalendarVersionInput"][];
        };
        CalendarInput: {
            createdAt: string;
            /** @description The version in force now */
            current: components["schemas"]["CalendarVersionInput"];
            /** Format: uuid */
            id: string;
            name: string;
            timezone: string;
        };
        CalendarVersion: {
            createdAt: string;
            createdBy: string | null;
            definition: components["schemas"]["CalendarDefinition"];
            effectiveFrom: string;
            /** Format: uuid */
            id: string;
        };
        CalendarVersionInput: {
            createdAt: string;
            createdBy: string | null;
            definition: components["schemas"]["CalendarDefinitionInput"];
            effectiveFrom: string;
            /** Format: uuid */
            id: string;
        };
        Call: {
            agentId: string | null;
            agentName: string | null;
            callerId: string | null;
            /** @description The caller's name when they were identified */
            callerName: string | null;
            /** @description Normalised: separators removed, 00 read as + */
            callerNumber: string;
            createdAt: string;
            /** @enum {string} */
            direction: "inbound" | "outbound";
            durationSeconds: number;
            /** Format: uuid */
            id: string;
            notes: string;
            /** @enum {string} */
            outcome: "resolved_on_call" | "new_ticket" | "updated_ticket";
            startedAt: string;
            /** Format: uuid */
            ticketId: string;
            ticketNumber: number;
        };
        CallInput: {
            agentId: string | null;
            agentName: string | null;
            callerId: string | null;
            /** @description The caller's name when they were identified */
            callerName: string | null;
            /** @description Normalised: separators removed, 00 read as + */
            callerNumber: string;
            createdAt: string;
            /** @enum {string} */
            direction: "inbound" | "outbound";
            durationSeconds: number;
            /** Format: uuid */
            id: string;
            notes: string;
            /** @enum {string} */
            outcome: "resolved_on_call" | "new_ticket" | "updated_ticket";
            startedAt: string;
            /** Format: uuid */
            ticketId: string;
            ticketNumber: number;
        };
        CannedResponse: {
            body: string;
            createdBy: string | null;
            /** Format: uuid */
            id: string;
            title: string;
            updatedAt: string;
        };
        CannedResponseInput: {
            body: string;
            createdBy: string | null;
            /** Format: uuid */
            id: string;
            title: string;
            updatedAt: string;
        };
        Category: {
            createdAt: string;
            description: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The name in Urdu, shown when the app is in Urdu; null: none */
            nameUr: string | null;
        };
        CategoryInput: {
            createdAt: string;
            description: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The name in Urdu, shown when the app is in Urdu; null: none */
            nameUr: string | null;
        };
        ChannelSetting: {
            /** @enum {string} */
            channel: "phone" | "email" | "chat" | "whatsapp" | "portal" | "onsite" | "remote" | "api";
            /** @description Where to reach it: a number, a mailbox, a URL */
            contact: string;
            enabled: boolean;
            /** @description What customers should know, in plain words */
            instructions: string;
            /** @description The instructions in Urdu, shown on the Urdu pages; null: none */
            instructionsUr: string | null;
            position: number;
        };
        ChannelSettingInput: {
            /** @enum {string} */
            channel: "phone" | "email" | "chat" | "whatsapp" | "portal" | "onsite" | "remote" | "api";
            /** @description Where to reach it: a number, a mailbox, a URL */
            contact: string;
            enabled: boolean;
            /** @description What customers should know, in plain words */
            instructions: string;
            /** @description The instructions in Urdu, shown on the Urdu pages; null: none */
            instructionsUr: string | null;
            position: number;
        };
        Chat: {
            acceptedAt: string | null;
            agentId: string | null;
            channel: string;
            createdAt: string;
            endedAt: string | null;
            groupId: string | null;
            /** Format: uuid */
            id: string;
            signedIn: boolean;
            /** @enum {string} */
            state: "waiting" | "active" | "ended";
            /** Format: uuid */
            ticketId: string;
            visitorEmail: string;
            visitorName: string;
        };
        ChatChannel: {
            active: boolean;
            createdAt: string;
            /** @description The support group whose chat queue gets its chats; null: routing decides */
            groupId: string | null;
            /** Format: uuid */
            id: string;
            /** @description The channel of a widget without data-channel, and of the portal */
            isDefault: boolean;
            /** @description What an embedding puts in data-channel */
            key: string;
            name: string;
        };
        ChatChannelInput: {
            active: boolean;
            createdAt: string;
            /** @description The support group whose chat queue gets its chats; null: routing decides */
            groupId: string | null;
            /** Format: uuid */
            id: string;
            /** @description The channel of a widget without data-channel, and of the portal */
            isDefault: boolean;
            /** @description What an embedding puts in data-channel */
            key: string;
            name: string;
        };
        ChatInput: {
            acceptedAt: string | null;
            agentId: string | null;
            channel: string;
            createdAt: string;
            endedAt: string | null;
            groupId: string | null;
            /** Format: uuid */
            id: string;
            signedIn: boolean;
            /** @enum {string} */
            state: "waiting" | "active" | "ended";
            /** Format: uuid */
            ticketId: string;
            visitorEmail: string;
            visitorName: string;
        };
        ChatMessage: {
            attachments: {
                contentType: string;
                filename: string;
                /** Format: uuid */
                id: string;
                size: number;
            }[];
            body: string;
            createdAt: string;
            /** @description The server id: increasing within the chat; resume streams after the last one you have */
            id: number;
            /** @enum {string} */
            sender: "visitor" | "agent" | "system";
            senderName: string;
        };
        ChatMessageInput: {
            attachments: {
                contentType: string;
                filename: string;
                /** Format: uuid */
                id: string;
                size: number;
            }[];
            body: string;
            createdAt: string;
            /** @description The server id: increasing within the chat; resume streams after the last one you have */
            id: number;
            /** @enum {string} */
            sender: "visitor" | "agent" | "system";
            senderName: string;
        };
        ConsultationRequest: {
            /** @description The active requester the address belongs to, while unlinked */
            addressOwner: {
                email: string;
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** @description As the visitor typed it: unverified until linked */
            contact: {
                company: string;
                email: string;
                name: string;
                phone: string;
            };
            createdAt: string;
            linkedAt: string | null;
            linkedPersonId: string | null;
            preferredDate: string;
            /** Format: uuid */
            ticketId: string;
            topic: string;
            /** @description Linked to a person, by their confirming the mailed link or by an agent */
            verified: boolean;
            windowEnd: string;
            windowStart: string;
        };
        ConsultationRequestInput: {
            /** @description The active requester the address belongs to, while unlinked */
            addressOwner: {
                email: string;
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** @description As the visitor typed it: unverified until linked */
            contact: {
                company: string;
                email: string;
                name: string;
                phone: string;
            };
            createdAt: string;
            linkedAt: string | null;
            linkedPersonId: string | null;
            preferredDate: string;
            /** Format: uuid */
            ticketId: string;
            topic: string;
            /** @description Linked to a person, by their confirming the mailed link or by an agent */
            verified: boolean;
            windowEnd: string;
            windowStart: string;
        };
        Escalation: {
            actorId: string | null;
            at: string;
            clock: ("first_response" | "next_reply" | "resolution") | null;
            fromGroupId: string | null;
            fromPriority: ("critical" | "high" | "medium" | "low") | null;
            /** Format: uuid */
            id: string;
            /**
             * @description manual: by hand; functional: to another group; hierarchical: people notified; priority: raised
             * @enum {string}
             */
            kind: "warning" | "breach" | "functional" | "hierarchical" | "priority" | "manual";
            level: number | null;
            notified: string[];
            reason: string;
            /** @description The policy threshold that fired it; null when a person escalated by hand */
            rule: string | null;
            /** Format: uuid */
            ticketId: string;
            toGroupId: string | null;
            toPriority: ("critical" | "high" | "medium" | "low") | null;
        };
        EscalationInput: {
            actorId: string | null;
            at: string;
            clock: ("first_response" | "next_reply" | "resolution") | null;
            fromGroupId: string | null;
            fromPriority: ("critical" | "high" | "medium" | "low") | null;
            /** Format: uuid */
            id: string;
            /**
             * @description manual: by hand; functional: to another group; hierarchical: people notified; priority: raised
             * @enum {string}
             */
            kind: "warning" | "breach" | "functional" | "hierarchical" | "priority" | "manual";
            level: number | null;
            notified: string[];
            reason: string;
            /** @description The policy threshold that fired it; null when a person escalated by hand */
            rule: string | null;
            /** Format: uuid */
            ticketId: string;
            toGroupId: string | null;
            toPriority: ("critical" | "high" | "medium" | "low") | null;
        };
        FigureTicket: {
            agent_id: string | null;
            /** @enum {string} */
            channel: "phone" | "email" | "chat" | "whatsapp" | "portal" | "onsite" | "remote" | "api";
            created_at: string;
            group_id: string | null;
            number: number;
            /** @enum {string} */
            priority: "critical" | "high" | "medium" | "low";
            resolved_at: string | null;
            /** @enum {string} */
            status: "new" | "open" | "pending" | "on_hold" | "resolved" | "closed";
            subject: string;
            /** Format: uuid */
            ticket_id: string;
        };
        FigureTicketInput: {
            agent_id: string | null;
            /** @enum {string} */
            channel: "phone" | "email" | "chat" | "whatsapp" | "portal" | "onsite" | "remote" | "api";
            created_at: string;
            group_id: string | null;
            number: number;
            /** @enum {string} */
            priority: "critical" | "high" | "medium" | "low";
            resolved_at: string | null;
            /** @enum {string} */
            status: "new" | "open" | "pending" | "on_hold" | "resolved" | "closed";
            subject: string;
            /** Format: uuid */
            ticket_id: string;
        };
        GroupTarget: {
            /** @description Null: measured on the ticket's resolution calendar */
            calendarId: string | null;
            /** Format: uuid */
            groupId: string;
            minutes: {
                critical?: number;
                high?: number;
                low?: number;
                medium?: number;
            };
        };
        GroupTargetInput: {
            /** @description Null: measured on the ticket's resolution calendar */
            calendarId: string | null;
            /** Format: uuid */
            groupId: string;
            minutes: {
                critical?: number;
                high?: number;
                low?: number;
                medium?: number;
            };
        };
        InboundMail: {
            /** @description original.eml among the ticket's attachments (view original) */
            attachmentId: string | null;
            /** @description Sanitised HTML above the quoted history */
            bodyHtml: string | null;
            /** @description The text above the quoted history */
            bodyText: string | null;
            ccAddresses: string[];
            fromAddress: string | null;
            id: string;
            /** @enum {string} */
            outcome: "created" | "replied" | "quarantined" | "ignored";
            /** @description Sanitised quoted history */
            quotedHtml: string | null;
            /** @description The quoted history under it (folded in the view) */
            quotedText: string | null;
            /** Format: date-time */
            receivedAt: string;
            subject: string;
            toAddresses: string[];
        };
        InboundMailInput: {
            /** @description original.eml among the ticket's attachments (view original) */
            attachmentId: string | null;
            /** @description Sanitised HTML above the quoted history */
            bodyHtml: string | null;
            /** @description The text above the quoted history */
            bodyText: string | null;
            ccAddresses: string[];
            fromAddress: string | null;
            id: string;
            /** @enum {string} */
            outcome: "created" | "replied" | "quarantined" | "ignored";
            /** @description Sanitised quoted history */
            quotedHtml: string | null;
            /** @description The quoted history under it (folded in the view) */
            quotedText: string | null;
            receivedAt: unknown;
            subject: string;
            toAddresses: string[];
        };
        IndicatorReport: {
            /** @description One sentence per indicator: the rule behind its figure */
            definitions: {
                [key: string]: string;
            };
            escalations: {
                alerts: {
                    breach: number;
                    warning: number;
                };
                by_kind: {
                    functional: number;
                    hierarchical: number;
                    manual: number;
                    priority: number;
                };
                /** @description Automatic levels by number; escalations by hand under "manual" */
                by_level: {
                    [key: string]: number;
                };
                by_trigger: {
                    automatic: number;
                    manual: number;
                };
                count: number;
                items: {
                    from: {
                        group_id: string | null;
                        priority: string | null;
                    };
                    /** @enum {string} */
                    kind: "functional" | "hierarchical" | "priority" | "manual";
                    level: number | null;
                    rule: string | null;
                    /** Format: uuid */
                    ticket_id: string;
                    ticket_number: number;
                    to: {
                        group_id: string | null;
                        notified: string[];
                        priority: string | null;
                    };
                    /** @enum {string} */
                    trigger: "automatic" | "manual";
                    when: string;
                    /** @description The person who escalated; null when the SLA engine did */
                    who: string | null;
                    why: string;
                }[];
                /** @description Time per tier (OLA) of the tickets resolved in the period, by tier number */
                time_per_tier: {
                    [key: string]: {
                        business_minutes: {
                            mean: number | null;
                            median: number | null;
                            p90: number | null;
                        };
                        exceeded: number;
                        tickets: number;
                    };
                };
            };
            /** @description Every ticket change before this instant is in the figures (the facts are refolded off the write path) */
            factsAsOf: string;
            /** @description Tickets whose latest changes are not in the figures yet */
            factsPending: number;
            filters: {
                agentId?: string;
                categoryId?: string;
                channel?: string;
                groupId?: string;
                organizationId?: string;
                priority?: string;
            };
            first_contact_resolution: {
                excluded: number;
                first_contact: number;
                /** @description A share 0–1; null when nothing was counted */
                rate: number | null;
                resolved: number;
                tickets: number[];
            };
            period: {
                from: string;
                to: string;
            };
            /** @description The period of the same length just before (compare=true) */
            previous: {
                escalations: {
                    alerts: {
                        breach: number;
                        warning: number;
                    };
                    by_kind: {
                        functional: number;
                        hierarchical: number;
                        manual: number;
                        priority: number;
                    };
                    /** @description Automatic levels by number; escalations by hand under "manual" */
                    by_level: {
                        [key: string]: number;
                    };
                    by_trigger: {
                        automatic: number;
                        manual: number;
                    };
                    count: number;
                    items: {
                        from: {
                            group_id: string | null;
                            priority: string | null;
                        };
                        /** @enum {string} */
                        kind: "functional" | "hierarchical" | "priority" | "manual";
                        level: number | null;
                        rule: string | null;
                        /** Format: uuid */
                        ticket_id: string;
                        ticket_number: number;
                        to: {
                            group_id: string | null;
                            notified: string[];
                            priority: string | null;
                        };
                        /** @enum {string} */
                        trigger: "automatic" | "manual";
                        when: string;
                        /** @description The person who escalated; null when the SLA engine did */
                        who: string | null;
                        why: string;
                    }[];
                    /** @description Time per tier (OLA) of the tickets resolved in the period, by tier number */
                    time_per_tier: {
                        [key: string]: {
                            business_minutes: {
                                mean: number | null;
                                median: number | null;
                                p90: number | null;
                            };
                            exceeded: number;
                            tickets: number;
                        };
                    };
                };
                first_contact_resolution: {
                    excluded: number;
                    first_contact: number;
                    /** @description A share 0–1; null when nothing was counted */
                    rate: number | null;
                    resolved: number;
                    tickets: number[];
                };
                period: {
                    from: string;
                    to: string;
                };
                resolution: {
                    business_minutes: {
                        mean: number | null;
                        median: number | null;
                        p90: number | null;
                    };
                    count: number;
                    wall_minutes: {
                        mean: number | null;
                        median: number | null;
                        p90: number | null;
                    };
                };
                response: {
                    business_minutes: {
                        mean: number | null;
                        median: number | null;
                        p90: number | null;
                    };
                    count: number;
                    wall_minutes: {
                        mean: number | null;
                        median: number | null;
                        p90: number | null;
                    };
                };
                satisfaction: {
                    comments: {
                        at: string;
                        comment: string;
                        score: number;
                        ticket_number: number;
                    }[];
                    distribution: {
                        1: number;
                        2: number;
                        3: number;
                        4: number;
                        5: number;
                    };
                    mean: number | null;
                    /** @description Post-resolution surveys offered in the period and those answered before it ended */
                    post_resolution_survey: {
                        answered: number;
                        response_rate: number | null;
                        sent: number;
                    };
                    /** @description The satisfaction question of regular surveys, counted apart (follows the organization filter only) */
                    regular_survey: {
                        distribution: {
                            1: number;
                            2: number;
                            3: number;
                            4: number;
                            5: number;
                        };
                        invited: number;
                        mean: number | null;
                        response_rate: number | null;
                        responses: number;
                    };
                    /** @description Responses per ticket resolved in the period */
                    response_rate: number | null;
                    responses: number;
                    /** @constant */
                    source: "post_resolution";
                };
                sla: {
                    breached: {
                        clocks: {
                            breached_at: string;
                            /** @enum {string} */
                            kind: "first_response" | "resolution";
                        }[];
                        number: number;
                        /** @enum {string} */
                        priority: "critical" | "high" | "medium" | "low";
                        /** Format: uuid */
                        ticket_id: string;
                    }[];
                    by_priority: {
                        critical: {
                            count: number;
                            resolution_count: number;
                            /** @description A share 0–1; null when nothing was counted */
                            resolution_met_rate: number | null;
                            response_count: number;
                            /** @description A share 0–1; null when nothing was counted */
                            response_met_rate: number | null;
                        };
                        high: {
                            count: number;
                            resolution_count: number;
                            /** @description A share 0–1; null when nothing was counted */
                            resolution_met_rate: number | null;
                            response_count: number;
                            /** @description A share 0–1; null when nothing was counted */
                            response_met_rate: number | null;
                        };
                        low: {
                            count: number;
                            resolution_count: number;
                            /** @description A share 0–1; null when nothing was counted */
                            resolution_met_rate: number | null;
                            response_count: number;
                            /** @description A share 0–1; null when nothing was counted */
                            response_met_rate: number | null;
                        };
                        medium: {
                            count: number;
                            resolution_count: number;
                            /** @description A share 0–1; null when nothing was counted */
                            resolution_met_rate: number | null;
                            response_count: number;
                            /** @description A share 0–1; null when nothing was counted */
                            response_met_rate: number | null;
                        };
                    };
                    resolution_count: number;
                    /** @description A share 0–1; null when nothing was counted */
                    resolution_met_rate: number | null;
                    response_count: number;
                    /** @description A share 0–1; null when nothing was counted */
                    response_met_rate: number | null;
                };
                tickets: {
                    /** @description Open tickets at the end, by age */
                    ageing: {
                        "1_to_3d": number;
                        "3_to_7d": number;
                        "7_to_30d": number;
                        over_30d: number;
                        under_1d: number;
                    };
                    backlog: number;
                    by_channel: {
                        api: {
                            backlog: number;
                            created: number;
                            resolved: number;
                        };
                        chat: {
                            backlog: number;
                            created: number;
                            resolved: number;
                        };
                        email: {
                            backlog: number;
                            created: number;
                            resolved: number;
                        };
                        onsite: {
                            backlog: number;
                            created: number;
                            resolved: number;
                        };
                        phone: {
                            backlog: number;
                            created: number;
                            resolved: number;
                        };
                        portal: {
                            backlog: number;
                            created: number;
                            resolved: number;
                        };
                        remote: {
                            backlog: number;
                            created: number;
                            resolved: number;
                        };
                        whatsapp: {
                            backlog: number;
                            created: number;
                            resolved: number;
                        };
                    };
                    created: number;
                    reopened: number;
                    resolved: number;
                };
                /** @description Time by kind of work, each stretch counted in the period it finished in */
                work_time: {
                    /** @description Time on site, from check-in to check-out */
                    onsite: {
                        /** @description Sessions, visits on site or trips finished in the period */
                        count: number;
                        /** @description Per session, visit or trip; null when there was none */
                        mean_minutes: number | null;
                        /** @description Per ticket with this kind of work; null when none had it */
                        mean_minutes_per_ticket: number | null;
                        /** @description Tickets with at least one such stretch finished in the period */
                        tickets: number;
                        total_minutes: number;
                    };
                    /** @description Remote sessions, from start to end */
                    remote: {
                        /** @description Sessions, visits on site or trips finished in the period */
                        count: number;
                        /** @description Per session, visit or trip; null when there was none */
                        mean_minutes: number | null;
                        /** @description Per ticket with this kind of work; null when none had it */
                        mean_minutes_per_ticket: number | null;
                        /** @description Tickets with at least one such stretch finished in the period */
                        tickets: number;
                        total_minutes: number;
                    };
                    /** @description Tickets where a remote session finished */
                    tickets_with_remote_session: number;
                    /** @description Tickets where a visit's travel or time on site finished */
                    tickets_with_visit: number;
                    /** @description Travel to visits, from travel start to arrival */
                    travel: {
                        /** @description Sessions, visits on site or trips finished in the period */
                        count: number;
                        /** @description Per session, visit or trip; null when there was none */
                        mean_minutes: number | null;
                        /** @description Per ticket with this kind of work; null when none had it */
                        mean_minutes_per_ticket: number | null;
                        /** @description Tickets with at least one such stretch finished in the period */
                        tickets: number;
                        total_minutes: number;
                    };
                };
            } | null;
            resolution: {
                business_minutes: {
                    mean: number | null;
                    median: number | null;
                    p90: number | null;
                };
                count: number;
                wall_minutes: {
                    mean: number | null;
                    median: number | null;
                    p90: number | null;
                };
            };
            response: {
                business_minutes: {
                    mean: number | null;
                    median: number | null;
                    p90: number | null;
                };
                count: number;
                wall_minutes: {
                    mean: number | null;
                    median: number | null;
                    p90: number | null;
                };
            };
            satisfaction: {
                comments: {
                    at: string;
                    comment: string;
                    score: number;
                    ticket_number: number;
                }[];
                distribution: {
                    1: number;
                    2: number;
                    3: number;
                    4: number;
                    5: number;
                };
                mean: number | null;
                /** @description Post-resolution surveys offered in the period and those answered before it ended */
                post_resolution_survey: {
                    answered: number;
                    response_rate: number | null;
                    sent: number;
                };
                /** @description The satisfaction question of regular surveys, counted apart (follows the organization filter only) */
                regular_survey: {
                    distribution: {
                        1: number;
                        2: number;
                        3: number;
                        4: number;
                        5: number;
                    };
                    invited: number;
                    mean: number | null;
                    response_rate: number | null;
                    responses: number;
                };
                /** @description Responses per ticket resolved in the period */
                response_rate: number | null;
                responses: number;
                /** @constant */
                source: "post_resolution";
            };
            sla: {
                breached: {
                    clocks: {
                        breached_at: string;
                        /** @enum {string} */
                        kind: "first_response" | "resolution";
                    }[];
                    number: number;
                    /** @enum {string} */
                    priority: "critical" | "high" | "medium" | "low";
                    /** Format: uuid */
                    ticket_id: string;
                }[];
                by_priority: {
                    critical: {
                        count: number;
                        resolution_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        resolution_met_rate: number | null;
                        response_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        response_met_rate: number | null;
                    };
                    high: {
                        count: number;
                        resolution_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        resolution_met_rate: number | null;
                        response_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        response_met_rate: number | null;
                    };
                    low: {
                        count: number;
                        resolution_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        resolution_met_rate: number | null;
                        response_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        response_met_rate: number | null;
                    };
                    medium: {
                        count: number;
                        resolution_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        resolution_met_rate: number | null;
                        response_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        response_met_rate: number | null;
                    };
                };
                resolution_count: number;
                /** @description A share 0–1; null when nothing was counted */
                resolution_met_rate: number | null;
                response_count: number;
                /** @description A share 0–1; null when nothing was counted */
                response_met_rate: number | null;
            };
            tickets: {
                /** @description Open tickets at the end, by age */
                ageing: {
                    "1_to_3d": number;
                    "3_to_7d": number;
                    "7_to_30d": number;
                    over_30d: number;
                    under_1d: number;
                };
                backlog: number;
                by_channel: {
                    api: {
                        backlog: number;
                        created: number;
                        resolved: number;
                    };
                    chat: {
                        backlog: number;
                        created: number;
                        resolved: number;
                    };
                    email: {
                        backlog: number;
                        created: number;
                        resolved: number;
                    };
                    onsite: {
                        backlog: number;
                        created: number;
                        resolved: number;
                    };
                    phone: {
                        backlog: number;
                        created: number;
                        resolved: number;
                    };
                    portal: {
                        backlog: number;
                        created: number;
                        resolved: number;
                    };
                    remote: {
                        backlog: number;
                        created: number;
                        resolved: number;
                    };
                    whatsapp: {
                        backlog: number;
                        created: number;
                        resolved: number;
                    };
                };
                created: number;
                reopened: number;
                resolved: number;
            };
            /** @description Time by kind of work, each stretch counted in the period it finished in */
            work_time: {
                /** @description Time on site, from check-in to check-out */
                onsite: {
                    /** @description Sessions, visits on site or trips finished in the period */
                    count: number;
                    /** @description Per session, visit or trip; null when there was none */
                    mean_minutes: number | null;
                    /** @description Per ticket with this kind of work; null when none had it */
                    mean_minutes_per_ticket: number | null;
                    /** @description Tickets with at least one such stretch finished in the period */
                    tickets: number;
                    total_minutes: number;
                };
                /** @description Remote sessions, from start to end */
                remote: {
                    /** @description Sessions, visits on site or trips finished in the period */
                    count: number;
                    /** @description Per session, visit or trip; null when there was none */
                    mean_minutes: number | null;
                    /** @description Per ticket with this kind of work; null when none had it */
                    mean_minutes_per_ticket: number | null;
                    /** @description Tickets with at least one such stretch finished in the period */
                    tickets: number;
                    total_minutes: number;
                };
                /** @description Tickets where a remote session finished */
                tickets_with_remote_session: number;
                /** @description Tickets where a visit's travel or time on site finished */
                tickets_with_visit: number;
                /** @description Travel to visits, from travel start to arrival */
                travel: {
                    /** @description Sessions, visits on site or trips finished in the period */
                    count: number;
                    /** @description Per session, visit or trip; null when there was none */
                    mean_minutes: number | null;
                    /** @description Per ticket with this kind of work; null when none had it */
                    mean_minutes_per_ticket: number | null;
                    /** @description Tickets with at least one such stretch finished in the period */
                    tickets: number;
                    total_minutes: number;
                };
            };
        };
        IndicatorReportInput: {
            /** @description One sentence per indicator: the rule behind its figure */
            definitions: {
                [key: string]: string;
            };
            escalations: {
                alerts: {
                    breach: number;
                    warning: number;
                };
                by_kind: {
                    functional: number;
                    hierarchical: number;
                    manual: number;
                    priority: number;
                };
                /** @description Automatic levels by number; escalations by hand under "manual" */
                by_level: {
                    [key: string]: number;
                };
                by_trigger: {
                    automatic: number;
                    manual: number;
                };
                count: number;
                items: {
                    from: {
                        group_id: string | null;
                        priority: string | null;
                    };
                    /** @enum {string} */
                    kind: "functional" | "hierarchical" | "priority" | "manual";
                    level: number | null;
                    rule: string | null;
                    /** Format: uuid */
                    ticket_id: string;
                    ticket_number: number;
                    to: {
                        group_id: string | null;
                        notified: string[];
                        priority: string | null;
                    };
                    /** @enum {string} */
                    trigger: "automatic" | "manual";
                    when: string;
                    /** @description The person who escalated; null when the SLA engine did */
                    who: string | null;
                    why: string;
                }[];
                /** @description Time per tier (OLA) of the tickets resolved in the period, by tier number */
                time_per_tier: {
                    [key: string]: {
                        business_minutes: {
                            mean: number | null;
                            median: number | null;
                            p90: number | null;
                        };
                        exceeded: number;
                        tickets: number;
                    };
                };
            };
            /** @description Every ticket change before this instant is in the figures (the facts are refolded off the write path) */
            factsAsOf: string;
            /** @description Tickets whose latest changes are not in the figures yet */
            factsPending: number;
            filters: {
                agentId?: string;
                categoryId?: string;
                channel?: string;
                groupId?: string;
                organizationId?: string;
                priority?: string;
            };
            first_contact_resolution: {
                excluded: number;
                first_contact: number;
                /** @description A share 0–1; null when nothing was counted */
                rate: number | null;
                resolved: number;
                tickets: number[];
            };
            period: {
                from: string;
                to: string;
            };
            /** @description The period of the same length just before (compare=true) */
            previous: {
                escalations: {
                    alerts: {
                        breach: number;
                        warning: number;
                    };
                    by_kind: {
                        functional: number;
                        hierarchical: number;
                        manual: number;
                        priority: number;
                    };
                    /** @description Automatic levels by number; escalations by hand under "manual" */
                    by_level: {
                        [key: string]: number;
                    };
                    by_trigger: {
                        automatic: number;
                        manual: number;
                    };
                    count: number;
                    items: {
                        from: {
                            group_id: string | null;
                            priority: string | null;
                        };
                        /** @enum {string} */
                        kind: "functional" | "hierarchical" | "priority" | "manual";
                        level: number | null;
                        rule: string | null;
                        /** Format: uuid */
                        ticket_id: string;
                        ticket_number: number;
                        to: {
                            group_id: string | null;
                            notified: string[];
                            priority: string | null;
                        };
                        /** @enum {string} */
                        trigger: "automatic" | "manual";
                        when: string;
                        /** @description The person who escalated; null when the SLA engine did */
                        who: string | null;
                        why: string;
                    }[];
                    /** @description Time per tier (OLA) of the tickets resolved in the period, by tier number */
                    time_per_tier: {
                        [key: string]: {
                            business_minutes: {
                                mean: number | null;
                                median: number | null;
                                p90: number | null;
                            };
                            exceeded: number;
                            tickets: number;
                        };
                    };
                };
                first_contact_resolution: {
                    excluded: number;
                    first_contact: number;
                    /** @description A share 0–1; null when nothing was counted */
                    rate: number | null;
                    resolved: number;
                    tickets: number[];
                };
                period: {
                    from: string;
                    to: string;
                };
                resolution: {
                    business_minutes: {
                        mean: number | null;
                        median: number | null;
                        p90: number | null;
                    };
                    count: number;
                    wall_minutes: {
                        mean: number | null;
                        median: number | null;
                        p90: number | null;
                    };
                };
                response: {
                    business_minutes: {
                        mean: number | null;
                        median: number | null;
                        p90: number | null;
                    };
                    count: number;
                    wall_minutes: {
                        mean: number | null;
                        median: number | null;
                        p90: number | null;
                    };
                };
                satisfaction: {
                    comments: {
                        at: string;
                        comment: string;
                        score: number;
                        ticket_number: number;
                    }[];
                    distribution: {
                        1: number;
                        2: number;
                        3: number;
                        4: number;
                        5: number;
                    };
                    mean: number | null;
                    /** @description Post-resolution surveys offered in the period and those answered before it ended */
                    post_resolution_survey: {
                        answered: number;
                        response_rate: number | null;
                        sent: number;
                    };
                    /** @description The satisfaction question of regular surveys, counted apart (follows the organization filter only) */
                    regular_survey: {
                        distribution: {
                            1: number;
                            2: number;
                            3: number;
                            4: number;
                            5: number;
                        };
                        invited: number;
                        mean: number | null;
                        response_rate: number | null;
                        responses: number;
                    };
                    /** @description Responses per ticket resolved in the period */
                    response_rate: number | null;
                    responses: number;
                    /** @constant */
                    source: "post_resolution";
                };
                sla: {
                    breached: {
                        clocks: {
                            breached_at: string;
                            /** @enum {string} */
                            kind: "first_response" | "resolution";
                        }[];
                        number: number;
                        /** @enum {string} */
                        priority: "critical" | "high" | "medium" | "low";
                        /** Format: uuid */
                        ticket_id: string;
                    }[];
                    by_priority: {
                        critical: {
                            count: number;
                            resolution_count: number;
                            /** @description A share 0–1; null when nothing was counted */
                            resolution_met_rate: number | null;
                            response_count: number;
                            /** @description A share 0–1; null when nothing was counted */
                            response_met_rate: number | null;
                        };
                        high: {
                            count: number;
                            resolution_count: number;
                            /** @description A share 0–1; null when nothing was counted */
                            resolution_met_rate: number | null;
                            response_count: number;
                            /** @description A share 0–1; null when nothing was counted */
                            response_met_rate: number | null;
                        };
                        low: {
                            count: number;
                            resolution_count: number;
                            /** @description A share 0–1; null when nothing was counted */
                            resolution_met_rate: number | null;
                            response_count: number;
                            /** @description A share 0–1; null when nothing was counted */
                            response_met_rate: number | null;
                        };
                        medium: {
                            count: number;
                            resolution_count: number;
                            /** @description A share 0–1; null when nothing was counted */
                            resolution_met_rate: number | null;
                            response_count: number;
                            /** @description A share 0–1; null when nothing was counted */
                            response_met_rate: number | null;
                        };
                    };
                    resolution_count: number;
                    /** @description A share 0–1; null when nothing was counted */
                    resolution_met_rate: number | null;
                    response_count: number;
                    /** @description A share 0–1; null when nothing was counted */
                    response_met_rate: number | null;
                };
                tickets: {
                    /** @description Open tickets at the end, by age */
                    ageing: {
                        "1_to_3d": number;
                        "3_to_7d": number;
                        "7_to_30d": number;
                        over_30d: number;
                        under_1d: number;
                    };
                    backlog: number;
                    by_channel: {
                        api: {
                            backlog: number;
                            created: number;
                            resolved: number;
                        };
                        chat: {
                            backlog: number;
                            created: number;
                            resolved: number;
                        };
                        email: {
                            backlog: number;
                            created: number;
                            resolved: number;
                        };
                        onsite: {
                            backlog: number;
                            created: number;
                            resolved: number;
                        };
                        phone: {
                            backlog: number;
                            created: number;
                            resolved: number;
                        };
                        portal: {
                            backlog: number;
                            created: number;
                            resolved: number;
                        };
                        remote: {
                            backlog: number;
                            created: number;
                            resolved: number;
                        };
                        whatsapp: {
                            backlog: number;
                            created: number;
                            resolved: number;
                        };
                    };
                    created: number;
                    reopened: number;
                    resolved: number;
                };
                /** @description Time by kind of work, each stretch counted in the period it finished in */
                work_time: {
                    /** @description Time on site, from check-in to check-out */
                    onsite: {
                        /** @description Sessions, visits on site or trips finished in the period */
                        count: number;
                        /** @description Per session, visit or trip; null when there was none */
                        mean_minutes: number | null;
                        /** @description Per ticket with this kind of work; null when none had it */
                        mean_minutes_per_ticket: number | null;
                        /** @description Tickets with at least one such stretch finished in the period */
                        tickets: number;
                        total_minutes: number;
                    };
                    /** @description Remote sessions, from start to end */
                    remote: {
                        /** @description Sessions, visits on site or trips finished in the period */
                        count: number;
                        /** @description Per session, visit or trip; null when there was none */
                        mean_minutes: number | null;
                        /** @description Per ticket with this kind of work; null when none had it */
                        mean_minutes_per_ticket: number | null;
                        /** @description Tickets with at least one such stretch finished in the period */
                        tickets: number;
                        total_minutes: number;
                    };
                    /** @description Tickets where a remote session finished */
                    tickets_with_remote_session: number;
                    /** @description Tickets where a visit's travel or time on site finished */
                    tickets_with_visit: number;
                    /** @description Travel to visits, from travel start to arrival */
                    travel: {
                        /** @description Sessions, visits on site or trips finished in the period */
                        count: number;
                        /** @description Per session, visit or trip; null when there was none */
                        mean_minutes: number | null;
                        /** @description Per ticket with this kind of work; null when none had it */
                        mean_minutes_per_ticket: number | null;
                        /** @description Tickets with at least one such stretch finished in the period */
                        tickets: number;
                        total_minutes: number;
                    };
                };
            } | null;
            resolution: {
                business_minutes: {
                    mean: number | null;
                    median: number | null;
                    p90: number | null;
                };
                count: number;
                wall_minutes: {
                    mean: number | null;
                    median: number | null;
                    p90: number | null;
                };
            };
            response: {
                business_minutes: {
                    mean: number | null;
                    median: number | null;
                    p90: number | null;
                };
                count: number;
                wall_minutes: {
                    mean: number | null;
                    median: number | null;
                    p90: number | null;
                };
            };
            satisfaction: {
                comments: {
                    at: string;
                    comment: string;
                    score: number;
                    ticket_number: number;
                }[];
                distribution: {
                    1: number;
                    2: number;
                    3: number;
                    4: number;
                    5: number;
                };
                mean: number | null;
                /** @description Post-resolution surveys offered in the period and those answered before it ended */
                post_resolution_survey: {
                    answered: number;
                    response_rate: number | null;
                    sent: number;
                };
                /** @description The satisfaction question of regular surveys, counted apart (follows the organization filter only) */
                regular_survey: {
                    distribution: {
                        1: number;
                        2: number;
                        3: number;
                        4: number;
                        5: number;
                    };
                    invited: number;
                    mean: number | null;
                    response_rate: number | null;
                    responses: number;
                };
                /** @description Responses per ticket resolved in the period */
                response_rate: number | null;
                responses: number;
                /** @constant */
                source: "post_resolution";
            };
            sla: {
                breached: {
                    clocks: {
                        breached_at: string;
                        /** @enum {string} */
                        kind: "first_response" | "resolution";
                    }[];
                    number: number;
                    /** @enum {string} */
                    priority: "critical" | "high" | "medium" | "low";
                    /** Format: uuid */
                    ticket_id: string;
                }[];
                by_priority: {
                    critical: {
                        count: number;
                        resolution_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        resolution_met_rate: number | null;
                        response_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        response_met_rate: number | null;
                    };
                    high: {
                        count: number;
                        resolution_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        resolution_met_rate: number | null;
                        response_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        response_met_rate: number | null;
                    };
                    low: {
                        count: number;
                        resolution_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        resolution_met_rate: number | null;
                        response_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        response_met_rate: number | null;
                    };
                    medium: {
                        count: number;
                        resolution_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        resolution_met_rate: number | null;
                        response_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        response_met_rate: number | null;
                    };
                };
                resolution_count: number;
                /** @description A share 0–1; null when nothing was counted */
                resolution_met_rate: number | null;
                response_count: number;
                /** @description A share 0–1; null when nothing was counted */
                response_met_rate: number | null;
            };
            tickets: {
                /** @description Open tickets at the end, by age */
                ageing: {
                    "1_to_3d": number;
                    "3_to_7d": number;
                    "7_to_30d": number;
                    over_30d: number;
                    under_1d: number;
                };
                backlog: number;
                by_channel: {
                    api: {
                        backlog: number;
                        created: number;
                        resolved: number;
                    };
                    chat: {
                        backlog: number;
                        created: number;
                        resolved: number;
                    };
                    email: {
                        backlog: number;
                        created: number;
                        resolved: number;
                    };
                    onsite: {
                        backlog: number;
                        created: number;
                        resolved: number;
                    };
                    phone: {
                        backlog: number;
                        created: number;
                        resolved: number;
                    };
                    portal: {
                        backlog: number;
                        created: number;
                        resolved: number;
                    };
                    remote: {
                        backlog: number;
                        created: number;
                        resolved: number;
                    };
                    whatsapp: {
                        backlog: number;
                        created: number;
                        resolved: number;
                    };
                };
                created: number;
                reopened: number;
                resolved: number;
            };
            /** @description Time by kind of work, each stretch counted in the period it finished in */
            work_time: {
                /** @description Time on site, from check-in to check-out */
                onsite: {
                    /** @description Sessions, visits on site or trips finished in the period */
                    count: number;
                    /** @description Per session, visit or trip; null when there was none */
                    mean_minutes: number | null;
                    /** @description Per ticket with this kind of work; null when none had it */
                    mean_minutes_per_ticket: number | null;
                    /** @description Tickets with at least one such stretch finished in the period */
                    tickets: number;
                    total_minutes: number;
                };
                /** @description Remote sessions, from start to end */
                remote: {
                    /** @description Sessions, visits on site or trips finished in the period */
                    count: number;
                    /** @description Per session, visit or trip; null when there was none */
                    mean_minutes: number | null;
                    /** @description Per ticket with this kind of work; null when none had it */
                    mean_minutes_per_ticket: number | null;
                    /** @description Tickets with at least one such stretch finished in the period */
                    tickets: number;
                    total_minutes: number;
                };
                /** @description Tickets where a remote session finished */
                tickets_with_remote_session: number;
                /** @description Tickets where a visit's travel or time on site finished */
                tickets_with_visit: number;
                /** @description Travel to visits, from travel start to arrival */
                travel: {
                    /** @description Sessions, visits on site or trips finished in the period */
                    count: number;
                    /** @description Per session, visit or trip; null when there was none */
                    mean_minutes: number | null;
                    /** @description Per ticket with this kind of work; null when none had it */
                    mean_minutes_per_ticket: number | null;
                    /** @description Tickets with at least one such stretch finished in the period */
                    tickets: number;
                    total_minutes: number;
                };
            };
        };
        KbCategory: {
            articleCount: number;
            /** Format: uuid */
            id: string;
            name: string;
            nameUr: string | null;
        };
        KbCategoryInput: {
            articleCount: number;
            /** Format: uuid */
            id: string;
            name: string;
            nameUr: string | null;
        };
        LearningItem: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "tutorial" | "article";
            /** @description A tutorial's title; null for an article (its page shows its title) */
            title: string | null;
        };
        LearningItemInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "tutorial" | "article";
            /** @description A tutorial's title; null for an article (its page shows its title) */
            title: string | null;
        };
        LiveEvent: {
            at: string;
            /** @enum {string} */
            change: "created" | "updated" | "replied" | "noted";
            /** @constant */
            kind: "ticket";
            number: number;
            /** Format: uuid */
            ticketId: string;
        } | {
            at: string;
            /** @description response, next_reply or resolution */
            clock: string;
            /** @constant */
            kind: "sla";
            number: number;
            /** @description warning_<percent>, breach or escalation_<level> */
            threshold: string;
            /** Format: uuid */
            ticketId: string;
        } | {
            at: string;
            /**
             * @description An in-app notification was written for you: refetch your inbox
             * @constant
             */
            kind: "notification";
            ticketId: string | null;
        } | {
            at: string;
            /** Format: uuid */
            callId: string;
            from: string;
            /**
             * @description A call was answered at your extension: look the caller up (GET /api/v1/calls/lookup) and pop them
             * @constant
             */
            kind: "call";
        };
        LiveEventInput: {
            at: string;
            /** @enum {string} */
            change: "created" | "updated" | "replied" | "noted";
            /** @constant */
            kind: "ticket";
            number: number;
            /** Format: uuid */
            ticketId: string;
        } | {
            at: string;
            /** @description response, next_reply or resolution */
            clock: string;
            /** @constant */
            kind: "sla";
            number: number;
            /** @description warning_<percent>, breach or escalation_<level> */
            threshold: string;
            /** Format: uuid */
            ticketId: string;
        } | {
            at: string;
            /**
             * @description An in-app notification was written for you: refetch your inbox
             * @constant
             */
            kind: "notification";
            ticketId: string | null;
        } | {
            at: string;
            /** Format: uuid */
            callId: string;
            from: string;
            /**
             * @description A call was answered at your extension: look the caller up (GET /api/v1/calls/lookup) and pop them
             * @constant
             */
            kind: "call";
        };
        LogChatInteraction: {
            /** @description The answer given; with answeredAt */
            answer?: string;
            /** @description When the desk answered in the chat: the first response */
            answeredAt?: unknown;
            /** @description When they asked: the ticket's request instant, from which its clocks run */
            askedAt: unknown;
            /**
             * @description Where it was held: a WhatsApp group outside the API, a chat
             * @enum {string}
             */
            channel: "whatsapp" | "chat";
            /** @enum {string} */
            impact: "organization" | "department" | "person";
            /** @description What they asked, in their words */
            question: string;
            /**
             * Format: uuid
             * @description Who asked
             */
            requesterId: string;
            subject: string;
            /**
             * @description Default incident
             * @enum {string}
             */
            type?: "incident" | "service_request" | "consultation" | "feedback";
            /** @enum {string} */
            urgency: "high" | "medium" | "low";
        };
        LogChatInteractionInput: {
            /** @description The answer given; with answeredAt */
            answer?: string;
            /**
             * Format: date-time
             * @description When the desk answered in the chat: the first response
             */
            answeredAt?: string;
            /**
             * Format: date-time
             * @description When they asked: the ticket's request instant, from which its clocks run
             */
            askedAt: string;
            /**
             * @description Where it was held: a WhatsApp group outside the API, a chat
             * @enum {string}
             */
            channel: "whatsapp" | "chat";
            /** @enum {string} */
            impact: "organization" | "department" | "person";
            /** @description What they asked, in their words */
            question: string;
            /**
             * Format: uuid
             * @description Who asked
             */
            requesterId: string;
            subject: string;
            /**
             * @description Default incident
             * @enum {string}
             */
            type?: "incident" | "service_request" | "consultation" | "feedback";
            /** @enum {string} */
            urgency: "high" | "medium" | "low";
        };
        Mailbox: {
            active: boolean;
            address: string;
            /** Format: date-time */
            createdAt: string;
            defaultGroupId: string | null;
            defaultPriority: ("critical" | "high" | "medium" | "low") | null;
            id: string;
            imap: {
                [key: string]: unknown;
            } | null;
            /** @enum {string} */
            inboundKind: "smtp" | "imap" | "pipe";
            senderName: string;
        };
        MailboxInput: {
            active: boolean;
            address: string;
            createdAt: unknown;
            defaultGroupId: string | null;
            defaultPriority: ("critical" | "high" | "medium" | "low") | null;
            id: string;
            imap: {
                [key: string]: unknown;
            } | null;
            /** @enum {string} */
            inboundKind: "smtp" | "imap" | "pipe";
            senderName: string;
        };
        MailDelivery: {
            /** @description Why the last attempt failed (retrying, not-delivered) */
            detail: string | null;
            /**
             * @description queued: waiting (kept in the local outbox with no SMTP_URL); sent; retrying: failed, tried again; not-delivered: gave up
             * @enum {string}
             */
            state: "queued" | "sent" | "retrying" | "not-delivered";
        };
        MailDeliveryInput: {
            /** @description Why the last attempt failed (retrying, not-delivered) */
            detail: string | null;
            /**
             * @description queued: waiting (kept in the local outbox with no SMTP_URL); sent; retrying: failed, tried again; not-delivered: gave up
             * @enum {string}
             */
            state: "queued" | "sent" | "retrying" | "not-delivered";
        };
        MyOnboarding: {
            /** @description Nothing left to do: the portal hides the Getting started panel */
            complete: boolean;
            items: {
                /** @description Marked done, or (tutorials) watched to the end */
                done: boolean;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "tutorial" | "article";
                progress: {
                    doneAt: string | null;
                    openedAt: string | null;
                    /** @description Tutorials: when the player reported the end */
                    watchedAt: string | null;
                };
                /** @description A tutorial's title; null for an article (its page shows its title) */
                title: string | null;
            }[];
            path: {
                /** Format: uuid */
                id: string;
                title: string;
            } | null;
        };
        MyOnboardingInput: {
            /** @description Nothing left to do: the portal hides the Getting started panel */
            complete: boolean;
            items: {
                /** @description Marked done, or (tutorials) watched to the end */
                done: boolean;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "tutorial" | "article";
                progress: {
                    doneAt: string | null;
                    openedAt: string | null;
                    /** @description Tutorials: when the player reported the end */
                    watchedAt: string | null;
                };
                /** @description A tutorial's title; null for an article (its page shows its title) */
                title: string | null;
            }[];
            path: {
                /** Format: uuid */
                id: string;
                title: string;
            } | null;
        };
        MySurvey: {
            answered: boolean;
            expiresAt: string;
            /** Format: uuid */
            invitationId: string;
            questions: components["schemas"]["SurveyQuestion"][];
            title: string;
            titleUr: string | null;
        };
        MySurveyInput: {
            answered: boolean;
            expiresAt: string;
            /** Format: uuid */
            invitationId: string;
            questions: components["schemas"]["SurveyQuestionInput"][];
            title: string;
            titleUr: string | null;
        };
        Notification: {
            /** @description The knowledge base article it is about (kb.review_overdue) */
            articleId: string | null;
            body: string;
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @description e.g. sla.warning, sla.breach, escalation.manual, kb.review_overdue */
            kind: string;
            readAt: string | null;
            ticketId: string | null;
            title: string;
        };
        NotificationInput: {
            /** @description The knowledge base article it is about (kb.review_overdue) */
            articleId: string | null;
            body: string;
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @description e.g. sla.warning, sla.breach, escalation.manual, kb.review_overdue */
            kind: string;
            readAt: string | null;
            ticketId: string | null;
            title: string;
        };
        OnboardingPath: {
            audience: ("new" | "current" | "agents") | null;
            /** Format: uuid */
            id: string;
            items: components["schemas"]["LearningItem"][];
            organizationId: string | null;
            title: string;
            updatedAt: string;
        };
        OnboardingPathInput: {
            audience: ("new" | "current" | "agents") | null;
            /** Format: uuid */
            id: string;
            items: components["schemas"]["LearningItemInput"][];
            organizationId: string | null;
            title: string;
            updatedAt: string;
        };
        OnboardingProgress: {
            items: components["schemas"]["LearningItem"][];
            path: {
                /** Format: uuid */
                id: string;
                title: string;
            } | null;
            people: {
                /** @description Per item, in the order of items */
                done: boolean[];
                doneCount: number;
                /** Format: uuid */
                id: string;
                name: string;
            }[];
        };
        OnboardingProgressInput: {
            items: components["schemas"]["LearningItemInput"][];
            path: {
                /** Format: uuid */
                id: string;
                title: string;
            } | null;
            people: {
                /** @description Per item, in the order of items */
                done: boolean[];
                doneCount: number;
                /** Format: uuid */
                id: string;
                name: string;
            }[];
        };
        Organization: {
            addresses: {
                city: string;
                hours: {
                    close: string;
                    days: number[];
                    open: string;
                } | null;
                id: string;
                label: string;
                street: string;
                timezone: string;
            }[];
            createdAt: string;
            domain: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "provider" | "client";
            name: string;
        };
        OrganizationInput: {
            addresses: {
                city: string;
                hours: {
                    close: string;
                    days: number[];
                    open: string;
                } | null;
                id: string;
                label: string;
                street: string;
                timezone: string;
            }[];
            createdAt: string;
            domain: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "provider" | "client";
            name: string;
        };
        OutboundMail: {
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** @description The public reply it carries (its event's seq); null: not a reply */
            eventSeq: number | null;
            /** @description Why it went by email although the requester prefers WhatsApp (no conversation, window closed) */
            fallback: ("whatsapp_no_conversation" | "whatsapp_window_closed") | null;
            id: string;
            /** @enum {string} */
            kind: "acknowledgement" | "reply" | "survey" | "visit";
            /** @description not delivered: why, while it is retried */
            lastError: string | null;
            number: number;
            sentAt: string | null;
            /**
             * @description queued: in the local outbox (no SMTP_URL) or waiting for the worker
             * @enum {string}
             */
            status: "queued" | "sent" | "failed";
            subject: string;
            ticketId: string;
            toAddresses: string[];
        };
        OutboundMailInput: {
            body: string;
            createdAt: unknown;
            /** @description The public reply it carries (its event's seq); null: not a reply */
            eventSeq: number | null;
            /** @description Why it went by email although the requester prefers WhatsApp (no conversation, window closed) */
            fallback: ("whatsapp_no_conversation" | "whatsapp_window_closed") | null;
            id: string;
            /** @enum {string} */
            kind: "acknowledgement" | "reply" | "survey" | "visit";
            /** @description not delivered: why, while it is retried */
            lastError: string | null;
            number: number;
            sentAt: unknown | null;
            /**
             * @description queued: in the local outbox (no SMTP_URL) or waiting for the worker
             * @enum {string}
             */
            status: "queued" | "sent" | "failed";
            subject: string;
            ticketId: string;
            toAddresses: string[];
        };
        Person: {
            active: boolean;
            createdAt: string;
            email: string;
            /** @description Staff: the telephone extension they answer on (caller pop) */
            extension: string | null;
            /** Format: uuid */
            id: string;
            locale: string;
            /** @description The next person up the management chain */
            managerId: string | null;
            name: string;
            /** Format: uuid */
            organizationId: string;
            /** @description A requester who sees all of their organization's tickets */
            orgManager: boolean;
            phone: string | null;
            /**
             * @description Where notifications to them go: email, whatsapp (email until that channel lands) or portal
             * @enum {string}
             */
            preferredChannel: "email" | "whatsapp" | "portal";
            /** @enum {string} */
            role: "requester" | "agent" | "manager" | "admin";
            /** @description The zone the person reads times in; null: the support calendar's */
            timeZone: string | null;
        };
        PersonInput: {
            active: boolean;
            createdAt: string;
            email: string;
            /** @description Staff: the telephone extension they answer on (caller pop) */
            extension: string | null;
            /** Format: uuid */
            id: string;
            locale: string;
            /** @description The next person up the management chain */
            managerId: string | null;
            name: string;
            /** Format: uuid */
            organizationId: string;
            /** @description A requester who sees all of their organization's tickets */
            orgManager: boolean;
            phone: string | null;
            /**
             * @description Where notifications to them go: email, whatsapp (email until that channel lands) or portal
             * @enum {string}
             */
            preferredChannel: "email" | "whatsapp" | "portal";
            /** @enum {string} */
            role: "requester" | "agent" | "manager" | "admin";
            /** @description The zone the person reads times in; null: the support calendar's */
            timeZone: string | null;
        };
        Playlist: {
            abilities: {
                edit: boolean;
            };
            description: string;
            /** Format: uuid */
            id: string;
            /** @description In order; tutorials you may not watch are left out */
            items: components["schemas"]["LearningItem"][];
            title: string;
            updatedAt: string;
        };
        PlaylistInput: {
            abilities: {
                edit: boolean;
            };
            description: string;
            /** Format: uuid */
            id: string;
            /** @description In order; tutorials you may not watch are left out */
            items: components["schemas"]["LearningItemInput"][];
            title: string;
            updatedAt: string;
        };
        PlaylistSummary: {
            description: string;
            /** Format: uuid */
            id: string;
            title: string;
            updatedAt: string;
        };
        PlaylistSummaryInput: {
            description: string;
            /** Format: uuid */
            id: string;
            title: string;
            updatedAt: string;
        };
        /** @description Impact → urgency → priority */
        PriorityMatrix: {
            /** @description Urgency → priority */
            department: {
                /** @enum {string} */
                high: "critical" | "high" | "medium" | "low";
                /** @enum {string} */
                low: "critical" | "high" | "medium" | "low";
                /** @enum {string} */
                medium: "critical" | "high" | "medium" | "low";
            };
            /** @description Urgency → priority */
            organization: {
                /** @enum {string} */
                high: "critical" | "high" | "medium" | "low";
                /** @enum {string} */
                low: "critical" | "high" | "medium" | "low";
                /** @enum {string} */
                medium: "critical" | "high" | "medium" | "low";
            };
            /** @description Urgency → priority */
            person: {
                /** @enum {string} */
                high: "critical" | "high" | "medium" | "low";
                /** @enum {string} */
                low: "critical" | "high" | "medium" | "low";
                /** @enum {string} */
                medium: "critical" | "high" | "medium" | "low";
            };
        };
        /** @description Impact → urgency → priority */
        PriorityMatrixInput: {
            /** @description Urgency → priority */
            department: {
                /** @enum {string} */
                high: "critical" | "high" | "medium" | "low";
                /** @enum {string} */
                low: "critical" | "high" | "medium" | "low";
                /** @enum {string} */
                medium: "critical" | "high" | "medium" | "low";
            };
            /** @description Urgency → priority */
            organization: {
                /** @enum {string} */
                high: "critical" | "high" | "medium" | "low";
                /** @enum {string} */
                low: "critical" | "high" | "medium" | "low";
                /** @enum {string} */
                medium: "critical" | "high" | "medium" | "low";
            };
            /** @description Urgency → priority */
            person: {
                /** @enum {string} */
                high: "critical" | "high" | "medium" | "low";
                /** @enum {string} */
                low: "critical" | "high" | "medium" | "low";
                /** @enum {string} */
                medium: "critical" | "high" | "medium" | "low";
            };
        };
        /** @description RFC 9457 problem details: every error answer of the API, as application/problem+json */
        Problem: {
            /** @description The stable error code (docs/errors.md) */
            code: string;
            /** @description What went wrong, for a person to read */
            detail: string;
            /** @description The input fields at fault, each with what is wrong with it */
            errors?: {
                /** @description Where the fault is: "body.email", "query.from", "params.id", "header.…" */
                field: string;
                message: string;
            }[];
            instance?: string;
            status: number;
            /** @description The HTTP status in words */
            title: string;
            /** @description A URI naming the problem */
            type: string;
        };
        Profile: {
            /** @description The zone every time is shown to you in: yours, else the support calendar's */
            effectiveTimeZone: string;
            email: string;
            /** Format: uuid */
            id: string;
            /** @description The app's and mail's language for you */
            language: string;
            name: string;
            /**
             * @description Where notices about your tickets reach you; change it with PUT /api/v1/people/{id}/preferred-channel
             * @enum {string}
             */
            preferredChannel: "email" | "whatsapp" | "portal";
            /** @description The support calendar's zone (the default policy's support hours) */
            supportTimeZone: string;
            /** @description The zone you chose; null: the support calendar's */
            timeZone: string | null;
        };
        ProfileInput: {
            /** @description The zone every time is shown to you in: yours, else the support calendar's */
            effectiveTimeZone: string;
            email: string;
            /** Format: uuid */
            id: string;
            /** @description The app's and mail's language for you */
            language: string;
            name: string;
            /**
             * @description Where notices about your tickets reach you; change it with PUT /api/v1/people/{id}/preferred-channel
             * @enum {string}
             */
            preferredChannel: "email" | "whatsapp" | "portal";
            /** @description The support calendar's zone (the default policy's support hours) */
            supportTimeZone: string;
            /** @description The zone you chose; null: the support calendar's */
            timeZone: string | null;
        };
        PublicIncident: {
            published: boolean;
            publishedAt: string | null;
            title: string | null;
            updates: {
                at: string;
                authorId: string | null;
                body: string;
                /** Format: uuid */
                id: string;
            }[];
        };
        PublicIncidentInput: {
            published: boolean;
            publishedAt: string | null;
            title: string | null;
            updates: {
                at: string;
                authorId: string | null;
                body: string;
                /** Format: uuid */
                id: string;
            }[];
        };
        PublicRegularSurvey: {
            expiresAt: string;
            /**
             * @description The person's language, for the page to open in
             * @enum {string}
             */
            language: "en" | "ur";
            questions: components["schemas"]["SurveyQuestion"][];
            title: string;
            titleUr: string | null;
        };
        PublicRegularSurveyInput: {
            expiresAt: string;
            /**
             * @description The person's language, for the page to open in
             * @enum {string}
             */
            language: "en" | "ur";
            questions: components["schemas"]["SurveyQuestionInput"][];
            title: string;
            titleUr: string | null;
        };
        PublicStatus: {
            checkedAt: string;
            incidents: {
                number: number;
                resolved: boolean;
                resolvedAt: string | null;
                /** @description When it was published */
                since: string;
                /** @enum {string} */
                status: "new" | "open" | "pending" | "on_hold" | "resolved" | "closed";
                /** @description Written by staff for the public (never the requester's subject) */
                title: string;
                /** @description Staff's public updates, oldest first */
                updates: {
                    at: string;
                    body: string;
                }[];
            }[];
        };
        PublicStatusInput: {
            checkedAt: string;
            incidents: {
                number: number;
                resolved: boolean;
                resolvedAt: string | null;
                /** @description When it was published */
                since: string;
                /** @enum {string} */
                status: "new" | "open" | "pending" | "on_hold" | "resolved" | "closed";
                /** @description Written by staff for the public (never the requester's subject) */
                title: string;
                /** @description Staff's public updates, oldest first */
                updates: {
                    at: string;
                    body: string;
                }[];
            }[];
        };
        PublicStatusSetting: {
            enabled: boolean;
        };
        PublicStatusSettingInput: {
            enabled: boolean;
        };
        PublicSurvey: {
            expiresAt: string;
            /**
             * @description The requester's language, for the page to open in
             * @enum {string}
             */
            language: "en" | "ur";
            question: string;
            questionUr: string | null;
            subject: string;
            ticketNumber: number;
        };
        PublicSurveyInput: {
            expiresAt: string;
            /**
             * @description The requester's language, for the page to open in
             * @enum {string}
             */
            language: "en" | "ur";
            question: string;
            questionUr: string | null;
            subject: string;
            ticketNumber: number;
        };
        PublishedSla: {
            calendars: {
                /** @description 24×7: every minute counts, holidays included */
                alwaysOpen: boolean;
                /** @description Closed days of the next 12 months, recurring ones spelled out */
                holidays: {
                    date: string;
                    name: string;
                }[];
                id: string;
                name: string;
                /** @description Dates of the next 12 months whose hours replace their weekday's (no ranges: closed); they win over a holiday */
                specialHours: {
                    date: string;
                    ranges: {
                        end: string;
                        start: string;
                    }[];
                }[];
                timeZone: string;
                weekly: {
                    /** @description ISO weekday, 1 = Monday … 7 = Sunday */
                    day: number;
                    ranges: {
                        end: string;
                        start: string;
                    }[];
                }[];
            }[];
            /** @description The instant the calendars are shown at */
            calendarsAsOf: string;
            channels: {
                /** @enum {string} */
                channel: "phone" | "email" | "chat" | "whatsapp" | "portal" | "onsite" | "remote" | "api";
                contact: string;
                instructions: string;
                instructionsUr: string | null;
            }[];
            note: string;
            policy: {
                effectiveFrom: string;
                name: string;
                version: number;
            };
            priorities: {
                calendar: {
                    id: string;
                    name: string;
                };
                /** @enum {string} */
                priority: "critical" | "high" | "medium" | "low";
                /** @description Business minutes until resolution */
                resolveMinutes: number;
                /** @description Business minutes until the first response */
                respondMinutes: number;
            }[];
            versions: {
                current: boolean;
                effectiveFrom: string;
                version: number;
            }[];
        };
        PublishedSlaInput: {
            calendars: {
                /** @description 24×7: every minute counts, holidays included */
                alwaysOpen: boolean;
                /** @description Closed days of the next 12 months, recurring ones spelled out */
                holidays: {
                    date: string;
                    name: string;
                }[];
                id: string;
                name: string;
                /** @description Dates of the next 12 months whose hours replace their weekday's (no ranges: closed); they win over a holiday */
                specialHours: {
                    date: string;
                    ranges: {
                        end: string;
                        start: string;
                    }[];
                }[];
                timeZone: string;
                weekly: {
                    /** @description ISO weekday, 1 = Monday … 7 = Sunday */
                    day: number;
                    ranges: {
                        end: string;
                        start: string;
                    }[];
                }[];
            }[];
            /** @description The instant the calendars are shown at */
            calendarsAsOf: string;
            channels: {
                /** @enum {string} */
                channel: "phone" | "email" | "chat" | "whatsapp" | "portal" | "onsite" | "remote" | "api";
                contact: string;
                instructions: string;
                instructionsUr: string | null;
            }[];
            note: string;
            policy: {
                effectiveFrom: string;
                name: string;
                version: number;
            };
            priorities: {
                calendar: {
                    id: string;
                    name: string;
                };
                /** @enum {string} */
                priority: "critical" | "high" | "medium" | "low";
                /** @description Business minutes until resolution */
                resolveMinutes: number;
                /** @description Business minutes until the first response */
                respondMinutes: number;
            }[];
            versions: {
                current: boolean;
                effectiveFrom: string;
                version: number;
            }[];
        };
        QuarantinedMail: {
            fromAddress: string | null;
            id: string;
            mailboxId: string | null;
            /** @description Why the mail could not become a ticket or a reply */
            reason: string;
            /** Format: date-time */
            receivedAt: string;
            /** @description Bytes of the raw message, kept whole */
            size: number;
            subject: string;
        };
        QuarantinedMailInput: {
            fromAddress: string | null;
            id: string;
            mailboxId: string | null;
            /** @description Why the mail could not become a ticket or a reply */
            reason: string;
            receivedAt: unknown;
            /** @description Bytes of the raw message, kept whole */
            size: number;
            subject: string;
        };
        QueuedChat: {
            acceptedAt: string | null;
            agentId: string | null;
            agentName: string | null;
            channel: string;
            createdAt: string;
            endedAt: string | null;
            groupId: string | null;
            /** Format: uuid */
            id: string;
            lastMessageAt: string | null;
            signedIn: boolean;
            /** @enum {string} */
            state: "waiting" | "active" | "ended";
            /** Format: uuid */
            ticketId: string;
            ticketNumber: number;
            visitorEmail: string;
            visitorName: string;
            /** @description Waiting chats: seconds since the visitor started it */
            waitingSeconds?: number;
        };
        QueuedChatInput: {
            acceptedAt: string | null;
            agentId: string | null;
            agentName: string | null;
            channel: string;
            createdAt: string;
            endedAt: string | null;
            groupId: string | null;
            /** Format: uuid */
            id: string;
            lastMessageAt: string | null;
            signedIn: boolean;
            /** @enum {string} */
            state: "waiting" | "active" | "ended";
            /** Format: uuid */
            ticketId: string;
            ticketNumber: number;
            visitorEmail: string;
            visitorName: string;
            /** @description Waiting chats: seconds since the visitor started it */
            waitingSeconds?: number;
        };
        RegularSurvey: {
            createdAt: string;
            /** Format: uuid */
            id: string;
            organizationIds: string[];
            questions: components["schemas"]["SurveyQuestion"][];
            /** @enum {string} */
            recurrence: "once" | "monthly" | "quarterly";
            reminderAfterDays: number | null;
            reminderMax: number;
            startDate: string;
            /** @enum {string} */
            status: "draft" | "active" | "paused" | "closed";
            title: string;
            titleUr: string | null;
            updatedAt: string;
            windowDays: number;
        };
        RegularSurveyInput: {
            createdAt: string;
            /** Format: uuid */
            id: string;
            organizationIds: string[];
            questions: components["schemas"]["SurveyQuestionInput"][];
            /** @enum {string} */
            recurrence: "once" | "monthly" | "quarterly";
            reminderAfterDays: number | null;
            reminderMax: number;
            startDate: string;
            /** @enum {string} */
            status: "draft" | "active" | "paused" | "closed";
            title: string;
            titleUr: string | null;
            updatedAt: string;
            windowDays: number;
        };
        RemoteSession: {
            consentAt: string | null;
            consentVia: ("portal" | "phone") | null;
            endedAt: string | null;
            /** Format: uuid */
            id: string;
            /** @description What the reader does: the agent's or the requester's instructions */
            instructions: string;
            /** @description The tool's link for this session, for the reader where meaningful */
            launchUrl: string | null;
            /** @description Staff only */
            notes: string | null;
            outcome: ("resolved" | "partly_resolved" | "not_resolved" | "cancelled") | null;
            purpose: string;
            /** @description How long it ran (an active one: so far) */
            seconds: number;
            sessionRef: string;
            startedAt: string | null;
            /** @enum {string} */
            status: "awaiting_consent" | "consented" | "active" | "ended";
            /** Format: uuid */
            ticketId: string;
            tool: {
                /** Format: uuid */
                id: string;
                name: string;
            };
        };
        RemoteSessionInput: {
            consentAt: string | null;
            consentVia: ("portal" | "phone") | null;
            endedAt: string | null;
            /** Format: uuid */
            id: string;
            /** @description What the reader does: the agent's or the requester's instructions */
            instructions: string;
            /** @description The tool's link for this session, for the reader where meaningful */
            launchUrl: string | null;
            /** @description Staff only */
            notes: string | null;
            outcome: ("resolved" | "partly_resolved" | "not_resolved" | "cancelled") | null;
            purpose: string;
            /** @description How long it ran (an active one: so far) */
            seconds: number;
            sessionRef: string;
            startedAt: string | null;
            /** @enum {string} */
            status: "awaiting_consent" | "consented" | "active" | "ended";
            /** Format: uuid */
            ticketId: string;
            tool: {
                /** Format: uuid */
                id: string;
                name: string;
            };
        };
        RemoteTool: {
            active: boolean;
            agentInstructions: string;
            /** Format: uuid */
            id: string;
            /** @description `{id}` is the session id, URL-encoded; empty: the tool has no link */
            launchTemplate: string;
            /** @description Whether the requester is shown the launch link too */
            linkForRequester: boolean;
            name: string;
            position: number;
            requesterInstructions: string;
        };
        RemoteToolInput: {
            active: boolean;
            agentInstructions: string;
            /** Format: uuid */
            id: string;
            /** @description `{id}` is the session id, URL-encoded; empty: the tool has no link */
            launchTemplate: string;
            /** @description Whether the requester is shown the launch link too */
            linkForRequester: boolean;
            name: string;
            position: number;
            requesterInstructions: string;
        };
        ReportTable: {
            columns: {
                heading: string;
                key: string;
            }[];
            name: string;
            /** @description One object per row, keyed by the columns' keys: the cells of the CSV and XLSX exports */
            rows: {
                [key: string]: string | number | boolean | null;
            }[];
            /** @description The sheet's name in the XLSX export */
            title: string;
        };
        ReportTableInput: {
            columns: {
                heading: string;
                key: string;
            }[];
            name: string;
            /** @description One object per row, keyed by the columns' keys: the cells of the CSV and XLSX exports */
            rows: {
                [key: string]: string | number | boolean | null;
            }[];
            /** @description The sheet's name in the XLSX export */
            title: string;
        };
        ResolvedTicket: {
            agent_id: string | null;
            /** @enum {string} */
            channel: "phone" | "email" | "chat" | "whatsapp" | "portal" | "onsite" | "remote" | "api";
            created_at: string;
            group_id: string | null;
            linked_to_parent: boolean;
            number: number;
            organization_id: string;
            /** @enum {string} */
            priority: "critical" | "high" | "medium" | "low";
            resolution_breached: boolean | null;
            resolution_business_minutes: number | null;
            resolution_wall_minutes: number | null;
            resolved_at: string;
            response_breached: boolean | null;
            response_business_minutes: number | null;
            response_wall_minutes: number | null;
            subject: string;
            /** Format: uuid */
            ticket_id: string;
        };
        ResolvedTicketInput: {
            agent_id: string | null;
            /** @enum {string} */
            channel: "phone" | "email" | "chat" | "whatsapp" | "portal" | "onsite" | "remote" | "api";
            created_at: string;
            group_id: string | null;
            linked_to_parent: boolean;
            number: number;
            organization_id: string;
            /** @enum {string} */
            priority: "critical" | "high" | "medium" | "low";
            resolution_breached: boolean | null;
            resolution_business_minutes: number | null;
            resolution_wall_minutes: number | null;
            resolved_at: string;
            response_breached: boolean | null;
            response_business_minutes: number | null;
            response_wall_minutes: number | null;
            subject: string;
            /** Format: uuid */
            ticket_id: string;
        };
        RoutingRule: {
            active: boolean;
            /** @description Matches tickets of this category; null matches any */
            categoryId: string | null;
            /** @description Matches tickets from this channel; null matches any */
            channel: ("phone" | "email" | "chat" | "whatsapp" | "portal" | "onsite" | "remote" | "api") | null;
            createdAt: string;
            /**
             * Format: uuid
             * @description Where a matching ticket goes
             */
            groupId: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** @description Matches tickets of this organization; null matches any */
            organizationId: string | null;
            position: number;
        };
        RoutingRuleInput: {
            active: boolean;
            /** @description Matches tickets of this category; null matches any */
            categoryId: string | null;
            /** @description Matches tickets from this channel; null matches any */
            channel: ("phone" | "email" | "chat" | "whatsapp" | "portal" | "onsite" | "remote" | "api") | null;
            createdAt: string;
            /**
             * Format: uuid
             * @description Where a matching ticket goes
             */
            groupId: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** @description Matches tickets of this organization; null matches any */
            organizationId: string | null;
            position: number;
        };
        SatisfactionRating: {
            comment: string;
            createdAt: string;
            score: number;
            updatedAt: string;
        };
        SatisfactionRatingInput: {
            comment: string;
            createdAt: string;
            score: number;
            updatedAt: string;
        };
        SavedView: {
            filters: {
                [key: string]: string;
            };
            /** Format: uuid */
            id: string;
            key: string;
            name: string;
            position: number;
        };
        SavedViewInput: {
            filters: {
                [key: string]: string;
            };
            /** Format: uuid */
            id: string;
            key: string;
            name: string;
            position: number;
        };
        SearchHit: {
            /** @description Spans of the snippet to mark: [start, end) in UTF-16 code units */
            highlights: number[][];
            id: string;
            /** @enum {string} */
            kind: "article" | "tutorial" | "ticket";
            /** @description Tickets only: the ticket's number */
            number?: number;
            /** @description 0..1, higher is better; orders hits of every kind */
            score: number;
            /** @description Plain text around the matches (never HTML) */
            snippet: string;
            /** @description A ticket's subject, an article's or tutorial's title */
            title: string;
        };
        SearchHitInput: {
            /** @description Spans of the snippet to mark: [start, end) in UTF-16 code units */
            highlights: number[][];
            id: string;
            /** @enum {string} */
            kind: "article" | "tutorial" | "ticket";
            /** @description Tickets only: the ticket's number */
            number?: number;
            /** @description 0..1, higher is better; orders hits of every kind */
            score: number;
            /** @description Plain text around the matches (never HTML) */
            snippet: string;
            /** @description A ticket's subject, an article's or tutorial's title */
            title: string;
        };
        SearchStats: {
            from: string;
            /** @description Searches that found nothing */
            noResults: number;
            searches: number;
            to: string;
            topQueries: {
                lastAt: string;
                query: string;
                searches: number;
            }[];
            /** @description The most frequent searches that found nothing */
            topWithoutResults: {
                lastAt: string;
                query: string;
                searches: number;
            }[];
        };
        SearchStatsInput: {
            from: string;
            /** @description Searches that found nothing */
            noResults: number;
            searches: number;
            to: string;
            topQueries: {
                lastAt: string;
                query: string;
                searches: number;
            }[];
            /** @description The most frequent searches that found nothing */
            topWithoutResults: {
                lastAt: string;
                query: string;
                searches: number;
            }[];
        };
        Settings: {
            attachments: {
                /** @description Largest file accepted (ATTACHMENT_MAX_BYTES) */
                maxBytes: number;
                /** @description Extensions refused whatever the content (programs, scripts, shortcuts); other files pass unless they are a program */
                refusedExtensions: string[];
            };
        };
        SettingsInput: {
            attachments: {
                /** @description Largest file accepted (ATTACHMENT_MAX_BYTES) */
                maxBytes: number;
                /** @description Extensions refused whatever the content (programs, scripts, shortcuts); other files pass unless they are a program */
                refusedExtensions: string[];
            };
        };
        SlaPolicy: {
            active: boolean;
            conditions: components["schemas"]["SlaPolicyConditions"];
            createdAt: string;
            /** @description The version new tickets get now */
            current: components["schemas"]["SlaPolicyVersion"] | null;
            /** Format: uuid */
            id: string;
            isDefault: boolean;
            name: string;
            position: number;
        };
        SlaPolicyConditions: {
            categoryIds?: string[];
            channels?: ("phone" | "email" | "chat" | "whatsapp" | "portal" | "onsite" | "remote" | "api")[];
            organizationIds?: string[];
            types?: ("incident" | "service_request" | "consultation" | "feedback")[];
        };
        SlaPolicyConditionsInput: {
            categoryIds?: string[];
            channels?: ("phone" | "email" | "chat" | "whatsapp" | "portal" | "onsite" | "remote" | "api")[];
            organizationIds?: string[];
            types?: ("incident" | "service_request" | "consultation" | "feedback")[];
        };
        SlaPolicyDefinition: {
            /** @default false */
            arrivalCountsAsResponse: boolean;
            /** @default [] */
            escalations: {
                actions: ({
                    /**
                     * @default [
                     *       "in_app"
                     *     ]
                     */
                    channels: ("in_app" | "email" | "webhook")[];
                    /** @default [] */
                    managerIds: string[];
                    /** @constant */
                    type: "notify";
                    /** Format: uri */
                    webhookUrl?: string;
                    who: ("assignee" | "group_lead" | "managers" | "manager_chain")[];
                } | {
                    /** @constant */
                    type: "move_to_next_tier";
                } | {
                    /** @constant */
                    type: "raise_priority";
                })[];
                /** @enum {string} */
                clock: "first_response" | "next_reply" | "resolution";
                level: number;
                offsetMinutes: number;
            }[];
            /**
             * @default [
             *       "pending",
             *       "on_hold"
             *     ]
             */
            pauseStatuses: ("new" | "open" | "pending" | "on_hold" | "resolved" | "closed")[];
            /** @default false */
            remoteStartCountsAsResponse: boolean;
            targets: {
                critical: {
                    /** Format: uuid */
                    calendarId: string;
                    firstResponseMinutes: number;
                    /** @default null */
                    nextReplyMinutes: number | null;
                    resolutionMinutes: number;
                };
                high: {
                    /** Format: uuid */
                    calendarId: string;
                    firstResponseMinutes: number;
                    /** @default null */
                    nextReplyMinutes: number | null;
                    resolutionMinutes: number;
                };
                low: {
                    /** Format: uuid */
                    calendarId: string;
                    firstResponseMinutes: number;
                    /** @default null */
                    nextReplyMinutes: number | null;
                    resolutionMinutes: number;
                };
                medium: {
                    /** Format: uuid */
                    calendarId: string;
                    firstResponseMinutes: number;
                    /** @default null */
                    nextReplyMinutes: number | null;
                    resolutionMinutes: number;
                };
            };
            /** @default false */
            travelPausesResolution: boolean;
            /**
             * @default [
             *       0.5,
             *       0.75,
             *       0.9
             *     ]
             */
            warningShares: number[];
        };
        SlaPolicyDefinitionInput: {
            /** @default false */
            arrivalCountsAsResponse: boolean;
            /** @default [] */
            escalations: {
                actions: ({
                    /**
                     * @default [
                     *       "in_app"
                     *     ]
                     */
                    channels: ("in_app" | "email" | "webhook")[];
                    /** @default [] */
                    managerIds: string[];
                    /** @constant */
                    type: "notify";
                    /** Format: uri */
                    webhookUrl?: string;
                    who: ("assignee" | "group_lead" | "managers" | "manager_chain")[];
                } | {
                    /** @constant */
                    type: "move_to_next_tier";
                } | {
                    /** @constant */
                    type: "raise_priority";
                })[];
                /** @enum {string} */
                clock: "first_response" | "next_reply" | "resolution";
                level: number;
                offsetMinutes: number;
            }[];
            /**
             * @default [
             *       "pending",
             *       "on_hold"
             *     ]
             */
            pauseStatuses: ("new" | "open" | "pending" | "on_hold" | "resolved" | "closed")[];
            /** @default false */
            remoteStartCountsAsResponse: boolean;
            targets: {
                critical: {
                    /** Format: uuid */
                    calendarId: string;
                    firstResponseMinutes: number;
                    /** @default null */
                    nextReplyMinutes: number | null;
                    resolutionMinutes: number;
                };
                high: {
                    /** Format: uuid */
                    calendarId: string;
                    firstResponseMinutes: number;
                    /** @default null */
                    nextReplyMinutes: number | null;
                    resolutionMinutes: number;
                };
                low: {
                    /** Format: uuid */
                    calendarId: string;
                    firstResponseMinutes: number;
                    /** @default null */
                    nextReplyMinutes: number | null;
                    resolutionMinutes: number;
                };
                medium: {
                    /** Format: uuid */
                    calendarId: string;
                    firstResponseMinutes: number;
                    /** @default null */
                    nextReplyMinutes: number | null;
                    resolutionMinutes: number;
                };
            };
            /** @default false */
            travelPausesResolution: boolean;
            /**
             * @default [
             *       0.5,
             *       0.75,
             *       0.9
             *     ]
             */
            warningShares: number[];
        };
        SlaPolicyDetail: {
            active: boolean;
            conditions: components["schemas"]["SlaPolicyConditions"];
            createdAt: string;
            /** @description The version new tickets get now */
            current: components["schemas"]["SlaPolicyVersion"] | null;
            /** Format: uuid */
            id: string;
            isDefault: boolean;
            name: string;
            position: number;
            /** @description Every version, oldest first */
            versions: components["schemas"]["SlaPolicyVersion"][];
        };
        SlaPolicyDetailInput: {
            active: boolean;
            conditions: components["schemas"]["SlaPolicyConditionsInput"];
            createdAt: string;
            /** @description The version new tickets get now */
            current: components["schemas"]["SlaPolicyVersionInput"] | null;
            /** Format: uuid */
            id: string;
            isDefault: boolean;
            name: string;
            position: number;
            /** @description Every version, oldest first */
            versions: components["schemas"]["SlaPolicyVersionInput"][];
        };
        SlaPolicyInput: {
            active: boolean;
            conditions: components["schemas"]["SlaPolicyConditionsInput"];
            createdAt: string;
            /** @description The version new tickets get now */
            current: components["schemas"]["SlaPolicyVersionInput"] | null;
            /** Format: uuid */
            id: string;
            isDefault: boolean;
            name: string;
            position: number;
        };
        SlaPolicyVersion: {
            createdAt: string;
            createdBy: string | null;
            definition: components["schemas"]["SlaPolicyDefinition"];
            effectiveFrom: string;
            /** Format: uuid */
            id: string;
            version: number;
        };
        SlaPolicyVersionInput: {
            createdAt: string;
            createdBy: string | null;
            definition: components["schemas"]["SlaPolicyDefinitionInput"];
            effectiveFrom: string;
            /** Format: uuid */
            id: string;
            version: number;
        };
        SlaPreview: {
            openedAt: string;
            policy: {
                /** Format: uuid */
                id: string;
                name: string;
                version: number;
                /** Format: uuid */
                versionId: string;
            };
            /** @enum {string} */
            priority: "critical" | "high" | "medium" | "low";
            targets: {
                /** Format: uuid */
                calendarId: string;
                calendarName: string;
                /** @enum {string} */
                clock: "first_response" | "next_reply" | "resolution";
                /** @description ISO 8601 with the calendar's offset; null for next reply (it starts when the requester writes again) */
                deadline: string | null;
                /** @description Business minutes */
                minutes: number;
            }[];
        };
        SlaPreviewInput: {
            openedAt: string;
            policy: {
                /** Format: uuid */
                id: string;
                name: string;
                version: number;
                /** Format: uuid */
                versionId: string;
            };
            /** @enum {string} */
            priority: "critical" | "high" | "medium" | "low";
            targets: {
                /** Format: uuid */
                calendarId: string;
                calendarName: string;
                /** @enum {string} */
                clock: "first_response" | "next_reply" | "resolution";
                /** @description ISO 8601 with the calendar's offset; null for next reply (it starts when the requester writes again) */
                deadline: string | null;
                /** @description Business minutes */
                minutes: number;
            }[];
        };
        SlaWhatIf: {
            /** @description Compliance under the versions the tickets were pinned to */
            actual: {
                by_priority: {
                    critical: {
                        count: number;
                        resolution_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        resolution_met_rate: number | null;
                        response_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        response_met_rate: number | null;
                    };
                    high: {
                        count: number;
                        resolution_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        resolution_met_rate: number | null;
                        response_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        response_met_rate: number | null;
                    };
                    low: {
                        count: number;
                        resolution_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        resolution_met_rate: number | null;
                        response_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        response_met_rate: number | null;
                    };
                    medium: {
                        count: number;
                        resolution_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        resolution_met_rate: number | null;
                        response_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        response_met_rate: number | null;
                    };
                };
                resolution_count: number;
                /** @description A share 0–1; null when nothing was counted */
                resolution_met_rate: number | null;
                response_count: number;
                /** @description A share 0–1; null when nothing was counted */
                response_met_rate: number | null;
            };
            /** @description Compliance the same tickets would have had under the draft */
            draft: {
                by_priority: {
                    critical: {
                        count: number;
                        resolution_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        resolution_met_rate: number | null;
                        response_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        response_met_rate: number | null;
                    };
                    high: {
                        count: number;
                        resolution_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        resolution_met_rate: number | null;
                        response_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        response_met_rate: number | null;
                    };
                    low: {
                        count: number;
                        resolution_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        resolution_met_rate: number | null;
                        response_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        response_met_rate: number | null;
                    };
                    medium: {
                        count: number;
                        resolution_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        resolution_met_rate: number | null;
                        response_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        response_met_rate: number | null;
                    };
                };
                resolution_count: number;
                /** @description A share 0–1; null when nothing was counted */
                resolution_met_rate: number | null;
                response_count: number;
                /** @description A share 0–1; null when nothing was counted */
                response_met_rate: number | null;
            };
            /** @description Each response or resolution clock whose outcome the draft would change */
            flips: {
                /** @enum {string} */
                actual: "met" | "breached";
                /** @enum {string} */
                clock: "first_response" | "resolution";
                /** @enum {string} */
                draft: "met" | "breached";
                number: number;
                /** @enum {string} */
                priority: "critical" | "high" | "medium" | "low";
                /** Format: uuid */
                ticket_id: string;
            }[];
            period: {
                from: string;
                to: string;
            };
            /** @description The policy whose tickets were replayed; null: every ticket with an SLA */
            policy_id: string | null;
            /** @description Tickets replayed */
            tickets: number;
        };
        SlaWhatIfInput: {
            /** @description Compliance under the versions the tickets were pinned to */
            actual: {
                by_priority: {
                    critical: {
                        count: number;
                        resolution_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        resolution_met_rate: number | null;
                        response_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        response_met_rate: number | null;
                    };
                    high: {
                        count: number;
                        resolution_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        resolution_met_rate: number | null;
                        response_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        response_met_rate: number | null;
                    };
                    low: {
                        count: number;
                        resolution_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        resolution_met_rate: number | null;
                        response_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        response_met_rate: number | null;
                    };
                    medium: {
                        count: number;
                        resolution_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        resolution_met_rate: number | null;
                        response_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        response_met_rate: number | null;
                    };
                };
                resolution_count: number;
                /** @description A share 0–1; null when nothing was counted */
                resolution_met_rate: number | null;
                response_count: number;
                /** @description A share 0–1; null when nothing was counted */
                response_met_rate: number | null;
            };
            /** @description Compliance the same tickets would have had under the draft */
            draft: {
                by_priority: {
                    critical: {
                        count: number;
                        resolution_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        resolution_met_rate: number | null;
                        response_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        response_met_rate: number | null;
                    };
                    high: {
                        count: number;
                        resolution_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        resolution_met_rate: number | null;
                        response_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        response_met_rate: number | null;
                    };
                    low: {
                        count: number;
                        resolution_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        resolution_met_rate: number | null;
                        response_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        response_met_rate: number | null;
                    };
                    medium: {
                        count: number;
                        resolution_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        resolution_met_rate: number | null;
                        response_count: number;
                        /** @description A share 0–1; null when nothing was counted */
                        response_met_rate: number | null;
                    };
                };
                resolution_count: number;
                /** @description A share 0–1; null when nothing was counted */
                resolution_met_rate: number | null;
                response_count: number;
                /** @description A share 0–1; null when nothing was counted */
                response_met_rate: number | null;
            };
            /** @description Each response or resolution clock whose outcome the draft would change */
            flips: {
                /** @enum {string} */
                actual: "met" | "breached";
                /** @enum {string} */
                clock: "first_response" | "resolution";
                /** @enum {string} */
                draft: "met" | "breached";
                number: number;
                /** @enum {string} */
                priority: "critical" | "high" | "medium" | "low";
                /** Format: uuid */
                ticket_id: string;
            }[];
            period: {
                from: string;
                to: string;
            };
            /** @description The policy whose tickets were replayed; null: every ticket with an SLA */
            policy_id: string | null;
            /** @description Tickets replayed */
            tickets: number;
        };
        Suggestion: {
            body: string;
            /** @description What an anonymous sender typed to hear back (unverified) */
            contactEmail: string | null;
            createdAt: string;
            /** Format: uuid */
            id: string;
            personId: string | null;
            publicAnswer: string;
            /** @enum {string} */
            source: "portal" | "public" | "survey";
            /** @enum {string} */
            status: "new" | "planned" | "done" | "declined";
            title: string;
            updatedAt: string;
        };
        SuggestionInput: {
            body: string;
            /** @description What an anonymous sender typed to hear back (unverified) */
            contactEmail: string | null;
            createdAt: string;
            /** Format: uuid */
            id: string;
            personId: string | null;
            publicAnswer: string;
            /** @enum {string} */
            source: "portal" | "public" | "survey";
            /** @enum {string} */
            status: "new" | "planned" | "done" | "declined";
            title: string;
            updatedAt: string;
        };
        SuggestionStatus: {
            body: string;
            createdAt: string;
            publicAnswer: string;
            /** @enum {string} */
            status: "new" | "planned" | "done" | "declined";
            title: string;
            updatedAt: string;
        };
        SuggestionStatusInput: {
            body: string;
            createdAt: string;
            publicAnswer: string;
            /** @enum {string} */
            status: "new" | "planned" | "done" | "declined";
            title: string;
            updatedAt: string;
        };
        SupportGroup: {
            /** @enum {string} */
            assignment: "manual" | "round_robin" | "least_loaded";
            createdAt: string;
            /** Format: uuid */
            id: string;
            leadId: string | null;
            memberIds: string[];
            name: string;
            /** @description The name in Urdu, shown when the app is in Urdu; null: none */
            nameUr: string | null;
            tier: number;
        };
        SupportGroupInput: {
            /** @enum {string} */
            assignment: "manual" | "round_robin" | "least_loaded";
            createdAt: string;
            /** Format: uuid */
            id: string;
            leadId: string | null;
            memberIds: string[];
            name: string;
            /** @description The name in Urdu, shown when the app is in Urdu; null: none */
            nameUr: string | null;
            tier: number;
        };
        SurveyQuestion: {
            /** @description Stable id of the question within the survey */
            id: string;
            /** @constant */
            kind: "scale";
            required: boolean;
            /** @description Whether this scale feeds the satisfaction indicator (at most one) */
            satisfaction: boolean;
            /** @description The question */
            text: string;
            /** @description The question in Urdu (null: none) */
            textUr: string | null;
        } | {
            /** @description Stable id of the question within the survey */
            id: string;
            /** @constant */
            kind: "choice";
            /** @description The options, 2–10, each once */
            options: string[];
            required: boolean;
            /** @description The question */
            text: string;
            /** @description The question in Urdu (null: none) */
            textUr: string | null;
        } | {
            /** @description Stable id of the question within the survey */
            id: string;
            /** @constant */
            kind: "text";
            required: boolean;
            /** @description The question */
            text: string;
            /** @description The question in Urdu (null: none) */
            textUr: string | null;
        };
        SurveyQuestionInput: {
            /** @description Stable id of the question within the survey */
            id: string;
            /** @constant */
            kind: "scale";
            required: boolean;
            /** @description Whether this scale feeds the satisfaction indicator (at most one) */
            satisfaction: boolean;
            /** @description The question */
            text: string;
            /** @description The question in Urdu (null: none) */
            textUr: string | null;
        } | {
            /** @description Stable id of the question within the survey */
            id: string;
            /** @constant */
            kind: "choice";
            /** @description The options, 2–10, each once */
            options: string[];
            required: boolean;
            /** @description The question */
            text: string;
            /** @description The question in Urdu (null: none) */
            textUr: string | null;
        } | {
            /** @description Stable id of the question within the survey */
            id: string;
            /** @constant */
            kind: "text";
            required: boolean;
            /** @description The question */
            text: string;
            /** @description The question in Urdu (null: none) */
            textUr: string | null;
        };
        SurveyResults: {
            invited: number;
            open: boolean;
            questions: ({
                answered: number;
                distribution: {
                    1: number;
                    2: number;
                    3: number;
                    4: number;
                    5: number;
                };
                /** @constant */
                kind: "scale";
                mean: number | null;
                question: components["schemas"]["SurveyQuestion"];
            } | {
                answered: number;
                counts: {
                    count: number;
                    option: string;
                }[];
                /** @constant */
                kind: "choice";
                question: components["schemas"]["SurveyQuestion"];
            } | {
                answered: number;
                /** @constant */
                kind: "text";
                question: components["schemas"]["SurveyQuestion"];
            })[];
            /** @description responses / invited */
            response_rate: number | null;
            responses: number;
            round: {
                closesAt: string;
                /** Format: uuid */
                id: string;
                invited: number;
                opensAt: string;
                /** @description The round's first day */
                periodStart: string;
                /** @description The questions this round asked */
                questions: components["schemas"]["SurveyQuestion"][];
                title: string;
            };
            /** Format: uuid */
            surveyId: string;
            title: string;
        };
        SurveyResultsInput: {
            invited: number;
            open: boolean;
            questions: ({
                answered: number;
                distribution: {
                    1: number;
                    2: number;
                    3: number;
                    4: number;
                    5: number;
                };
                /** @constant */
                kind: "scale";
                mean: number | null;
                question: components["schemas"]["SurveyQuestionInput"];
            } | {
                answered: number;
                counts: {
                    count: number;
                    option: string;
                }[];
                /** @constant */
                kind: "choice";
                question: components["schemas"]["SurveyQuestionInput"];
            } | {
                answered: number;
                /** @constant */
                kind: "text";
                question: components["schemas"]["SurveyQuestionInput"];
            })[];
            /** @description responses / invited */
            response_rate: number | null;
            responses: number;
            round: {
                closesAt: string;
                /** Format: uuid */
                id: string;
                invited: number;
                opensAt: string;
                /** @description The round's first day */
                periodStart: string;
                /** @description The questions this round asked */
                questions: components["schemas"]["SurveyQuestionInput"][];
                title: string;
            };
            /** Format: uuid */
            surveyId: string;
            title: string;
        };
        SurveyRound: {
            closesAt: string;
            /** Format: uuid */
            id: string;
            invited: number;
            /** @description Whether its window is still running */
            open: boolean;
            opensAt: string;
            /** @description The round's first day */
            periodStart: string;
            /** @description The questions this round asked */
            questions: components["schemas"]["SurveyQuestion"][];
            responses: number;
            title: string;
        };
        SurveyRoundInput: {
            closesAt: string;
            /** Format: uuid */
            id: string;
            invited: number;
            /** @description Whether its window is still running */
            open: boolean;
            opensAt: string;
            /** @description The round's first day */
            periodStart: string;
            /** @description The questions this round asked */
            questions: components["schemas"]["SurveyQuestionInput"][];
            responses: number;
            title: string;
        };
        SurveySettings: {
            cooldownDays: number;
            enabled: boolean;
            linkDays: number;
            question: string;
            questionUr: string | null;
            samplingPercent: number;
        };
        SurveySettingsInput: {
            cooldownDays: number;
            enabled: boolean;
            linkDays: number;
            question: string;
            questionUr: string | null;
            samplingPercent: number;
        };
        TelephonyCall: {
            agentExtension: string | null;
            agentId: string | null;
            answeredAt: string | null;
            callbackDoneAt: string | null;
            /** @description A missed call: call back by then */
            callbackDueAt: string | null;
            /** @description When the overdue callback was escalated (once) */
            callbackEscalatedAt: string | null;
            callId: string;
            /** @enum {string} */
            direction: "inbound" | "outbound";
            endedAt: string | null;
            from: string;
            /** Format: uuid */
            id: string;
            recordingUrl: string | null;
            ringingAt: string | null;
            /** @enum {string} */
            state: "ringing" | "answered" | "ended";
            to: string;
        };
        TelephonyCallInput: {
            agentExtension: string | null;
            agentId: string | null;
            answeredAt: string | null;
            callbackDoneAt: string | null;
            /** @description A missed call: call back by then */
            callbackDueAt: string | null;
            /** @description When the overdue callback was escalated (once) */
            callbackEscalatedAt: string | null;
            callId: string;
            /** @enum {string} */
            direction: "inbound" | "outbound";
            endedAt: string | null;
            from: string;
            /** Format: uuid */
            id: string;
            recordingUrl: string | null;
            ringingAt: string | null;
            /** @enum {string} */
            state: "ringing" | "answered" | "ended";
            to: string;
        };
        TelephonyEvent: {
            /** @description answered: the extension that took the call */
            agentExtension?: string | null;
            /** @description When the call reached this state */
            at: unknown;
            /** @description The telephone system's id of the call; every event about one call carries it */
            callId: string;
            /** @enum {string} */
            direction: "inbound" | "outbound";
            /** @description The calling number */
            from: string;
            recordingUrl?: string | null;
            /** @enum {string} */
            state: "ringing" | "answered" | "ended";
            /** @description The called number or extension */
            to: string;
        };
        TelephonyEventInput: {
            /** @description answered: the extension that took the call */
            agentExtension?: string | null;
            /**
             * Format: date-time
             * @description When the call reached this state
             */
            at: string;
            /** @description The telephone system's id of the call; every event about one call carries it */
            callId: string;
            /** @enum {string} */
            direction: "inbound" | "outbound";
            /** @description The calling number */
            from: string;
            recordingUrl?: string | null;
            /** @enum {string} */
            state: "ringing" | "answered" | "ended";
            /** @description The called number or extension */
            to: string;
        };
        Ticket: {
            abilities: {
                attach: boolean;
                note: boolean;
                read: boolean;
                reply: boolean;
                /** @description The statuses this caller may move the ticket to now (none without update) */
                statuses: ("new" | "open" | "pending" | "on_hold" | "resolved" | "closed")[];
                update: boolean;
            };
            assigneeId: string | null;
            categoryId: string | null;
            /** @enum {string} */
            channel: "phone" | "email" | "chat" | "whatsapp" | "portal" | "onsite" | "remote" | "api";
            closedAt: string | null;
            createdAt: string;
            description: string;
            groupId: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            impact: "organization" | "department" | "person";
            /** @description Readable number, shown as #10001 */
            number: number;
            /** Format: uuid */
            organizationId: string;
            parentId: string | null;
            /** @enum {string} */
            priority: "critical" | "high" | "medium" | "low";
            /** @description Reason given when the priority was set against the matrix */
            priorityOverride: string | null;
            /** Format: uuid */
            requesterId: string;
            resolvedAt: string | null;
            /** @description The SLA at a glance (null when no policy applies); GET /tickets/{id}/sla explains every clock */
            sla: {
                breached: boolean;
                /** @description When a running resolution clock is due */
                resolutionDueAt: string | null;
                /** @description When a running first-response clock is due */
                responseDueAt: string | null;
            } | null;
            /** @enum {string} */
            status: "new" | "open" | "pending" | "on_hold" | "resolved" | "closed";
            subject: string;
            tags: string[];
            /** @enum {string} */
            type: "incident" | "service_request" | "consultation" | "feedback";
            updatedAt: string;
            /** @enum {string} */
            urgency: "high" | "medium" | "low";
            /** @description Send it back on updates; a stale one gets 409 */
            version: number;
            /** @description Time spent on the ticket by kind of work; only in GET /tickets/{id} */
            workTime?: {
                /** @description The instant running stretches were measured up to; null when none runs (the figures are final) */
                measuredAt: string | null;
                /** @description Visits, from check-in to check-out */
                onsite: {
                    /** @description How many sessions, visits on site or trips */
                    count: number;
                    /** @description One is under way now */
                    running: boolean;
                    /** @description Time spent, a running stretch counted up to measuredAt */
                    seconds: number;
                };
                /** @description Remote sessions, from their start to their end */
                remote: {
                    /** @description How many sessions, visits on site or trips */
                    count: number;
                    /** @description One is under way now */
                    running: boolean;
                    /** @description Time spent, a running stretch counted up to measuredAt */
                    seconds: number;
                };
                /** @description Travel to visits, from travel start to arrival (or cancellation on the way) */
                travel: {
                    /** @description How many sessions, visits on site or trips */
                    count: number;
                    /** @description One is under way now */
                    running: boolean;
                    /** @description Time spent, a running stretch counted up to measuredAt */
                    seconds: number;
                };
            };
        };
        TicketEvent: {
            actorId: string | null;
            at: string;
            data: {
                fields: {
                    assigneeId?: string | null;
                    categoryId?: string | null;
                    /** @enum {string} */
                    channel: "phone" | "email" | "chat" | "whatsapp" | "portal" | "onsite" | "remote" | "api";
                    description: string;
                    groupId?: string | null;
                    /** @enum {string} */
                    impact?: "organization" | "department" | "person";
                    organizationId?: string;
                    parentId?: string | null;
                    /** @enum {string} */
                    priority: "critical" | "high" | "medium" | "low";
                    priorityOverride?: string | null;
                    requesterId?: string;
                    /** @enum {string} */
                    status: "new" | "open" | "pending" | "on_hold" | "resolved" | "closed";
                    subject: string;
                    tags?: string[];
                    /** @enum {string} */
                    type: "incident" | "service_request" | "consultation" | "feedback";
                    /** @enum {string} */
                    urgency?: "high" | "medium" | "low";
                };
                followerIds?: string[];
                /** @description Opened by an agent (staff only) */
                fromStaff?: boolean;
                /** @description The agent who wrote the request down for the requester */
                recordedBy?: string;
            };
            seq: number;
            /** @constant */
            type: "created";
        } | {
            actorId: string | null;
            at: string;
            data: {
                changes: {
                    field: string;
                    from: unknown;
                    to: unknown;
                }[];
                reason: string | null;
            };
            seq: number;
            /** @constant */
            type: "changed";
        } | {
            actorId: string | null;
            at: string;
            data: {
                attachmentIds: string[];
                /** @description An automatic acknowledgement, never counted as a response */
                automatic?: boolean;
                body: string;
                /** @enum {string} */
                channel: "phone" | "email" | "chat" | "whatsapp" | "portal" | "onsite" | "remote" | "api";
                followerIds?: string[];
                fromStaff: boolean;
            };
            seq: number;
            /** @constant */
            type: "replied";
        } | {
            actorId: string | null;
            at: string;
            data: {
                attachmentIds: string[];
                /** @description An automatic acknowledgement, never counted as a response */
                automatic?: boolean;
                body: string;
                /** @enum {string} */
                channel: "phone" | "email" | "chat" | "whatsapp" | "portal" | "onsite" | "remote" | "api";
                followerIds?: string[];
                fromStaff: boolean;
            };
            seq: number;
            /** @constant */
            type: "noted";
        } | {
            actorId: string | null;
            at: string;
            data: {
                from: {
                    organizationId: string;
                    requesterId: string;
                };
                to: {
                    organizationId: string;
                    requesterId: string;
                };
                /** @enum {string} */
                via: "confirmation" | "agent";
            };
            seq: number;
            /** @constant */
            type: "requester_linked";
        } | {
            actorId: string | null;
            at: string;
            data: {
                /** @constant */
                action: "published";
                title: string;
            } | {
                /** @constant */
                action: "update";
                body: string;
                updateId: string;
            } | {
                /** @constant */
                action: "unpublished";
            };
            seq: number;
            /** @constant */
            type: "public_incident";
        } | {
            actorId: string | null;
            at: string;
            /** @description An onsite visit's step; to requesters without its notes, reasons and warnings */
            data: {
                /** @enum {string} */
                action: "scheduled" | "rescheduled" | "cancelled" | "travel_started" | "arrived" | "departed" | "report_filed" | "window_missed";
                visitId: string;
            } & {
                [key: string]: unknown;
            };
            seq: number;
            /** @constant */
            type: "visit";
        } | {
            actorId: string | null;
            at: string;
            data: {
                /** @enum {string} */
                action: "requested" | "consented" | "started" | "ended";
                /** @enum {string} */
                outcome?: "resolved" | "partly_resolved" | "not_resolved" | "cancelled";
                /** Format: uuid */
                sessionId: string;
                tool: string;
                /** @enum {string} */
                via?: "portal" | "phone";
            };
            seq: number;
            /** @constant */
            type: "remote_session";
        } | {
            actorId: string | null;
            at: string;
            /** @description An approved WhatsApp template sent to the customer; its delivery is the WhatsApp message's */
            data: {
                language: string;
                /** Format: uuid */
                messageId: string;
                name: string;
                parameters: string[];
            };
            seq: number;
            /** @constant */
            type: "whatsapp_template";
        };
        TicketEventInput: {
            actorId: string | null;
            at: string;
            data: {
                fields: {
                    assigneeId?: string | null;
                    categoryId?: string | null;
                    /** @enum {string} */
                    channel: "phone" | "email" | "chat" | "whatsapp" | "portal" | "onsite" | "remote" | "api";
                    description: string;
                    groupId?: string | null;
                    /** @enum {string} */
                    impact?: "organization" | "department" | "person";
                    organizationId?: string;
                    parentId?: string | null;
                    /** @enum {string} */
                    priority: "critical" | "high" | "medium" | "low";
                    priorityOverride?: string | null;
                    requesterId?: string;
                    /** @enum {string} */
                    status: "new" | "open" | "pending" | "on_hold" | "resolved" | "closed";
                    subject: string;
                    tags?: string[];
                    /** @enum {string} */
                    type: "incident" | "service_request" | "consultation" | "feedback";
                    /** @enum {string} */
                    urgency?: "high" | "medium" | "low";
                };
                followerIds?: string[];
                /** @description Opened by an agent (staff only) */
                fromStaff?: boolean;
                /** @description The agent who wrote the request down for the requester */
                recordedBy?: string;
            };
            seq: number;
            /** @constant */
            type: "created";
        } | {
            actorId: string | null;
            at: string;
            data: {
                changes: {
                    field: string;
                    from: unknown;
                    to: unknown;
                }[];
                reason: string | null;
            };
            seq: number;
            /** @constant */
            type: "changed";
        } | {
            actorId: string | null;
            at: string;
            data: {
                attachmentIds: string[];
                /** @description An automatic acknowledgement, never counted as a response */
                automatic?: boolean;
                body: string;
                /** @enum {string} */
                channel: "phone" | "email" | "chat" | "whatsapp" | "portal" | "onsite" | "remote" | "api";
                followerIds?: string[];
                fromStaff: boolean;
            };
            seq: number;
            /** @constant */
            type: "replied";
        } | {
            actorId: string | null;
            at: string;
            data: {
                attachmentIds: string[];
                /** @description An automatic acknowledgement, never counted as a response */
                automatic?: boolean;
                body: string;
                /** @enum {string} */
                channel: "phone" | "email" | "chat" | "whatsapp" | "portal" | "onsite" | "remote" | "api";
                followerIds?: string[];
                fromStaff: boolean;
            };
            seq: number;
            /** @constant */
            type: "noted";
        } | {
            actorId: string | null;
            at: string;
            data: {
                from: {
                    organizationId: string;
                    requesterId: string;
                };
                to: {
                    organizationId: string;
                    requesterId: string;
                };
                /** @enum {string} */
                via: "confirmation" | "agent";
            };
            seq: number;
            /** @constant */
            type: "requester_linked";
        } | {
            actorId: string | null;
            at: string;
            data: {
                /** @constant */
                action: "published";
                title: string;
            } | {
                /** @constant */
                action: "update";
                body: string;
                updateId: string;
            } | {
                /** @constant */
                action: "unpublished";
            };
            seq: number;
            /** @constant */
            type: "public_incident";
        } | {
            actorId: string | null;
            at: string;
            /** @description An onsite visit's step; to requesters without its notes, reasons and warnings */
            data: {
                /** @enum {string} */
                action: "scheduled" | "rescheduled" | "cancelled" | "travel_started" | "arrived" | "departed" | "report_filed" | "window_missed";
                visitId: string;
            } & {
                [key: string]: unknown;
            };
            seq: number;
            /** @constant */
            type: "visit";
        } | {
            actorId: string | null;
            at: string;
            data: {
                /** @enum {string} */
                action: "requested" | "consented" | "started" | "ended";
                /** @enum {string} */
                outcome?: "resolved" | "partly_resolved" | "not_resolved" | "cancelled";
                /** Format: uuid */
                sessionId: string;
                tool: string;
                /** @enum {string} */
                via?: "portal" | "phone";
            };
            seq: number;
            /** @constant */
            type: "remote_session";
        } | {
            actorId: string | null;
            at: string;
            /** @description An approved WhatsApp template sent to the customer; its delivery is the WhatsApp message's */
            data: {
                language: string;
                /** Format: uuid */
                messageId: string;
                name: string;
                parameters: string[];
            };
            seq: number;
            /** @constant */
            type: "whatsapp_template";
        };
        TicketInput: {
            abilities: {
                attach: boolean;
                note: boolean;
                read: boolean;
                reply: boolean;
                /** @description The statuses this caller may move the ticket to now (none without update) */
                statuses: ("new" | "open" | "pending" | "on_hold" | "resolved" | "closed")[];
                update: boolean;
            };
            assigneeId: string | null;
            categoryId: string | null;
            /** @enum {string} */
            channel: "phone" | "email" | "chat" | "whatsapp" | "portal" | "onsite" | "remote" | "api";
            closedAt: string | null;
            createdAt: string;
            description: string;
            groupId: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            impact: "organization" | "department" | "person";
            /** @description Readable number, shown as #10001 */
            number: number;
            /** Format: uuid */
            organizationId: string;
            parentId: string | null;
            /** @enum {string} */
            priority: "critical" | "high" | "medium" | "low";
            /** @description Reason given when the priority was set against the matrix */
            priorityOverride: string | null;
            /** Format: uuid */
            requesterId: string;
            resolvedAt: string | null;
            /** @description The SLA at a glance (null when no policy applies); GET /tickets/{id}/sla explains every clock */
            sla: {
                breached: boolean;
                /** @description When a running resolution clock is due */
                resolutionDueAt: string | null;
                /** @description When a running first-response clock is due */
                responseDueAt: string | null;
            } | null;
            /** @enum {string} */
            status: "new" | "open" | "pending" | "on_hold" | "resolved" | "closed";
            subject: string;
            tags: string[];
            /** @enum {string} */
            type: "incident" | "service_request" | "consultation" | "feedback";
            updatedAt: string;
            /** @enum {string} */
            urgency: "high" | "medium" | "low";
            /** @description Send it back on updates; a stale one gets 409 */
            version: number;
            /** @description Time spent on the ticket by kind of work; only in GET /tickets/{id} */
            workTime?: {
                /** @description The instant running stretches were measured up to; null when none runs (the figures are final) */
                measuredAt: string | null;
                /** @description Visits, from check-in to check-out */
                onsite: {
                    /** @description How many sessions, visits on site or trips */
                    count: number;
                    /** @description One is under way now */
                    running: boolean;
                    /** @description Time spent, a running stretch counted up to measuredAt */
                    seconds: number;
                };
                /** @description Remote sessions, from their start to their end */
                remote: {
                    /** @description How many sessions, visits on site or trips */
                    count: number;
                    /** @description One is under way now */
                    running: boolean;
                    /** @description Time spent, a running stretch counted up to measuredAt */
                    seconds: number;
                };
                /** @description Travel to visits, from travel start to arrival (or cancellation on the way) */
                travel: {
                    /** @description How many sessions, visits on site or trips */
                    count: number;
                    /** @description One is under way now */
                    running: boolean;
                    /** @description Time spent, a running stretch counted up to measuredAt */
                    seconds: number;
                };
            };
        };
        TicketOutboundMail: {
            body: string;
            /** Format: date-time */
            createdAt: string;
            delivery: components["schemas"]["MailDelivery"];
            /** @description The public reply it carries (its event's seq); null: not a reply */
            eventSeq: number | null;
            /** @description Why it went by email although the requester prefers WhatsApp (no conversation, window closed) */
            fallback: ("whatsapp_no_conversation" | "whatsapp_window_closed") | null;
            id: string;
            /** @enum {string} */
            kind: "acknowledgement" | "reply" | "survey" | "visit";
            /** @description not delivered: why, while it is retried */
            lastError: string | null;
            sentAt: string | null;
            /**
             * @description queued: in the local outbox (no SMTP_URL) or waiting for the worker
             * @enum {string}
             */
            status: "queued" | "sent" | "failed";
            subject: string;
            toAddresses: string[];
        };
        TicketOutboundMailInput: {
            body: string;
            createdAt: unknown;
            delivery: components["schemas"]["MailDeliveryInput"];
            /** @description The public reply it carries (its event's seq); null: not a reply */
            eventSeq: number | null;
            /** @description Why it went by email although the requester prefers WhatsApp (no conversation, window closed) */
            fallback: ("whatsapp_no_conversation" | "whatsapp_window_closed") | null;
            id: string;
            /** @enum {string} */
            kind: "acknowledgement" | "reply" | "survey" | "visit";
            /** @description not delivered: why, while it is retried */
            lastError: string | null;
            sentAt: unknown | null;
            /**
             * @description queued: in the local outbox (no SMTP_URL) or waiting for the worker
             * @enum {string}
             */
            status: "queued" | "sent" | "failed";
            subject: string;
            toAddresses: string[];
        };
        TicketSla: {
            clocks: {
                breachedAt: string | null;
                /** Format: uuid */
                calendarId: string;
                /** @description 0, or the n-th time the requester wrote again (next reply) */
                cycle: number;
                /** @description The earliest instant used time reaches the target (later pauses never move it); null while paused or when met */
                dueAt: string | null;
                /** @description While paused: when it would be due if resumed now (now + the business time left); null otherwise */
                dueIfResumedAt: string | null;
                /** @enum {string} */
                kind: "first_response" | "next_reply" | "resolution";
                /**
                 * @description met_by_resolution: resolved before any public reply and still resolved (first response)
                 * @enum {string}
                 */
                outcome: "pending" | "met" | "met_by_resolution" | "breached";
                /** @description Negative once breached */
                remainingMinutes: number;
                /** @description The clock's life: running and paused stretches, and what started each */
                segments: {
                    cause: string;
                    /** @description ISO 8601 with the offset of the clock's calendar */
                    from: string;
                    running: boolean;
                    to: string | null;
                }[];
                /** @description ISO 8601 with the offset of the clock's calendar */
                startedAt: string;
                /** @enum {string} */
                state: "running" | "paused" | "stopped";
                stopCause: string | null;
                stoppedAt: string | null;
                targetMinutes: number;
                /** @description Business minutes used up to now (or to the stop) */
                usedMinutes: number;
            }[];
            computedAt: string;
            /** @description Newest first (staff only; null otherwise) */
            escalations: components["schemas"]["Escalation"][] | null;
            /** @description The major incident whose clocks this ticket follows (its own record is kept); null when it runs its own */
            followsParent: {
                /** Format: uuid */
                id: string;
                number: number;
            } | null;
            number: number;
            /** @description Time each support group held the ticket (staff only; null otherwise) */
            ola: {
                /** Format: uuid */
                calendarId: string;
                exceeded: boolean | null;
                /** Format: uuid */
                groupId: string;
                groupName: string;
                /** @description Business minutes the group held the ticket while it was active */
                heldMinutes: number;
                /** @description The group holds the ticket now and its time runs */
                holding: boolean;
                periods: {
                    /** @description ISO 8601 with the offset of the clock's calendar */
                    from: string;
                    to: string | null;
                }[];
                targetMinutes: number | null;
            }[] | null;
            /** @description The pinned policy version; null when no policy applied */
            policy: {
                /** Format: uuid */
                id: string;
                name: string;
                version: number;
                /** Format: uuid */
                versionId: string;
            } | null;
            /** @enum {string} */
            priority: "critical" | "high" | "medium" | "low";
            /** Format: uuid */
            ticketId: string;
        };
        TicketSlaInput: {
            clocks: {
                breachedAt: string | null;
                /** Format: uuid */
                calendarId: string;
                /** @description 0, or the n-th time the requester wrote again (next reply) */
                cycle: number;
                /** @description The earliest instant used time reaches the target (later pauses never move it); null while paused or when met */
                dueAt: string | null;
                /** @description While paused: when it would be due if resumed now (now + the business time left); null otherwise */
                dueIfResumedAt: string | null;
                /** @enum {string} */
                kind: "first_response" | "next_reply" | "resolution";
                /**
                 * @description met_by_resolution: resolved before any public reply and still resolved (first response)
                 * @enum {string}
                 */
                outcome: "pending" | "met" | "met_by_resolution" | "breached";
                /** @description Negative once breached */
                remainingMinutes: number;
                /** @description The clock's life: running and paused stretches, and what started each */
                segments: {
                    cause: string;
                    /** @description ISO 8601 with the offset of the clock's calendar */
                    from: string;
                    running: boolean;
                    to: string | null;
                }[];
                /** @description ISO 8601 with the offset of the clock's calendar */
                startedAt: string;
                /** @enum {string} */
                state: "running" | "paused" | "stopped";
                stopCause: string | null;
                stoppedAt: string | null;
                targetMinutes: number;
                /** @description Business minutes used up to now (or to the stop) */
                usedMinutes: number;
            }[];
            computedAt: string;
            /** @description Newest first (staff only; null otherwise) */
            escalations: components["schemas"]["EscalationInput"][] | null;
            /** @description The major incident whose clocks this ticket follows (its own record is kept); null when it runs its own */
            followsParent: {
                /** Format: uuid */
                id: string;
                number: number;
            } | null;
            number: number;
            /** @description Time each support group held the ticket (staff only; null otherwise) */
            ola: {
                /** Format: uuid */
                calendarId: string;
                exceeded: boolean | null;
                /** Format: uuid */
                groupId: string;
                groupName: string;
                /** @description Business minutes the group held the ticket while it was active */
                heldMinutes: number;
                /** @description The group holds the ticket now and its time runs */
                holding: boolean;
                periods: {
                    /** @description ISO 8601 with the offset of the clock's calendar */
                    from: string;
                    to: string | null;
                }[];
                targetMinutes: number | null;
            }[] | null;
            /** @description The pinned policy version; null when no policy applied */
            policy: {
                /** Format: uuid */
                id: string;
                name: string;
                version: number;
                /** Format: uuid */
                versionId: string;
            } | null;
            /** @enum {string} */
            priority: "critical" | "high" | "medium" | "low";
            /** Format: uuid */
            ticketId: string;
        };
        TicketSurvey: {
            answered: boolean;
            expiresAt: string;
            /** @description Whether the signed link also went out by mail */
            mailed: boolean;
            question: string;
            questionUr: string | null;
        };
        TicketSurveyInput: {
            answered: boolean;
            expiresAt: string;
            /** @description Whether the signed link also went out by mail */
            mailed: boolean;
            question: string;
            questionUr: string | null;
        };
        TrendPoint: {
            backlog: number;
            created: number;
            escalations: number;
            /** @description A share 0–1; null when nothing was counted */
            first_contact_rate: number | null;
            from: string;
            resolution_median_business_minutes: number | null;
            /** @description A share 0–1; null when nothing was counted */
            resolution_met_rate: number | null;
            resolved: number;
            response_median_business_minutes: number | null;
            /** @description A share 0–1; null when nothing was counted */
            response_met_rate: number | null;
            satisfaction_mean: number | null;
            to: string;
        };
        TrendPointInput: {
            backlog: number;
            created: number;
            escalations: number;
            /** @description A share 0–1; null when nothing was counted */
            first_contact_rate: number | null;
            from: string;
            resolution_median_business_minutes: number | null;
            /** @description A share 0–1; null when nothing was counted */
            resolution_met_rate: number | null;
            resolved: number;
            response_median_business_minutes: number | null;
            /** @description A share 0–1; null when nothing was counted */
            response_met_rate: number | null;
            satisfaction_mean: number | null;
            to: string;
        };
        Tutorial: {
            abilities: {
                edit: boolean;
            };
            audiences: ("new" | "current" | "agents")[];
            /** @description WebVTT tracks for <track> */
            captions: {
                /** @enum {string} */
                language: "en" | "ur";
                url: string;
            }[];
            chapters: {
                startSeconds: number;
                title: string;
            }[];
            createdAt: string;
            description: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            language: "en" | "ur";
            /** Format: uuid */
            ownerId: string;
            /**
             * Format: uuid
             * @description Shared by the English and Urdu versions of one tutorial
             */
            pairKey: string;
            posterUrl: string | null;
            /** @enum {string} */
            status: "draft" | "published";
            title: string;
            updatedAt: string;
            version: number;
            /** @description Null until a video is uploaded or linked */
            video: ({
                contentType: string;
                /** @constant */
                kind: "upload";
                size: number;
                /** @description Streams with range requests (206, Accept-Ranges) */
                url: string;
            } | {
                /** @constant */
                kind: "embed";
                /**
                 * @description youtube and vimeo play in their player; link opens
                 * @enum {string}
                 */
                provider: "youtube" | "vimeo" | "link";
                url: string;
            }) | null;
            /** @enum {string} */
            visibility: "public" | "signed_in";
        };
        TutorialInput: {
            abilities: {
                edit: boolean;
            };
            audiences: ("new" | "current" | "agents")[];
            /** @description WebVTT tracks for <track> */
            captions: {
                /** @enum {string} */
                language: "en" | "ur";
                url: string;
            }[];
            chapters: {
                startSeconds: number;
                title: string;
            }[];
            createdAt: string;
            description: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            language: "en" | "ur";
            /** Format: uuid */
            ownerId: string;
            /**
             * Format: uuid
             * @description Shared by the English and Urdu versions of one tutorial
             */
            pairKey: string;
            posterUrl: string | null;
            /** @enum {string} */
            status: "draft" | "published";
            title: string;
            updatedAt: string;
            version: number;
            /** @description Null until a video is uploaded or linked */
            video: ({
                contentType: string;
                /** @constant */
                kind: "upload";
                size: number;
                /** @description Streams with range requests (206, Accept-Ranges) */
                url: string;
            } | {
                /** @constant */
                kind: "embed";
                /**
                 * @description youtube and vimeo play in their player; link opens
                 * @enum {string}
                 */
                provider: "youtube" | "vimeo" | "link";
                url: string;
            }) | null;
            /** @enum {string} */
            visibility: "public" | "signed_in";
        };
        TutorialSummary: {
            audiences: ("new" | "current" | "agents")[];
            createdAt: string;
            description: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            language: "en" | "ur";
            /** Format: uuid */
            ownerId: string;
            /**
             * Format: uuid
             * @description Shared by the English and Urdu versions of one tutorial
             */
            pairKey: string;
            posterUrl: string | null;
            /** @enum {string} */
            status: "draft" | "published";
            title: string;
            updatedAt: string;
            version: number;
            /** @description Null until a video is uploaded or linked */
            video: ({
                contentType: string;
                /** @constant */
                kind: "upload";
                size: number;
                /** @description Streams with range requests (206, Accept-Ranges) */
                url: string;
            } | {
                /** @constant */
                kind: "embed";
                /**
                 * @description youtube and vimeo play in their player; link opens
                 * @enum {string}
                 */
                provider: "youtube" | "vimeo" | "link";
                url: string;
            }) | null;
            /** @enum {string} */
            visibility: "public" | "signed_in";
        };
        TutorialSummaryInput: {
            audiences: ("new" | "current" | "agents")[];
            createdAt: string;
            description: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            language: "en" | "ur";
            /** Format: uuid */
            ownerId: string;
            /**
             * Format: uuid
             * @description Shared by the English and Urdu versions of one tutorial
             */
            pairKey: string;
            posterUrl: string | null;
            /** @enum {string} */
            status: "draft" | "published";
            title: string;
            updatedAt: string;
            version: number;
            /** @description Null until a video is uploaded or linked */
            video: ({
                contentType: string;
                /** @constant */
                kind: "upload";
                size: number;
                /** @description Streams with range requests (206, Accept-Ranges) */
                url: string;
            } | {
                /** @constant */
                kind: "embed";
                /**
                 * @description youtube and vimeo play in their player; link opens
                 * @enum {string}
                 */
                provider: "youtube" | "vimeo" | "link";
                url: string;
            }) | null;
            /** @enum {string} */
            visibility: "public" | "signed_in";
        };
        View: {
            /** @description Tickets in the view now (what the list with these filters holds) */
            count: number;
            /** @description Exactly the query parameters of GET /api/v1/tickets that list the view */
            filters: {
                [key: string]: string;
            };
            /** @description The saved view's id; null for the others */
            id: string | null;
            /** @description mine, unassigned, breaching-soon, breached, open, priority-<p>, org-<organizationId>, saved-<id> */
            key: string;
            /** @enum {string} */
            kind: "standard" | "priority" | "organization" | "saved";
            /** @description The organization's or the saved view's name; null for the standard views */
            name: string | null;
        };
        ViewInput: {
            /** @description Tickets in the view now (what the list with these filters holds) */
            count: number;
            /** @description Exactly the query parameters of GET /api/v1/tickets that list the view */
            filters: {
                [key: string]: string;
            };
            /** @description The saved view's id; null for the others */
            id: string | null;
            /** @description mine, unassigned, breaching-soon, breached, open, priority-<p>, org-<organizationId>, saved-<id> */
            key: string;
            /** @enum {string} */
            kind: "standard" | "priority" | "organization" | "saved";
            /** @description The organization's or the saved view's name; null for the standard views */
            name: string | null;
        };
        Visit: {
            arrivedAt: string | null;
            departedAt: string | null;
            followUpOf: string | null;
            /** Format: uuid */
            id: string;
            /** @description When the window ended without the technician on site */
            missedAt: string | null;
            /** @description Internal notes for the technician (staff only) */
            notes?: string;
            report: {
                partsUsed: string;
                signOffName: string;
                workDone: string;
            } | null;
            /** @description The invitation's iCalendar SEQUENCE */
            sequence: number;
            site: {
                addressId: string;
                floor: string | null;
                label: string;
                room: string | null;
                timezone: string;
            };
            /** @enum {string} */
            status: "scheduled" | "travelling" | "on_site" | "completed" | "cancelled";
            /** Format: uuid */
            technicianId: string;
            technicianName: string;
            /** Format: uuid */
            ticketId: string;
            ticketNumber: number;
            ticketSubject: string;
            travelStartedAt: string | null;
            windowEnd: string;
            windowStart: string;
        };
        VisitInput: {
            arrivedAt: string | null;
            departedAt: string | null;
            followUpOf: string | null;
            /** Format: uuid */
            id: string;
            /** @description When the window ended without the technician on site */
            missedAt: string | null;
            /** @description Internal notes for the technician (staff only) */
            notes?: string;
            report: {
                partsUsed: string;
                signOffName: string;
                workDone: string;
            } | null;
            /** @description The invitation's iCalendar SEQUENCE */
            sequence: number;
            site: {
                addressId: string;
                floor: string | null;
                label: string;
                room: string | null;
                timezone: string;
            };
            /** @enum {string} */
            status: "scheduled" | "travelling" | "on_site" | "completed" | "cancelled";
            /** Format: uuid */
            technicianId: string;
            technicianName: string;
            /** Format: uuid */
            ticketId: string;
            ticketNumber: number;
            ticketSubject: string;
            travelStartedAt: string | null;
            windowEnd: string;
            windowStart: string;
        };
        WhatsappGroup: {
            /** Format: date-time */
            createdAt: string;
            description: string;
            /** @description Meta's group id */
            groupId: string;
            inviteLink: string | null;
            /** @description The client organization the group is bound to; members met for the first time are placed there */
            organizationId: string | null;
            participantCount: number;
            /** @description The members' WhatsApp ids, as the webhooks and messages named them */
            participants: string[];
            /** @description The desk's number that is in the group */
            phoneNumberId: string;
            /**
             * @description active, suspended (by WhatsApp) or deleted
             * @enum {string}
             */
            state: "active" | "suspended" | "deleted";
            subject: string;
            /** Format: date-time */
            updatedAt: string;
        };
        WhatsappGroupInput: {
            createdAt: unknown;
            description: string;
            /** @description Meta's group id */
            groupId: string;
            inviteLink: string | null;
            /** @description The client organization the group is bound to; members met for the first time are placed there */
            organizationId: string | null;
            participantCount: number;
            /** @description The members' WhatsApp ids, as the webhooks and messages named them */
            participants: string[];
            /** @description The desk's number that is in the group */
            phoneNumberId: string;
            /**
             * @description active, suspended (by WhatsApp) or deleted
             * @enum {string}
             */
            state: "active" | "suspended" | "deleted";
            subject: string;
            updatedAt: unknown;
        };
        WhatsappMessage: {
            /** @description Outbound: what was sent */
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** @enum {string} */
            direction: "in" | "out";
            /** @description Outbound: the ticket event it carries (a public reply, or the whatsapp_template event) */
            eventSeq: number | null;
            /** Format: uuid */
            id: string;
            /** @description failed: Meta's reason (131047: the 24-hour window had closed) */
            lastError: string | null;
            /**
             * @description queued, sent, delivered, read or failed; receipts only move it forward (read before delivered stays read)
             * @enum {string}
             */
            status: "queued" | "sent" | "delivered" | "read" | "failed";
            statusAt: string | null;
            template: {
                language: string;
                name: string;
                parameters: string[];
            } | null;
            /** @description Meta's message id; null while queued */
            wamid: string | null;
        };
        WhatsappMessageInput: {
            /** @description Outbound: what was sent */
            body: string;
            createdAt: unknown;
            /** @enum {string} */
            direction: "in" | "out";
            /** @description Outbound: the ticket event it carries (a public reply, or the whatsapp_template event) */
            eventSeq: number | null;
            /** Format: uuid */
            id: string;
            /** @description failed: Meta's reason (131047: the 24-hour window had closed) */
            lastError: string | null;
            /**
             * @description queued, sent, delivered, read or failed; receipts only move it forward (read before delivered stays read)
             * @enum {string}
             */
            status: "queued" | "sent" | "delivered" | "read" | "failed";
            statusAt: unknown | null;
            template: {
                language: string;
                name: string;
                parameters: string[];
            } | null;
            /** @description Meta's message id; null while queued */
            wamid: string | null;
        };
        WhatsappNumber: {
            /** @description Secrets never leave; only whether each is set */
            accessTokenSet: boolean;
            active: boolean;
            appSecretSet: boolean;
            /** Format: date-time */
            createdAt: string;
            defaultGroupId: string | null;
            defaultOrganizationId: string | null;
            displayName: string;
            /** Format: uuid */
            id: string;
            number: string;
            phoneNumberId: string;
            verifyTokenSet: boolean;
        };
        WhatsappNumberInput: {
            /** @description Secrets never leave; only whether each is set */
            accessTokenSet: boolean;
            active: boolean;
            appSecretSet: boolean;
            createdAt: unknown;
            defaultGroupId: string | null;
            defaultOrganizationId: string | null;
            displayName: string;
            /** Format: uuid */
            id: string;
            number: string;
            phoneNumberId: string;
            verifyTokenSet: boolean;
        };
        WhatsappTemplate: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            language: string;
            name: string;
            /** @description The body's parameters in order ({{1}}, {{2}}, …) */
            parameters: string[];
        };
        WhatsappTemplateInput: {
            active: boolean;
            createdAt: unknown;
            /** Format: uuid */
            id: string;
            language: string;
            name: string;
            /** @description The body's parameters in order ({{1}}, {{2}}, …) */
            parameters: string[];
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
