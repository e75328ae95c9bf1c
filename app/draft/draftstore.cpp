#include "draft/draftstore.h"

#include "draft/atomicfile.h"
#include "json/schedulecodec.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

QString fileNameFor(const QString &master)
{
    // Readable and unique: the address with unsafe characters replaced, plus a short hash.
    QString readable = master;
    readable.replace(QRegularExpression(u"[^A-Za-z0-9._-]+"_s), u"_"_s);
    const QByteArray hash
        = QCryptographicHash::hash(master.toUtf8(), QCryptographicHash::Sha256).toHex().left(10);
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

void DraftStore::setMaster(const QString &master)
{
    if (m_timer.isActive()) { // the previous master's pending save goes to its own file
        m_timer.stop();
        if (const QString error = saveNow(m_pendingBase, m_pendingDraft); !error.isEmpty())
            Q_EMIT saveFailed(error);
    }
    m_master = master;
}

QString DraftStore::filePath() const
{
    return m_directory + u'/' + fileNameFor(m_master);
}

void DraftStore::scheduleSave(const Schedule &base, const Schedule &draft)
{
    m_pendingBase = base;
    m_pendingDraft = draft;
    m_timer.start();
}

QString DraftStore::saveNow(const Schedule &base, const Schedule &draft)
{
    m_timer.stop();
    if (m_master.isEmpty())
        return QString();
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
    QFile file(filePath());
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
    QFile::remove(filePath());
}
