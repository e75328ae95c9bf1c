// libFuzzer target: reading a saved draft (DraftStore::load). Any bytes in the draft file must
// either load or be kept aside with a message, never be dropped without a word. A draft that loads
// must load the same after being saved again.

#include "draft/draftstore.h"
#include "fuzzapp.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir(scratchTemplate());
    static DraftStore store(dir.path());
    store.setMaster(u"m1.example:5050"_s);
    {
        QFile file(store.filePath());
        check(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        check(file.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size));
    }
    QString problem;
    const std::optional<DraftStore::Saved> saved = store.load(&problem);
    QDir files(dir.path(), QString(), QDir::Name, QDir::Files | QDir::Hidden);
    check(saved.has_value() != !problem.isEmpty());
    check(!files.entryList().isEmpty()); // kept, or kept aside
    if (saved) {
        check(store.saveNow(saved->base, saved->draft).isEmpty());
        const std::optional<DraftStore::Saved> again = store.load(&problem);
        check(again && again->base == saved->base && again->draft == saved->draft);
    }
    for (const QString &name : files.entryList())
        files.remove(name);
    return 0;
}
