#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

/// How to reach a Mesos master (or a set of them): the configured masters, the API to speak,
/// credentials (the password lives only in memory) and TLS settings.
struct MasterEndpoint
{
    enum class Api { Auto, V0, V1 };

    QList<QUrl> masters; ///< base URLs, e.g. http://m1.example:5050
    Api api = Api::Auto;
    QString user;
    QString password; ///< never written to disk
    QString caFile; ///< extra CA certificates (PEM) for https masters
    bool verifyTls = true; ///< off only for one master at a time, shown as a warning
    int timeoutMs = 15000;

    /// Accepts `http(s)://host:port`, `host:port` or a bare `host` (port 5050, http).
    static std::optional<QUrl> parseMasterUrl(const QString &text);
    /// Parses a comma-separated list of masters; nothing if any entry is malformed.
    static std::optional<QList<QUrl>> parseMasterList(const QString &text);
    static std::optional<Api> parseApi(const QString &text);
    /// The master list as typed, with any `user:password@` taken out of each entry, so that
    /// nothing stores, shows or logs it; the first user name found goes to `*user`. The password
    /// is dropped: it is asked for as usual (docs/decisions.md).
    static QString withoutUserInfo(const QString &text, QString *user = nullptr);
};
