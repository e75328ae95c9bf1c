#pragma once

#include <QByteArray>
#include <QString>

/// Writing a whole file so that it is either all there or not changed at all: through QSaveFile,
/// with every write and the flush checked. QSaveFile alone commits a short write (a full disk, a
/// size limit) as if it had succeeded, replacing the last good file with a truncated one.
namespace AtomicFile {

/// Writes @p bytes to @p path. Returns an error text for people, empty on success; on failure the
/// file at @p path is unchanged.
QString write(const QString &path, const QByteArray &bytes);

} // namespace AtomicFile
