#pragma once

#include "machineid.h"

#include <QString>
#include <QStringList>

/// The questions and answers a long operation puts to the user. The main window provides them;
/// tests script them.
class UserPrompts
{
public:
    virtual ~UserPrompts() = default;

    virtual void setBusy(const QString &text) = 0;
    virtual void clearBusy() = 0;
    virtual bool confirm(const QString &title, const QString &text, const QString &details,
                         const QString &okText)
        = 0;
    /// A step that cannot be undone: @p text says so (shown in red) and the person must type
    /// @p expected (e.g. a hostname) before @p okText is enabled.
    virtual bool confirmTyped(const QString &title, const QString &text, const QString &details,
                              const QString &expected, const QString &okText)
        = 0;
    virtual void showProblem(const QString &title, const QString &text,
                             const QString &details = QString())
        = 0;
    virtual void showInfo(const QString &title, const QString &text) = 0;
    /// A problem about one machine: the user can jump to it.
    virtual void showMachineProblem(const QString &title, const QString &text, const QString &where,
                                    const MachineId &machine)
        = 0;
    virtual bool reviewChanges(const QString &title, const QString &intro, const QString &leftTitle,
                               const QStringList &left, const QString &rightTitle,
                               const QStringList &right, const QString &acceptText)
        = 0;
    /// A file to write (a schedule; a picture when @p suggestedName ends in .png or .svg); empty
    /// when the person cancelled.
    virtual QString askSaveFile(const QString &title, const QString &suggestedName) = 0;
    /// A schedule file to read, starting in @p directory; empty when the person cancelled.
    virtual QString askOpenFile(const QString &title, const QString &directory) = 0;
    /// The planning limits a schedule breaks, each described: the reason to go ahead anyway, or
    /// empty when the person cancelled.
    virtual QString askLimitOverride(const QString &title, const QStringList &violations) = 0;
    /// A password for @p user on @p master (kept in memory only); empty when cancelled.
    virtual QString askPassword(const QString &user, const QString &master, const QString &reason)
        = 0;
};
