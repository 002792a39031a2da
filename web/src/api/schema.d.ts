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
        get: operations["getAdminApiKeys"];
        put?: never;
        /** 新建接口密钥（密钥只在响应中出现这一次） */
        post: operations["postAdminApiKeys"];
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
        patch: operations["patchAdminApiKeysById"];
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
        post: operations["postAdminApiKeysByIdRevoke"];
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
        get: operations["getAdminCallFloor"];
        /** 修改话务设置（记入操作日志） */
        put: operations["putAdminCallFloor"];
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
        get: operations["getAdminCategories"];
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
        get: operations["getAdminHandoffDirectory"];
        /** 保存转接目录（整表替换） */
        put: operations["putAdminHandoffDirectory"];
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
        get: operations["getAdminInterop110"];
        /** 保存 110 联动设置（接口地址、共享密钥、确认超时） */
        put: operations["putAdminInterop110"];
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
        get: operations["getAdminInterop110Handoffs"];
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
        post: operations["postAdminInterop110MessagesByIdReplay"];
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
        get: operations["getAdminOpen311Keys"];
        put?: never;
        /** 新建接口密钥，缺省为 Open311 用途（同 POST /admin/api-keys） */
        post: operations["postAdminOpen311Keys"];
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
        patch: operations["patchAdminOpen311KeysById"];
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
        post: operations["postAdminOpen311KeysByIdRevoke"];
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
        get: operations["getAdminOpen311ServicesByCategoryIdAttributes"];
        /** 设置服务的 Open311 扩展属性（整体替换；空列表则删除） */
        put: operations["putAdminOpen311ServicesByCategoryIdAttributes"];
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
        get: operations["getAdminOpen311Settings"];
        /** 修改 Open311 设置 */
        put: operations["putAdminOpen311Settings"];
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
        get: operations["getAdminSmsSettings"];
        /** 修改短信设置（记入操作日志） */
        put: operations["putAdminSmsSettings"];
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
        get: operations["getAdminTelephony"];
        /** 设置电话系统指令接口地址与共享密钥（用于签名转接指令） */
        put: operations["putAdminTelephony"];
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
        get: operations["getAdminUnitSystems"];
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
        get: operations["getAdminUnitSystemsByUnitId"];
        /**
         * 设为自建系统对接，或修改名称、接收地址、签名密钥
         * @description 首次设置须填 url 和 secret：新建一条只推送此单位工单的事件推送订阅（事件：dispatched、delegated、rerouted、withdrawn、moved、return_approved、return_rejected、level_returned、level_replied、reply_approved、reply_rejected、extension_approved、extension_denied、supervised、reopened、called_back、noted、merged、closed、transferred），个人信息按单位经办人所见脱敏。办理用单位系统密钥：POST /admin/api-keys {scope: "unit", unitId}。
         */
        put: operations["putAdminUnitSystemsByUnitId"];
        post?: never;
        /** 取消自建系统对接（删除其推送订阅，吊销此单位的单位系统密钥） */
        delete: operations["deleteAdminUnitSystemsByUnitId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本单位可指定的承办人（在用的经办人账号）；管理员以 unit 指定单位 */
        get: operations["getAssignees"];
        put?: never;
        post?: never;
        delete?: never;
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
        get: operations["getAuditLog"];
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
        post: operations["postAuthLogin"];
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
        post: operations["postAuthLogout"];
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
        get: operations["getAuthMe"];
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
        get: operations["getCalendar"];
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
        get: operations["getCalendarByYear"];
        /** 导入或替换一年的节假日（JSON 或“日期 休/班”文本） */
        put: operations["putCalendarByYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/callers/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 来电人画像：工单、通话、短信、回访、重复件与统计（脱敏） */
        get: operations["getCallersByKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/callers/{key}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 查看来电人完整号码与姓名（记录日志 reveal_caller；只有保密工单的来电人仅管理员，须填写事由） */
        post: operations["postCallersByKeyReveal"];
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
        get: operations["getCallersByPhoneTickets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/callers/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取得来电人画像的标识（由工单、通话或号码；号码放在请求体中，不进地址栏） */
        post: operations["postCallersKeys"];
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
        post: operations["postCallsByCallIdCallback"];
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
        post: operations["postCallsByCallIdCallbackStart"];
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
        post: operations["postCallsByCallIdHandoff"];
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
        post: operations["postCallsByCallIdTicket"];
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
        get: operations["getCallsCurrent"];
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
        get: operations["getCallsExtension"];
        /** 坐席签入分机（null 为签出）：来电按分机弹屏到本人 */
        put: operations["putCallsExtension"];
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
        get: operations["getCallsFloor"];
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
        get: operations["getCallsHandoffTargets"];
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
        get: operations["getCallsMeasures"];
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
        get: operations["getCallsMeasuresBreakdown"];
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
        get: operations["getCallsMissed"];
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
        get: operations["getCallsState"];
        /**
         * 示闲 / 示忙（示忙须带原因）
         * @description 通话中（on_call）不能切换（409 on_call）；话后（after_call）示闲即结束话后处理，并记下该通话的话后时长。签出分机（PUT /calls/extension null）结束状态。
         */
        put: operations["putCallsState"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/canned-replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 常用语管理列表：管理员为全部；承办单位为本单位的（及只读的中心通用） */
        get: operations["getCannedReplies"];
        put?: never;
        /** 新建常用语 */
        post: operations["postCannedReplies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/canned-replies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 删除常用语 */
        delete: operations["deleteCannedRepliesById"];
        options?: never;
        head?: never;
        /** 修改常用语（只改给出的字段） */
        patch: operations["patchCannedRepliesById"];
        trace?: never;
    };
    "/api/v1/canned-replies/{id}/use": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录一次使用（插入到环节文本时调用） */
        post: operations["postCannedRepliesByIdUse"];
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
        get: operations["getCategories"];
        put?: never;
        /** 新建诉求分类 */
        post: operations["postCategories"];
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
        put: operations["putCategoriesById"];
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
        post: operations["postCategoriesByIdActivate"];
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
        post: operations["postCategoriesByIdDeactivate"];
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
        post: operations["postClassify"];
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
        get: operations["getDashboardOverdue"];
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
        get: operations["getDashboardSummary"];
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
        get: operations["getDashboardTrend"];
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
        get: operations["getDispatchCatalogue"];
        /** 设置一条派单目录（同分类同区县则替换） */
        put: operations["putDispatchCatalogue"];
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
        delete: operations["deleteDispatchCatalogueById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch-catalogue/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 派单目录建议：按历史上实际答复的单位（经退回、改派后）提议“分类 × 区县 → 承办单位”，待管理员采纳 */
        get: operations["getDispatchCatalogueProposals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch-catalogue/proposals/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 采纳派单目录建议（全部成功或全部不采纳；每条须与当前建议一致，否则 409 not_proposed） */
        post: operations["postDispatchCatalogueProposalsAccept"];
        delete?: never;
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
        get: operations["getEvents"];
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
        get: operations["getFeed"];
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
        get: operations["getHotTopics"];
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
        post: operations["postInterop110Feedback"];
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
        post: operations["postInterop110Handovers"];
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
        /**
         * 搜索知识库：按群众原话找条目，最相关的在前（话务员只看到已发布且在有效期内的条目）
         * @description 按词的权重排序（BM25：少见的词分量重，词频有上限，长文不占便宜），标题中的词远比正文中的重；搜索词按同义词扩展（丢了 → 遗失，略低于原词），复合词按部分匹配（怎么补 → 补办）。只有标点或常用虚词时返回空列表和说明（notice）。
         */
        get: operations["getKbArticles"];
        put?: never;
        /** 新建知识条目（承办单位只能建草稿） */
        post: operations["postKbArticles"];
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
        get: operations["getKbArticlesById"];
        /** 修改知识条目（生成新版本） */
        put: operations["putKbArticlesById"];
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
        post: operations["postKbArticlesByIdProposals"];
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
        get: operations["getKbProposals"];
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
        post: operations["postKbProposalsByIdReview"];
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
        get: operations["getLines"];
        put?: never;
        /** 新增归并热线 */
        post: operations["postLines"];
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
        put: operations["putLinesById"];
        post?: never;
        /** 删除归并热线（已有工单保留其热线号码） */
        delete: operations["deleteLinesById"];
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
        get: operations["getMeasures"];
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
        get: operations["getMeasuresXlsx"];
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
        get: operations["getModels"];
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
        post: operations["postModelsByVersionActivate"];
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
        post: operations["postModelsTrain"];
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
        get: operations["getNotifications"];
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
        post: operations["postNotificationsByIdRead"];
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
        /** 全部标为已读（本人可见的通知） */
        post: operations["postNotificationsReadAll"];
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
        post: operations["postPortalCodes"];
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
        post: operations["postPortalLookup"];
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
        get: operations["getPortalOptions"];
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
        post: operations["postPortalRating"];
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
        post: operations["postPortalRequests"];
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
        post: operations["postPortalSupplement"];
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
        get: operations["getQaAgents"];
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
        get: operations["getQaForm"];
        /** 保存评分表（成为新版本；旧版本保留给已评的结果） */
        put: operations["putQaForm"];
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
        get: operations["getQaFormsByFormId"];
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
        get: operations["getQaMine"];
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
        post: operations["postQaMineBySampleIdAcknowledge"];
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
        get: operations["getQaSamples"];
        put?: never;
        /** 抽检：某日（或起止日期）回访不满意的工单的通话全部抽取，另随机抽取 randomCount 个有录音的已接通话 */
        post: operations["postQaSamples"];
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
        put: operations["putQaSamplesBySampleIdReview"];
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
        get: operations["getQueuesCallbacks"];
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
        get: operations["getQueuesDispatch"];
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
        get: operations["getQueuesInbox"];
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
        get: operations["getRankings"];
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
        get: operations["getRankingsXlsx"];
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
        get: operations["getReportsDaily"];
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
        get: operations["getReportsDailyPdf"];
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
        get: operations["getSettingsAutoDispatch"];
        /** 开启或关闭自动派单：分类建议“确定”、置信度达到本阈值且派单目录能给出承办单位时，受理即派单。阈值不能低于智能建议阈值 */
        put: operations["putSettingsAutoDispatch"];
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
        get: operations["getSettingsPolicy"];
        /** 修改办理规则（只改给出的项） */
        put: operations["putSettingsPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/suggestion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 智能建议设置（何时算“确定”） */
        get: operations["getSettingsSuggestion"];
        /** 修改智能建议阈值（0–1，默认 0.6：模型概率经过校准，0.6 即约十中六以上）。不能高于自动派单阈值 */
        put: operations["putSettingsSuggestion"];
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
        post: operations["postSmsInbound"];
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
        get: operations["getSmsMessages"];
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
        post: operations["postTelephonyCallsByCallIdEvents"];
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
        post: operations["postTelephonyCallsByCallIdSurvey"];
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
        post: operations["postTelephonyCallsByCallIdTransfersByRequestIdResult"];
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
        get: operations["getTickets"];
        put?: never;
        /** 受理诉求，登记工单（支持 Idempotency-Key 请求头） */
        post: operations["postTickets"];
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
        get: operations["getTicketsXlsx"];
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
        get: operations["getTicketsById"];
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
        post: operations["postTicketsByIdAccept"];
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
        post: operations["postTicketsByIdAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 指定承办人 */
        post: operations["postTicketsByIdAssign"];
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
        get: operations["getTicketsByIdAttachments"];
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
        get: operations["getTicketsByIdAttachmentsByAttachmentId"];
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
        post: operations["postTicketsByIdCallback"];
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
        get: operations["getTicketsByIdCalls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/canned-replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本工单此环节可插入的常用语（本单位的、分类匹配的在前，再按使用次数），占位符已填好 */
        get: operations["getTicketsByIdCannedReplies"];
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
        post: operations["postTicketsByIdClose"];
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
        post: operations["postTicketsByIdConsent"];
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
        post: operations["postTicketsByIdDelegate"];
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
        post: operations["postTicketsByIdDispatch"];
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
        get: operations["getTicketsByIdEmail"];
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
        post: operations["postTicketsByIdExtend"];
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
        get: operations["getTicketsByIdHandoffs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 关联工单（仅列出当前用户可见的工单） */
        get: operations["getTicketsByIdLinks"];
        put?: never;
        /** 关联工单：相关、同一事项（其他来电人）或后续（两张工单的全程留痕都记录） */
        post: operations["postTicketsByIdLinks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/links/{otherId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 取消关联（拆分形成的关联不能取消） */
        delete: operations["deleteTicketsByIdLinksByOtherId"];
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
        post: operations["postTicketsByIdMerge"];
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
        post: operations["postTicketsByIdMove"];
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
        post: operations["postTicketsByIdNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/open311": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 客户端提交的附加信息（属性、照片、邮箱、位置） */
        get: operations["getTicketsByIdOpen311"];
        put?: never;
        post?: never;
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
        get: operations["getTicketsByIdPolice"];
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
        post: operations["postTicketsByIdRefuse"];
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
        post: operations["postTicketsByIdReopen"];
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
        post: operations["postTicketsByIdReply"];
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
        post: operations["postTicketsByIdReplyQuality"];
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
        post: operations["postTicketsByIdReroute"];
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
        post: operations["postTicketsByIdReturn"];
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
        post: operations["postTicketsByIdReveal"];
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
        post: operations["postTicketsByIdReviewExtension"];
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
        post: operations["postTicketsByIdReviewReply"];
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
        post: operations["postTicketsByIdReviewReturn"];
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
        get: operations["getTicketsByIdSimilar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/split": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 拆分（一件多诉）：把未派单工单中的另一件诉求拆为新工单（同一来电人、渠道和受理时间，双向关联；支持 Idempotency-Key） */
        post: operations["postTicketsByIdSplit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/step-attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 承办单位随签收、答复、补充说明上传的附件（仅工作人员可见），按所属的全程留痕条目（seq） */
        get: operations["getTicketsByIdStepAttachments"];
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
        post: operations["postTicketsByIdSupervise"];
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
        post: operations["postTicketsByIdSupervisionReply"];
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
        post: operations["postTicketsByIdTransfer"];
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
        post: operations["postTicketsByIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/bulk/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批量派单：逐张工单执行派单（规则、事件、时限与单张派单相同），逐张返回结果
         * @description 每张工单各自一个事务：状态不对或不在本人范围内的工单逐张拒绝（code、message），其余照常办理；角色无权执行该步骤时整批拒绝（403），不改动任何工单。支持 Idempotency-Key 请求头：同一个键的重试返回第一次的逐张结果（Idempotent-Replayed: true），不再执行。
         */
        post: operations["postTicketsBulkDispatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/bulk/supervise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批量督办/催办：逐张工单执行督办（type=urge 为催办），逐张返回结果
         * @description 每张工单各自一个事务：状态不对或不在本人范围内的工单逐张拒绝（code、message），其余照常办理；角色无权执行该步骤时整批拒绝（403），不改动任何工单。支持 Idempotency-Key 请求头：同一个键的重试返回第一次的逐张结果（Idempotent-Replayed: true），不再执行。
         */
        post: operations["postTicketsBulkSupervise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/repeat-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 受理时检查重复件：同一诉求人 30 日内的同一事项，或他人反映的同一地点同一问题（不保存任何内容） */
        post: operations["postTicketsRepeatCheck"];
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
        post: operations["postTicketsSimilar"];
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
        get: operations["getTimeLimitRules"];
        put?: never;
        /** 新增时限规则 */
        post: operations["postTimeLimitRules"];
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
        put: operations["putTimeLimitRulesById"];
        post?: never;
        /** 删除时限规则 */
        delete: operations["deleteTimeLimitRulesById"];
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
        get: operations["getUnits"];
        put?: never;
        /** 新建承办单位 */
        post: operations["postUnits"];
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
        put: operations["putUnitsById"];
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
        post: operations["postUnitsByIdActivate"];
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
        post: operations["postUnitsByIdDeactivate"];
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
        get: operations["getUsers"];
        put?: never;
        /** 新建用户 */
        post: operations["postUsers"];
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
        put: operations["putUsersById"];
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
        post: operations["postUsersByIdPassword"];
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
        /** 工单列表的视图（预置、个人、共享），附按当前用户数据范围的实时计数 */
        get: operations["getViews"];
        put?: never;
        /** 保存当前筛选为视图（个人视图；管理员可发布给某一角色） */
        post: operations["postViews"];
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
        /** 删除视图（自己的个人视图；管理员：共享视图） */
        delete: operations["deleteViewsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/views/shared": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 管理员：已发布的共享视图（全部角色） */
        get: operations["getViewsShared"];
        put?: never;
        post?: never;
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
        get: operations["getWebhooks"];
        put?: never;
        /**
         * 新建事件推送订阅
         * @description 已提交的工单事件按工单顺序推送到 url，带 X-Hotline-Signature 签名，失败按退避重试，多次失败后停放（可重放）。详见 docs/webhooks.md。
         */
        post: operations["postWebhooks"];
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
        get: operations["getWebhooksById"];
        put?: never;
        post?: never;
        /** 删除事件推送订阅（连同其推送记录） */
        delete: operations["deleteWebhooksById"];
        options?: never;
        head?: never;
        /**
         * 修改事件推送订阅：暂停/恢复（paused）、地址、密钥、事件、单位、个人信息协议
         * @description 暂停期间事件照常记录为待推送，恢复后按顺序补发。
         */
        patch: operations["patchWebhooksById"];
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
        get: operations["getWebhooksByIdDeliveries"];
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
        post: operations["postWebhooksByIdDeliveriesByDeliveryIdReplay"];
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
        post: operations["postWebhooksByIdDeliveriesReplayDead"];
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
        /** 健康检查：数据库可达则为 ok */
        get: operations["getHealthz"];
        put?: never;
        post?: never;
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
        /** 服务发现：接口地址、格式与联系方式 (GeoReport v2 discovery) */
        get: operations["getOpen311V2DiscoveryJson"];
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
        /** 服务发现：接口地址、格式与联系方式 (GeoReport v2 discovery) */
        get: operations["getOpen311V2DiscoveryXml"];
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
        /** 查询公开的诉求 (GET requests，缺省最近 90 天，最多 1000 条) */
        get: operations["getOpen311V2RequestsJson"];
        put?: never;
        /**
         * 提交诉求 (POST requests，需 api_key)
         * @description 表单提交：application/x-www-form-urlencoded，或 multipart/form-data（照片文件为 JPEG/PNG/WebP，最多 4 张、每张不超过 1.5 MB，保存为工单附件）。media_url 可重复（或 media_url[]），最多 10 个，全部保存。可带 Idempotency-Key 请求头，重试不会重复建单。
         */
        post: operations["postOpen311V2RequestsJson"];
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
        /** 查询公开的诉求 (GET requests，缺省最近 90 天，最多 1000 条) */
        get: operations["getOpen311V2RequestsXml"];
        put?: never;
        /**
         * 提交诉求 (POST requests，需 api_key)
         * @description 表单提交：application/x-www-form-urlencoded，或 multipart/form-data（照片文件为 JPEG/PNG/WebP，最多 4 张、每张不超过 1.5 MB，保存为工单附件）。media_url 可重复（或 media_url[]），最多 10 个，全部保存。可带 Idempotency-Key 请求头，重试不会重复建单。
         */
        post: operations["postOpen311V2RequestsXml"];
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
        /**
         * 查询一条公开的诉求 (GET requests/{service_request_id})
         * @description file 为 工单编号.xml 或 工单编号.json
         */
        get: operations["getOpen311V2RequestsByFile"];
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
        /** 诉求进展 (FixMyStreet servicerequestupdates，缺省最近 24 小时) */
        get: operations["getOpen311V2ServicerequestupdatesJson"];
        put?: never;
        /**
         * 提交群众补充信息 (FixMyStreet POST servicerequestupdates，需 api_key)
         * @description 与提交诉求相同的表单格式；照片文件保存为工单附件，media_url 可重复。
         */
        post: operations["postOpen311V2ServicerequestupdatesJson"];
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
        /** 诉求进展 (FixMyStreet servicerequestupdates，缺省最近 24 小时) */
        get: operations["getOpen311V2ServicerequestupdatesXml"];
        put?: never;
        /**
         * 提交群众补充信息 (FixMyStreet POST servicerequestupdates，需 api_key)
         * @description 与提交诉求相同的表单格式；照片文件保存为工单附件，media_url 可重复。
         */
        post: operations["postOpen311V2ServicerequestupdatesXml"];
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
        /** 服务列表：可提交的诉求分类 (GET services) */
        get: operations["getOpen311V2ServicesJson"];
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
        /** 服务列表：可提交的诉求分类 (GET services) */
        get: operations["getOpen311V2ServicesXml"];
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
        /**
         * 服务定义：该服务要求填写的附加属性 attribute (GET services/{service_code})
         * @description file 为 服务代码.xml 或 服务代码.json
         */
        get: operations["getOpen311V2ServicesByFile"];
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
        /**
         * 以提交时返回的 token 查询工单编号 (GET tokens/{token})
         * @description file 为 token.xml 或 token.json
         */
        get: operations["getOpen311V2TokensByFile"];
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
    schemas: {
        /** @description RFC 9457 problem details, with a stable code and a zh-CN detail */
        Problem: {
            /** @description 稳定的错误代码（程序据此判断） */
            code: string;
            /** @description 中文说明（可展示给用户） */
            detail: string;
            /** @description 逐项的参数错误（仅 validation_failed） */
            errors?: {
                message: string;
                /** @description 如 body.content */
                path: string;
            }[];
            /** @description HTTP 状态码 */
            status: number;
            /** @description HTTP 状态的英文名称 */
            title: string;
            /** @description 问题类型：/problems/{code} */
            type: string;
        };
    };
    responses: {
        /** @description 请求参数有误（code: validation_failed 等，errors 逐项说明） */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description 与当前状态冲突（如工单已被他人办理、名称重复） */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description 当前角色或数据范围无权执行此操作 */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description 资源不存在（或不在当前用户的数据范围内） */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description 未登录、令牌无效或已过期 */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description 格式正确但违反业务规则（如 Idempotency-Key 已用于内容不同的请求） */
        UnprocessableContent: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAdminApiKeys: {
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    postAdminApiKeys: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    patchAdminApiKeysById: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postAdminApiKeysByIdRevoke: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getAdminCallFloor: {
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    putAdminCallFloor: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getAdminCategories: {
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getAdminHandoffDirectory: {
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    putAdminHandoffDirectory: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getAdminInterop110: {
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    putAdminInterop110: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getAdminInterop110Handoffs: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    postAdminInterop110MessagesByIdReplay: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getAdminOpen311Keys: {
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    postAdminOpen311Keys: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    patchAdminOpen311KeysById: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postAdminOpen311KeysByIdRevoke: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getAdminOpen311ServicesByCategoryIdAttributes: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    putAdminOpen311ServicesByCategoryIdAttributes: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getAdminOpen311Settings: {
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    putAdminOpen311Settings: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getAdminSmsSettings: {
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    putAdminSmsSettings: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getAdminTelephony: {
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    putAdminTelephony: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getAdminUnitSystems: {
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getAdminUnitSystemsByUnitId: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    putAdminUnitSystemsByUnitId: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    deleteAdminUnitSystemsByUnitId: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getAssignees: {
        parameters: {
            query?: {
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
                            id: number;
                            name: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getAuditLog: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    postAuthLogin: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postAuthLogout: {
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getAuthMe: {
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCalendar: {
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCalendarByYear: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    putCalendarByYear: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getCallersByKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 来电人的不透明标识（POST /callers/keys 取得） */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        callbacks: {
                            at: string;
                            outcome: string | null;
                            reached: boolean;
                            resolved: boolean | null;
                            satisfaction: string | null;
                            ticketId: number;
                            ticketNumber: string;
                        }[];
                        /** @description 通话记录（承办单位不可见：null） */
                        calls: {
                            agentName: string | null;
                            answered: boolean;
                            callId: string;
                            line: string | null;
                            startedAt: string;
                            state: string;
                            surveyGrade: number | null;
                            talkSeconds: number | null;
                            ticketIds: number[];
                            /** @description 排队/振铃到接通（未接为到挂断） */
                            waitSeconds: number | null;
                        }[] | null;
                        counts: {
                            calls: number | null;
                            /** @description 投诉 */
                            complaints: number;
                            /** @description 近 30 天登记 */
                            last30Days: number;
                            messages: number | null;
                            missedCalls: number | null;
                            /** @description 未办结 */
                            open: number;
                            /** @description 被判为重复件的 */
                            repeats: number;
                            /** @description 可见工单数 */
                            total: number;
                        };
                        key: string;
                        /** @description 短信（承办单位不可见：null） */
                        messages: {
                            createdAt: string;
                            /** @enum {string} */
                            direction: "in" | "out";
                            id: string;
                            kind: string;
                            status: string;
                            /** @description 脱敏 */
                            text: string;
                            ticketId: number | null;
                        }[] | null;
                        /** @description 最近一次留下的姓名（脱敏） */
                        name: string | null;
                        /** @description 脱敏的号码；完整号码须调用 reveal（记日志） */
                        phone: string | null;
                        /** @description 能否查看完整号码，是否须填写事由 */
                        reveal: {
                            allowed: boolean;
                            reasonRequired: boolean;
                        };
                        tickets: {
                            categoryName: string | null;
                            confidential: boolean;
                            createdAt: string;
                            id: number;
                            number: string;
                            /** @description 重复件 */
                            repeat: {
                                ofId: number;
                                ofNumber: string | null;
                                reason: string | null;
                            } | null;
                            resolved: boolean | null;
                            satisfaction: string | null;
                            status: string;
                            /** @description 脱敏标题；保密工单为【保密工单】 */
                            title: string;
                            type: string;
                            unitName: string | null;
                        }[];
                        ticketsCapped: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    postCallersByKeyReveal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 来电人的不透明标识（POST /callers/keys 取得） */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 查看事由（保密来电人必填） */
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
                content: {
                    "application/json": {
                        name: string | null;
                        phone: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getCallersByPhoneTickets: {
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
                            /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                            assigneeId: number | null;
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
                            /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                            dispatchBy: string | null;
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
                            /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                            repeatOf: number | null;
                            /**
                             * @description caller：同一诉求人；matter：同一事项
                             * @enum {string|null}
                             */
                            repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    postCallersKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    callId?: string;
                    /** @description 受理中的来电号码（仅中心角色） */
                    phone?: string;
                    ticketId?: number;
                };
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
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postCallsByCallIdCallback: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postCallsByCallIdCallbackStart: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postCallsByCallIdHandoff: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postCallsByCallIdTicket: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getCallsCurrent: {
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCallsExtension: {
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    putCallsExtension: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getCallsFloor: {
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCallsHandoffTargets: {
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCallsMeasures: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCallsMeasuresBreakdown: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCallsMissed: {
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCallsState: {
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    putCallsState: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getCannedReplies: {
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
                            /** @description 原文（占位符未替换：{工单编号} {来电人称呼} {承办单位} {受理时间} {诉求标题} {诉求分类}） */
                            body: string;
                            /** @description 限定的诉求分类（含其下级）；空：不限 */
                            categoryIds: number[];
                            /** @description 当前用户可否修改、删除 */
                            editable: boolean;
                            enabled: boolean;
                            id: number;
                            lastUsedAt: string | null;
                            /** @description 提供的环节；空：所有环节 */
                            steps: string[];
                            title: string;
                            /** @description null：中心通用；否则所属单位 */
                            unitId: number | null;
                            unitName: string | null;
                            updatedAt: string;
                            /** @description 使用次数 */
                            useCount: number;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    postCannedReplies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 正文，可含占位符：{工单编号} {来电人称呼} {承办单位} {受理时间} {诉求标题} {诉求分类} */
                    body: string;
                    /** @description 限定诉求分类（含其下级）；空：不限 */
                    categoryIds?: number[];
                    enabled?: boolean;
                    /** @description 限定环节；空：所有环节 */
                    steps?: ("reply" | "note" | "supervision-reply" | "callback" | "return" | "answer" | "extend" | "reopen" | "supervise" | "review-reply" | "close" | "refuse" | "delegate")[];
                    /** @description 标题（选择时显示、可按标题筛选） */
                    title: string;
                    /** @description null：中心通用（仅管理员）；缺省：承办单位用户为本单位，管理员为中心通用 */
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
                        /** @description 原文（占位符未替换：{工单编号} {来电人称呼} {承办单位} {受理时间} {诉求标题} {诉求分类}） */
                        body: string;
                        /** @description 限定的诉求分类（含其下级）；空：不限 */
                        categoryIds: number[];
                        /** @description 当前用户可否修改、删除 */
                        editable: boolean;
                        enabled: boolean;
                        id: number;
                        lastUsedAt: string | null;
                        /** @description 提供的环节；空：所有环节 */
                        steps: string[];
                        title: string;
                        /** @description null：中心通用；否则所属单位 */
                        unitId: number | null;
                        unitName: string | null;
                        updatedAt: string;
                        /** @description 使用次数 */
                        useCount: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    deleteCannedRepliesById: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    patchCannedRepliesById: {
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
                    /** @description 正文，可含占位符：{工单编号} {来电人称呼} {承办单位} {受理时间} {诉求标题} {诉求分类} */
                    body?: string;
                    /** @description 限定诉求分类（含其下级）；空：不限 */
                    categoryIds?: number[];
                    enabled?: boolean;
                    /** @description 限定环节；空：所有环节 */
                    steps?: ("reply" | "note" | "supervision-reply" | "callback" | "return" | "answer" | "extend" | "reopen" | "supervise" | "review-reply" | "close" | "refuse" | "delegate")[];
                    /** @description 标题（选择时显示、可按标题筛选） */
                    title?: string;
                    /** @description null：中心通用（仅管理员）；缺省：承办单位用户为本单位，管理员为中心通用 */
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
                        /** @description 原文（占位符未替换：{工单编号} {来电人称呼} {承办单位} {受理时间} {诉求标题} {诉求分类}） */
                        body: string;
                        /** @description 限定的诉求分类（含其下级）；空：不限 */
                        categoryIds: number[];
                        /** @description 当前用户可否修改、删除 */
                        editable: boolean;
                        enabled: boolean;
                        id: number;
                        lastUsedAt: string | null;
                        /** @description 提供的环节；空：所有环节 */
                        steps: string[];
                        title: string;
                        /** @description null：中心通用；否则所属单位 */
                        unitId: number | null;
                        unitName: string | null;
                        updatedAt: string;
                        /** @description 使用次数 */
                        useCount: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postCannedRepliesByIdUse: {
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
                        useCount: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getCategories: {
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    postCategories: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    putCategoriesById: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postCategoriesByIdActivate: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postCategoriesByIdDeactivate: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postClassify: {
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
                        /** @description 最可能的三个分类 */
                        categories: {
                            categoryId: number;
                            name: string;
                            /** @description 校准后的概率 */
                            probability: number;
                            /** @description 该分类（在本区县）的承办单位 */
                            unit: {
                                categoryId: number;
                                name: string;
                                unitId: number;
                                /** @enum {string} */
                                via: "catalogue_district" | "catalogue" | "category_lead";
                            } | null;
                        }[];
                        districtId: number | null;
                        modelVersion: number | null;
                        /** @description 第一个分类的概率达到建议阈值（threshold）：可以直接采用；否则为“不确定”，不应自动填入 */
                        sure: boolean;
                        /** @description 建议阈值（系统管理 → 办理规则 → 智能建议） */
                        threshold: number;
                        /** @description 第一个分类的承办单位 */
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getDashboardOverdue: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getDashboardSummary: {
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
                            /** @description 重复件率 */
                            repeat_rate: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getDashboardTrend: {
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
                                /** @description 重复件率 */
                                repeat_rate: {
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
                            /** @description 重复件率 */
                            repeat_rate: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getDispatchCatalogue: {
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    putDispatchCatalogue: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    deleteDispatchCatalogueById: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getDispatchCatalogueProposals: {
        parameters: {
            query?: {
                /** @description 建议单位至少答复了其中多大比例 */
                minShare?: number;
                /** @description 至少多少件已答复工单 */
                minTickets?: number;
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
                            categoryId: number;
                            categoryName: string;
                            /** @description 采纳后智能建议的承办单位会改变 */
                            changes: boolean;
                            /** @description 目前的智能建议会派给谁 */
                            current: {
                                name: string;
                                unitId: number;
                                /** @enum {string} */
                                via: "catalogue_district" | "catalogue" | "category_lead";
                            } | null;
                            /** @description 区县；null 表示不分区县 */
                            districtId: number | null;
                            districtName: string | null;
                            /** @description 其中由建议单位答复的 */
                            handled: number;
                            share: number;
                            /** @description 该分类在该区县已答复的工单数 */
                            tickets: number;
                            /** @description 建议的承办单位：历史上实际答复（经退回、改派后）最多的主办单位 */
                            unitId: number;
                            unitName: string;
                            /** @description 答复过的各单位，多者在前 */
                            units: {
                                name: string;
                                tickets: number;
                                unitId: number;
                            }[];
                        }[];
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    postDispatchCatalogueProposalsAccept: {
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
                        categoryId: number;
                        districtId?: number | null;
                        unitId: number;
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
                            categoryId: number;
                            districtId: number | null;
                            id: number;
                            unitId: number;
                        }[];
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getEvents: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getFeed: {
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
            400: components["responses"]["BadRequest"];
        };
    };
    getHotTopics: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    postInterop110Feedback: {
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
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postInterop110Handovers: {
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
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getKbArticles: {
        parameters: {
            query?: {
                categoryId?: number;
                /** @description any（默认）：含任一搜索词即可，按相关度排序；all：只要含全部搜索词（原词、同义词或其部分）的条目 */
                match?: "any" | "all";
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
                            /** @description 已发布且在有效期内（话务员只看到这样的条目） */
                            inForce: boolean;
                            /** @description 条目中命中的词（含同义词，如“丢了”命中“遗失”） */
                            matched: string[];
                            /** @description 相关度（BM25，仅搜索时；只用于比较同一次搜索的条目） */
                            score: number | null;
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
                        /** @description 搜索词中没有可搜索的文字时的说明（结果为空，不是错误） */
                        notice: {
                            code: string;
                            message: string;
                        } | null;
                        /** @description 按同义词扩展的搜索词 */
                        synonyms: {
                            synonyms: string[];
                            word: string;
                        }[];
                        total: number;
                        /** @description 搜索词（分词后，去掉常用虚词） */
                        words: string[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    postKbArticles: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getKbArticlesById: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    putKbArticlesById: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postKbArticlesByIdProposals: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getKbProposals: {
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    postKbProposalsByIdReview: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getLines: {
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    postLines: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    putLinesById: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    deleteLinesById: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getMeasures: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getMeasuresXlsx: {
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
            /** @description Excel 工作簿（.xlsx） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getModels: {
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
                            /** @description 参与学习的未分类历史诉求条数 */
                            unlabelled: number;
                            version: number;
                            /** @description 较弱的分类（交叉验证 F1 低于 0.9），最弱的在前 */
                            weakClasses: {
                                /** @description 最常混淆的分类，至多 3 个 */
                                confusedWith: {
                                    /** @description 两个方向的误判条数之和 */
                                    count: number;
                                    label: string;
                                }[];
                                /** @description 训练时交叉验证（折外预测）的 F1 */
                                f1: number;
                                /** @description 分类代码（模型的标签） */
                                label: string;
                            }[];
                        }[];
                        total: number;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    postModelsByVersionActivate: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postModelsTrain: {
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
                            /** @description 参与学习的未分类历史诉求条数 */
                            unlabelled: number;
                            /** @description 较弱的分类（交叉验证 F1 低于 0.9），最弱的在前 */
                            weakClasses: {
                                /** @description 最常混淆的分类，至多 3 个 */
                                confusedWith: {
                                    /** @description 两个方向的误判条数之和 */
                                    count: number;
                                    label: string;
                                }[];
                                /** @description 训练时交叉验证（折外预测）的 F1 */
                                f1: number;
                                /** @description 分类代码（模型的标签） */
                                label: string;
                            }[];
                        };
                        trainedAt: string;
                        trainingSize: number;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getNotifications: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description true: 只看未读 */
                unread?: "true" | "false";
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
                            createdAt: string;
                            id: number;
                            kind: string;
                            /** @description 脱敏 */
                            message: string;
                            readAt: string | null;
                            ticketId: number | null;
                            unitId: number | null;
                        }[];
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    postNotificationsByIdRead: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postNotificationsReadAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 只标到这条为止（列表里看到的最新一条），之后到达的仍未读 */
                    upToId?: number;
                } | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postPortalCodes: {
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
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postPortalLookup: {
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
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getPortalOptions: {
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
    postPortalRating: {
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
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postPortalRequests: {
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
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postPortalSupplement: {
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
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getQaAgents: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getQaForm: {
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    putQaForm: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getQaFormsByFormId: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getQaMine: {
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    postQaMineBySampleIdAcknowledge: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getQaSamples: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    postQaSamples: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    putQaSamplesBySampleIdReview: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getQueuesCallbacks: {
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
                            /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                            assigneeId: number | null;
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
                            /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                            dispatchBy: string | null;
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
                            /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                            repeatOf: number | null;
                            /**
                             * @description caller：同一诉求人；matter：同一事项
                             * @enum {string|null}
                             */
                            repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getQueuesDispatch: {
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
                            /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                            assigneeId: number | null;
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
                            /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                            dispatchBy: string | null;
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
                            /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                            repeatOf: number | null;
                            /**
                             * @description caller：同一诉求人；matter：同一事项
                             * @enum {string|null}
                             */
                            repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getQueuesInbox: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description 只看该单位（含下级）主办或协办的工单 */
                unit?: number;
                view?: "open" | "accept" | "handling" | "review" | "delegated" | "supervision" | "overdue" | "mine";
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
                            mine: number;
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
                            /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                            assigneeId: number | null;
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
                            /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                            dispatchBy: string | null;
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
                            /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                            repeatOf: number | null;
                            /**
                             * @description caller：同一诉求人；matter：同一事项
                             * @enum {string|null}
                             */
                            repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getRankings: {
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
                                /** @description 重复件率 */
                                repeat_rate: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getRankingsXlsx: {
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
            /** @description Excel 工作簿（.xlsx） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getReportsDaily: {
        parameters: {
            query?: {
                /** @description 报告日期（上海时间），缺省为昨天：最近一个完整的日子 */
                date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 自包含的 HTML 页面（无脚本） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getReportsDailyPdf: {
        parameters: {
            query?: {
                /** @description 报告日期（上海时间），缺省为昨天：最近一个完整的日子 */
                date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF（A4，每页页脚有页码） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description 服务器未安装 Chromium 或无法启动（problem+json） */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getSettingsAutoDispatch: {
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
                        enabled: boolean;
                        threshold: number;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    putSettingsAutoDispatch: {
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
                content: {
                    "application/json": {
                        enabled: boolean;
                        threshold: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getSettingsPolicy: {
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    putSettingsPolicy: {
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
                    /** @description 派单时限：受理后几个工作分钟内派单（默认 120，即 2 个工作小时） */
                    dispatchMinutes?: number;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getSettingsSuggestion: {
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
                        /** @description 建议阈值：第一个分类的概率达到它才算“确定”，控制台才会自动填入 */
                        threshold: number;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    putSettingsSuggestion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    threshold: number;
                };
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
                        /** @description 建议阈值：第一个分类的概率达到它才算“确定”，控制台才会自动填入 */
                        threshold: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postSmsInbound: {
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
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getSmsMessages: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    postTelephonyCallsByCallIdEvents: {
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
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postTelephonyCallsByCallIdSurvey: {
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
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postTelephonyCallsByCallIdTransfersByRequestIdResult: {
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
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getTickets: {
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
                /** @description 只要这些工单（逗号分隔的 id，最多 200 个；如导出选中的工单），仍在当前用户可见范围内 */
                ids?: string;
                /** @description 归并热线号码 */
                line?: string;
                /** @description true: 我的工单（我是承办人，或我办理过其中一步） */
                mine?: "true" | "false";
                /** @description 不带该预警的工单（即将到期：handle_warning 且非 handle_overdue） */
                notAlert?: "accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue";
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
                            /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                            assigneeId: number | null;
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
                            /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                            dispatchBy: string | null;
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
                            /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                            repeatOf: number | null;
                            /**
                             * @description caller：同一诉求人；matter：同一事项
                             * @enum {string|null}
                             */
                            repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    postTickets: {
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
                        /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                        assigneeId: number | null;
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
                        /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                        dispatchBy: string | null;
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
                        /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                        repeatOf: number | null;
                        /**
                         * @description caller：同一诉求人；matter：同一事项
                         * @enum {string|null}
                         */
                        repeatReason: "caller" | "matter" | null;
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
                        /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                        assigneeId: number | null;
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
                        /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                        dispatchBy: string | null;
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
                        /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                        repeatOf: number | null;
                        /**
                         * @description caller：同一诉求人；matter：同一事项
                         * @enum {string|null}
                         */
                        repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getTicketsXlsx: {
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
                /** @description 只要这些工单（逗号分隔的 id，最多 200 个；如导出选中的工单），仍在当前用户可见范围内 */
                ids?: string;
                /** @description 归并热线号码 */
                line?: string;
                /** @description true: 我的工单（我是承办人，或我办理过其中一步） */
                mine?: "true" | "false";
                /** @description 不带该预警的工单（即将到期：handle_warning 且非 handle_overdue） */
                notAlert?: "accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue";
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
            /** @description Excel 工作簿（.xlsx）；X-Total-Count 为符合条件的工单总数 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getTicketsById: {
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
                        /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                        assigneeId: number | null;
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
                        /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                        dispatchBy: string | null;
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
                        /** @description 关联工单（仅列出当前用户可见的工单） */
                        links: {
                            /**
                             * @description out：本单拆分出 / 被其跟进的一方；in：本单拆分自 / 是其后续
                             * @enum {string}
                             */
                            direction: "out" | "in";
                            id: number;
                            /**
                             * @description split 拆分、related 相关、same_matter 同一事项（其他来电人）、follow_up 后续
                             * @enum {string}
                             */
                            kind: "split" | "related" | "same_matter" | "follow_up";
                            linkedAt: string;
                            number: string;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                            title: string;
                        }[];
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
                        /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                        repeatOf: number | null;
                        /**
                         * @description caller：同一诉求人；matter：同一事项
                         * @enum {string|null}
                         */
                        repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    postTicketsByIdAccept: {
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
                    /** @description 附件（现场照片、文书）：只接受 JPG、PNG、WebP 图片和 PDF、Word（docx）、Excel（xlsx）文件；仅工作人员可见，不向群众公开 */
                    attachments?: {
                        /** @description 声明的类型；须与文件内容一致（按内容判断，不只看文件名） */
                        contentType?: string | null;
                        /** @description 文件内容，base64；每个不超过 1.5 MB */
                        data: string;
                        /** @description 文件名（带扩展名） */
                        filename: string;
                    }[];
                } | null;
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
                        /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                        assigneeId: number | null;
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
                        /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                        dispatchBy: string | null;
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
                        /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                        repeatOf: number | null;
                        /**
                         * @description caller：同一诉求人；matter：同一事项
                         * @enum {string|null}
                         */
                        repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postTicketsByIdAnswer: {
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
                        /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                        assigneeId: number | null;
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
                        /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                        dispatchBy: string | null;
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
                        /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                        repeatOf: number | null;
                        /**
                         * @description caller：同一诉求人；matter：同一事项
                         * @enum {string|null}
                         */
                        repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postTicketsByIdAssign: {
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
                    /** @description 承办人：本单位在用的经办人账号（GET /api/v1/assignees） */
                    userId: number;
                };
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
                        /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                        assigneeId: number | null;
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
                        /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                        dispatchBy: string | null;
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
                        /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                        repeatOf: number | null;
                        /**
                         * @description caller：同一诉求人；matter：同一事项
                         * @enum {string|null}
                         */
                        repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getTicketsByIdAttachments: {
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
                            /**
                             * @description portal 网上诉求、email 来信、open311 Open311 客户端
                             * @enum {string}
                             */
                            source: "portal" | "email" | "open311";
                            /** @description 带令牌 GET 下载 */
                            url: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getTicketsByIdAttachmentsByAttachmentId: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    postTicketsByIdCallback: {
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
                        /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                        assigneeId: number | null;
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
                        /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                        dispatchBy: string | null;
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
                        /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                        repeatOf: number | null;
                        /**
                         * @description caller：同一诉求人；matter：同一事项
                         * @enum {string|null}
                         */
                        repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getTicketsByIdCalls: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getTicketsByIdCannedReplies: {
        parameters: {
            query: {
                /** @description 按标题或正文筛选（空格分隔的词都须出现） */
                q?: string;
                /** @description 环节：reply 答复、note 补充说明、supervision-reply 督办回复、callback 回访备注、return 退单理由、answer 直接答复、extend 延期理由、reopen 重办理由、supervise 督办、review-reply 审核意见、close 办结说明、refuse 不予受理说明、delegate 下派意见 */
                step: "reply" | "note" | "supervision-reply" | "callback" | "return" | "answer" | "extend" | "reopen" | "supervise" | "review-reply" | "close" | "refuse" | "delegate";
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
                            /** @description 原文（占位符未替换：{工单编号} {来电人称呼} {承办单位} {受理时间} {诉求标题} {诉求分类}） */
                            body: string;
                            /** @description 限定的诉求分类（含其下级）；空：不限 */
                            categoryIds: number[];
                            /** @description 当前用户可否修改、删除 */
                            editable: boolean;
                            enabled: boolean;
                            /** @description 按本工单填好占位符的文本（来电人信息已脱敏） */
                            filled: string;
                            id: number;
                            lastUsedAt: string | null;
                            /** @description 提供的环节；空：所有环节 */
                            steps: string[];
                            title: string;
                            /** @description null：中心通用；否则所属单位 */
                            unitId: number | null;
                            unitName: string | null;
                            updatedAt: string;
                            /** @description 使用次数 */
                            useCount: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    postTicketsByIdClose: {
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
                        /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                        assigneeId: number | null;
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
                        /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                        dispatchBy: string | null;
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
                        /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                        repeatOf: number | null;
                        /**
                         * @description caller：同一诉求人；matter：同一事项
                         * @enum {string|null}
                         */
                        repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postTicketsByIdConsent: {
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
                        /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                        assigneeId: number | null;
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
                        /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                        dispatchBy: string | null;
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
                        /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                        repeatOf: number | null;
                        /**
                         * @description caller：同一诉求人；matter：同一事项
                         * @enum {string|null}
                         */
                        repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postTicketsByIdDelegate: {
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
                        /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                        assigneeId: number | null;
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
                        /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                        dispatchBy: string | null;
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
                        /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                        repeatOf: number | null;
                        /**
                         * @description caller：同一诉求人；matter：同一事项
                         * @enum {string|null}
                         */
                        repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postTicketsByIdDispatch: {
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
                        /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                        assigneeId: number | null;
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
                        /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                        dispatchBy: string | null;
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
                        /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                        repeatOf: number | null;
                        /**
                         * @description caller：同一诉求人；matter：同一事项
                         * @enum {string|null}
                         */
                        repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getTicketsByIdEmail: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    postTicketsByIdExtend: {
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
                        /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                        assigneeId: number | null;
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
                        /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                        dispatchBy: string | null;
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
                        /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                        repeatOf: number | null;
                        /**
                         * @description caller：同一诉求人；matter：同一事项
                         * @enum {string|null}
                         */
                        repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getTicketsByIdHandoffs: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getTicketsByIdLinks: {
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
                            /**
                             * @description out：本单拆分出 / 被其跟进的一方；in：本单拆分自 / 是其后续
                             * @enum {string}
                             */
                            direction: "out" | "in";
                            id: number;
                            /**
                             * @description split 拆分、related 相关、same_matter 同一事项（其他来电人）、follow_up 后续
                             * @enum {string}
                             */
                            kind: "split" | "related" | "same_matter" | "follow_up";
                            linkedAt: string;
                            number: string;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                            title: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    postTicketsByIdLinks: {
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
                     * @description related 相关、same_matter 同一事项（其他来电人）、follow_up 对方是本单的后续
                     * @enum {string}
                     */
                    kind: "related" | "same_matter" | "follow_up";
                    /** @description 要关联的工单 id */
                    otherId?: number;
                    /** @description 或：要关联的工单编号 */
                    otherNumber?: string;
                };
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
                            /**
                             * @description out：本单拆分出 / 被其跟进的一方；in：本单拆分自 / 是其后续
                             * @enum {string}
                             */
                            direction: "out" | "in";
                            id: number;
                            /**
                             * @description split 拆分、related 相关、same_matter 同一事项（其他来电人）、follow_up 后续
                             * @enum {string}
                             */
                            kind: "split" | "related" | "same_matter" | "follow_up";
                            linkedAt: string;
                            number: string;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                            title: string;
                        }[];
                        /** @description 本工单（操作后） */
                        ticket: {
                            /** @description ISO 8601 时间 */
                            acceptBy: string | null;
                            /** @description ISO 8601 时间 */
                            acceptedAt: string | null;
                            /** @description ISO 8601 时间 */
                            acceptWarnAt: string | null;
                            address: string | null;
                            alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                            /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                            assigneeId: number | null;
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
                            /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                            dispatchBy: string | null;
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
                            /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                            repeatOf: number | null;
                            /**
                             * @description caller：同一诉求人；matter：同一事项
                             * @enum {string|null}
                             */
                            repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    deleteTicketsByIdLinksByOtherId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                otherId: string;
            };
            cookie?: never;
        };
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
                            /**
                             * @description out：本单拆分出 / 被其跟进的一方；in：本单拆分自 / 是其后续
                             * @enum {string}
                             */
                            direction: "out" | "in";
                            id: number;
                            /**
                             * @description split 拆分、related 相关、same_matter 同一事项（其他来电人）、follow_up 后续
                             * @enum {string}
                             */
                            kind: "split" | "related" | "same_matter" | "follow_up";
                            linkedAt: string;
                            number: string;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "handling" | "replied" | "closed" | "merged" | "transferred" | "refused";
                            title: string;
                        }[];
                        /** @description 本工单（操作后） */
                        ticket: {
                            /** @description ISO 8601 时间 */
                            acceptBy: string | null;
                            /** @description ISO 8601 时间 */
                            acceptedAt: string | null;
                            /** @description ISO 8601 时间 */
                            acceptWarnAt: string | null;
                            address: string | null;
                            alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                            /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                            assigneeId: number | null;
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
                            /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                            dispatchBy: string | null;
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
                            /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                            repeatOf: number | null;
                            /**
                             * @description caller：同一诉求人；matter：同一事项
                             * @enum {string|null}
                             */
                            repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postTicketsByIdMerge: {
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
                        /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                        assigneeId: number | null;
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
                        /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                        dispatchBy: string | null;
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
                        /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                        repeatOf: number | null;
                        /**
                         * @description caller：同一诉求人；matter：同一事项
                         * @enum {string|null}
                         */
                        repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postTicketsByIdMove: {
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
                        /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                        assigneeId: number | null;
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
                        /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                        dispatchBy: string | null;
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
                        /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                        repeatOf: number | null;
                        /**
                         * @description caller：同一诉求人；matter：同一事项
                         * @enum {string|null}
                         */
                        repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postTicketsByIdNote: {
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
                    /** @description 附件（现场照片、文书）：只接受 JPG、PNG、WebP 图片和 PDF、Word（docx）、Excel（xlsx）文件；仅工作人员可见，不向群众公开 */
                    attachments?: {
                        /** @description 声明的类型；须与文件内容一致（按内容判断，不只看文件名） */
                        contentType?: string | null;
                        /** @description 文件内容，base64；每个不超过 1.5 MB */
                        data: string;
                        /** @description 文件名（带扩展名） */
                        filename: string;
                    }[];
                    content: string;
                    /** @description true：群众补充诉求（话务员登记来电补充）；缺省为工作人员备注 */
                    fromCitizen?: boolean;
                } | null;
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
                        /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                        assigneeId: number | null;
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
                        /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                        dispatchBy: string | null;
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
                        /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                        repeatOf: number | null;
                        /**
                         * @description caller：同一诉求人；matter：同一事项
                         * @enum {string|null}
                         */
                        repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getTicketsByIdOpen311: {
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
                        addressId: string | null;
                        attributes: {
                            code: string;
                            /** @description 服务定义中的数据类型；定义中已没有该属性时为空 */
                            datatype: string | null;
                            /** @description 服务定义中的说明（无说明时为代码） */
                            label: string;
                            /** @description 所填的值，可选项显示为名称；已脱敏 */
                            values: string[];
                        }[];
                        /** @description 提交诉求的 Open311 客户端（接口密钥名称） */
                        client: string | null;
                        /** @description 已脱敏 */
                        email: string | null;
                        files: {
                            contentType: string;
                            filename: string | null;
                            id: number;
                            size: number;
                            /** @description 带令牌 GET 下载（记录日志） */
                            url: string;
                        }[];
                        /** @description WGS84 经纬度 */
                        location: {
                            lat: number;
                            long: number;
                        } | null;
                        /** @description 客户端提交的照片链接（第三方网站，按提交顺序） */
                        mediaUrls: string[];
                        serviceCode: string;
                        /** @description 服务代码现在对应的分类名称 */
                        serviceName: string | null;
                        /** @description ISO 8601 时间 */
                        submittedAt: string;
                        /** @description 保密工单且当前用户无权阅读内容：以下内容不提供 */
                        withheld: boolean;
                        zipcode: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getTicketsByIdPolice: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    postTicketsByIdRefuse: {
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
                        /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                        assigneeId: number | null;
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
                        /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                        dispatchBy: string | null;
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
                        /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                        repeatOf: number | null;
                        /**
                         * @description caller：同一诉求人；matter：同一事项
                         * @enum {string|null}
                         */
                        repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postTicketsByIdReopen: {
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
                        /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                        assigneeId: number | null;
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
                        /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                        dispatchBy: string | null;
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
                        /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                        repeatOf: number | null;
                        /**
                         * @description caller：同一诉求人；matter：同一事项
                         * @enum {string|null}
                         */
                        repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postTicketsByIdReply: {
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
                    /** @description 附件（现场照片、文书）：只接受 JPG、PNG、WebP 图片和 PDF、Word（docx）、Excel（xlsx）文件；仅工作人员可见，不向群众公开 */
                    attachments?: {
                        /** @description 声明的类型；须与文件内容一致（按内容判断，不只看文件名） */
                        contentType?: string | null;
                        /** @description 文件内容，base64；每个不超过 1.5 MB */
                        data: string;
                        /** @description 文件名（带扩展名） */
                        filename: string;
                    }[];
                    content: string;
                } | null;
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
                        /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                        assigneeId: number | null;
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
                        /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                        dispatchBy: string | null;
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
                        /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                        repeatOf: number | null;
                        /**
                         * @description caller：同一诉求人；matter：同一事项
                         * @enum {string|null}
                         */
                        repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postTicketsByIdReplyQuality: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postTicketsByIdReroute: {
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
                        /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                        assigneeId: number | null;
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
                        /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                        dispatchBy: string | null;
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
                        /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                        repeatOf: number | null;
                        /**
                         * @description caller：同一诉求人；matter：同一事项
                         * @enum {string|null}
                         */
                        repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postTicketsByIdReturn: {
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
                        /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                        assigneeId: number | null;
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
                        /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                        dispatchBy: string | null;
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
                        /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                        repeatOf: number | null;
                        /**
                         * @description caller：同一诉求人；matter：同一事项
                         * @enum {string|null}
                         */
                        repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postTicketsByIdReveal: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postTicketsByIdReviewExtension: {
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
                        /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                        assigneeId: number | null;
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
                        /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                        dispatchBy: string | null;
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
                        /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                        repeatOf: number | null;
                        /**
                         * @description caller：同一诉求人；matter：同一事项
                         * @enum {string|null}
                         */
                        repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postTicketsByIdReviewReply: {
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
                        /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                        assigneeId: number | null;
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
                        /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                        dispatchBy: string | null;
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
                        /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                        repeatOf: number | null;
                        /**
                         * @description caller：同一诉求人；matter：同一事项
                         * @enum {string|null}
                         */
                        repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postTicketsByIdReviewReturn: {
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
                        /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                        assigneeId: number | null;
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
                        /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                        dispatchBy: string | null;
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
                        /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                        repeatOf: number | null;
                        /**
                         * @description caller：同一诉求人；matter：同一事项
                         * @enum {string|null}
                         */
                        repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getTicketsByIdSimilar: {
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
                            /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                            assigneeId: number | null;
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
                            /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                            dispatchBy: string | null;
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
                            /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                            repeatOf: number | null;
                            /**
                             * @description caller：同一诉求人；matter：同一事项
                             * @enum {string|null}
                             */
                            repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    postTicketsByIdSplit: {
        parameters: {
            query?: never;
            header?: {
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
                    /** @description 地址，缺省同原工单；null 为无地址 */
                    address?: string | null;
                    /** @description 诉求分类 */
                    categoryId?: number | null;
                    /** @description 拆分出的另一件诉求的内容 */
                    content: string;
                    /** @description 区县（缺省时从地址和内容识别） */
                    districtId?: number | null;
                    /**
                     * @description 紧急程度，缺省同原工单
                     * @enum {string|null}
                     */
                    priority?: "normal" | "urgent" | "emergency" | null;
                    /** @description 标题，缺省时取内容首句 */
                    title?: string | null;
                    /**
                     * @description 诉求类型，缺省同原工单
                     * @enum {string|null}
                     */
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
                content: {
                    "application/json": {
                        created: {
                            /** @description ISO 8601 时间 */
                            acceptBy: string | null;
                            /** @description ISO 8601 时间 */
                            acceptedAt: string | null;
                            /** @description ISO 8601 时间 */
                            acceptWarnAt: string | null;
                            address: string | null;
                            alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                            /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                            assigneeId: number | null;
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
                            /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                            dispatchBy: string | null;
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
                            /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                            repeatOf: number | null;
                            /**
                             * @description caller：同一诉求人；matter：同一事项
                             * @enum {string|null}
                             */
                            repeatReason: "caller" | "matter" | null;
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
                        source: {
                            /** @description ISO 8601 时间 */
                            acceptBy: string | null;
                            /** @description ISO 8601 时间 */
                            acceptedAt: string | null;
                            /** @description ISO 8601 时间 */
                            acceptWarnAt: string | null;
                            address: string | null;
                            alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                            /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                            assigneeId: number | null;
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
                            /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                            dispatchBy: string | null;
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
                            /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                            repeatOf: number | null;
                            /**
                             * @description caller：同一诉求人；matter：同一事项
                             * @enum {string|null}
                             */
                            repeatReason: "caller" | "matter" | null;
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
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: {
                            /** @description ISO 8601 时间 */
                            acceptBy: string | null;
                            /** @description ISO 8601 时间 */
                            acceptedAt: string | null;
                            /** @description ISO 8601 时间 */
                            acceptWarnAt: string | null;
                            address: string | null;
                            alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                            /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                            assigneeId: number | null;
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
                            /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                            dispatchBy: string | null;
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
                            /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                            repeatOf: number | null;
                            /**
                             * @description caller：同一诉求人；matter：同一事项
                             * @enum {string|null}
                             */
                            repeatReason: "caller" | "matter" | null;
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
                        source: {
                            /** @description ISO 8601 时间 */
                            acceptBy: string | null;
                            /** @description ISO 8601 时间 */
                            acceptedAt: string | null;
                            /** @description ISO 8601 时间 */
                            acceptWarnAt: string | null;
                            address: string | null;
                            alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                            /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                            assigneeId: number | null;
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
                            /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                            dispatchBy: string | null;
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
                            /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                            repeatOf: number | null;
                            /**
                             * @description caller：同一诉求人；matter：同一事项
                             * @enum {string|null}
                             */
                            repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getTicketsByIdStepAttachments: {
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
                            createdAt: string;
                            filename: string | null;
                            id: number;
                            /** @description 所属全程留痕条目的序号（events[].seq） */
                            seq: number;
                            size: number;
                            /**
                             * @description accept 签收、reply 答复、note 补充说明
                             * @enum {string}
                             */
                            step: "accept" | "reply" | "note";
                            /** @description 带令牌 GET 下载（与群众附件同一接口，记录日志） */
                            url: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    postTicketsByIdSupervise: {
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
                        /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                        assigneeId: number | null;
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
                        /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                        dispatchBy: string | null;
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
                        /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                        repeatOf: number | null;
                        /**
                         * @description caller：同一诉求人；matter：同一事项
                         * @enum {string|null}
                         */
                        repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postTicketsByIdSupervisionReply: {
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
                        /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                        assigneeId: number | null;
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
                        /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                        dispatchBy: string | null;
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
                        /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                        repeatOf: number | null;
                        /**
                         * @description caller：同一诉求人；matter：同一事项
                         * @enum {string|null}
                         */
                        repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postTicketsByIdTransfer: {
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
                        /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                        assigneeId: number | null;
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
                        /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                        dispatchBy: string | null;
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
                        /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                        repeatOf: number | null;
                        /**
                         * @description caller：同一诉求人；matter：同一事项
                         * @enum {string|null}
                         */
                        repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postTicketsByIdWithdraw: {
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
                        /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                        assigneeId: number | null;
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
                        /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                        dispatchBy: string | null;
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
                        /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                        repeatOf: number | null;
                        /**
                         * @description caller：同一诉求人；matter：同一事项
                         * @enum {string|null}
                         */
                        repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postTicketsBulkDispatch: {
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
                    assistUnitIds?: number[];
                    /** @description 改分类：派单同时改正诉求分类（时限按新分类计算） */
                    categoryId?: number | null;
                    /** @description 选中的工单 id */
                    ids: number[];
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
                        failed: number;
                        results: {
                            /** @description 失败时的错误代码（如 invalid_state、ticket_not_found） */
                            code?: string;
                            id: number;
                            /** @description 失败原因（中文） */
                            message?: string;
                            /** @description 工单编号（不可见的工单为 null） */
                            number: string | null;
                            ok: boolean;
                            /** @description 成功时工单的新状态 */
                            status?: string;
                        }[];
                        succeeded: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postTicketsBulkSupervise: {
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
                    content: string;
                    /** @description 选中的工单 id */
                    ids: number[];
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
                        failed: number;
                        results: {
                            /** @description 失败时的错误代码（如 invalid_state、ticket_not_found） */
                            code?: string;
                            id: number;
                            /** @description 失败原因（中文） */
                            message?: string;
                            /** @description 工单编号（不可见的工单为 null） */
                            number: string | null;
                            ok: boolean;
                            /** @description 成功时工单的新状态 */
                            status?: string;
                        }[];
                        succeeded: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postTicketsRepeatCheck: {
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
                    callerName?: string | null;
                    /** @description 来电号码 */
                    callerPhone?: string | null;
                    /** @description 诉求内容（受理中，尚未登记） */
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
                        repeat: {
                            /** @description 前一工单尚未办结：来电可作为补充说明加入该工单 */
                            open: boolean;
                            /**
                             * @description caller：同一诉求人的同一事项；matter：他人反映的同一地点同一问题
                             * @enum {string}
                             */
                            reason: "caller" | "matter";
                            /** @description 事项相似度 0–1 */
                            score: number;
                            sharedPlaces: string[];
                            sharedWords: string[];
                            /** @description 所重复的前一工单 */
                            ticket: {
                                /** @description ISO 8601 时间 */
                                acceptBy: string | null;
                                /** @description ISO 8601 时间 */
                                acceptedAt: string | null;
                                /** @description ISO 8601 时间 */
                                acceptWarnAt: string | null;
                                address: string | null;
                                alerts: ("accept_warning" | "accept_overdue" | "handle_warning" | "handle_overdue" | "callback_overdue" | "supervision_overdue")[];
                                /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                                assigneeId: number | null;
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
                                /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                                dispatchBy: string | null;
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
                                /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                                repeatOf: number | null;
                                /**
                                 * @description caller：同一诉求人；matter：同一事项
                                 * @enum {string|null}
                                 */
                                repeatReason: "caller" | "matter" | null;
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
                        } | null;
                        /** @description 重复件的时间窗（天） */
                        windowDays: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postTicketsSimilar: {
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
                            /** @description 承办人：本单位指定的经办人（GET /api/v1/assignees 列出姓名） */
                            assigneeId: number | null;
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
                            /** @description 派单时限：待派单的工单应在此前派出（受理时间 + 派单时限，按工作时间）；已派出的为 null */
                            dispatchBy: string | null;
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
                            /** @description 重复件：所重复的前一工单（同一诉求人的同一事项，或他人反映的同一地点同一问题，30 日内） */
                            repeatOf: number | null;
                            /**
                             * @description caller：同一诉求人；matter：同一事项
                             * @enum {string|null}
                             */
                            repeatReason: "caller" | "matter" | null;
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getTimeLimitRules: {
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    postTimeLimitRules: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    putTimeLimitRulesById: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    deleteTimeLimitRulesById: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getUnits: {
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    postUnits: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    putUnitsById: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postUnitsByIdActivate: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postUnitsByIdDeactivate: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getUsers: {
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    postUsers: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    putUsersById: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postUsersByIdPassword: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getViews: {
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
                            /** @description 按当前用户的数据范围统计的工单数；筛选条件已失效时为 null */
                            count: number | null;
                            /** @description 保存的视图 id；预置视图为 null */
                            id: number | null;
                            /** @description preset:my_overdue 等预置视图，或 view:{id} */
                            key: string;
                            name: string;
                            /** @description 当前用户可删除（自己的个人视图；管理员：共享视图） */
                            own: boolean;
                            /**
                             * @description 预置视图：my_overdue 我的超期 · district_complaints 本区投诉 · today_new 今日新建 · due_soon 即将到期
                             * @enum {string|null}
                             */
                            preset: "my_overdue" | "district_complaints" | "today_new" | "due_soon" | null;
                            /** @description 工单列表的筛选参数（与 GET /tickets 相同，不含 page/pageSize） */
                            query: {
                                [key: string]: string;
                            };
                            /**
                             * @description 管理员发布给该角色的共享视图；null 为个人视图或预置视图
                             * @enum {string|null}
                             */
                            sharedRole: "agent" | "dispatcher" | "unit_handler" | "callback_agent" | "supervisor" | "analyst" | "admin" | "quality_inspector" | null;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    postViews: {
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
                    /** @description 工单列表的筛选参数（与 GET /tickets 相同，不含 page/pageSize） */
                    query: {
                        [key: string]: string;
                    };
                    /**
                     * @description 发布给该角色的全部用户（仅管理员）
                     * @enum {string|null}
                     */
                    sharedRole?: "agent" | "dispatcher" | "unit_handler" | "callback_agent" | "supervisor" | "analyst" | "admin" | "quality_inspector" | null;
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
                        /** @description 按当前用户的数据范围统计的工单数；筛选条件已失效时为 null */
                        count: number | null;
                        /** @description 保存的视图 id；预置视图为 null */
                        id: number | null;
                        /** @description preset:my_overdue 等预置视图，或 view:{id} */
                        key: string;
                        name: string;
                        /** @description 当前用户可删除（自己的个人视图；管理员：共享视图） */
                        own: boolean;
                        /**
                         * @description 预置视图：my_overdue 我的超期 · district_complaints 本区投诉 · today_new 今日新建 · due_soon 即将到期
                         * @enum {string|null}
                         */
                        preset: "my_overdue" | "district_complaints" | "today_new" | "due_soon" | null;
                        /** @description 工单列表的筛选参数（与 GET /tickets 相同，不含 page/pageSize） */
                        query: {
                            [key: string]: string;
                        };
                        /**
                         * @description 管理员发布给该角色的共享视图；null 为个人视图或预置视图
                         * @enum {string|null}
                         */
                        sharedRole: "agent" | "dispatcher" | "unit_handler" | "callback_agent" | "supervisor" | "analyst" | "admin" | "quality_inspector" | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    deleteViewsById: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getViewsShared: {
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
                            /** @description 按当前用户的数据范围统计的工单数；筛选条件已失效时为 null */
                            count: number | null;
                            /** @description 保存的视图 id；预置视图为 null */
                            id: number | null;
                            /** @description preset:my_overdue 等预置视图，或 view:{id} */
                            key: string;
                            name: string;
                            /** @description 当前用户可删除（自己的个人视图；管理员：共享视图） */
                            own: boolean;
                            /**
                             * @description 预置视图：my_overdue 我的超期 · district_complaints 本区投诉 · today_new 今日新建 · due_soon 即将到期
                             * @enum {string|null}
                             */
                            preset: "my_overdue" | "district_complaints" | "today_new" | "due_soon" | null;
                            /** @description 工单列表的筛选参数（与 GET /tickets 相同，不含 page/pageSize） */
                            query: {
                                [key: string]: string;
                            };
                            /**
                             * @description 管理员发布给该角色的共享视图；null 为个人视图或预置视图
                             * @enum {string|null}
                             */
                            sharedRole: "agent" | "dispatcher" | "unit_handler" | "callback_agent" | "supervisor" | "analyst" | "admin" | "quality_inspector" | null;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getWebhooks: {
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    postWebhooks: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getWebhooksById: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteWebhooksById: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    patchWebhooksById: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getWebhooksByIdDeliveries: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    postWebhooksByIdDeliveriesByDeliveryIdReplay: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    postWebhooksByIdDeliveriesReplayDead: {
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    getHealthz: {
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
    getOpen311V2DiscoveryJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description 参数有误 (invalid parameter) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                };
            };
            /** @description api_key 缺少、无效或不是 Open311 密钥 (api_key missing or invalid) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                };
            };
            /** @description 服务、诉求或 jurisdiction_id 不存在 (not found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                };
            };
            /** @description 请求过于频繁 (rate limit exceeded) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                };
            };
        };
    };
    getOpen311V2DiscoveryXml: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description 参数有误 (invalid parameter) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description api_key 缺少、无效或不是 Open311 密钥 (api_key missing or invalid) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description 服务、诉求或 jurisdiction_id 不存在 (not found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description 请求过于频繁 (rate limit exceeded) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
        };
    };
    getOpen311V2RequestsJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 参数有误 (invalid parameter) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                };
            };
            /** @description api_key 缺少、无效或不是 Open311 密钥 (api_key missing or invalid) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                };
            };
            /** @description 服务、诉求或 jurisdiction_id 不存在 (not found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                };
            };
            /** @description 请求过于频繁 (rate limit exceeded) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                };
            };
        };
    };
    postOpen311V2RequestsJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 参数有误 (invalid parameter) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                };
            };
            /** @description api_key 缺少、无效或不是 Open311 密钥 (api_key missing or invalid) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                };
            };
            /** @description 服务、诉求或 jurisdiction_id 不存在 (not found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                };
            };
            /** @description 请求体、字段或照片过大 (too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                };
            };
            /** @description 不支持的内容类型 (unsupported content type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                };
            };
            /** @description Idempotency-Key 已用于内容不同的请求 (Idempotency-Key reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                };
            };
            /** @description 请求过于频繁 (rate limit exceeded) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                };
            };
        };
    };
    getOpen311V2RequestsXml: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description 参数有误 (invalid parameter) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description api_key 缺少、无效或不是 Open311 密钥 (api_key missing or invalid) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description 服务、诉求或 jurisdiction_id 不存在 (not found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description 请求过于频繁 (rate limit exceeded) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
        };
    };
    postOpen311V2RequestsXml: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description 参数有误 (invalid parameter) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description api_key 缺少、无效或不是 Open311 密钥 (api_key missing or invalid) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description 服务、诉求或 jurisdiction_id 不存在 (not found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description 请求体、字段或照片过大 (too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description 不支持的内容类型 (unsupported content type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description Idempotency-Key 已用于内容不同的请求 (Idempotency-Key reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description 请求过于频繁 (rate limit exceeded) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
        };
    };
    getOpen311V2RequestsByFile: {
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
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description 参数有误 (invalid parameter) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description api_key 缺少、无效或不是 Open311 密钥 (api_key missing or invalid) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description 服务、诉求或 jurisdiction_id 不存在 (not found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description 请求过于频繁 (rate limit exceeded) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
        };
    };
    getOpen311V2ServicerequestupdatesJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 参数有误 (invalid parameter) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                };
            };
            /** @description api_key 缺少、无效或不是 Open311 密钥 (api_key missing or invalid) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                };
            };
            /** @description 服务、诉求或 jurisdiction_id 不存在 (not found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                };
            };
            /** @description 请求过于频繁 (rate limit exceeded) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                };
            };
        };
    };
    postOpen311V2ServicerequestupdatesJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 参数有误 (invalid parameter) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                };
            };
            /** @description api_key 缺少、无效或不是 Open311 密钥 (api_key missing or invalid) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                };
            };
            /** @description 服务、诉求或 jurisdiction_id 不存在 (not found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                };
            };
            /** @description 请求体、字段或照片过大 (too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                };
            };
            /** @description 不支持的内容类型 (unsupported content type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                };
            };
            /** @description Idempotency-Key 已用于内容不同的请求 (Idempotency-Key reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                };
            };
            /** @description 请求过于频繁 (rate limit exceeded) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                };
            };
        };
    };
    getOpen311V2ServicerequestupdatesXml: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description 参数有误 (invalid parameter) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description api_key 缺少、无效或不是 Open311 密钥 (api_key missing or invalid) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description 服务、诉求或 jurisdiction_id 不存在 (not found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description 请求过于频繁 (rate limit exceeded) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
        };
    };
    postOpen311V2ServicerequestupdatesXml: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description 参数有误 (invalid parameter) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description api_key 缺少、无效或不是 Open311 密钥 (api_key missing or invalid) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description 服务、诉求或 jurisdiction_id 不存在 (not found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description 请求体、字段或照片过大 (too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description 不支持的内容类型 (unsupported content type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description Idempotency-Key 已用于内容不同的请求 (Idempotency-Key reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description 请求过于频繁 (rate limit exceeded) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
        };
    };
    getOpen311V2ServicesJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 参数有误 (invalid parameter) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                };
            };
            /** @description api_key 缺少、无效或不是 Open311 密钥 (api_key missing or invalid) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                };
            };
            /** @description 服务、诉求或 jurisdiction_id 不存在 (not found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                };
            };
            /** @description 请求过于频繁 (rate limit exceeded) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                };
            };
        };
    };
    getOpen311V2ServicesXml: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description 参数有误 (invalid parameter) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description api_key 缺少、无效或不是 Open311 密钥 (api_key missing or invalid) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description 服务、诉求或 jurisdiction_id 不存在 (not found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description 请求过于频繁 (rate limit exceeded) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
        };
    };
    getOpen311V2ServicesByFile: {
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
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                    "text/xml": string;
                };
            };
            /** @description 参数有误 (invalid parameter) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description api_key 缺少、无效或不是 Open311 密钥 (api_key missing or invalid) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description 服务、诉求或 jurisdiction_id 不存在 (not found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description 请求过于频繁 (rate limit exceeded) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
        };
    };
    getOpen311V2TokensByFile: {
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
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description 参数有误 (invalid parameter) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description api_key 缺少、无效或不是 Open311 密钥 (api_key missing or invalid) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description 服务、诉求或 jurisdiction_id 不存在 (not found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
            /** @description 请求过于频繁 (rate limit exceeded) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: number;
                        description: string;
                    }[];
                    "text/xml": string;
                };
            };
        };
    };
}
