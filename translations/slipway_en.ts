<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgentDrainDialog</name>
    <message numerus="yes">
        <source>Drain the agents of %n machine(s): the master kills their tasks without asking the frameworks, and keeps the agents deactivated until they are reactivated. Use a maintenance window instead to let frameworks move their tasks first.</source>
        <translation>
            <numerusform>Drain the agents of %n machine: the master kills their tasks without asking the frameworks, and keeps the agents deactivated until they are reactivated. Use a maintenance window instead to let frameworks move their tasks first.</numerusform>
            <numerusform>Drain the agents of %n machines: the master kills their tasks without asking the frameworks, and keeps the agents deactivated until they are reactivated. Use a maintenance window instead to let frameworks move their tasks first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgentDrainFlow</name>
    <message numerus="yes">
        <source>%1 (agent %2): %n task(s) will be killed</source>
        <translation>
            <numerusform>%1 (agent %2): %n task will be killed</numerusform>
            <numerusform>%1 (agent %2): %n tasks will be killed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (agent %2): no new offers; %n task(s) keep running</source>
        <translation>
            <numerusform>%1 (agent %2): no new offers; %n task keep running</numerusform>
            <numerusform>%1 (agent %2): no new offers; %n tasks keep running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drain %n agent(s)? Their %1 running task(s) are killed (%2); frameworks are not asked.</source>
        <translation>
            <numerusform>Drain %n agent? Their %1 running task are killed (%2); frameworks are not asked.</numerusform>
            <numerusform>Drain %n agents? Their %1 running tasks are killed (%2); frameworks are not asked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n agent(s)? They get no new offers; their %1 running task(s) keep running.</source>
        <translation>
            <numerusform>Deactivate %n agent? They get no new offers; their %1 running task keep running.</numerusform>
            <numerusform>Deactivate %n agents? They get no new offers; their %1 running tasks keep running.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n agent(s)?</source>
        <translation>
            <numerusform>Reactivate %n agent?</numerusform>
            <numerusform>Reactivate %n agents?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) are draining.</source>
        <translation>
            <numerusform>%n agent are draining.</numerusform>
            <numerusform>%n agents are draining.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) are deactivated.</source>
        <translation>
            <numerusform>%n agent are deactivated.</numerusform>
            <numerusform>%n agents are deactivated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) are active again.</source>
        <translation>
            <numerusform>%n agent are active again.</numerusform>
            <numerusform>%n agents are active again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The master refused %n of the agents.</source>
        <translation>
            <numerusform>The master refused %n of the agents.</numerusform>
            <numerusform>The master refused %n of the agents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertListModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertRules</name>
    <message numerus="yes">
        <source>%n machine(s) still draining after their window started</source>
        <translation>
            <numerusform>%n machine still draining after their window started</numerusform>
            <numerusform>%n machines still draining after their window started</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) still down after their window ended</source>
        <translation>
            <numerusform>%n machine still down after their window ended</numerusform>
            <numerusform>%n machines still down after their window ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) ready inside their window, but maintenance has not started</source>
        <translation>
            <numerusform>%n machine ready inside their window, but maintenance has not started</numerusform>
            <numerusform>%n machines ready inside their window, but maintenance has not started</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) added</source>
        <translation>
            <numerusform>%n window added</numerusform>
            <numerusform>%n windows added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) removed</source>
        <translation>
            <numerusform>%n window removed</numerusform>
            <numerusform>%n windows removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) moved or resized</source>
        <translation>
            <numerusform>%n window moved or resized</numerusform>
            <numerusform>%n windows moved or resized</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) added</source>
        <translation>
            <numerusform>%n machine added</numerusform>
            <numerusform>%n machines added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) removed</source>
        <translation>
            <numerusform>%n machine removed</numerusform>
            <numerusform>%n machines removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) moved to another window</source>
        <translation>
            <numerusform>%n machine moved to another window</numerusform>
            <numerusform>%n machines moved to another window</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertTexts</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n task(s) left, none finished for %2; held by %3</source>
        <translation>
            <numerusform>%1: %n task left, none finished for %2; held by %3</numerusform>
            <numerusform>%1: %n tasks left, none finished for %2; held by %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has answered no inverse offer, on %n draining machine(s)</source>
        <translation>
            <numerusform>%1 has answered no inverse offer, on %n draining machine</numerusform>
            <numerusform>%1 has answered no inverse offer, on %n draining machines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertsIndicator</name>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrainBoardModel</name>
    <message numerus="yes">
        <source>%1 (declined, %n task(s))</source>
        <translation>
            <numerusform>%1 (declined, %n task)</numerusform>
            <numerusform>%1 (declined, %n tasks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (no answer, %n task(s))</source>
        <translation>
            <numerusform>%1 (no answer, %n task)</numerusform>
            <numerusform>%1 (no answer, %n tasks)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrainBoardPanel</name>
    <message numerus="yes">
        <source>%n machine(s) draining</source>
        <translation>
            <numerusform>%n machine draining</numerusform>
            <numerusform>%n machines draining</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stuck</source>
        <translation>
            <numerusform>%n stuck</numerusform>
            <numerusform>%n stuck</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n blocked</numerusform>
            <numerusform>%n blocked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrainChart</name>
    <message numerus="yes">
        <source>&lt;b&gt;All %n draining machine(s)&lt;/b&gt;: %1 task(s) left</source>
        <translation>
            <numerusform>&lt;b&gt;All %n draining machine&lt;/b&gt;: %1 task left</numerusform>
            <numerusform>&lt;b&gt;All %n draining machines&lt;/b&gt;: %1 tasks left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more selected machine(s) not drawn; select fewer to see them</source>
        <translation>
            <numerusform>%n more selected machine not drawn; select fewer to see them</numerusform>
            <numerusform>%n more selected machines not drawn; select fewer to see them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExactTimeDialog</name>
    <message numerus="yes">
        <source>%n machine(s) in this window.</source>
        <translation>
            <numerusform>%n machine in this window.</numerusform>
            <numerusform>%n machines in this window.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LimitOverrideDialog</name>
    <message numerus="yes">
        <source>This schedule breaks %n planning limit(s) of this master's policy:</source>
        <translation>
            <numerusform>This schedule breaks %n planning limit of this master's policy:</numerusform>
            <numerusform>This schedule breaks %n planning limits of this master's policy:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MaintenanceFlow</name>
    <message numerus="yes">
        <source>%1: %n task(s) will be lost</source>
        <translation>
            <numerusform>%1: %n task will be lost</numerusform>
            <numerusform>%1: %n tasks will be lost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n machine(s) down? Their agents are shut down and %1 running task(s) are lost (TASK_LOST).</source>
        <translation>
            <numerusform>Take %n machine down? Its agents are shut down and %1 running task(s) are lost (TASK_LOST).</numerusform>
            <numerusform>Take %n machines down? Their agents are shut down and %1 running task(s) are lost (TASK_LOST).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bring %n machine(s) back up?</source>
        <translation>
            <numerusform>Bring %n machine back up?</numerusform>
            <numerusform>Bring %n machines back up?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) are DOWN.</source>
        <translation>
            <numerusform>%n machine is DOWN.</numerusform>
            <numerusform>%n machines are DOWN.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) are UP.</source>
        <translation>
            <numerusform>%n machine is UP.</numerusform>
            <numerusform>%n machines are UP.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RollingPlanDialog</name>
    <message numerus="yes">
        <source>%n window(s)</source>
        <translation>
            <numerusform>%n window</numerusform>
            <numerusform>%n windows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s)</source>
        <translation>
            <numerusform>%n machine</numerusform>
            <numerusform>%n machines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Infeasible: %n machine(s) not placed; </source>
        <translation>
            <numerusform>Infeasible: %n machine not placed; </numerusform>
            <numerusform>Infeasible: %n machines not placed; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan rolling maintenance (%n window(s))</source>
        <translation>
            <numerusform>Plan rolling maintenance (%n window)</numerusform>
            <numerusform>Plan rolling maintenance (%n windows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected machine(s)</source>
        <translation>
            <numerusform>The %n selected machine</numerusform>
            <numerusform>The %n selected machines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message numerus="yes">
        <source>New window (%n machine(s))</source>
        <translation>
            <numerusform>New window (%n machine)</numerusform>
            <numerusform>New window (%n machines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n machine(s) out of their window</source>
        <translation>
            <numerusform>Take %n machine out of their window</numerusform>
            <numerusform>Take %n machines out of their window</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n machine(s) to window</source>
        <translation>
            <numerusform>Add %n machine to window</numerusform>
            <numerusform>Add %n machines to window</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n machine(s) into one window</source>
        <translation>
            <numerusform>Merge %n machine into one window</numerusform>
            <numerusform>Merge %n machines into one window</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleFiles</name>
    <message numerus="yes">
        <source>%1 leaves out %n DOWN machine(s); the master refuses to remove a DOWN machine from the schedule. Import it with them kept in their current windows?</source>
        <translation>
            <numerusform>%1 leaves out %n DOWN machine; the master refuses to remove a DOWN machine from the schedule. Import it with them kept in their current windows?</numerusform>
            <numerusform>%1 leaves out %n DOWN machines; the master refuses to remove a DOWN machine from the schedule. Import it with them kept in their current windows?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The draft breaks %n planning limit(s)</source>
        <translation>
            <numerusform>The draft breaks %n planning limit</numerusform>
            <numerusform>The draft breaks %n planning limits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleWarnings</name>
    <message numerus="yes">
        <source>Window %1 (%n machine(s)) ended at %2, in the past.</source>
        <translation>
            <numerusform>Window %1 (%n machine) ended at %2, in the past.</numerusform>
            <numerusform>Window %1 (%n machines) ended at %2, in the past.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelectMachinesDialog</name>
    <message numerus="yes">
        <source>%n machine(s) found.</source>
        <translation>
            <numerusform>%n machine found.</numerusform>
            <numerusform>%n machines found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not found (%n): %1</source>
        <translation>
            <numerusform>Not found (%n): %1</numerusform>
            <numerusform>Not found (%n): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmitFlow</name>
    <message numerus="yes">
        <source>The schedule breaks %n planning limit(s)</source>
        <translation>
            <numerusform>The schedule breaks %n planning limit</numerusform>
            <numerusform>The schedule breaks %n planning limits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineAccessible</name>
    <message numerus="yes">
        <source>%n row(s), from %1 to %2 (%3)</source>
        <translation>
            <numerusform>%n row, from %1 to %2 (%3)</numerusform>
            <numerusform>%n rows, from %1 to %2 (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n machine(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n machine&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n machines&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineMenus</name>
    <message numerus="yes">
        <source>%n machine(s) of the list are not in the cluster.</source>
        <translation>
            <numerusform>%n machine of the list are not in the cluster.</numerusform>
            <numerusform>%n machines of the list are not in the cluster.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) selected.</source>
        <translation>
            <numerusform>%n machine selected.</numerusform>
            <numerusform>%n machines selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZoneGroupModel</name>
    <message numerus="yes">
        <source>%1 (%n machine(s))</source>
        <translation>
            <numerusform>%1 (%n machine)</numerusform>
            <numerusform>%1 (%n machines)</numerusform>
        </translation>
    </message>
</context>
</TS>