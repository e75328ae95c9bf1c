#include "alerts/alert.h"

using namespace Qt::StringLiterals;

namespace {

constexpr const char *kKindNames[] = {
    "draining-past-start", "down-past-end", "ready-idle",       "stuck-drain",
    "silent-framework",    "agent-lost",    "schedule-changed",
};
static_assert(std::size(kKindNames) == Alert::kKindCount);

} // namespace

QString Alert::key() const
{
    return kindName(kind) + u'|' + subject;
}

QString Alert::kindName(Kind kind)
{
    return QLatin1StringView(kKindNames[int(kind)]);
}

std::optional<Alert::Kind> Alert::kindFromName(QStringView name)
{
    for (int k = 0; k < kKindCount; ++k) {
        if (name == QLatin1StringView(kKindNames[k]))
            return Kind(k);
    }
    return std::nullopt;
}

QString Alert::kindTitle(Kind kind)
{
    switch (kind) {
    case Kind::DrainingPastStart:
        return tr("Draining past start");
    case Kind::DownPastEnd:
        return tr("Down past end");
    case Kind::ReadyIdle:
        return tr("Ready, not started");
    case Kind::StuckDrain:
        return tr("Stuck drain");
    case Kind::SilentFramework:
        return tr("Silent framework");
    case Kind::AgentLost:
        return tr("Agent lost");
    case Kind::ScheduleChanged:
        return tr("Schedule changed");
    }
    return QString();
}

QString Alert::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return u"info"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Critical:
        return u"critical"_s;
    }
    return QString();
}

QString Alert::severityTitle(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return tr("Info");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Critical:
        return tr("Critical");
    }
    return QString();
}

QString Alert::actionTitle(Action action)
{
    switch (action) {
    case Action::None:
        return QString();
    case Action::StartMaintenance:
        return tr("Start Maintenance");
    case Action::BringUp:
        return tr("Bring Up");
    case Action::Acknowledge:
        return tr("Acknowledge");
    }
    return QString();
}
