#pragma once

#include <QString>

#include <optional>

/// Where slipwayctl gets a password: the `SLIPWAY_PASSWORD` environment variable, else a prompt on
/// the terminal with echo turned off. The password only ever lives in memory.
class PasswordPrompt
{
public:
    /// The password for @p user, or nothing when there is neither the variable nor a terminal.
    static std::optional<QString> obtain(const QString &user, const QString &master);

private:
    /// Reads one line from the terminal without echo; nothing if stdin is not a terminal.
    static std::optional<QString> readFromTerminal(const QString &prompt);
};
