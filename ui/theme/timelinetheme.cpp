#include "theme/timelinetheme.h"

#include "inverseofferstatus.h"

#include <array>
#include <cmath>

namespace {

// Reds, ambers and greens are the same family everywhere: the saturated ones mark (badges, dots,
// lines), the pale ones fill cells that carry text.
constexpr std::array<QRgb, TimelineTheme::ColorCount> s_colors = {
    0xff43a047, // ModeUp
    0xfff57c00, // ModeDraining
    0xffc62828, // ModeDown
    0xffffffff, // ModeBadgeText
    0xffc8e6c9, // AnswerAccept
    0xffffcdd2, // AnswerDecline
    0xffffecb3, // AnswerMissing
    0xff2e9d4a, // ReadinessReady
    0xffe09b16, // ReadinessWaiting
    0xffd0312d, // ReadinessBlocked
    0xffd0312d, // NowLine
    0xffe07b16, // Overdue
    0xffd0312d, // Overrun
    0xffd0312d, // RemovedFromDraft
    0xffffffff, // LockMark
    0xffe53935, // LimitViolation
    0xff1e88e5, // CapacityLine
    0xff8e24aa, // CapacityFloor
    0x66e53935, // BelowFloor
    0xff6a1b9a, // AgentDraining
    0xff37474f, // AgentDrained
    0xff78909c, // AgentDeactivated
    0xffb71c1c, // Stuck
};

constexpr std::array<QRgb, 12> s_series = {
    0xff1f77b4, 0xffff7f0e, 0xff2ca02c, 0xffd62728, 0xff9467bd, 0xff8c564b,
    0xffe377c2, 0xff7f7f7f, 0xffbcbd22, 0xff17becf, 0xff393b79, 0xff637939,
};

} // namespace

QColor TimelineTheme::color(Color role)
{
    return QColor::fromRgba(s_colors[std::size_t(role)]);
}

QColor TimelineTheme::modeColor(MachineMode mode)
{
    switch (mode) {
    case MachineMode::Up:
        return color(ModeUp);
    case MachineMode::Draining:
        return color(ModeDraining);
    case MachineMode::Down:
        return color(ModeDown);
    }
    return QColor(Qt::gray);
}

QColor TimelineTheme::agentDrainColor(AgentDrain::State state)
{
    switch (state) {
    case AgentDrain::State::Draining:
        return color(AgentDraining);
    case AgentDrain::State::Drained:
        return color(AgentDrained);
    case AgentDrain::State::Deactivated:
        return color(AgentDeactivated);
    case AgentDrain::State::None:
        break;
    }
    return {};
}

QColor TimelineTheme::readinessColor(MachinePlan::Readiness readiness)
{
    switch (readiness) {
    case MachinePlan::Readiness::Ready:
        return color(ReadinessReady);
    case MachinePlan::Readiness::Blocked:
        return color(ReadinessBlocked);
    case MachinePlan::Readiness::Waiting:
        return color(ReadinessWaiting);
    case MachinePlan::Readiness::NotDraining:
        break;
    }
    return QColor(Qt::transparent);
}

QColor TimelineTheme::answerColor(int answer, bool hasAnswer)
{
    if (answer == int(InverseOfferStatus::Answer::Accept))
        return color(AnswerAccept);
    if (answer == int(InverseOfferStatus::Answer::Decline))
        return color(AnswerDecline);
    if (answer == int(InverseOfferStatus::Answer::Unknown) && !hasAnswer)
        return color(AnswerMissing);
    return {};
}

QColor TimelineTheme::windowColor(WindowId id)
{
    const double hue = std::fmod(double(id) * 0.618033988749895, 1.0);
    return QColor::fromHsvF(float(hue), 0.45f, 0.92f);
}

QColor TimelineTheme::barFill(WindowId id, MachineMode mode)
{
    const QColor fill = windowColor(id);
    return mode == MachineMode::Down ? fill.darker(140) : fill;
}

QColor TimelineTheme::seriesColor(int index)
{
    return QColor::fromRgba(s_series[std::size_t(index) % s_series.size()]);
}
