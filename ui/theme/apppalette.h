#pragma once

#include <QCoreApplication>
#include <QPalette>
#include <QString>

/// The application's colours (View → Colours): the system's, a dark palette, or a high-contrast
/// one (white on black, yellow selection). Custom-painted views take their neutral colours from
/// the palette and their meaningful ones from TimelineTheme, which are chosen to read on both.
/// The choice is remembered.
class AppPalette
{
    Q_DECLARE_TR_FUNCTIONS(AppPalette)

public:
    enum class Scheme { System, Dark, HighContrast };

    static QPalette palette(Scheme scheme);
    static QString name(Scheme scheme);
    /// Sets the application's palette (back to the desktop's for System).
    static void apply(Scheme scheme);
    static Scheme saved();
    static void save(Scheme scheme);
};
