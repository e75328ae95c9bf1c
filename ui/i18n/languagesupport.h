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
    /// The language chosen in the settings; empty: the system's.
    static QString chosenLanguage();
    /// The system language as people read it: its own name ("Deutsch"), else its English name;
    /// "English" for the C/POSIX locale, which has no name of its own.
    static QString systemLanguageName(const QLocale &system = QLocale::system());
    /// The languages Slipway has translations for, as locale names; English is built in.
    static QStringList availableLanguages();
    /// Installs Slipway's and Qt's translators for @p language (a locale name), or for the
    /// system locale when it is empty. Returns false when Slipway has no translation for it.
    static bool install(QCoreApplication *app, const QString &language = {});
};
