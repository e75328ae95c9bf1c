#include "theme/apppalette.h"
#include "theme/timelinetheme.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// WCAG 2 contrast ratio of two colours (1 to 21).
double luminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class tst_AppPalette : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void textIsLegible_data()
    {
        QTest::addColumn<int>("scheme");
        QTest::addColumn<double>("minimum");
        QTest::newRow("dark") << int(AppPalette::Scheme::Dark) << 7.0;
        QTest::newRow("high contrast") << int(AppPalette::Scheme::HighContrast) << 15.0;
    }
    void textIsLegible()
    {
        QFETCH(int, scheme);
        QFETCH(double, minimum);
        const QPalette p = AppPalette::palette(AppPalette::Scheme(scheme));
        QVERIFY(contrast(p.color(QPalette::Text), p.color(QPalette::Base)) >= minimum);
        QVERIFY(contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= minimum);
        QVERIFY(contrast(p.color(QPalette::ButtonText), p.color(QPalette::Button)) >= minimum);
        QVERIFY(contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)) >= 3.0);
        // Disabled text is dimmer, yet readable.
        const QColor off = p.color(QPalette::Disabled, QPalette::Text);
        QVERIFY(contrast(off, p.color(QPalette::Base)) >= 3.0);
        QVERIFY(contrast(off, p.color(QPalette::Base))
                < contrast(p.color(QPalette::Text), p.color(QPalette::Base)));
        // The timeline's marks stand out from the rows they are drawn on.
        for (auto role : {TimelineTheme::NowLine, TimelineTheme::LimitViolation,
                          TimelineTheme::ModeDraining, TimelineTheme::ModeUp})
            QVERIFY2(contrast(TimelineTheme::color(role), p.color(QPalette::Base)) >= 2.5,
                     qPrintable(QString::number(int(role))));
    }

    void applyAndRemember()
    {
        QSettings().remove(u"view/palette"_s);
        QCOMPARE(AppPalette::saved(), AppPalette::Scheme::System);
        AppPalette::apply(AppPalette::Scheme::Dark);
        QCOMPARE(QApplication::palette().color(QPalette::Base),
                 AppPalette::palette(AppPalette::Scheme::Dark).color(QPalette::Base));
        AppPalette::save(AppPalette::Scheme::HighContrast);
        QCOMPARE(AppPalette::saved(), AppPalette::Scheme::HighContrast);
        AppPalette::save(AppPalette::Scheme::System);
        QCOMPARE(AppPalette::saved(), AppPalette::Scheme::System);
        AppPalette::apply(AppPalette::Scheme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Base),
                 QApplication::style()->standardPalette().color(QPalette::Base));
        QSettings().remove(u"view/palette"_s);
    }
};

QTEST_MAIN(tst_AppPalette)
#include "tst_apppalette.moc"
