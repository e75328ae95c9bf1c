#pragma once

#include "schedulediff.h"

#include <QCoreApplication>
#include <QStringList>

struct LiveSnapshot;

/// What submitting a schedule does to the cluster, in words, for the GUI's preview and
/// `slipwayctl submit` alike: which UP machines start DRAINING (and their tasks), which leave the
/// schedule and go back UP, and which frameworks will receive inverse offers.
class SubmitEffects
{
    Q_DECLARE_TR_FUNCTIONS(SubmitEffects)

public:
    /// @p diff: from the live schedule to the one to submit; @p snapshot may be null (then task
    /// counts are 0 and no framework is named).
    static QStringList describe(const ScheduleDiff &diff, const LiveSnapshot *snapshot);
};
