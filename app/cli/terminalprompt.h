#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;

/// The y/N question before slipwayctl changes anything on a master. It is asked on stderr and
/// answered on stdin, but only when stdin is a terminal: a script must say `--yes`, so that no
/// stray line of piped input can ever approve a change. Tests pass the answers as a stream.
class TerminalPrompt
{
    Q_DECLARE_TR_FUNCTIONS(TerminalPrompt)

public:
    /// Answers come from @p answers; nullptr: from stdin, when it is a terminal.
    explicit TerminalPrompt(QTextStream *answers = nullptr);

    /// Whether there is anyone to ask.
    bool canAsk() const { return m_answers != nullptr || m_terminal; }
    /// Writes @p question to @p err and reads one line: true only for "y" or "yes" (any case);
    /// an empty line, anything else or the end of input mean no.
    bool confirm(const QString &question, QTextStream &err);
    /// Writes @p question and reads one line: true only when it is @p expected (spaces around
    /// it ignored), for steps that cannot be undone.
    bool confirmTyped(const QString &question, const QString &expected, QTextStream &err);

private:
    QString readLine();

    QTextStream *m_answers;
    bool m_terminal;
};
