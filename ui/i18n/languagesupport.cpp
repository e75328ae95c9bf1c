#include "languagesupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

QString LanguageSupport::settingsKey()
{
    return u"ui/language"_s;
}

QString LanguageSupport::chosenLanguage()
{
    return QSettings().value(settingsKey()).toString();
}

QString LanguageSupport::systemLanguageName(const QLocale &system)
{
    if (system.language() == QLocale::C)
        return u"English"_s;
    const QString native = system.nativeLanguageName();
    return native.isEmpty() ? QLocale::languageToString(system.language()) : native;
}

QStringList LanguageSupport::availableLanguages()
{
    QStringList languages {u"en"_s};
    const QStringList files = QDir(u":/i18n"_s).entryList({u"slipway_*.qm"_s}, QDir::Files);
    for (const QString &file : files) {
        const QString language = file.mid(8, file.size() - 8 - 3);
        if (!languages.contains(language))
            languages.append(language);
    }
    return languages;
}

bool LanguageSupport::install(QCoreApplication *app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(app);
    if (own->load(locale, u"slipway"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    // No translation for this locale: the texts stay English, with English plural forms.
    if (own->load(u"slipway_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    return false;
}
