#pragma once

#include "controller/userprompts.h"

#include <QPointer>

class MainWindow;

/// UserPrompts answered by the main window's dialogs.
class WindowPrompts : public UserPrompts
{
public:
    explicit WindowPrompts(MainWindow *window);

    void setBusy(const QString &text) override;
    void clearBusy() override;
    bool confirm(const QString &title, const QString &text, const QString &details,
                 const QString &okText) override;
    bool confirmTyped(const QString &title, const QString &text, const QString &details,
                      const QString &expected, const QString &okText) override;
    void showProblem(const QString &title, const QString &text, const QString &details) override;
    void showInfo(const QString &title, const QString &text) override;
    void showMachineProblem(const QString &title, const QString &text, const QString &where,
                            const MachineId &machine) override;
    bool reviewChanges(const QString &title, const QString &intro, const QString &leftTitle,
                       const QStringList &left, const QString &rightTitle, const QStringList &right,
                       const QString &acceptText) override;
    QString askSaveFile(const QString &title, const QString &suggestedName) override;
    QString askOpenFile(const QString &title, const QString &directory) override;
    QString askLimitOverride(const QString &title, const QStringList &violations) override;
    QString askPassword(const QString &user, const QString &master, const QString &reason) override;

private:
    QPointer<MainWindow> m_window;
};
