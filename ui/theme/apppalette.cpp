#include "theme/apppalette.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace {

void setBoth(QPalette &p, QPalette::ColorRole role, const QColor &active, const QColor &disabled)
{
    p.setColor(QPalette::Active, role, active);
    p.setColor(QPalette::Inactive, role, active);
    p.setColor(QPalette::Disabled, role, disabled);
}

QPalette dark()
{
    QPalette p;
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor off(0x80, 0x80, 0x80);
    setBoth(p, QPalette::Window, QColor(0x2d, 0x2f, 0x33), QColor(0x2d, 0x2f, 0x33));
    setBoth(p, QPalette::WindowText, text, off);
    setBoth(p, QPalette::Base, QColor(0x1f, 0x21, 0x24), QColor(0x26, 0x28, 0x2b));
    setBoth(p, QPalette::AlternateBase, QColor(0x29, 0x2b, 0x2f), QColor(0x29, 0x2b, 0x2f));
    setBoth(p, QPalette::Text, text, off);
    setBoth(p, QPalette::Button, QColor(0x3a, 0x3d, 0x42), QColor(0x33, 0x35, 0x39));
    setBoth(p, QPalette::ButtonText, text, off);
    setBoth(p, QPalette::BrightText, QColor(0xff, 0x6b, 0x6b), QColor(0xff, 0x6b, 0x6b));
    setBoth(p, QPalette::Highlight, QColor(0x2f, 0x7f, 0xd8), QColor(0x44, 0x48, 0x4e));
    setBoth(p, QPalette::HighlightedText, Qt::white, off);
    setBoth(p, QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42), QColor(0x3a, 0x3d, 0x42));
    setBoth(p, QPalette::ToolTipText, text, text);
    setBoth(p, QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3), off);
    setBoth(p, QPalette::Link, QColor(0x7c, 0xb8, 0xff), off);
    setBoth(p, QPalette::Light, QColor(0x4a, 0x4d, 0x52), QColor(0x4a, 0x4d, 0x52));
    setBoth(p, QPalette::Midlight, QColor(0x40, 0x43, 0x48), QColor(0x40, 0x43, 0x48));
    setBoth(p, QPalette::Mid, QColor(0x55, 0x58, 0x5e), QColor(0x55, 0x58, 0x5e));
    setBoth(p, QPalette::Dark, QColor(0x18, 0x19, 0x1b), QColor(0x18, 0x19, 0x1b));
    setBoth(p, QPalette::Shadow, Qt::black, Qt::black);
    return p;
}

QPalette highContrast()
{
    QPalette p;
    const QColor off(0xa0, 0xa0, 0xa0);
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
                      QPalette::ToolTipBase, QPalette::Dark, QPalette::Shadow})
        setBoth(p, role, Qt::black, Qt::black);
    for (auto role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
          QPalette::BrightText, QPalette::Light, QPalette::Midlight, QPalette::Mid})
        setBoth(p, role, Qt::white, off);
    setBoth(p, QPalette::AlternateBase, QColor(0x14, 0x14, 0x14), QColor(0x14, 0x14, 0x14));
    setBoth(p, QPalette::Highlight, QColor(0xff, 0xd4, 0x00), off);
    setBoth(p, QPalette::HighlightedText, Qt::black, Qt::black);
    setBoth(p, QPalette::PlaceholderText, QColor(0xc8, 0xc8, 0xc8), off);
    setBoth(p, QPalette::Link, QColor(0x66, 0xd9, 0xff), off);
    return p;
}

} // namespace

QPalette AppPalette::palette(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Dark:
        return dark();
    case Scheme::HighContrast:
        return highContrast();
    case Scheme::System:
        break;
    }
    return QApplication::style()->standardPalette();
}

QString AppPalette::name(Scheme scheme)
{
    switch (scheme) {
    case Scheme::System:
        return tr("&System Colours");
    case Scheme::Dark:
        return tr("&Dark");
    case Scheme::HighContrast:
        return tr("&High Contrast");
    }
    return {};
}

void AppPalette::apply(Scheme scheme)
{
    // An empty palette resolves to the desktop's own (or the style's): the system colours.
    QApplication::setPalette(scheme == Scheme::System ? QPalette() : palette(scheme));
}

AppPalette::Scheme AppPalette::saved()
{
    const QString value = QSettings().value(u"view/palette"_s).toString();
    if (value == u"dark"_s)
        return Scheme::Dark;
    if (value == u"high-contrast"_s)
        return Scheme::HighContrast;
    return Scheme::System;
}

void AppPalette::save(Scheme scheme)
{
    const QString value = scheme == Scheme::Dark ? u"dark"_s
        : scheme == Scheme::HighContrast         ? u"high-contrast"_s
                                                 : u"system"_s;
    QSettings().setValue(u"view/palette"_s, value);
}
