#pragma once

#include "controller/userprompts.h"

#include <QList>

/// Scripted answers for UserPrompts, recording what was asked.
class FakePrompts : public UserPrompts
{
public:
    QList<bool> reviewAnswers; ///< answers to reviewChanges, in order (default: accept)
    QList<bool> confirmAnswers;
    QStringList reviewTitles;
    QList<QStringList> reviewLeft;
    QStringList problems;
    QStringList infos;
    bool busy = false;

    void setBusy(const QString &) override { busy = true; }
    void clearBusy() override { busy = false; }
    bool confirm(const QString &, const QString &, const QString &, const QString &) override
    {
        return confirmAnswers.isEmpty() ? true : confirmAnswers.takeFirst();
    }
    void showProblem(const QString &, const QString &text, const QString &) override
    {
        problems << text;
    }
    void showInfo(const QString &, const QString &text) override { infos << text; }
    void showMachineProblem(const QString &, const QString &text, const QString &,
                            const MachineId &machine) override
    {
        problems << text;
        problemMachines << machine;
    }
    QList<MachineId> problemMachines;
    bool reviewChanges(const QString &title, const QString &, const QString &,
                       const QStringList &left, const QString &, const QStringList &,
                       const QString &) override
    {
        reviewTitles << title;
        reviewLeft << left;
        return reviewAnswers.isEmpty() ? true : reviewAnswers.takeFirst();
    }
};
