/**
 * GENERATED from the API's OpenAPI document by `npm run api:types` (scripts/api-types.ts, with
 * openapi-typescript). Do not edit: change the route schemas in src/api and regenerate;
 * `npm run check` fails while this file differs from what the API describes.
 */
/* eslint-disable */
export type paths = {
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 安全审计日志查询（只读；日志只能追加）：按时间、操作人、操作类型、结果、对象筛选，新的在前；每条带操作类型、结果和对象类型的中文名称 */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actor?: string;
                    from?: string;
                    outcome?: "success" | "failure" | "denied";
                    page?: string;
                    pageSize?: string;
                    target?: string;
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
                            /** @description 平台记录的全部操作类型及其中文名称（筛选用） */
                            actions: {
                                code: string;
                                label: string;
                            }[];
                            items: components["schemas"]["AuditEntry"][];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 校验安全审计日志的哈希链（与命令行 eduplan audit verify 相同）：逐条重算哈希，报告首批断点；可传入上次保存的锚点。校验本身记入日志 */
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
                        anchor?: string;
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
                        "application/json": components["schemas"]["AuditChainReport"];
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/collection/{period}/completeness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 填报进度：各县市区和各校应报、已提交、已审核、已生效、逾期，以及距截止的天数 */
        get: {
            parameters: {
                query?: {
                    /** @description 组织机构代码（县市区、功能区或乡镇街道）；省略时为本单位 */
                    org?: string;
                    /** @description false：只要汇总数（各状态学校数、各县计数），不要逐校列表 */
                    schools?: "true" | "false";
                };
                header?: never;
                path: {
                    period: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Completeness"];
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/collection/{period}/decide/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 市级批量审核：对多所学校执行同一操作（默认：全市县级已审核的报表），通过即锁定并生效，逐校报告结果 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    period: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "approve" | "return";
                        codes?: string[];
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
                        "application/json": components["schemas"]["BulkReviewResult"];
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/collection/{period}/decide/bulk/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 市级批量审核预演（不写入任何数据）：同一请求将处理哪些报表、是否锁定、各县市区的份数，以及这些报表的软规则提示及学校是否已说明；不能处理的逐校说明原因 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    period: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "approve" | "return";
                        codes?: string[];
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
                        "application/json": components["schemas"]["BulkReviewPreview"];
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/collection/{period}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出某采集周期的数据（.xlsx）：管理范围内（可用 org 限定单位）每所学校一行、每种报表一张工作表，含状态、提交时间和全部字段，另有“说明”工作表；可按报表 form 和状态 state（all 全部、submitted 已上报、approved 县级已审核及以上、final 已生效）筛选；每次导出都记入审计日志 */
        get: {
            parameters: {
                query?: {
                    form?: string;
                    /** @description 组织机构代码（县市区、功能区或乡镇街道）；省略时为本单位 */
                    org?: string;
                    state?: "all" | "submitted" | "approved" | "final";
                };
                header?: never;
                path: {
                    period: string;
                };
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
    "/api/v1/collection/{period}/import/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 学校填报员导入本校 Excel：须带上预览同一文件返回的 previewToken；与预览相同的检查，有任何问题、或预览后有学校的报表被修改（409，逐校列出），则全部不保存；否则在一个事务中保存全部有变化的行（重复导入同一文件不产生变化） */
        post: {
            parameters: {
                query?: {
                    /** @description 文件名（只记入审计日志） */
                    fileName?: string;
                    /** @description 导入时必填：预览同一文件时返回的 previewToken；预览后有学校的报表被修改时拒绝导入。预览时不用 */
                    previewToken?: string;
                };
                header?: never;
                path: {
                    period: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportResult"];
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/collection/{period}/import/county-commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 县级统一导入：县级账号代本县学校导入 Excel（仅限草稿或退回状态、采集期内），须带上预览同一文件返回的 previewToken；预览后有学校的报表被修改时拒绝（409，逐校列出）；全部成功或全部不保存；修改记录和审计日志记下导入人 */
        post: {
            parameters: {
                query?: {
                    /** @description 文件名（只记入审计日志） */
                    fileName?: string;
                    /** @description 导入时必填：预览同一文件时返回的 previewToken；预览后有学校的报表被修改时拒绝导入。预览时不用 */
                    previewToken?: string;
                };
                header?: never;
                path: {
                    period: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportResult"];
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/collection/{period}/import/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 预览 Excel 导入（请求体为 .xlsx 文件，不超过 16 MB）：逐行列出学校、状态、将修改的字段（原值 → 新值）和全部问题；不写入任何数据 */
        post: {
            parameters: {
                query?: {
                    /** @description 文件名（只记入审计日志） */
                    fileName?: string;
                    /** @description 导入时必填：预览同一文件时返回的 previewToken；预览后有学校的报表被修改时拒绝导入。预览时不用 */
                    previewToken?: string;
                };
                header?: never;
                path: {
                    period: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportResult"];
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/collection/{period}/import/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 下载 Excel 导入的问题清单（.xlsx）：请求体为要导入的文件，按预览的全部检查（含报表的校验规则）列出每个错误和提示，按行排序；不写入任何数据，记入审计日志 */
        post: {
            parameters: {
                query?: {
                    /** @description 文件名（只记入审计日志） */
                    fileName?: string;
                };
                header?: never;
                path: {
                    period: string;
                };
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
    "/api/v1/collection/{period}/review/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 县级批量审核：对多所学校执行同一操作（默认：本县全部待审核的报表），逐校报告结果；同一学校只处理一次 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    period: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "approve" | "return";
                        codes?: string[];
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
                        "application/json": components["schemas"]["BulkReviewResult"];
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/collection/{period}/review/bulk/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 县级批量审核预演（不写入任何数据）：同一请求将处理哪些报表、是否锁定、各县市区的份数，以及这些报表的软规则提示及学校是否已说明；不能处理的逐校说明原因 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    period: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "approve" | "return";
                        codes?: string[];
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
                        "application/json": components["schemas"]["BulkReviewPreview"];
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/collection/{period}/submissions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一所学校某采集周期的报表：当前值、上年值、校验结果、可执行的操作 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    period: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Submission"];
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /** 保存草稿（学校填报员）：只保存给出的字段；version 为打开时的版本，他人已修改时拒绝 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    period: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        explanations?: {
                            [key: string]: string;
                        };
                        values: {
                            [key: string]: components["schemas"]["FieldValueInput"];
                        };
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
                        "application/json": components["schemas"]["Submission"];
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/collection/{period}/submissions/{code}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 即时校验（学校填报员）：已保存的值加上未保存的修改，按提交时的规则校验（含上年值和本县同类学校），不保存任何数据 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    period: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        explanations?: {
                            [key: string]: string;
                        };
                        values: {
                            [key: string]: components["schemas"]["FieldValueInput"];
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
                            /** @description 阻止提交的问题：硬规则，以及未说明的软规则 */
                            blocking: components["schemas"]["ValidationIssue"][];
                            issues: components["schemas"]["ValidationIssue"][];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/collection/{period}/submissions/{code}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 市级审核：通过并锁定、退回（需意见）、直接解锁（需意见）、同意或驳回解锁申请 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    period: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "approve" | "return" | "unlock" | "grantUnlock" | "rejectUnlock";
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
                        "application/json": components["schemas"]["Submission"];
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/collection/{period}/submissions/{code}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 报表的全部修改记录（字段、原值、新值、修改人、时间）和审核记录 */
        get: {
            parameters: {
                query?: {
                    field?: string;
                };
                header?: never;
                path: {
                    code: string;
                    period: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SubmissionHistory"];
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/collection/{period}/submissions/{code}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 县级审核：退回（需意见）、审核通过、申请解锁（需意见） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    period: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "return" | "approve" | "requestUnlock";
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
                        "application/json": components["schemas"]["Submission"];
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/collection/{period}/submissions/{code}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交（学校填报员）：全部校验通过（软规则已说明）后提交县级审核 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    period: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Submission"];
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/collection/{period}/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载 Excel 填报模板：学校填报员为本校；县级和市级为所选单位（org，默认本单位）中填报该报表（form）的全部学校，预填当前值 */
        get: {
            parameters: {
                query?: {
                    form?: string;
                    /** @description 组织机构代码（县市区、功能区或乡镇街道）；省略时为本单位 */
                    org?: string;
                };
                header?: never;
                path: {
                    period: string;
                };
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
    "/api/v1/collection/periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 采集周期和报表（数据元素、分组、校验规则见 catalog/collection），以及服务器当前时间 now */
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
                            categories: components["schemas"]["Category"][];
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            elements: components["schemas"]["DataElement"][];
                            forms: components["schemas"]["FormDefinition"][];
                            now: string;
                            periods: components["schemas"]["CollectionPeriod"][];
                            rules: components["schemas"]["ValidationRule"][];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传一份佐证材料：请求体为文件本身（Content-Type: application/octet-stream），请求头 X-File-Name 为 encodeURIComponent 编码的文件名（不超过 200 个字符，不含路径）。类型按内容检查且须与扩展名一致（PDF、PNG/JPEG/GIF/WebP 图片、Word .docx/.doc、Excel .xlsx/.xls），不超过 50 MB；相同内容只存一份。记入审计日志 */
        post: {
            parameters: {
                query: {
                    /** @description 材料所属单位：县市区或乡镇街道代码（须在本账号范围内） */
                    org: string;
                };
                header?: never;
                path?: never;
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
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            file: components["schemas"]["EvidenceFile"];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 文件超过大小上限（EVIDENCE_TOO_LARGE） */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/evidence/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载一份佐证材料（附件，Content-Disposition: attachment；类型为上传时按内容识别的类型，浏览器不会执行）。记入审计日志 */
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
    "/api/v1/evidence/{id}/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一份佐证材料的说明：文件名、类型、大小、SHA-256、所属单位、上传人和时间（不记审计） */
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
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            file: components["schemas"]["EvidenceFile"];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/geo/counties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 济宁市县级行政区边界（GeoJSON，GCJ-02 坐标；来源 DataV.GeoAtlas，高德） */
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
                        "application/json": components["schemas"]["CountyBoundaries"];
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/institutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 学校和幼儿园名录：筛选、排序、分页 */
        get: {
            parameters: {
                query?: {
                    /** @description 是否包含当学年已停办、已合并或尚未开办的机构 */
                    includeInactive?: "true" | "false";
                    /** @description 幼儿园等级，多个值用英文逗号分隔：provincialDemo, class1, class2, class3, unrated */
                    kgClass?: string;
                    order?: "asc" | "desc";
                    /** @description 组织机构代码（市、县市区、功能区或乡镇街道）；省略时为全市 */
                    org?: string;
                    /** @description 举办者类型，多个值用英文逗号分隔：public, inclusivePrivate, private */
                    ownership?: string;
                    page?: string;
                    pageSize?: string;
                    /** @description 名称的一部分或代码开头 */
                    q?: string;
                    /** @description 办学类型，多个值用英文逗号分隔：111, 211, 218, 311, 312, 341, 342, 345, 511, 512, 513, 514 */
                    runningType?: string;
                    sort?: "code" | "name" | "enrolment" | "county" | "runningType";
                    /** @description 城乡类型，多个值用英文逗号分隔：111, 112, 121, 122, 123, 210, 220 */
                    urbanRural?: string;
                    /** @description 学年（2025 表示 2025—2026 学年秋季统计）；省略时为最新学年 */
                    year?: string;
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
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            items: components["schemas"]["InstitutionListItem"][];
                            page: number;
                            pageSize: number;
                            total: number;
                            year: number;
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/institutions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一所学校（幼儿园）：属性、属性历史、办学事件和历年统计 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            institution: components["schemas"]["InstitutionDetail"];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 各县市区当前已批准工作方案的举措（举措编号各版本不变） */
        get: {
            parameters: {
                query?: {
                    county?: string;
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
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            measures: components["schemas"]["Measure"][];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 各时间节点在各县市区的完成情况（已完成、未完成、逾期未完成、待核实、不涉及），含未达到条件的乡镇或学校及逾期起始日 */
        get: {
            parameters: {
                query?: {
                    /** @description 核对日期（YYYY-MM-DD，北京时间） */
                    asOf?: string;
                    /** @description 全市或县市区（功能区）代码；省略时为本账号的单位 */
                    org?: string;
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
                        "application/json": components["schemas"]["MilestonesResponse"];
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/milestones/{milestone}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 县市区报送一个时间节点的完成情况（完成日期、说明、佐证材料），待市级核实；只适用于完成规则为报送的时间节点 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    milestone: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 完成日期（YYYY-MM-DD，北京时间） */
                        completedOn: string;
                        countyCode: string;
                        /** @description 佐证材料编号（先 POST /api/v1/evidence 上传） */
                        evidenceIds: string[];
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
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            report: components["schemas"]["MilestoneReport"];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/milestones/facts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 县市区登记一个乡镇的事项（幼儿园镇村一体化、强镇筑基试点），自某日起生效，附佐证材料，待市级核实 */
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
                        /** @description 生效日期（YYYY-MM-DD，北京时间） */
                        effectiveFrom: string;
                        /** @description 佐证材料编号（先 POST /api/v1/evidence 上传） */
                        evidenceIds: string[];
                        /** @enum {string} */
                        fact: "townVillageIntegration" | "strongTownshipPilot";
                        /** @default  */
                        note?: string;
                        townshipCode: string;
                        value: boolean;
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
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            fact: components["schemas"]["TownshipFact"];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/milestones/facts/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 市级核实或退回一条待核实的乡镇事项登记（退回须写明意见） */
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
                        comment?: string;
                        /** @enum {string} */
                        decision: "verified" | "rejected";
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
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/milestones/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 县市区登记的乡镇事项和时间节点报送，含佐证材料和市级核实记录（新的在前） */
        get: {
            parameters: {
                query?: {
                    /** @description 全市或县市区（功能区）代码；省略时为本账号的单位 */
                    org?: string;
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
                        "application/json": components["schemas"]["MilestoneRecordsResponse"];
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/milestones/reports/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 市级核实或退回一条待核实的时间节点报送（退回须写明意见） */
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
                        comment?: string;
                        /** @enum {string} */
                        decision: "verified" | "rejected";
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
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/org-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 组织机构树：济宁市 → 县市区和功能区 → 乡镇（街道） */
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
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            tree: components["schemas"]["OrgTreeNode"];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 行动方案：七项 2027 年目标、时间节点和 19 项重点任务 */
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
                            plan: components["schemas"]["Plan"];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/reporting/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 督办清单：逾期（过完成时限未通过“已完成”）和受阻的举措；超过宽限期的标红，标红的在前 */
        get: {
            parameters: {
                query?: {
                    county?: string;
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
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            graceDays: number;
                            items: {
                                measure: components["schemas"]["ReportMeasure"];
                                state: components["schemas"]["MeasureState"];
                            }[];
                            summary: {
                                blocked: number;
                                overdue: number;
                                red: number;
                                visible: number;
                            };
                            today: string;
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/reporting/measures/{measure}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个举措各轮报告的全部记录（填写、修改、报送、通过、退回及退回意见），只增不改 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    measure: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            events: {
                                /** @enum {string} */
                                action: "create" | "save" | "submit" | "resubmit" | "accept" | "return";
                                actor: string;
                                at: string;
                                blockedReason: string | null;
                                comment: string | null;
                                /** @description 当时所附佐证材料的编号 */
                                evidence: string[];
                                figure: number | null;
                                fromState: components["schemas"]["ReportState"] | null;
                                id: number;
                                progress: components["schemas"]["MeasureProgress"];
                                roundId: string;
                                text: string;
                                toState: components["schemas"]["ReportState"];
                            }[];
                            measure: components["schemas"]["ReportMeasure"];
                            state: components["schemas"]["MeasureState"];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/reporting/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审核队列：各县市区的进展报告（默认为已报送待审核的），最早报送的在前；可按轮次、县市区、状态、任务筛选 */
        get: {
            parameters: {
                query?: {
                    county?: string;
                    round?: string;
                    /** @description 报告状态，多个值用英文逗号分隔：draft, submitted, accepted, returned */
                    state?: string;
                    task?: string;
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
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            items: {
                                measure: components["schemas"]["ReportMeasure"];
                                report: components["schemas"]["ProgressReport"];
                                roundLabel: string;
                            }[];
                            today: string;
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/reporting/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 报送轮次（按月或按季度，见 config/reporting.yaml）、当前轮次、截止日和督办宽限期 */
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
                        "application/json": components["schemas"]["ReportingRounds"];
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/reporting/rounds/{round}/counties/{county}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个县市区一个轮次的进展报告：已批准工作方案中的每个举措、本轮报告和推进状态 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    county: string;
                    round: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            county: {
                                code: string;
                                name: string;
                            };
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            items: {
                                measure: components["schemas"]["ReportMeasure"];
                                report: components["schemas"]["ProgressReport"];
                                state: components["schemas"]["MeasureState"];
                            }[];
                            round: components["schemas"]["ReportingRound"];
                            summary: {
                                accepted: number;
                                draft: number;
                                measures: number;
                                notFiled: number;
                                returned: number;
                                submitted: number;
                            };
                            today: string;
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/reporting/rounds/{round}/measures/{measure}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个举措一个轮次的报告（含佐证材料清单和可执行的操作） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    measure: string;
                    round: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            report: components["schemas"]["ProgressReport"];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /** 填写或修改报告草稿（县级）：状态、进展说明、完成数值、佐证材料编号；version 为打开时的版本，他人已修改时拒绝；轮次截止后拒绝 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    measure: string;
                    round: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        blockedReason?: string | null;
                        /** @default [] */
                        evidence?: string[];
                        /** @default null */
                        figure?: number | null;
                        /** @enum {string} */
                        progress: "notStarted" | "inProgress" | "done" | "blocked";
                        text: string;
                        /** @description 打开报告时的版本（尚未填写为 0） */
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
                        "application/json": {
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            report: components["schemas"]["ProgressReport"];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/reporting/rounds/{round}/measures/{measure}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 市级审核：通过（accept），或退回（return，须写退回意见） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    measure: string;
                    round: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "accept" | "return";
                        comment?: string | null;
                        /** @description 打开报告时的版本（尚未填写为 0） */
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
                        "application/json": {
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            report: components["schemas"]["ProgressReport"];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/reporting/rounds/{round}/measures/{measure}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 报送（县级）：进展说明必填，受阻须写原因，有量化目标须填完成数值，已完成须附佐证材料；退回后再次报送 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    measure: string;
                    round: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 打开报告时的版本（尚未填写为 0） */
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
                        "application/json": {
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            report: components["schemas"]["ProgressReport"];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前会话：账号、角色、权限和防伪令牌 */
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
                            account: {
                                createdAt: string;
                                disabled: boolean;
                                displayName: string;
                                failedAttempts: number;
                                id: number;
                                lockedUntil: string | null;
                                mustChangePassword: boolean;
                                passwordChangedAt: string | null;
                                /** @enum {string} */
                                role: "cityAdmin" | "auditAdmin" | "cityStaff" | "countyAdmin" | "schoolClerk" | "inspector" | "readOnly";
                                scope: {
                                    /** @enum {string} */
                                    kind: "org";
                                    orgCode: string;
                                } | {
                                    institutionCode: string;
                                    /** @enum {string} */
                                    kind: "institution";
                                };
                                username: string;
                            };
                            /** @description 状态变更请求须在请求头 X-CSRF-Token 中携带 */
                            csrfToken: string;
                            /** @description 页面默认显示的学年：本单位（学校账号为全市）数据完整的最近学年；无数据时为 null */
                            defaultYear: number | null;
                            mustChangePassword: boolean;
                            permissions: string[];
                            role: {
                                code: string;
                                name: string;
                            };
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 登录：成功后设置会话 Cookie（httpOnly、SameSite=Strict），返回账号和防伪令牌 */
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
                            account: {
                                createdAt: string;
                                disabled: boolean;
                                displayName: string;
                                failedAttempts: number;
                                id: number;
                                lockedUntil: string | null;
                                mustChangePassword: boolean;
                                passwordChangedAt: string | null;
                                /** @enum {string} */
                                role: "cityAdmin" | "auditAdmin" | "cityStaff" | "countyAdmin" | "schoolClerk" | "inspector" | "readOnly";
                                scope: {
                                    /** @enum {string} */
                                    kind: "org";
                                    orgCode: string;
                                } | {
                                    institutionCode: string;
                                    /** @enum {string} */
                                    kind: "institution";
                                };
                                username: string;
                            };
                            /** @description 状态变更请求须在请求头 X-CSRF-Token 中携带 */
                            csrfToken: string;
                            /** @description 页面默认显示的学年：本单位（学校账号为全市）数据完整的最近学年；无数据时为 null */
                            defaultYear: number | null;
                            mustChangePassword: boolean;
                            permissions: string[];
                            role: {
                                code: string;
                                name: string;
                            };
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /** 退出登录 */
        delete: {
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
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/session/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改本人密码（至少 8 位，含大小写字母、数字、符号中的至少 3 类，不是常见密码，不是最近 5 次用过的密码）；其他会话随之失效。当前密码错误计入登录失败次数，达到 5 次账号锁定 15 分钟、会话全部结束 */
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
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/standards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 全市县域评估概览：各县市区两项标准的结论和 T4（两项均达标的县市区占比） */
        get: {
            parameters: {
                query?: {
                    /** @description 学年（2025 表示 2025—2026 学年秋季统计）；省略时为最新学年 */
                    year?: string;
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
                            counties: {
                                compulsoryBalanced: {
                                    /** @description 各结论的规则数（pass、fail、incomplete、notApplicable） */
                                    counts: {
                                        fail: number;
                                        incomplete: number;
                                        notApplicable: number;
                                        pass: number;
                                    };
                                    /** @description 中文一句话小结 */
                                    summary: string;
                                    /**
                                     * @description pass 达标，fail 未达标，incomplete 待定（缺少数据或评估认定）
                                     * @enum {string}
                                     */
                                    verdict: "pass" | "fail" | "incomplete";
                                };
                                countyCode: string;
                                countyName: string;
                                /**
                                 * @description pass 达标，fail 未达标，incomplete 待定（缺少数据或评估认定）
                                 * @enum {string}
                                 */
                                countyStandardsVerdict: "pass" | "fail" | "incomplete";
                                preschoolUniversal: {
                                    /** @description 各结论的规则数（pass、fail、incomplete、notApplicable） */
                                    counts: {
                                        fail: number;
                                        incomplete: number;
                                        notApplicable: number;
                                        pass: number;
                                    };
                                    /** @description 中文一句话小结 */
                                    summary: string;
                                    /**
                                     * @description pass 达标，fail 未达标，incomplete 待定（缺少数据或评估认定）
                                     * @enum {string}
                                     */
                                    verdict: "pass" | "fail" | "incomplete";
                                };
                            }[];
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            /** @description 全市口径；县级账号为 null */
                            t4: {
                                evaluated: number;
                                failing: number;
                                incomplete: number;
                                passingBoth: number;
                                share: number | null;
                            } | null;
                            year: number;
                            years: number[];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/standards/counties/{county}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个县市区的县域评估：每所学校（学段）的七项指标、差异系数、每条规则的结论和计算依据 */
        get: {
            parameters: {
                query?: {
                    /** @description 学年（2025 表示 2025—2026 学年秋季统计）；省略时为最新学年 */
                    year?: string;
                };
                header?: never;
                path: {
                    county: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            evaluation: components["schemas"]["CountyEvaluation"];
                            years: number[];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/standards/counties/{county}/gap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 达标差距方案：使可计算规则全部达标的最小一组具体改进（学校、数量、费用） */
        get: {
            parameters: {
                query?: {
                    /** @description 学年（2025 表示 2025—2026 学年秋季统计）；省略时为最新学年 */
                    year?: string;
                };
                header?: never;
                path: {
                    county: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            plan: components["schemas"]["GapPlan"];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/standards/counties/{county}/inputs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 录入县级数据（3—5 岁人口、交流轮岗、特教生均公用经费），每项追加一条记录 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    county: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        evidence: string;
                        values: {
                            population3to5?: number;
                            rotatedBackboneTeachers?: number;
                            rotatedTeachers?: number;
                            rotationEligibleTeachers?: number;
                            specialEducationFundingPerStudent?: number;
                        };
                        year: number;
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
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/standards/counties/{county}/judgements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 录入评估认定（需人工判断的项目：是否达标、得分和依据），追加一条记录 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    county: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        evidence: string;
                        itemId: string;
                        met: boolean;
                        /** @default null */
                        score?: number | null;
                        year: number;
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
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/standards/counties/{county}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 县级数据和评估认定的全部记录（最新在前；更正为追加的新记录） */
        get: {
            parameters: {
                query?: {
                    /** @description 学年（2025 表示 2025—2026 学年秋季统计）；省略时为最新学年 */
                    year?: string;
                };
                header?: never;
                path: {
                    county: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            inputs: {
                                evidence: string;
                                item: string;
                                recordedAt: string;
                                recordedBy: string;
                                value: number;
                            }[];
                            judgements: {
                                evaluator: string;
                                evidence: string;
                                itemId: string;
                                met: boolean;
                                recordedAt: string;
                                score: number | null;
                            }[];
                            year: number;
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/standards/rule-packs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 县域评估规则包：指标、阈值和每条规则的出处（可配置，见 catalog/standards） */
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
                            packs: (components["schemas"]["CompulsoryBalancedPack"] | components["schemas"]["PreschoolUniversalPack"])[];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/standing/{institution}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一所学校的本校概况：计入的目标（是否计入分子、属性值、所在县和全市的值）、县域评估的学段指标、各采集期报表和截止时间 */
        get: {
            parameters: {
                query?: {
                    /** @description 学年（2025 表示 2025—2026 学年秋季统计）；省略时为最新学年 */
                    year?: string;
                };
                header?: never;
                path: {
                    institution: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            standing: components["schemas"]["Standing"];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/stocktake": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 月度调度：各县目标相对轨迹的状态、到期和逾期的时间节点、举措完成/逾期/受阻、排名（含排序方法）、与上次调度相比的变化；县级只看本县及其名次 */
        get: {
            parameters: {
                query?: {
                    /** @description 全市或县（市、区）的代码；省略时为本人所在单位（市级为全市） */
                    org?: string;
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
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            stocktake: components["schemas"]["Stocktake"];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/stocktake/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 县级履行教育职责督导评价（行动方案落实）：各县得分、排名，每一分说明来自哪个数字；权重由市教育局确定（config/duty-evaluation.yaml） */
        get: {
            parameters: {
                query?: {
                    /** @description 评价年度（目标取截至该年最近的完整学年，时间节点和举措取到该年 12 月 31 日或今天）；省略时为今年 */
                    year?: string;
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
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            evaluation: components["schemas"]["DutyEvaluation"];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/stocktake/evaluation/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出督导评价（.xlsx：排名、得分明细、方法） */
        get: {
            parameters: {
                query?: {
                    /** @description 评价年度（目标取截至该年最近的完整学年，时间节点和举措取到该年 12 月 31 日或今天）；省略时为今年 */
                    year?: string;
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
    "/api/v1/stocktake/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出月度调度（.xlsx：排名、目标、时间节点、举措四张表） */
        get: {
            parameters: {
                query?: {
                    /** @description 全市或县（市、区）的代码；省略时为本人所在单位（市级为全市） */
                    org?: string;
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
    "/api/v1/stocktake/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录本次月度调度（保存各县的数字，下次调度显示与此相比的变化）；仅市级 */
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
                        /** @description 调度名称，例如 2026年11月；每次不同 */
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
                            record: components["schemas"]["StocktakeRecord"];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某学年某单位的全部目标：数值、2027 目标、差距、状态和历年趋势（默认最近的完整学年） */
        get: {
            parameters: {
                query?: {
                    /** @description 组织机构代码（市、县市区、功能区或乡镇街道）；省略时为全市 */
                    org?: string;
                    /** @description 是否计入待审核的报表（已提交、县级已审核但尚未终审）；默认只用已审核数据 */
                    pending?: "true" | "false";
                    /** @description 学年（2025 表示 2025—2026 学年秋季统计）；省略时为最新学年 */
                    year?: string;
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
                            /** @description 各学年数据的报送完整度；未指定学年时默认为最近的完整学年 */
                            coverage: {
                                /** @description 报送比例达到完整阈值（config/live-figures.yaml） */
                                complete: boolean;
                                /** @description 距采集截止的天数（截止后为负） */
                                daysLeft: number | null;
                                /** @description 当学年应报送的在办机构数 */
                                expected: number;
                                /** @description 另有待审核报表的机构数 */
                                pendingReported: number;
                                periodId: string | null;
                                periodName: string | null;
                                /** @description 已有审核通过数据的机构数 */
                                reported: number;
                                /** @description 报送比例（计入待审核报表时含 pendingReported） */
                                share: number;
                                year: number;
                            }[];
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            org: {
                                code: string;
                                /**
                                 * @description nbs：国家统计局区划代码；local：平台为无国标代码的功能区分配的本地代码
                                 * @enum {string}
                                 */
                                codeSource: "nbs" | "local";
                                /** @enum {string|null} */
                                countyKind: "district" | "county" | "countyCity" | "zone" | null;
                                /** @description 由功能区代管的乡镇街道所属的法定县级单位 */
                                legalParentCode: string | null;
                                /** @enum {string} */
                                level: "city" | "county" | "township";
                                name: string;
                                parentCode: string | null;
                            };
                            pending: boolean;
                            targets: components["schemas"]["TargetCard"][];
                            year: number;
                            years: number[];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/targets/{targetId}/breakdown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 目标分解：按下级单位（市 → 县市区，县市区 → 乡镇街道）或按学校列出分子和分母 */
        get: {
            parameters: {
                query?: {
                    by?: "child" | "institution";
                    /** @description 组织机构代码（市、县市区、功能区或乡镇街道）；省略时为全市 */
                    org?: string;
                    /** @description 是否计入待审核的报表（已提交、县级已审核但尚未终审）；默认只用已审核数据 */
                    pending?: "true" | "false";
                    /** @description 学年（2025 表示 2025—2026 学年秋季统计）；省略时为最新学年 */
                    year?: string;
                };
                header?: never;
                path: {
                    targetId: string;
                };
                cookie?: never;
            };
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
                            by: "child" | "institution";
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            org: {
                                code: string;
                                /**
                                 * @description nbs：国家统计局区划代码；local：平台为无国标代码的功能区分配的本地代码
                                 * @enum {string}
                                 */
                                codeSource: "nbs" | "local";
                                /** @enum {string|null} */
                                countyKind: "district" | "county" | "countyCity" | "zone" | null;
                                /** @description 由功能区代管的乡镇街道所属的法定县级单位 */
                                legalParentCode: string | null;
                                /** @enum {string} */
                                level: "city" | "county" | "township";
                                name: string;
                                parentCode: string | null;
                            };
                            pending: boolean;
                            rows: (components["schemas"]["ChildFigure"] | components["schemas"]["InstitutionContribution"])[];
                            target: components["schemas"]["TargetSummary"];
                            total: components["schemas"]["TargetFigure"];
                            year: number;
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/targets/{targetId}/why": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 为什么偏低：未计入分子的学校（T4 为尚未两项均达标的县市区），按计入后数值的提高从大到小排列（默认本账号的单位和最近的完整学年） */
        get: {
            parameters: {
                query?: {
                    /** @description 组织机构代码（市、县市区、功能区或乡镇街道）；省略时为全市 */
                    org?: string;
                    /** @description 学年（2025 表示 2025—2026 学年秋季统计）；省略时为最新学年 */
                    year?: string;
                };
                header?: never;
                path: {
                    targetId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TargetWhyResponse"];
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/targets/scorecard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 全部目标 × 全市和各县市区、功能区 × 全部学年 */
        get: {
            parameters: {
                query?: {
                    /** @description 是否计入待审核的报表（已提交、县级已审核但尚未终审）；默认只用已审核数据 */
                    pending?: "true" | "false";
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
                            /** @description 各学年数据的报送完整度；未指定学年时默认为最近的完整学年 */
                            coverage: {
                                /** @description 报送比例达到完整阈值（config/live-figures.yaml） */
                                complete: boolean;
                                /** @description 距采集截止的天数（截止后为负） */
                                daysLeft: number | null;
                                /** @description 当学年应报送的在办机构数 */
                                expected: number;
                                /** @description 另有待审核报表的机构数 */
                                pendingReported: number;
                                periodId: string | null;
                                periodName: string | null;
                                /** @description 已有审核通过数据的机构数 */
                                reported: number;
                                /** @description 报送比例（计入待审核报表时含 pendingReported） */
                                share: number;
                                year: number;
                            }[];
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            figures: components["schemas"]["TargetFigure"][];
                            orgNames: {
                                [key: string]: string;
                            };
                            pending: boolean;
                            years: number[];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 方案的 19 项重点任务：牵头科室、服务的目标和时间节点、范围内已批准的举措数 */
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
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            tasks: components["schemas"]["TaskRow"][];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本单位范围内的账号（含角色和单位名称），全部角色及能否分配，范围内的组织机构 */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    role?: "cityAdmin" | "auditAdmin" | "cityStaff" | "countyAdmin" | "schoolClerk" | "inspector" | "readOnly";
                    scopeCode?: string;
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
                        "application/json": components["schemas"]["ManagedAccounts"];
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建账号；初始密码只返回这一次，首次登录须修改 */
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
                        /** @enum {string} */
                        role: "cityAdmin" | "auditAdmin" | "cityStaff" | "countyAdmin" | "schoolClerk" | "inspector" | "readOnly";
                        scopeCode: string;
                        username: string;
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
                            account: {
                                createdAt: string;
                                disabled: boolean;
                                displayName: string;
                                failedAttempts: number;
                                id: number;
                                lockedUntil: string | null;
                                mustChangePassword: boolean;
                                passwordChangedAt: string | null;
                                /** @enum {string} */
                                role: "cityAdmin" | "auditAdmin" | "cityStaff" | "countyAdmin" | "schoolClerk" | "inspector" | "readOnly";
                                scope: {
                                    /** @enum {string} */
                                    kind: "org";
                                    orgCode: string;
                                } | {
                                    institutionCode: string;
                                    /** @enum {string} */
                                    kind: "institution";
                                };
                                username: string;
                            };
                            initialPassword: string;
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个账号 */
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
                            account: {
                                createdAt: string;
                                disabled: boolean;
                                displayName: string;
                                failedAttempts: number;
                                id: number;
                                lockedUntil: string | null;
                                mustChangePassword: boolean;
                                passwordChangedAt: string | null;
                                /** @enum {string} */
                                role: "cityAdmin" | "auditAdmin" | "cityStaff" | "countyAdmin" | "schoolClerk" | "inspector" | "readOnly";
                                scope: {
                                    /** @enum {string} */
                                    kind: "org";
                                    orgCode: string;
                                } | {
                                    institutionCode: string;
                                    /** @enum {string} */
                                    kind: "institution";
                                };
                                username: string;
                            };
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
        /** 修改账号：姓名、角色、所属单位、停用或启用 */
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
                        disabled?: boolean;
                        displayName?: string;
                        /** @enum {string} */
                        role?: "cityAdmin" | "auditAdmin" | "cityStaff" | "countyAdmin" | "schoolClerk" | "inspector" | "readOnly";
                        scopeCode?: string;
                        /**
                         * @description 解除因连续登录失败造成的锁定
                         * @enum {boolean}
                         */
                        unlock?: true;
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
                            account: {
                                createdAt: string;
                                disabled: boolean;
                                displayName: string;
                                failedAttempts: number;
                                id: number;
                                lockedUntil: string | null;
                                mustChangePassword: boolean;
                                passwordChangedAt: string | null;
                                /** @enum {string} */
                                role: "cityAdmin" | "auditAdmin" | "cityStaff" | "countyAdmin" | "schoolClerk" | "inspector" | "readOnly";
                                scope: {
                                    /** @enum {string} */
                                    kind: "org";
                                    orgCode: string;
                                } | {
                                    institutionCode: string;
                                    /** @enum {string} */
                                    kind: "institution";
                                };
                                username: string;
                            };
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重置密码：生成新的初始密码（只返回这一次），该账号的会话全部失效 */
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
                            account: {
                                createdAt: string;
                                disabled: boolean;
                                displayName: string;
                                failedAttempts: number;
                                id: number;
                                lockedUntil: string | null;
                                mustChangePassword: boolean;
                                passwordChangedAt: string | null;
                                /** @enum {string} */
                                role: "cityAdmin" | "auditAdmin" | "cityStaff" | "countyAdmin" | "schoolClerk" | "inspector" | "readOnly";
                                scope: {
                                    /** @enum {string} */
                                    kind: "org";
                                    orgCode: string;
                                } | {
                                    institutionCode: string;
                                    /** @enum {string} */
                                    kind: "institution";
                                };
                                username: string;
                            };
                            initialPassword: string;
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/users/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 从 Excel（.xlsx，请求体为文件内容）批量创建账号：全部成功或全部不创建；成功时返回含初始密码的 Excel（响应头 X-Accounts-Created 为新建账号数），失败时逐行列出错误 */
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
    "/api/v1/users/import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 批量创建账号的 Excel 模板 */
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
    "/api/v1/work-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 范围内各县市区工作方案的状态（版本、待审核、已批准版本、举措数） */
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
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            plans: components["schemas"]["WorkPlanState"][];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/work-plans/{county}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个县市区的工作方案：各版本、最新版本的举措、相对已批准版本的变化、历史记录、可进行的操作 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 县级单位代码 */
                    county: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            workPlan: components["schemas"]["CountyWorkPlan"];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/work-plans/{county}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批准（市级）：已提交的版本成为当前执行的工作方案 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 县级单位代码 */
                    county: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        /** @description 打开时的修订号（revision） */
                        revision: number;
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
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            workPlan: components["schemas"]["CountyWorkPlan"];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/work-plans/{county}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 两个版本之间的变化：新增、删除、修改的举措（逐字段） */
        get: {
            parameters: {
                query: {
                    from: number;
                    to: number;
                };
                header?: never;
                path: {
                    /** @description 县级单位代码 */
                    county: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            workPlan: components["schemas"]["WorkPlanDiffView"];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/work-plans/{county}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 保存草稿（县级）：整份举措清单，保留的举措带编号，新增的不带；全部校验通过才保存；revision 为打开时的修订号（首次编制为 null） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 县级单位代码 */
                    county: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        measures: {
                            dueDate: string;
                            /** @description 保留的举措的编号；新增举措不填 */
                            id?: string;
                            output: string;
                            outputTarget: number | null;
                            outputUnit: string | null;
                            ownerName: string;
                            ownerUnitCode: string;
                            taskNumber: number;
                            title: string;
                        }[];
                        /** @description 打开时的修订号（revision） */
                        revision: number | null;
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
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            workPlan: components["schemas"]["CountyWorkPlan"];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/work-plans/{county}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回（市级）：须填写意见，县级修改后重新提交 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 县级单位代码 */
                    county: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        /** @description 打开时的修订号（revision） */
                        revision: number;
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
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            workPlan: components["schemas"]["CountyWorkPlan"];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/work-plans/{county}/revise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 新建修订版本（县级）：从已批准的版本复制举措（编号不变）成为新草稿 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 县级单位代码 */
                    county: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        /** @description 打开时的修订号（revision） */
                        revision: number;
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
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            workPlan: components["schemas"]["CountyWorkPlan"];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/work-plans/{county}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交（县级）：草稿或被退回的版本提交市级审核 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 县级单位代码 */
                    county: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        /** @description 打开时的修订号（revision） */
                        revision: number;
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
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            workPlan: components["schemas"]["CountyWorkPlan"];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
    "/api/v1/work-plans/{county}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工作方案的某一版本及其举措 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 县级单位代码 */
                    county: string;
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
                            dataset: {
                                /** @description 是否为演示数据（合成数据） */
                                demo: boolean;
                                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                                notice: string | null;
                            };
                            workPlan: components["schemas"]["WorkPlanVersionView"];
                        };
                    };
                };
                /** @description 请求有误（VALIDATION_FAILED 等） */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 未登录或会话已过期（UNAUTHENTICATED、LOGIN_FAILED） */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 无权限、缺少防伪令牌或须先修改密码 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 不存在，或不在您的管理范围内 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 账号已锁定（ACCOUNT_LOCKED） */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 请求过于频繁（RATE_LIMITED） */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description 统一错误格式 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description 稳定的错误代码，例如 VALIDATION_FAILED、ORG_UNIT_NOT_FOUND */
                                code: string;
                                /** @description 逐项说明：字段、取值和规则 */
                                details: {
                                    field: string;
                                    message: string;
                                    /** @description 出问题的值（任意 JSON） */
                                    value?: unknown;
                                }[];
                                /** @description 可直接展示给用户的中文说明 */
                                message: string;
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
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /**
         * @description 保存、提交、退回、审核通过、申请解锁、批准解锁申请、驳回解锁申请、直接解锁
         * @enum {string}
         */
        ApprovalAction: "save" | "submit" | "return" | "approve" | "requestUnlock" | "grantUnlock" | "rejectUnlock" | "unlock";
        /** @description 学校须具备的属性：每个属性取其中一个值 */
        AttributeCondition: {
            conditionsClass?: (string | boolean)[];
            featuredHighSchool?: (string | boolean)[];
            highSchoolEvaluationCompleted?: (string | boolean)[];
            kgClass?: (string | boolean)[];
            ownership?: (string | boolean)[];
            preschoolDepartment?: (string | boolean)[];
            resourceCentre?: (string | boolean)[];
            specialEdEvaluation?: (string | boolean)[];
            strongSchoolProgramme?: (string | boolean)[];
            subjectBases?: (string | boolean)[];
            townshipSeat?: (string | boolean)[];
            vocationalDepartment?: (string | boolean)[];
        };
        /**
         * @description 学校属性名称
         * @enum {string}
         */
        AttributeName: "ownership" | "kgClass" | "strongSchoolProgramme" | "highSchoolEvaluationCompleted" | "featuredHighSchool" | "subjectBases" | "specialEdEvaluation" | "resourceCentre" | "preschoolDepartment" | "vocationalDepartment" | "townshipSeat" | "conditionsClass";
        AuditChainReport: {
            anchor: {
                hash: string;
                id: number;
                ok: boolean;
            } | null;
            /** @description 内容或链接不符的记录数 */
            brokenRows: number;
            /** @description 日志的最后一条记录（编号和哈希），应保存在数据库之外，作为下次校验的锚点 */
            last: {
                hash: string;
                id: number;
            } | null;
            ok: boolean;
            problemCount: number;
            problems: {
                expected: string | null;
                found: string | null;
                id: number | null;
                /** @enum {string} */
                kind: "contentChanged" | "linkBroken" | "missingHash" | "headMissing" | "countMismatch" | "endMismatch" | "anchorMissing" | "anchorMismatch";
                message: string;
            }[];
            /** @description 校验的记录数 */
            rows: number;
            /** @description 链头记载封存的记录数；链头缺失时为 null */
            sealed: number | null;
        };
        AuditEntry: {
            action: string;
            /** @description 操作类型的中文名称，如“审核通过填报表” */
            actionLabel: string;
            actorId: number | null;
            actorUsername: string | null;
            at: string;
            detail: string | null;
            id: number;
            ip: string | null;
            /** @description 修改后的值（任意 JSON） */
            newValue: unknown;
            /** @description 修改前的值（任意 JSON） */
            oldValue: unknown;
            outcome: string;
            /** @description 结果的中文：成功、失败、拒绝 */
            outcomeLabel: string;
            targetId: string | null;
            targetType: string | null;
            /** @description 对象类型的中文，如“账号”“填报表” */
            targetTypeLabel: string | null;
        };
        BulkReviewPreview: {
            /** @description 将处理的报表数 */
            accepted: number;
            /** @enum {string} */
            action: "approve" | "return" | "requestUnlock" | "grantUnlock" | "rejectUnlock" | "unlock";
            /** @description 通过后数值立即生效，计入各项目标 */
            becomesFinal: boolean;
            counties: {
                accepted: number;
                code: string;
                /** @description 有软规则提示的报表数 */
                flagged: number;
                name: string;
                /** @description 其中有提示尚未说明的报表数 */
                unexplained: number;
            }[];
            /** @enum {string} */
            level: "county" | "city";
            /** @description 通过后报表锁定（市级审核通过） */
            locks: boolean;
            /** @description 不能处理的报表数 */
            refused: number;
            schools: {
                code: string;
                countyCode: string;
                flags: {
                    /** @description 学校的书面说明；null：尚未说明 */
                    explanation: string | null;
                    message: string;
                    ruleId: string;
                    ruleName: string;
                }[];
                /** @description 不能处理的原因 */
                message: string | null;
                /** @description 不能处理（含超出管理范围）的学校为空 */
                name: string;
                ok: boolean;
            }[];
            softRules: {
                ruleId: string;
                ruleName: string;
                schools: number;
                unexplained: number;
            }[];
        };
        BulkReviewResult: {
            done: number;
            refused: number;
            results: {
                code: string;
                /** @description 未处理的原因 */
                message: string | null;
                ok: boolean;
                /** @description 操作后的状态；未处理时为空 */
                state: string;
            }[];
        };
        /** @description 各年级班数 × perClass ≥ 在校生数 */
        CapacityRule: {
            classes: string;
            enrolment: string;
            id: string;
            /** @enum {string} */
            kind: "capacity";
            /** @description 规则的中文名称，随每个问题显示 */
            name: string;
            perClass: number;
            /**
             * @description hard：阻止提交；soft：需书面说明后方可提交
             * @enum {string}
             */
            severity: "hard" | "soft";
        };
        Category: {
            code: components["schemas"]["CategoryCode"];
            name: string;
            options: components["schemas"]["CategoryOption"][];
        };
        /**
         * @description 分类：grade 年级、sex 性别、stage 学段
         * @enum {string}
         */
        CategoryCode: "grade" | "sex" | "stage";
        CategoryOption: {
            code: string;
            name: string;
        };
        /** @description 各数据元素合计：|本年 − 上年| ÷ 上年 ≤ maxRelativeChange */
        ChangeFromPreviousRule: {
            elements: string[];
            id: string;
            /** @enum {string} */
            kind: "changeFromPrevious";
            maxRelativeChange: number;
            /** @description 规则的中文名称，随每个问题显示 */
            name: string;
            /**
             * @description hard：阻止提交；soft：需书面说明后方可提交
             * @enum {string}
             */
            severity: "hard" | "soft";
        };
        ChildFigure: {
            baselineValue: number | null;
            denominator: number;
            /** @description 按基线到 2027 年目标的直线进度，该学年应达到的值 */
            expected: number | null;
            gapToTarget: number | null;
            gapToTrajectory: number | null;
            institutions: number;
            missingStatistics: number;
            numerator: number;
            orgCode: string;
            orgName: string;
            /** @description 暂未计算的原因 */
            reason: string | null;
            status: components["schemas"]["TargetStatus"];
            targetId: components["schemas"]["TargetId"];
            threshold: number;
            /** @description 比例（0–1）；无统计对象或暂未计算时为 null */
            value: number | null;
            year: number;
        };
        /** @description 标出人数达到 size 及以上的每个班 */
        ClassSizeAtLeastRule: {
            id: string;
            /** @enum {string} */
            kind: "classSizeAtLeast";
            list: string;
            /** @description 规则的中文名称，随每个问题显示 */
            name: string;
            /**
             * @description hard：阻止提交；soft：需书面说明后方可提交
             * @enum {string}
             */
            severity: "hard" | "soft";
            size: number;
        };
        CollectionPeriod: {
            /** @description 截止时间，带时区的 ISO 8601（Asia/Shanghai） */
            closeAt: string;
            /** @description 本周期填报的报表编号 */
            forms: string[];
            id: string;
            /** @enum {string} */
            kind: "schoolYear" | "semester";
            name: string;
            /** @description 开始时间，带时区的 ISO 8601（Asia/Shanghai） */
            openFrom: string;
            schoolYear: number;
        };
        Completeness: {
            counties: {
                approved: number;
                code: string;
                expected: number;
                final: number;
                late: number;
                name: string;
                started: number;
                submitted: number;
            }[];
            dataset: {
                /** @description 是否为演示数据（合成数据） */
                demo: boolean;
                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                notice: string | null;
            };
            /** @description 距截止的天数（截止后为负） */
            daysLeft: number;
            period: components["schemas"]["CollectionPeriod"];
            /** @description 逐校列表；schools=false 时为空 */
            schools: {
                approved: boolean;
                code: string;
                countyCode: string;
                /** @description 已生效：数值已成为统计数据 */
                final: boolean;
                late: boolean;
                name: string;
                state: components["schemas"]["SchoolState"];
                submitted: boolean;
                /** @description 首次提交时间 */
                submittedAt: string | null;
                townshipCode: string;
            }[];
            /** @description 各状态的学校数（含 notStarted） */
            states: {
                [key: string]: number;
            };
        };
        /** @description 时间节点的完成规则 */
        CompletionRule: {
            attributes?: components["schemas"]["AttributeCondition"];
            /** @description 适用的县级单位类型；省略时适用于全部，其余为“不涉及” */
            countyKinds?: ("district" | "county" | "countyCity" | "zone")[];
            /** @enum {string} */
            kind: "countyInstitution";
            /** @description 仅常住人口不少于该值的县市区须完成 */
            population?: {
                /** @description 万人 */
                atLeast10k: number;
                /** @enum {string} */
                name: "residents";
            };
            runningTypes: components["schemas"]["RunningType"][];
        } | {
            attributes: components["schemas"]["AttributeCondition"];
            /** @description 适用的县级单位类型；省略时适用于全部，其余为“不涉及” */
            countyKinds?: ("district" | "county" | "countyCity" | "zone")[];
            /** @enum {string} */
            kind: "townshipInstitution";
            runningTypes: components["schemas"]["RunningType"][];
            /**
             * @description all：全部乡镇（街道）；towns：仅乡镇，不含街道
             * @enum {string}
             */
            townships: "all" | "towns";
        } | {
            attributes: components["schemas"]["AttributeCondition"];
            /** @description 适用的县级单位类型；省略时适用于全部，其余为“不涉及” */
            countyKinds?: ("district" | "county" | "countyCity" | "zone")[];
            /** @enum {string} */
            kind: "everyInstitution";
            runningTypes: components["schemas"]["RunningType"][];
            /**
             * @description all：全部乡镇（街道）；towns：仅乡镇，不含街道
             * @enum {string}
             */
            townships: "all" | "towns";
            where?: components["schemas"]["AttributeCondition"];
        } | {
            atLeast: number;
            /** @description 适用的县级单位类型；省略时适用于全部，其余为“不涉及” */
            countyKinds?: ("district" | "county" | "countyCity" | "zone")[];
            /** @enum {string} */
            figure: "population3to5" | "rotationEligibleTeachers" | "rotatedTeachers" | "rotatedBackboneTeachers" | "specialEducationFundingPerStudent";
            /** @enum {string} */
            kind: "countyFigure";
        } | {
            /** @description 适用的县级单位类型；省略时适用于全部，其余为“不涉及” */
            countyKinds?: ("district" | "county" | "countyCity" | "zone")[];
            fact: components["schemas"]["TownshipFactName"];
            /** @enum {string} */
            kind: "townshipFact";
            /**
             * @description all：全部乡镇（街道）；towns：仅乡镇，不含街道
             * @enum {string}
             */
            townships: "all" | "towns";
        } | {
            /** @description 适用的县级单位类型；省略时适用于全部，其余为“不涉及” */
            countyKinds?: ("district" | "county" | "countyCity" | "zone")[];
            /** @enum {string} */
            kind: "countyVerdict";
            /** @enum {string} */
            verdict: "compulsoryBalanced" | "preschoolUniversal" | "countyStandards";
        } | {
            /** @description 适用的县级单位类型；省略时适用于全部，其余为“不涉及” */
            countyKinds?: ("district" | "county" | "countyCity" | "zone")[];
            /** @description 报送内容要求 */
            evidence: string;
            /** @enum {string} */
            kind: "reported";
        };
        /** @description 县域义务教育优质均衡发展督导评估规则包（教督〔2017〕6号）：L1–L7 指标与阈值、校际差异系数上限、政府保障与评估认定项目及其出处 */
        CompulsoryBalancedPack: {
            cv: {
                compositeSource: {
                    clause: string;
                    document: string;
                    note?: string;
                    /** @enum {string} */
                    tag: "P" | "S" | "R";
                    url?: string;
                };
                /** @enum {string} */
                emptySection: "incomplete" | "notApplicable";
                limits: {
                    junior: number;
                    primary: number;
                };
                source: {
                    clause: string;
                    document: string;
                    note?: string;
                    /** @enum {string} */
                    tag: "P" | "S" | "R";
                    url?: string;
                };
            };
            document: string;
            effectiveFrom: string;
            exclusions: {
                belowStudents?: number;
                id: string;
                name: string;
                runningTypes: string[];
                /** @enum {string} */
                scope: "all" | "resourceAllocation";
                source: {
                    clause: string;
                    document: string;
                    note?: string;
                    /** @enum {string} */
                    tag: "P" | "S" | "R";
                    url?: string;
                };
            }[];
            guarantee: ({
                id: string;
                /** @enum {string} */
                kind: "classSize";
                maxClassSize: {
                    junior: number;
                    primary: number;
                };
                name: string;
                part: string;
                requiredShare: number;
                source: {
                    clause: string;
                    document: string;
                    note?: string;
                    /** @enum {string} */
                    tag: "P" | "S" | "R";
                    url?: string;
                };
            } | {
                id: string;
                /** @enum {string} */
                kind: "schoolSize";
                maxStudents: number;
                maxStudentsByRunningType: {
                    [key: string]: number;
                };
                name: string;
                part: string;
                source: {
                    clause: string;
                    document: string;
                    note?: string;
                    /** @enum {string} */
                    tag: "P" | "S" | "R";
                    url?: string;
                };
            } | {
                id: string;
                /** @enum {string} */
                kind: "teacherRotation";
                minBackboneShareOfRotated: number;
                minRotatedShare: number;
                name: string;
                part: string;
                source: {
                    clause: string;
                    document: string;
                    note?: string;
                    /** @enum {string} */
                    tag: "P" | "S" | "R";
                    url?: string;
                };
            } | {
                id: string;
                /** @enum {string} */
                kind: "teacherCertification";
                minShare: number;
                name: string;
                part: string;
                source: {
                    clause: string;
                    document: string;
                    note?: string;
                    /** @enum {string} */
                    tag: "P" | "S" | "R";
                    url?: string;
                };
            } | {
                id: string;
                /** @enum {string} */
                kind: "specialEducationFunding";
                minPerStudent: number;
                name: string;
                part: string;
                source: {
                    clause: string;
                    document: string;
                    note?: string;
                    /** @enum {string} */
                    tag: "P" | "S" | "R";
                    url?: string;
                };
            })[];
            /** @enum {string} */
            id: "compulsoryBalanced";
            indicators: {
                /** @enum {string} */
                basis: "per100Students" | "perStudent";
                /** @enum {string} */
                code: "L1" | "L2" | "L3" | "L4" | "L5" | "L6" | "L7";
                name: string;
                /** @enum {string} */
                numerator: "teachersAboveRequiredQualification" | "backboneTeachers" | "peArtsTeachers" | "teachingAuxAreaM2" | "sportsAreaM2" | "equipmentValueYuan" | "multimediaRooms";
                source: {
                    clause: string;
                    document: string;
                    note?: string;
                    /** @enum {string} */
                    tag: "P" | "S" | "R";
                    url?: string;
                };
                thresholds: {
                    junior: number;
                    primary: number;
                };
                unit: string;
            }[];
            judgements: {
                id: string;
                metMeans?: string;
                minScore?: number;
                name: string;
                part: string;
                source: {
                    clause: string;
                    document: string;
                    note?: string;
                    /** @enum {string} */
                    tag: "P" | "S" | "R";
                    url?: string;
                };
                veto?: boolean;
            }[];
            notes?: string[];
            parts: string[];
            planning: {
                rounding: {
                    areaM2: number;
                    equipmentValueYuan: number;
                };
                /** @description 各项措施的单位成本（元）；null 或缺省表示未配置。键为措施类型：upgradeQualification、hireQualifiedTeacher、recogniseBackbone、hireBackboneTeacher、hirePeArtsTeacher、addTeachingAuxArea、addSportsArea、addEquipmentValue、addMultimediaRoom、splitClass、splitCampus、certifyTeacher、rotateTeacher、raiseSpecialEducationFunding、addPublicPlace、convertToPublic、recogniseInclusive、hirePreschoolTeacher、splitKindergartenClass、certifyPreschoolTeacher */
                unitCosts: {
                    addEquipmentValue?: number | null;
                    addMultimediaRoom?: number | null;
                    addPublicPlace?: number | null;
                    addSportsArea?: number | null;
                    addTeachingAuxArea?: number | null;
                    certifyPreschoolTeacher?: number | null;
                    certifyTeacher?: number | null;
                    convertToPublic?: number | null;
                    hireBackboneTeacher?: number | null;
                    hirePeArtsTeacher?: number | null;
                    hirePreschoolTeacher?: number | null;
                    hireQualifiedTeacher?: number | null;
                    raiseSpecialEducationFunding?: number | null;
                    recogniseBackbone?: number | null;
                    recogniseInclusive?: number | null;
                    rotateTeacher?: number | null;
                    splitCampus?: number | null;
                    splitClass?: number | null;
                    splitKindergartenClass?: number | null;
                    upgradeQualification?: number | null;
                };
            };
            schoolRule: {
                floorShare: number;
                minMet: number;
                source: {
                    clause: string;
                    document: string;
                    note?: string;
                    /** @enum {string} */
                    tag: "P" | "S" | "R";
                    url?: string;
                };
            };
            title: string;
            version: number;
        };
        /** @description 县域义务教育优质均衡发展评估结果 */
        CompulsoryEvaluation: {
            /** @description 各结论的规则数（pass、fail、incomplete、notApplicable） */
            counts: {
                fail: number;
                incomplete: number;
                notApplicable: number;
                pass: number;
            };
            document: string;
            packVersion: number;
            rules: components["schemas"]["RuleResult"][];
            schools: components["schemas"]["SchoolSectionResult"][];
            /** @description 各学段小结（primary、junior） */
            sections: {
                junior: components["schemas"]["SectionSummary"];
                primary: components["schemas"]["SectionSummary"];
            };
            /** @enum {string} */
            standard: "compulsoryBalanced";
            /** @description 中文一句话小结 */
            summary: string;
            title: string;
            /**
             * @description pass 达标，fail 未达标，incomplete 待定（缺少数据或评估认定）
             * @enum {string}
             */
            verdict: "pass" | "fail" | "incomplete";
        };
        /**
         * @description 省定办学条件标准类别：classI I类、classII II类、belowClassII 未达II类
         * @enum {string}
         */
        ConditionsClass: "classI" | "classII" | "belowClassII";
        /** @description 济宁市县级行政区边界（GeoJSON，GCJ-02；来源 DataV.GeoAtlas，高德） */
        CountyBoundaries: {
            features: components["schemas"]["CountyFeature"][];
            /** @enum {string} */
            type: "FeatureCollection";
        };
        /** @description 一个县市区两项县域标准的评估结果 */
        CountyEvaluation: {
            compulsoryBalanced: components["schemas"]["CompulsoryEvaluation"];
            countyCode: string;
            countyName: string;
            /**
             * @description 两项均达标为 pass；任一项未达标为 fail；否则为 incomplete
             * @enum {string}
             */
            countyStandardsVerdict: "pass" | "fail" | "incomplete";
            passesBoth: boolean;
            preschoolUniversal: components["schemas"]["PreschoolEvaluation"];
            /** @description 关于输入数据的中文提示（如未知评估项目的认定） */
            warnings: string[];
            year: number;
        };
        /** @description 一个县市区的边界 */
        CountyFeature: {
            /** @description GeoJSON MultiPolygon */
            geometry: {
                /** @description 多边形 → 环 → 坐标 */
                coordinates: (number)[][][][];
                /** @enum {string} */
                type: "MultiPolygon";
            };
            properties: components["schemas"]["CountyFeatureProperties"];
            /** @enum {string} */
            type: "Feature";
        };
        /** @description DataV.GeoAtlas 给每个县级区划的属性 */
        CountyFeatureProperties: {
            /** @description 从国家到上级区划的各级行政区划代码 */
            acroutes: number[];
            /** @description 6 位行政区划代码 */
            adcode: number;
            /** @description 政府驻地 */
            center: (number)[];
            /** @description 几何中心 */
            centroid: (number)[];
            childrenNum: number;
            /**
             * @description DataV 的区划级别：district 为县级
             * @enum {string}
             */
            level: "district";
            name: string;
            /** @description 上级区划 */
            parent: {
                adcode: number;
            };
            subFeatureIndex: number;
        };
        /** @description 参评县市区中同时达到义务教育优质均衡和学前教育普及普惠两项国家创建标准的占比（市级指标，由创建达标评估模块按 catalog/standards 的规则包计算） */
        CountyStandardsIndicator: {
            /** @enum {string} */
            kind: "countyStandards";
        };
        CountyWorkPlan: {
            /** @description 当前账号现在可以进行的操作 */
            actions: components["schemas"]["WorkPlanAction"][];
            approved: {
                measures: components["schemas"]["Measure"][];
                version: number;
            } | null;
            county: {
                code: string;
                name: string;
            };
            current: {
                measures: components["schemas"]["Measure"][];
                version: components["schemas"]["WorkPlanVersionInfo"];
            } | null;
            /** @description 从已批准版本到最新版本的变化 */
            diff: components["schemas"]["WorkPlanDiff"] | null;
            history: components["schemas"]["WorkPlanEvent"][];
            state: components["schemas"]["WorkPlanState"];
            /** @description 可选的责任单位 */
            units: components["schemas"]["OwnerUnit"][];
            versions: components["schemas"]["WorkPlanVersionInfo"][];
        };
        /** @description 一个学段一项指标的校际差异系数 */
        CvResult: {
            /**
             * @description 资源配置指标 L1–L7
             * @enum {string}
             */
            code: "L1" | "L2" | "L3" | "L4" | "L5" | "L6" | "L7";
            cv: number | null;
            limit: number;
            /** @description 按在校生加权的均值（Σ 数量 ÷ Σ 学生数，指标单位） */
            mean: number | null;
            name: string;
            schools: number;
            sd: number | null;
            /**
             * @description 学段：primary 小学，junior 初中
             * @enum {string}
             */
            section: "primary" | "junior";
            students: number;
            /**
             * @description pass 达标，fail 未达标，incomplete 待定，notApplicable 不适用（不计入标准结论）
             * @enum {string}
             */
            verdict: "pass" | "fail" | "incomplete" | "notApplicable";
        };
        DataElement: {
            code: string;
            description?: string;
            /** @description 取值按哪些分类拆分，顺序即字段键的顺序（如先年级、后性别） */
            disaggregation: components["schemas"]["CategoryCode"][];
            /** @description 由哪些模块使用（目标、达标评估），仅供参考 */
            feeds?: string[];
            /** @description 取值上限（列表为每一项的上限） */
            max: number;
            /** @description 取值下限（列表为每一项的下限） */
            min: number;
            /** @description 中文名称，与统计报表的写法一致 */
            name: string;
            type: components["schemas"]["ElementType"];
            unit: string;
        };
        /** @description 县级履行教育职责督导评价（权重由市教育局确定） */
        DutyEvaluation: {
            asOf: string;
            counties: components["schemas"]["DutyEvaluationCounty"][];
            countyCount: number;
            method: string[];
            rules: {
                source: string;
                /**
                 * @description R：平台初始设定，待市教育局确定；confirmed：已确定
                 * @enum {string}
                 */
                status: "R" | "confirmed";
            };
            /** @description 目标数据所取的学年（截至评价年度最近的完整学年） */
            targetYear: number;
            year: number;
            years: number[];
        };
        /** @description 一个县的督导评价得分，每一分都有说明 */
        DutyEvaluationCounty: {
            components: {
                effectiveWeight: number;
                excluded: {
                    label: string;
                    reason: string;
                    ref: string;
                }[];
                items: {
                    credit: number;
                    explanation: string;
                    label: string;
                    max: number;
                    points: number;
                    ref: string;
                }[];
                /** @enum {string} */
                key: "attainment" | "trajectory" | "milestones" | "measures";
                label: string;
                note: string | null;
                points: number;
                weight: number;
            }[];
            orgCode: string;
            orgName: string;
            rank: number;
            tied: boolean;
            tieNote: string | null;
            total: number;
        };
        /**
         * @description 取值类型：integer 整数、number 数值、integerList 整数列表（如各班人数）
         * @enum {string}
         */
        ElementType: "integer" | "number" | "integerList";
        /** @description 一份佐证材料 */
        EvidenceFile: {
            /** @description 上传时的文件名 */
            fileName: string;
            /** @description 佐证材料编号（UUID） */
            id: string;
            /**
             * @description pdf：PDF 文档；image：图片；word：Word 文档；excel：Excel 表格
             * @enum {string}
             */
            kind: "pdf" | "image" | "word" | "excel";
            /** @description 按内容识别的类型（不取自文件名或请求） */
            mediaType: string;
            /** @description 材料所属单位（县市区或乡镇街道）代码 */
            orgCode: string;
            /** @description 内容的 SHA-256（十六进制小写），相同内容只存一份 */
            sha256: string;
            /** @description 字节数 */
            size: number;
            /** @description 上传时间（ISO 8601） */
            uploadedAt: string;
            /** @description 上传人用户名 */
            uploadedBy: string;
        };
        /**
         * @description 特色高中：provincial 省级、city 市级、none 无
         * @enum {string}
         */
        FeaturedHighSchool: "provincial" | "city" | "none";
        FieldValue: (number | number[]) | null;
        FieldValueInput: (number | number[]) | null;
        FormDefinition: {
            /** @description 报表填报的年级选项（按顺序） */
            grades: string[];
            id: string;
            name: string;
            /** @description 填报该报表的学校的办学类型码（JY/T 1001） */
            runningTypes: string[];
            sections: components["schemas"]["FormSection"][];
            /** @description 报表填报的学段选项 */
            stages: string[];
            version: number;
        };
        FormFieldView: {
            description: string | null;
            element: string;
            key: string;
            label: string;
            max: number;
            min: number;
            section: string;
            type: components["schemas"]["ElementType"];
            unit: string;
        };
        FormSection: {
            /** @description 本栏的数据元素代码 */
            elements: string[];
            title: string;
        };
        /** @description 实施该项改进对输入数据的改变（按 kind 区分） */
        GapEffect: {
            /** @description 各字段的增量。键：teachers、teachersAboveRequiredQualification、backboneTeachers、peArtsTeachers、certifiedTeachers、teachingAuxAreaM2、sportsAreaM2、equipmentValueYuan、multimediaRooms */
            changes: {
                backboneTeachers?: number;
                certifiedTeachers?: number;
                equipmentValueYuan?: number;
                multimediaRooms?: number;
                peArtsTeachers?: number;
                sportsAreaM2?: number;
                teachers?: number;
                teachersAboveRequiredQualification?: number;
                teachingAuxAreaM2?: number;
            };
            institutionCode: string;
            /** @enum {string} */
            kind: "sectionDelta";
            /**
             * @description 学段：primary 小学，junior 初中
             * @enum {string}
             */
            section: "primary" | "junior";
        } | {
            institutionCode: string;
            /** @enum {string} */
            kind: "splitClasses";
            /**
             * @description 学段：primary 小学，junior 初中
             * @enum {string}
             */
            section: "primary" | "junior";
            /** @description 每个 size 人的班拆为 into 个人数相近的班 */
            splits: {
                into: number;
                size: number;
            }[];
        } | {
            institutionCode: string;
            /** @enum {string} */
            kind: "splitCampus";
            /** @description 各学段分流的班级和随迁教师（校舍设施不随迁，新校区另行建设） */
            moves: {
                /** @description 各字段的增量。键：teachers、teachersAboveRequiredQualification、backboneTeachers、peArtsTeachers、certifiedTeachers、teachingAuxAreaM2、sportsAreaM2、equipmentValueYuan、multimediaRooms */
                changes: {
                    backboneTeachers?: number;
                    certifiedTeachers?: number;
                    equipmentValueYuan?: number;
                    multimediaRooms?: number;
                    peArtsTeachers?: number;
                    sportsAreaM2?: number;
                    teachers?: number;
                    teachersAboveRequiredQualification?: number;
                    teachingAuxAreaM2?: number;
                };
                classSizes: number[];
                /**
                 * @description 学段：primary 小学，junior 初中
                 * @enum {string}
                 */
                section: "primary" | "junior";
                students: number;
            }[];
            newInstitutionCode: string;
            newInstitutionName: string;
        } | {
            /** @description 县级数据的增量。键：population3to5、rotationEligibleTeachers、rotatedTeachers、rotatedBackboneTeachers、specialEducationFundingPerStudent */
            changes: {
                population3to5?: number;
                rotatedBackboneTeachers?: number;
                rotatedTeachers?: number;
                rotationEligibleTeachers?: number;
                specialEducationFundingPerStudent?: number;
            };
            /** @enum {string} */
            kind: "countyDelta";
        } | {
            /** @description 幼儿园教师数的增量。键：teachers、certifiedTeachers */
            changes: {
                certifiedTeachers?: number;
                teachers?: number;
            };
            institutionCode: string;
            /** @enum {string} */
            kind: "kindergartenDelta";
        } | {
            /**
             * @description public 公办，inclusivePrivate 普惠性民办，private 非普惠性民办
             * @enum {string}
             */
            from: "public" | "inclusivePrivate" | "private";
            institutionCode: string;
            /** @enum {string} */
            kind: "kindergartenOwnership";
            /**
             * @description public 公办，inclusivePrivate 普惠性民办，private 非普惠性民办
             * @enum {string}
             */
            to: "public" | "inclusivePrivate" | "private";
        } | {
            institutionCode: string;
            /** @enum {string} */
            kind: "kindergartenSplitClasses";
            splits: {
                /**
                 * @description K1 小班，K2 中班，K3 大班
                 * @enum {string}
                 */
                grade: "K1" | "K2" | "K3";
                into: number;
                size: number;
            }[];
        } | {
            /** @enum {string} */
            kind: "newKindergarten";
            kindergarten: components["schemas"]["KindergartenInput"];
        };
        /** @description 达标差距方案：使可计算规则全部达标的最小一组具体改进 */
        GapPlan: {
            /** @description 方案实施后可计算规则的结论 */
            after: {
                /**
                 * @description pass 达标，fail 未达标，incomplete 待定（缺少数据或评估认定）
                 * @enum {string}
                 */
                compulsoryBalanced: "pass" | "fail" | "incomplete";
                /**
                 * @description pass 达标，fail 未达标，incomplete 待定（缺少数据或评估认定）
                 * @enum {string}
                 */
                preschoolUniversal: "pass" | "fail" | "incomplete";
            };
            /** @description 方案实施前可计算规则的结论 */
            before: {
                /**
                 * @description pass 达标，fail 未达标，incomplete 待定（缺少数据或评估认定）
                 * @enum {string}
                 */
                compulsoryBalanced: "pass" | "fail" | "incomplete";
                /**
                 * @description pass 达标，fail 未达标，incomplete 待定（缺少数据或评估认定）
                 * @enum {string}
                 */
                preschoolUniversal: "pass" | "fail" | "incomplete";
            };
            countyCode: string;
            countyName: string;
            items: components["schemas"]["GapPlanItem"][];
            /** @description 尚未认定或认定未达标的评估认定项目：需评估员认定 */
            judgementsNeeded: {
                itemId: string;
                message: string;
                name: string;
                part: string;
                /**
                 * @description compulsoryBalanced：义务教育优质均衡；preschoolUniversal：学前教育普及普惠
                 * @enum {string}
                 */
                standard: "compulsoryBalanced" | "preschoolUniversal";
            }[];
            /** @description 尚未录入的县级数据（录入前相关规则为待定） */
            missingInputs: {
                /** @enum {string} */
                field: "population3to5" | "rotationEligibleTeachers" | "rotatedTeachers" | "rotatedBackboneTeachers" | "specialEducationFundingPerStudent";
                message: string;
                ruleIds: string[];
                /**
                 * @description compulsoryBalanced：义务教育优质均衡；preschoolUniversal：学前教育普及普惠
                 * @enum {string}
                 */
                standard: "compulsoryBalanced" | "preschoolUniversal";
            }[];
            /** @description 已知费用合计（元）；没有任何一项有费用时为 null */
            totalCost: number | null;
            /** @description 费用未知（未配置单位成本）的项目数 */
            uncostedItems: number;
            /** @description 自动规划无法使之达标的可计算规则及原因 */
            unresolved: {
                name: string;
                reason: string;
                ruleId: string;
                /**
                 * @description compulsoryBalanced：义务教育优质均衡；preschoolUniversal：学前教育普及普惠
                 * @enum {string}
                 */
                standard: "compulsoryBalanced" | "preschoolUniversal";
            }[];
            year: number;
        };
        /** @description 达标差距方案中的一项具体改进 */
        GapPlanItem: {
            /**
             * @description 改进措施类型
             * @enum {string}
             */
            action: "upgradeQualification" | "hireQualifiedTeacher" | "recogniseBackbone" | "hireBackboneTeacher" | "hirePeArtsTeacher" | "addTeachingAuxArea" | "addSportsArea" | "addEquipmentValue" | "addMultimediaRoom" | "splitClass" | "splitCampus" | "certifyTeacher" | "rotateTeacher" | "raiseSpecialEducationFunding" | "addPublicPlace" | "convertToPublic" | "recogniseInclusive" | "hirePreschoolTeacher" | "splitKindergartenClass" | "certifyPreschoolTeacher";
            /** @description 措施的数量（人、平方米、元、间、班、学生、学位、幼儿） */
            amount: number;
            /** @description 数量 × 单位成本（元，取整）；未配置单位成本时为 null */
            cost: number | null;
            /** @description 中文说明，例如“……增加体育艺术专任教师 3 名” */
            description: string;
            effect: components["schemas"]["GapEffect"];
            /** @description 改变的输入字段，例如 peArtsTeachers、classSizes、rotatedTeachers、ownership */
            field: string;
            institutionCode: string | null;
            institutionName: string | null;
            /** @description 该项改进针对的规则 */
            ruleIds: string[];
            /**
             * @description 学段：primary 小学，junior 初中
             * @enum {string|null}
             */
            section: "primary" | "junior" | null;
            /**
             * @description compulsoryBalanced：义务教育优质均衡；preschoolUniversal：学前教育普及普惠
             * @enum {string}
             */
            standard: "compulsoryBalanced" | "preschoolUniversal";
            /** @description 中文单位：名、平方米、元、间、个班、个学位…… */
            unit: string;
            unitCost: number | null;
        };
        /**
         * @description 年级：K1–K3 小班、中班、大班；P1–P6 小学；J1–J3 初中；S1–S3 高中；SE 特殊教育学校在校生（不分年级）
         * @enum {string}
         */
        GradeCode: "K1" | "K2" | "K3" | "P1" | "P2" | "P3" | "P4" | "P5" | "P6" | "J1" | "J2" | "J3" | "S1" | "S2" | "S3" | "SE";
        /** @description 一个年级的分性别在校生数和班额 */
        GradeEnrolment: {
            /** @description 该年级每个班的人数，合计等于男 + 女 */
            classSizes: number[];
            /** @description 女生数 */
            female: number;
            grade: components["schemas"]["GradeCode"];
            /** @description 男生数 */
            male: number;
        };
        ImportResult: {
            canCommit: boolean;
            committed: boolean;
            form: {
                id: string;
                name: string;
                version: number;
            } | null;
            /** @enum {string} */
            mode: "preview" | "commit";
            /** @description 县级统一导入（县级账号代本县学校导入） */
            onBehalf: boolean;
            period: {
                id: string;
                name: string;
            };
            /** @description 预览凭据（预览时各行报表的版本和文件摘要）：导入同一文件时作为 previewToken 带上；导入的结果为 null */
            previewToken: string | null;
            /** @description 阻止导入的问题（按行排序，文件本身的问题在前），含涉及文件所改数值的硬规则 */
            problems: {
                column: string | null;
                header: string | null;
                /**
                 * @description state：填报状态不允许修改（采集期已截止、已锁定等），不是文件本身的问题；rule：报表的校验规则（与在线填报相同）
                 * @enum {string}
                 */
                kind?: "file" | "cell" | "institution" | "state" | "rule";
                message: string;
                row: number | null;
                rule: string;
                sheet: string | null;
                value: string | null;
            }[];
            rows: {
                changes: {
                    field: string;
                    label: string;
                    new: components["schemas"]["FieldValue"];
                    old: components["schemas"]["FieldValue"];
                }[];
                checks: components["schemas"]["ImportRowChecks"];
                institution: {
                    code: string;
                    name: string;
                };
                row: number;
                state: components["schemas"]["SchoolState"];
                /** @description 预览时比对的该校报表版本；none：该校尚未开始填报。导入时版本已变则拒绝 */
                version: number | "none";
            }[];
            sheet: string | null;
            summary: {
                changedFields: number;
                changedRows: number;
                rows: number;
                unchangedRows: number;
            };
            /** @description 不阻止导入的规则提示（按行排序）：软规则（学校提交前须填写说明），以及文件未改动的已保存数值原有的硬规则问题 */
            warnings: {
                column: string | null;
                header: string | null;
                /**
                 * @description state：填报状态不允许修改（采集期已截止、已锁定等），不是文件本身的问题；rule：报表的校验规则（与在线填报相同）
                 * @enum {string}
                 */
                kind?: "file" | "cell" | "institution" | "state" | "rule";
                message: string;
                row: number | null;
                rule: string;
                sheet: string | null;
                value: string | null;
            }[];
        };
        ImportRowChecks: {
            /** @description 学校已填写说明的软规则编号 */
            explained: string[];
            /** @description 导入后本行数值违反的全部硬规则和软规则（与在线填报提交时的校验相同） */
            issues: components["schemas"]["ValidationIssue"][];
            /** @description 导入后仍未填写的字段数（草稿可以不完整，提交时须填齐） */
            unfilled: number;
        };
        IndicatorDefinition: components["schemas"]["ShareIndicator"] | components["schemas"]["NotYetComputedIndicator"] | components["schemas"]["CountyStandardsIndicator"];
        /** @description 一个学校（学段）的一项资源配置指标 */
        IndicatorValue: {
            atLeastFloor: boolean;
            /**
             * @description 资源配置指标 L1–L7
             * @enum {string}
             */
            code: "L1" | "L2" | "L3" | "L4" | "L5" | "L6" | "L7";
            /** @description 最低值：floorShare × 阈值 */
            floor: number;
            met: boolean;
            name: string;
            /** @description 分子（教师数、平方米、元、间） */
            numerator: number;
            students: number;
            threshold: number;
            value: number;
        };
        InstitutionContribution: {
            /** @description 分子所看的属性在该学年的值（不看属性或未记录时为 null） */
            attributeValue: (components["schemas"]["Ownership"] | components["schemas"]["KgClass"] | boolean | components["schemas"]["FeaturedHighSchool"] | components["schemas"]["SubjectBase"][] | components["schemas"]["SpecialEdEvaluation"] | components["schemas"]["ConditionsClass"]) | null;
            countyCode: string;
            countyName: string;
            denominator: number;
            inNumerator: boolean;
            institutionCode: string;
            institutionName: string;
            missingStatistics: boolean;
            numerator: number;
            ownership: components["schemas"]["Ownership"];
            runningType: components["schemas"]["RunningType"];
            townshipCode: string;
            townshipName: string;
        };
        InstitutionDetail: {
            /** @description 属性的全部记录（只增不改） */
            attributeHistory: components["schemas"]["StoredAttributeRecord"][];
            attributesByYear: {
                /** @description 该学年生效的属性值 */
                attributes: {
                    conditionsClass?: components["schemas"]["ConditionsClass"];
                    featuredHighSchool?: components["schemas"]["FeaturedHighSchool"];
                    /** @description 是否完成市级办学质量评价 */
                    highSchoolEvaluationCompleted?: boolean;
                    kgClass?: components["schemas"]["KgClass"];
                    /** @description 自该学年起的举办者类型（覆盖登记时的举办者） */
                    ownership?: components["schemas"]["Ownership"];
                    /** @description 特教学校是否附设学前教育部（班） */
                    preschoolDepartment?: boolean;
                    /** @description 是否依托本校设立乡镇（街道）特殊教育资源中心 */
                    resourceCentre?: boolean;
                    specialEdEvaluation?: components["schemas"]["SpecialEdEvaluation"];
                    /** @description 是否纳入强校扩优行动 */
                    strongSchoolProgramme?: boolean;
                    subjectBases?: components["schemas"]["SubjectBase"][];
                    /** @description 是否为乡镇驻地学校 */
                    townshipSeat?: boolean;
                    /** @description 特教学校是否设置中等职业教育部（班） */
                    vocationalDepartment?: boolean;
                };
                year: number;
            }[];
            /** @description 10 位学校（机构）代码 */
            code: string;
            countyCode: string;
            countyName: string;
            events: components["schemas"]["LifecycleEvent"][];
            /** @description 纬度（GCJ-02） */
            latitude: number;
            /** @description 经度（GCJ-02） */
            longitude: number;
            name: string;
            /** @description 最新学年是否在办 */
            operating: boolean;
            ownership: components["schemas"]["Ownership"];
            /** @description 办学类型代码（JY/T 1001） */
            runningType: components["schemas"]["RunningType"];
            /** @description 历年秋季统计：分年级分性别在校生、班额、分学段教师和办学条件 */
            statistics: components["schemas"]["InstitutionYearStatistics"][];
            townshipCode: string;
            townshipName: string;
            /** @description 城乡类型代码（GB/T 33782 表5） */
            urbanRural: components["schemas"]["UrbanRural"];
        };
        InstitutionListItem: {
            /** @description 该学年生效的属性值 */
            attributes: {
                conditionsClass?: components["schemas"]["ConditionsClass"];
                featuredHighSchool?: components["schemas"]["FeaturedHighSchool"];
                /** @description 是否完成市级办学质量评价 */
                highSchoolEvaluationCompleted?: boolean;
                kgClass?: components["schemas"]["KgClass"];
                /** @description 自该学年起的举办者类型（覆盖登记时的举办者） */
                ownership?: components["schemas"]["Ownership"];
                /** @description 特教学校是否附设学前教育部（班） */
                preschoolDepartment?: boolean;
                /** @description 是否依托本校设立乡镇（街道）特殊教育资源中心 */
                resourceCentre?: boolean;
                specialEdEvaluation?: components["schemas"]["SpecialEdEvaluation"];
                /** @description 是否纳入强校扩优行动 */
                strongSchoolProgramme?: boolean;
                subjectBases?: components["schemas"]["SubjectBase"][];
                /** @description 是否为乡镇驻地学校 */
                townshipSeat?: boolean;
                /** @description 特教学校是否设置中等职业教育部（班） */
                vocationalDepartment?: boolean;
            };
            /** @description 10 位学校（机构）代码 */
            code: string;
            countyCode: string;
            countyName: string;
            /** @description 该学年在校（园）生数 */
            enrolment: number | null;
            /** @description 纬度（GCJ-02） */
            latitude: number;
            /** @description 经度（GCJ-02） */
            longitude: number;
            name: string;
            /** @description 该学年是否在办 */
            operating: boolean;
            ownership: components["schemas"]["Ownership"];
            /** @description 办学类型代码（JY/T 1001） */
            runningType: components["schemas"]["RunningType"];
            townshipCode: string;
            townshipName: string;
            /** @description 城乡类型代码（GB/T 33782 表5） */
            urbanRural: components["schemas"]["UrbanRural"];
        };
        /** @description 一所学校（幼儿园）一个学年的秋季统计 */
        InstitutionYearStatistics: {
            grades: components["schemas"]["GradeEnrolment"][];
            institutionCode: string;
            /** @description 学年（2025 即 2025—2026 学年秋季统计） */
            schoolYear: number;
            /** @description 各学段的教师和办学条件（只含该校有的学段） */
            stages: {
                junior?: components["schemas"]["StageResources"];
                preschool?: components["schemas"]["StageResources"];
                primary?: components["schemas"]["StageResources"];
                senior?: components["schemas"]["StageResources"];
                special?: components["schemas"]["StageResources"];
            };
        };
        /** @description 评估员对需人工判断项目的认定 */
        Judgement: {
            /** @description 评估人 */
            evaluator: string;
            /** @description 依据 */
            evidence: string;
            /** @description 评估认定项目编号，例如 CB-G01 */
            itemId: string;
            /** @description 是否达标；一票否决项中“是”表示未发现违规 */
            met: boolean;
            /** @description 认定日期或时间（ISO 格式）；同一项目多次认定时以最新一条为准 */
            recordedAt: string;
            /** @description 按得分认定的项目（如社会认可度）的得分，用小数表示（0.87 即 87%） */
            score?: number | null;
        };
        /**
         * @description 幼儿园等级：provincialDemo 省级示范、class1 省一类、class2 省二类、class3 省三类、unrated 未定级
         * @enum {string}
         */
        KgClass: "provincialDemo" | "class1" | "class2" | "class3" | "unrated";
        /** @description 一所幼儿园的评估数据 */
        KindergartenInput: {
            /** @description 持证专任教师 */
            certifiedTeachers: number;
            /** @description 在园幼儿 */
            children: number;
            classes: {
                /**
                 * @description K1 小班，K2 中班，K3 大班
                 * @enum {string}
                 */
                grade: "K1" | "K2" | "K3";
                size: number;
            }[];
            institutionCode: string;
            institutionName: string;
            /**
             * @description public 公办，inclusivePrivate 普惠性民办，private 非普惠性民办
             * @enum {string}
             */
            ownership: "public" | "inclusivePrivate" | "private";
            /** @description 专任教师 */
            teachers: number;
        };
        /** @description 本园一项普及普惠指标及县、市值 */
        KindergartenMeasure: {
            city: number | null;
            /** @enum {string} */
            comparator: ">=" | "<=";
            county: number | null;
            /** @enum {string} */
            key: "childrenPerTeacher" | "certifiedShare" | "classesWithinNorm";
            met: boolean | null;
            name: string;
            own: number | null;
            ruleId: string;
            threshold: number;
        };
        LifecycleEvent: {
            institutionCode: string;
            /**
             * @description 开办、停办、并入
             * @enum {string}
             */
            kind: "opened" | "closed" | "mergedInto";
            note?: string;
            /** @description 自该学年起生效 */
            schoolYear: number;
            /** @description 并入时：并入的学校 */
            targetInstitutionCode?: string;
        };
        /** @description 各年级列表各项之和等于合计（如各班人数之和 = 在校生数 男 + 女） */
        ListSumEqualsRule: {
            id: string;
            /** @enum {string} */
            kind: "listSumEquals";
            list: string;
            /** @description 规则的中文名称，随每个问题显示 */
            name: string;
            /**
             * @description hard：阻止提交；soft：需书面说明后方可提交
             * @enum {string}
             */
            severity: "hard" | "soft";
            total: string;
        };
        ManagedAccounts: {
            items: {
                createdAt: string;
                disabled: boolean;
                displayName: string;
                failedAttempts: number;
                id: number;
                lockedUntil: string | null;
                mustChangePassword: boolean;
                passwordChangedAt: string | null;
                /** @enum {string} */
                role: "cityAdmin" | "auditAdmin" | "cityStaff" | "countyAdmin" | "schoolClerk" | "inspector" | "readOnly";
                /** @description 角色名称，如“学校填报员” */
                roleName: string;
                scope: {
                    /** @enum {string} */
                    kind: "org";
                    orgCode: string;
                } | {
                    institutionCode: string;
                    /** @enum {string} */
                    kind: "institution";
                };
                /** @description 所属单位或学校的名称；名录中已没有该单位时为 null */
                scopeName: string | null;
                username: string;
            }[];
            /** @description 全部角色（名称用于显示）及当前账号能否分配 */
            roles: {
                /** @description 当前账号能否分配此角色（角色配置的 assignableRoles；安全审计角色一律不能） */
                assignable: boolean;
                /** @enum {string} */
                code: "cityAdmin" | "auditAdmin" | "cityStaff" | "countyAdmin" | "schoolClerk" | "inspector" | "readOnly";
                name: string;
                scopeLevels: ("city" | "county" | "township" | "institution")[];
            }[];
            /** @description 当前账号管理范围内的组织机构（市、县市区、乡镇），新账号可属于其中之一或其中的学校 */
            units: {
                code: string;
                /** @enum {string} */
                level: "city" | "county" | "township";
                name: string;
            }[];
        };
        Measure: {
            countyCode: string;
            /** @description 完成期限 YYYY-MM-DD */
            dueDate: string;
            /** @description 举措编号，各版本不变，如 370811-007 */
            id: string;
            /** @description 可衡量的产出（文字） */
            output: string;
            outputTarget: number | null;
            outputUnit: string | null;
            /** @description 责任人 */
            ownerName: string;
            ownerUnit: string;
            /** @description 责任单位代码：本县、本县的乡镇（街道）或学校 */
            ownerUnitCode: string;
            /** @description 首次出现的工作方案版本 */
            sinceVersion: number;
            taskNumber: number;
            title: string;
        };
        MeasureFieldChange: {
            /** @enum {string} */
            field: "taskNumber" | "title" | "output" | "outputTarget" | "outputUnit" | "ownerName" | "ownerUnit" | "dueDate";
            from: (string | number) | null;
            to: (string | number) | null;
        };
        /**
         * @description notStarted 未开始；inProgress 推进中；done 已完成；blocked 受阻
         * @enum {string}
         */
        MeasureProgress: "notStarted" | "inProgress" | "done" | "blocked";
        /** @description 举措的推进状态和督办（逾期、受阻） */
        MeasureState: {
            blocked: boolean;
            blockedSince: string | null;
            countyCode: string;
            daysOverdue: number | null;
            done: boolean;
            /** @description 黄色提醒：未完成且距完成时限不超过提醒天数 */
            dueSoon: boolean;
            /**
             * @description visible：市级可见；red：超过宽限期，标红
             * @enum {string}
             */
            escalation: "none" | "visible" | "red";
            figure: number | null;
            lastReportAt: string | null;
            lastRoundId: string | null;
            measureId: string;
            /** @description 已过完成时限且没有审核通过的“已完成”报告 */
            overdue: boolean;
            overdueSince: string | null;
            /** @description 最近一份已报送或已通过的报告的状态 */
            progress: components["schemas"]["MeasureProgress"];
            redFrom: string | null;
            /** @enum {string} */
            review: "none" | "submitted" | "accepted" | "returned";
        };
        Milestone: {
            completion: components["schemas"]["CompletionRule"];
            /** @description 完成期限，ISO 日期（YYYY-MM-DD，Asia/Shanghai） */
            deadline: string;
            id: string;
            /** @description 所属重点任务编号（1–19） */
            task: number;
            title: string;
        };
        MilestoneRecordsResponse: {
            dataset: {
                /** @description 是否为演示数据（合成数据） */
                demo: boolean;
                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                notice: string | null;
            };
            facts: components["schemas"]["TownshipFact"][];
            reports: components["schemas"]["MilestoneReport"][];
        };
        /** @description 县市区报送的一条时间节点完成情况 */
        MilestoneReport: {
            completedOn: string;
            countyCode: string;
            countyName: string;
            evidence: components["schemas"]["EvidenceFile"][];
            id: string;
            milestoneId: string;
            milestoneTitle: string;
            reportedAt: string;
            reportedBy: string;
            reviews: components["schemas"]["MilestoneReview"][];
            state: components["schemas"]["MilestoneReviewState"];
            text: string;
        };
        MilestoneReview: {
            comment: string;
            /** @enum {string} */
            decision: "verified" | "rejected";
            reviewedAt: string;
            reviewedBy: string;
        };
        /**
         * @description pending 待核实，verified 已核实，rejected 已退回
         * @enum {string}
         */
        MilestoneReviewState: "pending" | "verified" | "rejected";
        MilestonesResponse: {
            /** @description 核对日期（YYYY-MM-DD，北京时间） */
            asOf: string;
            dataset: {
                /** @description 是否为演示数据（合成数据） */
                demo: boolean;
                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                notice: string | null;
            };
            milestones: components["schemas"]["MilestoneStatus"][];
            org: {
                code: string;
                /** @enum {string} */
                level: "city" | "county";
                name: string;
            };
        };
        /** @description 一个时间节点在各县市区的完成情况 */
        MilestoneStatus: {
            /** @description 全市：所有须完成的县市区均已完成才为已完成 */
            cityStatus: components["schemas"]["MilestoneUnitStatus"];
            deadline: string;
            id: string;
            /**
             * @description computed 由平台数据计算；reported 县市区报送、市级核实
             * @enum {string}
             */
            method: "computed" | "reported";
            /** @description 完成规则（中文） */
            rule: string;
            summary: {
                done: number;
                notDone: number;
                notRequired: number;
                overdue: number;
                toVerify: number;
            };
            task: number;
            title: string;
            units: components["schemas"]["MilestoneUnit"][];
        };
        /** @description 一个县市区（功能区）的时间节点完成情况 */
        MilestoneUnit: {
            /** @description 县市区已登记或报送、待市级核实的乡镇或报送（since 为其完成日） */
            awaiting: components["schemas"]["MissingUnit"][];
            /** @description 核对了什么（一句中文） */
            detail: string;
            missing: components["schemas"]["MissingUnit"][];
            orgCode: string;
            orgName: string;
            /** @description 逾期未完成：逾期起始日；已完成：完成日（已知时）；否则为 null */
            since: string | null;
            status: components["schemas"]["MilestoneUnitStatus"];
        };
        /**
         * @description done 已完成，notDone 未完成，overdue 逾期未完成，toVerify 待核实，notRequired 不涉及
         * @enum {string}
         */
        MilestoneUnitStatus: "done" | "notDone" | "overdue" | "toVerify" | "notRequired";
        /** @description 未达到完成条件的乡镇、学校或县市区 */
        MissingUnit: {
            /** @description 乡镇（街道）、学校或县市区代码 */
            code: string;
            name: string;
            /** @description 逾期起始日（截止日的次日，或其后失去条件之日）；未逾期为 null */
            since: string | null;
        };
        /** @description 部分不超过整体，按共同的分类选项逐项比较（如持证教师 ≤ 专任教师，按学段） */
        NotGreaterRule: {
            id: string;
            /** @enum {string} */
            kind: "notGreater";
            /** @description 规则的中文名称，随每个问题显示 */
            name: string;
            part: string;
            /**
             * @description hard：阻止提交；soft：需书面说明后方可提交
             * @enum {string}
             */
            severity: "hard" | "soft";
            whole: string;
        };
        /** @description 平台暂不能计算的指标 */
        NotYetComputedIndicator: {
            /** @enum {string} */
            kind: "notYetComputed";
            /** @description 向用户显示的中文原因 */
            reason: string;
        };
        OrgTreeNode: {
            children: components["schemas"]["OrgTreeNode"][];
            code: string;
            /**
             * @description nbs：国家统计局区划代码；local：平台为无国标代码的功能区分配的本地代码
             * @enum {string}
             */
            codeSource: "nbs" | "local";
            /** @enum {string|null} */
            countyKind: "district" | "county" | "countyCity" | "zone" | null;
            /** @description 最新学年在办学校和幼儿园数 */
            institutionCount: number;
            /** @description 由功能区代管的乡镇街道所属的法定县级单位 */
            legalParentCode: string | null;
            /** @enum {string} */
            level: "city" | "county" | "township";
            name: string;
            parentCode: string | null;
        };
        /**
         * @description 举办者：public 公办、inclusivePrivate 普惠性民办、private 其他民办
         * @enum {string}
         */
        Ownership: "public" | "inclusivePrivate" | "private";
        OwnerUnit: {
            code: string;
            /** @enum {string} */
            kind: "county" | "township" | "school";
            name: string;
        };
        /** @description 某学段生均量（element[学段] ÷ 该学段各年级在校生）与本县同一报表的学校比较：|修正 z 值| = 0.6745 · |x − 中位数| ÷ MAD > maxModifiedZ 时提示 */
        PerStudentOutlierRule: {
            element: string;
            id: string;
            /** @enum {string} */
            kind: "perStudentOutlier";
            maxModifiedZ: number;
            /** @description 规则的中文名称，随每个问题显示 */
            name: string;
            /**
             * @description hard：阻止提交；soft：需书面说明后方可提交
             * @enum {string}
             */
            severity: "hard" | "soft";
        };
        Plan: {
            /** @description 文号，如 济教字〔2024〕29号 */
            documentNumber: string;
            id: string;
            /** @description 发文机关 */
            issuer: string[];
            milestones: components["schemas"]["Milestone"][];
            /** @description 行政区划代码 */
            orgCode: string;
            period?: components["schemas"]["PlanPeriod"];
            statusRules: components["schemas"]["StatusRules"];
            targets: components["schemas"]["TargetDefinition"][];
            tasks: components["schemas"]["TaskDefinition"][];
            title: string;
        };
        PlanPeriod: {
            /** @description 方案印发日期（YYYY-MM-DD）：举措完成期限不得早于此日 */
            createdOn: string;
            /** @description 举措完成期限的最晚日期（YYYY-MM-DD），服务更晚时间节点的任务除外 */
            measuresDueBy: string;
        };
        /** @description 指标的统计对象（哪些学校、幼儿园） */
        PopulationFilter: {
            /** @description 省略时为全部举办者类型 */
            ownerships?: components["schemas"]["Ownership"][];
            runningTypes: components["schemas"]["RunningType"][];
        };
        /** @description 县域学前教育普及普惠评估结果 */
        PreschoolEvaluation: {
            /** @description 各结论的规则数（pass、fail、incomplete、notApplicable） */
            counts: {
                fail: number;
                incomplete: number;
                notApplicable: number;
                pass: number;
            };
            document: string;
            packVersion: number;
            rules: components["schemas"]["RuleResult"][];
            /** @enum {string} */
            standard: "preschoolUniversal";
            /** @description 中文一句话小结 */
            summary: string;
            title: string;
            /** @description 全县合计 */
            totals: {
                certifiedTeachers: number;
                children: number;
                classes: number;
                inclusivePrivateChildren: number;
                kindergartens: number;
                privateChildren: number;
                publicChildren: number;
                teachers: number;
            };
            /**
             * @description pass 达标，fail 未达标，incomplete 待定（缺少数据或评估认定）
             * @enum {string}
             */
            verdict: "pass" | "fail" | "incomplete";
        };
        /** @description 县域学前教育普及普惠督导评估规则包（教督〔2020〕1号）：六项可计算指标、评估认定项目及其出处 */
        PreschoolUniversalPack: {
            document: string;
            effectiveFrom: string;
            /** @enum {string} */
            id: "preschoolUniversal";
            judgements: {
                id: string;
                metMeans?: string;
                minScore?: number;
                name: string;
                part: string;
                source: {
                    clause: string;
                    document: string;
                    note?: string;
                    /** @enum {string} */
                    tag: "P" | "S" | "R";
                    url?: string;
                };
                veto?: boolean;
            }[];
            notes?: string[];
            parts: string[];
            planning: {
                /** @description 各项措施的单位成本（元）；null 或缺省表示未配置。键为措施类型：upgradeQualification、hireQualifiedTeacher、recogniseBackbone、hireBackboneTeacher、hirePeArtsTeacher、addTeachingAuxArea、addSportsArea、addEquipmentValue、addMultimediaRoom、splitClass、splitCampus、certifyTeacher、rotateTeacher、raiseSpecialEducationFunding、addPublicPlace、convertToPublic、recogniseInclusive、hirePreschoolTeacher、splitKindergartenClass、certifyPreschoolTeacher */
                unitCosts: {
                    addEquipmentValue?: number | null;
                    addMultimediaRoom?: number | null;
                    addPublicPlace?: number | null;
                    addSportsArea?: number | null;
                    addTeachingAuxArea?: number | null;
                    certifyPreschoolTeacher?: number | null;
                    certifyTeacher?: number | null;
                    convertToPublic?: number | null;
                    hireBackboneTeacher?: number | null;
                    hirePeArtsTeacher?: number | null;
                    hirePreschoolTeacher?: number | null;
                    hireQualifiedTeacher?: number | null;
                    raiseSpecialEducationFunding?: number | null;
                    recogniseBackbone?: number | null;
                    recogniseInclusive?: number | null;
                    rotateTeacher?: number | null;
                    splitCampus?: number | null;
                    splitClass?: number | null;
                    splitKindergartenClass?: number | null;
                    upgradeQualification?: number | null;
                };
            };
            rules: ({
                id: string;
                /** @enum {string} */
                kind: "grossEnrolment";
                min: number;
                name: string;
                part: string;
                source: {
                    clause: string;
                    document: string;
                    note?: string;
                    /** @enum {string} */
                    tag: "P" | "S" | "R";
                    url?: string;
                };
            } | {
                id: string;
                /** @enum {string} */
                kind: "inclusiveCoverage";
                min: number;
                name: string;
                part: string;
                source: {
                    clause: string;
                    document: string;
                    note?: string;
                    /** @enum {string} */
                    tag: "P" | "S" | "R";
                    url?: string;
                };
            } | {
                id: string;
                /** @enum {string} */
                kind: "publicShare";
                min: number;
                name: string;
                part: string;
                source: {
                    clause: string;
                    document: string;
                    note?: string;
                    /** @enum {string} */
                    tag: "P" | "S" | "R";
                    url?: string;
                };
            } | {
                id: string;
                /** @enum {string} */
                kind: "childrenPerTeacher";
                max: number;
                name: string;
                part: string;
                source: {
                    clause: string;
                    document: string;
                    note?: string;
                    /** @enum {string} */
                    tag: "P" | "S" | "R";
                    url?: string;
                };
            } | {
                id: string;
                /** @enum {string} */
                kind: "kindergartenClassSize";
                maxClassSize: {
                    K1: number;
                    K2: number;
                    K3: number;
                };
                min: number;
                name: string;
                part: string;
                source: {
                    clause: string;
                    document: string;
                    note?: string;
                    /** @enum {string} */
                    tag: "P" | "S" | "R";
                    url?: string;
                };
            } | {
                id: string;
                /** @enum {string} */
                kind: "kindergartenCertification";
                min: number;
                name: string;
                part: string;
                source: {
                    clause: string;
                    document: string;
                    note?: string;
                    /** @enum {string} */
                    tag: "P" | "S" | "R";
                    url?: string;
                };
            })[];
            title: string;
            version: number;
        };
        /** @description 一个举措一个轮次的进展报告 */
        ProgressReport: {
            /** @description 当前用户现在可执行的操作 */
            actions: components["schemas"]["ReportAction"][];
            blockedReason: string | null;
            countyCode: string;
            evidence: components["schemas"]["EvidenceFile"][];
            /** @description 目前的完成数值（举措有量化目标时） */
            figure: number | null;
            firstSubmittedAt: string | null;
            /** @description null：本轮尚未填写 */
            id: number | null;
            measureId: string;
            progress: components["schemas"]["MeasureProgress"];
            /** @description 最近一次退回的意见 */
            returnComment: string | null;
            reviewedAt: string | null;
            reviewedBy: string | null;
            roundId: string;
            /** @description null：尚未填写 */
            state: components["schemas"]["ReportState"] | null;
            submittedAt: string | null;
            text: string;
            updatedAt: string | null;
            /** @description 版本：修改时须回传，他人已修改时拒绝 */
            version: number;
        };
        /**
         * @description save 保存；submit 报送；accept 审核通过；return 退回
         * @enum {string}
         */
        ReportAction: "save" | "submit" | "accept" | "return";
        /** @description 一个报送轮次 */
        ReportingRound: {
            /** @description 截止日期（含） */
            closesOn: string;
            /** @description 黄色提醒：报送中且距截止不超过提醒天数 */
            closingSoon: boolean;
            /** @description 距截止的天数（已截止为负数） */
            daysToClose: number;
            /** @description 轮次编号：按月 2026-11，按季度 2026-Q4 */
            id: string;
            /** @description 2026年11月 */
            label: string;
            /** @description 开始接收报告的日期（含） */
            opensOn: string;
            periodEnd: string;
            periodStart: string;
            /**
             * @description upcoming 未开始；open 报送中；closed 已截止
             * @enum {string}
             */
            status: "upcoming" | "open" | "closed";
        };
        ReportingRounds: {
            /** @description 当前轮次：报送中且最先截止的轮次 */
            current: components["schemas"]["ReportingRound"] | null;
            /** @description 从第一轮到当前期间的轮次，最新的在前 */
            rounds: components["schemas"]["ReportingRound"][];
            settings: {
                /** @description 到期前几天开始黄色提醒 */
                amberDays: number;
                closeDay: number;
                /** @enum {string} */
                frequency: "monthly" | "quarterly";
                /** @description 逾期或受阻后标红前的宽限天数（由市教育局设定） */
                graceDays: number;
            };
            today: string;
        };
        /** @description 报告所针对的举措（县级工作方案中已批准的版本） */
        ReportMeasure: {
            countyCode: string;
            countyName: string;
            dueDate: string;
            id: string;
            /** @description 可衡量的产出 */
            output: string;
            /** @description 产出的量化目标；null 为无量化目标 */
            outputTarget: number | null;
            outputUnit: string | null;
            ownerName: string;
            ownerUnit: string;
            taskNumber: number;
            title: string;
        };
        /**
         * @description draft 草稿；submitted 已报送待审核；accepted 已通过；returned 已退回
         * @enum {string}
         */
        ReportState: "draft" | "submitted" | "accepted" | "returned";
        /** @description 含多个条件的规则（如交流轮岗）的一个子条件 */
        RuleCheck: {
            /** @enum {string} */
            comparator: ">=" | "<=";
            met: boolean | null;
            name: string;
            threshold: number;
            value: number | null;
        };
        /** @description 规则结论背后的一行明细：一所学校、一个班或一所幼儿园 */
        RuleDetail: {
            /** @description 其他相关数字（学生数、数量等） */
            inputs?: {
                [key: string]: number;
            };
            institutionCode: string | null;
            institutionName: string | null;
            /** @description 中文说明，例如“第 3 个班 52 人” */
            label: string;
            met: boolean | null;
            /**
             * @description 学段：primary 小学，junior 初中
             * @enum {string|null}
             */
            section: "primary" | "junior" | null;
            threshold: number | null;
            value: number | null;
        };
        /** @description 一条规则的结论及其计算依据 */
        RuleResult: {
            checks: components["schemas"]["RuleCheck"][];
            /** @enum {string|null} */
            comparator: ">=" | "<=" | null;
            /** @description 评估认定项目为 false（只能由评估员认定） */
            computable: boolean;
            details: components["schemas"]["RuleDetail"][];
            /** @description 中文说明：数值如何计算，或缺少什么 */
            explanation: string;
            /** @description 计算所用的汇总数字（分子、分母等） */
            inputs: {
                [key: string]: number | null;
            };
            /** @description 评估认定项目：所依据的认定；尚无认定记录时为 null */
            judgement?: components["schemas"]["Judgement"] | null;
            /** @enum {string} */
            kind: "sectionCoverage" | "schoolIndicators" | "cv" | "guarantee" | "preschool" | "judgement";
            name: string;
            /** @description 所属评估部分（一级指标） */
            part: string;
            /** @description 在本标准内唯一：规则包编号（CB-G05）或派生编号（CB-CV-primary-L1） */
            ruleId: string;
            /**
             * @description 学段：primary 小学，junior 初中
             * @enum {string|null}
             */
            section: "primary" | "junior" | null;
            source: components["schemas"]["RuleSource"];
            /**
             * @description compulsoryBalanced：义务教育优质均衡；preschoolUniversal：学前教育普及普惠
             * @enum {string}
             */
            standard: "compulsoryBalanced" | "preschoolUniversal";
            threshold: number | null;
            value: number | null;
            /**
             * @description pass 达标，fail 未达标，incomplete 待定，notApplicable 不适用（不计入标准结论）
             * @enum {string}
             */
            verdict: "pass" | "fail" | "incomplete" | "notApplicable";
            /** @description 是否为一票否决项 */
            veto?: boolean;
        };
        /** @description 规则出处：文件、条款和可信度标记（P 原文，S 二手来源，R 回忆待核实） */
        RuleSource: {
            clause: string;
            document: string;
            note?: string;
            /** @enum {string} */
            tag: "P" | "S" | "R";
            url?: string;
        };
        /**
         * @description 办学类型代码（JY/T 1001 / GB/T 33782-2017，见 STANDARDS.md §5）
         * @enum {string}
         */
        RunningType: "111" | "211" | "218" | "311" | "312" | "341" | "342" | "345" | "511" | "512" | "513" | "514";
        /** @description 一个学校（学段）的资源配置评估结果 */
        SchoolSectionResult: {
            /** @description 不参评时的原因；scope 为 all 表示不参加任何规则，resourceAllocation 表示仅不参加资源配置 */
            exclusion: {
                id: string;
                reason: string;
                /** @enum {string} */
                scope: "all" | "resourceAllocation";
            } | null;
            /** @description 中文小结，例如“7 项中达标 6 项……” */
            explanation: string;
            /** @description 不参加资源配置评估时为空 */
            indicators: components["schemas"]["IndicatorValue"][];
            institutionCode: string;
            institutionName: string;
            metCount: number | null;
            /** @description 办学类型代码（JY/T 1001） */
            runningType: string;
            /**
             * @description 学段：primary 小学，junior 初中
             * @enum {string}
             */
            section: "primary" | "junior";
            students: number;
            /** @enum {string} */
            verdict: "pass" | "fail" | "excluded";
        };
        /**
         * @description 报表状态；notStarted：学校尚未保存过报表
         * @enum {string}
         */
        SchoolState: "draft" | "submitted" | "returned" | "countyApproved" | "cityApproved" | "unlockRequested" | "notStarted";
        /** @description 一个学段的参评情况和差异系数 */
        SectionSummary: {
            applicable: boolean;
            /** @description 综合差异系数：七项差异系数的均值；仅供参考，无阈值 */
            compositeCv: number | null;
            cv: components["schemas"]["CvResult"][];
            /** @description 不适用时的原因 */
            reason: string | null;
            /** @description 参评学校（学段）数（未被排除且在校生大于 0） */
            schoolsEvaluated: number;
            schoolsExcluded: number;
            schoolsPassing: number;
            /**
             * @description 学段：primary 小学，junior 初中
             * @enum {string}
             */
            section: "primary" | "junior";
        };
        /** @description 占比指标：Σ 权重（分子学校）÷ Σ 权重（统计对象） */
        ShareIndicator: {
            /** @enum {string} */
            kind: "share";
            /** @description 计入分子的条件：举办者类型属于 ownerships（如给出），且该学年生效的属性 attribute 取值属于 values（如给出） */
            numerator: {
                attribute?: components["schemas"]["AttributeName"];
                ownerships?: components["schemas"]["Ownership"][];
                values?: (string | boolean)[];
            };
            population: components["schemas"]["PopulationFilter"];
            /**
             * @description institutions：按学校（幼儿园）数；enrolment：按在校生（在园幼儿）数
             * @enum {string}
             */
            weight: "institutions" | "enrolment";
        };
        /**
         * @description 特教学校办学质量评价结果：passed 通过、failed 未通过、notEvaluated 未评价
         * @enum {string}
         */
        SpecialEdEvaluation: "passed" | "failed" | "notEvaluated";
        /** @description 一个学段的教师和办学条件 */
        StageResources: {
            /** @description 县级及以上骨干教师 */
            backboneTeachers: number;
            /** @description 持有教师资格证的专任教师 */
            certifiedTeachers: number;
            /** @description 教学仪器设备值（元，账面原值） */
            equipmentValueYuan: number;
            /** @description 在编专任教师 */
            establishedPostTeachers: number;
            /** @description 网络多媒体教室数 */
            multimediaRooms: number;
            /** @description 体育、艺术（音乐、美术）专任教师 */
            peArtsTeachers: number;
            /** @description 体育运动场馆面积（平方米） */
            sportsAreaM2: number;
            /** @description 专任教师 */
            teachers: number;
            /** @description 高于规定学历的专任教师（小学：专科及以上；初中及以上：本科及以上） */
            teachersAboveRequiredQualification: number;
            /** @description 教学及辅助用房面积（平方米） */
            teachingAuxAreaM2: number;
        };
        /** @description 一所学校的本校概况 */
        Standing: {
            city: {
                code: string;
                name: string;
            };
            institution: {
                code: string;
                countyCode: string;
                countyName: string;
                name: string;
                ownership: components["schemas"]["Ownership"];
                runningType: components["schemas"]["RunningType"];
                townshipCode: string;
                townshipName: string;
            };
            operating: boolean;
            /** @description 本校各采集期的报表；角色无数据采集查看权限时为 null */
            returns: components["schemas"]["StandingReturn"][] | null;
            standards: {
                county: {
                    code: string;
                    name: string;
                } | null;
                kindergarten: {
                    certifiedTeachers: number;
                    children: number;
                    classes: number;
                    measures: components["schemas"]["KindergartenMeasure"][];
                    /** @enum {string} */
                    ownership: "public" | "inclusivePrivate" | "private";
                    teachers: number;
                } | null;
                note: string | null;
                sections: components["schemas"]["StandingSection"][];
                verdicts: {
                    /**
                     * @description pass 达标，fail 未达标，incomplete 待定（缺少数据或评估认定）
                     * @enum {string}
                     */
                    compulsoryBalanced: "pass" | "fail" | "incomplete";
                    /**
                     * @description pass 达标，fail 未达标，incomplete 待定（缺少数据或评估认定）
                     * @enum {string}
                     */
                    countyStandardsVerdict: "pass" | "fail" | "incomplete";
                    /**
                     * @description pass 达标，fail 未达标，incomplete 待定（缺少数据或评估认定）
                     * @enum {string}
                     */
                    preschoolUniversal: "pass" | "fail" | "incomplete";
                } | null;
            };
            targets: components["schemas"]["StandingTarget"][];
            year: number;
            years: number[];
        };
        /** @description 所在县市区或全市的目标值（汇总数，不含其他学校） */
        StandingFigure: {
            denominator: number;
            /** @description 按直线进度该学年应达到的值 */
            expected: number | null;
            numerator: number;
            orgCode: string;
            orgName: string;
            status: components["schemas"]["TargetStatus"];
            /** @description 比例（0–1）；无统计对象时为 null */
            value: number | null;
        };
        /** @description 本校一个学段的一项资源配置指标及县、市均值 */
        StandingIndicator: {
            atLeastFloor: boolean;
            /** @description 全市各参评县该学段按在校生加权的均值 */
            cityMean: number | null;
            /**
             * @description 资源配置指标 L1–L7
             * @enum {string}
             */
            code: "L1" | "L2" | "L3" | "L4" | "L5" | "L6" | "L7";
            /** @description 所在县该学段参评学校按在校生加权的均值 */
            countyMean: number | null;
            /** @description 最低值：floorShare × 阈值 */
            floor: number;
            met: boolean;
            name: string;
            /** @description 分子（教师数、平方米、元、间） */
            numerator: number;
            students: number;
            threshold: number;
            unit: string;
            value: number;
        };
        /** @description 本校在一个采集期的报表状态和截止时间 */
        StandingReturn: {
            closeAt: string;
            /** @description 距截止的整天数（截止后为负） */
            daysLeft: number;
            final: boolean;
            late: boolean;
            /** @description 当前是否在填报期内 */
            open: boolean;
            openFrom: string;
            periodId: string;
            periodName: string;
            schoolYear: number;
            state: components["schemas"]["SchoolState"];
            submittedAt: string | null;
        };
        /** @description 本校一个学段的县域优质均衡资源配置指标 L1–L7 */
        StandingSection: {
            countySchoolsEvaluated: number;
            countySchoolsPassing: number;
            exclusion: {
                id: string;
                reason: string;
                /** @enum {string} */
                scope: "all" | "resourceAllocation";
            } | null;
            explanation: string;
            indicators: components["schemas"]["StandingIndicator"][];
            metCount: number | null;
            runningType: string;
            /**
             * @description 学段：primary 小学，junior 初中
             * @enum {string}
             */
            section: "primary" | "junior";
            students: number;
            /** @enum {string} */
            verdict: "pass" | "fail" | "excluded";
        };
        /** @description 本校计入的一项目标 */
        StandingTarget: {
            /** @description 决定是否计入分子的属性（ownership 为举办者） */
            attribute: string | null;
            city: components["schemas"]["StandingFigure"];
            county: components["schemas"]["StandingFigure"];
            /** @description 本校计入分母的数 */
            denominator: number;
            /** @description 本校是否计入分子 */
            inNumerator: boolean;
            /** @description 本校计入分子的数（学校数或在校生数） */
            numerator: number;
            target: {
                id: components["schemas"]["TargetId"];
                shortTitle: string;
                threshold: number;
                title: string;
            };
            /** @description 本校该学年的属性值 */
            value: (string | boolean) | null;
            /**
             * @description institutions：按学校计 1；enrolment：按在校生数计
             * @enum {string}
             */
            weight: "institutions" | "enrolment";
        };
        /** @description 相对从基期值到目标值的直线进度判断状态；差距 = 进度值 − 实际值，以小数表示的百分点（0.02 即 2 个百分点） */
        StatusRules: {
            /** @description onTrackMaxGap < 差距 ≤ lagMaxGap：滞后；更大：严重滞后 */
            lagMaxGap: number;
            /** @description 差距 ≤ onTrackMaxGap：进度正常 */
            onTrackMaxGap: number;
        };
        /** @description 月度调度：全市（各县排名）或一个县 */
        Stocktake: {
            asOf: string;
            attention: {
                measuresDueThisMonth: {
                    blocked: boolean;
                    done: boolean;
                    doneOnTime: boolean;
                    dueDate: string;
                    dueThisMonth: boolean;
                    /** @enum {string} */
                    escalation: "none" | "visible" | "red";
                    id: string;
                    lastReportAt: string | null;
                    late: boolean;
                    orgCode: string;
                    orgName: string;
                    overdue: boolean;
                    overdueSince: string | null;
                    ownerName: string;
                    ownerUnit: string;
                    /**
                     * @description 未开始、推进中、已完成、受阻
                     * @enum {string}
                     */
                    progress: "notStarted" | "inProgress" | "done" | "blocked";
                    /** @enum {string} */
                    review: "none" | "submitted" | "accepted" | "returned";
                    taskNumber: number;
                    title: string;
                }[];
                measuresLateOrBlocked: {
                    blocked: boolean;
                    done: boolean;
                    doneOnTime: boolean;
                    dueDate: string;
                    dueThisMonth: boolean;
                    /** @enum {string} */
                    escalation: "none" | "visible" | "red";
                    id: string;
                    lastReportAt: string | null;
                    late: boolean;
                    orgCode: string;
                    orgName: string;
                    overdue: boolean;
                    overdueSince: string | null;
                    ownerName: string;
                    ownerUnit: string;
                    /**
                     * @description 未开始、推进中、已完成、受阻
                     * @enum {string}
                     */
                    progress: "notStarted" | "inProgress" | "done" | "blocked";
                    /** @enum {string} */
                    review: "none" | "submitted" | "accepted" | "returned";
                    taskNumber: number;
                    title: string;
                }[];
                milestonesDueThisMonth: {
                    deadline: string;
                    detail: string;
                    id: string;
                    missing: {
                        code: string;
                        name: string;
                        since: string | null;
                    }[];
                    orgCode: string;
                    orgName: string;
                    since: string | null;
                    /**
                     * @description 已完成、未完成、逾期未完成、待核实、不涉及
                     * @enum {string}
                     */
                    status: "done" | "notDone" | "overdue" | "toVerify" | "notRequired";
                    task: number;
                    title: string;
                }[];
                milestonesOverdue: {
                    deadline: string;
                    detail: string;
                    id: string;
                    missing: {
                        code: string;
                        name: string;
                        since: string | null;
                    }[];
                    orgCode: string;
                    orgName: string;
                    since: string | null;
                    /**
                     * @description 已完成、未完成、逾期未完成、待核实、不涉及
                     * @enum {string}
                     */
                    status: "done" | "notDone" | "overdue" | "toVerify" | "notRequired";
                    task: number;
                    title: string;
                }[];
                targetsBehind: components["schemas"]["StocktakeTarget"][];
            };
            canRecord: boolean;
            countyCount: number;
            lastRecord: components["schemas"]["StocktakeRecord"] | null;
            league: {
                method: string;
                order: ("workPlanMissing" | "milestonesOverdue" | "measuresLateOrBlocked" | "measuresLate" | "measuresBlocked" | "targetsBehind" | "targetsMet" | "measuresDone" | "milestonesDone")[];
            };
            /** @enum {string} */
            level: "city" | "county";
            month: string;
            org: {
                code: string;
                name: string;
            };
            records: components["schemas"]["StocktakeRecord"][];
            round: {
                id: string;
                label: string;
            } | null;
            rows: components["schemas"]["StocktakeRow"][];
            rules: {
                source: string;
                /**
                 * @description R：平台初始设定，待市教育局确定；confirmed：已确定
                 * @enum {string}
                 */
                status: "R" | "confirmed";
            };
            year: number;
        };
        /** @description 与上次记录的调度相比的变化 */
        StocktakeChanges: {
            changed: boolean;
            measuresNewlyBlocked: {
                id: string;
                title: string;
            }[];
            measuresNewlyDone: {
                id: string;
                title: string;
            }[];
            measuresNewlyLate: {
                id: string;
                title: string;
            }[];
            milestonesNewlyDone: {
                id: string;
                title: string;
            }[];
            milestonesNewlyOverdue: {
                id: string;
                title: string;
            }[];
            orgCode: string;
            orgName: string;
            rank: {
                from: number;
                move: number;
                to: number;
            } | null;
            targets: {
                /** @enum {string} */
                direction: "better" | "worse" | "other";
                from: components["schemas"]["TargetStatus"];
                targetId: string;
                title: string;
                to: components["schemas"]["TargetStatus"];
            }[];
        };
        /** @description 一个县工作方案中的一项举措及其报送状态 */
        StocktakeMeasure: {
            blocked: boolean;
            done: boolean;
            doneOnTime: boolean;
            dueDate: string;
            dueThisMonth: boolean;
            /** @enum {string} */
            escalation: "none" | "visible" | "red";
            id: string;
            lastReportAt: string | null;
            late: boolean;
            overdue: boolean;
            overdueSince: string | null;
            ownerName: string;
            ownerUnit: string;
            /**
             * @description 未开始、推进中、已完成、受阻
             * @enum {string}
             */
            progress: "notStarted" | "inProgress" | "done" | "blocked";
            /** @enum {string} */
            review: "none" | "submitted" | "accepted" | "returned";
            taskNumber: number;
            title: string;
        };
        /** @description 一个县的一个时间节点：状态、缺少的乡镇或学校 */
        StocktakeMilestone: {
            deadline: string;
            detail: string;
            id: string;
            missing: {
                code: string;
                name: string;
                since: string | null;
            }[];
            since: string | null;
            /**
             * @description 已完成、未完成、逾期未完成、待核实、不涉及
             * @enum {string}
             */
            status: "done" | "notDone" | "overdue" | "toVerify" | "notRequired";
            task: number;
            title: string;
        };
        /** @description 一次记录的月度调度 */
        StocktakeRecord: {
            asOf: string;
            id: number;
            label: string;
            recordedAt: string;
            recordedBy: string;
        };
        /** @description 排名表中一个县的一行 */
        StocktakeRow: {
            changes: components["schemas"]["StocktakeChanges"] | null;
            /** @description 排在上一行之后的依据（第一个不同的指标） */
            decidedBy: string | null;
            figures: {
                measuresBlocked: number;
                measuresDone: number;
                measuresLate: number;
                measuresLateOrBlocked: number;
                measuresTotal: number;
                milestonesDone: number;
                milestonesDue: number;
                milestonesOverdue: number;
                milestonesToVerify: number;
                targetsBehind: number;
                targetsMet: number;
                targetsOnTrack: number;
                targetsScored: number;
                /** @description 没有经批准的工作方案为 1，否则为 0 */
                workPlanMissing: number;
            };
            measures: components["schemas"]["StocktakeMeasure"][];
            milestones: components["schemas"]["StocktakeMilestone"][];
            orgCode: string;
            orgName: string;
            rank: number;
            targets: components["schemas"]["StocktakeTarget"][];
            tied: boolean;
            workPlan: {
                approved: boolean;
                approvedAt: string | null;
            };
        };
        /** @description 一个县的一项目标：数值、轨迹、状态和 2027 年趋势 */
        StocktakeTarget: {
            /** @description 按直线轨迹该学年应达到的值 */
            expected: number | null;
            /** @description 按趋势外推的 2027 年值，及是否达到目标 */
            outlook: {
                onTrack: boolean | null;
                value: number | null;
            } | null;
            reason: string | null;
            shortTitle: string;
            status: components["schemas"]["TargetStatus"];
            targetId: string;
            threshold: number;
            /** @description 比例（0–1） */
            value: number | null;
            year: number;
        };
        /** @description 属性的一条记录（含记录编号）：自某学年起生效；更正为一条记录时间更晚的新记录，记录只增不改 */
        StoredAttributeRecord: {
            /** @description 自该学年起生效，直到同一属性更晚的记录 */
            effectiveFromYear: number;
            /** @description 记录编号（按记录先后递增） */
            id: number;
            institutionCode: string;
            /** @enum {string} */
            name: "ownership";
            note?: string;
            /** @description 记录时间（ISO 8601） */
            recordedAt: string;
            /** @description 自该学年起的举办者类型（覆盖登记时的举办者） */
            value: components["schemas"]["Ownership"];
        } | {
            /** @description 自该学年起生效，直到同一属性更晚的记录 */
            effectiveFromYear: number;
            /** @description 记录编号（按记录先后递增） */
            id: number;
            institutionCode: string;
            /** @enum {string} */
            name: "kgClass";
            note?: string;
            /** @description 记录时间（ISO 8601） */
            recordedAt: string;
            value: components["schemas"]["KgClass"];
        } | {
            /** @description 自该学年起生效，直到同一属性更晚的记录 */
            effectiveFromYear: number;
            /** @description 记录编号（按记录先后递增） */
            id: number;
            institutionCode: string;
            /** @enum {string} */
            name: "strongSchoolProgramme";
            note?: string;
            /** @description 记录时间（ISO 8601） */
            recordedAt: string;
            /** @description 是否纳入强校扩优行动 */
            value: boolean;
        } | {
            /** @description 自该学年起生效，直到同一属性更晚的记录 */
            effectiveFromYear: number;
            /** @description 记录编号（按记录先后递增） */
            id: number;
            institutionCode: string;
            /** @enum {string} */
            name: "highSchoolEvaluationCompleted";
            note?: string;
            /** @description 记录时间（ISO 8601） */
            recordedAt: string;
            /** @description 是否完成市级办学质量评价 */
            value: boolean;
        } | {
            /** @description 自该学年起生效，直到同一属性更晚的记录 */
            effectiveFromYear: number;
            /** @description 记录编号（按记录先后递增） */
            id: number;
            institutionCode: string;
            /** @enum {string} */
            name: "featuredHighSchool";
            note?: string;
            /** @description 记录时间（ISO 8601） */
            recordedAt: string;
            value: components["schemas"]["FeaturedHighSchool"];
        } | {
            /** @description 自该学年起生效，直到同一属性更晚的记录 */
            effectiveFromYear: number;
            /** @description 记录编号（按记录先后递增） */
            id: number;
            institutionCode: string;
            /** @enum {string} */
            name: "subjectBases";
            note?: string;
            /** @description 记录时间（ISO 8601） */
            recordedAt: string;
            value: components["schemas"]["SubjectBase"][];
        } | {
            /** @description 自该学年起生效，直到同一属性更晚的记录 */
            effectiveFromYear: number;
            /** @description 记录编号（按记录先后递增） */
            id: number;
            institutionCode: string;
            /** @enum {string} */
            name: "specialEdEvaluation";
            note?: string;
            /** @description 记录时间（ISO 8601） */
            recordedAt: string;
            value: components["schemas"]["SpecialEdEvaluation"];
        } | {
            /** @description 自该学年起生效，直到同一属性更晚的记录 */
            effectiveFromYear: number;
            /** @description 记录编号（按记录先后递增） */
            id: number;
            institutionCode: string;
            /** @enum {string} */
            name: "resourceCentre";
            note?: string;
            /** @description 记录时间（ISO 8601） */
            recordedAt: string;
            /** @description 是否依托本校设立乡镇（街道）特殊教育资源中心 */
            value: boolean;
        } | {
            /** @description 自该学年起生效，直到同一属性更晚的记录 */
            effectiveFromYear: number;
            /** @description 记录编号（按记录先后递增） */
            id: number;
            institutionCode: string;
            /** @enum {string} */
            name: "preschoolDepartment";
            note?: string;
            /** @description 记录时间（ISO 8601） */
            recordedAt: string;
            /** @description 特教学校是否附设学前教育部（班） */
            value: boolean;
        } | {
            /** @description 自该学年起生效，直到同一属性更晚的记录 */
            effectiveFromYear: number;
            /** @description 记录编号（按记录先后递增） */
            id: number;
            institutionCode: string;
            /** @enum {string} */
            name: "vocationalDepartment";
            note?: string;
            /** @description 记录时间（ISO 8601） */
            recordedAt: string;
            /** @description 特教学校是否设置中等职业教育部（班） */
            value: boolean;
        } | {
            /** @description 自该学年起生效，直到同一属性更晚的记录 */
            effectiveFromYear: number;
            /** @description 记录编号（按记录先后递增） */
            id: number;
            institutionCode: string;
            /** @enum {string} */
            name: "townshipSeat";
            note?: string;
            /** @description 记录时间（ISO 8601） */
            recordedAt: string;
            /** @description 是否为乡镇驻地学校 */
            value: boolean;
        } | {
            /** @description 自该学年起生效，直到同一属性更晚的记录 */
            effectiveFromYear: number;
            /** @description 记录编号（按记录先后递增） */
            id: number;
            institutionCode: string;
            /** @enum {string} */
            name: "conditionsClass";
            note?: string;
            /** @description 记录时间（ISO 8601） */
            recordedAt: string;
            value: components["schemas"]["ConditionsClass"];
        };
        /** @description 学科基地 */
        SubjectBase: {
            /** @enum {string} */
            level: "provincial" | "city";
            /** @description 学科，如“物理” */
            subject: string;
        };
        Submission: {
            /** @description 当前账号现在可执行的操作 */
            allowedActions: components["schemas"]["ApprovalAction"][];
            dataset: {
                /** @description 是否为演示数据（合成数据） */
                demo: boolean;
                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                notice: string | null;
            };
            /** @description 软规则的书面说明（按规则编号） */
            explanations: {
                [key: string]: string;
            };
            fields: components["schemas"]["FormFieldView"][];
            form: components["schemas"]["FormDefinition"];
            institution: {
                code: string;
                countyCode: string;
                name: string;
                runningType: components["schemas"]["RunningType"];
                townshipCode: string;
            };
            issues: components["schemas"]["ValidationIssue"][];
            periodId: string;
            /** @description 上学年的值 */
            previous: {
                [key: string]: components["schemas"]["FieldValue"];
            } | null;
            rules: {
                id: string;
                name: string;
                /**
                 * @description hard：阻止提交；soft：需书面说明后方可提交
                 * @enum {string}
                 */
                severity: "hard" | "soft";
            }[];
            schoolYear: number;
            state: components["schemas"]["SubmissionState"];
            values: {
                [key: string]: components["schemas"]["FieldValue"];
            };
            /** @description 乐观锁版本：保存时须带上打开时的版本；0 表示尚未开始填报 */
            version: number;
        };
        SubmissionHistory: {
            events: {
                action: components["schemas"]["ApprovalAction"];
                /**
                 * @description 学校、县级、市级
                 * @enum {string}
                 */
                actorLevel: "school" | "county" | "city";
                actorUsername: string;
                at: string;
                comment: string | null;
                fromState: components["schemas"]["SubmissionState"];
                id: number;
                submissionId: number;
                toState: components["schemas"]["SubmissionState"];
            }[];
            values: {
                changedAt: string;
                changedBy: string;
                fieldKey: string;
                id: number;
                newValue: components["schemas"]["FieldValue"];
                oldValue: components["schemas"]["FieldValue"];
                submissionId: number;
            }[];
        };
        /**
         * @description 草稿、已提交、已退回、县级已审核、市级已审核（已锁定）、解锁申请中
         * @enum {string}
         */
        SubmissionState: "draft" | "submitted" | "returned" | "countyApproved" | "cityApproved" | "unlockRequested";
        TargetCard: {
            figure: components["schemas"]["TargetFigure"];
            /** @description 暂未计算的目标（如县级的 T4）为 null */
            outlook: components["schemas"]["TargetOutlook"] | null;
            target: components["schemas"]["TargetSummary"];
            trend: {
                expected: number | null;
                status: components["schemas"]["TargetStatus"];
                value: number | null;
                year: number;
            }[];
        };
        TargetDefinition: {
            /** @description 基期年份 */
            baselineYear: number;
            /** @description 目标年份：以该学年秋季统计为准 */
            deadlineYear: number;
            id: components["schemas"]["TargetId"];
            indicator: components["schemas"]["IndicatorDefinition"];
            /** @description 计算的组织层级 */
            scope: ("city" | "county")[];
            /** @description 卡片和表格中使用的简称 */
            shortTitle: string;
            /** @description 方案文件中的章节，如“一、总体要求” */
            source: string;
            /** @description 目标值，用小数表示（0.8 即 80%），始终为“不低于” */
            threshold: number;
            /** @description 方案原文表述 */
            title: string;
        };
        TargetFigure: {
            baselineValue: number | null;
            denominator: number;
            /** @description 按基线到 2027 年目标的直线进度，该学年应达到的值 */
            expected: number | null;
            gapToTarget: number | null;
            gapToTrajectory: number | null;
            institutions: number;
            missingStatistics: number;
            numerator: number;
            orgCode: string;
            /** @description 暂未计算的原因 */
            reason: string | null;
            status: components["schemas"]["TargetStatus"];
            targetId: components["schemas"]["TargetId"];
            threshold: number;
            /** @description 比例（0–1）；无统计对象或暂未计算时为 null */
            value: number | null;
            year: number;
        };
        /**
         * @description 目标编号 T1–T7
         * @enum {string}
         */
        TargetId: "T1" | "T2" | "T3" | "T4" | "T5" | "T6" | "T7";
        /** @description 2027 年展望（决策记录 0013） */
        TargetOutlook: {
            /** @description 拟合所用的完整学年（最近三个，截至所选学年） */
            basisYears: number[];
            /** @description 不确定区间上限（0–1）；无法估计时为 null */
            high: number | null;
            /** @description 不确定区间下限（0–1）；无法估计时为 null */
            low: number | null;
            /**
             * @description 最近三个完整学年的最小二乘直线外推到 2027 年
             * @enum {string}
             */
            method: "linear3";
            /** @description 区间的估计方法，或无法外推的原因 */
            note: string | null;
            /** @description 按此速度 2027 年能否达到目标（外推值 ≥ 目标值） */
            onTrack: boolean | null;
            /** @enum {number} */
            targetYear: 2027;
            /** @description 按趋势外推的 2027 年值（0–1）；完整学年不足两个时为 null */
            value: number | null;
        };
        /**
         * @description 达标、进度正常、滞后、严重滞后、基线年前、无统计对象、暂未计算
         * @enum {string}
         */
        TargetStatus: "met" | "onTrack" | "lagging" | "severelyLagging" | "preBaseline" | "noData" | "notComputed";
        TargetSummary: {
            baselineYear: number;
            deadlineYear: number;
            id: components["schemas"]["TargetId"];
            shortTitle: string;
            source: string;
            threshold: number;
            /** @description 方案原文表述 */
            title: string;
        };
        TargetWhyResponse: {
            basis: components["schemas"]["WhyBasis"] | null;
            /** @description 两项县域标准尚未均达标的县市区（T4，全市） */
            counties: components["schemas"]["WhyCounty"][];
            /** @description 该学年本单位数据的报送完整度 */
            coverage: {
                /** @description 报送比例达到完整阈值（config/live-figures.yaml） */
                complete: boolean;
                /** @description 距采集截止的天数（截止后为负） */
                daysLeft: number | null;
                /** @description 当学年应报送的在办机构数 */
                expected: number;
                /** @description 另有待审核报表的机构数 */
                pendingReported: number;
                periodId: string | null;
                periodName: string | null;
                /** @description 已有审核通过数据的机构数 */
                reported: number;
                /** @description 报送比例（计入待审核报表时含 pendingReported） */
                share: number;
                year: number;
            } | null;
            dataset: {
                /** @description 是否为演示数据（合成数据） */
                demo: boolean;
                /** @description 需要在界面上显示的数据说明，例如“演示数据” */
                notice: string | null;
            };
            /**
             * @description schools：按学校排列；counties：T4 按县市区排列；none：无可排列的对象（见 reason）
             * @enum {string}
             */
            kind: "schools" | "counties" | "none";
            /** @description 按排列顺序，需要多少所学校（县市区）计入才能达到 2027 年目标；达不到时为 null */
            neededToReach: number | null;
            org: {
                code: string;
                /**
                 * @description nbs：国家统计局区划代码；local：平台为无国标代码的功能区分配的本地代码
                 * @enum {string}
                 */
                codeSource: "nbs" | "local";
                /** @enum {string|null} */
                countyKind: "district" | "county" | "countyCity" | "zone" | null;
                /** @description 由功能区代管的乡镇街道所属的法定县级单位 */
                legalParentCode: string | null;
                /** @enum {string} */
                level: "city" | "county" | "township";
                name: string;
                parentCode: string | null;
            };
            reason: string | null;
            /** @description 未计入分子的学校，按计入后数值的提高从大到小 */
            schools: components["schemas"]["WhySchool"][];
            target: components["schemas"]["TargetSummary"];
            total: components["schemas"]["TargetFigure"];
            year: number;
        };
        TaskDefinition: {
            /** @description 任务所属行动，如“实施学前教育普惠保障行动” */
            action: string;
            /** @description 牵头科室，如“学前教育科” */
            leadSection?: string;
            /** @description 牵头科室是否已经市教育局确认（缺省：待确认） */
            leadSectionConfirmed?: boolean;
            /** @description 任务服务的时间节点（里程碑编号） */
            milestones?: string[];
            /** @description 任务编号 1–19，按方案顺序 */
            number: number;
            /** @description 方案章节，如“二(一)1” */
            section: string;
            /** @description 任务服务的核心目标 */
            targets?: components["schemas"]["TargetId"][];
            title: string;
        };
        TaskRow: {
            action: string;
            /** @description 有这类举措的县市区数 */
            counties: number;
            /** @description 服务本任务的举措最晚完成日期 */
            dueBy: string;
            /** @description 牵头科室；空：方案文件未指定 */
            leadSection: string;
            /** @description false：平台建议，待市教育局确认 */
            leadSectionConfirmed: boolean;
            /** @description 已批准工作方案中服务本任务的举措数（范围内各县） */
            measures: number;
            milestoneIds: string[];
            number: number;
            section: string;
            targetIds: components["schemas"]["TargetId"][];
            title: string;
        };
        /** @description 县市区登记的一条乡镇事项 */
        TownshipFact: {
            countyCode: string;
            countyName: string;
            /** @description 自该日起生效 */
            effectiveFrom: string;
            evidence: components["schemas"]["EvidenceFile"][];
            fact: components["schemas"]["TownshipFactName"];
            factName: string;
            id: string;
            note: string;
            recordedAt: string;
            recordedBy: string;
            reviews: components["schemas"]["MilestoneReview"][];
            state: components["schemas"]["MilestoneReviewState"];
            townshipCode: string;
            townshipName: string;
            /** @description true：已完成（已纳入）；false：未完成 */
            value: boolean;
        };
        /**
         * @description 乡镇事项：townVillageIntegration 幼儿园镇村一体化管理，strongTownshipPilot 强镇筑基试点
         * @enum {string}
         */
        TownshipFactName: "townVillageIntegration" | "strongTownshipPilot";
        /**
         * @description 所在地城乡类型代码（GB/T 33782-2017 表5）
         * @enum {string}
         */
        UrbanRural: "111" | "112" | "121" | "122" | "123" | "210" | "220";
        ValidationIssue: {
            /** @description 涉及的字段（第一个为界面上显示问题的位置） */
            fields: string[];
            message: string;
            /** @description 校验规则编号，或 TYPE、RANGE、REQUIRED（字段检查） */
            ruleId: string;
            ruleName: string;
            /**
             * @description hard：阻止提交；soft：需书面说明后方可提交
             * @enum {string}
             */
            severity: "hard" | "soft";
        };
        ValidationRule: components["schemas"]["ListSumEqualsRule"] | components["schemas"]["NotGreaterRule"] | components["schemas"]["CapacityRule"] | components["schemas"]["ChangeFromPreviousRule"] | components["schemas"]["ClassSizeAtLeastRule"] | components["schemas"]["PerStudentOutlierRule"];
        /** @description 学校计入分子的条件 */
        WhyBasis: {
            /** @description 分子所看的属性；null 为只看办学性质 */
            attribute: components["schemas"]["AttributeName"] | null;
            /** @description 计入分子的办学性质；null 为不限 */
            ownerships: components["schemas"]["Ownership"][] | null;
            /** @description 计入分子的属性值 */
            values: (string | boolean)[];
        };
        WhyCounty: {
            /** @description 该县两项标准均达标后全市 T4 的提高（比例 0–1） */
            gain: number;
            orgCode: string;
            orgName: string;
            rank: number;
            valueIfCounted: number;
        };
        WhySchool: {
            /** @description 分子所看的属性在该学年的值（不看属性或未记录时为 null） */
            attributeValue: (components["schemas"]["Ownership"] | components["schemas"]["KgClass"] | boolean | components["schemas"]["FeaturedHighSchool"] | components["schemas"]["SubjectBase"][] | components["schemas"]["SpecialEdEvaluation"] | components["schemas"]["ConditionsClass"]) | null;
            countyCode: string;
            countyName: string;
            /** @description 该校在分母中的权重（学校数为 1，按在园幼儿加权时为其人数） */
            denominator: number;
            /** @description 该校计入分子后数值的提高（比例 0–1，0.01 即 1 个百分点） */
            gain: number;
            institutionCode: string;
            institutionName: string;
            missingStatistics: boolean;
            ownership: components["schemas"]["Ownership"];
            rank: number;
            runningType: components["schemas"]["RunningType"];
            townshipCode: string;
            townshipName: string;
            /** @description 该校计入分子后的数值（比例 0–1） */
            valueIfCounted: number;
        };
        /**
         * @description save 保存草稿，submit 提交，approve 批准，return 退回，revise 新建修订版本
         * @enum {string}
         */
        WorkPlanAction: "save" | "submit" | "approve" | "return" | "revise";
        WorkPlanDiff: {
            added: components["schemas"]["Measure"][];
            changed: {
                changes: components["schemas"]["MeasureFieldChange"][];
                measure: components["schemas"]["Measure"];
            }[];
            removed: components["schemas"]["Measure"][];
            unchanged: number;
        };
        WorkPlanDiffView: {
            county: {
                code: string;
                name: string;
            };
            diff: components["schemas"]["WorkPlanDiff"];
            from: number;
            to: number;
        };
        WorkPlanEvent: {
            action: components["schemas"]["WorkPlanAction"];
            actor: string;
            at: string;
            comment: string | null;
            fromState: components["schemas"]["WorkPlanPlanState"];
            toState: components["schemas"]["WorkPlanStatus"];
            version: number;
        };
        /**
         * @description none 未编制，其余同 WorkPlanStatus
         * @enum {string}
         */
        WorkPlanPlanState: "none" | "draft" | "submitted" | "approved" | "returned";
        WorkPlanState: {
            approvedAt: string | null;
            approvedMeasures: number;
            approvedVersion: number | null;
            countyCode: string;
            countyName: string;
            measures: number;
            state: components["schemas"]["WorkPlanPlanState"];
            submittedAt: string | null;
            version: number | null;
        };
        /**
         * @description draft 草稿，submitted 已提交待审核，approved 已批准，returned 已退回
         * @enum {string}
         */
        WorkPlanStatus: "draft" | "submitted" | "approved" | "returned";
        WorkPlanVersionInfo: {
            basedOnVersion: number | null;
            createdAt: string;
            createdBy: string;
            decidedAt: string | null;
            decidedBy: string | null;
            decisionComment: string | null;
            measureCount: number;
            /** @description 修订号：修改、提交和审批时原样送回，他人已修改时拒绝 */
            revision: number;
            state: components["schemas"]["WorkPlanStatus"];
            submittedAt: string | null;
            updatedAt: string;
            version: number;
        };
        WorkPlanVersionView: {
            county: {
                code: string;
                name: string;
            };
            measures: components["schemas"]["Measure"][];
            version: components["schemas"]["WorkPlanVersionInfo"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
