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
    io.out << review->render();
    const QString schedulePath = QFileInfo(reviewPath).dir().filePath(review->scheduleFile);
    QFile schedule(schedulePath);
    if (!schedule.open(QIODevice::ReadOnly)) {
        io.out << "\nschedule file: cannot read " << schedulePath << ": " << schedule.errorString()
               << '\n';
        return ExitRefused;
    }
    const QString actual = ScheduleReview::sha256Of(schedule.readAll());
    if (actual != review->sha256) {
        io.out << "\nschedule file: CHANGED since the review (sha256 " << actual << ")\n";
        return ExitRefused;
    }
    io.out << "\nschedule file: unchanged since the review (sha256 matches)\n";
    return review->valid ? ExitOk : ExitRefused;
}
