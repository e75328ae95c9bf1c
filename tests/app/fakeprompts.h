#pragma once

#include "controller/userprompts.h"

#include <QList>

#include <functional>

/// Scripted answers for UserPrompts, recording what was asked.
class FakePrompts : public UserPrompts
{
public:
    QList<bool> reviewAnswers; ///< answers to reviewChanges, in order (default: accept)
    QList<bool> confirmAnswers; ///< answers to confirm, in order (default: accept)
    QStringList savePaths; ///< answers to askSaveFile, in order (default: cancel)
    QStringList openPaths; ///< answers to askOpenFile, in order (default: cancel)
    QStringList passwords; ///< answers to askPassword, in order (default: cancel)
    QStringList overrideReasons; ///< answers to askLimitOverride, in order (default: cancel)
    QList<QStringList> overrideViolations; ///< the violations each askLimitOverride listed
    QStringList reviewTitles;
    QList<QStringList> reviewLeft;
    QList<QStringList> reviewRight;
    QStringList confirmTexts; ///< text and details of each confirm, joined by a newline
    QStringList typedAnswers; ///< what is typed at each confirmTyped, in order (default: nothing)
    QStringList typedExpected; ///< what each confirmTyped asked to type
    QStringList problems;
    QStringList problemDetails;
    QStringList infos;
    QStringList openDirectories;
    QList<MachineId> problemMachines;
    bool busy = false;
    int busyCount = 0;
    /// Called with each busy text and each review title, to act while the flow waits.
    std::function<void(const QString &)> onBusy;
    std::function<void(const QString &)> onReview;
    std::function<void(const QString &)> onConfirm;

    void setBusy(const QString &text) override
    {
        busy = true;
        ++busyCount;
        if (onBusy)
            onBusy(text);
    }
    void clearBusy() override { busy = false; }
    bool confirm(const QString &, const QString &text, const QString &details,
                 const QString &) override
    {
        confirmTexts << text + QLatin1Char('\n') + details;
        if (onConfirm)
            onConfirm(text);
        return confirmAnswers.isEmpty() ? true : confirmAnswers.takeFirst();
    }
    bool confirmTyped(const QString &, const QString &text, const QString &details,
                      const QString &expected, const QString &) override
    {
        confirmTexts << text + QLatin1Char('\n') + details;
        typedExpected << expected;
        const QString typed = typedAnswers.isEmpty() ? QString() : typedAnswers.takeFirst();
        return !expected.isEmpty() && typed == expected;
    }
    void showProblem(const QString &, const QString &text, const QString &details) override
    {
        problems << text;
        problemDetails << details;
    }
    void showInfo(const QString &, const QString &text) override { infos << text; }
    void showMachineProblem(const QString &, const QString &text, const QString &,
                            const MachineId &machine) override
    {
        problems << text;
        problemDetails << QString();
        problemMachines << machine;
    }
    bool reviewChanges(const QString &title, const QString &, const QString &,
                       const QStringList &left, const QString &, const QStringList &right,
                       const QString &) override
    {
        reviewTitles << title;
        reviewLeft << left;
        reviewRight << right;
        if (onReview)
            onReview(title);
        return reviewAnswers.isEmpty() ? true : reviewAnswers.takeFirst();
    }
    QString askSaveFile(const QString &, const QString &) override
    {
        return savePaths.isEmpty() ? QString() : savePaths.takeFirst();
    }
    QString askOpenFile(const QString &, const QString &directory) override
    {
        openDirectories << directory;
        return openPaths.isEmpty() ? QString() : openPaths.takeFirst();
    }
    QString askLimitOverride(const QString &, const QStringList &violations) override
    {
        overrideViolations << violations;
        return overrideReasons.isEmpty() ? QString() : overrideReasons.takeFirst();
    }
    QString askPassword(const QString &, const QString &, const QString &) override
    {
        return passwords.isEmpty() ? QString() : passwords.takeFirst();
    }
};
