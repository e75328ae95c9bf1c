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
