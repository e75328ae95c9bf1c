#include "cli/passwordprompt.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <string>

#include <termios.h>
#include <unistd.h>

std::optional<QString> PasswordPrompt::obtain(const QString &user, const QString &master)
{
    if (qEnvironmentVariableIsSet("SLIPWAY_PASSWORD"))
        return qEnvironmentVariable("SLIPWAY_PASSWORD");
    return readFromTerminal(
        QCoreApplication::translate("PasswordPrompt", "Password for %1 at %2: ").arg(user, master));
}

std::optional<QString> PasswordPrompt::readFromTerminal(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    termios saved {};
    if (tcgetattr(STDIN_FILENO, &saved) != 0)
        return std::nullopt;
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    quiet.c_lflag |= ECHONL;
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) != 0)
        return std::nullopt;
    std::string line;
    int c;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.push_back(char(c));
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    if (c == EOF && line.empty())
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QString password = QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return password;
}
