#include "timelinelegend.h"

#include "timelinedelegate.h"

#include "theme/timelinetheme.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>

namespace {

// The window colour of the samples: any window id gives a colour the timeline uses.
constexpr WindowId kSampleWindow = 3;

void drawBarFill(QPainter &p, const QRectF &bar, MachineMode mode)
{
    const QColor fill = TimelineTheme::barFill(kSampleWindow, mode);
    p.fillRect(bar, fill);
    if (mode == MachineMode::Draining)
        p.fillRect(bar, QBrush(TimelineTheme::drainingHatch(fill), Qt::BDiagPattern));
}

void drawBorder(QPainter &p, const QRectF &bar, const QPen &pen)
{
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawRect(bar.adjusted(0.5, 0.5, -0.5, -0.5));
}

QPen plainBorder(MachineMode mode)
{
    return QPen(TimelineTheme::barBorder(TimelineTheme::barFill(kSampleWindow, mode)), 1);
}

void drawDot(QPainter &p, const QRectF &bar, MachinePlan::Readiness readiness)
{
    drawBarFill(p, bar, MachineMode::Draining);
    drawBorder(p, bar, plainBorder(MachineMode::Draining));
    p.setPen(Qt::NoPen);
    p.setBrush(TimelineTheme::readinessColor(readiness));
    const double d = bar.height() - 6;
    p.drawEllipse(QRectF(bar.left() + 3, bar.top() + 3, d, d));
}

void drawLock(QPainter &p, const QRectF &bar)
{
    const double h = bar.height() - 4;
    const QRectF body(bar.right() - h - 3, bar.top() + 2 + h * 0.45, h * 0.8, h * 0.55);
    const QColor mark = TimelineTheme::color(TimelineTheme::LockMark);
    p.setPen(QPen(mark, 1.4));
    p.setBrush(Qt::NoBrush);
    p.drawArc(QRectF(body.left() + h * 0.15, bar.top() + 2, h * 0.5, h * 0.7), 0, 180 * 16);
    p.setPen(Qt::NoPen);
    p.setBrush(mark);
    p.drawRect(body);
}

} // namespace

TimelineLegend::TimelineLegend(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("timelineLegend"));
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(12);
    rebuild();
}

QString TimelineLegend::describe(Sample sample)
{
    switch (sample) {
    case Sample::Window:
        return tr("A maintenance window; all bars of one window have the same colour.");
    case Sample::Draining:
        return tr("Hatched: the machine is DRAINING (its frameworks are asked to move off).");
    case Sample::Down:
        return tr("Darker, with a padlock: the machine is DOWN; the master keeps it in the "
                  "schedule until it is brought up.");
    case Sample::AddedInDraft:
        return tr("Dashed border: new in the draft, not submitted yet.");
    case Sample::MovedInDraft:
        return tr("Dashed outline: where the live schedule has the window the draft moved.");
    case Sample::RemovedFromDraft:
        return tr("Red dashed outline: the draft takes the machine out of the live schedule.");
    case Sample::OpenEnded:
        return tr("Fading out: an open-ended window (no end time).");
    case Sample::Ready:
        return tr("Green dot: draining and ready to go down (no tasks left, or all accepted).");
    case Sample::Waiting:
        return tr("Amber dot: draining; a framework with tasks there has not answered yet.");
    case Sample::Blocked:
        return tr("Red dot: draining, blocked (a framework declined).");
    case Sample::Overdue:
        return tr("Amber line under the bar: the window has started but the machine is not "
                  "DOWN yet.");
    case Sample::Overrun:
        return tr("Dotted red band after the bar: the window has ended but the machine is "
                  "still DOWN.");
    case Sample::LimitViolation:
        return tr("Red frame: the window breaks a planning limit.");
    case Sample::Current:
        return tr("Highlighted border: the current window, or the one under the pointer.");
    case Sample::NowLine:
        return tr("Red vertical line: now.");
    }
    return {};
}

QPixmap TimelineLegend::drawSample(Sample sample, QSize size, const QPalette &palette,
                                   qreal devicePixelRatio)
{
    QPixmap pixmap(size * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(palette.color(QPalette::Base));
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const double inset = TimelineDelegate::BarInset;
    const QRectF bar(6, inset, size.width() - 12, size.height() - 2 * inset);
    switch (sample) {
    case Sample::Window:
        drawBarFill(p, bar, MachineMode::Up);
        drawBorder(p, bar, plainBorder(MachineMode::Up));
        break;
    case Sample::Draining:
        drawBarFill(p, bar, MachineMode::Draining);
        drawBorder(p, bar, plainBorder(MachineMode::Draining));
        break;
    case Sample::Down:
        drawBarFill(p, bar, MachineMode::Down);
        drawBorder(p, bar, plainBorder(MachineMode::Down));
        drawLock(p, bar);
        break;
    case Sample::AddedInDraft:
        drawBarFill(p, bar, MachineMode::Up);
        drawBorder(p, bar, QPen(palette.color(QPalette::Text), 1, Qt::DashLine));
        break;
    case Sample::MovedInDraft: {
        QColor ghost = palette.color(QPalette::Text);
        ghost.setAlpha(110);
        const QRectF left = bar.adjusted(0, 0, -bar.width() / 2, 0);
        drawBorder(p, left, QPen(ghost, 1.2, Qt::DashLine));
        const QRectF right = left.translated(bar.width() / 2, 0);
        drawBarFill(p, right, MachineMode::Up);
        drawBorder(p, right, plainBorder(MachineMode::Up));
        break;
    }
    case Sample::RemovedFromDraft:
        drawBorder(p, bar,
                   QPen(TimelineTheme::color(TimelineTheme::RemovedFromDraft), 1.2, Qt::DashLine));
        break;
    case Sample::OpenEnded: {
        const QColor fill = TimelineTheme::barFill(kSampleWindow, MachineMode::Up);
        QLinearGradient gradient(bar.left() + bar.width() / 3, 0, bar.right(), 0);
        gradient.setColorAt(0, fill);
        QColor clear = fill;
        clear.setAlpha(0);
        gradient.setColorAt(1, clear);
        p.fillRect(bar, gradient);
        p.setPen(plainBorder(MachineMode::Up));
        p.drawLine(bar.topLeft(), bar.bottomLeft());
        break;
    }
    case Sample::Ready:
        drawDot(p, bar, MachinePlan::Readiness::Ready);
        break;
    case Sample::Waiting:
        drawDot(p, bar, MachinePlan::Readiness::Waiting);
        break;
    case Sample::Blocked:
        drawDot(p, bar, MachinePlan::Readiness::Blocked);
        break;
    case Sample::Overdue:
        drawBarFill(p, bar, MachineMode::Draining);
        drawBorder(p, bar, plainBorder(MachineMode::Draining));
        p.fillRect(QRectF(bar.left(), bar.bottom() - 2, bar.width() * 0.6, 3),
                   TimelineTheme::color(TimelineTheme::Overdue));
        break;
    case Sample::Overrun: {
        const QRectF done = bar.adjusted(0, 0, -bar.width() / 2, 0);
        drawBarFill(p, done, MachineMode::Down);
        drawBorder(p, done, plainBorder(MachineMode::Down));
        p.fillRect(
            QRectF(done.right(), bar.top() + bar.height() / 3, bar.width() / 2, bar.height() / 3),
            QBrush(TimelineTheme::color(TimelineTheme::Overrun), Qt::Dense4Pattern));
        break;
    }
    case Sample::LimitViolation: {
        drawBarFill(p, bar, MachineMode::Up);
        const QColor red = TimelineTheme::color(TimelineTheme::LimitViolation);
        drawBorder(p, bar.adjusted(0.5, 0.5, -0.5, -0.5), QPen(red, 2));
        p.fillRect(QRectF(bar.left(), bar.bottom() - 3, bar.width(), 3), red);
        break;
    }
    case Sample::Current:
        drawBarFill(p, bar, MachineMode::Up);
        drawBorder(p, bar, QPen(palette.color(QPalette::Highlight), 2));
        break;
    case Sample::NowLine:
        p.fillRect(QRectF(size.width() / 2.0 - 1, 0, 2, size.height()),
                   TimelineTheme::color(TimelineTheme::NowLine));
        break;
    }
    return pixmap;
}

void TimelineLegend::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        rebuild();
}

void TimelineLegend::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int h = std::max(22, fontMetrics().height() + 8); // a timeline row
    const QSize size(h * 3, h);
    for (int i = 0; i < SampleCount; ++i) {
        const auto sample = Sample(i);
        auto *picture = new QLabel(this);
        picture->setPixmap(drawSample(sample, size, palette(), devicePixelRatioF()));
        picture->setFixedSize(size);
        auto *text = new QLabel(describe(sample), this);
        text->setWordWrap(true);
        picture->setAccessibleName(text->text());
        m_grid->addWidget(picture, i, 0, Qt::AlignTop);
        m_grid->addWidget(text, i, 1);
    }
}
