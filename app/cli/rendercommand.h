#pragma once

#include "cli/clioutput.h"

#include <QString>
#include <QStringList>

#include <optional>

/// `slipwayctl render FILE [--base FILE] [--state FILE] -o plan.svg|plan.png`: the timeline of a
/// schedule as a picture for reviewers (TimelineImage, the app's own painters), headless. Marks
/// what is new, moved or removed against the base; groups the machines by the zones of a saved
/// state. Needs a QGuiApplication (slipwayctl starts one, offscreen, for this command).
class RenderCommand
{
public:
    QString scheduleFile; ///< `-` for stdin
    QString baseFile; ///< `--base`, optional
    QString stateFile; ///< `--state`: /master/state-summary or v1 GET_STATE, optional
    QString outputFile; ///< `-o`: .png or .svg
    QStringList downSpecs; ///< `--down`: machines DOWN now
    std::optional<qint64> nowNs; ///< tests pin the now-line; otherwise the clock

    int run(CliOutput io) const;
};
