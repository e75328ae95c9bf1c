<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DraftSchedule</name>
    <message>
        <source>%1 is DOWN: the master refuses to remove a DOWN machine from the schedule. Bring it up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A window needs at least one machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A window cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in another window; a machine can be in only one window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No machine is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in any window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machines are already in this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExactTimeDialog</name>
    <message>
        <source>Window times</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) in this window.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Start (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (local time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open-ended (no end)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MachineTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Slipway timeline demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message numerus="yes">
        <source>New window (%n machine(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The current machine is in no window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open-ended window cannot be shortened; give it an end first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A window cannot be shorter than one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete window</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Take %n machine(s) out of their window</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n machine(s) to window</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None of the selected machines is in a window; create one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merge %n machine(s) into one window</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Revert to live</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show times in UTC instead of local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: hostname, IP, zone or mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard every change in the draft and start again from the live schedule?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is the live schedule again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineRuler</name>
    <message>
        <source>ddd d</source>
        <comment>ruler tick at midnight</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm</source>
        <comment>ruler tick</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>ruler tick for days and weeks</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>ruler day band</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>ruler month band</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Move window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize window</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n machine(s)&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Start: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open-ended: no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers:&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New in the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved in the draft (live: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Locked: this machine is DOWN, and the master refuses to remove a DOWN machine from the schedule.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New window for selected machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exact times…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take selected machines out of their window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge selected machines into one window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add selected machines to this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current machine is in no window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set window times</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineViewState</name>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC%1%2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoneGroupModel</name>
    <message numerus="yes">
        <source>%1 (%n machine(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
