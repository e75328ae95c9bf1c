#pragma once

#include "cli/clioutput.h"
#include "cli/planninginput.h"

#include <QStringList>

#include <functional>

class MasterClient;
struct MasterEndpoint;

/// The slipwayctl command line: parses global options and the command, then runs it.
class CliApp
{
public:
    /// Runs with @p arguments (argv, program name first) and returns the exit code.
    static int run(const QStringList &arguments, CliOutput io);
    /// The same, with the answers to y/N questions read from @p answers (tests) instead of the
    /// terminal; nullptr: the terminal.
    static int run(const QStringList &arguments, CliOutput io, QTextStream *answers);

private:
    /// The master-related options as given on the command line.
    struct MasterOptions
    {
        QString masters;
        QString api;
        QString user;
        bool userSet = false;
        QString passwordFile; ///< `--password-file`
        QString caFile; ///< `--ca-file`
    };

    /// What the commands that change the master were told on the command line.
    struct ChangeOptions
    {
        QString output; ///< `-o`
        QString base; ///< `--base`
        bool yes = false; ///< `--yes`
        QTextStream *answers = nullptr;
        bool yesClear = false; ///< `--yes-clear`
    };

    /// What `alerts` and `watch` were told (texts as typed, checked in alerts()).
    struct AlertOptions
    {
        QString grace;
        QString stuckAfter;
        QString base;
        bool json = false;
    };

    /// `alerts` and `watch` (cliappalerts.cpp).
    static int alerts(const QStringList &args, const MasterOptions &master,
                      const AlertOptions &options, CliOutput io);
    static int schedule(const QStringList &args, const MasterOptions &master,
                        const ChangeOptions &change, CliOutput io);
    static int maintenance(const QStringList &args, const MasterOptions &master,
                           const ChangeOptions &change, CliOutput io);
    /// `drain AGENT [--grace DURATION] [--mark-gone]` and `reactivate AGENT`.
    static int agentDrain(const QStringList &args, const QString &grace, bool markGone,
                          const MasterOptions &master, const ChangeOptions &change, CliOutput io);
    static int validate(const QStringList &args, const QStringList &downSpecs, bool json,
                        CliOutput io);
    /// Puts the CA file and credentials (asking for the password when needed) into
    /// @p endpoint; false after saying why on stderr.
    static bool applySecurity(const MasterOptions &options, MasterEndpoint &endpoint, CliOutput io);
    /// `plan` and `check`: the policy and the cluster (master or files), then the command.
    static int planning(const QStringList &args, const MasterOptions &master, PlanningInput input,
                        const QString &output, bool json, CliOutput io);
    /// Builds a MasterClient from @p options (asking for the password when needed) and runs
    /// @p command with it; usage errors in the options end here with ExitUsage.
    static int withMaster(const MasterOptions &options, CliOutput io,
                          const std::function<int(MasterClient &)> &command);
};
