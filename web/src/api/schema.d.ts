// Generated from the API's OpenAPI document by scripts/openapi.ts. Do not edit.

export interface paths {
    "/api/v1/admin/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 接口密钥列表（不含密钥本身） */
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
                                active: boolean;
                                createdAt: string;
                                id: number;
                                lastUsedAt: string | null;
                                name: string;
                                perMinute: number;
                                /** @description 密钥开头几位，用于辨认；密钥本身只在新建时返回一次 */
                                prefix: string;
                                revokedAt: string | null;
                                /**
                                 * @description 用途：open311 开放接口（Open311 客户端）、telephony 话务系统（通话事件）、sms 短信网关、feed 数据推送、110 110 联动、unit 单位自建系统（以该单位经办人身份办理工单）
                                 * @enum {string}
                                 */
                                scope: "110" | "open311" | "telephony" | "sms" | "feed" | "unit";
                                /** @description 单位系统密钥的单位；其他用途为 null */
                                unitId: number | null;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建接口密钥（密钥只在响应中出现这一次） */
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
                         * @description 每分钟请求上限
                         * @default 60
                         */
                        limit?: number;
                        /** @description 名称（谁在用这个密钥） */
                        name: string;
                        /**
                         * @description 用途：open311 开放接口（Open311 客户端）、telephony 话务系统（通话事件）、sms 短信网关、feed 数据推送、110 110 联动、unit 单位自建系统（以该单位经办人身份办理工单）
                         * @enum {string}
                         */
                        scope: "110" | "open311" | "telephony" | "sms" | "feed" | "unit";
                        /** @description 单位系统（unit）密钥所属的承办单位 */
                        unitId?: number;
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
                            createdAt: string;
                            id: number;
                            /** @description 完整密钥：只出现这一次，请立即保存 */
                            key: string;
                            lastUsedAt: string | null;
                            name: string;
                            perMinute: number;
                            /** @description 密钥开头几位，用于辨认；密钥本身只在新建时返回一次 */
                            prefix: string;
                            revokedAt: string | null;
                            /**
                             * @description 用途：open311 开放接口（Open311 客户端）、telephony 话务系统（通话事件）、sms 短信网关、feed 数据推送、110 110 联动、unit 单位自建系统（以该单位经办人身份办理工单）
                             * @enum {string}
                             */
                            scope: "110" | "open311" | "telephony" | "sms" | "feed" | "unit";
                            /** @description 单位系统密钥的单位；其他用途为 null */
                            unitId: number | null;
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
    "/api/v1/admin/api-keys/{id}": {
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
        /** 修改接口密钥的名称或每分钟请求上限（用途不能改：换用途请新建密钥） */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 每分钟请求上限 */
                        limit?: number;
                        /** @description 名称（谁在用这个密钥） */
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
                        "application/json": {
                            active: boolean;
                            createdAt: string;
                            id: number;
                            lastUsedAt: string | null;
                            name: string;
                            perMinute: number;
                            /** @description 密钥开头几位，用于辨认；密钥本身只在新建时返回一次 */
                            prefix: string;
                            revokedAt: string | null;
                            /**
                             * @description 用途：open311 开放接口（Open311 客户端）、telephony 话务系统（通话事件）、sms 短信网关、feed 数据推送、110 110 联动、unit 单位自建系统（以该单位经办人身份办理工单）
                             * @enum {string}
                             */
                            scope: "110" | "open311" | "telephony" | "sms" | "feed" | "unit";
                            /** @description 单位系统密钥的单位；其他用途为 null */
                            unitId: number | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/admin/api-keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 吊销接口密钥 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                            active: boolean;
                            createdAt: string;
                            id: number;
                            lastUsedAt: string | null;
                            name: string;
                            perMinute: number;
                            /** @description 密钥开头几位，用于辨认；密钥本身只在新建时返回一次 */
                            prefix: string;
                            revokedAt: string | null;
                            /**
                             * @description 用途：open311 开放接口（Open311 客户端）、telephony 话务系统（通话事件）、sms 短信网关、feed 数据推送、110 110 联动、unit 单位自建系统（以该单位经办人身份办理工单）
                             * @enum {string}
                             */
                            scope: "110" | "open311" | "telephony" | "sms" | "feed" | "unit";
                            /** @description 单位系统密钥的单位；其他用途为 null */
                            unitId: number | null;
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
    "/api/v1/admin/call-floor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 话务设置 */
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
                            /** @description 话后处理自动结束的秒数（0 为坐席自行示闲） */
                            afterCallSeconds: number;
                            /** @description 接通率目标（0–1，默认 0.95） */
                            answerRateTarget: number;
                            /** @description 多少秒内接通算及时应答（默认 15） */
                            answerWithinSeconds: number;
                            /** @description 示忙原因 */
                            busyReasons: string[];
                            /** @description 回拨未接通几次后结束（默认 3） */
                            missedCallbackAttempts: number;
                            /** @description 漏接电话几个工作分钟内回拨（默认 120） */
                            missedCallbackMinutes: number;
                            /** @description 多少秒内挂断算短时放弃（误拨，不计入接通率；默认 5） */
                            shortAbandonSeconds: number;
                            /** @description 及时应答率目标（0–1，默认 0.8） */
                            withinRateTarget: number;
                        };
                    };
                };
            };
        };
        /** 修改话务设置（记入操作日志） */
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
                        /** @description 话后处理自动结束的秒数（0 为坐席自行示闲） */
                        afterCallSeconds: number;
                        /** @description 接通率目标（0–1，默认 0.95） */
                        answerRateTarget: number;
                        /** @description 多少秒内接通算及时应答（默认 15） */
                        answerWithinSeconds: number;
                        /** @description 示忙原因 */
                        busyReasons: string[];
                        /** @description 回拨未接通几次后结束（默认 3） */
                        missedCallbackAttempts: number;
                        /** @description 漏接电话几个工作分钟内回拨（默认 120） */
                        missedCallbackMinutes: number;
                        /** @description 多少秒内挂断算短时放弃（误拨，不计入接通率；默认 5） */
                        shortAbandonSeconds: number;
                        /** @description 及时应答率目标（0–1，默认 0.8） */
                        withinRateTarget: number;
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
                            /** @description 话后处理自动结束的秒数（0 为坐席自行示闲） */
                            afterCallSeconds: number;
                            /** @description 接通率目标（0–1，默认 0.95） */
                            answerRateTarget: number;
                            /** @description 多少秒内接通算及时应答（默认 15） */
                            answerWithinSeconds: number;
                            /** @description 示忙原因 */
                            busyReasons: string[];
                            /** @description 回拨未接通几次后结束（默认 3） */
                            missedCallbackAttempts: number;
                            /** @description 漏接电话几个工作分钟内回拨（默认 120） */
                            missedCallbackMinutes: number;
                            /** @description 多少秒内挂断算短时放弃（误拨，不计入接通率；默认 5） */
                            shortAbandonSeconds: number;
                            /** @description 及时应答率目标（0–1，默认 0.8） */
                            withinRateTarget: number;
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
    "/api/v1/admin/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 诉求分类（含已停用） */
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
                                active: boolean;
                                code: string;
                                id: number;
                                leadUnitId: number | null;
                                level: number;
                                name: string;
                                parentId: number | null;
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
    "/api/v1/admin/handoff-directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 转接目录（单位联系电话等） */
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
                                label: string;
                                /**
                                 * @default conference
                                 * @enum {string}
                                 */
                                mode: "transfer" | "conference";
                                target: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** 保存转接目录（整表替换） */
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
                        items: {
                            label: string;
                            /**
                             * @default conference
                             * @enum {string}
                             */
                            mode?: "transfer" | "conference";
                            target: string;
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
                            items: {
                                label: string;
                                /**
                                 * @default conference
                                 * @enum {string}
                                 */
                                mode: "transfer" | "conference";
                                target: string;
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
    "/api/v1/admin/interop-110": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 110 联动设置（密钥不返回） */
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
                            secretSet: boolean;
                            timeoutMinutes: number;
                            url: string | null;
                        };
                    };
                };
            };
        };
        /** 保存 110 联动设置（接口地址、共享密钥、确认超时） */
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
                        /** @description 签名用的共享密钥（至少 16 个字符；不填保留原密钥） */
                        secret?: string;
                        /** @description 转警后多少分钟未收到 110 确认即提醒中心 */
                        timeoutMinutes: number;
                        /** @description 110 平台接收警单的地址；null：不推送 */
                        url: string | null;
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
                            secretSet: boolean;
                            timeoutMinutes: number;
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
    "/api/v1/admin/interop-110/handoffs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 110 联动记录（转警与 110 移交），最新的在前 */
        get: {
            parameters: {
                query?: {
                    direction?: "out" | "in";
                    limit?: number;
                    state?: "pending" | "sent" | "received" | "dispatched" | "handled" | "failed" | "open" | "closed";
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
                                /** @description 转警后应在此前收到 110 确认（未确认则提醒中心） */
                                ackDueAt: string | null;
                                acknowledgedAt: string | null;
                                alertedAt: string | null;
                                createdAt: string;
                                /**
                                 * @description out 转警；in 110 移交的非警务警情
                                 * @enum {string}
                                 */
                                direction: "out" | "in";
                                id: number;
                                lastMessage: {
                                    attempts: number;
                                    createdAt: string;
                                    deliveredAt: string | null;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "transfer" | "result";
                                    lastError: string | null;
                                    lastStatus: number | null;
                                    nextAttemptAt: string | null;
                                    /** @enum {string} */
                                    status: "pending" | "delivered" | "dead";
                                } | null;
                                policeRecordId: string | null;
                                service: string;
                                /** @enum {string} */
                                state: "pending" | "sent" | "received" | "dispatched" | "handled" | "failed" | "open" | "closed";
                                ticketId: number;
                                ticketNumber: string;
                                ticketTitle: string;
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
    "/api/v1/admin/interop-110/messages/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重发一条发送失败（已停止重试）的 110 消息 */
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
    "/api/v1/admin/open311/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 接口密钥列表（同 GET /admin/api-keys） */
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
                                active: boolean;
                                createdAt: string;
                                id: number;
                                lastUsedAt: string | null;
                                name: string;
                                perMinute: number;
                                /** @description 密钥开头几位，用于辨认；密钥本身只在新建时返回一次 */
                                prefix: string;
                                revokedAt: string | null;
                                /**
                                 * @description 用途：open311 开放接口（Open311 客户端）、telephony 话务系统（通话事件）、sms 短信网关、feed 数据推送、110 110 联动、unit 单位自建系统（以该单位经办人身份办理工单）
                                 * @enum {string}
                                 */
                                scope: "110" | "open311" | "telephony" | "sms" | "feed" | "unit";
                                /** @description 单位系统密钥的单位；其他用途为 null */
                                unitId: number | null;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建接口密钥，缺省为 Open311 用途（同 POST /admin/api-keys） */
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
                        /** @description 名称（谁在用这个密钥） */
                        name: string;
                        /**
                         * @description 每分钟请求上限
                         * @default 60
                         */
                        perMinute?: number;
                        /**
                         * @description 用途：open311 开放接口（Open311 客户端）、telephony 话务系统（通话事件）、sms 短信网关、feed 数据推送、110 110 联动、unit 单位自建系统（以该单位经办人身份办理工单）
                         * @default open311
                         * @enum {string}
                         */
                        scope?: "110" | "open311" | "telephony" | "sms" | "feed" | "unit";
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
                            createdAt: string;
                            id: number;
                            /** @description 完整密钥：只出现这一次，请立即保存 */
                            key: string;
                            lastUsedAt: string | null;
                            name: string;
                            perMinute: number;
                            /** @description 密钥开头几位，用于辨认；密钥本身只在新建时返回一次 */
                            prefix: string;
                            revokedAt: string | null;
                            /**
                             * @description 用途：open311 开放接口（Open311 客户端）、telephony 话务系统（通话事件）、sms 短信网关、feed 数据推送、110 110 联动、unit 单位自建系统（以该单位经办人身份办理工单）
                             * @enum {string}
                             */
                            scope: "110" | "open311" | "telephony" | "sms" | "feed" | "unit";
                            /** @description 单位系统密钥的单位；其他用途为 null */
                            unitId: number | null;
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
    "/api/v1/admin/open311/keys/{id}": {
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
        /** 修改接口密钥的名称或每分钟请求上限（同 PATCH /admin/api-keys/{id}） */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 名称（谁在用这个密钥） */
                        name?: string;
                        /** @description 每分钟请求上限 */
                        perMinute?: number;
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
                            createdAt: string;
                            id: number;
                            lastUsedAt: string | null;
                            name: string;
                            perMinute: number;
                            /** @description 密钥开头几位，用于辨认；密钥本身只在新建时返回一次 */
                            prefix: string;
                            revokedAt: string | null;
                            /**
                             * @description 用途：open311 开放接口（Open311 客户端）、telephony 话务系统（通话事件）、sms 短信网关、feed 数据推送、110 110 联动、unit 单位自建系统（以该单位经办人身份办理工单）
                             * @enum {string}
                             */
                            scope: "110" | "open311" | "telephony" | "sms" | "feed" | "unit";
                            /** @description 单位系统密钥的单位；其他用途为 null */
                            unitId: number | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/admin/open311/keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 吊销接口密钥（同 POST /admin/api-keys/{id}/revoke） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                            active: boolean;
                            createdAt: string;
                            id: number;
                            lastUsedAt: string | null;
                            name: string;
                            perMinute: number;
                            /** @description 密钥开头几位，用于辨认；密钥本身只在新建时返回一次 */
                            prefix: string;
                            revokedAt: string | null;
                            /**
                             * @description 用途：open311 开放接口（Open311 客户端）、telephony 话务系统（通话事件）、sms 短信网关、feed 数据推送、110 110 联动、unit 单位自建系统（以该单位经办人身份办理工单）
                             * @enum {string}
                             */
                            scope: "110" | "open311" | "telephony" | "sms" | "feed" | "unit";
                            /** @description 单位系统密钥的单位；其他用途为 null */
                            unitId: number | null;
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
    "/api/v1/admin/open311/services/{categoryId}/attributes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 服务（诉求分类）的 Open311 扩展属性 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    categoryId: number;
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
        /** 设置服务的 Open311 扩展属性（整体替换；空列表则删除） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    categoryId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        attributes: {
                            code: string;
                            /** @enum {string} */
                            datatype: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
                            /** @default null */
                            datatypeDescription?: string | null;
                            /** @default null */
                            description?: string | null;
                            order?: number;
                            /** @default false */
                            required?: boolean;
                            /** @default [] */
                            values?: {
                                key: string;
                                name: string;
                            }[];
                            /** @default true */
                            variable?: boolean;
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
    "/api/v1/admin/open311/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 设置 */
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
                            anonymousPerMinute: number;
                            contact: string;
                            hiddenTypes: ("consult" | "help" | "complaint" | "report" | "suggestion" | "praise")[];
                            jurisdictionIds: string[];
                            keyService: string;
                            /** @description 公开列出已公开的诉求 */
                            publicListing: boolean;
                            requireJurisdiction: boolean;
                            /** @enum {string} */
                            ticketType: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                        };
                    };
                };
            };
        };
        /** 修改 Open311 设置 */
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
                        anonymousPerMinute: number;
                        contact: string;
                        hiddenTypes: ("consult" | "help" | "complaint" | "report" | "suggestion" | "praise")[];
                        jurisdictionIds: string[];
                        keyService: string;
                        /** @description 公开列出已公开的诉求（Open311 提交的、诉求人同意公开的）；关闭后无密钥的调用看不到任何诉求。缺省保持原值 */
                        publicListing?: boolean;
                        requireJurisdiction: boolean;
                        /** @enum {string} */
                        ticketType: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
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
                            anonymousPerMinute: number;
                            contact: string;
                            hiddenTypes: ("consult" | "help" | "complaint" | "report" | "suggestion" | "praise")[];
                            jurisdictionIds: string[];
                            keyService: string;
                            /** @description 公开列出已公开的诉求 */
                            publicListing: boolean;
                            requireJurisdiction: boolean;
                            /** @enum {string} */
                            ticketType: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
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
    "/api/v1/admin/sms-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 短信设置 */
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
                            /** @description 平台对外地址：短信中的查询链接为此地址 + /portal/ */
                            publicUrl: string | null;
                        };
                    };
                };
            };
        };
        /** 修改短信设置（记入操作日志） */
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
                        /** @description 平台对外地址：短信中的查询链接为此地址 + /portal/ */
                        publicUrl: string | null;
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
                            /** @description 平台对外地址：短信中的查询链接为此地址 + /portal/ */
                            publicUrl: string | null;
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
    "/api/v1/admin/telephony": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 电话系统指令接口设置 */
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
                            /** @description HOTLINE_TELEPHONY_URL / HOTLINE_TELEPHONY_SECRET 已设置：以环境变量为准 */
                            fromEnvironment: boolean;
                            /** @description 是否已设置共享密钥（密钥本身从不返回） */
                            secretSet: boolean;
                            url: string | null;
                        };
                    };
                };
            };
        };
        /** 设置电话系统指令接口地址与共享密钥（用于签名转接指令） */
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
                        /** @description 省略则保留原密钥 */
                        secret?: string | null;
                        /** Format: uri */
                        url: string | null;
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
                            /** @description HOTLINE_TELEPHONY_URL / HOTLINE_TELEPHONY_SECRET 已设置：以环境变量为准 */
                            fromEnvironment: boolean;
                            /** @description 是否已设置共享密钥（密钥本身从不返回） */
                            secretSet: boolean;
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
    "/api/v1/admin/unit-systems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 自建系统对接的承办单位 */
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
                                createdAt: string;
                                /** @description 此单位的单位系统密钥（不含密钥本身） */
                                keys: {
                                    active: boolean;
                                    createdAt: string;
                                    id: number;
                                    lastUsedAt: string | null;
                                    name: string;
                                    prefix: string;
                                    revokedAt: string | null;
                                }[];
                                /** @description 自建系统名称（工单时间线上显示为操作人的是密钥名称） */
                                name: string;
                                unitId: number;
                                unitName: string;
                                /** @description 推送订阅（在“事件推送”中可查看推送记录、暂停、重放）；null：订阅已被删除，请重新填写地址和密钥 */
                                webhook: {
                                    events: string[];
                                    id: number;
                                    paused: boolean;
                                    url: string;
                                } | null;
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
    "/api/v1/admin/unit-systems/{unitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单位的自建系统对接 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    unitId: number;
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
                            /** @description 此单位的单位系统密钥（不含密钥本身） */
                            keys: {
                                active: boolean;
                                createdAt: string;
                                id: number;
                                lastUsedAt: string | null;
                                name: string;
                                prefix: string;
                                revokedAt: string | null;
                            }[];
                            /** @description 自建系统名称（工单时间线上显示为操作人的是密钥名称） */
                            name: string;
                            unitId: number;
                            unitName: string;
                            /** @description 推送订阅（在“事件推送”中可查看推送记录、暂停、重放）；null：订阅已被删除，请重新填写地址和密钥 */
                            webhook: {
                                events: string[];
                                id: number;
                                paused: boolean;
                                url: string;
                            } | null;
                        };
                    };
                };
            };
        };
        /**
         * 设为自建系统对接，或修改名称、接收地址、签名密钥
         * @description 首次设置须填 url 和 secret：新建一条只推送此单位工单的事件推送订阅（事件：dispatched、delegated、rerouted、withdrawn、moved、return_approved、return_rejected、level_returned、level_replied、reply_approved、reply_rejected、extension_approved、extension_denied、supervised、reopened、called_back、noted、merged、closed、transferred），个人信息按单位经办人所见脱敏。办理用单位系统密钥：POST /admin/api-keys {scope: "unit", unitId}。
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    unitId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 缺省：单位名称 + “自建系统” */
                        name?: string;
                        /** @description 签名密钥（至少 16 个字符；只写不读） */
                        secret?: string;
                        /**
                         * Format: uri
                         * @description 自建系统的接收地址（POST，见 docs/unit-systems.md）
                         */
                        url?: string;
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
                            /** @description 此单位的单位系统密钥（不含密钥本身） */
                            keys: {
                                active: boolean;
                                createdAt: string;
                                id: number;
                                lastUsedAt: string | null;
                                name: string;
                                prefix: string;
                                revokedAt: string | null;
                            }[];
                            /** @description 自建系统名称（工单时间线上显示为操作人的是密钥名称） */
                            name: string;
                            unitId: number;
                            unitName: string;
                            /** @description 推送订阅（在“事件推送”中可查看推送记录、暂停、重放）；null：订阅已被删除，请重新填写地址和密钥 */
                            webhook: {
                                events: string[];
                                id: number;
                                paused: boolean;
                                url: string;
                            } | null;
                        };
                    };
                };
            };
        };
        post?: never;
        /** 取消自建系统对接（删除其推送订阅，吊销此单位的单位系统密钥） */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    unitId: number;
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
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 操作日志（管理变更、查看个人信息等），最新在前 */
        get: {
            parameters: {
                query?: {
                    /** @description 按操作筛选：一个或多个前缀，逗号分隔，如 unit. 或 apikey.,settings.open311 */
                    action?: string;
                    /** @description 起始日期（含，北京时间） */
                    from?: string;
                    page?: number;
                    pageSize?: number;
                    /** @description 截止日期（含，北京时间） */
                    to?: string;
                    /** @description 操作人 */
                    userId?: number;
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
                                action: string;
                                at: string;
                                detail: {
                                    [key: string]: unknown;
                                };
                                id: number;
                                ticketId: number | null;
                                userId: number | null;
                                username: string | null;
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
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登录，换取访问令牌 */
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
                        password: string;
                        username: string;
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
                            token: string;
                            user: {
                                displayName: string | null;
                                id: number;
                                /** @enum {string} */
                                role: "agent" | "dispatcher" | "unit_handler" | "callback_agent" | "supervisor" | "analyst" | "admin" | "quality_inspector";
                                unitId: number | null;
                                username: string;
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
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出登录 */
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
        /** 当前用户 */
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
    "/api/v1/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工作日历（各年份的节假日与调休上班日） */
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
    "/api/v1/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一年的节假日与调休 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
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
        /** 导入或替换一年的节假日（JSON 或“日期 休/班”文本） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/callers/{phone}/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 来电人的历史工单（按角色脱敏） */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    phone: string;
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
                                /** @description ISO 8601 时间 */
                                acceptBy: string | null;
                                /** @description ISO 8601 时间 */
                                acceptedAt: string | null;
                                /** @description ISO 8601 时间 */
                                acceptWarnAt: string | null;
                                address: string | null;
                                alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                assistUnitIds: number[];
                                callbackAttempts: number;
                                /** @description ISO 8601 时间 */
                                callbackDueBy: string | null;
                                /** @description 已脱敏 */
                                caller: {
                                    name: string | null;
                                    phone: string | null;
                                };
                                categoryId: number | null;
                                categoryName: string | null;
                                /** @description 工单所属中心（中心、分中心或市级中心） */
                                centreId: number | null;
                                centreName: string | null;
                                /** @description 下派链：第 0 级为主办单位，最后一级为当前承办单位 */
                                chain: {
                                    /** @description ISO 8601 时间 */
                                    acceptBy: string;
                                    /** @description ISO 8601 时间 */
                                    acceptedAt: string | null;
                                    /** @description ISO 8601 时间 */
                                    acceptWarnAt: string;
                                    alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                    /** @description 本级收到工单的时间 */
                                    at: string;
                                    /** @description 派单员（第 0 级）或上一级经办人的用户 id */
                                    delegatedBy: number | null;
                                    /** @description 其姓名（工单详情中给出） */
                                    delegatedByName: string | null;
                                    /** @description ISO 8601 时间 */
                                    dueBy: string;
                                    /** @description ISO 8601 时间 */
                                    dueWarnAt: string;
                                    /** @description 上一级单位；第 0 级为 null（热线中心） */
                                    fromUnitId: number | null;
                                    fromUnitName: string | null;
                                    /** @description 0 主办单位，逐级加一 */
                                    level: number;
                                    /** @description 下派意见（已脱敏） */
                                    note: string | null;
                                    /** @description 上一级最近一次退回答复的理由 */
                                    rejection: {
                                        /** @description ISO 8601 时间 */
                                        at: string;
                                        by: number | null;
                                        byName: string | null;
                                        note: string;
                                    } | null;
                                    /** @description 待上一级审核的答复（已脱敏；保密工单同正文规则） */
                                    reply: {
                                        /** @description ISO 8601 时间 */
                                        at: string;
                                        by: number | null;
                                        byName: string | null;
                                        content: string;
                                        unitId: number;
                                    } | null;
                                    /**
                                     * @description dispatched 待签收 · handling 办理中 · delegated 已下派 · reviewing 答复待上一级审核
                                     * @enum {string}
                                     */
                                    state: "dispatched" | "handling" | "delegated" | "reviewing";
                                    unitId: number;
                                    unitName: string | null;
                                }[];
                                /** @enum {string} */
                                channel: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                                /** @description ISO 8601 时间 */
                                closedAt: string | null;
                                /** @description 保密工单 */
                                confidential: boolean;
                                content: string;
                                /** @description ISO 8601 时间 */
                                createdAt: string;
                                directAnswer: boolean;
                                /** @description ISO 8601 时间 */
                                dispatchedAt: string | null;
                                districtId: number | null;
                                districtName: string | null;
                                /** @description ISO 8601 时间 */
                                dueBy: string | null;
                                /** @description ISO 8601 时间 */
                                dueWarnAt: string | null;
                                extendedDays: number;
                                /** @description ISO 8601 时间 */
                                firstRepliedAt: string | null;
                                handlingMinutes: number | null;
                                id: number;
                                /** @description 主办单位（下派链第 0 级）；unitId 是当前持有工单的单位 */
                                leadUnitId: number | null;
                                leadUnitName: string | null;
                                line: string | null;
                                mergedInto: number | null;
                                /** @description 当前用户所在的下派链层级（经办人本单位及下级中最上面的一级）；不在链上为 null */
                                myLevel: number | null;
                                /** @description 工单编号 */
                                number: string;
                                pendingExtension: {
                                    at: string;
                                    days?: number;
                                    reason: string;
                                    requestedBy: number | null;
                                    /** @description 派单异议：退单单位建议的承办单位 */
                                    suggestedUnitId?: number | null;
                                    unitId?: number;
                                } | null;
                                pendingReturn: {
                                    at: string;
                                    days?: number;
                                    reason: string;
                                    requestedBy: number | null;
                                    /** @description 派单异议：退单单位建议的承办单位 */
                                    suggestedUnitId?: number | null;
                                    unitId?: number;
                                } | null;
                                /** @enum {string} */
                                priority: "normal" | "urgent" | "emergency";
                                /** @description 诉求人同意公开 */
                                publicConsent: boolean;
                                reopenCount: number;
                                /** @description ISO 8601 时间 */
                                repliedAt: string | null;
                                replyScore: number | null;
                                resolved: boolean | null;
                                returnCount: number;
                                /** @enum {string|null} */
                                satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
                                /** @enum {string} */
                                status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                                supervision: {
                                    at: string;
                                    by: number | null;
                                    content: string;
                                    /** @enum {string} */
                                    kind: "notice" | "urge";
                                    replyBy: string;
                                } | null;
                                title: string;
                                transferredTo: string | null;
                                /** @enum {string} */
                                type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                                /** @description 当前持有工单的单位（下派链最后一级） */
                                unitId: number | null;
                                unitName: string | null;
                                /** @description ISO 8601 时间 */
                                updatedAt: string;
                                version: number;
                            }[];
                            /** @description 其中未办结的工单数 */
                            open: number;
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
    "/api/v1/calls/{callId}/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记回拨结果：接通（关联工单或直接答复）或未接通（达到次数上限即关闭） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 电话系统的通话标识 */
                    callId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 直接答复的内容（reached 且未登记工单时必填），或未接通的情况 */
                        note?: string | null;
                        /**
                         * @description reached 接通 | unreachable 未接通
                         * @enum {string}
                         */
                        outcome: "reached" | "unreachable";
                        /** @description 接通后登记的工单（reached） */
                        ticketId?: number | null;
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
                            /** @description 漏接时间（挂断时间，ISO 8601） */
                            at: string;
                            /** @description 已回拨次数 */
                            attempts: number;
                            callId: string;
                            /** @description 此号码漏接的次数（同一号码等待回拨期间再次漏接的并入此任务） */
                            calls: number;
                            closedAt: string | null;
                            /** @description 回拨时限 */
                            dueBy: string;
                            lastAttemptAt: string | null;
                            /** @description 最近一次漏接 */
                            lastMissedAt: string;
                            /** @description 最近一次回拨的备注（已脱敏） */
                            lastNote: string | null;
                            /** @description 被叫热线 */
                            line: string | null;
                            /** @description 最多回拨次数：达到后仍未接通即关闭 */
                            maxAttempts: number;
                            /** @description 来电号码（已脱敏；回拨时用 callback/start 取完整号码） */
                            phone: string;
                            /**
                             * @description open 待回拨 | reached 已回拨接通 | unreachable 多次未接通 | superseded 来电人再次来电已接通 | joined 已并入
                             * @enum {string}
                             */
                            state: "open" | "reached" | "unreachable" | "superseded" | "joined";
                            /** @description 回拨后登记的工单 */
                            ticketId: number | null;
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
    "/api/v1/calls/{callId}/callback/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 开始回拨：取完整号码拨打（记录操作日志）
         * @description 只对待回拨的任务（409 callback_closed）。每次调用在操作日志记一条 reveal_call_phone（谁、哪个通话、来源地址）。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 电话系统的通话标识 */
                    callId: string;
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
                            /** @description 漏接时间（挂断时间，ISO 8601） */
                            at: string;
                            /** @description 已回拨次数 */
                            attempts: number;
                            callId: string;
                            /** @description 此号码漏接的次数（同一号码等待回拨期间再次漏接的并入此任务） */
                            calls: number;
                            closedAt: string | null;
                            /** @description 回拨时限 */
                            dueBy: string;
                            lastAttemptAt: string | null;
                            /** @description 最近一次漏接 */
                            lastMissedAt: string;
                            /** @description 最近一次回拨的备注（已脱敏） */
                            lastNote: string | null;
                            /** @description 被叫热线 */
                            line: string | null;
                            /** @description 最多回拨次数：达到后仍未接通即关闭 */
                            maxAttempts: number;
                            /** @description 完整号码（仅供回拨拨号） */
                            phone: string;
                            /**
                             * @description open 待回拨 | reached 已回拨接通 | unreachable 多次未接通 | superseded 来电人再次来电已接通 | joined 已并入
                             * @enum {string}
                             */
                            state: "open" | "reached" | "unreachable" | "superseded" | "joined";
                            /** @description 回拨后登记的工单 */
                            ticketId: number | null;
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
    "/api/v1/calls/{callId}/handoff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 一键转接 / 三方通话：把本人正在接听的通话转给目标号码
         * @description 只能转接本人接听、正在通话中的来电（他人的通话 403 not_your_call，未接通或已挂断 409 call_not_live）；号码须在转接目录中（400 unknown_target）；未配置电话系统指令接口时 503 telephony_not_configured。以上情况均不留记录。电话系统拒绝或无应答时记为失败（status failed，detail 说明原因）。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 电话系统的通话标识 */
                    callId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default transfer
                         * @enum {string}
                         */
                        mode?: "transfer" | "conference";
                        target: string;
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
                            callId: string;
                            /** @description 电话系统给出的说明（失败原因等） */
                            detail: string | null;
                            /**
                             * @description transfer 一键转接 | conference 三方通话
                             * @enum {string}
                             */
                            mode: "transfer" | "conference";
                            requestedAt: string;
                            requestId: string;
                            settledAt: string | null;
                            /**
                             * @description pending 发送中 | sent 已发送、等待结果 | connected 已接通 | failed 失败
                             * @enum {string}
                             */
                            status: "pending" | "sent" | "connected" | "failed";
                            target: string;
                            targetLabel: string | null;
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
    "/api/v1/calls/{callId}/ticket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 把通话关联到本次通话中登记的工单
         * @description 只能关联本人接听的通话，且工单须由本人在接通后、挂断后 10 分钟内登记。重复关联无副作用。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 电话系统的通话标识 */
                    callId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ticketId: number;
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
                            callId: string;
                            /** @description 已关联的工单 */
                            ticketIds: number[];
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
    "/api/v1/calls/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本人当前的通话（振铃、接通中，或挂断后 10 分钟内）：受理页据此关联工单 */
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
                            call: {
                                /** @description ISO 8601 时间 */
                                answeredAt: string | null;
                                callId: string;
                                /** @description ISO 8601 时间 */
                                endedAt: string | null;
                                /** @description 主叫号码（完整：坐席据此查询来电历史） */
                                phone: string | null;
                                /** @description ISO 8601 时间 */
                                ringingAt: string | null;
                                /** @enum {string} */
                                state: "queued" | "ringing" | "answered" | "ended";
                                ticketIds: number[];
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
    "/api/v1/calls/extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本人签入的分机 */
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
                            extension: string | null;
                        };
                    };
                };
            };
        };
        /** 坐席签入分机（null 为签出）：来电按分机弹屏到本人 */
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
                        extension: string | null;
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
                            extension: string | null;
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
    "/api/v1/calls/floor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 大屏：排队来电、坐席状态、未回拨漏接、今日工单 */
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
                            agents: {
                                counts: {
                                    after_call: number;
                                    busy: number;
                                    on_call: number;
                                    ready: number;
                                };
                                items: {
                                    extension: string | null;
                                    name: string;
                                    reason: string | null;
                                    /** @description ISO 8601 时间 */
                                    since: string;
                                    /** @enum {string} */
                                    state: "ready" | "busy" | "on_call" | "after_call";
                                    userId: number;
                                }[];
                                signedIn: number;
                            };
                            /** @description ISO 8601 时间 */
                            at: string;
                            /** @description 今天（上海时间）YYYY-MM-DD */
                            day: string;
                            missed: {
                                /** @description ISO 8601 时间 */
                                oldestAt: string | null;
                                /** @description ISO 8601 时间 */
                                oldestDueBy: string | null;
                                /** @description 未回拨的漏接来电 */
                                open: number;
                                /** @description 其中已超回拨时限 */
                                overdue: number;
                            };
                            targets: {
                                answerRate: number;
                                answerWithinSeconds: number;
                                withinRate: number;
                            };
                            tickets: {
                                /** @description 其中电话渠道 */
                                phoneToday: number;
                                /** @description 今日登记工单 */
                                today: number;
                            };
                            waiting: {
                                /** @description 排队/振铃中的来电 */
                                count: number;
                                /** @description 其中等待最久的已等秒数 */
                                longestWaitSeconds: number | null;
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
    "/api/v1/calls/handoff-targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可转接的号码：110/119/120/122、归并热线、转接目录（单位联系电话等） */
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
                                kind: "emergency" | "hotline" | "contact";
                                label: string;
                                /**
                                 * @description 默认方式
                                 * @enum {string}
                                 */
                                mode: "transfer" | "conference";
                                target: string;
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
    "/api/v1/calls/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 话务指标：呼入、接通、15 秒接通、放弃、接通率、人工应答及时率、等待与通话时长、漏接回拨
         * @description 督办员、分析员、管理员。区间按上海时间的日期，含首尾；缺省为今天。定义见 docs/telephony.md「Floor figures」。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 起始日期（含），上海时间，缺省为截止日 */
                    from?: string;
                    /** @description 截止日期（含），上海时间，缺省为今天 */
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
                            /** @description 放弃量：未接通即挂断 */
                            abandoned: number;
                            /** @description 人工接通量 */
                            answered: number;
                            /** @description 在 answerWithinSeconds 秒内接通的来电（缺省 15 秒） */
                            answeredWithin15s: number;
                            /** @description 接通率 = 接通量 /（接通量 + 放弃量 − 短时放弃量） */
                            answerRate: number | null;
                            /** @description 接通率（短时放弃也计入）= 接通量 /（接通量 + 放弃量） */
                            answerRateAll: number | null;
                            /** @description 接通率目标 */
                            answerRateTarget: number;
                            /** @description 及时应答的秒数（answeredWithin15s 所用） */
                            answerWithinSeconds: number;
                            /** @description 平均应答时长（秒）：仅接通来电 */
                            averageAnswerWaitSeconds: number | null;
                            /** @description 平均通话时长（秒）：接通到挂断 */
                            averageTalkSeconds: number | null;
                            /** @description 平均等待时长（秒）：接通与放弃来电的等待时长平均 */
                            averageWaitSeconds: number | null;
                            /** @description 平均话后处理时长（秒） */
                            averageWrapUpSeconds: number | null;
                            /** @description 按时回拨率 = 按时回拨 / 需回拨 */
                            callbackOnTimeRate: number | null;
                            /** @description 回拨率 = 已回拨 / 需回拨 */
                            callbackRate: number | null;
                            /** @description 已回拨（至少一次回拨，或已结案） */
                            calledBack: number;
                            /** @description 按时回拨（首次回拨在回拨时限之前） */
                            calledBackOnTime: number;
                            from: string;
                            /** @description 需回拨的漏接电话（回拨任务：待回拨、已回拨接通、无法接通；不含再次来电已接通与合并的） */
                            missed: number;
                            /** @description 呼入量：进入排队（无排队时为振铃）的来电，含仍在等待的 */
                            offered: number;
                            /** @description 等待时长第 90 百分位（整秒，向上取整） */
                            p90WaitSeconds: number | null;
                            /** @description 其中短时放弃（shortAbandonSeconds 秒内挂断，不计入中心） */
                            shortAbandoned: number;
                            /** @description 短时放弃的秒数 */
                            shortAbandonSeconds: number;
                            to: string;
                            /** @description 仍在等待、尚无结果的来电（不计入任何比率） */
                            waiting: number;
                            /** @description 人工应答及时率 = 15 秒内接通量 / 接通量 */
                            within15sRate: number | null;
                            /** @description 服务水平 = 15 秒内接通量 /（接通量 + 放弃量 − 短时放弃量） */
                            within15sRateOfOffered: number | null;
                            /** @description 人工应答及时率目标 */
                            withinRateTarget: number;
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
    "/api/v1/calls/measures/breakdown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 话务指标分项：按日、时段、热线号码或坐席
         * @description 督办员、分析员、管理员看全部；坐席只能按坐席（by=agent）看本人一行。
         */
        get: {
            parameters: {
                query: {
                    /** @description day 按日 | hour 按时段（0–23 时，跨日相加）| line 按热线号码 | agent 按坐席 */
                    by: "day" | "hour" | "line" | "agent";
                    /** @description 起始日期（含），上海时间，缺省为截止日 */
                    from?: string;
                    /** @description 截止日期（含），上海时间，缺省为今天 */
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
                            /** @description 接通率目标 */
                            answerRateTarget: number;
                            /** @description 及时应答的秒数（answeredWithin15s 所用） */
                            answerWithinSeconds: number;
                            /** @enum {string} */
                            by: "day" | "hour" | "line" | "agent";
                            from: string;
                            items: {
                                /** @description 放弃量：未接通即挂断 */
                                abandoned: number;
                                /** @description 人工接通量 */
                                answered: number;
                                /** @description 在 answerWithinSeconds 秒内接通的来电（缺省 15 秒） */
                                answeredWithin15s: number;
                                /** @description 接通率 = 接通量 /（接通量 + 放弃量 − 短时放弃量） */
                                answerRate: number | null;
                                /** @description 接通率（短时放弃也计入）= 接通量 /（接通量 + 放弃量） */
                                answerRateAll: number | null;
                                /** @description 平均应答时长（秒）：仅接通来电 */
                                averageAnswerWaitSeconds: number | null;
                                /** @description 平均通话时长（秒）：接通到挂断 */
                                averageTalkSeconds: number | null;
                                /** @description 平均等待时长（秒）：接通与放弃来电的等待时长平均 */
                                averageWaitSeconds: number | null;
                                /** @description 平均话后处理时长（秒） */
                                averageWrapUpSeconds: number | null;
                                /** @description 按时回拨率 = 按时回拨 / 需回拨 */
                                callbackOnTimeRate: number | null;
                                /** @description 回拨率 = 已回拨 / 需回拨 */
                                callbackRate: number | null;
                                /** @description 已回拨（至少一次回拨，或已结案） */
                                calledBack: number;
                                /** @description 按时回拨（首次回拨在回拨时限之前） */
                                calledBackOnTime: number;
                                /** @description 日期、时段（0–23）、热线号码或坐席用户 id；空串为未知 */
                                key: string;
                                /** @description 需回拨的漏接电话（回拨任务：待回拨、已回拨接通、无法接通；不含再次来电已接通与合并的） */
                                missed: number;
                                name: string;
                                /** @description 呼入量：进入排队（无排队时为振铃）的来电，含仍在等待的 */
                                offered: number;
                                /** @description 等待时长第 90 百分位（整秒，向上取整） */
                                p90WaitSeconds: number | null;
                                /** @description 按坐席时：质检与按键评价，与话务指标并列 */
                                quality?: {
                                    /** @description 来电人通话后按键评价（服务）次数 */
                                    ivrRatings: number;
                                    /** @description 按键评价满意率（1–3 分：非常满意、满意、基本满意） */
                                    ivrSatisfiedRate: number | null;
                                    /** @description 质检平均分（百分制） */
                                    qaAverageScore: number | null;
                                    /** @description 区间内被质检的通话数 */
                                    qaReviews: number;
                                };
                                /** @description 其中短时放弃（shortAbandonSeconds 秒内挂断，不计入中心） */
                                shortAbandoned: number;
                                /** @description 仍在等待、尚无结果的来电（不计入任何比率） */
                                waiting: number;
                                /** @description 人工应答及时率 = 15 秒内接通量 / 接通量 */
                                within15sRate: number | null;
                                /** @description 服务水平 = 15 秒内接通量 /（接通量 + 放弃量 − 短时放弃量） */
                                within15sRateOfOffered: number | null;
                            }[];
                            /** @description 短时放弃的秒数 */
                            shortAbandonSeconds: number;
                            to: string;
                            /** @description 人工应答及时率目标 */
                            withinRateTarget: number;
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
    "/api/v1/calls/missed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 漏接回拨队列：待回拨的漏接来电，最早的在前（号码已脱敏） */
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
                                /** @description 漏接时间（挂断时间，ISO 8601） */
                                at: string;
                                /** @description 已回拨次数 */
                                attempts: number;
                                callId: string;
                                /** @description 此号码漏接的次数（同一号码等待回拨期间再次漏接的并入此任务） */
                                calls: number;
                                closedAt: string | null;
                                /** @description 回拨时限 */
                                dueBy: string;
                                lastAttemptAt: string | null;
                                /** @description 最近一次漏接 */
                                lastMissedAt: string;
                                /** @description 最近一次回拨的备注（已脱敏） */
                                lastNote: string | null;
                                /** @description 被叫热线 */
                                line: string | null;
                                /** @description 最多回拨次数：达到后仍未接通即关闭 */
                                maxAttempts: number;
                                /** @description 来电号码（已脱敏；回拨时用 callback/start 取完整号码） */
                                phone: string;
                                /**
                                 * @description open 待回拨 | reached 已回拨接通 | unreachable 多次未接通 | superseded 来电人再次来电已接通 | joined 已并入
                                 * @enum {string}
                                 */
                                state: "open" | "reached" | "unreachable" | "superseded" | "joined";
                                /** @description 回拨后登记的工单 */
                                ticketId: number | null;
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
    "/api/v1/calls/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本人的坐席状态 */
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
                            /** @description 话后处理自动结束的秒数（0：不自动结束） */
                            afterCallSeconds: number;
                            /** @description 签入的分机 */
                            extension: string | null;
                            /** @description 示忙原因 */
                            reason: string | null;
                            /** @description 可选的示忙原因 */
                            reasons: string[];
                            /** @description ISO 8601 时间 */
                            since: string | null;
                            /**
                             * @description ready 示闲 | busy 示忙 | on_call 通话中 | after_call 话后；null 未签入
                             * @enum {string|null}
                             */
                            state: "ready" | "busy" | "on_call" | "after_call" | null;
                        };
                    };
                };
            };
        };
        /**
         * 示闲 / 示忙（示忙须带原因）
         * @description 通话中（on_call）不能切换（409 on_call）；话后（after_call）示闲即结束话后处理，并记下该通话的话后时长。签出分机（PUT /calls/extension null）结束状态。
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
                        /** @enum {string} */
                        state: "ready";
                    } | {
                        /** @description 示忙原因（须为可选原因之一） */
                        reason: string;
                        /** @enum {string} */
                        state: "busy";
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
                            /** @description 话后处理自动结束的秒数（0：不自动结束） */
                            afterCallSeconds: number;
                            /** @description 签入的分机 */
                            extension: string | null;
                            /** @description 示忙原因 */
                            reason: string | null;
                            /** @description 可选的示忙原因 */
                            reasons: string[];
                            /** @description ISO 8601 时间 */
                            since: string | null;
                            /**
                             * @description ready 示闲 | busy 示忙 | on_call 通话中 | after_call 话后；null 未签入
                             * @enum {string|null}
                             */
                            state: "ready" | "busy" | "on_call" | "after_call" | null;
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
    "/api/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 诉求分类树（完整列表） */
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
                                code: string;
                                id: number;
                                leadUnitId: number | null;
                                level: number;
                                name: string;
                                parentId: number | null;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建诉求分类 */
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
                        code: string;
                        /** @description 默认主办单位 */
                        leadUnitId?: number | null;
                        name: string;
                        parentId: number | null;
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
                            code: string;
                            id: number;
                            leadUnitId: number | null;
                            level: number;
                            name: string;
                            parentId: number | null;
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
    "/api/v1/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改诉求分类（名称、编码、默认主办单位） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code?: string;
                        leadUnitId?: number | null;
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
                        "application/json": {
                            active: boolean;
                            code: string;
                            id: number;
                            leadUnitId: number | null;
                            level: number;
                            name: string;
                            parentId: number | null;
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
    "/api/v1/categories/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 启用诉求分类 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                            active: boolean;
                            code: string;
                            id: number;
                            leadUnitId: number | null;
                            level: number;
                            name: string;
                            parentId: number | null;
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
    "/api/v1/categories/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用诉求分类（已有工单不受影响） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                            active: boolean;
                            code: string;
                            id: number;
                            leadUnitId: number | null;
                            level: number;
                            name: string;
                            parentId: number | null;
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
    "/api/v1/classify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 诉求分类建议（前三个分类及概率）与建议承办单位，并说明依据 */
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
                        address?: string | null;
                        content: string;
                        districtId?: number | null;
                        title?: string | null;
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
                            categories: {
                                categoryId: number;
                                name: string;
                                probability: number;
                            }[];
                            districtId: number | null;
                            modelVersion: number | null;
                            unit: {
                                categoryId: number;
                                name: string;
                                unitId: number;
                                /** @enum {string} */
                                via: "catalogue_district" | "catalogue" | "category_lead";
                            } | null;
                            why: {
                                weight: number;
                                word: string;
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
    "/api/v1/dashboard/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 超期工单（与 GET /tickets?overdue=true 口径一致），超期最久的在前，并按主办单位计数 */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description 单位（含下级） */
                    unit?: number;
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
                            byUnit: {
                                count: number;
                                name: string;
                                unitId: number | null;
                            }[];
                            items: {
                                categoryName: string | null;
                                districtName: string | null;
                                dueBy: string | null;
                                id: number;
                                number: string;
                                /** @description 已超期的自然小时数 */
                                overdueHours: number | null;
                                priority: string;
                                status: string;
                                /** @description 已督办 */
                                supervised: boolean;
                                title: string;
                                type: string;
                                unitId: number | null;
                                unitName: string | null;
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
    "/api/v1/dashboard/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 概览：区间内的受理量与三率、今日受理量、在办与超期工单数 */
        get: {
            parameters: {
                query?: {
                    /** @description 起始日期（含），上海时间，缺省为截止日前 29 天 */
                    from?: string;
                    /** @description 截止日期（含），上海时间，缺省为今天 */
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
                            from: string;
                            /** @description 在办工单数（按状态，当前） */
                            open: {
                                [key: string]: number;
                            };
                            overall: {
                                /** @description 平均办理时长（工作小时） */
                                average_handling_hours: number | null;
                                /** @description 回访率 */
                                callback_rate: {
                                    denominator: number;
                                    numerator: number;
                                    /** @description 0–1；无可计量时为 null */
                                    rate: number | null;
                                };
                                /** @description 直接答复率 */
                                direct_answer_rate: {
                                    denominator: number;
                                    numerator: number;
                                    /** @description 0–1；无可计量时为 null */
                                    rate: number | null;
                                };
                                /** @description 按时签收率 */
                                on_time_accept_rate: {
                                    denominator: number;
                                    numerator: number;
                                    /** @description 0–1；无可计量时为 null */
                                    rate: number | null;
                                };
                                /** @description 按时办结率 */
                                on_time_close_rate: {
                                    denominator: number;
                                    numerator: number;
                                    /** @description 0–1；无可计量时为 null */
                                    rate: number | null;
                                };
                                /** @description 不予受理量 */
                                refused_count: number;
                                /** @description 重办率 */
                                reopen_rate: {
                                    denominator: number;
                                    numerator: number;
                                    /** @description 0–1；无可计量时为 null */
                                    rate: number | null;
                                };
                                /** @description 解决率 */
                                resolution_rate: {
                                    denominator: number;
                                    numerator: number;
                                    /** @description 0–1；无可计量时为 null */
                                    rate: number | null;
                                };
                                /** @description 响应率 */
                                response_rate: {
                                    denominator: number;
                                    numerator: number;
                                    /** @description 0–1；无可计量时为 null */
                                    rate: number | null;
                                };
                                /** @description 退单率 */
                                return_rate: {
                                    denominator: number;
                                    numerator: number;
                                    /** @description 0–1；无可计量时为 null */
                                    rate: number | null;
                                };
                                /** @description 满意率 */
                                satisfaction_rate: {
                                    denominator: number;
                                    numerator: number;
                                    /** @description 0–1；无可计量时为 null */
                                    rate: number | null;
                                };
                                /** @description 受理量 */
                                volume: number;
                            };
                            /** @description 当前超期工单数 */
                            overdue: number;
                            to: string;
                            today: string;
                            /** @description 今日受理量 */
                            todayVolume: number;
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
    "/api/v1/dashboard/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 受理量与三率的趋势（按日或按月），可按单位、分类或区县筛选 */
        get: {
            parameters: {
                query?: {
                    /** @description 只看该分类（含下级） */
                    category?: number;
                    /** @description 只看该区县 */
                    district?: number;
                    /** @description 起始日期（含），上海时间，缺省为截止日前 29 天 */
                    from?: string;
                    /** @description auto：不超过 92 天按日，否则按月 */
                    granularity?: "auto" | "day" | "month";
                    /** @description 截止日期（含），上海时间，缺省为今天 */
                    to?: string;
                    /** @description 只看该单位（含下级）主办的工单 */
                    unit?: number;
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
                            from: string;
                            /** @enum {string} */
                            granularity: "day" | "month";
                            items: {
                                /** @description YYYY-MM-DD 或 YYYY-MM */
                                bucket: string;
                                from: string;
                                measures: {
                                    /** @description 平均办理时长（工作小时） */
                                    average_handling_hours: number | null;
                                    /** @description 回访率 */
                                    callback_rate: {
                                        denominator: number;
                                        numerator: number;
                                        /** @description 0–1；无可计量时为 null */
                                        rate: number | null;
                                    };
                                    /** @description 直接答复率 */
                                    direct_answer_rate: {
                                        denominator: number;
                                        numerator: number;
                                        /** @description 0–1；无可计量时为 null */
                                        rate: number | null;
                                    };
                                    /** @description 按时签收率 */
                                    on_time_accept_rate: {
                                        denominator: number;
                                        numerator: number;
                                        /** @description 0–1；无可计量时为 null */
                                        rate: number | null;
                                    };
                                    /** @description 按时办结率 */
                                    on_time_close_rate: {
                                        denominator: number;
                                        numerator: number;
                                        /** @description 0–1；无可计量时为 null */
                                        rate: number | null;
                                    };
                                    /** @description 不予受理量 */
                                    refused_count: number;
                                    /** @description 重办率 */
                                    reopen_rate: {
                                        denominator: number;
                                        numerator: number;
                                        /** @description 0–1；无可计量时为 null */
                                        rate: number | null;
                                    };
                                    /** @description 解决率 */
                                    resolution_rate: {
                                        denominator: number;
                                        numerator: number;
                                        /** @description 0–1；无可计量时为 null */
                                        rate: number | null;
                                    };
                                    /** @description 响应率 */
                                    response_rate: {
                                        denominator: number;
                                        numerator: number;
                                        /** @description 0–1；无可计量时为 null */
                                        rate: number | null;
                                    };
                                    /** @description 退单率 */
                                    return_rate: {
                                        denominator: number;
                                        numerator: number;
                                        /** @description 0–1；无可计量时为 null */
                                        rate: number | null;
                                    };
                                    /** @description 满意率 */
                                    satisfaction_rate: {
                                        denominator: number;
                                        numerator: number;
                                        /** @description 0–1；无可计量时为 null */
                                        rate: number | null;
                                    };
                                    /** @description 受理量 */
                                    volume: number;
                                };
                                to: string;
                            }[];
                            /** @description 整个区间 */
                            overall: {
                                /** @description 平均办理时长（工作小时） */
                                average_handling_hours: number | null;
                                /** @description 回访率 */
                                callback_rate: {
                                    denominator: number;
                                    numerator: number;
                                    /** @description 0–1；无可计量时为 null */
                                    rate: number | null;
                                };
                                /** @description 直接答复率 */
                                direct_answer_rate: {
                                    denominator: number;
                                    numerator: number;
                                    /** @description 0–1；无可计量时为 null */
                                    rate: number | null;
                                };
                                /** @description 按时签收率 */
                                on_time_accept_rate: {
                                    denominator: number;
                                    numerator: number;
                                    /** @description 0–1；无可计量时为 null */
                                    rate: number | null;
                                };
                                /** @description 按时办结率 */
                                on_time_close_rate: {
                                    denominator: number;
                                    numerator: number;
                                    /** @description 0–1；无可计量时为 null */
                                    rate: number | null;
                                };
                                /** @description 不予受理量 */
                                refused_count: number;
                                /** @description 重办率 */
                                reopen_rate: {
                                    denominator: number;
                                    numerator: number;
                                    /** @description 0–1；无可计量时为 null */
                                    rate: number | null;
                                };
                                /** @description 解决率 */
                                resolution_rate: {
                                    denominator: number;
                                    numerator: number;
                                    /** @description 0–1；无可计量时为 null */
                                    rate: number | null;
                                };
                                /** @description 响应率 */
                                response_rate: {
                                    denominator: number;
                                    numerator: number;
                                    /** @description 0–1；无可计量时为 null */
                                    rate: number | null;
                                };
                                /** @description 退单率 */
                                return_rate: {
                                    denominator: number;
                                    numerator: number;
                                    /** @description 0–1；无可计量时为 null */
                                    rate: number | null;
                                };
                                /** @description 满意率 */
                                satisfaction_rate: {
                                    denominator: number;
                                    numerator: number;
                                    /** @description 0–1；无可计量时为 null */
                                    rate: number | null;
                                };
                                /** @description 受理量 */
                                volume: number;
                            };
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
    "/api/v1/dispatch-catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 派单目录（分类 × 区县 → 承办单位） */
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
        /** 设置一条派单目录（同分类同区县则替换） */
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
                        categoryId: number;
                        districtId?: number | null;
                        unitId: number;
                    };
                };
            };
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch-catalogue/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 删除派单目录 */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 实时变更（text/event-stream）：工单变动、来电、通知 */
        get: {
            parameters: {
                query?: {
                    /** @description 只要这张工单的变动 */
                    ticket?: number;
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
    "/api/v1/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 数据汇聚：工单事件流（API 密钥认证，用途 feed）
         * @description 按提交顺序返回工单事件（个人信息脱敏）。以上一页的 next 作为 after 继续读取，不重不漏。详见 docs/feed.md。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 上一页的 next（不填：从头开始） */
                    after?: string;
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
                                at: string;
                                /** @description 此事件在流中的位置；作为 after 传回即从其后继续 */
                                cursor: string;
                                id: number;
                                payload: {
                                    [key: string]: unknown;
                                };
                                seq: number;
                                ticketId: number;
                                ticketNumber: string;
                                type: string;
                                units: number[];
                                /** @enum {string} */
                                v: "v1";
                            }[];
                            next: string;
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
    "/api/v1/hot-topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 热点问题：同一地点同一问题的诉求成组，按热度排序（数量、来电人数、增长、点赞） */
        get: {
            parameters: {
                query?: {
                    /** @description 起始日期（含），上海时间，缺省为截止日前 29 天 */
                    from?: string;
                    limit?: number;
                    /** @description 截止日期（含），上海时间，缺省为今天 */
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
    "/api/v1/interop/110/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 110 反馈转警工单的警情状态（API 密钥认证，用途 110）
         * @description 已接收、已派警、已处置及情况说明，记入工单全程留痕。同一反馈重复提交不重复记录（duplicate: true）。详见 docs/interop-110.md。
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
                        /** @description 110 的警情编号 */
                        policeRecordId: string;
                        /** @description 情况说明（处置结果等） */
                        result?: string | null;
                        /**
                         * @description received 已接收 · dispatched 已派警 · handled 已处置
                         * @enum {string}
                         */
                        status: "received" | "dispatched" | "handled";
                        /** @description 12345 工单编号（警单中的 ticketNumber） */
                        ticketNumber: string;
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
                            duplicate: boolean;
                            policeRecordId: string;
                            /** @enum {string} */
                            state: "pending" | "sent" | "received" | "dispatched" | "handled" | "failed" | "open" | "closed";
                            ticketId: number;
                            ticketNumber: string;
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
    "/api/v1/interop/110/handovers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 110 移交非警务警情，登记为 110 渠道的工单（API 密钥认证，用途 110）
         * @description 新建返回 201；同一警情编号再次移交返回 200 和原工单（不新建）。办结后结果推送给 110。详见 docs/interop-110.md。
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
                        address?: string | null;
                        caller?: {
                            name?: string | null;
                            phone: string;
                        } | null;
                        /** @description 警情内容（非警务警情，移交 12345 办理） */
                        content: string;
                        /** @description 110 的警情编号 */
                        policeRecordId: string;
                        /**
                         * @description 诉求类型（缺省：help 求助）
                         * @enum {string}
                         */
                        type?: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
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
                            id: number;
                            number: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            number: string;
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
    "/api/v1/kb/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 搜索知识库（话务员只看到已发布且在有效期内的条目） */
        get: {
            parameters: {
                query?: {
                    categoryId?: number;
                    /** @description all：含全部搜索词；any：按诉求原文的关键词找最相关的条目（受理时边听边查） */
                    match?: "all" | "any";
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    status?: "draft" | "published" | "archived";
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
                                categoryId: number | null;
                                /** @description ISO 8601 时间 */
                                createdAt: string;
                                createdBy: number | null;
                                effectiveFrom: string | null;
                                expiresOn: string | null;
                                id: number;
                                snippet: string;
                                source: string | null;
                                /** @description draft | published | archived */
                                status: string;
                                title: string;
                                unitIds: number[];
                                /** @description ISO 8601 时间 */
                                updatedAt: string;
                                updatedBy: number | null;
                                version: number;
                            }[];
                            total: number;
                            words: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建知识条目（承办单位只能建草稿） */
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
                        categoryId?: number | null;
                        /** @description 生效日期 */
                        effectiveFrom?: string | null;
                        /** @description 失效日期 */
                        expiresOn?: string | null;
                        /** @description 依据文件 */
                        source?: string | null;
                        /** @enum {string} */
                        status: "draft" | "published" | "archived";
                        title: string;
                        /** @description 适用单位 */
                        unitIds?: number[];
                    };
                };
            };
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
    "/api/v1/kb/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 知识条目及其全部版本 */
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
        /** 修改知识条目（生成新版本） */
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
                        body: string;
                        categoryId?: number | null;
                        /** @description 生效日期 */
                        effectiveFrom?: string | null;
                        /** @description 失效日期 */
                        expiresOn?: string | null;
                        /** @description 依据文件 */
                        source?: string | null;
                        /** @enum {string} */
                        status: "draft" | "published" | "archived";
                        title: string;
                        /** @description 适用单位 */
                        unitIds?: number[];
                    };
                };
            };
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kb/articles/{id}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提出修改建议（待管理员审核） */
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
                        body: string;
                        categoryId?: number | null;
                        /** @description 生效日期 */
                        effectiveFrom?: string | null;
                        /** @description 失效日期 */
                        expiresOn?: string | null;
                        note?: string | null;
                        /** @description 依据文件 */
                        source?: string | null;
                        /** @enum {string} */
                        status: "draft" | "published" | "archived";
                        title: string;
                        /** @description 适用单位 */
                        unitIds?: number[];
                    };
                };
            };
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
    "/api/v1/kb/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待审核的修改建议 */
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
    "/api/v1/kb/proposals/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核修改建议 */
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
                        approve: boolean;
                    };
                };
            };
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
    "/api/v1/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 归并热线 */
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
                                categoryId: number | null;
                                id: number;
                                /**
                                 * @description merged 整体并入 · parallel 双号并行 · sub_centre 分中心
                                 * @enum {string}
                                 */
                                mode: "merged" | "parallel" | "sub_centre";
                                name: string;
                                number: string;
                                unitId: number | null;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新增归并热线 */
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
                        categoryId?: number | null;
                        /**
                         * @description merged 整体并入（中心受理）· parallel 双号并行（中心坐席同时接听原号码）· sub_centre 分中心（由该单位的分中心派单）
                         * @default merged
                         * @enum {string}
                         */
                        mode?: "merged" | "parallel" | "sub_centre";
                        name: string;
                        number: string;
                        /** @description 默认承办单位；分中心模式下为分中心（须是中心） */
                        unitId?: number | null;
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
                            categoryId: number | null;
                            id: number;
                            /** @enum {string} */
                            mode: "merged" | "parallel" | "sub_centre";
                            name: string;
                            number: string;
                            unitId: number | null;
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
    "/api/v1/lines/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改归并热线 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        categoryId?: number | null;
                        /**
                         * @description merged 整体并入（中心受理）· parallel 双号并行（中心坐席同时接听原号码）· sub_centre 分中心（由该单位的分中心派单）
                         * @default merged
                         * @enum {string}
                         */
                        mode?: "merged" | "parallel" | "sub_centre";
                        name: string;
                        number: string;
                        /** @description 默认承办单位；分中心模式下为分中心（须是中心） */
                        unitId?: number | null;
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
                            categoryId: number | null;
                            id: number;
                            /** @enum {string} */
                            mode: "merged" | "parallel" | "sub_centre";
                            name: string;
                            number: string;
                            unitId: number | null;
                        };
                    };
                };
            };
        };
        post?: never;
        /** 删除归并热线（已有工单保留其热线号码） */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 服务质量指标（三率等） */
        get: {
            parameters: {
                query?: {
                    /** @description 起始日期（含），上海时间，缺省为截止日前 29 天 */
                    from?: string;
                    /** @description unit 单位（含下级）| category 分类（含下级）| line 归并热线 | district 区县 */
                    group?: "unit" | "category" | "line" | "district";
                    /** @description 截止日期（含），上海时间，缺省为今天 */
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
    "/api/v1/measures.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出服务质量指标（Excel），与 GET /measures 数据一致 */
        get: {
            parameters: {
                query?: {
                    /** @description 起始日期（含），上海时间，缺省为截止日前 29 天 */
                    from?: string;
                    /** @description unit 单位（含下级）| category 分类（含下级）| line 归并热线 | district 区县 */
                    group?: "unit" | "category" | "line" | "district";
                    /** @description 截止日期（含），上海时间，缺省为今天 */
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
    "/api/v1/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已训练的分类模型（版本、训练时间、交叉验证得分） */
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
                                active: boolean;
                                id: number;
                                kind: string;
                                scores: {
                                    [key: string]: unknown;
                                };
                                trainedAt: string;
                                trainingSize: number;
                                version: number;
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
    "/api/v1/models/{version}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 启用指定版本的分类模型（如回退到上一版） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
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
    "/api/v1/models/train": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 用已办结工单重新训练分类模型（后台线程训练，不影响服务；完成后新版本立即生效） */
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
                         * @description 按第几级分类训练，或 leaf 末级
                         * @default 1
                         */
                        level?: number | "leaf";
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
                            labels: number;
                            scores: {
                                accuracy: number | null;
                                folds: number | null;
                                /** @description 训练时分层交叉验证（校准用的折外预测）的宏平均 F1 */
                                macroF1: number | null;
                                perLabel: {
                                    f1: number;
                                    label: string;
                                    precision: number;
                                    recall: number;
                                    support: number;
                                }[];
                            };
                            trainedAt: string;
                            trainingSize: number;
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
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本单位（含下级）的通知；中心角色看全部 */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    unread?: boolean;
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
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标为已读 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
    "/api/v1/portal/codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发送短信验证码（公开；每个手机号每分钟 1 次、每小时 5 次，每个 IP 每小时 20 次） */
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
                        /** @description 手机号码（11 位） */
                        phone: string;
                        /**
                         * @description submit 提交诉求 | rate 评价 | supplement 补充诉求
                         * @enum {string}
                         */
                        purpose: "submit" | "rate" | "supplement";
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
                            expiresInSeconds: number;
                            /** @description 已脱敏 */
                            phone: string;
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
    "/api/v1/portal/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 凭工单编号和手机号码查询办理进度（公开；只含公开的办理过程） */
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
                        /** @description 工单编号 */
                        number: string;
                        /** @description 手机号码（11 位） */
                        phone: string;
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
                            address: string | null;
                            /** @description 已脱敏 */
                            caller: {
                                name: string | null;
                                phone: string | null;
                            };
                            /** @description 已答复、待评价 */
                            canRate: boolean;
                            /** @description 未办结，可补充诉求 */
                            canSupplement: boolean;
                            categoryName: string | null;
                            /** @description 已脱敏 */
                            content: string;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            number: string;
                            rating: {
                                /** @description ISO 8601 时间 */
                                at: string;
                                byCitizen: boolean;
                                resolved: boolean | null;
                                /** @enum {string} */
                                satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied";
                            } | null;
                            /** @description 不予受理：为什么，以及可以到哪里办理 */
                            refusal: {
                                /** @description ISO 8601 时间 */
                                at: string;
                                /** @description 可以到哪里办理 */
                                guidance: string;
                                /** @description 不予受理的理由 */
                                label: string;
                                /** @description 告知诉求人的完整文字（已脱敏） */
                                message: string;
                                /** @description 说明（已脱敏） */
                                note: string | null;
                                /** @enum {string} */
                                reason: "litigation" | "arbitration" | "discipline" | "reconsideration" | "disclosure" | "petition" | "secret" | "public_order" | "other";
                            } | null;
                            /** @description 承办单位的答复（已脱敏） */
                            reply: {
                                /** @description ISO 8601 时间 */
                                at: string;
                                content: string;
                            } | null;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                            statusLabel: string;
                            /** @description 公开的办理过程 */
                            timeline: {
                                /** @description ISO 8601 时间 */
                                at: string;
                                /** @enum {string} */
                                step: "registered" | "answered" | "dispatched" | "accepted" | "extended" | "replied" | "rated" | "called_back" | "reopened" | "closed" | "merged" | "master_replied" | "transferred" | "supplemented" | "refused";
                                text: string;
                            }[];
                            /** @description 已脱敏 */
                            title: string;
                            /** @enum {string} */
                            type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                            /** @description 承办单位 */
                            unitName: string | null;
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
    "/api/v1/portal/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 网上诉求：诉求类型与分类（公开） */
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
                            categories: {
                                id: number;
                                level: number;
                                name: string;
                                parentId: number | null;
                                path: string;
                            }[];
                            limits: {
                                codeTtlSeconds: number;
                                maxPhotoBytes: number;
                                maxPhotos: number;
                            };
                            types: {
                                label: string;
                                /** @enum {string} */
                                value: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
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
    "/api/v1/portal/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 评价办理结果（公开；须短信验证码；仅“已答复”的工单，每次答复评价一次）
         * @description 群众本人（凭验证码）的评价即为该工单的回访结果：解决且满意/基本满意则办结，否则按重办规则重新办理。
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
                        /** @description 短信验证码 */
                        code: string;
                        /** @description 意见 */
                        comment?: string | null;
                        /** @description 工单编号 */
                        number: string;
                        /** @description 手机号码（11 位） */
                        phone: string;
                        /** @description 问题是否已解决 */
                        resolved: boolean;
                        /**
                         * @description 满意度
                         * @enum {string}
                         */
                        satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied";
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
                            address: string | null;
                            /** @description 已脱敏 */
                            caller: {
                                name: string | null;
                                phone: string | null;
                            };
                            /** @description 已答复、待评价 */
                            canRate: boolean;
                            /** @description 未办结，可补充诉求 */
                            canSupplement: boolean;
                            categoryName: string | null;
                            /** @description 已脱敏 */
                            content: string;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            number: string;
                            rating: {
                                /** @description ISO 8601 时间 */
                                at: string;
                                byCitizen: boolean;
                                resolved: boolean | null;
                                /** @enum {string} */
                                satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied";
                            } | null;
                            /** @description 不予受理：为什么，以及可以到哪里办理 */
                            refusal: {
                                /** @description ISO 8601 时间 */
                                at: string;
                                /** @description 可以到哪里办理 */
                                guidance: string;
                                /** @description 不予受理的理由 */
                                label: string;
                                /** @description 告知诉求人的完整文字（已脱敏） */
                                message: string;
                                /** @description 说明（已脱敏） */
                                note: string | null;
                                /** @enum {string} */
                                reason: "litigation" | "arbitration" | "discipline" | "reconsideration" | "disclosure" | "petition" | "secret" | "public_order" | "other";
                            } | null;
                            /** @description 承办单位的答复（已脱敏） */
                            reply: {
                                /** @description ISO 8601 时间 */
                                at: string;
                                content: string;
                            } | null;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                            statusLabel: string;
                            /** @description 公开的办理过程 */
                            timeline: {
                                /** @description ISO 8601 时间 */
                                at: string;
                                /** @enum {string} */
                                step: "registered" | "answered" | "dispatched" | "accepted" | "extended" | "replied" | "rated" | "called_back" | "reopened" | "closed" | "merged" | "master_replied" | "transferred" | "supplemented" | "refused";
                                text: string;
                            }[];
                            /** @description 已脱敏 */
                            title: string;
                            /** @enum {string} */
                            type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                            /** @description 承办单位 */
                            unitName: string | null;
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
    "/api/v1/portal/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 提交诉求（公开；须短信验证码）：返回工单编号
         * @description 同一验证码重复提交同样的内容，返回同一张工单（200）；内容不同则拒绝。
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
                        /** @description 事发地址 */
                        address?: string | null;
                        /** @description 诉求分类（可不选，由话务员分类） */
                        categoryId?: number | null;
                        /** @description 短信验证码 */
                        code: string;
                        /** @description 保密：不公开，且仅处理部门可见（同时勾选时以保密为准） */
                        confidential?: boolean;
                        /** @description 诉求内容 */
                        content: string;
                        /** @description 姓名（可不填） */
                        name?: string | null;
                        /** @description 手机号码（11 位） */
                        phone: string;
                        /** @description 照片：data:image/jpeg|png|webp;base64,… 每张不超过 1.5 MB */
                        photos?: string[];
                        /** @description 同意将诉求（隐去个人信息后）公开；缺省不公开 */
                        publicConsent?: boolean;
                        /** @description 标题，缺省时取内容首句 */
                        title?: string | null;
                        /**
                         * @description 诉求类型
                         * @enum {string}
                         */
                        type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
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
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            number: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            number: string;
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
    "/api/v1/portal/supplement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 补充诉求（公开；须短信验证码；仅未办结的本人工单）
         * @description 补充的情况记入工单的办理过程（群众补充诉求），并通知承办单位。
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
                        /** @description 短信验证码 */
                        code: string;
                        /** @description 补充的情况 */
                        content: string;
                        /** @description 工单编号 */
                        number: string;
                        /** @description 手机号码（11 位） */
                        phone: string;
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
                            address: string | null;
                            /** @description 已脱敏 */
                            caller: {
                                name: string | null;
                                phone: string | null;
                            };
                            /** @description 已答复、待评价 */
                            canRate: boolean;
                            /** @description 未办结，可补充诉求 */
                            canSupplement: boolean;
                            categoryName: string | null;
                            /** @description 已脱敏 */
                            content: string;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            number: string;
                            rating: {
                                /** @description ISO 8601 时间 */
                                at: string;
                                byCitizen: boolean;
                                resolved: boolean | null;
                                /** @enum {string} */
                                satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied";
                            } | null;
                            /** @description 不予受理：为什么，以及可以到哪里办理 */
                            refusal: {
                                /** @description ISO 8601 时间 */
                                at: string;
                                /** @description 可以到哪里办理 */
                                guidance: string;
                                /** @description 不予受理的理由 */
                                label: string;
                                /** @description 告知诉求人的完整文字（已脱敏） */
                                message: string;
                                /** @description 说明（已脱敏） */
                                note: string | null;
                                /** @enum {string} */
                                reason: "litigation" | "arbitration" | "discipline" | "reconsideration" | "disclosure" | "petition" | "secret" | "public_order" | "other";
                            } | null;
                            /** @description 承办单位的答复（已脱敏） */
                            reply: {
                                /** @description ISO 8601 时间 */
                                at: string;
                                content: string;
                            } | null;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                            statusLabel: string;
                            /** @description 公开的办理过程 */
                            timeline: {
                                /** @description ISO 8601 时间 */
                                at: string;
                                /** @enum {string} */
                                step: "registered" | "answered" | "dispatched" | "accepted" | "extended" | "replied" | "rated" | "called_back" | "reopened" | "closed" | "merged" | "master_replied" | "transferred" | "supplemented" | "refused";
                                text: string;
                            }[];
                            /** @description 已脱敏 */
                            title: string;
                            /** @enum {string} */
                            type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                            /** @description 承办单位 */
                            unitName: string | null;
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
    "/api/v1/qa/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 各坐席质检平均分（百分制，按通话开始日期） */
        get: {
            parameters: {
                query?: {
                    from?: string;
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
                            from: string;
                            items: {
                                agentName: string | null;
                                agentUserId: number;
                                /** @description 0–100 */
                                averageScore: number;
                                reviews: number;
                            }[];
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
    "/api/v1/qa/form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前质检评分表 */
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
                            active: boolean;
                            id: number;
                            items: {
                                key: string;
                                label: string;
                                max: number;
                            }[];
                            maxTotal: number;
                            version: number;
                        };
                    };
                };
            };
        };
        /** 保存评分表（成为新版本；旧版本保留给已评的结果） */
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
                        items: {
                            key?: string;
                            label: string;
                            max: number;
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
                            active: boolean;
                            id: number;
                            items: {
                                key: string;
                                label: string;
                                max: number;
                            }[];
                            maxTotal: number;
                            version: number;
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
    "/api/v1/qa/forms/{formId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某一版本的评分表（旧的质检结果按其评分时的版本显示） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    formId: number;
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
                            active: boolean;
                            id: number;
                            items: {
                                key: string;
                                label: string;
                                max: number;
                            }[];
                            maxTotal: number;
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
    "/api/v1/qa/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的质检：本人通话的质检结果（只读，含评语） */
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
                                answeredAt: string | null;
                                callId: string;
                                form: {
                                    active: boolean;
                                    id: number;
                                    items: {
                                        key: string;
                                        label: string;
                                        max: number;
                                    }[];
                                    maxTotal: number;
                                    version: number;
                                };
                                id: number;
                                recordingUrl: string | null;
                                review: {
                                    acknowledgedAt: string | null;
                                    comment: string | null;
                                    formId: number;
                                    inspector: string | null;
                                    maxTotal: number;
                                    reviewedAt: string;
                                    scores: {
                                        [key: string]: number;
                                    };
                                    total: number;
                                };
                                ticketNumbers: string[];
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
    "/api/v1/qa/mine/{sampleId}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 坐席确认已阅本人的质检结果 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sampleId: number;
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
                            acknowledgedAt: string;
                            id: number;
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
    "/api/v1/qa/samples": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 质检队列：待评分（pending）、已评分（reviewed）或全部 */
        get: {
            parameters: {
                query?: {
                    state?: "pending" | "reviewed" | "all";
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
                                agent: {
                                    id: number;
                                    name: string | null;
                                };
                                answeredAt: string | null;
                                callId: string;
                                drawnAt: string;
                                durationSeconds: number | null;
                                endedAt: string | null;
                                id: number;
                                /** @description 已脱敏 */
                                phone: string | null;
                                /**
                                 * @description random 随机抽取 | unsatisfied 回访不满意 | complaint 来电人对坐席服务不满意（通话后按键评价 4、5）
                                 * @enum {string}
                                 */
                                reason: "random" | "unsatisfied" | "complaint";
                                recordingUrl: string | null;
                                review: {
                                    acknowledgedAt: string | null;
                                    comment: string | null;
                                    formId: number;
                                    inspector: string | null;
                                    maxTotal: number;
                                    reviewedAt: string;
                                    scores: {
                                        [key: string]: number;
                                    };
                                    total: number;
                                } | null;
                                /** @description 通话中登记的工单（已脱敏） */
                                tickets: {
                                    content: string;
                                    id: number;
                                    number: string;
                                    title: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 抽检：某日（或起止日期）回访不满意的工单的通话全部抽取，另随机抽取 randomCount 个有录音的已接通话 */
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
                        date?: string;
                        from?: string;
                        randomCount: number;
                        to?: string;
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
                            complaint: number;
                            random: number;
                            sampleIds: number[];
                            unsatisfied: number;
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
    "/api/v1/qa/samples/{sampleId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 评分：每项 0 至该项满分的整数，合计自动计算；坐席确认后不能再改 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sampleId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string | null;
                        scores: {
                            [key: string]: number;
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
                            agent: {
                                id: number;
                                name: string | null;
                            };
                            answeredAt: string | null;
                            callId: string;
                            drawnAt: string;
                            durationSeconds: number | null;
                            endedAt: string | null;
                            id: number;
                            /** @description 已脱敏 */
                            phone: string | null;
                            /**
                             * @description random 随机抽取 | unsatisfied 回访不满意 | complaint 来电人对坐席服务不满意（通话后按键评价 4、5）
                             * @enum {string}
                             */
                            reason: "random" | "unsatisfied" | "complaint";
                            recordingUrl: string | null;
                            review: {
                                acknowledgedAt: string | null;
                                comment: string | null;
                                formId: number;
                                inspector: string | null;
                                maxTotal: number;
                                reviewedAt: string;
                                scores: {
                                    [key: string]: number;
                                };
                                total: number;
                            } | null;
                            /** @description 通话中登记的工单（已脱敏） */
                            tickets: {
                                content: string;
                                id: number;
                                number: string;
                                title: string;
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
    "/api/v1/queues/callbacks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 回访队列：已答复待回访的工单，回访时限最近在前 */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    view?: "all" | "overdue" | "retry";
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
                            /** @description 每个分页签的工单数 */
                            counts: {
                                all: number;
                                overdue: number;
                                retry: number;
                            };
                            items: {
                                /** @description ISO 8601 时间 */
                                acceptBy: string | null;
                                /** @description ISO 8601 时间 */
                                acceptedAt: string | null;
                                /** @description ISO 8601 时间 */
                                acceptWarnAt: string | null;
                                address: string | null;
                                alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                assistUnitIds: number[];
                                callbackAttempts: number;
                                /** @description ISO 8601 时间 */
                                callbackDueBy: string | null;
                                /** @description 已脱敏 */
                                caller: {
                                    name: string | null;
                                    phone: string | null;
                                };
                                categoryId: number | null;
                                categoryName: string | null;
                                /** @description 工单所属中心（中心、分中心或市级中心） */
                                centreId: number | null;
                                centreName: string | null;
                                /** @description 下派链：第 0 级为主办单位，最后一级为当前承办单位 */
                                chain: {
                                    /** @description ISO 8601 时间 */
                                    acceptBy: string;
                                    /** @description ISO 8601 时间 */
                                    acceptedAt: string | null;
                                    /** @description ISO 8601 时间 */
                                    acceptWarnAt: string;
                                    alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                    /** @description 本级收到工单的时间 */
                                    at: string;
                                    /** @description 派单员（第 0 级）或上一级经办人的用户 id */
                                    delegatedBy: number | null;
                                    /** @description 其姓名（工单详情中给出） */
                                    delegatedByName: string | null;
                                    /** @description ISO 8601 时间 */
                                    dueBy: string;
                                    /** @description ISO 8601 时间 */
                                    dueWarnAt: string;
                                    /** @description 上一级单位；第 0 级为 null（热线中心） */
                                    fromUnitId: number | null;
                                    fromUnitName: string | null;
                                    /** @description 0 主办单位，逐级加一 */
                                    level: number;
                                    /** @description 下派意见（已脱敏） */
                                    note: string | null;
                                    /** @description 上一级最近一次退回答复的理由 */
                                    rejection: {
                                        /** @description ISO 8601 时间 */
                                        at: string;
                                        by: number | null;
                                        byName: string | null;
                                        note: string;
                                    } | null;
                                    /** @description 待上一级审核的答复（已脱敏；保密工单同正文规则） */
                                    reply: {
                                        /** @description ISO 8601 时间 */
                                        at: string;
                                        by: number | null;
                                        byName: string | null;
                                        content: string;
                                        unitId: number;
                                    } | null;
                                    /**
                                     * @description dispatched 待签收 · handling 办理中 · delegated 已下派 · reviewing 答复待上一级审核
                                     * @enum {string}
                                     */
                                    state: "dispatched" | "handling" | "delegated" | "reviewing";
                                    unitId: number;
                                    unitName: string | null;
                                }[];
                                /** @enum {string} */
                                channel: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                                /** @description ISO 8601 时间 */
                                closedAt: string | null;
                                /** @description 保密工单 */
                                confidential: boolean;
                                content: string;
                                /** @description ISO 8601 时间 */
                                createdAt: string;
                                directAnswer: boolean;
                                /** @description ISO 8601 时间 */
                                dispatchedAt: string | null;
                                districtId: number | null;
                                districtName: string | null;
                                /** @description ISO 8601 时间 */
                                dueBy: string | null;
                                /** @description ISO 8601 时间 */
                                dueWarnAt: string | null;
                                extendedDays: number;
                                /** @description ISO 8601 时间 */
                                firstRepliedAt: string | null;
                                handlingMinutes: number | null;
                                id: number;
                                /** @description 主办单位（下派链第 0 级）；unitId 是当前持有工单的单位 */
                                leadUnitId: number | null;
                                leadUnitName: string | null;
                                line: string | null;
                                mergedInto: number | null;
                                /** @description 当前用户所在的下派链层级（经办人本单位及下级中最上面的一级）；不在链上为 null */
                                myLevel: number | null;
                                /** @description 工单编号 */
                                number: string;
                                pendingExtension: {
                                    at: string;
                                    days?: number;
                                    reason: string;
                                    requestedBy: number | null;
                                    /** @description 派单异议：退单单位建议的承办单位 */
                                    suggestedUnitId?: number | null;
                                    unitId?: number;
                                } | null;
                                pendingReturn: {
                                    at: string;
                                    days?: number;
                                    reason: string;
                                    requestedBy: number | null;
                                    /** @description 派单异议：退单单位建议的承办单位 */
                                    suggestedUnitId?: number | null;
                                    unitId?: number;
                                } | null;
                                /** @enum {string} */
                                priority: "normal" | "urgent" | "emergency";
                                /** @description 诉求人同意公开 */
                                publicConsent: boolean;
                                reopenCount: number;
                                /** @description ISO 8601 时间 */
                                repliedAt: string | null;
                                replyScore: number | null;
                                resolved: boolean | null;
                                returnCount: number;
                                /** @enum {string|null} */
                                satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
                                /** @enum {string} */
                                status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                                supervision: {
                                    at: string;
                                    by: number | null;
                                    content: string;
                                    /** @enum {string} */
                                    kind: "notice" | "urge";
                                    replyBy: string;
                                } | null;
                                title: string;
                                transferredTo: string | null;
                                /** @enum {string} */
                                type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                                /** @description 当前持有工单的单位（下派链最后一级） */
                                unitId: number | null;
                                unitName: string | null;
                                /** @description ISO 8601 时间 */
                                updatedAt: string;
                                version: number;
                            }[];
                            page: number;
                            pageSize: number;
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
    "/api/v1/queues/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 派单队列：待派单、退单待审核、延期待审核（紧急优先，先到先办）；sent 已派出（派单中、办理中，可改派、撤回；最近派出的在前，不计入 all） */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    view?: "all" | "registered" | "returns" | "extensions" | "sent";
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
                            /** @description 每个分页签的工单数 */
                            counts: {
                                all: number;
                                extensions: number;
                                registered: number;
                                returns: number;
                                sent: number;
                            };
                            items: {
                                /** @description ISO 8601 时间 */
                                acceptBy: string | null;
                                /** @description ISO 8601 时间 */
                                acceptedAt: string | null;
                                /** @description ISO 8601 时间 */
                                acceptWarnAt: string | null;
                                address: string | null;
                                alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                assistUnitIds: number[];
                                callbackAttempts: number;
                                /** @description ISO 8601 时间 */
                                callbackDueBy: string | null;
                                /** @description 已脱敏 */
                                caller: {
                                    name: string | null;
                                    phone: string | null;
                                };
                                categoryId: number | null;
                                categoryName: string | null;
                                /** @description 工单所属中心（中心、分中心或市级中心） */
                                centreId: number | null;
                                centreName: string | null;
                                /** @description 下派链：第 0 级为主办单位，最后一级为当前承办单位 */
                                chain: {
                                    /** @description ISO 8601 时间 */
                                    acceptBy: string;
                                    /** @description ISO 8601 时间 */
                                    acceptedAt: string | null;
                                    /** @description ISO 8601 时间 */
                                    acceptWarnAt: string;
                                    alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                    /** @description 本级收到工单的时间 */
                                    at: string;
                                    /** @description 派单员（第 0 级）或上一级经办人的用户 id */
                                    delegatedBy: number | null;
                                    /** @description 其姓名（工单详情中给出） */
                                    delegatedByName: string | null;
                                    /** @description ISO 8601 时间 */
                                    dueBy: string;
                                    /** @description ISO 8601 时间 */
                                    dueWarnAt: string;
                                    /** @description 上一级单位；第 0 级为 null（热线中心） */
                                    fromUnitId: number | null;
                                    fromUnitName: string | null;
                                    /** @description 0 主办单位，逐级加一 */
                                    level: number;
                                    /** @description 下派意见（已脱敏） */
                                    note: string | null;
                                    /** @description 上一级最近一次退回答复的理由 */
                                    rejection: {
                                        /** @description ISO 8601 时间 */
                                        at: string;
                                        by: number | null;
                                        byName: string | null;
                                        note: string;
                                    } | null;
                                    /** @description 待上一级审核的答复（已脱敏；保密工单同正文规则） */
                                    reply: {
                                        /** @description ISO 8601 时间 */
                                        at: string;
                                        by: number | null;
                                        byName: string | null;
                                        content: string;
                                        unitId: number;
                                    } | null;
                                    /**
                                     * @description dispatched 待签收 · handling 办理中 · delegated 已下派 · reviewing 答复待上一级审核
                                     * @enum {string}
                                     */
                                    state: "dispatched" | "handling" | "delegated" | "reviewing";
                                    unitId: number;
                                    unitName: string | null;
                                }[];
                                /** @enum {string} */
                                channel: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                                /** @description ISO 8601 时间 */
                                closedAt: string | null;
                                /** @description 保密工单 */
                                confidential: boolean;
                                content: string;
                                /** @description ISO 8601 时间 */
                                createdAt: string;
                                directAnswer: boolean;
                                /** @description ISO 8601 时间 */
                                dispatchedAt: string | null;
                                districtId: number | null;
                                districtName: string | null;
                                /** @description ISO 8601 时间 */
                                dueBy: string | null;
                                /** @description ISO 8601 时间 */
                                dueWarnAt: string | null;
                                extendedDays: number;
                                /** @description ISO 8601 时间 */
                                firstRepliedAt: string | null;
                                handlingMinutes: number | null;
                                id: number;
                                /** @description 主办单位（下派链第 0 级）；unitId 是当前持有工单的单位 */
                                leadUnitId: number | null;
                                leadUnitName: string | null;
                                line: string | null;
                                mergedInto: number | null;
                                /** @description 当前用户所在的下派链层级（经办人本单位及下级中最上面的一级）；不在链上为 null */
                                myLevel: number | null;
                                /** @description 工单编号 */
                                number: string;
                                pendingExtension: {
                                    at: string;
                                    days?: number;
                                    reason: string;
                                    requestedBy: number | null;
                                    /** @description 派单异议：退单单位建议的承办单位 */
                                    suggestedUnitId?: number | null;
                                    unitId?: number;
                                } | null;
                                pendingReturn: {
                                    at: string;
                                    days?: number;
                                    reason: string;
                                    requestedBy: number | null;
                                    /** @description 派单异议：退单单位建议的承办单位 */
                                    suggestedUnitId?: number | null;
                                    unitId?: number;
                                } | null;
                                /** @enum {string} */
                                priority: "normal" | "urgent" | "emergency";
                                /** @description 诉求人同意公开 */
                                publicConsent: boolean;
                                reopenCount: number;
                                /** @description ISO 8601 时间 */
                                repliedAt: string | null;
                                replyScore: number | null;
                                resolved: boolean | null;
                                returnCount: number;
                                /** @enum {string|null} */
                                satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
                                /** @enum {string} */
                                status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                                supervision: {
                                    at: string;
                                    by: number | null;
                                    content: string;
                                    /** @enum {string} */
                                    kind: "notice" | "urge";
                                    replyBy: string;
                                } | null;
                                title: string;
                                transferredTo: string | null;
                                /** @enum {string} */
                                type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                                /** @description 当前持有工单的单位（下派链最后一级） */
                                unitId: number | null;
                                unitName: string | null;
                                /** @description ISO 8601 时间 */
                                updatedAt: string;
                                version: number;
                            }[];
                            page: number;
                            pageSize: number;
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
    "/api/v1/queues/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 承办单位待办：按本级（下派链上本单位所在的一级）的当前时限（待签收按签收时限，办理中按办理时限）最近在前；open 全部 · accept 待签收 · handling 办理中 · review 下级答复待本级审核 · delegated 已下派下级办理 · supervision 督办 · overdue 本级已超期；经办人只看到本单位及下级的工单 */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    /** @description 只看该单位（含下级）主办或协办的工单 */
                    unit?: number;
                    view?: "open" | "accept" | "handling" | "review" | "delegated" | "supervision" | "overdue";
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
                            /** @description 每个分页签的工单数 */
                            counts: {
                                accept: number;
                                delegated: number;
                                handling: number;
                                open: number;
                                overdue: number;
                                review: number;
                                supervision: number;
                            };
                            items: {
                                /** @description ISO 8601 时间 */
                                acceptBy: string | null;
                                /** @description ISO 8601 时间 */
                                acceptedAt: string | null;
                                /** @description ISO 8601 时间 */
                                acceptWarnAt: string | null;
                                address: string | null;
                                alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                assistUnitIds: number[];
                                callbackAttempts: number;
                                /** @description ISO 8601 时间 */
                                callbackDueBy: string | null;
                                /** @description 已脱敏 */
                                caller: {
                                    name: string | null;
                                    phone: string | null;
                                };
                                categoryId: number | null;
                                categoryName: string | null;
                                /** @description 工单所属中心（中心、分中心或市级中心） */
                                centreId: number | null;
                                centreName: string | null;
                                /** @description 下派链：第 0 级为主办单位，最后一级为当前承办单位 */
                                chain: {
                                    /** @description ISO 8601 时间 */
                                    acceptBy: string;
                                    /** @description ISO 8601 时间 */
                                    acceptedAt: string | null;
                                    /** @description ISO 8601 时间 */
                                    acceptWarnAt: string;
                                    alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                    /** @description 本级收到工单的时间 */
                                    at: string;
                                    /** @description 派单员（第 0 级）或上一级经办人的用户 id */
                                    delegatedBy: number | null;
                                    /** @description 其姓名（工单详情中给出） */
                                    delegatedByName: string | null;
                                    /** @description ISO 8601 时间 */
                                    dueBy: string;
                                    /** @description ISO 8601 时间 */
                                    dueWarnAt: string;
                                    /** @description 上一级单位；第 0 级为 null（热线中心） */
                                    fromUnitId: number | null;
                                    fromUnitName: string | null;
                                    /** @description 0 主办单位，逐级加一 */
                                    level: number;
                                    /** @description 下派意见（已脱敏） */
                                    note: string | null;
                                    /** @description 上一级最近一次退回答复的理由 */
                                    rejection: {
                                        /** @description ISO 8601 时间 */
                                        at: string;
                                        by: number | null;
                                        byName: string | null;
                                        note: string;
                                    } | null;
                                    /** @description 待上一级审核的答复（已脱敏；保密工单同正文规则） */
                                    reply: {
                                        /** @description ISO 8601 时间 */
                                        at: string;
                                        by: number | null;
                                        byName: string | null;
                                        content: string;
                                        unitId: number;
                                    } | null;
                                    /**
                                     * @description dispatched 待签收 · handling 办理中 · delegated 已下派 · reviewing 答复待上一级审核
                                     * @enum {string}
                                     */
                                    state: "dispatched" | "handling" | "delegated" | "reviewing";
                                    unitId: number;
                                    unitName: string | null;
                                }[];
                                /** @enum {string} */
                                channel: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                                /** @description ISO 8601 时间 */
                                closedAt: string | null;
                                /** @description 保密工单 */
                                confidential: boolean;
                                content: string;
                                /** @description ISO 8601 时间 */
                                createdAt: string;
                                directAnswer: boolean;
                                /** @description ISO 8601 时间 */
                                dispatchedAt: string | null;
                                districtId: number | null;
                                districtName: string | null;
                                /** @description ISO 8601 时间 */
                                dueBy: string | null;
                                /** @description ISO 8601 时间 */
                                dueWarnAt: string | null;
                                extendedDays: number;
                                /** @description ISO 8601 时间 */
                                firstRepliedAt: string | null;
                                handlingMinutes: number | null;
                                id: number;
                                /** @description 主办单位（下派链第 0 级）；unitId 是当前持有工单的单位 */
                                leadUnitId: number | null;
                                leadUnitName: string | null;
                                line: string | null;
                                mergedInto: number | null;
                                /** @description 当前用户所在的下派链层级（经办人本单位及下级中最上面的一级）；不在链上为 null */
                                myLevel: number | null;
                                /** @description 工单编号 */
                                number: string;
                                pendingExtension: {
                                    at: string;
                                    days?: number;
                                    reason: string;
                                    requestedBy: number | null;
                                    /** @description 派单异议：退单单位建议的承办单位 */
                                    suggestedUnitId?: number | null;
                                    unitId?: number;
                                } | null;
                                pendingReturn: {
                                    at: string;
                                    days?: number;
                                    reason: string;
                                    requestedBy: number | null;
                                    /** @description 派单异议：退单单位建议的承办单位 */
                                    suggestedUnitId?: number | null;
                                    unitId?: number;
                                } | null;
                                /** @enum {string} */
                                priority: "normal" | "urgent" | "emergency";
                                /** @description 诉求人同意公开 */
                                publicConsent: boolean;
                                reopenCount: number;
                                /** @description ISO 8601 时间 */
                                repliedAt: string | null;
                                replyScore: number | null;
                                resolved: boolean | null;
                                returnCount: number;
                                /** @enum {string|null} */
                                satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
                                /** @enum {string} */
                                status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                                supervision: {
                                    at: string;
                                    by: number | null;
                                    content: string;
                                    /** @enum {string} */
                                    kind: "notice" | "urge";
                                    replyBy: string;
                                } | null;
                                title: string;
                                transferredTo: string | null;
                                /** @enum {string} */
                                type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                                /** @description 当前持有工单的单位（下派链最后一级） */
                                unitId: number | null;
                                unitName: string | null;
                                /** @description ISO 8601 时间 */
                                updatedAt: string;
                                version: number;
                            }[];
                            page: number;
                            pageSize: number;
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
    "/api/v1/rankings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 承办单位排名（同一层级内；响应率20%、解决率40%、满意率40%；样本不足的单位列出但不排名） */
        get: {
            parameters: {
                query?: {
                    /** @description 起始日期（含），上海时间，缺省为截止日前 29 天 */
                    from?: string;
                    /** @description 单位层级（分档）：department 委办局 | district 区县 | street 街道 | enterprise 企业；只在同一层级内排名 */
                    kind?: "department" | "district" | "street" | "enterprise";
                    /** @description 最低样本量（1–1000）：区间内受理量少于此数的单位列出但不排名；缺省用办理规则的 minRankingSample */
                    minSample?: number;
                    /** @description 截止日期（含），上海时间，缺省为今天 */
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
                            from: string;
                            items: {
                                /** @enum {string} */
                                kind: "department" | "district" | "street" | "enterprise";
                                measures: {
                                    /** @description 平均办理时长（工作小时） */
                                    average_handling_hours: number | null;
                                    /** @description 回访率 */
                                    callback_rate: {
                                        denominator: number;
                                        numerator: number;
                                        /** @description 0–1；无可计量时为 null */
                                        rate: number | null;
                                    };
                                    /** @description 直接答复率 */
                                    direct_answer_rate: {
                                        denominator: number;
                                        numerator: number;
                                        /** @description 0–1；无可计量时为 null */
                                        rate: number | null;
                                    };
                                    /** @description 按时签收率 */
                                    on_time_accept_rate: {
                                        denominator: number;
                                        numerator: number;
                                        /** @description 0–1；无可计量时为 null */
                                        rate: number | null;
                                    };
                                    /** @description 按时办结率 */
                                    on_time_close_rate: {
                                        denominator: number;
                                        numerator: number;
                                        /** @description 0–1；无可计量时为 null */
                                        rate: number | null;
                                    };
                                    /** @description 不予受理量 */
                                    refused_count: number;
                                    /** @description 重办率 */
                                    reopen_rate: {
                                        denominator: number;
                                        numerator: number;
                                        /** @description 0–1；无可计量时为 null */
                                        rate: number | null;
                                    };
                                    /** @description 解决率 */
                                    resolution_rate: {
                                        denominator: number;
                                        numerator: number;
                                        /** @description 0–1；无可计量时为 null */
                                        rate: number | null;
                                    };
                                    /** @description 响应率 */
                                    response_rate: {
                                        denominator: number;
                                        numerator: number;
                                        /** @description 0–1；无可计量时为 null */
                                        rate: number | null;
                                    };
                                    /** @description 退单率 */
                                    return_rate: {
                                        denominator: number;
                                        numerator: number;
                                        /** @description 0–1；无可计量时为 null */
                                        rate: number | null;
                                    };
                                    /** @description 满意率 */
                                    satisfaction_rate: {
                                        denominator: number;
                                        numerator: number;
                                        /** @description 0–1；无可计量时为 null */
                                        rate: number | null;
                                    };
                                    /** @description 受理量 */
                                    volume: number;
                                };
                                name: string;
                                /** @description 未排名说明：样本不足 | 暂无可评价数据 | 计入上级单位 */
                                note: string | null;
                                /** @description 名次（并列同名次，下一名次顺延：1,2,2,4）；未排名为 null */
                                rank: number | null;
                                /** @description 是否参与排名 */
                                ranked: boolean;
                                /**
                                 * @description 未排名的原因
                                 * @enum {string|null}
                                 */
                                reason: "insufficient_sample" | "no_score" | "nested" | null;
                                /** @description 综合得分：响应率×20% + 解决率×40% + 满意率×40%（百分制） */
                                score: number | null;
                                unitId: number;
                                /** @description 受理量（含下级单位），即样本量 */
                                volume: number;
                            }[];
                            /** @enum {string} */
                            kind: "department" | "district" | "street" | "enterprise";
                            /** @description 本次使用的最低样本量 */
                            minSample: number;
                            /**
                             * @description policy 办理规则 | request 本次请求的 minSample
                             * @enum {string}
                             */
                            minSampleSource: "policy" | "request";
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
    "/api/v1/rankings.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出承办单位排名（Excel），与 GET /rankings 数据一致 */
        get: {
            parameters: {
                query?: {
                    /** @description 起始日期（含），上海时间，缺省为截止日前 29 天 */
                    from?: string;
                    /** @description 单位层级（分档）：department 委办局 | district 区县 | street 街道 | enterprise 企业；只在同一层级内排名 */
                    kind?: "department" | "district" | "street" | "enterprise";
                    /** @description 最低样本量（1–1000）：区间内受理量少于此数的单位列出但不排名；缺省用办理规则的 minRankingSample */
                    minSample?: number;
                    /** @description 截止日期（含），上海时间，缺省为今天 */
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
    "/api/v1/reports/daily": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 民情日报（HTML） */
        get: {
            parameters: {
                query?: {
                    /** @description 报告日期（上海时间），缺省为今天 */
                    date?: string;
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
    "/api/v1/reports/daily.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 民情日报（PDF，需要服务器安装 Chromium） */
        get: {
            parameters: {
                query?: {
                    /** @description 报告日期（上海时间），缺省为今天 */
                    date?: string;
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
    "/api/v1/settings/auto-dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 自动派单设置 */
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
        /** 开启或关闭自动派单：分类置信度达到阈值且派单目录能给出承办单位时，受理即派单 */
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
                        enabled: boolean;
                        /** @default 0.9 */
                        threshold?: number;
                    };
                };
            };
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办理规则 */
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
        /** 修改办理规则（只改给出的项） */
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
                        /** @description 答复后几个工作日内回访 */
                        callbackDays?: number;
                        /** @description 回访未接通几次后自动办结 */
                        maxCallbackAttempts?: number;
                        /** @description 累计最多延期工作日 */
                        maxExtensionDays?: number;
                        /** @description 最多重办次数 */
                        maxReopens?: number;
                        /** @description 排名最低样本量：区间内受理量少于此数的单位列出但不排名（样本不足） */
                        minRankingSample?: number;
                        /** @description 办结后可重办的天数 */
                        reopenWindowDays?: number;
                        superviseReplyDays?: {
                            notice: number;
                            urge: number;
                        };
                        /** @description 时限预警点（如 0.8） */
                        warnFraction?: number;
                    };
                };
            };
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sms/inbound": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 短信网关上报群众发来的短信（API 密钥认证，用途 sms）
         * @description 每条短信都会记录。回复 1–5（1 非常满意 2 满意 3 基本满意 4 不满意 5 非常不满意）对最近一次短信回访有效：作为该次答复的回访结果（1、2 记满意，3 记基本满意，4、5 记不满意并按规则重办），每次答复只计一次。详见 docs/sms.md。
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
                        /** @description 发送短信的手机号码 */
                        from: string;
                        /** @description 短信内容（回访评价回复数字 1–5） */
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
                            /**
                             * @description rated 已记为回访评价 | already_rated 该次答复已评价过（不再改变） | no_survey 该号码没有待评价的短信回访 | not_a_rating 不是 1–5 的评价 | survey_closed 工单已不在等待这次回访
                             * @enum {string}
                             */
                            outcome: "rated" | "already_rated" | "no_survey" | "not_a_rating" | "survey_closed";
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
    "/api/v1/sms/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工单的短信往来（号码已脱敏） */
        get: {
            parameters: {
                query: {
                    /** @description 工单 id */
                    ticketId: number;
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
                                /** @description 记录时间（ISO 8601） */
                                at: string;
                                /** @description HTTP 网关已尝试发送的次数 */
                                attempts: number;
                                /**
                                 * @description out 发给群众 | in 群众发来
                                 * @enum {string}
                                 */
                                direction: "out" | "in";
                                /** @description 群众回复的评价数字 1–5 */
                                grade: number | null;
                                id: string;
                                /** @description receipt 受理回执 | reply 答复摘要 | survey 短信回访 | inbound 群众回复 | portal_registered | master_replied … */
                                kind: string;
                                lastError: string | null;
                                /** @enum {string|null} */
                                outcome: "rated" | "already_rated" | "no_survey" | "not_a_rating" | "survey_closed" | null;
                                /** @description 已脱敏 */
                                phone: string | null;
                                sentAt: string | null;
                                /** @enum {string} */
                                status: "queued" | "sent" | "failed" | "received";
                                text: string;
                            }[];
                            /**
                             * @description 为何不给来电人发短信：declined 来电人不需要短信 | confidential 保密工单 | no_mobile 号码隐藏或不是手机号；null 可以发送
                             * @enum {string|null}
                             */
                            noSms: "declined" | "confidential" | "no_mobile" | null;
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
    "/api/v1/telephony/calls/{callId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 电话系统上报通话事件（API 密钥认证）
         * @description 电话系统（呼叫中心/交换机）上报通话事件：振铃（ringing）、接通（answered）、挂断（ended）。
         *
         *     **认证**：管理员用 `hotline apikey add --name … --scope telephony` 创建的话务系统（telephony）API 密钥（其他用途的密钥得到 403），放在请求头 `X-Api-Key: h311_…`（或 `Authorization: Bearer h311_…`）。不需要坐席登录令牌。
         *
         *     **坐席**：`agentUsername`（用户名）或 `agentExtension`（坐席在控制台用 PUT /api/v1/calls/extension 签入的分机号）。分机无人签入时通话照样记录，但不弹屏。
         *
         *     **效果**：振铃/接通时，该坐席的控制台通过 /api/v1/events 收到 `call` 事件（含完整主叫号码），打开来电人的历史工单；挂断时，该坐席在接通期间登记的电话工单自动关联此通话（挂断后 10 分钟内登记的，由控制台调用 POST /api/v1/calls/{callId}/ticket 关联）。
         *
         *     事件可重复、可乱序：状态只前进不后退，重复事件不产生重复数据。详见 docs/telephony.md。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 电话系统的通话标识 */
                    callId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 坐席分机号（坐席在控制台签入的分机） */
                        agentExtension?: string | null;
                        /** @description 坐席用户名（与分机号二选一） */
                        agentUsername?: string | null;
                        /** @description 事件发生时间（ISO 8601）；缺省为收到的时间 */
                        at?: string;
                        /** @description 主叫号码；号码隐藏时为空 */
                        caller?: string | null;
                        /** @description 被叫热线号码（12345、12315 …） */
                        line?: string | null;
                        /**
                         * Format: uri
                         * @description 录音链接（通常随 ended 事件）
                         */
                        recordingUrl?: string | null;
                        /**
                         * @description queued 进入排队 | ringing 振铃 | answered 接通 | ended 挂断（未接通即挂断为放弃呼叫）
                         * @enum {string}
                         */
                        state: "queued" | "ringing" | "answered" | "ended";
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
                            /** @description 接听坐席；为空表示该分机无人签入 */
                            agentUserId: number | null;
                            callId: string;
                            extension: string | null;
                            /** @enum {string} */
                            state: "queued" | "ringing" | "answered" | "ended";
                            /** @description 已关联的工单 */
                            ticketIds: number[];
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
    "/api/v1/telephony/calls/{callId}/survey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 电话系统上报通话后的语音满意度评价（API 密钥认证，用途 telephony）
         * @description 缺省（subject=service）评价的是本次通话的服务，记在通话上供话务质检，不作为工单回访结果；语音回访（subject=result）的评价作为该通话所关联（或 ticketNumber 指定）的已答复工单的回访结果。每个通话只记一次。详见 docs/telephony.md。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 电话系统的通话标识 */
                    callId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        at?: string;
                        /** @description 按键：1 非常满意 2 满意 3 基本满意 4 不满意 5 非常不满意 */
                        digit: number;
                        /**
                         * @description service 本次通话的服务（缺省：记在通话上，供话务质检）| result 工单办理结果（语音回访：作为所关联的已答复工单的回访结果）
                         * @default service
                         * @enum {string}
                         */
                        subject?: "service" | "result";
                        /** @description result：被回访的工单编号（须是本通话号码的工单） */
                        ticketNumber?: string | null;
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
                            at: string;
                            callId: string;
                            digit: number;
                            ratedTicketIds: number[];
                            /** @description false：该通话已有评价，本次上报未改变任何数据 */
                            recorded: boolean;
                            /** @enum {string} */
                            subject: "service" | "result";
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
    "/api/v1/telephony/calls/{callId}/transfers/{requestId}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 电话系统报告转接结果（API 密钥认证）
         * @description 电话系统报告转接/三方通话指令的结果：connected（已接通）或 failed（失败，detail 说明原因）。
         *
         *     **认证**：话务系统（telephony）API 密钥，放在 `X-Api-Key`（或 `Authorization: Bearer h311_…`），与通话事件相同。
         *
         *     同一结果重复报告无副作用；已有结果后报告不同的结果为 409 transfer_settled。发起转接的坐席控制台实时收到 `handoff` 事件。详见 docs/telephony.md。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 电话系统的通话标识 */
                    callId: string;
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        detail?: string | null;
                        /** @enum {string} */
                        status: "connected" | "failed";
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
                            callId: string;
                            /** @description 电话系统给出的说明（失败原因等） */
                            detail: string | null;
                            /**
                             * @description transfer 一键转接 | conference 三方通话
                             * @enum {string}
                             */
                            mode: "transfer" | "conference";
                            requestedAt: string;
                            requestId: string;
                            settledAt: string | null;
                            /**
                             * @description pending 发送中 | sent 已发送、等待结果 | connected 已接通 | failed 失败
                             * @enum {string}
                             */
                            status: "pending" | "sent" | "connected" | "failed";
                            target: string;
                            targetLabel: string | null;
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
        /** 工单列表（仅当前用户可见的工单） */
        get: {
            parameters: {
                query?: {
                    /** @description 带有该预警的工单，如 handle_overdue */
                    alert?: "accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue";
                    /** @description 分类（含下级） */
                    category?: number;
                    channel?: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                    /** @description 区县 */
                    district?: number;
                    /** @description 受理日期起（含），上海时间 */
                    from?: string;
                    /** @description 归并热线号码 */
                    line?: string;
                    /** @description true: 已超过办理时限的工单 */
                    overdue?: "true" | "false";
                    page?: number;
                    pageSize?: number;
                    /** @description 全文搜索（中文分词），按相关度排序 */
                    q?: string;
                    satisfaction?: "satisfied" | "basically_satisfied" | "unsatisfied";
                    /** @description created 最新在前 | due 办理时限最近在前 | callback 回访时限最近在前 */
                    sort?: "created" | "due" | "callback";
                    /** @description 状态，可用逗号分隔多个 */
                    status?: string;
                    /** @description 受理日期止（含），上海时间 */
                    to?: string;
                    type?: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                    /** @description 主办单位（含下级） */
                    unit?: number;
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
                                /** @description ISO 8601 时间 */
                                acceptBy: string | null;
                                /** @description ISO 8601 时间 */
                                acceptedAt: string | null;
                                /** @description ISO 8601 时间 */
                                acceptWarnAt: string | null;
                                address: string | null;
                                alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                assistUnitIds: number[];
                                callbackAttempts: number;
                                /** @description ISO 8601 时间 */
                                callbackDueBy: string | null;
                                /** @description 已脱敏 */
                                caller: {
                                    name: string | null;
                                    phone: string | null;
                                };
                                categoryId: number | null;
                                categoryName: string | null;
                                /** @description 工单所属中心（中心、分中心或市级中心） */
                                centreId: number | null;
                                centreName: string | null;
                                /** @description 下派链：第 0 级为主办单位，最后一级为当前承办单位 */
                                chain: {
                                    /** @description ISO 8601 时间 */
                                    acceptBy: string;
                                    /** @description ISO 8601 时间 */
                                    acceptedAt: string | null;
                                    /** @description ISO 8601 时间 */
                                    acceptWarnAt: string;
                                    alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                    /** @description 本级收到工单的时间 */
                                    at: string;
                                    /** @description 派单员（第 0 级）或上一级经办人的用户 id */
                                    delegatedBy: number | null;
                                    /** @description 其姓名（工单详情中给出） */
                                    delegatedByName: string | null;
                                    /** @description ISO 8601 时间 */
                                    dueBy: string;
                                    /** @description ISO 8601 时间 */
                                    dueWarnAt: string;
                                    /** @description 上一级单位；第 0 级为 null（热线中心） */
                                    fromUnitId: number | null;
                                    fromUnitName: string | null;
                                    /** @description 0 主办单位，逐级加一 */
                                    level: number;
                                    /** @description 下派意见（已脱敏） */
                                    note: string | null;
                                    /** @description 上一级最近一次退回答复的理由 */
                                    rejection: {
                                        /** @description ISO 8601 时间 */
                                        at: string;
                                        by: number | null;
                                        byName: string | null;
                                        note: string;
                                    } | null;
                                    /** @description 待上一级审核的答复（已脱敏；保密工单同正文规则） */
                                    reply: {
                                        /** @description ISO 8601 时间 */
                                        at: string;
                                        by: number | null;
                                        byName: string | null;
                                        content: string;
                                        unitId: number;
                                    } | null;
                                    /**
                                     * @description dispatched 待签收 · handling 办理中 · delegated 已下派 · reviewing 答复待上一级审核
                                     * @enum {string}
                                     */
                                    state: "dispatched" | "handling" | "delegated" | "reviewing";
                                    unitId: number;
                                    unitName: string | null;
                                }[];
                                /** @enum {string} */
                                channel: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                                /** @description ISO 8601 时间 */
                                closedAt: string | null;
                                /** @description 保密工单 */
                                confidential: boolean;
                                content: string;
                                /** @description ISO 8601 时间 */
                                createdAt: string;
                                directAnswer: boolean;
                                /** @description ISO 8601 时间 */
                                dispatchedAt: string | null;
                                districtId: number | null;
                                districtName: string | null;
                                /** @description ISO 8601 时间 */
                                dueBy: string | null;
                                /** @description ISO 8601 时间 */
                                dueWarnAt: string | null;
                                extendedDays: number;
                                /** @description ISO 8601 时间 */
                                firstRepliedAt: string | null;
                                handlingMinutes: number | null;
                                id: number;
                                /** @description 主办单位（下派链第 0 级）；unitId 是当前持有工单的单位 */
                                leadUnitId: number | null;
                                leadUnitName: string | null;
                                line: string | null;
                                mergedInto: number | null;
                                /** @description 当前用户所在的下派链层级（经办人本单位及下级中最上面的一级）；不在链上为 null */
                                myLevel: number | null;
                                /** @description 工单编号 */
                                number: string;
                                pendingExtension: {
                                    at: string;
                                    days?: number;
                                    reason: string;
                                    requestedBy: number | null;
                                    /** @description 派单异议：退单单位建议的承办单位 */
                                    suggestedUnitId?: number | null;
                                    unitId?: number;
                                } | null;
                                pendingReturn: {
                                    at: string;
                                    days?: number;
                                    reason: string;
                                    requestedBy: number | null;
                                    /** @description 派单异议：退单单位建议的承办单位 */
                                    suggestedUnitId?: number | null;
                                    unitId?: number;
                                } | null;
                                /** @enum {string} */
                                priority: "normal" | "urgent" | "emergency";
                                /** @description 诉求人同意公开 */
                                publicConsent: boolean;
                                reopenCount: number;
                                /** @description ISO 8601 时间 */
                                repliedAt: string | null;
                                replyScore: number | null;
                                resolved: boolean | null;
                                returnCount: number;
                                /** @enum {string|null} */
                                satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
                                /** @description 命中处以 <mark> 标出，其余已转义 */
                                snippet?: string;
                                /** @enum {string} */
                                status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                                supervision: {
                                    at: string;
                                    by: number | null;
                                    content: string;
                                    /** @enum {string} */
                                    kind: "notice" | "urge";
                                    replyBy: string;
                                } | null;
                                title: string;
                                transferredTo: string | null;
                                /** @enum {string} */
                                type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                                /** @description 当前持有工单的单位（下派链最后一级） */
                                unitId: number | null;
                                unitName: string | null;
                                /** @description ISO 8601 时间 */
                                updatedAt: string;
                                version: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                            /** @description 搜索只数到 1000 条：为真时显示“1000+” */
                            totalCapped: boolean;
                            words: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 受理诉求，登记工单（支持 Idempotency-Key 请求头） */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 地址 */
                        address?: string | null;
                        caller?: {
                            /** @description 来电人姓名 */
                            name?: string | null;
                            /** @description 来电号码 */
                            phone?: string | null;
                        } | null;
                        /** @description 诉求分类 */
                        categoryId?: number | null;
                        /**
                         * @description 渠道
                         * @enum {string}
                         */
                        channel: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                        /** @description 保密工单：不公开、不导出正文，仅中心和主办单位链条可见 */
                        confidential?: boolean;
                        /** @description 诉求内容 */
                        content: string;
                        /** @description 区县（缺省时从地址识别） */
                        districtId?: number | null;
                        /** @description 归并热线号码，如 12315 */
                        line?: string | null;
                        /**
                         * @description 紧急程度
                         * @enum {string}
                         */
                        priority?: "normal" | "urgent" | "emergency";
                        /** @description 诉求人同意公开（脱敏后） */
                        publicConsent?: boolean;
                        /** @description 不发短信：来电人不需要受理回执、答复短信和短信回访 */
                        smsDeclined?: boolean;
                        /** @description 标题，缺省时取内容首句 */
                        title?: string | null;
                        /**
                         * @description 诉求类型
                         * @enum {string}
                         */
                        type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
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
                            /** @description ISO 8601 时间 */
                            acceptBy: string | null;
                            /** @description ISO 8601 时间 */
                            acceptedAt: string | null;
                            /** @description ISO 8601 时间 */
                            acceptWarnAt: string | null;
                            address: string | null;
                            alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                            assistUnitIds: number[];
                            callbackAttempts: number;
                            /** @description ISO 8601 时间 */
                            callbackDueBy: string | null;
                            /** @description 已脱敏 */
                            caller: {
                                name: string | null;
                                phone: string | null;
                            };
                            categoryId: number | null;
                            categoryName: string | null;
                            /** @description 工单所属中心（中心、分中心或市级中心） */
                            centreId: number | null;
                            centreName: string | null;
                            /** @description 下派链：第 0 级为主办单位，最后一级为当前承办单位 */
                            chain: {
                                /** @description ISO 8601 时间 */
                                acceptBy: string;
                                /** @description ISO 8601 时间 */
                                acceptedAt: string | null;
                                /** @description ISO 8601 时间 */
                                acceptWarnAt: string;
                                alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                /** @description 本级收到工单的时间 */
                                at: string;
                                /** @description 派单员（第 0 级）或上一级经办人的用户 id */
                                delegatedBy: number | null;
                                /** @description 其姓名（工单详情中给出） */
                                delegatedByName: string | null;
                                /** @description ISO 8601 时间 */
                                dueBy: string;
                                /** @description ISO 8601 时间 */
                                dueWarnAt: string;
                                /** @description 上一级单位；第 0 级为 null（热线中心） */
                                fromUnitId: number | null;
                                fromUnitName: string | null;
                                /** @description 0 主办单位，逐级加一 */
                                level: number;
                                /** @description 下派意见（已脱敏） */
                                note: string | null;
                                /** @description 上一级最近一次退回答复的理由 */
                                rejection: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    note: string;
                                } | null;
                                /** @description 待上一级审核的答复（已脱敏；保密工单同正文规则） */
                                reply: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    content: string;
                                    unitId: number;
                                } | null;
                                /**
                                 * @description dispatched 待签收 · handling 办理中 · delegated 已下派 · reviewing 答复待上一级审核
                                 * @enum {string}
                                 */
                                state: "dispatched" | "handling" | "delegated" | "reviewing";
                                unitId: number;
                                unitName: string | null;
                            }[];
                            /** @enum {string} */
                            channel: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                            /** @description ISO 8601 时间 */
                            closedAt: string | null;
                            /** @description 保密工单 */
                            confidential: boolean;
                            content: string;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            directAnswer: boolean;
                            /** @description ISO 8601 时间 */
                            dispatchedAt: string | null;
                            districtId: number | null;
                            districtName: string | null;
                            /** @description ISO 8601 时间 */
                            dueBy: string | null;
                            /** @description ISO 8601 时间 */
                            dueWarnAt: string | null;
                            extendedDays: number;
                            /** @description ISO 8601 时间 */
                            firstRepliedAt: string | null;
                            handlingMinutes: number | null;
                            id: number;
                            /** @description 主办单位（下派链第 0 级）；unitId 是当前持有工单的单位 */
                            leadUnitId: number | null;
                            leadUnitName: string | null;
                            line: string | null;
                            mergedInto: number | null;
                            /** @description 当前用户所在的下派链层级（经办人本单位及下级中最上面的一级）；不在链上为 null */
                            myLevel: number | null;
                            /** @description 工单编号 */
                            number: string;
                            pendingExtension: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            pendingReturn: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            /** @enum {string} */
                            priority: "normal" | "urgent" | "emergency";
                            /** @description 诉求人同意公开 */
                            publicConsent: boolean;
                            reopenCount: number;
                            /** @description ISO 8601 时间 */
                            repliedAt: string | null;
                            replyScore: number | null;
                            resolved: boolean | null;
                            returnCount: number;
                            /** @enum {string|null} */
                            satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                            supervision: {
                                at: string;
                                by: number | null;
                                content: string;
                                /** @enum {string} */
                                kind: "notice" | "urge";
                                replyBy: string;
                            } | null;
                            title: string;
                            transferredTo: string | null;
                            /** @enum {string} */
                            type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                            /** @description 当前持有工单的单位（下派链最后一级） */
                            unitId: number | null;
                            unitName: string | null;
                            /** @description ISO 8601 时间 */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description ISO 8601 时间 */
                            acceptBy: string | null;
                            /** @description ISO 8601 时间 */
                            acceptedAt: string | null;
                            /** @description ISO 8601 时间 */
                            acceptWarnAt: string | null;
                            address: string | null;
                            alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                            assistUnitIds: number[];
                            callbackAttempts: number;
                            /** @description ISO 8601 时间 */
                            callbackDueBy: string | null;
                            /** @description 已脱敏 */
                            caller: {
                                name: string | null;
                                phone: string | null;
                            };
                            categoryId: number | null;
                            categoryName: string | null;
                            /** @description 工单所属中心（中心、分中心或市级中心） */
                            centreId: number | null;
                            centreName: string | null;
                            /** @description 下派链：第 0 级为主办单位，最后一级为当前承办单位 */
                            chain: {
                                /** @description ISO 8601 时间 */
                                acceptBy: string;
                                /** @description ISO 8601 时间 */
                                acceptedAt: string | null;
                                /** @description ISO 8601 时间 */
                                acceptWarnAt: string;
                                alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                /** @description 本级收到工单的时间 */
                                at: string;
                                /** @description 派单员（第 0 级）或上一级经办人的用户 id */
                                delegatedBy: number | null;
                                /** @description 其姓名（工单详情中给出） */
                                delegatedByName: string | null;
                                /** @description ISO 8601 时间 */
                                dueBy: string;
                                /** @description ISO 8601 时间 */
                                dueWarnAt: string;
                                /** @description 上一级单位；第 0 级为 null（热线中心） */
                                fromUnitId: number | null;
                                fromUnitName: string | null;
                                /** @description 0 主办单位，逐级加一 */
                                level: number;
                                /** @description 下派意见（已脱敏） */
                                note: string | null;
                                /** @description 上一级最近一次退回答复的理由 */
                                rejection: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    note: string;
                                } | null;
                                /** @description 待上一级审核的答复（已脱敏；保密工单同正文规则） */
                                reply: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    content: string;
                                    unitId: number;
                                } | null;
                                /**
                                 * @description dispatched 待签收 · handling 办理中 · delegated 已下派 · reviewing 答复待上一级审核
                                 * @enum {string}
                                 */
                                state: "dispatched" | "handling" | "delegated" | "reviewing";
                                unitId: number;
                                unitName: string | null;
                            }[];
                            /** @enum {string} */
                            channel: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                            /** @description ISO 8601 时间 */
                            closedAt: string | null;
                            /** @description 保密工单 */
                            confidential: boolean;
                            content: string;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            directAnswer: boolean;
                            /** @description ISO 8601 时间 */
                            dispatchedAt: string | null;
                            districtId: number | null;
                            districtName: string | null;
                            /** @description ISO 8601 时间 */
                            dueBy: string | null;
                            /** @description ISO 8601 时间 */
                            dueWarnAt: string | null;
                            extendedDays: number;
                            /** @description ISO 8601 时间 */
                            firstRepliedAt: string | null;
                            handlingMinutes: number | null;
                            id: number;
                            /** @description 主办单位（下派链第 0 级）；unitId 是当前持有工单的单位 */
                            leadUnitId: number | null;
                            leadUnitName: string | null;
                            line: string | null;
                            mergedInto: number | null;
                            /** @description 当前用户所在的下派链层级（经办人本单位及下级中最上面的一级）；不在链上为 null */
                            myLevel: number | null;
                            /** @description 工单编号 */
                            number: string;
                            pendingExtension: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            pendingReturn: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            /** @enum {string} */
                            priority: "normal" | "urgent" | "emergency";
                            /** @description 诉求人同意公开 */
                            publicConsent: boolean;
                            reopenCount: number;
                            /** @description ISO 8601 时间 */
                            repliedAt: string | null;
                            replyScore: number | null;
                            resolved: boolean | null;
                            returnCount: number;
                            /** @enum {string|null} */
                            satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                            supervision: {
                                at: string;
                                by: number | null;
                                content: string;
                                /** @enum {string} */
                                kind: "notice" | "urge";
                                replyBy: string;
                            } | null;
                            title: string;
                            transferredTo: string | null;
                            /** @enum {string} */
                            type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                            /** @description 当前持有工单的单位（下派链最后一级） */
                            unitId: number | null;
                            unitName: string | null;
                            /** @description ISO 8601 时间 */
                            updatedAt: string;
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
    "/api/v1/tickets.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出工单列表（Excel，仅当前用户可见的工单，最多 50000 条；个人信息已脱敏） */
        get: {
            parameters: {
                query?: {
                    /** @description 带有该预警的工单，如 handle_overdue */
                    alert?: "accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue";
                    /** @description 分类（含下级） */
                    category?: number;
                    channel?: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                    /** @description 区县 */
                    district?: number;
                    /** @description 受理日期起（含），上海时间 */
                    from?: string;
                    /** @description 归并热线号码 */
                    line?: string;
                    /** @description true: 已超过办理时限的工单 */
                    overdue?: "true" | "false";
                    page?: number;
                    pageSize?: number;
                    /** @description 全文搜索（中文分词），按相关度排序 */
                    q?: string;
                    satisfaction?: "satisfied" | "basically_satisfied" | "unsatisfied";
                    /** @description created 最新在前 | due 办理时限最近在前 | callback 回访时限最近在前 */
                    sort?: "created" | "due" | "callback";
                    /** @description 状态，可用逗号分隔多个 */
                    status?: string;
                    /** @description 受理日期止（含），上海时间 */
                    to?: string;
                    type?: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                    /** @description 主办单位（含下级） */
                    unit?: number;
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
    "/api/v1/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工单详情与全程留痕 */
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
                            /** @description ISO 8601 时间 */
                            acceptBy: string | null;
                            /** @description ISO 8601 时间 */
                            acceptedAt: string | null;
                            /** @description ISO 8601 时间 */
                            acceptWarnAt: string | null;
                            address: string | null;
                            alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                            assistUnitIds: number[];
                            callbackAttempts: number;
                            /** @description ISO 8601 时间 */
                            callbackDueBy: string | null;
                            /** @description 已脱敏 */
                            caller: {
                                name: string | null;
                                phone: string | null;
                            };
                            categoryId: number | null;
                            categoryName: string | null;
                            /** @description 工单所属中心（中心、分中心或市级中心） */
                            centreId: number | null;
                            centreName: string | null;
                            /** @description 下派链：第 0 级为主办单位，最后一级为当前承办单位 */
                            chain: {
                                /** @description ISO 8601 时间 */
                                acceptBy: string;
                                /** @description ISO 8601 时间 */
                                acceptedAt: string | null;
                                /** @description ISO 8601 时间 */
                                acceptWarnAt: string;
                                alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                /** @description 本级收到工单的时间 */
                                at: string;
                                /** @description 派单员（第 0 级）或上一级经办人的用户 id */
                                delegatedBy: number | null;
                                /** @description 其姓名（工单详情中给出） */
                                delegatedByName: string | null;
                                /** @description ISO 8601 时间 */
                                dueBy: string;
                                /** @description ISO 8601 时间 */
                                dueWarnAt: string;
                                /** @description 上一级单位；第 0 级为 null（热线中心） */
                                fromUnitId: number | null;
                                fromUnitName: string | null;
                                /** @description 0 主办单位，逐级加一 */
                                level: number;
                                /** @description 下派意见（已脱敏） */
                                note: string | null;
                                /** @description 上一级最近一次退回答复的理由 */
                                rejection: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    note: string;
                                } | null;
                                /** @description 待上一级审核的答复（已脱敏；保密工单同正文规则） */
                                reply: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    content: string;
                                    unitId: number;
                                } | null;
                                /**
                                 * @description dispatched 待签收 · handling 办理中 · delegated 已下派 · reviewing 答复待上一级审核
                                 * @enum {string}
                                 */
                                state: "dispatched" | "handling" | "delegated" | "reviewing";
                                unitId: number;
                                unitName: string | null;
                            }[];
                            /** @enum {string} */
                            channel: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                            /** @description ISO 8601 时间 */
                            closedAt: string | null;
                            /** @description 保密工单 */
                            confidential: boolean;
                            content: string;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            directAnswer: boolean;
                            /** @description ISO 8601 时间 */
                            dispatchedAt: string | null;
                            districtId: number | null;
                            districtName: string | null;
                            /** @description ISO 8601 时间 */
                            dueBy: string | null;
                            /** @description ISO 8601 时间 */
                            dueWarnAt: string | null;
                            /** @description 全程留痕 */
                            events: {
                                actor: {
                                    id: number | null;
                                    name: string | null;
                                    role: string | null;
                                };
                                /** @description ISO 8601 时间 */
                                at: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                                seq: number;
                                type: string;
                            }[];
                            extendedDays: number;
                            /** @description ISO 8601 时间 */
                            firstRepliedAt: string | null;
                            handlingMinutes: number | null;
                            id: number;
                            /** @description 主办单位（下派链第 0 级）；unitId 是当前持有工单的单位 */
                            leadUnitId: number | null;
                            leadUnitName: string | null;
                            line: string | null;
                            mergedInto: number | null;
                            mergedTickets: {
                                id: number;
                                number: string;
                                title: string;
                            }[];
                            /** @description 当前用户所在的下派链层级（经办人本单位及下级中最上面的一级）；不在链上为 null */
                            myLevel: number | null;
                            /** @description 工单编号 */
                            number: string;
                            pendingExtension: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            pendingReturn: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            /** @enum {string} */
                            priority: "normal" | "urgent" | "emergency";
                            /** @description 诉求人同意公开 */
                            publicConsent: boolean;
                            reopenCount: number;
                            /** @description ISO 8601 时间 */
                            repliedAt: string | null;
                            replyScore: number | null;
                            resolved: boolean | null;
                            returnCount: number;
                            /** @enum {string|null} */
                            satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                            supervision: {
                                at: string;
                                by: number | null;
                                content: string;
                                /** @enum {string} */
                                kind: "notice" | "urge";
                                replyBy: string;
                            } | null;
                            title: string;
                            transferredTo: string | null;
                            /** @enum {string} */
                            type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                            /** @description 当前持有工单的单位（下派链最后一级） */
                            unitId: number | null;
                            unitName: string | null;
                            /** @description ISO 8601 时间 */
                            updatedAt: string;
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
    "/api/v1/tickets/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 签收 */
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
                    "application/json": Record<string, never> | null;
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
                            /** @description ISO 8601 时间 */
                            acceptBy: string | null;
                            /** @description ISO 8601 时间 */
                            acceptedAt: string | null;
                            /** @description ISO 8601 时间 */
                            acceptWarnAt: string | null;
                            address: string | null;
                            alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                            assistUnitIds: number[];
                            callbackAttempts: number;
                            /** @description ISO 8601 时间 */
                            callbackDueBy: string | null;
                            /** @description 已脱敏 */
                            caller: {
                                name: string | null;
                                phone: string | null;
                            };
                            categoryId: number | null;
                            categoryName: string | null;
                            /** @description 工单所属中心（中心、分中心或市级中心） */
                            centreId: number | null;
                            centreName: string | null;
                            /** @description 下派链：第 0 级为主办单位，最后一级为当前承办单位 */
                            chain: {
                                /** @description ISO 8601 时间 */
                                acceptBy: string;
                                /** @description ISO 8601 时间 */
                                acceptedAt: string | null;
                                /** @description ISO 8601 时间 */
                                acceptWarnAt: string;
                                alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                /** @description 本级收到工单的时间 */
                                at: string;
                                /** @description 派单员（第 0 级）或上一级经办人的用户 id */
                                delegatedBy: number | null;
                                /** @description 其姓名（工单详情中给出） */
                                delegatedByName: string | null;
                                /** @description ISO 8601 时间 */
                                dueBy: string;
                                /** @description ISO 8601 时间 */
                                dueWarnAt: string;
                                /** @description 上一级单位；第 0 级为 null（热线中心） */
                                fromUnitId: number | null;
                                fromUnitName: string | null;
                                /** @description 0 主办单位，逐级加一 */
                                level: number;
                                /** @description 下派意见（已脱敏） */
                                note: string | null;
                                /** @description 上一级最近一次退回答复的理由 */
                                rejection: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    note: string;
                                } | null;
                                /** @description 待上一级审核的答复（已脱敏；保密工单同正文规则） */
                                reply: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    content: string;
                                    unitId: number;
                                } | null;
                                /**
                                 * @description dispatched 待签收 · handling 办理中 · delegated 已下派 · reviewing 答复待上一级审核
                                 * @enum {string}
                                 */
                                state: "dispatched" | "handling" | "delegated" | "reviewing";
                                unitId: number;
                                unitName: string | null;
                            }[];
                            /** @enum {string} */
                            channel: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                            /** @description ISO 8601 时间 */
                            closedAt: string | null;
                            /** @description 保密工单 */
                            confidential: boolean;
                            content: string;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            directAnswer: boolean;
                            /** @description ISO 8601 时间 */
                            dispatchedAt: string | null;
                            districtId: number | null;
                            districtName: string | null;
                            /** @description ISO 8601 时间 */
                            dueBy: string | null;
                            /** @description ISO 8601 时间 */
                            dueWarnAt: string | null;
                            extendedDays: number;
                            /** @description ISO 8601 时间 */
                            firstRepliedAt: string | null;
                            handlingMinutes: number | null;
                            id: number;
                            /** @description 主办单位（下派链第 0 级）；unitId 是当前持有工单的单位 */
                            leadUnitId: number | null;
                            leadUnitName: string | null;
                            line: string | null;
                            mergedInto: number | null;
                            /** @description 当前用户所在的下派链层级（经办人本单位及下级中最上面的一级）；不在链上为 null */
                            myLevel: number | null;
                            /** @description 工单编号 */
                            number: string;
                            pendingExtension: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            pendingReturn: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            /** @enum {string} */
                            priority: "normal" | "urgent" | "emergency";
                            /** @description 诉求人同意公开 */
                            publicConsent: boolean;
                            reopenCount: number;
                            /** @description ISO 8601 时间 */
                            repliedAt: string | null;
                            replyScore: number | null;
                            resolved: boolean | null;
                            returnCount: number;
                            /** @enum {string|null} */
                            satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                            supervision: {
                                at: string;
                                by: number | null;
                                content: string;
                                /** @enum {string} */
                                kind: "notice" | "urge";
                                replyBy: string;
                            } | null;
                            title: string;
                            transferredTo: string | null;
                            /** @enum {string} */
                            type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                            /** @description 当前持有工单的单位（下派链最后一级） */
                            unitId: number | null;
                            unitName: string | null;
                            /** @description ISO 8601 时间 */
                            updatedAt: string;
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
    "/api/v1/tickets/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 直接答复 */
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
                        articleId?: number | null;
                        content: string;
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
                            /** @description ISO 8601 时间 */
                            acceptBy: string | null;
                            /** @description ISO 8601 时间 */
                            acceptedAt: string | null;
                            /** @description ISO 8601 时间 */
                            acceptWarnAt: string | null;
                            address: string | null;
                            alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                            assistUnitIds: number[];
                            callbackAttempts: number;
                            /** @description ISO 8601 时间 */
                            callbackDueBy: string | null;
                            /** @description 已脱敏 */
                            caller: {
                                name: string | null;
                                phone: string | null;
                            };
                            categoryId: number | null;
                            categoryName: string | null;
                            /** @description 工单所属中心（中心、分中心或市级中心） */
                            centreId: number | null;
                            centreName: string | null;
                            /** @description 下派链：第 0 级为主办单位，最后一级为当前承办单位 */
                            chain: {
                                /** @description ISO 8601 时间 */
                                acceptBy: string;
                                /** @description ISO 8601 时间 */
                                acceptedAt: string | null;
                                /** @description ISO 8601 时间 */
                                acceptWarnAt: string;
                                alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                /** @description 本级收到工单的时间 */
                                at: string;
                                /** @description 派单员（第 0 级）或上一级经办人的用户 id */
                                delegatedBy: number | null;
                                /** @description 其姓名（工单详情中给出） */
                                delegatedByName: string | null;
                                /** @description ISO 8601 时间 */
                                dueBy: string;
                                /** @description ISO 8601 时间 */
                                dueWarnAt: string;
                                /** @description 上一级单位；第 0 级为 null（热线中心） */
                                fromUnitId: number | null;
                                fromUnitName: string | null;
                                /** @description 0 主办单位，逐级加一 */
                                level: number;
                                /** @description 下派意见（已脱敏） */
                                note: string | null;
                                /** @description 上一级最近一次退回答复的理由 */
                                rejection: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    note: string;
                                } | null;
                                /** @description 待上一级审核的答复（已脱敏；保密工单同正文规则） */
                                reply: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    content: string;
                                    unitId: number;
                                } | null;
                                /**
                                 * @description dispatched 待签收 · handling 办理中 · delegated 已下派 · reviewing 答复待上一级审核
                                 * @enum {string}
                                 */
                                state: "dispatched" | "handling" | "delegated" | "reviewing";
                                unitId: number;
                                unitName: string | null;
                            }[];
                            /** @enum {string} */
                            channel: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                            /** @description ISO 8601 时间 */
                            closedAt: string | null;
                            /** @description 保密工单 */
                            confidential: boolean;
                            content: string;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            directAnswer: boolean;
                            /** @description ISO 8601 时间 */
                            dispatchedAt: string | null;
                            districtId: number | null;
                            districtName: string | null;
                            /** @description ISO 8601 时间 */
                            dueBy: string | null;
                            /** @description ISO 8601 时间 */
                            dueWarnAt: string | null;
                            extendedDays: number;
                            /** @description ISO 8601 时间 */
                            firstRepliedAt: string | null;
                            handlingMinutes: number | null;
                            id: number;
                            /** @description 主办单位（下派链第 0 级）；unitId 是当前持有工单的单位 */
                            leadUnitId: number | null;
                            leadUnitName: string | null;
                            line: string | null;
                            mergedInto: number | null;
                            /** @description 当前用户所在的下派链层级（经办人本单位及下级中最上面的一级）；不在链上为 null */
                            myLevel: number | null;
                            /** @description 工单编号 */
                            number: string;
                            pendingExtension: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            pendingReturn: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            /** @enum {string} */
                            priority: "normal" | "urgent" | "emergency";
                            /** @description 诉求人同意公开 */
                            publicConsent: boolean;
                            reopenCount: number;
                            /** @description ISO 8601 时间 */
                            repliedAt: string | null;
                            replyScore: number | null;
                            resolved: boolean | null;
                            returnCount: number;
                            /** @enum {string|null} */
                            satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                            supervision: {
                                at: string;
                                by: number | null;
                                content: string;
                                /** @enum {string} */
                                kind: "notice" | "urge";
                                replyBy: string;
                            } | null;
                            title: string;
                            transferredTo: string | null;
                            /** @enum {string} */
                            type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                            /** @description 当前持有工单的单位（下派链最后一级） */
                            unitId: number | null;
                            unitName: string | null;
                            /** @description ISO 8601 时间 */
                            updatedAt: string;
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
    "/api/v1/tickets/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 群众提交的照片与邮件附件 */
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
                                contentType: string;
                                /** @description ISO 8601 时间 */
                                createdAt: string;
                                filename: string | null;
                                id: number;
                                size: number;
                                /** @enum {string} */
                                source: "portal" | "email";
                                /** @description 带令牌 GET 下载 */
                                url: string;
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
    "/api/v1/tickets/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载群众提交的照片或附件（记录日志） */
        get: {
            parameters: {
                query?: never;
                header?: never;
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
    "/api/v1/tickets/{id}/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 回访 */
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
                        note?: string | null;
                        reached: boolean;
                        resolved?: boolean | null;
                        /** @enum {string|null} */
                        satisfaction?: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
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
                            /** @description ISO 8601 时间 */
                            acceptBy: string | null;
                            /** @description ISO 8601 时间 */
                            acceptedAt: string | null;
                            /** @description ISO 8601 时间 */
                            acceptWarnAt: string | null;
                            address: string | null;
                            alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                            assistUnitIds: number[];
                            callbackAttempts: number;
                            /** @description ISO 8601 时间 */
                            callbackDueBy: string | null;
                            /** @description 已脱敏 */
                            caller: {
                                name: string | null;
                                phone: string | null;
                            };
                            categoryId: number | null;
                            categoryName: string | null;
                            /** @description 工单所属中心（中心、分中心或市级中心） */
                            centreId: number | null;
                            centreName: string | null;
                            /** @description 下派链：第 0 级为主办单位，最后一级为当前承办单位 */
                            chain: {
                                /** @description ISO 8601 时间 */
                                acceptBy: string;
                                /** @description ISO 8601 时间 */
                                acceptedAt: string | null;
                                /** @description ISO 8601 时间 */
                                acceptWarnAt: string;
                                alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                /** @description 本级收到工单的时间 */
                                at: string;
                                /** @description 派单员（第 0 级）或上一级经办人的用户 id */
                                delegatedBy: number | null;
                                /** @description 其姓名（工单详情中给出） */
                                delegatedByName: string | null;
                                /** @description ISO 8601 时间 */
                                dueBy: string;
                                /** @description ISO 8601 时间 */
                                dueWarnAt: string;
                                /** @description 上一级单位；第 0 级为 null（热线中心） */
                                fromUnitId: number | null;
                                fromUnitName: string | null;
                                /** @description 0 主办单位，逐级加一 */
                                level: number;
                                /** @description 下派意见（已脱敏） */
                                note: string | null;
                                /** @description 上一级最近一次退回答复的理由 */
                                rejection: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    note: string;
                                } | null;
                                /** @description 待上一级审核的答复（已脱敏；保密工单同正文规则） */
                                reply: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    content: string;
                                    unitId: number;
                                } | null;
                                /**
                                 * @description dispatched 待签收 · handling 办理中 · delegated 已下派 · reviewing 答复待上一级审核
                                 * @enum {string}
                                 */
                                state: "dispatched" | "handling" | "delegated" | "reviewing";
                                unitId: number;
                                unitName: string | null;
                            }[];
                            /** @enum {string} */
                            channel: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                            /** @description ISO 8601 时间 */
                            closedAt: string | null;
                            /** @description 保密工单 */
                            confidential: boolean;
                            content: string;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            directAnswer: boolean;
                            /** @description ISO 8601 时间 */
                            dispatchedAt: string | null;
                            districtId: number | null;
                            districtName: string | null;
                            /** @description ISO 8601 时间 */
                            dueBy: string | null;
                            /** @description ISO 8601 时间 */
                            dueWarnAt: string | null;
                            extendedDays: number;
                            /** @description ISO 8601 时间 */
                            firstRepliedAt: string | null;
                            handlingMinutes: number | null;
                            id: number;
                            /** @description 主办单位（下派链第 0 级）；unitId 是当前持有工单的单位 */
                            leadUnitId: number | null;
                            leadUnitName: string | null;
                            line: string | null;
                            mergedInto: number | null;
                            /** @description 当前用户所在的下派链层级（经办人本单位及下级中最上面的一级）；不在链上为 null */
                            myLevel: number | null;
                            /** @description 工单编号 */
                            number: string;
                            pendingExtension: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            pendingReturn: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            /** @enum {string} */
                            priority: "normal" | "urgent" | "emergency";
                            /** @description 诉求人同意公开 */
                            publicConsent: boolean;
                            reopenCount: number;
                            /** @description ISO 8601 时间 */
                            repliedAt: string | null;
                            replyScore: number | null;
                            resolved: boolean | null;
                            returnCount: number;
                            /** @enum {string|null} */
                            satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                            supervision: {
                                at: string;
                                by: number | null;
                                content: string;
                                /** @enum {string} */
                                kind: "notice" | "urge";
                                replyBy: string;
                            } | null;
                            title: string;
                            transferredTo: string | null;
                            /** @enum {string} */
                            type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                            /** @description 当前持有工单的单位（下派链最后一级） */
                            unitId: number | null;
                            unitName: string | null;
                            /** @description ISO 8601 时间 */
                            updatedAt: string;
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
    "/api/v1/tickets/{id}/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工单关联的通话与录音 */
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
                                agent: {
                                    id: number | null;
                                    name: string | null;
                                };
                                /** @description ISO 8601 时间 */
                                answeredAt: string | null;
                                callId: string;
                                /** @description 接通到挂断 */
                                durationSeconds: number | null;
                                /** @description ISO 8601 时间 */
                                endedAt: string | null;
                                extension: string | null;
                                /** @description 已脱敏 */
                                phone: string | null;
                                recordingUrl: string | null;
                                /** @description ISO 8601 时间 */
                                ringingAt: string | null;
                                /** @enum {string} */
                                state: "queued" | "ringing" | "answered" | "ended";
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
    "/api/v1/tickets/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 办结 */
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
                         * @description 未回访办结的原因：declined 诉求人不需要回访，anonymous 匿名，unreachable 三次未接通，confidential 保密工单。已答复的工单须填写，否则 409 callback_required
                         * @enum {string|null}
                         */
                        noCallbackReason?: "declined" | "anonymous" | "unreachable" | "confidential" | null;
                        note?: string | null;
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
                            /** @description ISO 8601 时间 */
                            acceptBy: string | null;
                            /** @description ISO 8601 时间 */
                            acceptedAt: string | null;
                            /** @description ISO 8601 时间 */
                            acceptWarnAt: string | null;
                            address: string | null;
                            alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                            assistUnitIds: number[];
                            callbackAttempts: number;
                            /** @description ISO 8601 时间 */
                            callbackDueBy: string | null;
                            /** @description 已脱敏 */
                            caller: {
                                name: string | null;
                                phone: string | null;
                            };
                            categoryId: number | null;
                            categoryName: string | null;
                            /** @description 工单所属中心（中心、分中心或市级中心） */
                            centreId: number | null;
                            centreName: string | null;
                            /** @description 下派链：第 0 级为主办单位，最后一级为当前承办单位 */
                            chain: {
                                /** @description ISO 8601 时间 */
                                acceptBy: string;
                                /** @description ISO 8601 时间 */
                                acceptedAt: string | null;
                                /** @description ISO 8601 时间 */
                                acceptWarnAt: string;
                                alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                /** @description 本级收到工单的时间 */
                                at: string;
                                /** @description 派单员（第 0 级）或上一级经办人的用户 id */
                                delegatedBy: number | null;
                                /** @description 其姓名（工单详情中给出） */
                                delegatedByName: string | null;
                                /** @description ISO 8601 时间 */
                                dueBy: string;
                                /** @description ISO 8601 时间 */
                                dueWarnAt: string;
                                /** @description 上一级单位；第 0 级为 null（热线中心） */
                                fromUnitId: number | null;
                                fromUnitName: string | null;
                                /** @description 0 主办单位，逐级加一 */
                                level: number;
                                /** @description 下派意见（已脱敏） */
                                note: string | null;
                                /** @description 上一级最近一次退回答复的理由 */
                                rejection: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    note: string;
                                } | null;
                                /** @description 待上一级审核的答复（已脱敏；保密工单同正文规则） */
                                reply: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    content: string;
                                    unitId: number;
                                } | null;
                                /**
                                 * @description dispatched 待签收 · handling 办理中 · delegated 已下派 · reviewing 答复待上一级审核
                                 * @enum {string}
                                 */
                                state: "dispatched" | "handling" | "delegated" | "reviewing";
                                unitId: number;
                                unitName: string | null;
                            }[];
                            /** @enum {string} */
                            channel: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                            /** @description ISO 8601 时间 */
                            closedAt: string | null;
                            /** @description 保密工单 */
                            confidential: boolean;
                            content: string;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            directAnswer: boolean;
                            /** @description ISO 8601 时间 */
                            dispatchedAt: string | null;
                            districtId: number | null;
                            districtName: string | null;
                            /** @description ISO 8601 时间 */
                            dueBy: string | null;
                            /** @description ISO 8601 时间 */
                            dueWarnAt: string | null;
                            extendedDays: number;
                            /** @description ISO 8601 时间 */
                            firstRepliedAt: string | null;
                            handlingMinutes: number | null;
                            id: number;
                            /** @description 主办单位（下派链第 0 级）；unitId 是当前持有工单的单位 */
                            leadUnitId: number | null;
                            leadUnitName: string | null;
                            line: string | null;
                            mergedInto: number | null;
                            /** @description 当前用户所在的下派链层级（经办人本单位及下级中最上面的一级）；不在链上为 null */
                            myLevel: number | null;
                            /** @description 工单编号 */
                            number: string;
                            pendingExtension: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            pendingReturn: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            /** @enum {string} */
                            priority: "normal" | "urgent" | "emergency";
                            /** @description 诉求人同意公开 */
                            publicConsent: boolean;
                            reopenCount: number;
                            /** @description ISO 8601 时间 */
                            repliedAt: string | null;
                            replyScore: number | null;
                            resolved: boolean | null;
                            returnCount: number;
                            /** @enum {string|null} */
                            satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                            supervision: {
                                at: string;
                                by: number | null;
                                content: string;
                                /** @enum {string} */
                                kind: "notice" | "urge";
                                replyBy: string;
                            } | null;
                            title: string;
                            transferredTo: string | null;
                            /** @enum {string} */
                            type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                            /** @description 当前持有工单的单位（下派链最后一级） */
                            unitId: number | null;
                            unitName: string | null;
                            /** @description ISO 8601 时间 */
                            updatedAt: string;
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
    "/api/v1/tickets/{id}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录公开意愿 */
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
                        /** @description true：诉求人同意将诉求（隐去个人信息后）公开；false：不同意或撤回。保密工单不能公开（409） */
                        publicConsent: boolean;
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
                            /** @description ISO 8601 时间 */
                            acceptBy: string | null;
                            /** @description ISO 8601 时间 */
                            acceptedAt: string | null;
                            /** @description ISO 8601 时间 */
                            acceptWarnAt: string | null;
                            address: string | null;
                            alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                            assistUnitIds: number[];
                            callbackAttempts: number;
                            /** @description ISO 8601 时间 */
                            callbackDueBy: string | null;
                            /** @description 已脱敏 */
                            caller: {
                                name: string | null;
                                phone: string | null;
                            };
                            categoryId: number | null;
                            categoryName: string | null;
                            /** @description 工单所属中心（中心、分中心或市级中心） */
                            centreId: number | null;
                            centreName: string | null;
                            /** @description 下派链：第 0 级为主办单位，最后一级为当前承办单位 */
                            chain: {
                                /** @description ISO 8601 时间 */
                                acceptBy: string;
                                /** @description ISO 8601 时间 */
                                acceptedAt: string | null;
                                /** @description ISO 8601 时间 */
                                acceptWarnAt: string;
                                alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                /** @description 本级收到工单的时间 */
                                at: string;
                                /** @description 派单员（第 0 级）或上一级经办人的用户 id */
                                delegatedBy: number | null;
                                /** @description 其姓名（工单详情中给出） */
                                delegatedByName: string | null;
                                /** @description ISO 8601 时间 */
                                dueBy: string;
                                /** @description ISO 8601 时间 */
                                dueWarnAt: string;
                                /** @description 上一级单位；第 0 级为 null（热线中心） */
                                fromUnitId: number | null;
                                fromUnitName: string | null;
                                /** @description 0 主办单位，逐级加一 */
                                level: number;
                                /** @description 下派意见（已脱敏） */
                                note: string | null;
                                /** @description 上一级最近一次退回答复的理由 */
                                rejection: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    note: string;
                                } | null;
                                /** @description 待上一级审核的答复（已脱敏；保密工单同正文规则） */
                                reply: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    content: string;
                                    unitId: number;
                                } | null;
                                /**
                                 * @description dispatched 待签收 · handling 办理中 · delegated 已下派 · reviewing 答复待上一级审核
                                 * @enum {string}
                                 */
                                state: "dispatched" | "handling" | "delegated" | "reviewing";
                                unitId: number;
                                unitName: string | null;
                            }[];
                            /** @enum {string} */
                            channel: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                            /** @description ISO 8601 时间 */
                            closedAt: string | null;
                            /** @description 保密工单 */
                            confidential: boolean;
                            content: string;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            directAnswer: boolean;
                            /** @description ISO 8601 时间 */
                            dispatchedAt: string | null;
                            districtId: number | null;
                            districtName: string | null;
                            /** @description ISO 8601 时间 */
                            dueBy: string | null;
                            /** @description ISO 8601 时间 */
                            dueWarnAt: string | null;
                            extendedDays: number;
                            /** @description ISO 8601 时间 */
                            firstRepliedAt: string | null;
                            handlingMinutes: number | null;
                            id: number;
                            /** @description 主办单位（下派链第 0 级）；unitId 是当前持有工单的单位 */
                            leadUnitId: number | null;
                            leadUnitName: string | null;
                            line: string | null;
                            mergedInto: number | null;
                            /** @description 当前用户所在的下派链层级（经办人本单位及下级中最上面的一级）；不在链上为 null */
                            myLevel: number | null;
                            /** @description 工单编号 */
                            number: string;
                            pendingExtension: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            pendingReturn: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            /** @enum {string} */
                            priority: "normal" | "urgent" | "emergency";
                            /** @description 诉求人同意公开 */
                            publicConsent: boolean;
                            reopenCount: number;
                            /** @description ISO 8601 时间 */
                            repliedAt: string | null;
                            replyScore: number | null;
                            resolved: boolean | null;
                            returnCount: number;
                            /** @enum {string|null} */
                            satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                            supervision: {
                                at: string;
                                by: number | null;
                                content: string;
                                /** @enum {string} */
                                kind: "notice" | "urge";
                                replyBy: string;
                            } | null;
                            title: string;
                            transferredTo: string | null;
                            /** @enum {string} */
                            type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                            /** @description 当前持有工单的单位（下派链最后一级） */
                            unitId: number | null;
                            unitName: string | null;
                            /** @description ISO 8601 时间 */
                            updatedAt: string;
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
    "/api/v1/tickets/{id}/delegate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 下派 */
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
                        note?: string | null;
                        /** @description 下派给的下级单位（须在当前承办单位之下） */
                        unitId: number;
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
                            /** @description ISO 8601 时间 */
                            acceptBy: string | null;
                            /** @description ISO 8601 时间 */
                            acceptedAt: string | null;
                            /** @description ISO 8601 时间 */
                            acceptWarnAt: string | null;
                            address: string | null;
                            alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                            assistUnitIds: number[];
                            callbackAttempts: number;
                            /** @description ISO 8601 时间 */
                            callbackDueBy: string | null;
                            /** @description 已脱敏 */
                            caller: {
                                name: string | null;
                                phone: string | null;
                            };
                            categoryId: number | null;
                            categoryName: string | null;
                            /** @description 工单所属中心（中心、分中心或市级中心） */
                            centreId: number | null;
                            centreName: string | null;
                            /** @description 下派链：第 0 级为主办单位，最后一级为当前承办单位 */
                            chain: {
                                /** @description ISO 8601 时间 */
                                acceptBy: string;
                                /** @description ISO 8601 时间 */
                                acceptedAt: string | null;
                                /** @description ISO 8601 时间 */
                                acceptWarnAt: string;
                                alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                /** @description 本级收到工单的时间 */
                                at: string;
                                /** @description 派单员（第 0 级）或上一级经办人的用户 id */
                                delegatedBy: number | null;
                                /** @description 其姓名（工单详情中给出） */
                                delegatedByName: string | null;
                                /** @description ISO 8601 时间 */
                                dueBy: string;
                                /** @description ISO 8601 时间 */
                                dueWarnAt: string;
                                /** @description 上一级单位；第 0 级为 null（热线中心） */
                                fromUnitId: number | null;
                                fromUnitName: string | null;
                                /** @description 0 主办单位，逐级加一 */
                                level: number;
                                /** @description 下派意见（已脱敏） */
                                note: string | null;
                                /** @description 上一级最近一次退回答复的理由 */
                                rejection: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    note: string;
                                } | null;
                                /** @description 待上一级审核的答复（已脱敏；保密工单同正文规则） */
                                reply: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    content: string;
                                    unitId: number;
                                } | null;
                                /**
                                 * @description dispatched 待签收 · handling 办理中 · delegated 已下派 · reviewing 答复待上一级审核
                                 * @enum {string}
                                 */
                                state: "dispatched" | "handling" | "delegated" | "reviewing";
                                unitId: number;
                                unitName: string | null;
                            }[];
                            /** @enum {string} */
                            channel: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                            /** @description ISO 8601 时间 */
                            closedAt: string | null;
                            /** @description 保密工单 */
                            confidential: boolean;
                            content: string;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            directAnswer: boolean;
                            /** @description ISO 8601 时间 */
                            dispatchedAt: string | null;
                            districtId: number | null;
                            districtName: string | null;
                            /** @description ISO 8601 时间 */
                            dueBy: string | null;
                            /** @description ISO 8601 时间 */
                            dueWarnAt: string | null;
                            extendedDays: number;
                            /** @description ISO 8601 时间 */
                            firstRepliedAt: string | null;
                            handlingMinutes: number | null;
                            id: number;
                            /** @description 主办单位（下派链第 0 级）；unitId 是当前持有工单的单位 */
                            leadUnitId: number | null;
                            leadUnitName: string | null;
                            line: string | null;
                            mergedInto: number | null;
                            /** @description 当前用户所在的下派链层级（经办人本单位及下级中最上面的一级）；不在链上为 null */
                            myLevel: number | null;
                            /** @description 工单编号 */
                            number: string;
                            pendingExtension: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            pendingReturn: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            /** @enum {string} */
                            priority: "normal" | "urgent" | "emergency";
                            /** @description 诉求人同意公开 */
                            publicConsent: boolean;
                            reopenCount: number;
                            /** @description ISO 8601 时间 */
                            repliedAt: string | null;
                            replyScore: number | null;
                            resolved: boolean | null;
                            returnCount: number;
                            /** @enum {string|null} */
                            satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                            supervision: {
                                at: string;
                                by: number | null;
                                content: string;
                                /** @enum {string} */
                                kind: "notice" | "urge";
                                replyBy: string;
                            } | null;
                            title: string;
                            transferredTo: string | null;
                            /** @enum {string} */
                            type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                            /** @description 当前持有工单的单位（下派链最后一级） */
                            unitId: number | null;
                            unitName: string | null;
                            /** @description ISO 8601 时间 */
                            updatedAt: string;
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
    "/api/v1/tickets/{id}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 派单 */
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
                        assistUnitIds?: number[];
                        /** @description 改分类：派单同时改正诉求分类（时限按新分类计算） */
                        categoryId?: number | null;
                        note?: string | null;
                        unitId: number;
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
                            /** @description ISO 8601 时间 */
                            acceptBy: string | null;
                            /** @description ISO 8601 时间 */
                            acceptedAt: string | null;
                            /** @description ISO 8601 时间 */
                            acceptWarnAt: string | null;
                            address: string | null;
                            alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                            assistUnitIds: number[];
                            callbackAttempts: number;
                            /** @description ISO 8601 时间 */
                            callbackDueBy: string | null;
                            /** @description 已脱敏 */
                            caller: {
                                name: string | null;
                                phone: string | null;
                            };
                            categoryId: number | null;
                            categoryName: string | null;
                            /** @description 工单所属中心（中心、分中心或市级中心） */
                            centreId: number | null;
                            centreName: string | null;
                            /** @description 下派链：第 0 级为主办单位，最后一级为当前承办单位 */
                            chain: {
                                /** @description ISO 8601 时间 */
                                acceptBy: string;
                                /** @description ISO 8601 时间 */
                                acceptedAt: string | null;
                                /** @description ISO 8601 时间 */
                                acceptWarnAt: string;
                                alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                /** @description 本级收到工单的时间 */
                                at: string;
                                /** @description 派单员（第 0 级）或上一级经办人的用户 id */
                                delegatedBy: number | null;
                                /** @description 其姓名（工单详情中给出） */
                                delegatedByName: string | null;
                                /** @description ISO 8601 时间 */
                                dueBy: string;
                                /** @description ISO 8601 时间 */
                                dueWarnAt: string;
                                /** @description 上一级单位；第 0 级为 null（热线中心） */
                                fromUnitId: number | null;
                                fromUnitName: string | null;
                                /** @description 0 主办单位，逐级加一 */
                                level: number;
                                /** @description 下派意见（已脱敏） */
                                note: string | null;
                                /** @description 上一级最近一次退回答复的理由 */
                                rejection: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    note: string;
                                } | null;
                                /** @description 待上一级审核的答复（已脱敏；保密工单同正文规则） */
                                reply: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    content: string;
                                    unitId: number;
                                } | null;
                                /**
                                 * @description dispatched 待签收 · handling 办理中 · delegated 已下派 · reviewing 答复待上一级审核
                                 * @enum {string}
                                 */
                                state: "dispatched" | "handling" | "delegated" | "reviewing";
                                unitId: number;
                                unitName: string | null;
                            }[];
                            /** @enum {string} */
                            channel: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                            /** @description ISO 8601 时间 */
                            closedAt: string | null;
                            /** @description 保密工单 */
                            confidential: boolean;
                            content: string;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            directAnswer: boolean;
                            /** @description ISO 8601 时间 */
                            dispatchedAt: string | null;
                            districtId: number | null;
                            districtName: string | null;
                            /** @description ISO 8601 时间 */
                            dueBy: string | null;
                            /** @description ISO 8601 时间 */
                            dueWarnAt: string | null;
                            extendedDays: number;
                            /** @description ISO 8601 时间 */
                            firstRepliedAt: string | null;
                            handlingMinutes: number | null;
                            id: number;
                            /** @description 主办单位（下派链第 0 级）；unitId 是当前持有工单的单位 */
                            leadUnitId: number | null;
                            leadUnitName: string | null;
                            line: string | null;
                            mergedInto: number | null;
                            /** @description 当前用户所在的下派链层级（经办人本单位及下级中最上面的一级）；不在链上为 null */
                            myLevel: number | null;
                            /** @description 工单编号 */
                            number: string;
                            pendingExtension: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            pendingReturn: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            /** @enum {string} */
                            priority: "normal" | "urgent" | "emergency";
                            /** @description 诉求人同意公开 */
                            publicConsent: boolean;
                            reopenCount: number;
                            /** @description ISO 8601 时间 */
                            repliedAt: string | null;
                            replyScore: number | null;
                            resolved: boolean | null;
                            returnCount: number;
                            /** @enum {string|null} */
                            satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                            supervision: {
                                at: string;
                                by: number | null;
                                content: string;
                                /** @enum {string} */
                                kind: "notice" | "urge";
                                replyBy: string;
                            } | null;
                            title: string;
                            transferredTo: string | null;
                            /** @enum {string} */
                            type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                            /** @description 当前持有工单的单位（下派链最后一级） */
                            unitId: number | null;
                            unitName: string | null;
                            /** @description ISO 8601 时间 */
                            updatedAt: string;
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
    "/api/v1/tickets/{id}/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 来信工单的邮件信息（发件人已脱敏） */
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
                            /** @description 发件人地址（已脱敏） */
                            from: string;
                            fromName: string | null;
                            /** @description ISO 8601 时间 */
                            receivedAt: string;
                            /** @description 受理回执邮件发出时间 */
                            repliedAt: string | null;
                            subject: string | null;
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
    "/api/v1/tickets/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申请延期 */
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
                        days: number;
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
                            /** @description ISO 8601 时间 */
                            acceptBy: string | null;
                            /** @description ISO 8601 时间 */
                            acceptedAt: string | null;
                            /** @description ISO 8601 时间 */
                            acceptWarnAt: string | null;
                            address: string | null;
                            alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                            assistUnitIds: number[];
                            callbackAttempts: number;
                            /** @description ISO 8601 时间 */
                            callbackDueBy: string | null;
                            /** @description 已脱敏 */
                            caller: {
                                name: string | null;
                                phone: string | null;
                            };
                            categoryId: number | null;
                            categoryName: string | null;
                            /** @description 工单所属中心（中心、分中心或市级中心） */
                            centreId: number | null;
                            centreName: string | null;
                            /** @description 下派链：第 0 级为主办单位，最后一级为当前承办单位 */
                            chain: {
                                /** @description ISO 8601 时间 */
                                acceptBy: string;
                                /** @description ISO 8601 时间 */
                                acceptedAt: string | null;
                                /** @description ISO 8601 时间 */
                                acceptWarnAt: string;
                                alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                /** @description 本级收到工单的时间 */
                                at: string;
                                /** @description 派单员（第 0 级）或上一级经办人的用户 id */
                                delegatedBy: number | null;
                                /** @description 其姓名（工单详情中给出） */
                                delegatedByName: string | null;
                                /** @description ISO 8601 时间 */
                                dueBy: string;
                                /** @description ISO 8601 时间 */
                                dueWarnAt: string;
                                /** @description 上一级单位；第 0 级为 null（热线中心） */
                                fromUnitId: number | null;
                                fromUnitName: string | null;
                                /** @description 0 主办单位，逐级加一 */
                                level: number;
                                /** @description 下派意见（已脱敏） */
                                note: string | null;
                                /** @description 上一级最近一次退回答复的理由 */
                                rejection: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    note: string;
                                } | null;
                                /** @description 待上一级审核的答复（已脱敏；保密工单同正文规则） */
                                reply: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    content: string;
                                    unitId: number;
                                } | null;
                                /**
                                 * @description dispatched 待签收 · handling 办理中 · delegated 已下派 · reviewing 答复待上一级审核
                                 * @enum {string}
                                 */
                                state: "dispatched" | "handling" | "delegated" | "reviewing";
                                unitId: number;
                                unitName: string | null;
                            }[];
                            /** @enum {string} */
                            channel: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                            /** @description ISO 8601 时间 */
                            closedAt: string | null;
                            /** @description 保密工单 */
                            confidential: boolean;
                            content: string;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            directAnswer: boolean;
                            /** @description ISO 8601 时间 */
                            dispatchedAt: string | null;
                            districtId: number | null;
                            districtName: string | null;
                            /** @description ISO 8601 时间 */
                            dueBy: string | null;
                            /** @description ISO 8601 时间 */
                            dueWarnAt: string | null;
                            extendedDays: number;
                            /** @description ISO 8601 时间 */
                            firstRepliedAt: string | null;
                            handlingMinutes: number | null;
                            id: number;
                            /** @description 主办单位（下派链第 0 级）；unitId 是当前持有工单的单位 */
                            leadUnitId: number | null;
                            leadUnitName: string | null;
                            line: string | null;
                            mergedInto: number | null;
                            /** @description 当前用户所在的下派链层级（经办人本单位及下级中最上面的一级）；不在链上为 null */
                            myLevel: number | null;
                            /** @description 工单编号 */
                            number: string;
                            pendingExtension: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            pendingReturn: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            /** @enum {string} */
                            priority: "normal" | "urgent" | "emergency";
                            /** @description 诉求人同意公开 */
                            publicConsent: boolean;
                            reopenCount: number;
                            /** @description ISO 8601 时间 */
                            repliedAt: string | null;
                            replyScore: number | null;
                            resolved: boolean | null;
                            returnCount: number;
                            /** @enum {string|null} */
                            satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                            supervision: {
                                at: string;
                                by: number | null;
                                content: string;
                                /** @enum {string} */
                                kind: "notice" | "urge";
                                replyBy: string;
                            } | null;
                            title: string;
                            transferredTo: string | null;
                            /** @enum {string} */
                            type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                            /** @description 当前持有工单的单位（下派链最后一级） */
                            unitId: number | null;
                            unitName: string | null;
                            /** @description ISO 8601 时间 */
                            updatedAt: string;
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
    "/api/v1/tickets/{id}/handoffs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工单关联通话中的转接与三方通话记录 */
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
                                callId: string;
                                /** @description 电话系统给出的说明（失败原因等） */
                                detail: string | null;
                                /**
                                 * @description transfer 一键转接 | conference 三方通话
                                 * @enum {string}
                                 */
                                mode: "transfer" | "conference";
                                requestedAt: string;
                                requestedBy: string | null;
                                requestId: string;
                                settledAt: string | null;
                                /**
                                 * @description pending 发送中 | sent 已发送、等待结果 | connected 已接通 | failed 失败
                                 * @enum {string}
                                 */
                                status: "pending" | "sent" | "connected" | "failed";
                                target: string;
                                targetLabel: string | null;
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
    "/api/v1/tickets/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 并单 */
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
                        intoId: number;
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
                            /** @description ISO 8601 时间 */
                            acceptBy: string | null;
                            /** @description ISO 8601 时间 */
                            acceptedAt: string | null;
                            /** @description ISO 8601 时间 */
                            acceptWarnAt: string | null;
                            address: string | null;
                            alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                            assistUnitIds: number[];
                            callbackAttempts: number;
                            /** @description ISO 8601 时间 */
                            callbackDueBy: string | null;
                            /** @description 已脱敏 */
                            caller: {
                                name: string | null;
                                phone: string | null;
                            };
                            categoryId: number | null;
                            categoryName: string | null;
                            /** @description 工单所属中心（中心、分中心或市级中心） */
                            centreId: number | null;
                            centreName: string | null;
                            /** @description 下派链：第 0 级为主办单位，最后一级为当前承办单位 */
                            chain: {
                                /** @description ISO 8601 时间 */
                                acceptBy: string;
                                /** @description ISO 8601 时间 */
                                acceptedAt: string | null;
                                /** @description ISO 8601 时间 */
                                acceptWarnAt: string;
                                alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                /** @description 本级收到工单的时间 */
                                at: string;
                                /** @description 派单员（第 0 级）或上一级经办人的用户 id */
                                delegatedBy: number | null;
                                /** @description 其姓名（工单详情中给出） */
                                delegatedByName: string | null;
                                /** @description ISO 8601 时间 */
                                dueBy: string;
                                /** @description ISO 8601 时间 */
                                dueWarnAt: string;
                                /** @description 上一级单位；第 0 级为 null（热线中心） */
                                fromUnitId: number | null;
                                fromUnitName: string | null;
                                /** @description 0 主办单位，逐级加一 */
                                level: number;
                                /** @description 下派意见（已脱敏） */
                                note: string | null;
                                /** @description 上一级最近一次退回答复的理由 */
                                rejection: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    note: string;
                                } | null;
                                /** @description 待上一级审核的答复（已脱敏；保密工单同正文规则） */
                                reply: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    content: string;
                                    unitId: number;
                                } | null;
                                /**
                                 * @description dispatched 待签收 · handling 办理中 · delegated 已下派 · reviewing 答复待上一级审核
                                 * @enum {string}
                                 */
                                state: "dispatched" | "handling" | "delegated" | "reviewing";
                                unitId: number;
                                unitName: string | null;
                            }[];
                            /** @enum {string} */
                            channel: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                            /** @description ISO 8601 时间 */
                            closedAt: string | null;
                            /** @description 保密工单 */
                            confidential: boolean;
                            content: string;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            directAnswer: boolean;
                            /** @description ISO 8601 时间 */
                            dispatchedAt: string | null;
                            districtId: number | null;
                            districtName: string | null;
                            /** @description ISO 8601 时间 */
                            dueBy: string | null;
                            /** @description ISO 8601 时间 */
                            dueWarnAt: string | null;
                            extendedDays: number;
                            /** @description ISO 8601 时间 */
                            firstRepliedAt: string | null;
                            handlingMinutes: number | null;
                            id: number;
                            /** @description 主办单位（下派链第 0 级）；unitId 是当前持有工单的单位 */
                            leadUnitId: number | null;
                            leadUnitName: string | null;
                            line: string | null;
                            mergedInto: number | null;
                            /** @description 当前用户所在的下派链层级（经办人本单位及下级中最上面的一级）；不在链上为 null */
                            myLevel: number | null;
                            /** @description 工单编号 */
                            number: string;
                            pendingExtension: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            pendingReturn: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            /** @enum {string} */
                            priority: "normal" | "urgent" | "emergency";
                            /** @description 诉求人同意公开 */
                            publicConsent: boolean;
                            reopenCount: number;
                            /** @description ISO 8601 时间 */
                            repliedAt: string | null;
                            replyScore: number | null;
                            resolved: boolean | null;
                            returnCount: number;
                            /** @enum {string|null} */
                            satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                            supervision: {
                                at: string;
                                by: number | null;
                                content: string;
                                /** @enum {string} */
                                kind: "notice" | "urge";
                                replyBy: string;
                            } | null;
                            title: string;
                            transferredTo: string | null;
                            /** @enum {string} */
                            type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                            /** @description 当前持有工单的单位（下派链最后一级） */
                            unitId: number | null;
                            unitName: string | null;
                            /** @description ISO 8601 时间 */
                            updatedAt: string;
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
    "/api/v1/tickets/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 移交中心 */
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
                        /** @description 移交给的中心（分中心、市级中心；须是本中心或其下属中心） */
                        centreId: number;
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
                            /** @description ISO 8601 时间 */
                            acceptBy: string | null;
                            /** @description ISO 8601 时间 */
                            acceptedAt: string | null;
                            /** @description ISO 8601 时间 */
                            acceptWarnAt: string | null;
                            address: string | null;
                            alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                            assistUnitIds: number[];
                            callbackAttempts: number;
                            /** @description ISO 8601 时间 */
                            callbackDueBy: string | null;
                            /** @description 已脱敏 */
                            caller: {
                                name: string | null;
                                phone: string | null;
                            };
                            categoryId: number | null;
                            categoryName: string | null;
                            /** @description 工单所属中心（中心、分中心或市级中心） */
                            centreId: number | null;
                            centreName: string | null;
                            /** @description 下派链：第 0 级为主办单位，最后一级为当前承办单位 */
                            chain: {
                                /** @description ISO 8601 时间 */
                                acceptBy: string;
                                /** @description ISO 8601 时间 */
                                acceptedAt: string | null;
                                /** @description ISO 8601 时间 */
                                acceptWarnAt: string;
                                alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                /** @description 本级收到工单的时间 */
                                at: string;
                                /** @description 派单员（第 0 级）或上一级经办人的用户 id */
                                delegatedBy: number | null;
                                /** @description 其姓名（工单详情中给出） */
                                delegatedByName: string | null;
                                /** @description ISO 8601 时间 */
                                dueBy: string;
                                /** @description ISO 8601 时间 */
                                dueWarnAt: string;
                                /** @description 上一级单位；第 0 级为 null（热线中心） */
                                fromUnitId: number | null;
                                fromUnitName: string | null;
                                /** @description 0 主办单位，逐级加一 */
                                level: number;
                                /** @description 下派意见（已脱敏） */
                                note: string | null;
                                /** @description 上一级最近一次退回答复的理由 */
                                rejection: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    note: string;
                                } | null;
                                /** @description 待上一级审核的答复（已脱敏；保密工单同正文规则） */
                                reply: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    content: string;
                                    unitId: number;
                                } | null;
                                /**
                                 * @description dispatched 待签收 · handling 办理中 · delegated 已下派 · reviewing 答复待上一级审核
                                 * @enum {string}
                                 */
                                state: "dispatched" | "handling" | "delegated" | "reviewing";
                                unitId: number;
                                unitName: string | null;
                            }[];
                            /** @enum {string} */
                            channel: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                            /** @description ISO 8601 时间 */
                            closedAt: string | null;
                            /** @description 保密工单 */
                            confidential: boolean;
                            content: string;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            directAnswer: boolean;
                            /** @description ISO 8601 时间 */
                            dispatchedAt: string | null;
                            districtId: number | null;
                            districtName: string | null;
                            /** @description ISO 8601 时间 */
                            dueBy: string | null;
                            /** @description ISO 8601 时间 */
                            dueWarnAt: string | null;
                            extendedDays: number;
                            /** @description ISO 8601 时间 */
                            firstRepliedAt: string | null;
                            handlingMinutes: number | null;
                            id: number;
                            /** @description 主办单位（下派链第 0 级）；unitId 是当前持有工单的单位 */
                            leadUnitId: number | null;
                            leadUnitName: string | null;
                            line: string | null;
                            mergedInto: number | null;
                            /** @description 当前用户所在的下派链层级（经办人本单位及下级中最上面的一级）；不在链上为 null */
                            myLevel: number | null;
                            /** @description 工单编号 */
                            number: string;
                            pendingExtension: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            pendingReturn: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            /** @enum {string} */
                            priority: "normal" | "urgent" | "emergency";
                            /** @description 诉求人同意公开 */
                            publicConsent: boolean;
                            reopenCount: number;
                            /** @description ISO 8601 时间 */
                            repliedAt: string | null;
                            replyScore: number | null;
                            resolved: boolean | null;
                            returnCount: number;
                            /** @enum {string|null} */
                            satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                            supervision: {
                                at: string;
                                by: number | null;
                                content: string;
                                /** @enum {string} */
                                kind: "notice" | "urge";
                                replyBy: string;
                            } | null;
                            title: string;
                            transferredTo: string | null;
                            /** @enum {string} */
                            type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                            /** @description 当前持有工单的单位（下派链最后一级） */
                            unitId: number | null;
                            unitName: string | null;
                            /** @description ISO 8601 时间 */
                            updatedAt: string;
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
    "/api/v1/tickets/{id}/note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 补充说明 */
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
                        content: string;
                        /** @description true：群众补充诉求（话务员登记来电补充）；缺省为工作人员备注 */
                        fromCitizen?: boolean;
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
                            /** @description ISO 8601 时间 */
                            acceptBy: string | null;
                            /** @description ISO 8601 时间 */
                            acceptedAt: string | null;
                            /** @description ISO 8601 时间 */
                            acceptWarnAt: string | null;
                            address: string | null;
                            alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                            assistUnitIds: number[];
                            callbackAttempts: number;
                            /** @description ISO 8601 时间 */
                            callbackDueBy: string | null;
                            /** @description 已脱敏 */
                            caller: {
                                name: string | null;
                                phone: string | null;
                            };
                            categoryId: number | null;
                            categoryName: string | null;
                            /** @description 工单所属中心（中心、分中心或市级中心） */
                            centreId: number | null;
                            centreName: string | null;
                            /** @description 下派链：第 0 级为主办单位，最后一级为当前承办单位 */
                            chain: {
                                /** @description ISO 8601 时间 */
                                acceptBy: string;
                                /** @description ISO 8601 时间 */
                                acceptedAt: string | null;
                                /** @description ISO 8601 时间 */
                                acceptWarnAt: string;
                                alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                /** @description 本级收到工单的时间 */
                                at: string;
                                /** @description 派单员（第 0 级）或上一级经办人的用户 id */
                                delegatedBy: number | null;
                                /** @description 其姓名（工单详情中给出） */
                                delegatedByName: string | null;
                                /** @description ISO 8601 时间 */
                                dueBy: string;
                                /** @description ISO 8601 时间 */
                                dueWarnAt: string;
                                /** @description 上一级单位；第 0 级为 null（热线中心） */
                                fromUnitId: number | null;
                                fromUnitName: string | null;
                                /** @description 0 主办单位，逐级加一 */
                                level: number;
                                /** @description 下派意见（已脱敏） */
                                note: string | null;
                                /** @description 上一级最近一次退回答复的理由 */
                                rejection: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    note: string;
                                } | null;
                                /** @description 待上一级审核的答复（已脱敏；保密工单同正文规则） */
                                reply: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    content: string;
                                    unitId: number;
                                } | null;
                                /**
                                 * @description dispatched 待签收 · handling 办理中 · delegated 已下派 · reviewing 答复待上一级审核
                                 * @enum {string}
                                 */
                                state: "dispatched" | "handling" | "delegated" | "reviewing";
                                unitId: number;
                                unitName: string | null;
                            }[];
                            /** @enum {string} */
                            channel: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                            /** @description ISO 8601 时间 */
                            closedAt: string | null;
                            /** @description 保密工单 */
                            confidential: boolean;
                            content: string;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            directAnswer: boolean;
                            /** @description ISO 8601 时间 */
                            dispatchedAt: string | null;
                            districtId: number | null;
                            districtName: string | null;
                            /** @description ISO 8601 时间 */
                            dueBy: string | null;
                            /** @description ISO 8601 时间 */
                            dueWarnAt: string | null;
                            extendedDays: number;
                            /** @description ISO 8601 时间 */
                            firstRepliedAt: string | null;
                            handlingMinutes: number | null;
                            id: number;
                            /** @description 主办单位（下派链第 0 级）；unitId 是当前持有工单的单位 */
                            leadUnitId: number | null;
                            leadUnitName: string | null;
                            line: string | null;
                            mergedInto: number | null;
                            /** @description 当前用户所在的下派链层级（经办人本单位及下级中最上面的一级）；不在链上为 null */
                            myLevel: number | null;
                            /** @description 工单编号 */
                            number: string;
                            pendingExtension: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            pendingReturn: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            /** @enum {string} */
                            priority: "normal" | "urgent" | "emergency";
                            /** @description 诉求人同意公开 */
                            publicConsent: boolean;
                            reopenCount: number;
                            /** @description ISO 8601 时间 */
                            repliedAt: string | null;
                            replyScore: number | null;
                            resolved: boolean | null;
                            returnCount: number;
                            /** @enum {string|null} */
                            satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                            supervision: {
                                at: string;
                                by: number | null;
                                content: string;
                                /** @enum {string} */
                                kind: "notice" | "urge";
                                replyBy: string;
                            } | null;
                            title: string;
                            transferredTo: string | null;
                            /** @enum {string} */
                            type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                            /** @description 当前持有工单的单位（下派链最后一级） */
                            unitId: number | null;
                            unitName: string | null;
                            /** @description ISO 8601 时间 */
                            updatedAt: string;
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
    "/api/v1/tickets/{id}/police": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工单的 110 联动：警情编号、转警状态、反馈（反馈内容见全程留痕） */
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
                                /** @description 转警后应在此前收到 110 确认（未确认则提醒中心） */
                                ackDueAt: string | null;
                                acknowledgedAt: string | null;
                                alertedAt: string | null;
                                createdAt: string;
                                /**
                                 * @description out 转警；in 110 移交的非警务警情
                                 * @enum {string}
                                 */
                                direction: "out" | "in";
                                id: number;
                                messages: {
                                    attempts: number;
                                    createdAt: string;
                                    deliveredAt: string | null;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "transfer" | "result";
                                    lastError: string | null;
                                    lastStatus: number | null;
                                    nextAttemptAt: string | null;
                                    /** @enum {string} */
                                    status: "pending" | "delivered" | "dead";
                                }[];
                                policeRecordId: string | null;
                                service: string;
                                /** @enum {string} */
                                state: "pending" | "sent" | "received" | "dispatched" | "handled" | "failed" | "open" | "closed";
                                ticketId: number;
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
    "/api/v1/tickets/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 不予受理 */
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
                        /** @description 说明；理由为 other 时必填 */
                        note?: string | null;
                        /**
                         * @description 不予受理的理由：litigation 涉诉，arbitration 涉仲裁，discipline 纪检监察，reconsideration 行政复议，disclosure 政府信息公开，petition 已进入信访程序，secret 涉及国家秘密、商业秘密，public_order 违反公序良俗，other 其他（须填写 note）
                         * @enum {string}
                         */
                        reason: "litigation" | "arbitration" | "discipline" | "reconsideration" | "disclosure" | "petition" | "secret" | "public_order" | "other";
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
                            /** @description ISO 8601 时间 */
                            acceptBy: string | null;
                            /** @description ISO 8601 时间 */
                            acceptedAt: string | null;
                            /** @description ISO 8601 时间 */
                            acceptWarnAt: string | null;
                            address: string | null;
                            alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                            assistUnitIds: number[];
                            callbackAttempts: number;
                            /** @description ISO 8601 时间 */
                            callbackDueBy: string | null;
                            /** @description 已脱敏 */
                            caller: {
                                name: string | null;
                                phone: string | null;
                            };
                            categoryId: number | null;
                            categoryName: string | null;
                            /** @description 工单所属中心（中心、分中心或市级中心） */
                            centreId: number | null;
                            centreName: string | null;
                            /** @description 下派链：第 0 级为主办单位，最后一级为当前承办单位 */
                            chain: {
                                /** @description ISO 8601 时间 */
                                acceptBy: string;
                                /** @description ISO 8601 时间 */
                                acceptedAt: string | null;
                                /** @description ISO 8601 时间 */
                                acceptWarnAt: string;
                                alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                /** @description 本级收到工单的时间 */
                                at: string;
                                /** @description 派单员（第 0 级）或上一级经办人的用户 id */
                                delegatedBy: number | null;
                                /** @description 其姓名（工单详情中给出） */
                                delegatedByName: string | null;
                                /** @description ISO 8601 时间 */
                                dueBy: string;
                                /** @description ISO 8601 时间 */
                                dueWarnAt: string;
                                /** @description 上一级单位；第 0 级为 null（热线中心） */
                                fromUnitId: number | null;
                                fromUnitName: string | null;
                                /** @description 0 主办单位，逐级加一 */
                                level: number;
                                /** @description 下派意见（已脱敏） */
                                note: string | null;
                                /** @description 上一级最近一次退回答复的理由 */
                                rejection: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    note: string;
                                } | null;
                                /** @description 待上一级审核的答复（已脱敏；保密工单同正文规则） */
                                reply: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    content: string;
                                    unitId: number;
                                } | null;
                                /**
                                 * @description dispatched 待签收 · handling 办理中 · delegated 已下派 · reviewing 答复待上一级审核
                                 * @enum {string}
                                 */
                                state: "dispatched" | "handling" | "delegated" | "reviewing";
                                unitId: number;
                                unitName: string | null;
                            }[];
                            /** @enum {string} */
                            channel: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                            /** @description ISO 8601 时间 */
                            closedAt: string | null;
                            /** @description 保密工单 */
                            confidential: boolean;
                            content: string;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            directAnswer: boolean;
                            /** @description ISO 8601 时间 */
                            dispatchedAt: string | null;
                            districtId: number | null;
                            districtName: string | null;
                            /** @description ISO 8601 时间 */
                            dueBy: string | null;
                            /** @description ISO 8601 时间 */
                            dueWarnAt: string | null;
                            extendedDays: number;
                            /** @description ISO 8601 时间 */
                            firstRepliedAt: string | null;
                            handlingMinutes: number | null;
                            id: number;
                            /** @description 主办单位（下派链第 0 级）；unitId 是当前持有工单的单位 */
                            leadUnitId: number | null;
                            leadUnitName: string | null;
                            line: string | null;
                            mergedInto: number | null;
                            /** @description 当前用户所在的下派链层级（经办人本单位及下级中最上面的一级）；不在链上为 null */
                            myLevel: number | null;
                            /** @description 工单编号 */
                            number: string;
                            pendingExtension: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            pendingReturn: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            /** @enum {string} */
                            priority: "normal" | "urgent" | "emergency";
                            /** @description 诉求人同意公开 */
                            publicConsent: boolean;
                            reopenCount: number;
                            /** @description ISO 8601 时间 */
                            repliedAt: string | null;
                            replyScore: number | null;
                            resolved: boolean | null;
                            returnCount: number;
                            /** @enum {string|null} */
                            satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                            supervision: {
                                at: string;
                                by: number | null;
                                content: string;
                                /** @enum {string} */
                                kind: "notice" | "urge";
                                replyBy: string;
                            } | null;
                            title: string;
                            transferredTo: string | null;
                            /** @enum {string} */
                            type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                            /** @description 当前持有工单的单位（下派链最后一级） */
                            unitId: number | null;
                            unitName: string | null;
                            /** @description ISO 8601 时间 */
                            updatedAt: string;
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
    "/api/v1/tickets/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重办 */
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
                            /** @description ISO 8601 时间 */
                            acceptBy: string | null;
                            /** @description ISO 8601 时间 */
                            acceptedAt: string | null;
                            /** @description ISO 8601 时间 */
                            acceptWarnAt: string | null;
                            address: string | null;
                            alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                            assistUnitIds: number[];
                            callbackAttempts: number;
                            /** @description ISO 8601 时间 */
                            callbackDueBy: string | null;
                            /** @description 已脱敏 */
                            caller: {
                                name: string | null;
                                phone: string | null;
                            };
                            categoryId: number | null;
                            categoryName: string | null;
                            /** @description 工单所属中心（中心、分中心或市级中心） */
                            centreId: number | null;
                            centreName: string | null;
                            /** @description 下派链：第 0 级为主办单位，最后一级为当前承办单位 */
                            chain: {
                                /** @description ISO 8601 时间 */
                                acceptBy: string;
                                /** @description ISO 8601 时间 */
                                acceptedAt: string | null;
                                /** @description ISO 8601 时间 */
                                acceptWarnAt: string;
                                alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                /** @description 本级收到工单的时间 */
                                at: string;
                                /** @description 派单员（第 0 级）或上一级经办人的用户 id */
                                delegatedBy: number | null;
                                /** @description 其姓名（工单详情中给出） */
                                delegatedByName: string | null;
                                /** @description ISO 8601 时间 */
                                dueBy: string;
                                /** @description ISO 8601 时间 */
                                dueWarnAt: string;
                                /** @description 上一级单位；第 0 级为 null（热线中心） */
                                fromUnitId: number | null;
                                fromUnitName: string | null;
                                /** @description 0 主办单位，逐级加一 */
                                level: number;
                                /** @description 下派意见（已脱敏） */
                                note: string | null;
                                /** @description 上一级最近一次退回答复的理由 */
                                rejection: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    note: string;
                                } | null;
                                /** @description 待上一级审核的答复（已脱敏；保密工单同正文规则） */
                                reply: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    content: string;
                                    unitId: number;
                                } | null;
                                /**
                                 * @description dispatched 待签收 · handling 办理中 · delegated 已下派 · reviewing 答复待上一级审核
                                 * @enum {string}
                                 */
                                state: "dispatched" | "handling" | "delegated" | "reviewing";
                                unitId: number;
                                unitName: string | null;
                            }[];
                            /** @enum {string} */
                            channel: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                            /** @description ISO 8601 时间 */
                            closedAt: string | null;
                            /** @description 保密工单 */
                            confidential: boolean;
                            content: string;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            directAnswer: boolean;
                            /** @description ISO 8601 时间 */
                            dispatchedAt: string | null;
                            districtId: number | null;
                            districtName: string | null;
                            /** @description ISO 8601 时间 */
                            dueBy: string | null;
                            /** @description ISO 8601 时间 */
                            dueWarnAt: string | null;
                            extendedDays: number;
                            /** @description ISO 8601 时间 */
                            firstRepliedAt: string | null;
                            handlingMinutes: number | null;
                            id: number;
                            /** @description 主办单位（下派链第 0 级）；unitId 是当前持有工单的单位 */
                            leadUnitId: number | null;
                            leadUnitName: string | null;
                            line: string | null;
                            mergedInto: number | null;
                            /** @description 当前用户所在的下派链层级（经办人本单位及下级中最上面的一级）；不在链上为 null */
                            myLevel: number | null;
                            /** @description 工单编号 */
                            number: string;
                            pendingExtension: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            pendingReturn: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            /** @enum {string} */
                            priority: "normal" | "urgent" | "emergency";
                            /** @description 诉求人同意公开 */
                            publicConsent: boolean;
                            reopenCount: number;
                            /** @description ISO 8601 时间 */
                            repliedAt: string | null;
                            replyScore: number | null;
                            resolved: boolean | null;
                            returnCount: number;
                            /** @enum {string|null} */
                            satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                            supervision: {
                                at: string;
                                by: number | null;
                                content: string;
                                /** @enum {string} */
                                kind: "notice" | "urge";
                                replyBy: string;
                            } | null;
                            title: string;
                            transferredTo: string | null;
                            /** @enum {string} */
                            type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                            /** @description 当前持有工单的单位（下派链最后一级） */
                            unitId: number | null;
                            unitName: string | null;
                            /** @description ISO 8601 时间 */
                            updatedAt: string;
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
    "/api/v1/tickets/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 答复 */
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
                        content: string;
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
                            /** @description ISO 8601 时间 */
                            acceptBy: string | null;
                            /** @description ISO 8601 时间 */
                            acceptedAt: string | null;
                            /** @description ISO 8601 时间 */
                            acceptWarnAt: string | null;
                            address: string | null;
                            alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                            assistUnitIds: number[];
                            callbackAttempts: number;
                            /** @description ISO 8601 时间 */
                            callbackDueBy: string | null;
                            /** @description 已脱敏 */
                            caller: {
                                name: string | null;
                                phone: string | null;
                            };
                            categoryId: number | null;
                            categoryName: string | null;
                            /** @description 工单所属中心（中心、分中心或市级中心） */
                            centreId: number | null;
                            centreName: string | null;
                            /** @description 下派链：第 0 级为主办单位，最后一级为当前承办单位 */
                            chain: {
                                /** @description ISO 8601 时间 */
                                acceptBy: string;
                                /** @description ISO 8601 时间 */
                                acceptedAt: string | null;
                                /** @description ISO 8601 时间 */
                                acceptWarnAt: string;
                                alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                /** @description 本级收到工单的时间 */
                                at: string;
                                /** @description 派单员（第 0 级）或上一级经办人的用户 id */
                                delegatedBy: number | null;
                                /** @description 其姓名（工单详情中给出） */
                                delegatedByName: string | null;
                                /** @description ISO 8601 时间 */
                                dueBy: string;
                                /** @description ISO 8601 时间 */
                                dueWarnAt: string;
                                /** @description 上一级单位；第 0 级为 null（热线中心） */
                                fromUnitId: number | null;
                                fromUnitName: string | null;
                                /** @description 0 主办单位，逐级加一 */
                                level: number;
                                /** @description 下派意见（已脱敏） */
                                note: string | null;
                                /** @description 上一级最近一次退回答复的理由 */
                                rejection: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    note: string;
                                } | null;
                                /** @description 待上一级审核的答复（已脱敏；保密工单同正文规则） */
                                reply: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    content: string;
                                    unitId: number;
                                } | null;
                                /**
                                 * @description dispatched 待签收 · handling 办理中 · delegated 已下派 · reviewing 答复待上一级审核
                                 * @enum {string}
                                 */
                                state: "dispatched" | "handling" | "delegated" | "reviewing";
                                unitId: number;
                                unitName: string | null;
                            }[];
                            /** @enum {string} */
                            channel: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                            /** @description ISO 8601 时间 */
                            closedAt: string | null;
                            /** @description 保密工单 */
                            confidential: boolean;
                            content: string;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            directAnswer: boolean;
                            /** @description ISO 8601 时间 */
                            dispatchedAt: string | null;
                            districtId: number | null;
                            districtName: string | null;
                            /** @description ISO 8601 时间 */
                            dueBy: string | null;
                            /** @description ISO 8601 时间 */
                            dueWarnAt: string | null;
                            extendedDays: number;
                            /** @description ISO 8601 时间 */
                            firstRepliedAt: string | null;
                            handlingMinutes: number | null;
                            id: number;
                            /** @description 主办单位（下派链第 0 级）；unitId 是当前持有工单的单位 */
                            leadUnitId: number | null;
                            leadUnitName: string | null;
                            line: string | null;
                            mergedInto: number | null;
                            /** @description 当前用户所在的下派链层级（经办人本单位及下级中最上面的一级）；不在链上为 null */
                            myLevel: number | null;
                            /** @description 工单编号 */
                            number: string;
                            pendingExtension: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            pendingReturn: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            /** @enum {string} */
                            priority: "normal" | "urgent" | "emergency";
                            /** @description 诉求人同意公开 */
                            publicConsent: boolean;
                            reopenCount: number;
                            /** @description ISO 8601 时间 */
                            repliedAt: string | null;
                            replyScore: number | null;
                            resolved: boolean | null;
                            returnCount: number;
                            /** @enum {string|null} */
                            satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                            supervision: {
                                at: string;
                                by: number | null;
                                content: string;
                                /** @enum {string} */
                                kind: "notice" | "urge";
                                replyBy: string;
                            } | null;
                            title: string;
                            transferredTo: string | null;
                            /** @enum {string} */
                            type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                            /** @description 当前持有工单的单位（下派链最后一级） */
                            unitId: number | null;
                            unitName: string | null;
                            /** @description ISO 8601 时间 */
                            updatedAt: string;
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
    "/api/v1/tickets/{id}/reply-quality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 答复质量预评（发送答复前）：相关性、完整性、及时性、规范性及扣分原因 */
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
                        content: string;
                    };
                };
            };
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
    "/api/v1/tickets/{id}/reroute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 改派 */
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
                        /** @description 改派给的承办单位 */
                        unitId: number;
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
                            /** @description ISO 8601 时间 */
                            acceptBy: string | null;
                            /** @description ISO 8601 时间 */
                            acceptedAt: string | null;
                            /** @description ISO 8601 时间 */
                            acceptWarnAt: string | null;
                            address: string | null;
                            alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                            assistUnitIds: number[];
                            callbackAttempts: number;
                            /** @description ISO 8601 时间 */
                            callbackDueBy: string | null;
                            /** @description 已脱敏 */
                            caller: {
                                name: string | null;
                                phone: string | null;
                            };
                            categoryId: number | null;
                            categoryName: string | null;
                            /** @description 工单所属中心（中心、分中心或市级中心） */
                            centreId: number | null;
                            centreName: string | null;
                            /** @description 下派链：第 0 级为主办单位，最后一级为当前承办单位 */
                            chain: {
                                /** @description ISO 8601 时间 */
                                acceptBy: string;
                                /** @description ISO 8601 时间 */
                                acceptedAt: string | null;
                                /** @description ISO 8601 时间 */
                                acceptWarnAt: string;
                                alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                /** @description 本级收到工单的时间 */
                                at: string;
                                /** @description 派单员（第 0 级）或上一级经办人的用户 id */
                                delegatedBy: number | null;
                                /** @description 其姓名（工单详情中给出） */
                                delegatedByName: string | null;
                                /** @description ISO 8601 时间 */
                                dueBy: string;
                                /** @description ISO 8601 时间 */
                                dueWarnAt: string;
                                /** @description 上一级单位；第 0 级为 null（热线中心） */
                                fromUnitId: number | null;
                                fromUnitName: string | null;
                                /** @description 0 主办单位，逐级加一 */
                                level: number;
                                /** @description 下派意见（已脱敏） */
                                note: string | null;
                                /** @description 上一级最近一次退回答复的理由 */
                                rejection: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    note: string;
                                } | null;
                                /** @description 待上一级审核的答复（已脱敏；保密工单同正文规则） */
                                reply: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    content: string;
                                    unitId: number;
                                } | null;
                                /**
                                 * @description dispatched 待签收 · handling 办理中 · delegated 已下派 · reviewing 答复待上一级审核
                                 * @enum {string}
                                 */
                                state: "dispatched" | "handling" | "delegated" | "reviewing";
                                unitId: number;
                                unitName: string | null;
                            }[];
                            /** @enum {string} */
                            channel: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                            /** @description ISO 8601 时间 */
                            closedAt: string | null;
                            /** @description 保密工单 */
                            confidential: boolean;
                            content: string;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            directAnswer: boolean;
                            /** @description ISO 8601 时间 */
                            dispatchedAt: string | null;
                            districtId: number | null;
                            districtName: string | null;
                            /** @description ISO 8601 时间 */
                            dueBy: string | null;
                            /** @description ISO 8601 时间 */
                            dueWarnAt: string | null;
                            extendedDays: number;
                            /** @description ISO 8601 时间 */
                            firstRepliedAt: string | null;
                            handlingMinutes: number | null;
                            id: number;
                            /** @description 主办单位（下派链第 0 级）；unitId 是当前持有工单的单位 */
                            leadUnitId: number | null;
                            leadUnitName: string | null;
                            line: string | null;
                            mergedInto: number | null;
                            /** @description 当前用户所在的下派链层级（经办人本单位及下级中最上面的一级）；不在链上为 null */
                            myLevel: number | null;
                            /** @description 工单编号 */
                            number: string;
                            pendingExtension: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            pendingReturn: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            /** @enum {string} */
                            priority: "normal" | "urgent" | "emergency";
                            /** @description 诉求人同意公开 */
                            publicConsent: boolean;
                            reopenCount: number;
                            /** @description ISO 8601 时间 */
                            repliedAt: string | null;
                            replyScore: number | null;
                            resolved: boolean | null;
                            returnCount: number;
                            /** @enum {string|null} */
                            satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                            supervision: {
                                at: string;
                                by: number | null;
                                content: string;
                                /** @enum {string} */
                                kind: "notice" | "urge";
                                replyBy: string;
                            } | null;
                            title: string;
                            transferredTo: string | null;
                            /** @enum {string} */
                            type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                            /** @description 当前持有工单的单位（下派链最后一级） */
                            unitId: number | null;
                            unitName: string | null;
                            /** @description ISO 8601 时间 */
                            updatedAt: string;
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
    "/api/v1/tickets/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退单 */
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
                        /** @description 派单异议：建议的承办单位（主办单位退回中心时） */
                        suggestedUnitId?: number | null;
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
                            /** @description ISO 8601 时间 */
                            acceptBy: string | null;
                            /** @description ISO 8601 时间 */
                            acceptedAt: string | null;
                            /** @description ISO 8601 时间 */
                            acceptWarnAt: string | null;
                            address: string | null;
                            alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                            assistUnitIds: number[];
                            callbackAttempts: number;
                            /** @description ISO 8601 时间 */
                            callbackDueBy: string | null;
                            /** @description 已脱敏 */
                            caller: {
                                name: string | null;
                                phone: string | null;
                            };
                            categoryId: number | null;
                            categoryName: string | null;
                            /** @description 工单所属中心（中心、分中心或市级中心） */
                            centreId: number | null;
                            centreName: string | null;
                            /** @description 下派链：第 0 级为主办单位，最后一级为当前承办单位 */
                            chain: {
                                /** @description ISO 8601 时间 */
                                acceptBy: string;
                                /** @description ISO 8601 时间 */
                                acceptedAt: string | null;
                                /** @description ISO 8601 时间 */
                                acceptWarnAt: string;
                                alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                /** @description 本级收到工单的时间 */
                                at: string;
                                /** @description 派单员（第 0 级）或上一级经办人的用户 id */
                                delegatedBy: number | null;
                                /** @description 其姓名（工单详情中给出） */
                                delegatedByName: string | null;
                                /** @description ISO 8601 时间 */
                                dueBy: string;
                                /** @description ISO 8601 时间 */
                                dueWarnAt: string;
                                /** @description 上一级单位；第 0 级为 null（热线中心） */
                                fromUnitId: number | null;
                                fromUnitName: string | null;
                                /** @description 0 主办单位，逐级加一 */
                                level: number;
                                /** @description 下派意见（已脱敏） */
                                note: string | null;
                                /** @description 上一级最近一次退回答复的理由 */
                                rejection: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    note: string;
                                } | null;
                                /** @description 待上一级审核的答复（已脱敏；保密工单同正文规则） */
                                reply: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    content: string;
                                    unitId: number;
                                } | null;
                                /**
                                 * @description dispatched 待签收 · handling 办理中 · delegated 已下派 · reviewing 答复待上一级审核
                                 * @enum {string}
                                 */
                                state: "dispatched" | "handling" | "delegated" | "reviewing";
                                unitId: number;
                                unitName: string | null;
                            }[];
                            /** @enum {string} */
                            channel: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                            /** @description ISO 8601 时间 */
                            closedAt: string | null;
                            /** @description 保密工单 */
                            confidential: boolean;
                            content: string;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            directAnswer: boolean;
                            /** @description ISO 8601 时间 */
                            dispatchedAt: string | null;
                            districtId: number | null;
                            districtName: string | null;
                            /** @description ISO 8601 时间 */
                            dueBy: string | null;
                            /** @description ISO 8601 时间 */
                            dueWarnAt: string | null;
                            extendedDays: number;
                            /** @description ISO 8601 时间 */
                            firstRepliedAt: string | null;
                            handlingMinutes: number | null;
                            id: number;
                            /** @description 主办单位（下派链第 0 级）；unitId 是当前持有工单的单位 */
                            leadUnitId: number | null;
                            leadUnitName: string | null;
                            line: string | null;
                            mergedInto: number | null;
                            /** @description 当前用户所在的下派链层级（经办人本单位及下级中最上面的一级）；不在链上为 null */
                            myLevel: number | null;
                            /** @description 工单编号 */
                            number: string;
                            pendingExtension: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            pendingReturn: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            /** @enum {string} */
                            priority: "normal" | "urgent" | "emergency";
                            /** @description 诉求人同意公开 */
                            publicConsent: boolean;
                            reopenCount: number;
                            /** @description ISO 8601 时间 */
                            repliedAt: string | null;
                            replyScore: number | null;
                            resolved: boolean | null;
                            returnCount: number;
                            /** @enum {string|null} */
                            satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                            supervision: {
                                at: string;
                                by: number | null;
                                content: string;
                                /** @enum {string} */
                                kind: "notice" | "urge";
                                replyBy: string;
                            } | null;
                            title: string;
                            transferredTo: string | null;
                            /** @enum {string} */
                            type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                            /** @description 当前持有工单的单位（下派链最后一级） */
                            unitId: number | null;
                            unitName: string | null;
                            /** @description ISO 8601 时间 */
                            updatedAt: string;
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
    "/api/v1/tickets/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 查看来电人完整信息（记录日志；保密工单仅管理员，须填写事由） */
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
                        /** @description 查看事由（保密工单必填） */
                        reason?: string;
                    } | null;
                };
            };
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
    "/api/v1/tickets/{id}/review-extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核延期 */
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
                        approve: boolean;
                        note?: string | null;
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
                            /** @description ISO 8601 时间 */
                            acceptBy: string | null;
                            /** @description ISO 8601 时间 */
                            acceptedAt: string | null;
                            /** @description ISO 8601 时间 */
                            acceptWarnAt: string | null;
                            address: string | null;
                            alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                            assistUnitIds: number[];
                            callbackAttempts: number;
                            /** @description ISO 8601 时间 */
                            callbackDueBy: string | null;
                            /** @description 已脱敏 */
                            caller: {
                                name: string | null;
                                phone: string | null;
                            };
                            categoryId: number | null;
                            categoryName: string | null;
                            /** @description 工单所属中心（中心、分中心或市级中心） */
                            centreId: number | null;
                            centreName: string | null;
                            /** @description 下派链：第 0 级为主办单位，最后一级为当前承办单位 */
                            chain: {
                                /** @description ISO 8601 时间 */
                                acceptBy: string;
                                /** @description ISO 8601 时间 */
                                acceptedAt: string | null;
                                /** @description ISO 8601 时间 */
                                acceptWarnAt: string;
                                alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                /** @description 本级收到工单的时间 */
                                at: string;
                                /** @description 派单员（第 0 级）或上一级经办人的用户 id */
                                delegatedBy: number | null;
                                /** @description 其姓名（工单详情中给出） */
                                delegatedByName: string | null;
                                /** @description ISO 8601 时间 */
                                dueBy: string;
                                /** @description ISO 8601 时间 */
                                dueWarnAt: string;
                                /** @description 上一级单位；第 0 级为 null（热线中心） */
                                fromUnitId: number | null;
                                fromUnitName: string | null;
                                /** @description 0 主办单位，逐级加一 */
                                level: number;
                                /** @description 下派意见（已脱敏） */
                                note: string | null;
                                /** @description 上一级最近一次退回答复的理由 */
                                rejection: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    note: string;
                                } | null;
                                /** @description 待上一级审核的答复（已脱敏；保密工单同正文规则） */
                                reply: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    content: string;
                                    unitId: number;
                                } | null;
                                /**
                                 * @description dispatched 待签收 · handling 办理中 · delegated 已下派 · reviewing 答复待上一级审核
                                 * @enum {string}
                                 */
                                state: "dispatched" | "handling" | "delegated" | "reviewing";
                                unitId: number;
                                unitName: string | null;
                            }[];
                            /** @enum {string} */
                            channel: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                            /** @description ISO 8601 时间 */
                            closedAt: string | null;
                            /** @description 保密工单 */
                            confidential: boolean;
                            content: string;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            directAnswer: boolean;
                            /** @description ISO 8601 时间 */
                            dispatchedAt: string | null;
                            districtId: number | null;
                            districtName: string | null;
                            /** @description ISO 8601 时间 */
                            dueBy: string | null;
                            /** @description ISO 8601 时间 */
                            dueWarnAt: string | null;
                            extendedDays: number;
                            /** @description ISO 8601 时间 */
                            firstRepliedAt: string | null;
                            handlingMinutes: number | null;
                            id: number;
                            /** @description 主办单位（下派链第 0 级）；unitId 是当前持有工单的单位 */
                            leadUnitId: number | null;
                            leadUnitName: string | null;
                            line: string | null;
                            mergedInto: number | null;
                            /** @description 当前用户所在的下派链层级（经办人本单位及下级中最上面的一级）；不在链上为 null */
                            myLevel: number | null;
                            /** @description 工单编号 */
                            number: string;
                            pendingExtension: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            pendingReturn: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            /** @enum {string} */
                            priority: "normal" | "urgent" | "emergency";
                            /** @description 诉求人同意公开 */
                            publicConsent: boolean;
                            reopenCount: number;
                            /** @description ISO 8601 时间 */
                            repliedAt: string | null;
                            replyScore: number | null;
                            resolved: boolean | null;
                            returnCount: number;
                            /** @enum {string|null} */
                            satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                            supervision: {
                                at: string;
                                by: number | null;
                                content: string;
                                /** @enum {string} */
                                kind: "notice" | "urge";
                                replyBy: string;
                            } | null;
                            title: string;
                            transferredTo: string | null;
                            /** @enum {string} */
                            type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                            /** @description 当前持有工单的单位（下派链最后一级） */
                            unitId: number | null;
                            unitName: string | null;
                            /** @description ISO 8601 时间 */
                            updatedAt: string;
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
    "/api/v1/tickets/{id}/review-reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核答复 */
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
                        /** @description true：同意，答复报上一级；false：退回下级重办（须填写 note） */
                        approve: boolean;
                        note?: string | null;
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
                            /** @description ISO 8601 时间 */
                            acceptBy: string | null;
                            /** @description ISO 8601 时间 */
                            acceptedAt: string | null;
                            /** @description ISO 8601 时间 */
                            acceptWarnAt: string | null;
                            address: string | null;
                            alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                            assistUnitIds: number[];
                            callbackAttempts: number;
                            /** @description ISO 8601 时间 */
                            callbackDueBy: string | null;
                            /** @description 已脱敏 */
                            caller: {
                                name: string | null;
                                phone: string | null;
                            };
                            categoryId: number | null;
                            categoryName: string | null;
                            /** @description 工单所属中心（中心、分中心或市级中心） */
                            centreId: number | null;
                            centreName: string | null;
                            /** @description 下派链：第 0 级为主办单位，最后一级为当前承办单位 */
                            chain: {
                                /** @description ISO 8601 时间 */
                                acceptBy: string;
                                /** @description ISO 8601 时间 */
                                acceptedAt: string | null;
                                /** @description ISO 8601 时间 */
                                acceptWarnAt: string;
                                alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                /** @description 本级收到工单的时间 */
                                at: string;
                                /** @description 派单员（第 0 级）或上一级经办人的用户 id */
                                delegatedBy: number | null;
                                /** @description 其姓名（工单详情中给出） */
                                delegatedByName: string | null;
                                /** @description ISO 8601 时间 */
                                dueBy: string;
                                /** @description ISO 8601 时间 */
                                dueWarnAt: string;
                                /** @description 上一级单位；第 0 级为 null（热线中心） */
                                fromUnitId: number | null;
                                fromUnitName: string | null;
                                /** @description 0 主办单位，逐级加一 */
                                level: number;
                                /** @description 下派意见（已脱敏） */
                                note: string | null;
                                /** @description 上一级最近一次退回答复的理由 */
                                rejection: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    note: string;
                                } | null;
                                /** @description 待上一级审核的答复（已脱敏；保密工单同正文规则） */
                                reply: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    content: string;
                                    unitId: number;
                                } | null;
                                /**
                                 * @description dispatched 待签收 · handling 办理中 · delegated 已下派 · reviewing 答复待上一级审核
                                 * @enum {string}
                                 */
                                state: "dispatched" | "handling" | "delegated" | "reviewing";
                                unitId: number;
                                unitName: string | null;
                            }[];
                            /** @enum {string} */
                            channel: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                            /** @description ISO 8601 时间 */
                            closedAt: string | null;
                            /** @description 保密工单 */
                            confidential: boolean;
                            content: string;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            directAnswer: boolean;
                            /** @description ISO 8601 时间 */
                            dispatchedAt: string | null;
                            districtId: number | null;
                            districtName: string | null;
                            /** @description ISO 8601 时间 */
                            dueBy: string | null;
                            /** @description ISO 8601 时间 */
                            dueWarnAt: string | null;
                            extendedDays: number;
                            /** @description ISO 8601 时间 */
                            firstRepliedAt: string | null;
                            handlingMinutes: number | null;
                            id: number;
                            /** @description 主办单位（下派链第 0 级）；unitId 是当前持有工单的单位 */
                            leadUnitId: number | null;
                            leadUnitName: string | null;
                            line: string | null;
                            mergedInto: number | null;
                            /** @description 当前用户所在的下派链层级（经办人本单位及下级中最上面的一级）；不在链上为 null */
                            myLevel: number | null;
                            /** @description 工单编号 */
                            number: string;
                            pendingExtension: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            pendingReturn: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            /** @enum {string} */
                            priority: "normal" | "urgent" | "emergency";
                            /** @description 诉求人同意公开 */
                            publicConsent: boolean;
                            reopenCount: number;
                            /** @description ISO 8601 时间 */
                            repliedAt: string | null;
                            replyScore: number | null;
                            resolved: boolean | null;
                            returnCount: number;
                            /** @enum {string|null} */
                            satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                            supervision: {
                                at: string;
                                by: number | null;
                                content: string;
                                /** @enum {string} */
                                kind: "notice" | "urge";
                                replyBy: string;
                            } | null;
                            title: string;
                            transferredTo: string | null;
                            /** @enum {string} */
                            type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                            /** @description 当前持有工单的单位（下派链最后一级） */
                            unitId: number | null;
                            unitName: string | null;
                            /** @description ISO 8601 时间 */
                            updatedAt: string;
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
    "/api/v1/tickets/{id}/review-return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核退单 */
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
                        approve: boolean;
                        note?: string | null;
                        /** @description 同意退单并同时改派给该单位 */
                        rerouteTo?: number | null;
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
                            /** @description ISO 8601 时间 */
                            acceptBy: string | null;
                            /** @description ISO 8601 时间 */
                            acceptedAt: string | null;
                            /** @description ISO 8601 时间 */
                            acceptWarnAt: string | null;
                            address: string | null;
                            alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                            assistUnitIds: number[];
                            callbackAttempts: number;
                            /** @description ISO 8601 时间 */
                            callbackDueBy: string | null;
                            /** @description 已脱敏 */
                            caller: {
                                name: string | null;
                                phone: string | null;
                            };
                            categoryId: number | null;
                            categoryName: string | null;
                            /** @description 工单所属中心（中心、分中心或市级中心） */
                            centreId: number | null;
                            centreName: string | null;
                            /** @description 下派链：第 0 级为主办单位，最后一级为当前承办单位 */
                            chain: {
                                /** @description ISO 8601 时间 */
                                acceptBy: string;
                                /** @description ISO 8601 时间 */
                                acceptedAt: string | null;
                                /** @description ISO 8601 时间 */
                                acceptWarnAt: string;
                                alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                /** @description 本级收到工单的时间 */
                                at: string;
                                /** @description 派单员（第 0 级）或上一级经办人的用户 id */
                                delegatedBy: number | null;
                                /** @description 其姓名（工单详情中给出） */
                                delegatedByName: string | null;
                                /** @description ISO 8601 时间 */
                                dueBy: string;
                                /** @description ISO 8601 时间 */
                                dueWarnAt: string;
                                /** @description 上一级单位；第 0 级为 null（热线中心） */
                                fromUnitId: number | null;
                                fromUnitName: string | null;
                                /** @description 0 主办单位，逐级加一 */
                                level: number;
                                /** @description 下派意见（已脱敏） */
                                note: string | null;
                                /** @description 上一级最近一次退回答复的理由 */
                                rejection: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    note: string;
                                } | null;
                                /** @description 待上一级审核的答复（已脱敏；保密工单同正文规则） */
                                reply: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    content: string;
                                    unitId: number;
                                } | null;
                                /**
                                 * @description dispatched 待签收 · handling 办理中 · delegated 已下派 · reviewing 答复待上一级审核
                                 * @enum {string}
                                 */
                                state: "dispatched" | "handling" | "delegated" | "reviewing";
                                unitId: number;
                                unitName: string | null;
                            }[];
                            /** @enum {string} */
                            channel: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                            /** @description ISO 8601 时间 */
                            closedAt: string | null;
                            /** @description 保密工单 */
                            confidential: boolean;
                            content: string;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            directAnswer: boolean;
                            /** @description ISO 8601 时间 */
                            dispatchedAt: string | null;
                            districtId: number | null;
                            districtName: string | null;
                            /** @description ISO 8601 时间 */
                            dueBy: string | null;
                            /** @description ISO 8601 时间 */
                            dueWarnAt: string | null;
                            extendedDays: number;
                            /** @description ISO 8601 时间 */
                            firstRepliedAt: string | null;
                            handlingMinutes: number | null;
                            id: number;
                            /** @description 主办单位（下派链第 0 级）；unitId 是当前持有工单的单位 */
                            leadUnitId: number | null;
                            leadUnitName: string | null;
                            line: string | null;
                            mergedInto: number | null;
                            /** @description 当前用户所在的下派链层级（经办人本单位及下级中最上面的一级）；不在链上为 null */
                            myLevel: number | null;
                            /** @description 工单编号 */
                            number: string;
                            pendingExtension: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            pendingReturn: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            /** @enum {string} */
                            priority: "normal" | "urgent" | "emergency";
                            /** @description 诉求人同意公开 */
                            publicConsent: boolean;
                            reopenCount: number;
                            /** @description ISO 8601 时间 */
                            repliedAt: string | null;
                            replyScore: number | null;
                            resolved: boolean | null;
                            returnCount: number;
                            /** @enum {string|null} */
                            satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                            supervision: {
                                at: string;
                                by: number | null;
                                content: string;
                                /** @enum {string} */
                                kind: "notice" | "urge";
                                replyBy: string;
                            } | null;
                            title: string;
                            transferredTo: string | null;
                            /** @enum {string} */
                            type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                            /** @description 当前持有工单的单位（下派链最后一级） */
                            unitId: number | null;
                            unitName: string | null;
                            /** @description ISO 8601 时间 */
                            updatedAt: string;
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
    "/api/v1/tickets/{id}/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 相似工单（同一地点同一问题），含得分 */
        get: {
            parameters: {
                query?: {
                    days?: number;
                    limit?: number;
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
                                /** @description ISO 8601 时间 */
                                acceptBy: string | null;
                                /** @description ISO 8601 时间 */
                                acceptedAt: string | null;
                                /** @description ISO 8601 时间 */
                                acceptWarnAt: string | null;
                                address: string | null;
                                alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                assistUnitIds: number[];
                                callbackAttempts: number;
                                /** @description ISO 8601 时间 */
                                callbackDueBy: string | null;
                                /** @description 已脱敏 */
                                caller: {
                                    name: string | null;
                                    phone: string | null;
                                };
                                categoryId: number | null;
                                categoryName: string | null;
                                /** @description 工单所属中心（中心、分中心或市级中心） */
                                centreId: number | null;
                                centreName: string | null;
                                /** @description 下派链：第 0 级为主办单位，最后一级为当前承办单位 */
                                chain: {
                                    /** @description ISO 8601 时间 */
                                    acceptBy: string;
                                    /** @description ISO 8601 时间 */
                                    acceptedAt: string | null;
                                    /** @description ISO 8601 时间 */
                                    acceptWarnAt: string;
                                    alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                    /** @description 本级收到工单的时间 */
                                    at: string;
                                    /** @description 派单员（第 0 级）或上一级经办人的用户 id */
                                    delegatedBy: number | null;
                                    /** @description 其姓名（工单详情中给出） */
                                    delegatedByName: string | null;
                                    /** @description ISO 8601 时间 */
                                    dueBy: string;
                                    /** @description ISO 8601 时间 */
                                    dueWarnAt: string;
                                    /** @description 上一级单位；第 0 级为 null（热线中心） */
                                    fromUnitId: number | null;
                                    fromUnitName: string | null;
                                    /** @description 0 主办单位，逐级加一 */
                                    level: number;
                                    /** @description 下派意见（已脱敏） */
                                    note: string | null;
                                    /** @description 上一级最近一次退回答复的理由 */
                                    rejection: {
                                        /** @description ISO 8601 时间 */
                                        at: string;
                                        by: number | null;
                                        byName: string | null;
                                        note: string;
                                    } | null;
                                    /** @description 待上一级审核的答复（已脱敏；保密工单同正文规则） */
                                    reply: {
                                        /** @description ISO 8601 时间 */
                                        at: string;
                                        by: number | null;
                                        byName: string | null;
                                        content: string;
                                        unitId: number;
                                    } | null;
                                    /**
                                     * @description dispatched 待签收 · handling 办理中 · delegated 已下派 · reviewing 答复待上一级审核
                                     * @enum {string}
                                     */
                                    state: "dispatched" | "handling" | "delegated" | "reviewing";
                                    unitId: number;
                                    unitName: string | null;
                                }[];
                                /** @enum {string} */
                                channel: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                                /** @description ISO 8601 时间 */
                                closedAt: string | null;
                                /** @description 保密工单 */
                                confidential: boolean;
                                content: string;
                                /** @description ISO 8601 时间 */
                                createdAt: string;
                                directAnswer: boolean;
                                /** @description ISO 8601 时间 */
                                dispatchedAt: string | null;
                                districtId: number | null;
                                districtName: string | null;
                                /** @description ISO 8601 时间 */
                                dueBy: string | null;
                                /** @description ISO 8601 时间 */
                                dueWarnAt: string | null;
                                extendedDays: number;
                                /** @description ISO 8601 时间 */
                                firstRepliedAt: string | null;
                                handlingMinutes: number | null;
                                id: number;
                                /** @description 主办单位（下派链第 0 级）；unitId 是当前持有工单的单位 */
                                leadUnitId: number | null;
                                leadUnitName: string | null;
                                line: string | null;
                                mergedInto: number | null;
                                /** @description 当前用户所在的下派链层级（经办人本单位及下级中最上面的一级）；不在链上为 null */
                                myLevel: number | null;
                                /** @description 工单编号 */
                                number: string;
                                pendingExtension: {
                                    at: string;
                                    days?: number;
                                    reason: string;
                                    requestedBy: number | null;
                                    /** @description 派单异议：退单单位建议的承办单位 */
                                    suggestedUnitId?: number | null;
                                    unitId?: number;
                                } | null;
                                pendingReturn: {
                                    at: string;
                                    days?: number;
                                    reason: string;
                                    requestedBy: number | null;
                                    /** @description 派单异议：退单单位建议的承办单位 */
                                    suggestedUnitId?: number | null;
                                    unitId?: number;
                                } | null;
                                /** @enum {string} */
                                priority: "normal" | "urgent" | "emergency";
                                /** @description 诉求人同意公开 */
                                publicConsent: boolean;
                                reopenCount: number;
                                /** @description ISO 8601 时间 */
                                repliedAt: string | null;
                                replyScore: number | null;
                                resolved: boolean | null;
                                returnCount: number;
                                /** @enum {string|null} */
                                satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
                                /** @description 0–1，0.55 起视为同一事项 */
                                score: number;
                                /** @enum {string} */
                                status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                                supervision: {
                                    at: string;
                                    by: number | null;
                                    content: string;
                                    /** @enum {string} */
                                    kind: "notice" | "urge";
                                    replyBy: string;
                                } | null;
                                title: string;
                                transferredTo: string | null;
                                /** @enum {string} */
                                type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                                /** @description 当前持有工单的单位（下派链最后一级） */
                                unitId: number | null;
                                unitName: string | null;
                                /** @description ISO 8601 时间 */
                                updatedAt: string;
                                version: number;
                                why: {
                                    place: number;
                                    sharedPlaces: string[];
                                    sharedWords: string[];
                                    text: number;
                                    time: number;
                                };
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
    "/api/v1/tickets/{id}/supervise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 督办 */
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
                        content: string;
                        /** @description 单位回复时限（工作日），缺省按规则 */
                        replyDays?: number | null;
                        /**
                         * @description notice 督办单, urge 催办
                         * @enum {string}
                         */
                        type: "notice" | "urge";
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
                            /** @description ISO 8601 时间 */
                            acceptBy: string | null;
                            /** @description ISO 8601 时间 */
                            acceptedAt: string | null;
                            /** @description ISO 8601 时间 */
                            acceptWarnAt: string | null;
                            address: string | null;
                            alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                            assistUnitIds: number[];
                            callbackAttempts: number;
                            /** @description ISO 8601 时间 */
                            callbackDueBy: string | null;
                            /** @description 已脱敏 */
                            caller: {
                                name: string | null;
                                phone: string | null;
                            };
                            categoryId: number | null;
                            categoryName: string | null;
                            /** @description 工单所属中心（中心、分中心或市级中心） */
                            centreId: number | null;
                            centreName: string | null;
                            /** @description 下派链：第 0 级为主办单位，最后一级为当前承办单位 */
                            chain: {
                                /** @description ISO 8601 时间 */
                                acceptBy: string;
                                /** @description ISO 8601 时间 */
                                acceptedAt: string | null;
                                /** @description ISO 8601 时间 */
                                acceptWarnAt: string;
                                alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                /** @description 本级收到工单的时间 */
                                at: string;
                                /** @description 派单员（第 0 级）或上一级经办人的用户 id */
                                delegatedBy: number | null;
                                /** @description 其姓名（工单详情中给出） */
                                delegatedByName: string | null;
                                /** @description ISO 8601 时间 */
                                dueBy: string;
                                /** @description ISO 8601 时间 */
                                dueWarnAt: string;
                                /** @description 上一级单位；第 0 级为 null（热线中心） */
                                fromUnitId: number | null;
                                fromUnitName: string | null;
                                /** @description 0 主办单位，逐级加一 */
                                level: number;
                                /** @description 下派意见（已脱敏） */
                                note: string | null;
                                /** @description 上一级最近一次退回答复的理由 */
                                rejection: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    note: string;
                                } | null;
                                /** @description 待上一级审核的答复（已脱敏；保密工单同正文规则） */
                                reply: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    content: string;
                                    unitId: number;
                                } | null;
                                /**
                                 * @description dispatched 待签收 · handling 办理中 · delegated 已下派 · reviewing 答复待上一级审核
                                 * @enum {string}
                                 */
                                state: "dispatched" | "handling" | "delegated" | "reviewing";
                                unitId: number;
                                unitName: string | null;
                            }[];
                            /** @enum {string} */
                            channel: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                            /** @description ISO 8601 时间 */
                            closedAt: string | null;
                            /** @description 保密工单 */
                            confidential: boolean;
                            content: string;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            directAnswer: boolean;
                            /** @description ISO 8601 时间 */
                            dispatchedAt: string | null;
                            districtId: number | null;
                            districtName: string | null;
                            /** @description ISO 8601 时间 */
                            dueBy: string | null;
                            /** @description ISO 8601 时间 */
                            dueWarnAt: string | null;
                            extendedDays: number;
                            /** @description ISO 8601 时间 */
                            firstRepliedAt: string | null;
                            handlingMinutes: number | null;
                            id: number;
                            /** @description 主办单位（下派链第 0 级）；unitId 是当前持有工单的单位 */
                            leadUnitId: number | null;
                            leadUnitName: string | null;
                            line: string | null;
                            mergedInto: number | null;
                            /** @description 当前用户所在的下派链层级（经办人本单位及下级中最上面的一级）；不在链上为 null */
                            myLevel: number | null;
                            /** @description 工单编号 */
                            number: string;
                            pendingExtension: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            pendingReturn: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            /** @enum {string} */
                            priority: "normal" | "urgent" | "emergency";
                            /** @description 诉求人同意公开 */
                            publicConsent: boolean;
                            reopenCount: number;
                            /** @description ISO 8601 时间 */
                            repliedAt: string | null;
                            replyScore: number | null;
                            resolved: boolean | null;
                            returnCount: number;
                            /** @enum {string|null} */
                            satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                            supervision: {
                                at: string;
                                by: number | null;
                                content: string;
                                /** @enum {string} */
                                kind: "notice" | "urge";
                                replyBy: string;
                            } | null;
                            title: string;
                            transferredTo: string | null;
                            /** @enum {string} */
                            type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                            /** @description 当前持有工单的单位（下派链最后一级） */
                            unitId: number | null;
                            unitName: string | null;
                            /** @description ISO 8601 时间 */
                            updatedAt: string;
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
    "/api/v1/tickets/{id}/supervision-reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 督办回复 */
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
                        content: string;
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
                            /** @description ISO 8601 时间 */
                            acceptBy: string | null;
                            /** @description ISO 8601 时间 */
                            acceptedAt: string | null;
                            /** @description ISO 8601 时间 */
                            acceptWarnAt: string | null;
                            address: string | null;
                            alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                            assistUnitIds: number[];
                            callbackAttempts: number;
                            /** @description ISO 8601 时间 */
                            callbackDueBy: string | null;
                            /** @description 已脱敏 */
                            caller: {
                                name: string | null;
                                phone: string | null;
                            };
                            categoryId: number | null;
                            categoryName: string | null;
                            /** @description 工单所属中心（中心、分中心或市级中心） */
                            centreId: number | null;
                            centreName: string | null;
                            /** @description 下派链：第 0 级为主办单位，最后一级为当前承办单位 */
                            chain: {
                                /** @description ISO 8601 时间 */
                                acceptBy: string;
                                /** @description ISO 8601 时间 */
                                acceptedAt: string | null;
                                /** @description ISO 8601 时间 */
                                acceptWarnAt: string;
                                alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                /** @description 本级收到工单的时间 */
                                at: string;
                                /** @description 派单员（第 0 级）或上一级经办人的用户 id */
                                delegatedBy: number | null;
                                /** @description 其姓名（工单详情中给出） */
                                delegatedByName: string | null;
                                /** @description ISO 8601 时间 */
                                dueBy: string;
                                /** @description ISO 8601 时间 */
                                dueWarnAt: string;
                                /** @description 上一级单位；第 0 级为 null（热线中心） */
                                fromUnitId: number | null;
                                fromUnitName: string | null;
                                /** @description 0 主办单位，逐级加一 */
                                level: number;
                                /** @description 下派意见（已脱敏） */
                                note: string | null;
                                /** @description 上一级最近一次退回答复的理由 */
                                rejection: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    note: string;
                                } | null;
                                /** @description 待上一级审核的答复（已脱敏；保密工单同正文规则） */
                                reply: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    content: string;
                                    unitId: number;
                                } | null;
                                /**
                                 * @description dispatched 待签收 · handling 办理中 · delegated 已下派 · reviewing 答复待上一级审核
                                 * @enum {string}
                                 */
                                state: "dispatched" | "handling" | "delegated" | "reviewing";
                                unitId: number;
                                unitName: string | null;
                            }[];
                            /** @enum {string} */
                            channel: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                            /** @description ISO 8601 时间 */
                            closedAt: string | null;
                            /** @description 保密工单 */
                            confidential: boolean;
                            content: string;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            directAnswer: boolean;
                            /** @description ISO 8601 时间 */
                            dispatchedAt: string | null;
                            districtId: number | null;
                            districtName: string | null;
                            /** @description ISO 8601 时间 */
                            dueBy: string | null;
                            /** @description ISO 8601 时间 */
                            dueWarnAt: string | null;
                            extendedDays: number;
                            /** @description ISO 8601 时间 */
                            firstRepliedAt: string | null;
                            handlingMinutes: number | null;
                            id: number;
                            /** @description 主办单位（下派链第 0 级）；unitId 是当前持有工单的单位 */
                            leadUnitId: number | null;
                            leadUnitName: string | null;
                            line: string | null;
                            mergedInto: number | null;
                            /** @description 当前用户所在的下派链层级（经办人本单位及下级中最上面的一级）；不在链上为 null */
                            myLevel: number | null;
                            /** @description 工单编号 */
                            number: string;
                            pendingExtension: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            pendingReturn: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            /** @enum {string} */
                            priority: "normal" | "urgent" | "emergency";
                            /** @description 诉求人同意公开 */
                            publicConsent: boolean;
                            reopenCount: number;
                            /** @description ISO 8601 时间 */
                            repliedAt: string | null;
                            replyScore: number | null;
                            resolved: boolean | null;
                            returnCount: number;
                            /** @enum {string|null} */
                            satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                            supervision: {
                                at: string;
                                by: number | null;
                                content: string;
                                /** @enum {string} */
                                kind: "notice" | "urge";
                                replyBy: string;
                            } | null;
                            title: string;
                            transferredTo: string | null;
                            /** @enum {string} */
                            type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                            /** @description 当前持有工单的单位（下派链最后一级） */
                            unitId: number | null;
                            unitName: string | null;
                            /** @description ISO 8601 时间 */
                            updatedAt: string;
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
    "/api/v1/tickets/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 转警 */
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
                        note?: string | null;
                        /** @enum {string} */
                        to: "110" | "119" | "120" | "122";
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
                            /** @description ISO 8601 时间 */
                            acceptBy: string | null;
                            /** @description ISO 8601 时间 */
                            acceptedAt: string | null;
                            /** @description ISO 8601 时间 */
                            acceptWarnAt: string | null;
                            address: string | null;
                            alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                            assistUnitIds: number[];
                            callbackAttempts: number;
                            /** @description ISO 8601 时间 */
                            callbackDueBy: string | null;
                            /** @description 已脱敏 */
                            caller: {
                                name: string | null;
                                phone: string | null;
                            };
                            categoryId: number | null;
                            categoryName: string | null;
                            /** @description 工单所属中心（中心、分中心或市级中心） */
                            centreId: number | null;
                            centreName: string | null;
                            /** @description 下派链：第 0 级为主办单位，最后一级为当前承办单位 */
                            chain: {
                                /** @description ISO 8601 时间 */
                                acceptBy: string;
                                /** @description ISO 8601 时间 */
                                acceptedAt: string | null;
                                /** @description ISO 8601 时间 */
                                acceptWarnAt: string;
                                alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                /** @description 本级收到工单的时间 */
                                at: string;
                                /** @description 派单员（第 0 级）或上一级经办人的用户 id */
                                delegatedBy: number | null;
                                /** @description 其姓名（工单详情中给出） */
                                delegatedByName: string | null;
                                /** @description ISO 8601 时间 */
                                dueBy: string;
                                /** @description ISO 8601 时间 */
                                dueWarnAt: string;
                                /** @description 上一级单位；第 0 级为 null（热线中心） */
                                fromUnitId: number | null;
                                fromUnitName: string | null;
                                /** @description 0 主办单位，逐级加一 */
                                level: number;
                                /** @description 下派意见（已脱敏） */
                                note: string | null;
                                /** @description 上一级最近一次退回答复的理由 */
                                rejection: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    note: string;
                                } | null;
                                /** @description 待上一级审核的答复（已脱敏；保密工单同正文规则） */
                                reply: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    content: string;
                                    unitId: number;
                                } | null;
                                /**
                                 * @description dispatched 待签收 · handling 办理中 · delegated 已下派 · reviewing 答复待上一级审核
                                 * @enum {string}
                                 */
                                state: "dispatched" | "handling" | "delegated" | "reviewing";
                                unitId: number;
                                unitName: string | null;
                            }[];
                            /** @enum {string} */
                            channel: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                            /** @description ISO 8601 时间 */
                            closedAt: string | null;
                            /** @description 保密工单 */
                            confidential: boolean;
                            content: string;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            directAnswer: boolean;
                            /** @description ISO 8601 时间 */
                            dispatchedAt: string | null;
                            districtId: number | null;
                            districtName: string | null;
                            /** @description ISO 8601 时间 */
                            dueBy: string | null;
                            /** @description ISO 8601 时间 */
                            dueWarnAt: string | null;
                            extendedDays: number;
                            /** @description ISO 8601 时间 */
                            firstRepliedAt: string | null;
                            handlingMinutes: number | null;
                            id: number;
                            /** @description 主办单位（下派链第 0 级）；unitId 是当前持有工单的单位 */
                            leadUnitId: number | null;
                            leadUnitName: string | null;
                            line: string | null;
                            mergedInto: number | null;
                            /** @description 当前用户所在的下派链层级（经办人本单位及下级中最上面的一级）；不在链上为 null */
                            myLevel: number | null;
                            /** @description 工单编号 */
                            number: string;
                            pendingExtension: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            pendingReturn: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            /** @enum {string} */
                            priority: "normal" | "urgent" | "emergency";
                            /** @description 诉求人同意公开 */
                            publicConsent: boolean;
                            reopenCount: number;
                            /** @description ISO 8601 时间 */
                            repliedAt: string | null;
                            replyScore: number | null;
                            resolved: boolean | null;
                            returnCount: number;
                            /** @enum {string|null} */
                            satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                            supervision: {
                                at: string;
                                by: number | null;
                                content: string;
                                /** @enum {string} */
                                kind: "notice" | "urge";
                                replyBy: string;
                            } | null;
                            title: string;
                            transferredTo: string | null;
                            /** @enum {string} */
                            type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                            /** @description 当前持有工单的单位（下派链最后一级） */
                            unitId: number | null;
                            unitName: string | null;
                            /** @description ISO 8601 时间 */
                            updatedAt: string;
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
    "/api/v1/tickets/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回 */
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
                            /** @description ISO 8601 时间 */
                            acceptBy: string | null;
                            /** @description ISO 8601 时间 */
                            acceptedAt: string | null;
                            /** @description ISO 8601 时间 */
                            acceptWarnAt: string | null;
                            address: string | null;
                            alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                            assistUnitIds: number[];
                            callbackAttempts: number;
                            /** @description ISO 8601 时间 */
                            callbackDueBy: string | null;
                            /** @description 已脱敏 */
                            caller: {
                                name: string | null;
                                phone: string | null;
                            };
                            categoryId: number | null;
                            categoryName: string | null;
                            /** @description 工单所属中心（中心、分中心或市级中心） */
                            centreId: number | null;
                            centreName: string | null;
                            /** @description 下派链：第 0 级为主办单位，最后一级为当前承办单位 */
                            chain: {
                                /** @description ISO 8601 时间 */
                                acceptBy: string;
                                /** @description ISO 8601 时间 */
                                acceptedAt: string | null;
                                /** @description ISO 8601 时间 */
                                acceptWarnAt: string;
                                alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                /** @description 本级收到工单的时间 */
                                at: string;
                                /** @description 派单员（第 0 级）或上一级经办人的用户 id */
                                delegatedBy: number | null;
                                /** @description 其姓名（工单详情中给出） */
                                delegatedByName: string | null;
                                /** @description ISO 8601 时间 */
                                dueBy: string;
                                /** @description ISO 8601 时间 */
                                dueWarnAt: string;
                                /** @description 上一级单位；第 0 级为 null（热线中心） */
                                fromUnitId: number | null;
                                fromUnitName: string | null;
                                /** @description 0 主办单位，逐级加一 */
                                level: number;
                                /** @description 下派意见（已脱敏） */
                                note: string | null;
                                /** @description 上一级最近一次退回答复的理由 */
                                rejection: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    note: string;
                                } | null;
                                /** @description 待上一级审核的答复（已脱敏；保密工单同正文规则） */
                                reply: {
                                    /** @description ISO 8601 时间 */
                                    at: string;
                                    by: number | null;
                                    byName: string | null;
                                    content: string;
                                    unitId: number;
                                } | null;
                                /**
                                 * @description dispatched 待签收 · handling 办理中 · delegated 已下派 · reviewing 答复待上一级审核
                                 * @enum {string}
                                 */
                                state: "dispatched" | "handling" | "delegated" | "reviewing";
                                unitId: number;
                                unitName: string | null;
                            }[];
                            /** @enum {string} */
                            channel: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                            /** @description ISO 8601 时间 */
                            closedAt: string | null;
                            /** @description 保密工单 */
                            confidential: boolean;
                            content: string;
                            /** @description ISO 8601 时间 */
                            createdAt: string;
                            directAnswer: boolean;
                            /** @description ISO 8601 时间 */
                            dispatchedAt: string | null;
                            districtId: number | null;
                            districtName: string | null;
                            /** @description ISO 8601 时间 */
                            dueBy: string | null;
                            /** @description ISO 8601 时间 */
                            dueWarnAt: string | null;
                            extendedDays: number;
                            /** @description ISO 8601 时间 */
                            firstRepliedAt: string | null;
                            handlingMinutes: number | null;
                            id: number;
                            /** @description 主办单位（下派链第 0 级）；unitId 是当前持有工单的单位 */
                            leadUnitId: number | null;
                            leadUnitName: string | null;
                            line: string | null;
                            mergedInto: number | null;
                            /** @description 当前用户所在的下派链层级（经办人本单位及下级中最上面的一级）；不在链上为 null */
                            myLevel: number | null;
                            /** @description 工单编号 */
                            number: string;
                            pendingExtension: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            pendingReturn: {
                                at: string;
                                days?: number;
                                reason: string;
                                requestedBy: number | null;
                                /** @description 派单异议：退单单位建议的承办单位 */
                                suggestedUnitId?: number | null;
                                unitId?: number;
                            } | null;
                            /** @enum {string} */
                            priority: "normal" | "urgent" | "emergency";
                            /** @description 诉求人同意公开 */
                            publicConsent: boolean;
                            reopenCount: number;
                            /** @description ISO 8601 时间 */
                            repliedAt: string | null;
                            replyScore: number | null;
                            resolved: boolean | null;
                            returnCount: number;
                            /** @enum {string|null} */
                            satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                            supervision: {
                                at: string;
                                by: number | null;
                                content: string;
                                /** @enum {string} */
                                kind: "notice" | "urge";
                                replyBy: string;
                            } | null;
                            title: string;
                            transferredTo: string | null;
                            /** @enum {string} */
                            type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                            /** @description 当前持有工单的单位（下派链最后一级） */
                            unitId: number | null;
                            unitName: string | null;
                            /** @description ISO 8601 时间 */
                            updatedAt: string;
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
    "/api/v1/tickets/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 受理时查找相似工单（尚未登记的诉求） */
        post: {
            parameters: {
                query?: {
                    days?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        content: string;
                        districtId?: number | null;
                        title?: string | null;
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
                                /** @description ISO 8601 时间 */
                                acceptBy: string | null;
                                /** @description ISO 8601 时间 */
                                acceptedAt: string | null;
                                /** @description ISO 8601 时间 */
                                acceptWarnAt: string | null;
                                address: string | null;
                                alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                assistUnitIds: number[];
                                callbackAttempts: number;
                                /** @description ISO 8601 时间 */
                                callbackDueBy: string | null;
                                /** @description 已脱敏 */
                                caller: {
                                    name: string | null;
                                    phone: string | null;
                                };
                                categoryId: number | null;
                                categoryName: string | null;
                                /** @description 工单所属中心（中心、分中心或市级中心） */
                                centreId: number | null;
                                centreName: string | null;
                                /** @description 下派链：第 0 级为主办单位，最后一级为当前承办单位 */
                                chain: {
                                    /** @description ISO 8601 时间 */
                                    acceptBy: string;
                                    /** @description ISO 8601 时间 */
                                    acceptedAt: string | null;
                                    /** @description ISO 8601 时间 */
                                    acceptWarnAt: string;
                                    alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                    /** @description 本级收到工单的时间 */
                                    at: string;
                                    /** @description 派单员（第 0 级）或上一级经办人的用户 id */
                                    delegatedBy: number | null;
                                    /** @description 其姓名（工单详情中给出） */
                                    delegatedByName: string | null;
                                    /** @description ISO 8601 时间 */
                                    dueBy: string;
                                    /** @description ISO 8601 时间 */
                                    dueWarnAt: string;
                                    /** @description 上一级单位；第 0 级为 null（热线中心） */
                                    fromUnitId: number | null;
                                    fromUnitName: string | null;
                                    /** @description 0 主办单位，逐级加一 */
                                    level: number;
                                    /** @description 下派意见（已脱敏） */
                                    note: string | null;
                                    /** @description 上一级最近一次退回答复的理由 */
                                    rejection: {
                                        /** @description ISO 8601 时间 */
                                        at: string;
                                        by: number | null;
                                        byName: string | null;
                                        note: string;
                                    } | null;
                                    /** @description 待上一级审核的答复（已脱敏；保密工单同正文规则） */
                                    reply: {
                                        /** @description ISO 8601 时间 */
                                        at: string;
                                        by: number | null;
                                        byName: string | null;
                                        content: string;
                                        unitId: number;
                                    } | null;
                                    /**
                                     * @description dispatched 待签收 · handling 办理中 · delegated 已下派 · reviewing 答复待上一级审核
                                     * @enum {string}
                                     */
                                    state: "dispatched" | "handling" | "delegated" | "reviewing";
                                    unitId: number;
                                    unitName: string | null;
                                }[];
                                /** @enum {string} */
                                channel: "110" | "phone" | "web" | "app" | "email" | "open311" | "wechat" | "letter";
                                /** @description ISO 8601 时间 */
                                closedAt: string | null;
                                /** @description 保密工单 */
                                confidential: boolean;
                                content: string;
                                /** @description ISO 8601 时间 */
                                createdAt: string;
                                directAnswer: boolean;
                                /** @description ISO 8601 时间 */
                                dispatchedAt: string | null;
                                districtId: number | null;
                                districtName: string | null;
                                /** @description ISO 8601 时间 */
                                dueBy: string | null;
                                /** @description ISO 8601 时间 */
                                dueWarnAt: string | null;
                                extendedDays: number;
                                /** @description ISO 8601 时间 */
                                firstRepliedAt: string | null;
                                handlingMinutes: number | null;
                                id: number;
                                /** @description 主办单位（下派链第 0 级）；unitId 是当前持有工单的单位 */
                                leadUnitId: number | null;
                                leadUnitName: string | null;
                                line: string | null;
                                mergedInto: number | null;
                                /** @description 当前用户所在的下派链层级（经办人本单位及下级中最上面的一级）；不在链上为 null */
                                myLevel: number | null;
                                /** @description 工单编号 */
                                number: string;
                                pendingExtension: {
                                    at: string;
                                    days?: number;
                                    reason: string;
                                    requestedBy: number | null;
                                    /** @description 派单异议：退单单位建议的承办单位 */
                                    suggestedUnitId?: number | null;
                                    unitId?: number;
                                } | null;
                                pendingReturn: {
                                    at: string;
                                    days?: number;
                                    reason: string;
                                    requestedBy: number | null;
                                    /** @description 派单异议：退单单位建议的承办单位 */
                                    suggestedUnitId?: number | null;
                                    unitId?: number;
                                } | null;
                                /** @enum {string} */
                                priority: "normal" | "urgent" | "emergency";
                                /** @description 诉求人同意公开 */
                                publicConsent: boolean;
                                reopenCount: number;
                                /** @description ISO 8601 时间 */
                                repliedAt: string | null;
                                replyScore: number | null;
                                resolved: boolean | null;
                                returnCount: number;
                                /** @enum {string|null} */
                                satisfaction: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
                                /** @description 0–1，0.55 起视为同一事项 */
                                score: number;
                                /** @enum {string} */
                                status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                                supervision: {
                                    at: string;
                                    by: number | null;
                                    content: string;
                                    /** @enum {string} */
                                    kind: "notice" | "urge";
                                    replyBy: string;
                                } | null;
                                title: string;
                                transferredTo: string | null;
                                /** @enum {string} */
                                type: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise";
                                /** @description 当前持有工单的单位（下派链最后一级） */
                                unitId: number | null;
                                unitName: string | null;
                                /** @description ISO 8601 时间 */
                                updatedAt: string;
                                version: number;
                                why: {
                                    place: number;
                                    sharedPlaces: string[];
                                    sharedWords: string[];
                                    text: number;
                                    time: number;
                                };
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
    "/api/v1/time-limit-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 时限规则（最具体的规则优先） */
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
        /** 新增时限规则 */
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
                        /** @description 签收时限 */
                        acceptLimit?: {
                            amount: number;
                            /** @enum {string} */
                            unit: "working_hours" | "working_days" | "clock_hours";
                        } | null;
                        categoryId?: number | null;
                        /** @description 办理时限 */
                        handleLimit?: {
                            amount: number;
                            /** @enum {string} */
                            unit: "working_hours" | "working_days" | "clock_hours";
                        } | null;
                        /** @enum {string|null} */
                        priority?: "normal" | "urgent" | "emergency" | null;
                        /** @enum {string|null} */
                        type?: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise" | null;
                    };
                };
            };
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
    "/api/v1/time-limit-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改时限规则 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 签收时限 */
                        acceptLimit?: {
                            amount: number;
                            /** @enum {string} */
                            unit: "working_hours" | "working_days" | "clock_hours";
                        } | null;
                        categoryId?: number | null;
                        /** @description 办理时限 */
                        handleLimit?: {
                            amount: number;
                            /** @enum {string} */
                            unit: "working_hours" | "working_days" | "clock_hours";
                        } | null;
                        /** @enum {string|null} */
                        priority?: "normal" | "urgent" | "emergency" | null;
                        /** @enum {string|null} */
                        type?: "consult" | "help" | "complaint" | "report" | "suggestion" | "praise" | null;
                    };
                };
            };
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
        post?: never;
        /** 删除时限规则 */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 承办单位树（完整列表） */
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
                                active: boolean;
                                code: string;
                                id: number;
                                /** @description 中心（根中心、分中心、市级中心） */
                                isCentre: boolean;
                                kind: string;
                                name: string;
                                parentId: number | null;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建承办单位 */
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
                        code: string;
                        /** @description 是否为中心（分中心、市级中心） */
                        isCentre?: boolean;
                        /** @enum {string} */
                        kind: "center" | "department" | "district" | "street" | "community" | "enterprise";
                        name: string;
                        parentId: number | null;
                        sort?: number;
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
                            code: string;
                            id: number;
                            /** @description 中心（分中心、省市共用平台的市级中心）：其坐席、派单员只办理本中心及下属中心的工单 */
                            isCentre: boolean;
                            /** @enum {string} */
                            kind: "center" | "department" | "district" | "street" | "community" | "enterprise";
                            name: string;
                            parentId: number | null;
                            sort: number;
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
    "/api/v1/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改承办单位（名称、编码、类型、上级、排序） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code?: string;
                        /** @description 是否为中心（分中心、市级中心） */
                        isCentre?: boolean;
                        /** @enum {string} */
                        kind?: "center" | "department" | "district" | "street" | "community" | "enterprise";
                        name?: string;
                        parentId?: number | null;
                        sort?: number;
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
                            code: string;
                            id: number;
                            /** @description 中心（分中心、省市共用平台的市级中心）：其坐席、派单员只办理本中心及下属中心的工单 */
                            isCentre: boolean;
                            /** @enum {string} */
                            kind: "center" | "department" | "district" | "street" | "community" | "enterprise";
                            name: string;
                            parentId: number | null;
                            sort: number;
                            /** @description 引用该单位的工单与用户 */
                            usage: {
                                all: number;
                                asDistrict: number;
                                open: number;
                                users: number;
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
    "/api/v1/units/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 启用承办单位 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                            active: boolean;
                            code: string;
                            id: number;
                            /** @description 中心（分中心、省市共用平台的市级中心）：其坐席、派单员只办理本中心及下属中心的工单 */
                            isCentre: boolean;
                            /** @enum {string} */
                            kind: "center" | "department" | "district" | "street" | "community" | "enterprise";
                            name: string;
                            parentId: number | null;
                            sort: number;
                            /** @description 引用该单位的工单与用户 */
                            usage: {
                                all: number;
                                asDistrict: number;
                                open: number;
                                users: number;
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
    "/api/v1/units/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用承办单位（不再可派单；已有工单不受影响） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                            active: boolean;
                            code: string;
                            id: number;
                            /** @description 中心（分中心、省市共用平台的市级中心）：其坐席、派单员只办理本中心及下属中心的工单 */
                            isCentre: boolean;
                            /** @enum {string} */
                            kind: "center" | "department" | "district" | "street" | "community" | "enterprise";
                            name: string;
                            parentId: number | null;
                            sort: number;
                            /** @description 引用该单位的工单与用户 */
                            usage: {
                                all: number;
                                asDistrict: number;
                                open: number;
                                users: number;
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
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 用户列表 */
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
                                active: boolean;
                                displayName: string | null;
                                id: number;
                                /** @enum {string} */
                                role: "agent" | "dispatcher" | "unit_handler" | "callback_agent" | "supervisor" | "analyst" | "admin" | "quality_inspector";
                                unitId: number | null;
                                username: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建用户 */
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
                        displayName?: string | null;
                        /** @description 至少 10 个字符，不含用户名，不是常见或容易猜到的密码（否则 400 weak_password） */
                        password: string;
                        /** @enum {string} */
                        role: "agent" | "dispatcher" | "unit_handler" | "callback_agent" | "supervisor" | "analyst" | "admin" | "quality_inspector";
                        unitId?: number | null;
                        username: string;
                    };
                };
            };
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
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改用户（姓名、角色、所属单位、启用/停用） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        displayName?: string | null;
                        /** @enum {string} */
                        role?: "agent" | "dispatcher" | "unit_handler" | "callback_agent" | "supervisor" | "analyst" | "admin" | "quality_inspector";
                        unitId?: number | null;
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
                            displayName: string | null;
                            id: number;
                            /** @enum {string} */
                            role: "agent" | "dispatcher" | "unit_handler" | "callback_agent" | "supervisor" | "analyst" | "admin" | "quality_inspector";
                            unitId: number | null;
                            username: string;
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
    "/api/v1/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重置用户密码（该用户的登录全部失效） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 至少 10 个字符，不含用户名，不是常见或容易猜到的密码（否则 400 weak_password） */
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
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 事件推送（Webhook）订阅列表（不含密钥） */
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
                                createdAt: string;
                                events: string[];
                                id: number;
                                paused: boolean;
                                personalData: boolean;
                                unitId: number | null;
                                url: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * 新建事件推送订阅
         * @description 已提交的工单事件按工单顺序推送到 url，带 X-Hotline-Signature 签名，失败按退避重试，多次失败后停放（可重放）。详见 docs/webhooks.md。
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
                        /** @description 要推送的事件类型，如 ["registered","dispatched"]；["*"] 或不填：全部 */
                        events?: string[];
                        /** @description 接收方协议允许个人信息不脱敏（管理员设置，留痕）；缺省脱敏 */
                        personalData?: boolean;
                        /** @description 签名密钥（至少 16 个字符；只写不读） */
                        secret: string;
                        /** @description 只推送此单位承办（主办或协办）过的工单的事件：部门自己的系统用 */
                        unitId?: number | null;
                        /**
                         * Format: uri
                         * @description 接收方地址（POST）
                         */
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
                            createdAt: string;
                            events: string[];
                            id: number;
                            paused: boolean;
                            personalData: boolean;
                            unitId: number | null;
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
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 事件推送订阅 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                            events: string[];
                            id: number;
                            paused: boolean;
                            personalData: boolean;
                            unitId: number | null;
                            url: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** 删除事件推送订阅（连同其推送记录） */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
        options?: never;
        head?: never;
        /**
         * 修改事件推送订阅：暂停/恢复（paused）、地址、密钥、事件、单位、个人信息协议
         * @description 暂停期间事件照常记录为待推送，恢复后按顺序补发。
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 要推送的事件类型，如 ["registered","dispatched"]；["*"] 或不填：全部 */
                        events?: string[];
                        paused?: boolean;
                        /** @description 接收方协议允许个人信息不脱敏（管理员设置，留痕）；缺省脱敏 */
                        personalData?: boolean;
                        /** @description 签名密钥（至少 16 个字符；只写不读） */
                        secret?: string;
                        /** @description 只推送此单位承办（主办或协办）过的工单的事件：部门自己的系统用 */
                        unitId?: number | null;
                        /**
                         * Format: uri
                         * @description 接收方地址（POST）
                         */
                        url?: string;
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
                            events: string[];
                            id: number;
                            paused: boolean;
                            personalData: boolean;
                            unitId: number | null;
                            url: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 推送记录：状态（pending 待推送/重试中、delivered 已送达、dead 已停放）、尝试次数、最后错误 */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    status?: "pending" | "delivered" | "dead";
                };
                header?: never;
                path: {
                    id: number;
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
                                attempts: number;
                                createdAt: string;
                                deliveredAt: string | null;
                                eventId: number;
                                id: string;
                                lastError: string | null;
                                lastStatus: number | null;
                                nextAttemptAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "delivered" | "dead";
                                ticketId: number;
                                type: string;
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
    "/api/v1/webhooks/{id}/deliveries/{deliveryId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重放一条推送（已停放或已送达的） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    deliveryId: string;
                    id: number;
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
                            replayed: number;
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
    "/api/v1/webhooks/{id}/deliveries/replay-dead": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重放此订阅全部已停放的推送 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                            replayed: number;
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
    "/healthz": {
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
    "/open311/v2/{*}": {
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
                    "*": string;
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
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    "*": string;
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
    "/open311/v2/discovery.json": {
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
    "/open311/v2/discovery.xml": {
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
    "/open311/v2/requests.json": {
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
    "/open311/v2/requests.xml": {
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
    "/open311/v2/requests/{file}": {
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
                    file: string;
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
    "/open311/v2/servicerequestupdates.json": {
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
    "/open311/v2/servicerequestupdates.xml": {
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
    "/open311/v2/services.json": {
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
    "/open311/v2/services.xml": {
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
    "/open311/v2/services/{file}": {
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
                    file: string;
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
    "/open311/v2/tokens/{file}": {
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
                    file: string;
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
