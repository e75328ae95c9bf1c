#include "cli/reviewcommand.h"

#include "review/schedulereview.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

int ReviewCommand::run(const QString &path, CliOutput io) const
{
    QString reviewPath = path;
    if (!reviewPath.endsWith(u".review.json")) {
        QString base = path;
        if (base.endsWith(u".json"))
            base.chop(5);
        reviewPath = base + u".review.json"_s;
    }
    QFile file(reviewPath);
    if (!file.open(QIODevice::ReadOnly)) {
        io.err << "slipwayctl: cannot read " << reviewPath << ": " << file.errorString() << '\n';
        return ExitUsage;
    }
    const Result<ScheduleReview> review = ScheduleReview::fromJson(file.readAll());
    if (!review) {
        io.err << "slipwayctl: " << reviewPath
               << " is not a review file: " << review.error().describe() << '\n';
        return ExitUsage;
    }
    if (!ScheduleReview::isPlainFileName(review->scheduleFile)) {
        io.err << "slipwayctl: " << reviewPath
               << ": schedule_file must be a file name beside the review, not \""
               << review->scheduleFile << "\"\n";
        return ExitUsage;
    }
    io.out << review->render();
    const QString schedulePath = QFileInfo(reviewPath).dir().filePath(review->scheduleFile);
    QFile schedule(schedulePath);
    if (!schedule.open(QIODevice::ReadOnly)) {
        io.out << "\nschedule file: cannot read " << schedulePath << ": " << schedule.errorString()
               << '\n';
        return ExitRefused;
    }
    const QByteArray bytes = schedule.readAll();
    const QString actual = ScheduleReview::sha256Of(bytes);
    if (actual != review->sha256) {
        io.out << "\nschedule file: CHANGED since the review (sha256 " << actual << ")\n";
        return ExitRefused;
    }
    io.out << "\nschedule file: unchanged since the review (sha256 matches)\n";
    // The hash is the file's own claim; the summary and verdict are recomputed from the bytes.
    const QStringList differences = review->mismatches(bytes);
    if (!differences.isEmpty()) {
        io.out << "review: does not match the schedule:\n";
        for (const QString &d : differences)
            io.out << "  - " << d << '\n';
        return ExitRefused;
    }
    io.out << "review: what it says matches the schedule (summary and verdict recomputed)\n";
    return review->valid ? ExitOk : ExitRefused;
}
