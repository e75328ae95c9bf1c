// libFuzzer target: review files, as `slipwayctl review` reads them (ScheduleReview::fromJson,
// render, and the check of the schedule file beside it).

#include "cli/reviewcommand.h"
#include "fuzzapp.h"
#include "review/schedulereview.h"

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

QString writeFiles(const QTemporaryDir &dir, const QByteArray &review)
{
    QFile schedule(dir.filePath(u"plan.json"_s));
    check(schedule.open(QIODevice::WriteOnly | QIODevice::Truncate));
    schedule.write(R"({"windows":[{"machine_ids":[{"hostname":"m1.example"}],)"
                   R"("unavailability":{"start":{"nanoseconds":1}}}]})");
    QFile file(dir.filePath(u"plan.review.json"_s));
    check(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    check(file.write(review) == review.size());
    return file.fileName();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir(scratchTemplate());
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const Result<ScheduleReview> review = ScheduleReview::fromJson(bytes)) {
        (void)review->render();
        // What we write, we read back to the same bytes.
        const Result<ScheduleReview> again = ScheduleReview::fromJson(review->toJson());
        check(again.ok() && again->toJson() == review->toJson());
    }
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int exit = ReviewCommand().run(writeFiles(dir, bytes), CliOutput {outStream, errStream});
    check(exit == ExitOk || exit == ExitRefused || exit == ExitUsage);
    return 0;
}
