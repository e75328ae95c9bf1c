// TimelineImage's title, summary and legend above the ruler.
#include "render/timelineimage.h"

#include "render/timelineimage_p.h"
#include "theme/timelinetheme.h"

#include <QDateTime>
#include <QFontMetrics>
#include <QPainter>

using namespace Qt::StringLiterals;

QString TimelineImage::summary() const
{
    int added = 0;
    int moved = 0;
    int removed = 0;
    const MachineTableModel &table = m_models->table;
    for (int row = 0; row < table.rowCount(); ++row) {
        switch (table.index(row, 0).data(MachineTableModel::PlanRole).value<MachinePlan>().change) {
        case DraftSchedule::Change::Added:
            ++added;
            break;
        case DraftSchedule::Change::Moved:
            ++moved;
            break;
        case DraftSchedule::Change::Removed:
            ++removed;
            break;
        case DraftSchedule::Change::Unchanged:
            break;
        }
    }
    QString text = tr("Windows: %1 · machines: %2")
                       .arg(m_input.schedule.windows.size())
                       .arg(m_input.schedule.machineCount());
    if (m_input.base)
        text += u" · "_s
            + tr("against %1: new %2 · moved %3 · removed %4 (machines)")
                  .arg(m_input.baseName)
                  .arg(added)
                  .arg(moved)
                  .arg(removed);
    return text;
}

void TimelineImage::paintHeader(QPainter *p) const
{
    const Models &m = *m_models;
    const int line = QFontMetrics(m.font).height() + 8;
    const int width = size().width();
    QFont title = m.font;
    title.setBold(true);
    title.setPixelSize(m.font.pixelSize() + 2);
    p->setFont(title);
    p->setPen(m.palette.color(QPalette::WindowText));
    p->drawText(QRect(8, 4, width - 16, line), Qt::AlignVCenter | Qt::AlignLeft, m_input.title);
    p->setFont(m.font);
    const QString drawn
        = tr("drawn %1 by Slipway %2")
              .arg(QDateTime::fromMSecsSinceEpoch(m_input.nowNs / 1'000'000, m_input.timeZone)
                       .toString(u"yyyy-MM-dd HH:mm t"_s),
                   QStringLiteral(SLIPWAY_VERSION));
    p->drawText(QRect(8, 4, width - 16, line), Qt::AlignVCenter | Qt::AlignRight, drawn);
    p->drawText(QRect(8, 4 + line, width - 16, line), Qt::AlignVCenter | Qt::AlignLeft, summary());
    paintLegend(p, 4 + 2 * line);
}

void TimelineImage::paintLegend(QPainter *p, int top) const
{
    // Samples drawn the way TimelinePainter marks bars, each followed by what it means.
    const Models &m = *m_models;
    const QFontMetrics metrics(m.font);
    const int line = metrics.height() + 8;
    const QColor text = m.palette.color(QPalette::Text);
    const QColor fill = TimelineTheme::windowColor(1);
    const QRectF sample(0, top + (line - 14) / 2.0, 30, 14);
    double x = 8;
    auto label = [&](const QString &what) {
        p->setPen(m.palette.color(QPalette::WindowText));
        p->drawText(QRectF(x + 36, top, 400, line), Qt::AlignVCenter | Qt::AlignLeft, what);
        x += 36 + metrics.horizontalAdvance(what) + 22;
    };
    p->fillRect(sample.translated(x, 0), fill);
    p->setPen(QPen(text, 1, Qt::DashLine));
    p->drawRect(sample.translated(x, 0).adjusted(0.5, 0.5, -0.5, -0.5));
    label(tr("new"));
    QColor ghost = text;
    ghost.setAlpha(110);
    p->setPen(QPen(ghost, 1.2, Qt::DashLine));
    p->drawRect(sample.translated(x, 0).adjusted(0.5, 0.5, -0.5, -0.5));
    label(tr("moved: where it was"));
    p->setPen(QPen(TimelineTheme::color(TimelineTheme::RemovedFromDraft), 1.2, Qt::DashLine));
    p->drawRect(sample.translated(x, 0).adjusted(0.5, 0.5, -0.5, -0.5));
    label(tr("removed: where it was"));
    p->fillRect(sample.translated(x, 0), fill);
    p->fillRect(sample.translated(x, 0),
                QBrush(TimelineTheme::drainingHatch(fill), Qt::BDiagPattern));
    label(tr("DRAINING"));
    p->fillRect(sample.translated(x, 0), TimelineTheme::barFill(1, MachineMode::Down));
    label(tr("DOWN"));
    p->fillRect(QRectF(x, sample.bottom() - 2, 30, 3),
                TimelineTheme::color(TimelineTheme::Overdue));
    label(tr("started, not DOWN yet"));
    // The readiness dots of DRAINING machines, as on their bars.
    p->setPen(Qt::NoPen);
    const double d = sample.height() - 4;
    int dot = 0;
    for (const auto readiness : {MachinePlan::Readiness::Ready, MachinePlan::Readiness::Waiting,
                                 MachinePlan::Readiness::Blocked}) {
        p->setBrush(TimelineTheme::readinessColor(readiness));
        p->drawEllipse(QRectF(x + 1 + dot++ * (d + 1), sample.top() + 2, d, d));
    }
    p->setBrush(Qt::NoBrush);
    label(tr("ready · waiting · declined"));
    p->fillRect(QRectF(x + 14, top + 2, 2, line - 4), TimelineTheme::color(TimelineTheme::NowLine));
    label(tr("now"));
}
