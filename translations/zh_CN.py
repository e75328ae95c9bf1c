#!/usr/bin/env python3
"""Fills translations/slipway_zh_CN.ts from the table below (run after lupdate).

Kept beside the .ts so that a translator can see every text in one place; the .ts stays the
file of record for Qt Linguist."""
import sys
import xml.etree.ElementTree as ET

ZH = {
    # HttpExchange (inserted into MasterError texts)
    "no master is configured": "未配置任何主节点",
    "%1 ms": "%1 毫秒",
    "too many redirects between masters": "主节点之间的重定向次数过多",
    # MainWindow: a refusal about one machine
    "%1 — at %2": "%1 —— 位置：%2",
    "Show Machine": "显示机器",
    "%1 is hidden (its zone is collapsed).": "%1 当前不可见（其所在可用区已折叠）。",
    # main: command line and start-up
    "Plan and run maintenance on Apache Mesos clusters.": "规划并执行 Apache Mesos 集群的机器维护。",
    "Run a simulated master in-process and connect to it.": "在进程内运行模拟主节点并连接到它。",
    "Connect to this master (URL, host:port, or a comma-separated list).":
        "连接到此主节点（URL、主机:端口，或以逗号分隔的列表）。",
    "API to use: v0, v1 or auto.": "使用的 API：v0、v1 或 auto。",
    "User for HTTP Basic authentication.": "HTTP Basic 认证所用的用户名。",
    "Slipway": "Slipway",
    "The demo master could not start: %1": "演示主节点无法启动：%1",
    # DraftSchedule: refusals
    "%1 is DOWN: the master refuses to remove a DOWN machine from the schedule. Bring it up first.":
        "%1 处于 DOWN 状态：主节点不允许从计划中移除 DOWN 的机器。请先将其恢复上线。",
    "A window needs at least one machine.": "维护窗口至少需要一台机器。",
    "A window cannot end before it starts.": "维护窗口的结束时间不能早于开始时间。",
    "%1: %2": "%1：%2",
    "%1 is listed twice.": "%1 被列出了两次。",
    "%1 is already in another window; a machine can be in only one window.":
        "%1 已在另一个维护窗口中；一台机器只能属于一个维护窗口。",
    "There is no such window.": "不存在该维护窗口。",
    "No machine is selected.": "未选择任何机器。",
    "%1 is not in any window.": "%1 不在任何维护窗口中。",
    "The machines are already in this window.": "这些机器已在此维护窗口中。",
    # ExactTimeDialog
    "Window times": "维护窗口时间",
    "%n machine(s) in this window.": "此维护窗口中有 %n 台机器。",
    "Start (UTC):": "开始时间（UTC）：",
    "Start (local time):": "开始时间（本地时间）：",
    " d": " 天",
    " h": " 小时",
    " min": " 分钟",
    "Duration:": "持续时间：",
    "Open-ended (no end)": "不设结束时间",
    # MachineTableModel
    "Hostname": "主机名",
    "IP": "IP",
    "Zone": "可用区",
    "Mode": "模式",
    "Window": "维护窗口",
    # demo
    "Slipway timeline demo": "Slipway 时间线演示",
    # ScheduleEditor: undo steps
    "New window (%n machine(s))": "新建维护窗口（%n 台机器）",
    "The current machine is in no window.": "当前机器不在任何维护窗口中。",
    "Move window": "移动维护窗口",
    "An open-ended window cannot be shortened; give it an end first.":
        "没有结束时间的维护窗口无法缩短；请先为其设置结束时间。",
    "A window cannot be shorter than one step.": "维护窗口不能短于一个刻度。",
    "Resize window": "调整维护窗口时长",
    "Delete window": "删除维护窗口",
    "Take %n machine(s) out of their window": "将 %n 台机器移出其维护窗口",
    "Add %n machine(s) to window": "将 %n 台机器加入维护窗口",
    "None of the selected machines is in a window; create one first.":
        "所选机器均不在任何维护窗口中；请先新建一个维护窗口。",
    "Merge %n machine(s) into one window": "将 %n 台机器合并到一个维护窗口",
    "Revert to live": "还原为线上计划",
    # TimelinePage
    "Timeline": "时间线",
    "Live schedule": "线上计划",
    "History": "历史记录",
    "Zoom in": "放大",
    "Zoom out": "缩小",
    "Fit schedule": "适应计划",
    "Jump to now": "跳到现在",
    "UTC": "UTC",
    "Show times in UTC instead of local time": "以 UTC 而非本地时间显示",
    "Undo": "撤销",
    "Redo": "重做",
    "Filter: hostname, IP, zone or mode": "筛选：主机名、IP、可用区或模式",
    "All modes": "所有模式",
    "Discard every change in the draft and start again from the live schedule?":
        "放弃草稿中的所有修改，并从线上计划重新开始吗？",
    "The draft is the live schedule again.": "草稿已还原为线上计划。",
    # TimelineRuler: date formats (QLocale patterns)
    "ddd d": "d日 ddd",
    "HH:mm": "HH:mm",
    "ddd d MMM": "M月d日 ddd",
    "dddd d MMMM yyyy": "yyyy年M月d日 dddd",
    "MMMM yyyy": "yyyy年M月",
    # TimelineView
    "… and %n more": "……以及另外 %n 台",
    "<b>%n machine(s)</b>": "<b>%n 台机器</b>",
    "Start: %1 (%2)": "开始：%1（%2）",
    "End: %1": "结束：%1",
    "Duration: %1 h %2 min": "持续时间：%1 小时 %2 分钟",
    "Open-ended: no end": "不设结束时间",
    "This machine: %1": "本机：%1",
    "Answers:<br>%1": "框架答复：<br>%1",
    "New in the draft": "草稿中新增",
    "Moved in the draft (live: %1)": "草稿中已移动（线上：%1）",
    "<i>Locked: this machine is DOWN, and the master refuses to remove a DOWN machine from the schedule.</i>":
        "<i>已锁定：此机器处于 DOWN 状态，主节点不允许从计划中移除 DOWN 的机器。</i>",
    "&New window for selected machines": "为所选机器新建维护窗口(&N)",
    "&Exact times…": "精确时间(&E)…",
    "&Delete window": "删除维护窗口(&D)",
    "&Take selected machines out of their window": "将所选机器移出其维护窗口(&T)",
    "&Merge selected machines into one window": "将所选机器合并到一个维护窗口(&M)",
    "&Add selected machines to this window": "将所选机器加入此维护窗口(&A)",
    "Set window times": "设置维护窗口时间",
    "Overdue: planned to start at %1, not DOWN yet": "已逾期：计划于 %1 开始，但尚未进入 DOWN 状态",
    "Overrun: planned to end at %1, still DOWN": "已超时：计划于 %1 结束，但仍处于 DOWN 状态",
    # TimelineViewState
    "UTC%1%2:%3": "UTC%1%2:%3",
    "Local time: %1 (%2)": "本地时间：%1（%2）",
    # ZoneGroupModel
    "%1 (%n machine(s))": "%1（%n 台机器）",
    "No zone": "无可用区",
    # Main window and panels (ui/mainwindow, ui/panels, ui/charts, ui/submit)
    "Do not verify the master's TLS certificate (unsafe)": "不验证主节点的 TLS 证书（不安全）",
    "Connect to a Mesos master": "连接到 Mesos 主节点",
    "http://master.example:5050, or several separated by commas": "http://master.example:5050，多个地址以逗号分隔",
    "Automatic (v1, else v0)": "自动（优先 v1，否则 v0）",
    "v1 operator API": "v1 运维 API",
    "v0 endpoints": "v0 端点",
    "only when the master requires authentication": "仅在主节点要求认证时填写",
    "system certificates": "系统证书",
    "…": "…",
    "CA certificates": "CA 证书",
    "PEM certificates (*.pem *.crt);;All files (*)": "PEM 证书 (*.pem *.crt);;所有文件 (*)",
    "&Master:": "主节点(&M)：",
    "&API:": "API(&A)：",
    "&User:": "用户(&U)：",
    "CA &file:": "CA 文件(&F)：",
    "Enter the address of a master, e.g. master.example:5050.": "请输入主节点地址，例如 master.example:5050。",
    "“%1” is not a master address (http(s)://host:port, host:port or host).": "“%1”不是有效的主节点地址（http(s)://主机:端口、主机:端口或主机）。",
    "Without verification anyone on the network path can impersonate the master.": "不进行验证时，网络路径上的任何人都可以冒充主节点。",
    "Local time": "本地时间",
    "Tasks left": "剩余任务",
    "Local time (%1)": "本地时间（%1）",
    "<b>%1</b>: drained": "<b>%1</b>：已排空",
    "<b>%1</b>: %2 tasks left, ETA %3": "<b>%1</b>：剩余 %2 个任务，预计 %3 完成",
    "<b>%1</b>: %2 tasks left, not going down": "<b>%1</b>：剩余 %2 个任务，未在减少",
    ", window starts %1": "，维护窗口于 %1 开始",
    "%1 window start": "%1 维护窗口开始",
    "No machine is draining. Post a schedule to start draining its machines.": "没有正在排空的机器。提交维护计划即可开始排空其中的机器。",
    "Filter by hostname, IP, zone, mode…": "按主机名、IP、可用区、模式筛选…",
    "Slipway": "Slipway",
    "Machines": "机器",
    "Inverse offers": "反向邀约",
    "Each framework's latest answer to the inverse offers of each draining machine": "各框架对每台排空中机器的反向邀约的最新答复",
    "Drain progress": "排空进度",
    "&File": "文件(&F)",
    "&Connect to Master…": "连接到主节点(&C)…",
    "Ctrl+K": "Ctrl+K",
    "&Recent Masters": "最近的主节点(&R)",
    "&Refresh Now": "立即刷新(&R)",
    "&Quit": "退出(&Q)",
    "&Edit": "编辑(&E)",
    "&View": "视图(&V)",
    "&Help": "帮助(&H)",
    "&About Slipway": "关于 Slipway(&A)",
    "About Slipway": "关于 Slipway",
    "<h3>Slipway %1</h3><p>Plan and run machine maintenance on Apache Mesos clusters.</p>": "<h3>Slipway %1</h3><p>规划并执行 Apache Mesos 集群的机器维护。</p>",
    "&Maintenance": "维护(&M)",
    "&Submit Schedule…": "提交维护计划(&S)…",
    "Ctrl+Shift+S": "Ctrl+Shift+S",
    "Validate the draft, check for changes on the master, preview and submit": "校验草稿、检查主节点上的变更、预览并提交",
    "Start Maintenance (Machine &Down)…": "开始维护（机器下线）(&D)…",
    "Take the selected DRAINING machines down: their agents are shut down": "使所选 DRAINING 状态的机器下线：其上的代理将被关闭",
    "&End Maintenance (Machine Up)…": "结束维护（机器上线）(&E)…",
    "Bring the selected DOWN machines back up and out of the schedule": "使所选 DOWN 状态的机器重新上线并移出维护计划",
    "&Export Draft…": "导出草稿(&E)…",
    "Export &Live Schedule…": "导出线上计划(&L)…",
    "&Import Schedule…": "导入维护计划(&I)…",
    "Ctrl+I": "Ctrl+I",
    "&Restore a Replaced Schedule…": "恢复被替换的维护计划(&R)…",
    "Schedules (*.json);;All files (*)": "维护计划 (*.json);;所有文件 (*)",
    "Not connected": "未连接",
    "⚠ TLS verification is off for this master": "⚠ 此主节点已关闭 TLS 验证",
    "Slipway — %1": "Slipway — %1",
    "Master %1": "主节点 %1",
    "Master %1, leader %2": "主节点 %1，领导者 %2",
    "%1 (leader %2)": "%1（领导者 %2）",
    "● Connecting to %1…": "● 正在连接 %1…",
    "● Connected to %1": "● 已连接到 %1",
    "● %1 — %2": "● %1 — %2",
    "refreshed just now": "刚刚刷新",
    "refreshed %1 s ago": "%1 秒前刷新",
    "Last refresh: %1": "上次刷新：%1",
    "Password for %1": "%1 的密码",
    "%1\nPassword for %2 (kept in memory only):": "%1\n%2 的密码（仅保存在内存中）：",
    "Export Draft for Re&view…": "导出草稿以供审阅(&V)…",
    "(nothing)": "（无）",
    "Export for review": "导出以供审阅",
    "Why, and the ticket, e.g. OPS-1234: kernel upgrade of rack 7": "原因及工单号，例如 OPS-1234：7 号机架内核升级",
    "Schedule file": "维护计划文件",
    "Schedules (*.json)": "维护计划 (*.json)",
    "Export": "导出",
    "&Author:": "作者(&A)：",
    "&Reason / ticket:": "原因 / 工单(&R)：",
    "&Schedule file:": "维护计划文件(&S)：",
    "&Preferences…": "首选项(&P)…",
    "Preferences": "首选项",
    "System default (%1)": "系统默认（%1）",
    " s": " 秒",
    "Clusters of 5,000 agents or more are polled less often, as the Mesos web UI does.": "与 Mesos 网页界面一样，拥有 5,000 个及以上代理的集群会降低轮询频率。",
    "A new language applies when Slipway starts again.": "新的语言将在 Slipway 重新启动后生效。",
    "&Language:": "语言(&L)：",
    "&Refresh every:": "刷新间隔(&R)：",
    # MachineTableModel: tasks and readiness columns
    "ready to take down": "可以下线",
    "waiting for answers": "正在等待答复",
    "blocked: %1 declined": "受阻：%1 已拒绝",
    "Tasks": "任务",
    "Readiness": "就绪状态",
    # AppController (app/controller)
    "Import schedule": "导入维护计划",
    "Import %1": "导入 %1",
    "No replaced schedules": "没有被替换的维护计划",
    "Slipway has not replaced a schedule on %1 yet.": "Slipway 尚未在 %1 上替换过维护计划。",
    "Restore a replaced schedule into the draft": "将被替换的维护计划恢复到草稿",
    "Restore replaced schedule": "恢复被替换的维护计划",
    "The draft could not be saved": "无法保存草稿",
    "Saved draft": "已保存的草稿",
    "Restore draft": "恢复草稿",
    "A draft for %1 from %2 was not submitted. Restore it?": "有一份 %1 的草稿（保存于 %2）尚未提交。要恢复吗？",
    "It has %1 windows and %2 machines. If you do not restore it, it is deleted.":
        "其中包含 %1 个维护窗口、%2 台机器。如果不恢复，它将被删除。",
    "Restore": "恢复",
    "The draft cannot be restored": "无法恢复草稿",
    "The master's state changed so that this draft would be refused. It stays saved in %1.":
        "主节点的状态已发生变化，此草稿会被拒绝。草稿仍保存在 %1 中。",
    "Connect to a master before submitting.": "请先连接到主节点再提交。",
    "Start maintenance": "开始维护",
    "End maintenance": "结束维护",
    "Connect to a master first.": "请先连接到主节点。",
    "Select the DRAINING machines to take down.": "请选择要下线的 DRAINING 状态机器。",
    "Select the DOWN machines to bring up.": "请选择要重新上线的 DOWN 状态机器。",
    "The master would refuse this: %1": "主节点会拒绝此操作：%1",
    "%1: %n task(s) will be lost": "%1：%n 个任务将丢失",
    " — %1": " — %1",
    "%1 comes back UP and leaves the schedule; its agents may register again":
        "%1 恢复为 UP 状态并移出维护计划；其上的代理可以重新注册",
    "Take %n machine(s) down? Their agents are shut down and %1 running task(s) are lost (TASK_LOST).":
        "要使 %n 台机器下线吗？其上的代理将被关闭，%1 个运行中的任务将丢失（TASK_LOST）。",
    "Bring %n machine(s) back up?": "要使 %n 台机器重新上线吗？",
    "Take Down": "下线",
    "Bring Up": "上线",
    "Taking machines down…": "正在使机器下线…",
    "Bringing machines up…": "正在使机器上线…",
    "The master now reports the machines %1, although the answer said: %2":
        "主节点现在报告这些机器为 %1 状态，尽管其答复为：%2",
    "DOWN": "DOWN",
    "UP": "UP",
    "%n machine(s) are DOWN.": "%n 台机器已处于 DOWN 状态。",
    "%n machine(s) are UP.": "%n 台机器已处于 UP 状态。",
    "Connect to a master to export its live schedule.": "请连接到主节点以导出其线上计划。",
    "Export live schedule": "导出线上计划",
    "Export draft": "导出草稿",
    "Cannot write %1: %2": "无法写入 %1：%2",
    "Wrote %1 (%2 windows, %3 machines). The master accepts it as it is:\ncurl -X POST -d @%4 http://MASTER:5050/maintenance/schedule":
        "已写入 %1（%2 个维护窗口，%3 台机器）。主节点可直接接受该文件：\ncurl -X POST -d @%4 http://MASTER:5050/maintenance/schedule",
    "Import": "导入",
    "Cannot read %1: %2": "无法读取 %1：%2",
    "%1 is not a schedule the master would accept.": "%1 不是主节点可接受的维护计划。",
    "The draft now holds %1 (%2 windows, %3 machines). Undo restores the previous draft.":
        "草稿已替换为 %1 的内容（%2 个维护窗口，%3 台机器）。撤销即可恢复之前的草稿。",
    "“%1” is not a master address": "“%1”不是有效的主节点地址",
    "The master requires authentication: reconnect with a user name.": "主节点要求认证：请填写用户名后重新连接。",
    "Cannot write %1 or %2.": "无法写入 %1 或 %2。",
    "Wrote the schedule to %1 and its review to %2 (SHA-256 %3). `slipwayctl review %4` shows it.":
        "已将维护计划写入 %1，审阅文件写入 %2（SHA-256 %3）。可用 `slipwayctl review %4` 查看。",
    # DraftStore (app/draft)
    "Cannot create %1": "无法创建 %1",
    "Cannot save the draft to %1: %2": "无法将草稿保存到 %1：%2",
    "The saved draft could not be read (%1). It was kept as %2.": "无法读取已保存的草稿（%1）。该文件已另存为 %2。",
    "unknown format": "未知格式",
    # InverseOfferModel (models/live)
    "%1 s": "%1 秒",
    "%1 min": "%1 分钟",
    "%1 h %2 min": "%1 小时 %2 分钟",
    "%1 d": "%1 天",
    "no answer": "未答复",
    "ACCEPT": "ACCEPT",
    "DECLINE": "DECLINE",
    "UNKNOWN": "UNKNOWN",
    "%1 has no tasks on %2": "%1 在 %2 上没有任务",
    "%1 has tasks on %2 and has not answered": "%1 在 %2 上有任务，且尚未答复",
    "%1 answered %2 for %3, %4 ago": "%1 于 %4 前对 %3 答复了 %2",
    "%1 (%2) has tasks on draining machines and has answered none of their inverse offers":
        "%1（%2）在排空中的机器上有任务，但从未答复这些机器的反向邀约",
    "%1 (%2)": "%1（%2）",
    # MasterError (app/net/mastererror.cpp)
    "Cannot reach the master: %1": "无法连接到主节点：%1",
    "The master did not answer in time (%1).": "主节点未在规定时间内响应（%1）。",
    "The master's certificate is not trusted: %1": "主节点的证书不受信任：%1",
    "The master requires a valid user name and password (realm %1).": "主节点要求有效的用户名和密码（realm %1）。",
    "The master does not allow this for your user (HTTP 403).": "主节点不允许您的用户执行此操作（HTTP 403）。",
    "No leading master: %1": "没有领导者主节点：%1",
    "The master answered HTTP %1: %2": "主节点返回 HTTP %1：%2",
    "The master's answer could not be read: %1": "无法解析主节点的响应：%1",
    "The master refused the request: %1": "主节点拒绝了该请求：%1",
    # ScheduleReview (models/review)
    "not a Slipway review file (format %1 expected)": "不是 Slipway 审阅文件（应为 %1 格式）",
    # SubmitFlow (app/controller)
    "The master would refuse this schedule": "主节点会拒绝此维护计划",
    "Where: %1": "位置：%1",
    "the schedule as a whole": "整个维护计划",
    "Reading the live schedule…": "正在读取线上计划…",
    "Cannot read the live schedule": "无法读取线上计划",
    "Nothing was submitted. Your draft is unchanged.": "未提交任何内容。您的草稿保持不变。",
    "! conflict: %1 was changed on the master too; yours is kept": "! 冲突：%1 在主节点上也被修改过；保留您的修改",
    "The live schedule changed": "线上计划已变更",
    "Someone changed the schedule on the master after your draft was started. Rebasing applies your changes on top of theirs, keeping both where they do not conflict; you will see the result before anything is sent.":
        "在您开始编辑草稿之后，有人修改了主节点上的维护计划。变基会在对方修改的基础上应用您的修改，互不冲突之处两者都会保留；在发送任何内容之前，您会先看到结果。",
    "Their change (since your draft's base)": "对方的修改（自您草稿的基线以来）",
    "Your change": "您的修改",
    "Rebase onto Their Change": "基于对方的修改变基",
    "The rebased schedule would be refused": "变基后的维护计划会被拒绝",
    "Nothing to submit": "没有需要提交的内容",
    "The master already holds exactly this schedule.": "主节点上的维护计划已与此完全相同。",
    "%1 starts DRAINING (%2 tasks)": "%1 开始进入 DRAINING 状态（%2 个任务）",
    "%1 goes back UP (its inverse-offer answers are dropped)": "%1 恢复为 UP 状态（其反向邀约答复将被清除）",
    "Frameworks that will receive inverse offers: %1": "将收到反向邀约的框架：%1",
    "Every machine kept in the schedule has its recorded answers reset.": "维护计划中保留的每台机器，其已记录的答复都将被重置。",
    "Submit schedule to %1": "向 %1 提交维护计划",
    "This replaces the master's whole schedule (%1 windows, %2 machines).": "这将替换主节点上的整个维护计划（%1 个维护窗口，%2 台机器）。",
    "What changes": "变更内容",
    "What it does": "产生的影响",
    "Submit": "提交",
    "Submitting the schedule…": "正在提交维护计划…",
    "The master refused the schedule": "主节点拒绝了该维护计划",
    "Your draft is unchanged.": "您的草稿保持不变。",
    "Checking what the master holds…": "正在核对主节点上的维护计划…",
    "Cannot confirm the submit": "无法确认提交结果",
    "The connection failed during the submit (%1) and the master cannot be read now (%2): it is not known whether the schedule was applied. Your draft is kept.":
        "提交过程中连接失败（%1），且目前无法读取主节点（%2）：无法确定维护计划是否已生效。您的草稿已保留。",
    "The schedule was sent, but reading it back failed: %1": "维护计划已发送，但回读失败：%1",
    "Schedule submitted": "维护计划已提交",
    "The connection dropped during the submit, but the master holds exactly the submitted schedule (%1 windows, %2 machines).":
        "提交过程中连接中断，但主节点上的维护计划与提交的完全一致（%1 个维护窗口，%2 台机器）。",
    "The master holds exactly the submitted schedule (%1 windows, %2 machines).":
        "主节点上的维护计划与提交的完全一致（%1 个维护窗口，%2 台机器）。",
    "\nThe replaced schedule was kept in %1.": "\n被替换的维护计划已保存在 %1 中。",
    "The schedule was not applied": "维护计划未生效",
    "The master holds a different schedule": "主节点上是另一份维护计划",
    "The connection failed during the submit (%1) and the master still holds another schedule. Your draft is kept; submit again.":
        "提交过程中连接失败（%1），且主节点上仍是另一份维护计划。您的草稿已保留；请重新提交。",
    "Someone changed it right after the submit. Your draft is kept.": "有人在提交后立即修改了它。您的草稿已保留。",
}


def main(path):
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        text = ZH.get(source)
        if text is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            form = ET.SubElement(translation, "numerusform")
            form.text = text
        else:
            translation.text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, "r+", encoding="utf-8") as f:
        content = f.read().replace("<?xml version='1.0' encoding='utf-8'?>",
                                   '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
        f.seek(0)
        f.write(content)
        f.truncate()
    if missing:
        print("untranslated:", *missing, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "translations/slipway_zh_CN.ts"))
