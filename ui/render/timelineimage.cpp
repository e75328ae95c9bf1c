#include "render/timelineimage.h"

#include "render/timelineimage_p.h"
#include "saturating.h"
#include "theme/timelinetheme.h"
#include "timeline/rulerpainter.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelinerowbackground.h"

#include <QDateTime>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSet>
#include <QSvgGenerator>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// Light and fixed: a picture in a ticket should not depend on the desktop it was made on.
QPalette picturePalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf5, 0xf5));
    p.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Mid, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    return p;
}

// The time the picture covers: every window of the schedule and of its base, an open-ended one
// counted as six hours (its bar fades out past that).
std::pair<qint64, qint64> extentOf(const Schedule &schedule, const std::optional<Schedule> &base,
                                   qint64 nowNs)
{
    qint64 from = std::numeric_limits<qint64>::max();
    qint64 to = std::numeric_limits<qint64>::min();
    auto extend = [&](const Schedule &s) {
        for (const MaintenanceWindow &w : s.windows) {
            const Unavailability &u = w.unavailability;
            from = std::min(from, u.startNs);
            to = std::max(to, u.endNs().value_or(Saturating::add(u.startNs, 6 * TimeScale::Hour)));
        }
    };
    extend(schedule);
    if (base)
        extend(*base);
    if (from > to)
        return {nowNs, nowNs + TimeScale::Day};
    return {from, to};
}

} // namespace

TimelineImage::TimelineImage(const Input &input)
    : m_input(input)
    , m_models(std::make_unique<Models>())
{
    Models &m = *m_models;
    m.palette = picturePalette();
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        m_error = tr("Drawing a picture needs a QGuiApplication.");
        return;
    }
    m.font = QGuiApplication::font();
    m.font.setPixelSize(13);
    m.draft.setLiveSchedule(input.base.value_or(input.schedule));
    m.draft.setDownMachines(input.status.down);
    if (const DraftSchedule::Refusal refusal = m.draft.replaceSchedule(input.schedule)) {
        m_error = *refusal;
        return;
    }
    // Rows for the machines of the schedule and its base only, not for the whole cluster.
    const QList<MachineId> scheduled = m.draft.scheduledMachines();
    const QSet<MachineId> wanted(scheduled.cbegin(), scheduled.cend());
    QList<Agent> agents;
    for (const Agent &a : input.agents) {
        if (wanted.contains(a.machineId()))
            agents.append(a);
    }
    MaintenanceStatus status;
    for (const DrainingMachine &d : input.status.draining) {
        if (wanted.contains(d.id))
            status.draining.append(d);
    }
    for (const MachineId &id : input.status.down) {
        if (wanted.contains(id))
            status.down.append(id);
    }
    m.table.setAgents(agents);
    m.table.setStatus(status);
    m.table.setDisplayUtc(input.timeZone == QTimeZone::utc());
    m.filter.setSourceModel(&m.table);
    m.filter.sort(MachineTableModel::HostnameColumn);
    m.groups.setSourceModel(&m.filter);

    const auto [from, to] = extentOf(input.schedule, input.base, input.nowNs);
    m.scale = TimeScale::fitting(from, to, input.timelineWidth);
    const QFontMetrics metrics(m.font);
    m_layout.rowHeight = std::max(22, metrics.height() + 8);
    m_layout.rulerHeight = RulerPainter::heightFor(m.font);
    m_layout.headerHeight = 3 * (metrics.height() + 8) + 8;
    int widest = 0;
    for (int row = 0; row < m.groups.rowCount(); ++row) {
        if (!m.groups.isHeader(row))
            widest = std::max(widest,
                              metrics.horizontalAdvance(m.groups.index(row, 0)
                                                            .data(MachineTableModel::MachineIdRole)
                                                            .value<MachineId>()
                                                            .displayName())
                                  + metrics.horizontalAdvance(u"DRAINING"_s) + 40);
    }
    m_layout.labelWidth = std::clamp(widest, 200, 420);
}

TimelineImage::~TimelineImage() = default;

int TimelineImage::rowCount() const
{
    return m_models->groups.rowCount();
}

QSize TimelineImage::size() const
{
    const int rows = std::max(1, rowCount()) * m_layout.rowHeight;
    return QSize(m_layout.labelWidth + m_input.timelineWidth,
                 m_layout.headerHeight + m_layout.rulerHeight + rows);
}

std::optional<QPointF> TimelineImage::pointOf(const MachineId &machine, qint64 ns) const
{
    const Models &m = *m_models;
    const int source = m.table.rowOf(machine);
    if (source < 0)
        return std::nullopt;
    const QModelIndex row
        = m.groups.mapFromSource(m.filter.mapFromSource(m.table.index(source, 0)));
    if (!row.isValid())
        return std::nullopt;
    return QPointF(m_layout.labelWidth + m.scale.xForTime(ns),
                   m_layout.headerHeight + m_layout.rulerHeight + row.row() * m_layout.rowHeight
                       + m_layout.rowHeight / 2.0);
}

WindowId TimelineImage::windowIdOf(const MachineId &machine) const
{
    return m_models->draft.windowIdOf(machine);
}

void TimelineImage::paint(QPainter *p) const
{
    const Models &m = *m_models;
    const int timelineWidth = m_input.timelineWidth;
    const int rowsTop = m_layout.headerHeight + m_layout.rulerHeight;
    const int rowsHeight = size().height() - rowsTop;
    p->save();
    p->setFont(m.font);
    p->fillRect(QRect(QPoint(0, 0), size()), m.palette.window());
    paintHeader(p);

    p->save();
    p->translate(m_layout.labelWidth, m_layout.headerHeight);
    const QString zoneName = m_input.timeZone == QTimeZone::utc()
        ? u"UTC"_s
        : QString::fromUtf8(m_input.timeZone.id());
    const RulerPaintContext ruler {m.scale,
                                   m_input.timeZone,
                                   zoneName,
                                   m_input.nowNs,
                                   QSize(timelineWidth, m_layout.rulerHeight),
                                   m.palette,
                                   m.font};
    RulerPainter(ruler).paint(p);
    p->restore();
    p->setPen(m.palette.color(QPalette::WindowText));
    p->drawText(QRect(8, m_layout.headerHeight, m_layout.labelWidth - 16, m_layout.rulerHeight),
                Qt::AlignBottom | Qt::AlignLeft, tr("Machine"));

    p->save();
    p->translate(m_layout.labelWidth, rowsTop);
    p->setClipRect(QRect(0, 0, timelineWidth, rowsHeight));
    TimelinePaintContext ctx;
    ctx.model = &m.groups;
    ctx.rows = RowLayout(m_layout.rowHeight, rowCount(), 0);
    ctx.scale = m.scale;
    ctx.timeZone = m_input.timeZone;
    ctx.viewport = QRect(0, 0, timelineWidth, rowsHeight);
    ctx.exposed = ctx.viewport;
    ctx.nowNs = m_input.nowNs;
    ctx.palette = m.palette;
    TimelinePainter(ctx).paint(p);
    p->restore();

    paintLabels(p);
    p->setPen(m.palette.color(QPalette::Mid));
    p->drawLine(QPointF(m_layout.labelWidth - 0.5, m_layout.headerHeight),
                QPointF(m_layout.labelWidth - 0.5, size().height()));
    p->restore();
}

void TimelineImage::paintLabels(QPainter *p) const
{
    const Models &m = *m_models;
    const int top = m_layout.headerHeight + m_layout.rulerHeight;
    const int h = m_layout.rowHeight;
    const int width = m_layout.labelWidth;
    QFont bold = m.font;
    bold.setBold(true);
    for (int row = 0; row < rowCount(); ++row) {
        const QRect rect(0, top + row * h, width, h);
        const QModelIndex index = m.groups.index(row, 0);
        if (m.groups.isHeader(row)) {
            p->fillRect(rect,
                        TimelineRowBackground::rowColor(TimelineRowBackground::Header, m.palette));
            p->setFont(bold);
            p->setPen(m.palette.color(QPalette::Text));
            p->drawText(rect.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft,
                        index.data(Qt::DisplayRole).toString());
            p->setFont(m.font);
            continue;
        }
        p->fillRect(rect,
                    TimelineRowBackground::rowColor(row % 2 ? TimelineRowBackground::Alternate
                                                            : TimelineRowBackground::Base,
                                                    m.palette));
        const auto mode = MachineMode(index.data(MachineTableModel::ModeRole).toInt());
        const QString name
            = index.data(MachineTableModel::MachineIdRole).value<MachineId>().displayName();
        const int modeWidth = mode == MachineMode::Up
            ? 0
            : p->fontMetrics().horizontalAdvance(machineModeName(mode)) + 8;
        p->setPen(m.palette.color(QPalette::Text));
        p->drawText(rect.adjusted(16, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft,
                    p->fontMetrics().elidedText(name, Qt::ElideMiddle, width - 22 - modeWidth));
        if (mode != MachineMode::Up) {
            p->setPen(TimelineTheme::modeColor(mode));
            p->drawText(rect.adjusted(0, 0, -6, 0), Qt::AlignVCenter | Qt::AlignRight,
                        machineModeName(mode));
        }
    }
}

bool TimelineImage::isSupportedPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"png" || suffix == u"svg";
}

QString TimelineImage::write(const QString &path) const
{
    if (!m_error.isEmpty())
        return m_error;
    if (!isSupportedPath(path))
        return tr("%1: the picture is written as PNG or SVG (.png or .svg)").arg(path);
    const bool svg = QFileInfo(path).suffix().toLower() == u"svg";
    if (!svg && rowCount() > MaxPngRows)
        return tr("%1 rows are more than a PNG picture holds (%2): write an SVG picture instead.")
            .arg(rowCount())
            .arg(MaxPngRows);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    if (svg) {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size());
        generator.setViewBox(QRect(QPoint(0, 0), size()));
        generator.setResolution(96); // one picture pixel is one CSS pixel
        generator.setTitle(m_input.title);
        generator.setDescription(summary());
        QPainter p(&generator);
        paint(&p);
    } else {
        QImage image(size(), QImage::Format_RGB32);
        image.fill(m_models->palette.color(QPalette::Window));
        {
            QPainter p(&image);
            p.setRenderHint(QPainter::TextAntialiasing);
            paint(&p);
        }
        if (!image.save(&file, "PNG"))
            return tr("Cannot write %1: %2").arg(path, file.errorString());
    }
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}
