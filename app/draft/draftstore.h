#pragma once

#include "schedule.h"
#include "json/draftfile.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QLockFile;

/// Keeps the draft safe on disk: saved atomically (QSaveFile) shortly after every change, one file
/// per master under the application data location. A draft file that cannot be read is moved
/// aside and reported, never silently dropped. Passwords are never part of it. One process at a
/// time holds a master's draft (a QLockFile beside it); another only reads who holds it.
class DraftStore : public QObject
{
    Q_OBJECT

public:
    using Saved = DraftFile;

    /// @p directory: where drafts live (default: <AppDataLocation>/drafts).
    explicit DraftStore(const QString &directory = QString(), QObject *parent = nullptr);
    ~DraftStore() override;

    static constexpr int kSaveDelayMs = 400;

    /// Which master the following saves belong to (as the user typed it; every spelling of the
    /// same master shares one file, see MasterKey). Takes the master's lock; an empty @p master
    /// releases it.
    void setMaster(const QString &master);
    QString filePath() const;
    /// This process holds the current master's draft: saves, loads and discards work.
    bool isLocked() const;
    /// Who else holds the current master's draft, in words; empty when we hold it.
    QString lockProblem() const { return m_lockProblem; }

    /// Saves after kSaveDelayMs; later calls within the delay replace the pending save.
    void scheduleSave(const Schedule &base, const Schedule &draft);
    /// Saves now; returns an error text, empty on success.
    QString saveNow(const Schedule &base, const Schedule &draft);
    /// The saved draft for the current master, if any. A corrupt file is renamed to
    /// `<file>.corrupt-<time>` and @p problem says so.
    std::optional<Saved> load(QString *problem);
    /// Forgets the saved draft of the current master.
    void discard();
    /// Renames the saved draft to `<file>.<why>-<time>` so that it is kept but no longer offered;
    /// returns the new name (empty when there was nothing to move or it failed).
    QString setAside(const QString &why);

Q_SIGNALS:
    void saveFailed(const QString &error);

private:
    QString m_directory;
    QString m_master;
    std::unique_ptr<QLockFile> m_lock;
    QString m_lockProblem;
    QTimer m_timer;
    Schedule m_pendingBase;
    Schedule m_pendingDraft;
};
