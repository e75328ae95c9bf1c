#include "cli/terminalprompt.h"

#include <QTextStream>

#include <cstdio>
#include <string>

#include <unistd.h>

TerminalPrompt::TerminalPrompt(QTextStream *answers)
    : m_answers(answers)
    , m_terminal(answers == nullptr && isatty(STDIN_FILENO))
{ }

bool TerminalPrompt::confirm(const QString &question, QTextStream &err)
{
    if (!canAsk())
        return false;
    err << question;
    err.flush();
    const QString answer = readLine().trimmed().toLower();
    return answer == tr("y") || answer == tr("yes");
}

bool TerminalPrompt::confirmTyped(const QString &question, const QString &expected,
                                  QTextStream &err)
{
    if (!canAsk() || expected.isEmpty())
        return false;
    err << question;
    err.flush();
    return readLine().trimmed() == expected;
}

QString TerminalPrompt::readLine()
{
    if (m_answers)
        return m_answers->readLine();
    // stdio, not a buffered QFile: a terminal delivers one line per read and we want no more.
    std::string line;
    int c;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.push_back(char(c));
    return QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
}
