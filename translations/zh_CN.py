#!/usr/bin/env python3
"""Fills translations/slipway_zh_CN.ts from the table below (run after lupdate).

Kept beside the .ts so that a translator can see every text in one place; the .ts stays the
file of record for Qt Linguist."""
import sys
import xml.etree.ElementTree as ET

ZH = {
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
