#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

/// Slipway's translations, embedded as resources under :/i18n. The application follows the
/// system locale unless the user picked a language in the settings (key settingsKey()).
class LanguageSupport
{
public:
    /// The settings key that holds the chosen language ("zh_CN", …); empty means the system's.
    static QString settingsKey();
    /// The languages Slipway has translations for, as locale names; English is built in.
    static QStringList availableLanguages();
    /// Installs Slipway's and Qt's translators for @p language (a locale name), or for the
    /// system locale when it is empty. Returns false when Slipway has no translation for it.
    static bool install(QCoreApplication *app, const QString &language = {});
};
