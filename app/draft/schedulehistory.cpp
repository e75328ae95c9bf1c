#include "draft/schedulehistory.h"

#include "draft/atomicfile.h"
#include "draft/masterkey.h"
#include "review/schedulereview.h"
#include "json/schedulecodec.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

ScheduleHistory::ScheduleHistory(const QString &directory)
    : m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                          + u"/history"_s
                      : directory)
{ }

QString ScheduleHistory::directoryFor(const QString &master) const
{
    return m_directory + u'/'
        + QString::fromLatin1(
               QCryptographicHash::hash(MasterKey::of(master).toUtf8(), QCryptographicHash::Sha256)
                   .toHex()
                   .left(16));
}

QString ScheduleHistory::keep(const QString &master, const Schedule &schedule) const
{
    const QString dir = directoryFor(master);
    if (!QDir().mkpath(dir))
        return QString();
    const QString path = dir + u"/replaced-"_s
        + QDateTime::currentDateTimeUtc().toString(u"yyyyMMddTHHmmsszzz"_s) + u".json"_s;
    return AtomicFile::write(path, ScheduleCodec::encodeScheduleIndented(schedule)).isEmpty()
        ? path
        : QString();
}

QString ScheduleHistory::keepOverride(const QString &master, const QByteArray &scheduleBytes,
                                      ScheduleReview review) const
{
    const QString dir = directoryFor(master);
    if (!QDir().mkpath(dir))
        return QString();
    const QString stem = dir + u"/submitted-"_s
        + QDateTime::currentDateTimeUtc().toString(u"yyyyMMddTHHmmsszzz"_s);
    review.scheduleFile = QFileInfo(stem + u".json"_s).fileName();
    if (!AtomicFile::write(stem + u".json"_s, scheduleBytes).isEmpty())
        return QString();
    return AtomicFile::write(stem + u".review.json"_s, review.toJson()).isEmpty()
        ? stem + u".review.json"_s
        : QString();
}

QList<ScheduleHistory::Entry> ScheduleHistory::entries(const QString &master) const
{
    QList<Entry> out;
    const QDir dir(directoryFor(master));
    for (const QFileInfo &info :
         dir.entryInfoList({u"replaced-*.json"_s}, QDir::Files, QDir::Name | QDir::Reversed))
        out.append({info.absoluteFilePath(), info.lastModified()});
    return out;
}
