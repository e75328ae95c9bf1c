#pragma once

#include <QString>

#include <optional>

/// Where slipwayctl gets a password: a file (`--password-file`), the `SLIPWAY_PASSWORD`
/// environment variable, else a prompt on the controlling terminal (`/dev/tty`, whatever stdin
/// is) with echo off, restored even when the prompt is interrupted (Ctrl-C). The password only
/// ever lives in memory.
class PasswordPrompt
{
public:
    /// The password for @p user: from @p passwordFile when given (its first line), else as
    /// above. Nothing when there is no source; nothing and @p error set when the file cannot be
    /// read.
    static std::optional<QString> obtain(const QString &user, const QString &master,
                                         const QString &passwordFile, QString *error);

private:
    static std::optional<QString> readFile(const QString &path, QString *error);
    /// Reads one line from the terminal without echo; nothing if there is no terminal.
    static std::optional<QString> readFromTerminal(const QString &prompt);
};
