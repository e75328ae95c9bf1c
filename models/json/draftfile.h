#pragma once

#include "result.h"
#include "schedule.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

/// A saved draft as it lies on disk (`slipway-draft/1`): the master it belongs to, when it was
/// saved, the live schedule it started from (base) and the draft. Both schedules are kept as the
/// master's own JSON text, so int64 nanoseconds stay exact and the codec reads them back with the
/// master's rules. Passwords are never part of it.
struct DraftFile
{
    QString master;
    QDateTime savedAt;
    Schedule base;
    Schedule draft;

    static constexpr auto kFormat = "slipway-draft/1";

    QByteArray toJson() const;
    /// Errors name the JSON path (`base`, `draft.windows[0]…`).
    static Result<DraftFile> fromJson(QByteArrayView json);
};
