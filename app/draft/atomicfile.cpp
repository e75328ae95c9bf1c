#include "draft/atomicfile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace AtomicFile {

QString write(const QString &path, const QByteArray &bytes)
{
    const auto fail = [&](QSaveFile &file, const QString &why) {
        file.cancelWriting();
        return QCoreApplication::translate("AtomicFile", "Cannot write %1: %2").arg(path, why);
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file, file.errorString());
    const qint64 written = file.write(bytes);
    if (written != bytes.size()) {
        return fail(file,
                    QCoreApplication::translate(
                        "AtomicFile", "only %1 of %2 bytes could be written (is the disk full?)")
                        .arg(qMax<qint64>(0, written))
                        .arg(bytes.size()));
    }
    if (!file.flush())
        return fail(file, file.errorString());
    if (!file.commit())
        return QCoreApplication::translate("AtomicFile", "Cannot write %1: %2")
            .arg(path, file.errorString());
    return QString();
}

} // namespace AtomicFile
