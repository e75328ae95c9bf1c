<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgentDrain</name>
    <message>
        <source>agent deactivated</source>
        <translation>代理已停用</translation>
    </message>
    <message>
        <source>agent drained</source>
        <translation>代理已排空</translation>
    </message>
    <message>
        <source>agent draining</source>
        <translation>代理排空中</translation>
    </message>
</context>
<context>
    <name>AgentDrainActions</name>
    <message>
        <source>Drain A&amp;gents…</source>
        <translation>排空代理(&amp;G)…</translation>
    </message>
    <message>
        <source>Dea&amp;ctivate Agents…</source>
        <translation>停用代理(&amp;C)…</translation>
    </message>
    <message>
        <source>Reactiv&amp;ate Agents…</source>
        <translation>重新激活代理(&amp;A)…</translation>
    </message>
    <message>
        <source>DRAIN_AGENT: kill the tasks on the selected machines' agents and keep them deactivated (Mesos 1.9+)</source>
        <translation>DRAIN_AGENT：终止所选机器代理上的任务并使其保持停用（Mesos 1.9+）</translation>
    </message>
    <message>
        <source>DEACTIVATE_AGENT: no new offers for the selected machines' agents; running tasks keep running</source>
        <translation>DEACTIVATE_AGENT：所选机器的代理不再获得新的资源提供；运行中的任务继续运行</translation>
    </message>
    <message>
        <source>REACTIVATE_AGENT: the selected machines' drained or deactivated agents get offers again</source>
        <translation>REACTIVATE_AGENT：所选机器上已排空或已停用的代理重新获得资源提供</translation>
    </message>
</context>
<context>
    <name>AgentDrainDialog</name>
    <message>
        <source>Limit each task's kill grace period to</source>
        <translation>将每个任务的终止宽限期限制为</translation>
    </message>
    <message>
        <source>Mark the agents gone once drained</source>
        <translation>排空后将代理标记为已移除</translation>
    </message>
    <message>
        <source>Drain Agents</source>
        <translation>排空代理</translation>
    </message>
    <message numerus="yes">
        <source>Drain the agents of %n machine(s): the master kills their tasks without asking the frameworks, and keeps the agents deactivated until they are reactivated. Use a maintenance window instead to let frameworks move their tasks first.</source>
        <translation>
            <numerusform>排空 %n 台机器的代理：主节点会在不征询框架的情况下终止其任务，并使代理保持停用直到重新激活。如需先让框架迁移任务，请改用维护窗口。</numerusform>
        </translation>
    </message>
    <message>
        <source>For example 90s, 10m or 1h30m</source>
        <translation>例如 90s、10m 或 1h30m</translation>
    </message>
    <message>
        <source>Irreversible: a gone agent is removed from the cluster for good and can never register again with its ID. You will be asked to type the hostname.</source>
        <translation>不可逆：已移除的代理将永久从集群中删除，且永远无法以其 ID 重新注册。您需要输入主机名进行确认。</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>继续…</translation>
    </message>
    <message>
        <source>Select a single machine to mark its agents gone</source>
        <translation>请只选择一台机器来将其代理标记为已移除</translation>
    </message>
    <message>
        <source>“%1” is not a duration; write e.g. 90s, 10m or 1h30m</source>
        <translation>“%1”不是有效的时长；请写成例如 90s、10m 或 1h30m</translation>
    </message>
</context>
<context>
    <name>AgentDrainFlow</name>
    <message>
        <source>Drain agent and mark it gone</source>
        <translation>排空代理并标记为已移除</translation>
    </message>
    <message>
        <source>Drain agents</source>
        <translation>排空代理</translation>
    </message>
    <message>
        <source>Deactivate agents</source>
        <translation>停用代理</translation>
    </message>
    <message>
        <source>Reactivate agents</source>
        <translation>重新激活代理</translation>
    </message>
    <message>
        <source>Connect to a master first.</source>
        <translation>请先连接到主节点。</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Select the machines whose agents to change.</source>
        <translation>请选择要更改其代理的机器。</translation>
    </message>
    <message>
        <source>Marking agents gone cannot be undone: do it one machine at a time, typing its hostname to confirm.</source>
        <translation>将代理标记为已移除无法撤销：请一次只处理一台机器，并输入其主机名确认。</translation>
    </message>
    <message>
        <source>%1: no agent is registered there</source>
        <translation>%1：该机器上没有已注册的代理</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The master would refuse this; nothing was sent.</source>
        <translation>主节点会拒绝此操作；未发送任何请求。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (agent %2): %n task(s) will be killed</source>
        <translation>
            <numerusform>%1（代理 %2）：将终止 %n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (agent %2): no new offers; %n task(s) keep running</source>
        <translation>
            <numerusform>%1（代理 %2）：不再提供新资源；%n 个任务继续运行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (agent %2): gets offers again</source>
        <translation>%1（代理 %2）：重新获得资源提供</translation>
    </message>
    <message>
        <source>each within its kill grace period, at most %1</source>
        <translation>每个任务在其终止宽限期内，最长 %1</translation>
    </message>
    <message>
        <source>each within its own kill grace period</source>
        <translation>每个任务在其自身的终止宽限期内</translation>
    </message>
    <message numerus="yes">
        <source>Drain %n agent(s)? Their %1 running task(s) are killed (%2); frameworks are not asked.</source>
        <translation>
            <numerusform>排空 %n 个代理？其上 %1 个运行中的任务将被终止（%2）；不会征询框架。</numerusform>
        </translation>
    </message>
    <message>
        <source>The agents stay deactivated until you reactivate them.</source>
        <translation>在您重新激活之前，这些代理保持停用状态。</translation>
    </message>
    <message>
        <source>Drain</source>
        <translation>排空</translation>
    </message>
    <message>
        <source>Once drained, the agents are marked gone: removed from the cluster for good. This cannot be undone.</source>
        <translation>排空后，这些代理将被标记为已移除：永久从集群中删除。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Drain and Mark Gone</source>
        <translation>排空并标记为已移除</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n agent(s)? They get no new offers; their %1 running task(s) keep running.</source>
        <translation>
            <numerusform>停用 %n 个代理？它们不再获得新的资源提供；其上 %1 个运行中的任务继续运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n agent(s)?</source>
        <translation>
            <numerusform>重新激活 %n 个代理？</numerusform>
        </translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新激活</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) are draining.</source>
        <translation>
            <numerusform>%n 个代理正在排空。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) are deactivated.</source>
        <translation>
            <numerusform>%n 个代理已停用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) are active again.</source>
        <translation>
            <numerusform>%n 个代理已重新激活。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The master refused %n of the agents.</source>
        <translation>
            <numerusform>主节点拒绝了其中 %n 个代理。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Alert</name>
    <message>
        <source>Draining past start</source>
        <translation>开始后仍在排空</translation>
    </message>
    <message>
        <source>Down past end</source>
        <translation>结束后仍停机</translation>
    </message>
    <message>
        <source>Ready, not started</source>
        <translation>已就绪但未开始</translation>
    </message>
    <message>
        <source>Stuck drain</source>
        <translation>排空停滞</translation>
    </message>
    <message>
        <source>Silent framework</source>
        <translation>无响应的框架</translation>
    </message>
    <message>
        <source>Agent lost</source>
        <translation>代理丢失</translation>
    </message>
    <message>
        <source>Schedule changed</source>
        <translation>计划已被更改</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Start Maintenance</source>
        <translation>开始维护</translation>
    </message>
    <message>
        <source>Bring Up</source>
        <translation>恢复上线</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>AlertListModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>开始于</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>AlertRules</name>
    <message numerus="yes">
        <source>%n machine(s) still draining after their window started</source>
        <translation>
            <numerusform>%n 台机器在其窗口开始后仍在排空</numerusform>
        </translation>
    </message>
    <message>
        <source>Start maintenance once the frameworks agree, or now: the tasks left are killed.</source>
        <translation>待框架同意后开始维护，或立即开始：剩余任务将被终止。</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) still down after their window ended</source>
        <translation>
            <numerusform>%n 台机器在其窗口结束后仍处于停机状态</numerusform>
        </translation>
    </message>
    <message>
        <source>Bring the machines up: maintenance is over.</source>
        <translation>让这些机器恢复上线：维护已结束。</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) ready inside their window, but maintenance has not started</source>
        <translation>
            <numerusform>%n 台机器已在其窗口内就绪，但维护尚未开始</numerusform>
        </translation>
    </message>
    <message>
        <source>Start maintenance: no framework objects.</source>
        <translation>开始维护：没有框架反对。</translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) added</source>
        <translation>
            <numerusform>新增 %n 个窗口</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) removed</source>
        <translation>
            <numerusform>删除 %n 个窗口</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) moved or resized</source>
        <translation>
            <numerusform>%n 个窗口被移动或调整时长</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) added</source>
        <translation>
            <numerusform>新增 %n 台机器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) removed</source>
        <translation>
            <numerusform>移除 %n 台机器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) moved to another window</source>
        <translation>
            <numerusform>%n 台机器被移到其他窗口</numerusform>
        </translation>
    </message>
    <message>
        <source>The schedule was changed on the master: %1</source>
        <translation>主节点上的计划已被更改：%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a change</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>Check the change with whoever made it; acknowledge it to clear this alert.</source>
        <translation>请与更改者核实此更改；确认后此告警即清除。</translation>
    </message>
</context>
<context>
    <name>AlertTexts</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 个任务</numerusform></translation>
    </message>
    <message>
        <source>never answered</source>
        <translation>从未答复</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>accepted, tasks not moving</source>
        <translation>已接受，但任务未迁移</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a framework and its answer</comment>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n task(s) left, none finished for %2; held by %3</source>
        <translation>
            <numerusform>%1：剩余 %n 个任务，已有 %2 没有任务结束；占用者：%3</numerusform></translation>
    </message>
    <message>
        <source>Ask the frameworks' owners to move their tasks, or start maintenance: the tasks left are killed.</source>
        <translation>请让框架负责人迁移其任务，或开始维护：剩余任务将被终止。</translation>
    </message>
    <message>
        <source>%1 is scheduled but has no registered agent (unreachable or removed)</source>
        <translation>%1 已排入计划，但没有已注册的代理（无法访问或已移除）</translation>
    </message>
    <message>
        <source>The agent of %1 is disconnected</source>
        <translation>%1 的代理已断开连接</translation>
    </message>
    <message>
        <source>Check the host; if it is gone for good, start maintenance on it.</source>
        <translation>请检查该主机；如已永久失效，请对其开始维护。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has answered no inverse offer, on %n draining machine(s)</source>
        <translation>
            <numerusform>%1 未答复任何反向要约，涉及 %n 台排空中的机器</numerusform></translation>
    </message>
    <message>
        <source>Ask its owners whether it handles inverse offers; its tasks are killed when maintenance starts.</source>
        <translation>请向其负责人确认它是否处理反向要约；维护开始时其任务将被终止。</translation>
    </message>
</context>
<context>
    <name>AlertsController</name>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
</context>
<context>
    <name>AlertsIndicator</name>
    <message>
        <source>No alerts</source>
        <translation>没有告警</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n 条告警</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the Alerts panel</source>
        <translation>显示告警面板</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>All alerts</source>
        <translation>全部告警</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>任意严重程度</translation>
    </message>
    <message>
        <source>Warning and worse</source>
        <translation>警告及以上</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>仅严重</translation>
    </message>
    <message>
        <source>No alerts: nothing needs a person right now.</source>
        <translation>没有告警：目前没有需要人工处理的事项。</translation>
    </message>
    <message>
        <source>Select an alert to see its cause and what resolves it.</source>
        <translation>选择一条告警以查看其原因及解决办法。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswersPanel</name>
    <message>
        <source>Each framework's latest answer to the inverse offers of each draining machine, and how long ago it came; the machines the timeline's filter shows</source>
        <translation>每个框架对每台排空中机器的反向资源提供的最新答复及其时间；仅显示时间线筛选条件所显示的机器</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connect to a master before submitting.</source>
        <translation>请先连接到主节点再提交。</translation>
    </message>
    <message>
        <source>“%1” is not a master address</source>
        <translation>“%1”不是有效的主节点地址</translation>
    </message>
    <message>
        <source>The master requires authentication: reconnect with a user name.</source>
        <translation>主节点要求认证：请填写用户名后重新连接。</translation>
    </message>
    <message>
        <source>The leading master moved: now talking to %1</source>
        <translation>主节点的领导者已变更：现在与 %1 通信</translation>
    </message>
    <message>
        <source>the demo</source>
        <translation>演示</translation>
    </message>
</context>
<context>
    <name>AppPalette</name>
    <message>
        <source>&amp;System Colours</source>
        <translation>系统颜色(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>only %1 of %2 bytes could be written (is the disk full?)</source>
        <translation>只写入了 %2 字节中的 %1 字节（磁盘是否已满？）</translation>
    </message>
</context>
<context>
    <name>CapacityBand</name>
    <message>
        <source>Whose capacity the band shows</source>
        <translation>容量带显示的范围</translation>
    </message>
    <message>
        <source>Whole cluster</source>
        <translation>整个集群</translation>
    </message>
    <message>
        <source>Zone %1</source>
        <translation>可用区 %1</translation>
    </message>
    <message>
        <source>agents %1</source>
        <translation>代理 %1</translation>
    </message>
    <message>
        <source>CPUs %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>memory %1 GB</source>
        <translation>内存 %1 GB</translation>
    </message>
    <message>
        <source>scale %1–100%</source>
        <translation>刻度 %1–100%</translation>
    </message>
    <message>
        <source>agents</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>内存</translation>
    </message>
</context>
<context>
    <name>ClusterMonitor</name>
    <message>
        <source>event stream refused (HTTP %1)</source>
        <translation>事件流被拒绝（HTTP %1）</translation>
    </message>
    <message>
        <source>event stream refused (%1)</source>
        <translation>事件流被拒绝（%1）</translation>
    </message>
    <message>
        <source>Live: event stream</source>
        <translation>实时：事件流</translation>
    </message>
    <message>
        <source>Live: event stream (connecting…)</source>
        <translation>实时：事件流（正在连接…）</translation>
    </message>
    <message>
        <source>Polling every %1 s</source>
        <translation>每 %1 秒轮询</translation>
    </message>
    <message>
        <source>Polling every %1 s: %2</source>
        <translation>每 %1 秒轮询：%2</translation>
    </message>
    <message>
        <source>the master speaks only the v0 API</source>
        <translation>主节点仅支持 v0 API</translation>
    </message>
    <message>
        <source>event stream dropped %1 times in %2 min</source>
        <translation>事件流在 %2 分钟内断开了 %1 次</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Do not verify the master's TLS certificate (unsafe)</source>
        <translation>不验证主节点的 TLS 证书（不安全）</translation>
    </message>
    <message>
        <source>Connect to a Mesos master</source>
        <translation>连接到 Mesos 主节点</translation>
    </message>
    <message>
        <source>http://master.example:5050, or several separated by commas</source>
        <translation>http://master.example:5050，多个地址以逗号分隔</translation>
    </message>
    <message>
        <source>Automatic (v1, else v0)</source>
        <translation>自动（优先 v1，否则 v0）</translation>
    </message>
    <message>
        <source>v1 operator API</source>
        <translation>v1 运维 API</translation>
    </message>
    <message>
        <source>v0 endpoints</source>
        <translation>v0 端点</translation>
    </message>
    <message>
        <source>only when the master requires authentication</source>
        <translation>仅在主节点要求认证时填写</translation>
    </message>
    <message>
        <source>system certificates</source>
        <translation>系统证书</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Master:</source>
        <translation>主节点(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;API:</source>
        <translation>API(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA 文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Enter the address of a master, e.g. master.example:5050.</source>
        <translation>请输入主节点地址，例如 master.example:5050。</translation>
    </message>
    <message>
        <source>“%1” is not a master address (http(s)://host:port, host:port or host).</source>
        <translation>“%1”不是有效的主节点地址（http(s)://主机:端口、主机:端口或主机）。</translation>
    </message>
    <message>
        <source>Without verification anyone on the network path can impersonate the master.</source>
        <translation>不进行验证时，网络路径上的任何人都可以冒充主节点。</translation>
    </message>
</context>
<context>
    <name>DraftAutosave</name>
    <message>
        <source>The draft could not be saved</source>
        <translation>无法保存草稿</translation>
    </message>
    <message>
        <source>The draft is open elsewhere</source>
        <translation>草稿正在别处打开</translation>
    </message>
    <message>
        <source>Saved draft</source>
        <translation>已保存的草稿</translation>
    </message>
    <message>
        <source>It has %1 windows and %2 machines. If you do not restore it, it is kept in %3 and not offered again.</source>
        <translation>其中包含 %1 个维护窗口、%2 台机器。如果不恢复，它将保存在 %3 中，且不会再次提示。</translation>
    </message>
    <message>
        <source>Restoring replaces the edits made since; Undo brings them back.</source>
        <translation>恢复会替换此后所做的编辑；撤销可以找回它们。</translation>
    </message>
    <message>
        <source>Restore draft</source>
        <translation>恢复草稿</translation>
    </message>
    <message>
        <source>A draft for %1 from %2 was not submitted. Restore it?</source>
        <translation>有一份 %1 的草稿（保存于 %2）尚未提交。要恢复吗？</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>The draft cannot be restored</source>
        <translation>无法恢复草稿</translation>
    </message>
    <message>
        <source>The master's state changed so that this draft would be refused. It is kept as %1.</source>
        <translation>主节点的状态已发生变化，此草稿会被拒绝。它已保存为 %1。</translation>
    </message>
</context>
<context>
    <name>DraftSchedule</name>
    <message>
        <source>%1 is DOWN: the master refuses to remove a DOWN machine from the schedule. Bring it up first.</source>
        <translation>%1 处于 DOWN 状态：主节点不允许从计划中移除 DOWN 的机器。请先将其恢复上线。</translation>
    </message>
    <message>
        <source>A window needs at least one machine.</source>
        <translation>维护窗口至少需要一台机器。</translation>
    </message>
    <message>
        <source>A window cannot end before it starts.</source>
        <translation>维护窗口的结束时间不能早于开始时间。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 被列出了两次。</translation>
    </message>
    <message>
        <source>%1 is already in another window; a machine can be in only one window.</source>
        <translation>%1 已在另一个维护窗口中；一台机器只能属于一个维护窗口。</translation>
    </message>
    <message>
        <source>There is no such window.</source>
        <translation>不存在该维护窗口。</translation>
    </message>
    <message>
        <source>No machine is selected.</source>
        <translation>未选择任何机器。</translation>
    </message>
    <message>
        <source>%1 is not in any window.</source>
        <translation>%1 不在任何维护窗口中。</translation>
    </message>
    <message>
        <source>The machines are already in this window.</source>
        <translation>这些机器已在此维护窗口中。</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>Cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>The saved draft could not be read (%1). It was kept as %2.</source>
        <translation>无法读取已保存的草稿（%1）。该文件已另存为 %2。</translation>
    </message>
    <message>
        <source>Another Slipway (process %1 on %2) is editing the draft for %3. This window's changes to the draft are not saved; close the other one to keep them.</source>
        <translation>另一个 Slipway（%2 上的进程 %1）正在编辑 %3 的草稿。此窗口对草稿的修改不会被保存；请关闭另一个窗口以保留修改。</translation>
    </message>
    <message>
        <source>The draft for %1 cannot be locked (%2), so it is not saved.</source>
        <translation>无法锁定 %1 的草稿（%2），因此不会保存。</translation>
    </message>
    <message>
        <source>The draft was not saved. %1</source>
        <translation>草稿未保存。%1</translation>
    </message>
</context>
<context>
    <name>DrainBoard</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>stuck %1, blocked</source>
        <translation>停滞 %1，受阻</translation>
    </message>
    <message>
        <source>stuck %1</source>
        <translation>停滞 %1</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>受阻</translation>
    </message>
    <message>
        <source>draining</source>
        <translation>排空中</translation>
    </message>
    <message>
        <source>no tasks left</source>
        <translation>无剩余任务</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1后</translation>
    </message>
</context>
<context>
    <name>DrainBoardModel</name>
    <message>
        <source>%1 (declined)</source>
        <translation>%1（已拒绝）</translation>
    </message>
    <message>
        <source>%1 (no answer)</source>
        <translation>%1（未答复）</translation>
    </message>
    <message>
        <source>%1: %2 task(s) left; they last fell %3 ago</source>
        <translation>%1：剩余 %2 个任务；上次减少在 %3 前</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>关注</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Tasks left</source>
        <translation>剩余任务</translation>
    </message>
    <message>
        <source>Burn-down</source>
        <translation>燃尽</translation>
    </message>
    <message>
        <source>Blocking frameworks</source>
        <translation>阻塞的框架</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>预计完成</translation>
    </message>
    <message numerus="yes">
        <source>%1 (declined, %n task(s))</source>
        <translation>
            <numerusform>%1（已拒绝，%n 个任务）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (no answer, %n task(s))</source>
        <translation>
            <numerusform>%1（未答复，%n 个任务）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrainBoardPanel</name>
    <message>
        <source>Draining machines, those that need a person first: stuck (tasks left have not fallen for a while) and blocked (a framework declined or never answered), then by ETA</source>
        <translation>排空中的机器，需要人工处理的排在前面：停滞（剩余任务一段时间未减少）和受阻（有框架拒绝或从未答复），其余按预计完成时间排序</translation>
    </message>
    <message>
        <source>No machine is draining.</source>
        <translation>没有机器在排空。</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) draining</source>
        <translation>
            <numerusform>%n 台机器排空中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stuck</source>
        <translation>
            <numerusform>%n 台停滞</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n 台受阻</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 task(s) left in all</source>
        <translation>共剩余 %1 个任务</translation>
    </message>
</context>
<context>
    <name>DrainChart</name>
    <message>
        <source>Local time</source>
        <translation>本地时间</translation>
    </message>
    <message>
        <source>Tasks left</source>
        <translation>剩余任务</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Local time (%1)</source>
        <translation>本地时间（%1）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: drained</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：已排空</translation>
    </message>
    <message>
        <source>, window starts %1</source>
        <translation>，维护窗口于 %1 开始</translation>
    </message>
    <message>
        <source>No machine is draining. Post a schedule to start draining its machines.</source>
        <translation>没有正在排空的机器。提交维护计划即可开始排空其中的机器。</translation>
    </message>
    <message>
        <source>All draining machines</source>
        <translation>所有排空中的机器</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;All %n draining machine(s)&lt;/b&gt;: %1 task(s) left</source>
        <translation>
            <numerusform>&lt;b&gt;全部 %n 台排空中的机器&lt;/b&gt;：剩余 %1 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 task(s) left, ETA %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：剩余 %2 个任务，预计 %3 完成</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 task(s) left, not falling</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：剩余 %2 个任务，未在减少</translation>
    </message>
    <message>
        <source> (dashed: window start)</source>
        <translation>（虚线：窗口开始）</translation>
    </message>
    <message numerus="yes">
        <source>%n more selected machine(s) not drawn; select fewer to see them</source>
        <translation>
            <numerusform>另有 %n 台已选机器未绘制；请减少选择以查看</numerusform>
        </translation>
    </message>
    <message>
        <source>Select machines to draw them as their own lines.</source>
        <translation>选择机器以将其绘制为单独的曲线。</translation>
    </message>
</context>
<context>
    <name>DrainReadiness</name>
    <message>
        <source>ready</source>
        <translation>可下线</translation>
    </message>
    <message>
        <source>%1 declined</source>
        <translation>%1 已拒绝</translation>
    </message>
    <message>
        <source>%1 has not answered</source>
        <translation>%1 尚未答复</translation>
    </message>
    <message>
        <source>blocked: %1</source>
        <translation>受阻：%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the blockers of a machine</comment>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>EventSubscription</name>
    <message>
        <source>no heartbeat from the master for %1 s</source>
        <translation>主节点已 %1 秒没有心跳</translation>
    </message>
    <message>
        <source>the event stream is not RecordIO: %1</source>
        <translation>事件流不是 RecordIO 格式：%1</translation>
    </message>
    <message>
        <source>an event could not be read: %1</source>
        <translation>无法读取事件：%1</translation>
    </message>
    <message>
        <source>the event stream did not begin with SUBSCRIBED</source>
        <translation>事件流没有以 SUBSCRIBED 开头</translation>
    </message>
    <message>
        <source>SUBSCRIBED could not be read: %1</source>
        <translation>无法读取 SUBSCRIBED：%1</translation>
    </message>
    <message>
        <source>the master closed the event stream</source>
        <translation>主节点关闭了事件流</translation>
    </message>
</context>
<context>
    <name>ExactTimeDialog</name>
    <message>
        <source>Window times</source>
        <translation>维护窗口时间</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) in this window.</source>
        <translation>
            <numerusform>此维护窗口中有 %n 台机器。</numerusform>
        </translation>
    </message>
    <message>
        <source>Start (UTC):</source>
        <translation>开始时间（UTC）：</translation>
    </message>
    <message>
        <source>Start (local time):</source>
        <translation>开始时间（本地时间）：</translation>
    </message>
    <message>
        <source> d</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>持续时间：</translation>
    </message>
    <message>
        <source>Open-ended (no end)</source>
        <translation>不设结束时间</translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>no master is configured</source>
        <translation>未配置任何主节点</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>too many redirects between masters</source>
        <translation>主节点之间的重定向次数过多</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>it is larger than %1, the most Slipway accepts</source>
        <translation>它大于 Slipway 可接受的上限 %1</translation>
    </message>
    <message>
        <source>redirected to %1, which Slipway does not follow (only the master's own form, //HOST:PORT, or the same scheme)</source>
        <translation>被重定向到 %1，Slipway 不会跟随（只跟随主节点自身的 //主机:端口 形式或相同协议的地址）</translation>
    </message>
    <message>
        <source>the master closed the event stream</source>
        <translation>主节点关闭了事件流</translation>
    </message>
</context>
<context>
    <name>InverseOfferModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>未答复</translation>
    </message>
    <message>
        <source>ACCEPT</source>
        <translation>ACCEPT</translation>
    </message>
    <message>
        <source>DECLINE</source>
        <translation>DECLINE</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>UNKNOWN</translation>
    </message>
    <message>
        <source>%1 has no tasks on %2</source>
        <translation>%1 在 %2 上没有任务</translation>
    </message>
    <message>
        <source>%1 has tasks on %2 and has not answered</source>
        <translation>%1 在 %2 上有任务，且尚未答复</translation>
    </message>
    <message>
        <source>%1 answered %2 for %3, %4 ago</source>
        <translation>%1 于 %4 前对 %3 答复了 %2</translation>
    </message>
    <message>
        <source>%1 (%2) has tasks on draining machines and has answered none of their inverse offers</source>
        <translation>%1（%2）在排空中的机器上有任务，但从未答复这些机器的反向邀约</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
</context>
<context>
    <name>LimitOverrideDialog</name>
    <message>
        <source>Why this schedule may break them (kept with the review)</source>
        <translation>为什么此计划可以突破这些限制（随审阅记录保存）</translation>
    </message>
    <message>
        <source>Override the Limits</source>
        <translation>突破限制</translation>
    </message>
    <message numerus="yes">
        <source>This schedule breaks %n planning limit(s) of this master's policy:</source>
        <translation>
            <numerusform>此计划突破了该主节点策略中的 %n 项规划限制：</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason for the override:</source>
        <translation>突破限制的原因：</translation>
    </message>
</context>
<context>
    <name>LimitViolation</name>
    <message>
        <source>now (machines already DOWN)</source>
        <translation>当前（已处于 DOWN 的机器）</translation>
    </message>
    <message>
        <source>%1 onwards</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>rack %1</source>
        <translation>机架 %1</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>可用区 %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3 of %4 down (%5 &gt; %6) %7</source>
        <translation>%1：%4 台中下线 %2 → %3 台（%5 &gt; %6）%7</translation>
    </message>
    <message>
        <source>%1: %2 → %3 of %4 zones down at once (%5 &gt; %6) %7</source>
        <translation>%1：%4 个可用区中同时下线 %2 → %3 个（%5 &gt; %6）%7</translation>
    </message>
    <message>
        <source>%1: %2 → %3 of %4 agents left (%5 &lt; %6) %7</source>
        <translation>%1：%4 个代理中剩余 %2 → %3 个（%5 &lt; %6）%7</translation>
    </message>
    <message>
        <source>%1: %2 → %3 of %4 CPUs left (%5 &lt; %6) %7</source>
        <translation>%1：%4 个 CPU 中剩余 %2 → %3 个（%5 &lt; %6）%7</translation>
    </message>
    <message>
        <source>%1: %2 → %3 of %4 MB memory left (%5 &lt; %6) %7</source>
        <translation>%1：%4 MB 内存中剩余 %2 → %3 MB（%5 &lt; %6）%7</translation>
    </message>
</context>
<context>
    <name>MachineTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>维护窗口</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>就绪状态</translation>
    </message>
</context>
<context>
    <name>MachinesPanel</name>
    <message>
        <source>Filter by hostname, IP, zone, mode…</source>
        <translation>按主机名、IP、可用区、模式筛选…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Slipway</source>
        <translation>Slipway</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Inverse offers</source>
        <translation>反向邀约</translation>
    </message>
    <message>
        <source>Drain progress</source>
        <translation>排空进度</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Connect to Master…</source>
        <translation>连接到主节点(&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Recent Masters</source>
        <translation>最近的主节点(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>立即刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Slipway</source>
        <translation>关于 Slipway(&amp;A)</translation>
    </message>
    <message>
        <source>About Slipway</source>
        <translation>关于 Slipway</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Slipway %1&lt;/h3&gt;&lt;p&gt;Plan and run machine maintenance on Apache Mesos clusters.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Slipway %1&lt;/h3&gt;&lt;p&gt;规划并执行 Apache Mesos 集群的机器维护。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Maintenance</source>
        <translation>维护(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Submit Schedule…</source>
        <translation>提交维护计划(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Validate the draft, check for changes on the master, preview and submit</source>
        <translation>校验草稿、检查主节点上的变更、预览并提交</translation>
    </message>
    <message>
        <source>Start Maintenance (Machine &amp;Down)…</source>
        <translation>开始维护（机器下线）(&amp;D)…</translation>
    </message>
    <message>
        <source>Take the selected DRAINING machines down: their agents are shut down</source>
        <translation>使所选 DRAINING 状态的机器下线：其上的代理将被关闭</translation>
    </message>
    <message>
        <source>&amp;End Maintenance (Machine Up)…</source>
        <translation>结束维护（机器上线）(&amp;E)…</translation>
    </message>
    <message>
        <source>Bring the selected DOWN machines back up and out of the schedule</source>
        <translation>使所选 DOWN 状态的机器重新上线并移出维护计划</translation>
    </message>
    <message>
        <source>&amp;Export Draft…</source>
        <translation>导出草稿(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;Live Schedule…</source>
        <translation>导出线上计划(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Import Schedule…</source>
        <translation>导入维护计划(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Restore a Replaced Schedule…</source>
        <translation>恢复被替换的维护计划(&amp;R)…</translation>
    </message>
    <message>
        <source>Schedules (*.json);;All files (*)</source>
        <translation>维护计划 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>⚠ TLS verification is off for this master</source>
        <translation>⚠ 此主节点已关闭 TLS 验证</translation>
    </message>
    <message>
        <source>Slipway — %1</source>
        <translation>Slipway — %1</translation>
    </message>
    <message>
        <source>Master %1</source>
        <translation>主节点 %1</translation>
    </message>
    <message>
        <source>Master %1, leader %2</source>
        <translation>主节点 %1，领导者 %2</translation>
    </message>
    <message>
        <source>%1 (leader %2)</source>
        <translation>%1（领导者 %2）</translation>
    </message>
    <message>
        <source>● Connecting to %1…</source>
        <translation>● 正在连接 %1…</translation>
    </message>
    <message>
        <source>● Connected to %1</source>
        <translation>● 已连接到 %1</translation>
    </message>
    <message>
        <source>● %1 — %2</source>
        <translation>● %1 — %2</translation>
    </message>
    <message>
        <source>refreshed just now</source>
        <translation>刚刚刷新</translation>
    </message>
    <message>
        <source>refreshed %1 s ago</source>
        <translation>%1 秒前刷新</translation>
    </message>
    <message>
        <source>Last refresh: %1</source>
        <translation>上次刷新：%1</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <source>%1
Password for %2 (kept in memory only):</source>
        <translation>%1
%2 的密码（仅保存在内存中）：</translation>
    </message>
    <message>
        <source>Export Draft for Re&amp;view…</source>
        <translation>导出草稿以供审阅(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>%1 — at %2</source>
        <translation>%1 —— 位置：%2</translation>
    </message>
    <message>
        <source>Show Machine</source>
        <translation>显示机器</translation>
    </message>
    <message>
        <source>%1 is hidden (its zone is collapsed).</source>
        <translation>%1 当前不可见（其所在可用区已折叠）。</translation>
    </message>
    <message>
        <source>Data as of %1 (master unreachable)</source>
        <translation>数据截至 %1（主节点不可达）</translation>
    </message>
    <message>
        <source>Last good refresh: %1; the data is greyed out until the next one.</source>
        <translation>上次成功刷新：%1；在下次成功刷新之前，数据以灰色显示。</translation>
    </message>
    <message>
        <source>Drain board</source>
        <translation>排空看板</translation>
    </message>
    <message>
        <source>Export Timeline &amp;Image…</source>
        <translation>导出时间线图片(&amp;I)…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Take Down</source>
        <translation>下线</translation>
    </message>
    <message>
        <source>Bring Up</source>
        <translation>上线</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Pictures (*.png *.svg)</source>
        <translation>图片 (*.png *.svg)</translation>
    </message>
</context>
<context>
    <name>MaintenanceFlow</name>
    <message>
        <source>Start maintenance</source>
        <translation>开始维护</translation>
    </message>
    <message>
        <source>End maintenance</source>
        <translation>结束维护</translation>
    </message>
    <message>
        <source>Connect to a master first.</source>
        <translation>请先连接到主节点。</translation>
    </message>
    <message>
        <source>Select the DRAINING machines to take down.</source>
        <translation>请选择要下线的 DRAINING 状态机器。</translation>
    </message>
    <message>
        <source>Select the DOWN machines to bring up.</source>
        <translation>请选择要重新上线的 DOWN 状态机器。</translation>
    </message>
    <message>
        <source>The master would refuse this: %1</source>
        <translation>主节点会拒绝此操作：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n task(s) will be lost</source>
        <translation>
            <numerusform>%1：将丢失 %n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>%1 comes back UP and leaves the schedule; its agents may register again</source>
        <translation>%1 恢复为 UP 状态并移出维护计划；其上的代理可以重新注册</translation>
    </message>
    <message numerus="yes">
        <source>Take %n machine(s) down? Their agents are shut down and %1 running task(s) are lost (TASK_LOST).</source>
        <translation>
            <numerusform>要使 %n 台机器下线吗？其上的代理将被关闭，%1 个运行中的任务将丢失（TASK_LOST）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bring %n machine(s) back up?</source>
        <translation>
            <numerusform>要使 %n 台机器重新上线吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Take Down</source>
        <translation>下线</translation>
    </message>
    <message>
        <source>Bring Up</source>
        <translation>上线</translation>
    </message>
    <message>
        <source>Taking machines down…</source>
        <translation>正在使机器下线…</translation>
    </message>
    <message>
        <source>Bringing machines up…</source>
        <translation>正在使机器上线…</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) are DOWN.</source>
        <translation>
            <numerusform>%n 台机器已处于 DOWN 状态。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) are UP.</source>
        <translation>
            <numerusform>%n 台机器已处于 UP 状态。</numerusform>
        </translation>
    </message>
    <message>
        <source>The master now reports the machines %1, although the answer said: %2</source>
        <translation>主节点现在报告这些机器为 %1 状态，尽管其答复为：%2</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>DOWN</translation>
    </message>
    <message>
        <source>UP</source>
        <translation>UP</translation>
    </message>
</context>
<context>
    <name>MasterError</name>
    <message>
        <source>Cannot reach the master: %1</source>
        <translation>无法连接到主节点：%1</translation>
    </message>
    <message>
        <source>The master did not answer in time (%1).</source>
        <translation>主节点未在规定时间内响应（%1）。</translation>
    </message>
    <message>
        <source>The master's certificate is not trusted: %1</source>
        <translation>主节点的证书不受信任：%1</translation>
    </message>
    <message>
        <source>The master requires a valid user name and password (realm %1).</source>
        <translation>主节点要求有效的用户名和密码（realm %1）。</translation>
    </message>
    <message>
        <source>The master does not allow this for your user (HTTP 403).</source>
        <translation>主节点不允许您的用户执行此操作（HTTP 403）。</translation>
    </message>
    <message>
        <source>No leading master: %1</source>
        <translation>没有领导者主节点：%1</translation>
    </message>
    <message>
        <source>The master answered HTTP %1: %2</source>
        <translation>主节点返回 HTTP %1：%2</translation>
    </message>
    <message>
        <source>The master's answer could not be read: %1</source>
        <translation>无法解析主节点的响应：%1</translation>
    </message>
    <message>
        <source>The master refused the request: %1</source>
        <translation>主节点拒绝了该请求：%1</translation>
    </message>
</context>
<context>
    <name>PlanningLimitsDialog</name>
    <message>
        <source>Planning Limits</source>
        <translation>规划限制</translation>
    </message>
    <message>
        <source>Most machines down at once:</source>
        <translation>同时下线机器的上限：</translation>
    </message>
    <message>
        <source>Most down per zone:</source>
        <translation>每个可用区下线的上限：</translation>
    </message>
    <message>
        <source>Most down per rack:</source>
        <translation>每个机架下线的上限：</translation>
    </message>
    <message>
        <source>Most zones affected at once:</source>
        <translation>同时受影响可用区的上限：</translation>
    </message>
    <message>
        <source>Least agents left per zone:</source>
        <translation>每个可用区至少保留的代理：</translation>
    </message>
    <message>
        <source>Least CPUs left per zone:</source>
        <translation>每个可用区至少保留的 CPU：</translation>
    </message>
    <message>
        <source>Least memory (MB) left per zone:</source>
        <translation>每个可用区至少保留的内存（MB）：</translation>
    </message>
    <message>
        <source>none — a count (3) or a percentage (10%)</source>
        <translation>无 —— 数量（3）或百分比（10%）</translation>
    </message>
    <message>
        <source>Rack attribute:</source>
        <translation>机架属性：</translation>
    </message>
    <message>
        <source>&amp;Load Policy File…</source>
        <translation>加载策略文件(&amp;L)…</translation>
    </message>
    <message>
        <source>Drafts may break these limits; the timeline marks where they do and submitting asks for a reason.</source>
        <translation>草稿可以突破这些限制；时间线会标出突破之处，提交时会要求填写原因。</translation>
    </message>
    <message>
        <source>Not a count or a percentage: %1</source>
        <translation>不是数量或百分比：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Load Planning Policy</source>
        <translation>加载规划策略</translation>
    </message>
    <message>
        <source>Policy files (*.json);;All files (*)</source>
        <translation>策略文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>PlanningMenu</name>
    <message>
        <source>Planning &amp;Limits…</source>
        <translation>规划限制(&amp;L)…</translation>
    </message>
    <message>
        <source>The most that may be down at once and the least that must be left</source>
        <translation>同时可下线的上限以及必须保留的下限</translation>
    </message>
    <message>
        <source>&amp;Plan Rolling Maintenance…</source>
        <translation>规划滚动维护(&amp;P)…</translation>
    </message>
    <message>
        <source>Add windows for many machines in batches that keep the limits</source>
        <translation>按满足限制的批次为大量机器添加维护窗口</translation>
    </message>
    <message>
        <source>&amp;Capacity Band</source>
        <translation>容量带(&amp;C)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>(nothing)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>ReviewExportDialog</name>
    <message>
        <source>Export for review</source>
        <translation>导出以供审阅</translation>
    </message>
    <message>
        <source>Why, and the ticket, e.g. OPS-1234: kernel upgrade of rack 7</source>
        <translation>原因及工单号，例如 OPS-1234：7 号机架内核升级</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Schedule file</source>
        <translation>维护计划文件</translation>
    </message>
    <message>
        <source>Schedules (*.json)</source>
        <translation>维护计划 (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>作者(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Reason / ticket:</source>
        <translation>原因 / 工单(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Schedule file:</source>
        <translation>维护计划文件(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>RollingPlanDialog</name>
    <message>
        <source>Plan Rolling Maintenance</source>
        <translation>规划滚动维护</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Apply to Draft</source>
        <translation>应用到草稿(&amp;A)</translation>
    </message>
    <message>
        <source>Preview to see the plan.</source>
        <translation>点击预览以查看计划。</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>请至少选择一天。</translation>
    </message>
    <message>
        <source>Not a blackout: %1 (write 2026-12-24 00:00 to 2026-12-27 00:00)</source>
        <translation>不是有效的禁止时段：%1（请写作 2026-12-24 00:00 to 2026-12-27 00:00）</translation>
    </message>
    <message>
        <source>Choose the machines to plan.</source>
        <translation>请选择要规划的机器。</translation>
    </message>
    <message>
        <source>Not a regular expression: %1</source>
        <translation>不是有效的正则表达式：%1</translation>
    </message>
    <message>
        <source>Unknown time zone: %1</source>
        <translation>未知时区：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n window(s)</source>
        <translation>
            <numerusform>%n 个维护窗口</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s)</source>
        <translation>
            <numerusform>%n 台机器</numerusform>
        </translation>
    </message>
    <message>
        <source>by name it would be %1</source>
        <translation>按名称排序则为 %1</translation>
    </message>
    <message numerus="yes">
        <source>Infeasible: %n machine(s) not placed; </source>
        <translation>
            <numerusform>无法完成：%n 台机器未能安排；</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan rolling maintenance (%n window(s))</source>
        <translation>
            <numerusform>规划滚动维护（%n 个维护窗口）</numerusform>
        </translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>机器</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected machine(s)</source>
        <translation>
            <numerusform>所选的 %n 台机器</numerusform>
        </translation>
    </message>
    <message>
        <source>These zones:</source>
        <translation>这些可用区：</translation>
    </message>
    <message>
        <source>Hostnames matching:</source>
        <translation>主机名匹配：</translation>
    </message>
    <message>
        <source>All machines</source>
        <translation>所有机器</translation>
    </message>
    <message>
        <source>a regular expression, e.g. web-.*</source>
        <translation>正则表达式，例如 web-.*</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>An IANA time zone (Europe/Berlin); start, hours and blackouts are read in it</source>
        <translation>IANA 时区（如 Europe/Berlin）；开始时间、允许时段和禁止时段均按此时区解读</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Only in these hours:</source>
        <translation>仅在这些时段：</translation>
    </message>
    <message>
        <source>one a line: 2026-12-24 00:00 to 2026-12-27 00:00</source>
        <translation>每行一个：2026-12-24 00:00 to 2026-12-27 00:00</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>开始：</translation>
    </message>
    <message>
        <source>Window length:</source>
        <translation>窗口长度：</translation>
    </message>
    <message>
        <source>Gap between windows:</source>
        <translation>窗口间隔：</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Blackouts:</source>
        <translation>禁止时段：</translation>
    </message>
    <message>
        <source>Batches and order</source>
        <translation>批次与顺序</translation>
    </message>
    <message>
        <source>% of each zone</source>
        <translation>每个可用区的 %</translation>
    </message>
    <message>
        <source>Zone by zone</source>
        <translation>逐个可用区</translation>
    </message>
    <message>
        <source>Interleaved</source>
        <translation>交错</translation>
    </message>
    <message>
        <source>Zones in parallel</source>
        <translation>可用区并行</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>按名称</translation>
    </message>
    <message>
        <source>Least loaded first</source>
        <translation>负载最低优先</translation>
    </message>
    <message>
        <source>Least churn</source>
        <translation>重复迁移最少</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>批次大小：</translation>
    </message>
    <message>
        <source>Zone order:</source>
        <translation>可用区顺序：</translation>
    </message>
    <message>
        <source>Machine order:</source>
        <translation>机器顺序：</translation>
    </message>
    <message>
        <source>From %1; peak %2 machine(s) down at once in the cluster, counting windows already planned</source>
        <translation>自 %1 起；集群中同时停机最多 %2 台（含已计划的窗口）</translation>
    </message>
    <message>
        <source>Churn: of %2 tasks moved off these machines, about %1 land on a machine maintained later and move again</source>
        <translation>任务迁移：从这些机器迁出的 %2 个任务中，约 %1 个会落到稍后维护的机器上并再次迁移</translation>
    </message>
</context>
<context>
    <name>RollingPlanner</name>
    <message>
        <source>cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>rack %1</source>
        <translation>机架 %1</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>可用区 %1</translation>
    </message>
    <message>
        <source>%1 binds: %2 cannot be placed</source>
        <translation>受限于 %1：无法安排 %2</translation>
    </message>
    <message>
        <source>the deadline comes first; %1 binds: %2 cannot be placed</source>
        <translation>截止时间先到；受限于 %1：无法安排 %2</translation>
    </message>
    <message>
        <source>the deadline comes first: %1 cannot be placed</source>
        <translation>截止时间先到：无法安排 %1</translation>
    </message>
    <message>
        <source>the allowed hours hold no window: %1 cannot be placed</source>
        <translation>允许的时段容纳不下维护窗口：无法安排 %1</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message numerus="yes">
        <source>New window (%n machine(s))</source>
        <translation>
            <numerusform>新建维护窗口（%n 台机器）</numerusform>
        </translation>
    </message>
    <message>
        <source>The current machine is in no window.</source>
        <translation>当前机器不在任何维护窗口中。</translation>
    </message>
    <message>
        <source>Move window</source>
        <translation>移动维护窗口</translation>
    </message>
    <message>
        <source>An open-ended window cannot be shortened; give it an end first.</source>
        <translation>没有结束时间的维护窗口无法缩短；请先为其设置结束时间。</translation>
    </message>
    <message>
        <source>A window cannot be shorter than one step.</source>
        <translation>维护窗口不能短于一个刻度。</translation>
    </message>
    <message>
        <source>Resize window</source>
        <translation>调整维护窗口时长</translation>
    </message>
    <message>
        <source>Delete window</source>
        <translation>删除维护窗口</translation>
    </message>
    <message numerus="yes">
        <source>Take %n machine(s) out of their window</source>
        <translation>
            <numerusform>将 %n 台机器移出其维护窗口</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n machine(s) to window</source>
        <translation>
            <numerusform>将 %n 台机器加入维护窗口</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the selected machines is in a window; create one first.</source>
        <translation>所选机器均不在任何维护窗口中；请先新建一个维护窗口。</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n machine(s) into one window</source>
        <translation>
            <numerusform>将 %n 台机器合并到一个维护窗口</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert to live</source>
        <translation>还原为线上计划</translation>
    </message>
</context>
<context>
    <name>ScheduleFiles</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Connect to a master to export its live schedule.</source>
        <translation>请连接到主节点以导出其线上计划。</translation>
    </message>
    <message>
        <source>Export live schedule</source>
        <translation>导出线上计划</translation>
    </message>
    <message>
        <source>Export draft</source>
        <translation>导出草稿</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 windows, %3 machines). The master accepts it as it is:
curl -X POST -d @%4 http://MASTER:5050/maintenance/schedule</source>
        <translation>已写入 %1（%2 个维护窗口，%3 台机器）。主节点可直接接受该文件：
curl -X POST -d @%4 http://MASTER:5050/maintenance/schedule</translation>
    </message>
    <message>
        <source>Import schedule</source>
        <translation>导入维护计划</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>No replaced schedules</source>
        <translation>没有被替换的维护计划</translation>
    </message>
    <message>
        <source>Slipway has not replaced a schedule on %1 yet.</source>
        <translation>Slipway 尚未在 %1 上替换过维护计划。</translation>
    </message>
    <message>
        <source>Restore a replaced schedule into the draft</source>
        <translation>将被替换的维护计划恢复到草稿</translation>
    </message>
    <message>
        <source>Restore replaced schedule</source>
        <translation>恢复被替换的维护计划</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a schedule the master would accept.</source>
        <translation>%1 不是主节点可接受的维护计划。</translation>
    </message>
    <message>
        <source>The draft now holds %1 (%2 windows, %3 machines). Undo restores the previous draft.</source>
        <translation>草稿已替换为 %1 的内容（%2 个维护窗口，%3 台机器）。撤销即可恢复之前的草稿。</translation>
    </message>
    <message>
        <source>Export for review</source>
        <translation>导出以供审阅</translation>
    </message>
    <message>
        <source>Wrote the schedule to %1 and its review to %2 (SHA-256 %3). `slipwayctl review %4` shows it.</source>
        <translation>已将维护计划写入 %1，审阅文件写入 %2（SHA-256 %3）。可用 `slipwayctl review %4` 查看。</translation>
    </message>
    <message>
        <source>Please check:</source>
        <translation>请检查：</translation>
    </message>
    <message numerus="yes">
        <source>%1 leaves out %n DOWN machine(s); the master refuses to remove a DOWN machine from the schedule. Import it with them kept in their current windows?</source>
        <translation>
            <numerusform>%1 遗漏了 %n 台 DOWN 状态的机器；主节点不允许从计划中移除 DOWN 的机器。要在保留它们当前维护窗口的情况下导入吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep Them In</source>
        <translation>保留这些机器</translation>
    </message>
    <message numerus="yes">
        <source>The draft breaks %n planning limit(s)</source>
        <translation>
            <numerusform>草稿突破了 %n 项规划限制</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Timeline Image</source>
        <translation>导出时间线图片</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Draft for %1</source>
        <translation>%1 的草稿</translation>
    </message>
    <message>
        <source>Drew the draft's timeline into %1, marked against the live schedule.</source>
        <translation>已将草稿的时间线绘制到 %1，并标出了与线上计划的差异。</translation>
    </message>
    <message>
        <source>the live schedule</source>
        <translation>线上计划</translation>
    </message>
    <message>
        <source>%1: the picture is written as PNG or SVG (.png or .svg)</source>
        <translation>%1：图片只能保存为 PNG 或 SVG（.png 或 .svg）</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>审阅：%1</translation>
    </message>
    <message>
        <source>A picture of its timeline for the reviewers: %1</source>
        <translation>供审阅者查看的时间线图片：%1</translation>
    </message>
    <message>
        <source>No picture of its timeline: %1</source>
        <translation>未生成时间线图片：%1</translation>
    </message>
</context>
<context>
    <name>ScheduleWarnings</name>
    <message numerus="yes">
        <source>Window %1 (%n machine(s)) ended at %2, in the past.</source>
        <translation>
            <numerusform>维护窗口 %1（%n 台机器）已于 %2 结束，处于过去。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is no agent of the cluster.</source>
        <translation>%1 不是集群中的代理。</translation>
    </message>
    <message>
        <source>%1 is no agent of the cluster; did you mean %2?</source>
        <translation>%1 不是集群中的代理；您是指 %2 吗？</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
</context>
<context>
    <name>SelectMachinesDialog</name>
    <message>
        <source>Select Machines</source>
        <translation>选择机器</translation>
    </message>
    <message>
        <source>Paste the machines to select, one or more a line: HOST, HOST/IP, HOST (IP) or IP. A hostname alone selects every machine of that name.</source>
        <translation>粘贴要选择的机器，每行一台或多台：HOST、HOST/IP、HOST (IP) 或 IP。只写主机名时选择该名称的所有机器。</translation>
    </message>
    <message>
        <source>node-17
node-18/10.0.4.18
10.0.4.19</source>
        <translation>node-17
node-18/10.0.4.18
10.0.4.19</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) found.</source>
        <translation>
            <numerusform>找到 %n 台机器。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>还有 %n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not found (%n): %1</source>
        <translation>
            <numerusform>未找到（%n）：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>系统默认（%1）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Clusters of 5,000 agents or more are polled less often, as the Mesos web UI does.</source>
        <translation>与 Mesos 网页界面一样，拥有 5,000 个及以上代理的集群会降低轮询频率。</translation>
    </message>
    <message>
        <source>A new language applies when Slipway starts again.</source>
        <translation>新的语言将在 Slipway 重新启动后生效。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>刷新间隔(&amp;R)：</translation>
    </message>
    <message>
        <source>A machine still draining this long after its window started.</source>
        <translation>窗口开始后机器仍在排空的时长。</translation>
    </message>
    <message>
        <source>A machine still down this long after its window ended.</source>
        <translation>窗口结束后机器仍处于停机状态的时长。</translation>
    </message>
    <message>
        <source>A machine ready this long inside its window, not yet down.</source>
        <translation>机器在窗口内已就绪但尚未停机的时长。</translation>
    </message>
    <message>
        <source>A framework that has answered no inverse offer for this long.</source>
        <translation>框架未答复任何反向要约的时长。</translation>
    </message>
    <message>
        <source>A draining machine whose tasks left have not fallen for this long.</source>
        <translation>排空中的机器剩余任务数未下降的时长。</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification for each new alert</source>
        <translation>每条新告警显示桌面通知(&amp;N)</translation>
    </message>
    <message>
        <source>Draining past start after:</source>
        <translation>开始后仍在排空的宽限：</translation>
    </message>
    <message>
        <source>Down past end after:</source>
        <translation>结束后仍停机的宽限：</translation>
    </message>
    <message>
        <source>Ready but idle after:</source>
        <translation>就绪但未开始的宽限：</translation>
    </message>
    <message>
        <source>Framework silent after:</source>
        <translation>框架无响应的判定时长：</translation>
    </message>
    <message>
        <source>Drain stuck after:</source>
        <translation>排空停滞的判定时长：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Alerts for %1</source>
        <translation>%1 的告警</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Move the current window by a snap step</source>
        <translation>将当前窗口移动一个对齐步长</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>左、右</translation>
    </message>
    <message>
        <source>Resize the current window</source>
        <translation>调整当前窗口的长度</translation>
    </message>
    <message>
        <source>Shift+Left, Shift+Right</source>
        <translation>Shift+左、Shift+右</translation>
    </message>
    <message>
        <source>Zoom in, zoom out</source>
        <translation>放大、缩小</translation>
    </message>
    <message>
        <source>+, −</source>
        <translation>+、−</translation>
    </message>
    <message>
        <source>Context menu of the current row</source>
        <translation>当前行的右键菜单</translation>
    </message>
    <message>
        <source>Menu key</source>
        <translation>菜单键</translation>
    </message>
    <message>
        <source>Stop a drag</source>
        <translation>取消拖动</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Zone header</source>
        <translation>区域标题</translation>
    </message>
    <message>
        <source>Collapse, expand</source>
        <translation>折叠、展开</translation>
    </message>
    <message>
        <source>Collapse or expand</source>
        <translation>折叠或展开</translation>
    </message>
    <message>
        <source>Return, Space</source>
        <translation>回车、空格</translation>
    </message>
    <message>
        <source>Select the zone's machines</source>
        <translation>选择该区域的机器</translation>
    </message>
    <message>
        <source>Up, Down onto the header</source>
        <translation>用上、下键移到标题上</translation>
    </message>
    <message>
        <source>Machine list</source>
        <translation>机器列表</translation>
    </message>
    <message>
        <source>Find a machine by its hostname</source>
        <translation>按主机名查找机器</translation>
    </message>
    <message>
        <source>Type its first letters</source>
        <translation>输入其开头字母</translation>
    </message>
</context>
<context>
    <name>SubmitEffects</name>
    <message>
        <source>%1 goes back UP (its inverse-offer answers are dropped)</source>
        <translation>%1 恢复为 UP 状态（其反向邀约答复将被清除）</translation>
    </message>
    <message>
        <source>Frameworks that will receive inverse offers: %1</source>
        <translation>将收到反向邀约的框架：%1</translation>
    </message>
    <message>
        <source>%1 starts DRAINING on submit (%2 tasks)</source>
        <translation>%1 在提交时开始 DRAINING（%2 个任务）</translation>
    </message>
</context>
<context>
    <name>SubmitFlow</name>
    <message>
        <source>The master would refuse this schedule</source>
        <translation>主节点会拒绝此维护计划</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>位置：%1</translation>
    </message>
    <message>
        <source>the schedule as a whole</source>
        <translation>整个维护计划</translation>
    </message>
    <message>
        <source>Reading the live schedule…</source>
        <translation>正在读取线上计划…</translation>
    </message>
    <message>
        <source>Cannot read the live schedule</source>
        <translation>无法读取线上计划</translation>
    </message>
    <message>
        <source>Nothing was submitted. Your draft is unchanged.</source>
        <translation>未提交任何内容。您的草稿保持不变。</translation>
    </message>
    <message>
        <source>The live schedule changed</source>
        <translation>线上计划已变更</translation>
    </message>
    <message>
        <source>Someone changed the schedule on the master after your draft was started. Rebasing applies your changes on top of theirs, keeping both where they do not conflict; you will see the result before anything is sent.</source>
        <translation>在您开始编辑草稿之后，有人修改了主节点上的维护计划。变基会在对方修改的基础上应用您的修改，互不冲突之处两者都会保留；在发送任何内容之前，您会先看到结果。</translation>
    </message>
    <message>
        <source>Their change (since your draft's base)</source>
        <translation>对方的修改（自您草稿的基线以来）</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>您的修改</translation>
    </message>
    <message>
        <source>Rebase onto Their Change</source>
        <translation>基于对方的修改变基</translation>
    </message>
    <message>
        <source>The rebased schedule would be refused</source>
        <translation>变基后的维护计划会被拒绝</translation>
    </message>
    <message>
        <source>Nothing to submit</source>
        <translation>没有需要提交的内容</translation>
    </message>
    <message>
        <source>The master already holds exactly this schedule.</source>
        <translation>主节点上的维护计划已与此完全相同。</translation>
    </message>
    <message>
        <source>Every machine kept in the schedule has its recorded answers reset.</source>
        <translation>维护计划中保留的每台机器，其已记录的答复都将被重置。</translation>
    </message>
    <message>
        <source>Submit schedule to %1</source>
        <translation>向 %1 提交维护计划</translation>
    </message>
    <message>
        <source>This replaces the master's whole schedule (%1 windows, %2 machines).</source>
        <translation>这将替换主节点上的整个维护计划（%1 个维护窗口，%2 台机器）。</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>产生的影响</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Submitting the schedule…</source>
        <translation>正在提交维护计划…</translation>
    </message>
    <message>
        <source>The master refused the schedule</source>
        <translation>主节点拒绝了该维护计划</translation>
    </message>
    <message>
        <source>Your draft is unchanged.</source>
        <translation>您的草稿保持不变。</translation>
    </message>
    <message>
        <source>Checking what the master holds…</source>
        <translation>正在核对主节点上的维护计划…</translation>
    </message>
    <message>
        <source>Cannot confirm the submit</source>
        <translation>无法确认提交结果</translation>
    </message>
    <message>
        <source>The connection failed during the submit (%1) and the master cannot be read now (%2): it is not known whether the schedule was applied. Your draft is kept.</source>
        <translation>提交过程中连接失败（%1），且目前无法读取主节点（%2）：无法确定维护计划是否已生效。您的草稿已保留。</translation>
    </message>
    <message>
        <source>The schedule was sent, but reading it back failed: %1</source>
        <translation>维护计划已发送，但回读失败：%1</translation>
    </message>
    <message>
        <source>Schedule submitted</source>
        <translation>维护计划已提交</translation>
    </message>
    <message>
        <source>The connection dropped during the submit, but the master holds exactly the submitted schedule (%1 windows, %2 machines).</source>
        <translation>提交过程中连接中断，但主节点上的维护计划与提交的完全一致（%1 个维护窗口，%2 台机器）。</translation>
    </message>
    <message>
        <source>The master holds exactly the submitted schedule (%1 windows, %2 machines).</source>
        <translation>主节点上的维护计划与提交的完全一致（%1 个维护窗口，%2 台机器）。</translation>
    </message>
    <message>
        <source>
The replaced schedule was kept in %1.</source>
        <translation>
被替换的维护计划已保存在 %1 中。</translation>
    </message>
    <message>
        <source>The schedule was not applied</source>
        <translation>维护计划未生效</translation>
    </message>
    <message>
        <source>The master holds a different schedule</source>
        <translation>主节点上是另一份维护计划</translation>
    </message>
    <message>
        <source>The connection failed during the submit (%1) and the master still holds another schedule. Your draft is kept; submit again.</source>
        <translation>提交过程中连接失败（%1），且主节点上仍是另一份维护计划。您的草稿已保留；请重新提交。</translation>
    </message>
    <message>
        <source>Someone changed it right after the submit. Your draft is kept.</source>
        <translation>有人在提交后立即修改了它。您的草稿已保留。</translation>
    </message>
    <message>
        <source>Checking the live schedule again…</source>
        <translation>正在再次检查线上计划…</translation>
    </message>
    <message>
        <source>
The edits made during the submit are kept in the draft.</source>
        <translation>
提交期间所做的编辑已保留在草稿中。</translation>
    </message>
    <message>
        <source>not in the schedule (brought up or removed)</source>
        <translation>不在计划中（已恢复上线或已移除）</translation>
    </message>
    <message>
        <source>! conflict: %1 was changed on the master too. Your draft started from: %2. On the master now: %3. Yours, which is kept: %4.</source>
        <translation>！冲突：%1 在主节点上也被修改了。您的草稿起始于：%2。主节点当前：%3。您的版本（将被保留）：%4。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>! breaks a planning limit: %1</source>
        <translation>！突破规划限制：%1</translation>
    </message>
    <message>
        <source>Churn: about %1 tasks will be moved again (%2 displaced)</source>
        <translation>重复迁移：约 %1 个任务将再次迁移（共迁出 %2 个）</translation>
    </message>
    <message numerus="yes">
        <source>The schedule breaks %n planning limit(s)</source>
        <translation>
            <numerusform>该计划突破了 %n 项规划限制</numerusform>
        </translation>
    </message>
    <message>
        <source>
The limit override and its reason were recorded in %1.</source>
        <translation>
限制豁免及其理由已记录在 %1。</translation>
    </message>
</context>
<context>
    <name>TimelineAccessible</name>
    <message>
        <source>Maintenance timeline</source>
        <translation>维护时间线</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), from %1 to %2 (%3)</source>
        <translation>
            <numerusform>%n 行，从 %1 到 %2（%3）</numerusform>
        </translation>
    </message>
    <message>
        <source>Zone, collapsed</source>
        <translation>区域，已折叠</translation>
    </message>
    <message>
        <source>Zone, expanded</source>
        <translation>区域，已展开</translation>
    </message>
    <message>
        <source>%1, no maintenance window</source>
        <translation>%1，无维护窗口</translation>
    </message>
    <message>
        <source>%1, window %2</source>
        <translation>%1，窗口 %2</translation>
    </message>
    <message>
        <source>from %1, open-ended</source>
        <translation>从 %1 开始，无结束时间</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>TimelineActions</name>
    <message>
        <source>&amp;New window for selected machines</source>
        <translation>为所选机器新建维护窗口(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Exact times…</source>
        <translation>精确时间(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete window</source>
        <translation>删除维护窗口(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Take selected machines out of their window</source>
        <translation>将所选机器移出其维护窗口(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Merge selected machines into one window</source>
        <translation>将所选机器合并到一个维护窗口(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Add selected machines to this window</source>
        <translation>将所选机器加入此维护窗口(&amp;A)</translation>
    </message>
    <message>
        <source>Set window times</source>
        <translation>设置维护窗口时间</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……以及另外 %n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n machine(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n 台机器&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Start: %1 (%2)</source>
        <translation>开始：%1（%2）</translation>
    </message>
    <message>
        <source>End: %1</source>
        <translation>结束：%1</translation>
    </message>
    <message>
        <source>Duration: %1 h %2 min</source>
        <translation>持续时间：%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>Open-ended: no end</source>
        <translation>不设结束时间</translation>
    </message>
    <message>
        <source>This machine: %1</source>
        <translation>本机：%1</translation>
    </message>
    <message>
        <source>Answers:&lt;br&gt;%1</source>
        <translation>框架答复：&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>New in the draft</source>
        <translation>草稿中新增</translation>
    </message>
    <message>
        <source>Overdue: planned to start at %1, not DOWN yet</source>
        <translation>已逾期：计划于 %1 开始，但尚未进入 DOWN 状态</translation>
    </message>
    <message>
        <source>Overrun: planned to end at %1, still DOWN</source>
        <translation>已超时：计划于 %1 结束，但仍处于 DOWN 状态</translation>
    </message>
    <message>
        <source>&lt;i&gt;Locked: this machine is DOWN, and the master refuses to remove a DOWN machine from the schedule.&lt;/i&gt;</source>
        <translation>&lt;i&gt;已锁定：此机器处于 DOWN 状态，主节点不允许从计划中移除 DOWN 的机器。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1, open-ended</source>
        <translation>自 %1 起，不设结束时间</translation>
    </message>
    <message>
        <source>Removed in the draft</source>
        <translation>草稿中已移除</translation>
    </message>
    <message>
        <source>Moved in the draft (live: starts %1)</source>
        <translation>草稿中已移动（线上：开始于 %1）</translation>
    </message>
    <message>
        <source>Moved in the draft</source>
        <translation>草稿中已移动</translation>
    </message>
    <message>
        <source>Resized in the draft (live: %1)</source>
        <translation>草稿中已调整时长（线上：%1）</translation>
    </message>
    <message>
        <source>Moved and resized in the draft (live: %1)</source>
        <translation>草稿中已移动并调整时长（线上：%1）</translation>
    </message>
</context>
<context>
    <name>TimelineImage</name>
    <message>
        <source>Drawing a picture needs a QGuiApplication.</source>
        <translation>绘制图片需要 QGuiApplication。</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>%1: the picture is written as PNG or SVG (.png or .svg)</source>
        <translation>%1：图片只能保存为 PNG 或 SVG（.png 或 .svg）</translation>
    </message>
    <message>
        <source>%1 rows are more than a PNG picture holds (%2): write an SVG picture instead.</source>
        <translation>%1 行超出了 PNG 图片的容量（%2）：请改存为 SVG 图片。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Windows: %1 · machines: %2</source>
        <translation>窗口：%1 · 机器：%2</translation>
    </message>
    <message>
        <source>against %1: new %2 · moved %3 · removed %4 (machines)</source>
        <translation>相对于 %1：新增 %2 · 移动 %3 · 移除 %4（台机器）</translation>
    </message>
    <message>
        <source>drawn %1 by Slipway %2</source>
        <translation>由 Slipway %2 绘制于 %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>moved: where it was</source>
        <translation>已移动：原位置</translation>
    </message>
    <message>
        <source>removed: where it was</source>
        <translation>已移除：原位置</translation>
    </message>
    <message>
        <source>DRAINING</source>
        <translation>DRAINING</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>DOWN</translation>
    </message>
    <message>
        <source>started, not DOWN yet</source>
        <translation>已开始，尚未 DOWN</translation>
    </message>
    <message>
        <source>ready · waiting · declined</source>
        <translation>就绪 · 等待 · 已拒绝</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message>
        <source>A maintenance window; all bars of one window have the same colour.</source>
        <translation>一个维护窗口；同一窗口的所有条形颜色相同。</translation>
    </message>
    <message>
        <source>Hatched: the machine is DRAINING (its frameworks are asked to move off).</source>
        <translation>斜线：机器处于 DRAINING（正在请求其框架迁出）。</translation>
    </message>
    <message>
        <source>Darker, with a padlock: the machine is DOWN; the master keeps it in the schedule until it is brought up.</source>
        <translation>颜色较深并带锁：机器处于 DOWN；在其上线之前 master 会将其保留在计划中。</translation>
    </message>
    <message>
        <source>Dashed border: new in the draft, not submitted yet.</source>
        <translation>虚线边框：草稿中新增，尚未提交。</translation>
    </message>
    <message>
        <source>Dashed outline: where the live schedule has the window the draft moved.</source>
        <translation>虚线轮廓：草稿移动了的窗口在线上计划中的位置。</translation>
    </message>
    <message>
        <source>Red dashed outline: the draft takes the machine out of the live schedule.</source>
        <translation>红色虚线轮廓：草稿将该机器移出线上计划。</translation>
    </message>
    <message>
        <source>Fading out: an open-ended window (no end time).</source>
        <translation>渐隐：无结束时间的窗口。</translation>
    </message>
    <message>
        <source>Green dot: draining and ready to go down (no tasks left, or all accepted).</source>
        <translation>绿点：正在排空且可以下线（没有剩余任务，或全部已接受）。</translation>
    </message>
    <message>
        <source>Amber dot: draining; a framework with tasks there has not answered yet.</source>
        <translation>琥珀色点：正在排空；在该机器上有任务的某个框架尚未答复。</translation>
    </message>
    <message>
        <source>Red dot: draining, blocked (a framework declined).</source>
        <translation>红点：正在排空，但被阻塞（有框架拒绝）。</translation>
    </message>
    <message>
        <source>Amber line under the bar: the window has started but the machine is not DOWN yet.</source>
        <translation>条形下方的琥珀色线：窗口已开始，但机器尚未 DOWN。</translation>
    </message>
    <message>
        <source>Dotted red band after the bar: the window has ended but the machine is still DOWN.</source>
        <translation>条形之后的红色点状带：窗口已结束，但机器仍处于 DOWN。</translation>
    </message>
    <message>
        <source>Red frame: the window breaks a planning limit.</source>
        <translation>红框：该窗口违反了规划限制。</translation>
    </message>
    <message>
        <source>Highlighted border: the current window, or the one under the pointer.</source>
        <translation>高亮边框：当前窗口或鼠标指针下的窗口。</translation>
    </message>
    <message>
        <source>Red vertical line: now.</source>
        <translation>红色竖线：现在。</translation>
    </message>
</context>
<context>
    <name>TimelineMenus</name>
    <message>
        <source>&amp;Find Machine</source>
        <translation>查找机器(&amp;F)</translation>
    </message>
    <message>
        <source>Type into the machine filter</source>
        <translation>在机器筛选框中输入</translation>
    </message>
    <message>
        <source>Select &amp;Machines…</source>
        <translation>选择机器(&amp;M)…</translation>
    </message>
    <message>
        <source>Select the machines of a pasted list of hostnames</source>
        <translation>按粘贴的主机名列表选择机器</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>图例(&amp;L)</translation>
    </message>
    <message>
        <source>What the timeline's colours, dots and marks mean</source>
        <translation>时间线上颜色、圆点和标记的含义</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>颜色(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Select Machines</source>
        <translation>选择机器</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) of the list are not in the cluster.</source>
        <translation>
            <numerusform>列表中有 %n 台机器不在集群中。</numerusform>
        </translation>
    </message>
    <message>
        <source>The others are selected. Not found: %1</source>
        <translation>其余机器已选中。未找到：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) selected.</source>
        <translation>
            <numerusform>已选中 %n 台机器。</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline Legend</source>
        <translation>时间线图例</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Live schedule</source>
        <translation>线上计划</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit schedule</source>
        <translation>适应计划</translation>
    </message>
    <message>
        <source>Jump to now</source>
        <translation>跳到现在</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Revert to live</source>
        <translation>还原为线上计划</translation>
    </message>
    <message>
        <source>Filter: hostname, IP, zone or mode</source>
        <translation>筛选：主机名、IP、可用区或模式</translation>
    </message>
    <message>
        <source>All modes</source>
        <translation>所有模式</translation>
    </message>
    <message>
        <source>Discard every change in the draft and start again from the live schedule?</source>
        <translation>放弃草稿中的所有修改，并从线上计划重新开始吗？</translation>
    </message>
    <message>
        <source>The draft is the live schedule again.</source>
        <translation>草稿已还原为线上计划。</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维护</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Show times in UTC instead of local time, everywhere (Ctrl+U)</source>
        <translation>所有视图以 UTC 而非本地时间显示（Ctrl+U）</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>重做 %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>重做：%1</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Show only the machines that match (Ctrl+F)</source>
        <translation>只显示匹配的机器（Ctrl+F）</translation>
    </message>
    <message>
        <source>Show only machines in this mode</source>
        <translation>只显示处于此模式的机器</translation>
    </message>
    <message>
        <source>Show or hide the list of edits</source>
        <translation>显示或隐藏编辑列表</translation>
    </message>
</context>
<context>
    <name>TimelineRuler</name>
    <message>
        <source>ddd d</source>
        <comment>ruler tick at midnight</comment>
        <translation>d日 ddd</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <comment>ruler tick</comment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>ruler tick for days and weeks</comment>
        <translation>M月d日 ddd</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>ruler day band</comment>
        <translation>yyyy年M月d日 dddd</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>ruler month band</comment>
        <translation>yyyy年M月</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Move window</source>
        <translation>移动维护窗口</translation>
    </message>
    <message>
        <source>Resize window</source>
        <translation>调整维护窗口时长</translation>
    </message>
    <message>
        <source>Churn: %1 tasks displaced, %2 moved again</source>
        <translation>重复迁移：迁出 %1 个任务，其中 %2 个将再次迁移</translation>
    </message>
    <message>
        <source>Breaks %1:</source>
        <translation>突破 %1：</translation>
    </message>
    <message>
        <source>This machine's agent: %1 (agent draining, not a maintenance window)</source>
        <translation>此机器的代理：%1（代理排空，而非维护窗口）</translation>
    </message>
</context>
<context>
    <name>TimelineViewState</name>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>UTC%1%2:%3</source>
        <translation>UTC%1%2:%3</translation>
    </message>
    <message>
        <source>Local time: %1 (%2)</source>
        <translation>本地时间：%1（%2）</translation>
    </message>
</context>
<context>
    <name>TypedConfirmDialog</name>
    <message>
        <source>This is irreversible: the agent cannot come back with the same ID, and its tasks are gone.</source>
        <translation>此操作不可逆：代理无法以相同的 ID 重新加入，其任务也将丢失。</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>输入 &lt;b&gt;%1&lt;/b&gt; 以确认：</translation>
    </message>
</context>
<context>
    <name>ZoneGroupModel</name>
    <message numerus="yes">
        <source>%1 (%n machine(s))</source>
        <translation>
            <numerusform>%1（%n 台机器）</numerusform>
        </translation>
    </message>
    <message>
        <source>No zone</source>
        <translation>无可用区</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan and run maintenance on Apache Mesos clusters.</source>
        <translation>规划并执行 Apache Mesos 集群的机器维护。</translation>
    </message>
    <message>
        <source>Run a simulated master in-process and connect to it.</source>
        <translation>在进程内运行模拟主节点并连接到它。</translation>
    </message>
    <message>
        <source>Connect to this master (URL, host:port, or a comma-separated list).</source>
        <translation>连接到此主节点（URL、主机:端口，或以逗号分隔的列表）。</translation>
    </message>
    <message>
        <source>API to use: v0, v1 or auto.</source>
        <translation>使用的 API：v0、v1 或 auto。</translation>
    </message>
    <message>
        <source>User for HTTP Basic authentication.</source>
        <translation>HTTP Basic 认证所用的用户名。</translation>
    </message>
    <message>
        <source>Slipway</source>
        <translation>Slipway</translation>
    </message>
    <message>
        <source>The demo master could not start: %1</source>
        <translation>演示主节点无法启动：%1</translation>
    </message>
</context>
</TS>