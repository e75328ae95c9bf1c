#pragma once

#include "schedule.h"
#include "json/draftfile.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <optional>

/// Keeps the draft safe on disk: saved atomically (QSaveFile) shortly after every change, one file
/// per master under the application data location. A draft file that cannot be read is moved
/// aside and reported, never silently dropped. Passwords are never part of it.
class DraftStore : public QObject
{
    Q_OBJECT

public:
    using Saved = DraftFile;

    /// @p directory: where drafts live (default: <AppDataLocation>/drafts).
    explicit DraftStore(const QString &directory = QString(), QObject *parent = nullptr);

    static constexpr int kSaveDelayMs = 400;

    /// Which master the following saves belong to (as the user typed it).
    void setMaster(const QString &master);
    QString filePath() const;

    /// Saves after kSaveDelayMs; later calls within the delay replace the pending save.
    void scheduleSave(const Schedule &base, const Schedule &draft);
    /// Saves now; returns an error text, empty on success.
    QString saveNow(const Schedule &base, const Schedule &draft);
    /// The saved draft for the current master, if any. A corrupt file is renamed to
    /// `<file>.corrupt-<time>` and @p problem says so.
    std::optional<Saved> load(QString *problem);
    /// Forgets the saved draft of the current master.
    void discard();

Q_SIGNALS:
    void saveFailed(const QString &error);

private:
    QString m_directory;
    QString m_master;
    QTimer m_timer;
    Schedule m_pendingBase;
    Schedule m_pendingDraft;
};
