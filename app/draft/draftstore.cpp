#include "draft/draftstore.h"

#include "draft/atomicfile.h"
#include "draft/masterkey.h"
#include "json/schedulecodec.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

QString fileNameFor(const QString &key)
{
    // Readable and unique: the address with unsafe characters replaced, plus a short hash.
    QString readable = key;
    readable.replace(QRegularExpression(u"[^A-Za-z0-9._-]+"_s), u"_"_s);
    const QByteArray hash
        = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(10);
    return readable.left(60) + u'-' + QString::fromLatin1(hash) + u".json"_s;
}

} // namespace

DraftStore::DraftStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                          + u"/drafts"_s
                      : directory)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kSaveDelayMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const QString error = saveNow(m_pendingBase, m_pendingDraft);
        if (!error.isEmpty())
            Q_EMIT saveFailed(error);
    });
}

DraftStore::~DraftStore() = default;

void DraftStore::setMaster(const QString &master)
{
    if (m_timer.isActive()) { // the previous master's pending save goes to its own file
        m_timer.stop();
        if (const QString error = saveNow(m_pendingBase, m_pendingDraft); !error.isEmpty())
            Q_EMIT saveFailed(error);
    }
    m_lock.reset();
    m_lockProblem.clear();
    m_master = master;
    if (m_master.isEmpty())
        return;
    QDir().mkpath(m_directory);
    m_lock = std::make_unique<QLockFile>(filePath() + u".lock"_s);
    m_lock->setStaleLockTime(0); // stale only when its process is gone, however long it edits
    if (m_lock->tryLock())
        return;
    qint64 pid = 0;
    QString host, application;
    m_lock->getLockInfo(&pid, &host, &application);
    m_lockProblem = m_lock->error() == QLockFile::LockFailedError
        ? tr("Another Slipway (process %1 on %2) is editing the draft for %3. This window's "
             "changes to the draft are not saved; close the other one to keep them.")
              .arg(pid)
              .arg(host, master)
        : tr("The draft for %1 cannot be locked (%2), so it is not saved.")
              .arg(master, m_lock->fileName());
    m_lock.reset();
}

bool DraftStore::isLocked() const
{
    return m_lock && m_lock->isLocked();
}

QString DraftStore::filePath() const
{
    return m_directory + u'/' + fileNameFor(MasterKey::of(m_master));
}

void DraftStore::scheduleSave(const Schedule &base, const Schedule &draft)
{
    m_pendingBase = base;
    m_pendingDraft = draft;
    // Not restarted by later edits: a steady stream of them (a key held down) is still saved at
    // least once per delay, with the newest pending draft.
    if (!m_timer.isActive())
        m_timer.start();
}

QString DraftStore::saveNow(const Schedule &base, const Schedule &draft)
{
    m_timer.stop();
    if (m_master.isEmpty())
        return QString();
    if (!isLocked())
        return m_lockProblem;
    if (!QDir().mkpath(m_directory))
        return tr("Cannot create %1").arg(m_directory);
    DraftFile saved {m_master, QDateTime::currentDateTimeUtc(), base, draft};
    const QByteArray bytes = saved.toJson();
    // On a full disk the last good draft stays as it was.
    if (const QString error = AtomicFile::write(filePath(), bytes); !error.isEmpty())
        return tr("The draft was not saved. %1").arg(error);
    return QString();
}

std::optional<DraftStore::Saved> DraftStore::load(QString *problem)
{
    if (!isLocked())
        return std::nullopt;
    QFile file(filePath());
    // Drafts saved before master keys were normalised are named after the text as typed.
    const QString legacy = m_directory + u'/' + fileNameFor(m_master);
    if (!file.exists() && QFile::exists(legacy))
        QFile::rename(legacy, file.fileName());
    if (!file.exists())
        return std::nullopt;
    const auto setAside = [&](const QString &why) -> std::optional<Saved> {
        const QString aside = file.fileName() + u".corrupt-"_s
            + QDateTime::currentDateTimeUtc().toString(u"yyyyMMddTHHmmss"_s);
        file.close();
        QFile::rename(file.fileName(), aside);
        if (problem)
            *problem
                = tr("The saved draft could not be read (%1). It was kept as %2.").arg(why, aside);
        return std::nullopt;
    };
    if (!file.open(QIODevice::ReadOnly))
        return setAside(file.errorString());
    Result<DraftFile> saved = DraftFile::fromJson(file.readAll());
    if (!saved)
        return setAside(saved.error().describe());
    return std::move(saved).value();
}

void DraftStore::discard()
{
    m_timer.stop();
    if (isLocked())
        QFile::remove(filePath());
}

QString DraftStore::setAside(const QString &why)
{
    m_timer.stop();
    if (!isLocked() || !QFile::exists(filePath()))
        return QString();
    const QString aside = filePath() + u'.' + why + u'-'
        + QDateTime::currentDateTimeUtc().toString(u"yyyyMMddTHHmmsszzz"_s);
    return QFile::rename(filePath(), aside) ? aside : QString();
}
