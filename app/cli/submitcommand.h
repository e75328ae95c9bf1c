#pragma once

#include "cli/clioutput.h"
#include "schedule.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

class BlockingClient;
class MasterClient;
class TerminalPrompt;
struct LiveSnapshot;
struct MasterError;

/// `slipwayctl schedule submit FILE [--base FILE] [--yes]`: the console's safe submit for scripts.
/// The file is checked with the master's rules (and the live DOWN machines) before anything is
/// sent; with a base, a schedule changed on the master since that base is never overwritten; the
/// structural change and the machines that start draining are shown and confirmed; after the POST
/// the schedule is read back to prove the master holds exactly what was sent. A connection lost
/// during the POST ends in a read that says whether it was applied.
class SubmitCommand
{
    Q_DECLARE_TR_FUNCTIONS(SubmitCommand)

public:
    QString fileName; ///< for messages; `-` is stdin
    std::optional<Schedule> base; ///< `--base`: the schedule this file was made from
    QString baseName; ///< for messages
    bool yes = false; ///< `--yes`: do not ask (except before clearing every window)
    bool yesClear = false; ///< `--yes-clear`: do not ask, even before clearing every window

    /// Submits @p document (a `POST /maintenance/schedule` body); returns the exit code.
    int run(MasterClient &client, const QByteArray &document, TerminalPrompt &prompt,
            CliOutput io) const;

private:
    /// The question before the POST (none with --yes, unless @p next clears every window of
    /// @p live): ExitOk to go on, else the exit code.
    int confirm(BlockingClient &master, const Schedule &live, const Schedule &next,
                TerminalPrompt &prompt, CliOutput io) const;
    bool baseStillLive(const Schedule &live, CliOutput io) const;
    /// After the question: ExitOk when the master still holds @p live, else the exit code.
    int stillLiveAfterQuestion(BlockingClient &master, const Schedule &live, CliOutput io) const;
    static void printPreview(const LiveSnapshot &snapshot, const Schedule &next, QTextStream &out);
    static int confirmAfterPost(BlockingClient &master, const Schedule &next, CliOutput io);
    static int confirmAfterFailedPost(BlockingClient &master, const Schedule &live,
                                      const Schedule &next, const MasterError &postError,
                                      CliOutput io);
};
