#include "i18n/languagesupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; ///< one, or one per plural form
    bool unfinished = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            current = Message {context, {}, {}, false};
        } else if (name == "source"_L1) {
            current.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            current.unfinished = xml.attributes().value("type"_L1) == "unfinished"_L1;
            // A plural message holds <numerusform>s; a plain one holds the text itself.
            QString text;
            while (!(xml.isEndElement() && xml.name() == "translation"_L1) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == "numerusform"_L1)
                    current.translations << xml.readElementText();
                else if (xml.isCharacters())
                    text += xml.text();
            }
            if (current.translations.isEmpty())
                current.translations << text;
            messages << current;
        }
    }
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(\\d|n)"_s);
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

} // namespace

/// The .ts files are the one source of truth for translations. These tests run lupdate over the
/// same sources the build scans, so a new tr() text without Chinese fails here, not in front of a
/// user.
class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everySourceTextHasChinese();
    void translationsKeepPlaceholders();
    void embeddedChineseIsUsed();
    void chosenLanguageAndSystemName();

private:
    QTemporaryDir m_dir;
    QList<Message> m_updated;
};

void TranslationsTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString ts = m_dir.filePath(u"slipway_zh_CN.ts"_s);
    QVERIFY(QFile::copy(QStringLiteral(SLIPWAY_SOURCE_DIR "/translations/slipway_zh_CN.ts"), ts));
    QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(SLIPWAY_LUPDATE),
                  {u"-no-obsolete"_s, u"-locations"_s, u"none"_s,
                   u"@"_s + QStringLiteral(SLIPWAY_TR_SOURCES), u"-ts"_s, ts});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
    m_updated = readTs(ts);
    QVERIFY(m_updated.size() > 100);
}

void TranslationsTest::everySourceTextHasChinese()
{
    QStringList missing;
    for (const Message &m : std::as_const(m_updated)) {
        const bool empty = std::any_of(m.translations.cbegin(), m.translations.cend(),
                                       [](const QString &t) { return t.trimmed().isEmpty(); });
        if (m.unfinished || empty)
            missing << m.context + u": "_s + m.source;
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"%1 text(s) without Chinese in translations/slipway_zh_CN.ts (run "
                        "`cmake --build build --target update_translations`, then translate them "
                        "with Qt Linguist):\n"_s.arg(missing.size())
                        + missing.join(u'\n')));
}

void TranslationsTest::translationsKeepPlaceholders()
{
    QStringList broken;
    for (const Message &m : std::as_const(m_updated)) {
        QSet<QString> expected = placeholders(m.source);
        for (const QString &t : m.translations) {
            QSet<QString> got = placeholders(t);
            // A plural form may spell the number out ("one machine") and drop %n.
            if (m.translations.size() > 1) {
                expected.remove(u"%n"_s);
                got.remove(u"%n"_s);
            }
            if (!t.isEmpty() && got != expected)
                broken << m.context + u": "_s + m.source + u" → "_s + t;
        }
    }
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
}

void TranslationsTest::embeddedChineseIsUsed()
{
    QVERIFY(LanguageSupport::availableLanguages().contains(u"zh_CN"_s));
    QVERIFY(LanguageSupport::install(QCoreApplication::instance(), u"zh_CN"_s));
    // The same source text in two contexts is translated per context.
    const Message *sample = nullptr;
    for (const Message &m : std::as_const(m_updated)) {
        if (m.translations.size() == 1 && !m.source.contains(u'%')) {
            sample = &m;
            break;
        }
    }
    QVERIFY(sample);
    QCOMPARE(QCoreApplication::translate(sample->context.toUtf8().constData(),
                                         sample->source.toUtf8().constData()),
             sample->translations.first());
}

// Issue 12: the language chosen in Preferences is what main() installs; the system entry is named.
void TranslationsTest::chosenLanguageAndSystemName()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SlipwayTest"_s);
    QCoreApplication::setApplicationName(u"tst_translations"_s);
    QSettings().setValue(LanguageSupport::settingsKey(), u"zh_CN"_s);
    QCOMPARE(LanguageSupport::chosenLanguage(), u"zh_CN"_s);
    QSettings().remove(LanguageSupport::settingsKey());
    QCOMPARE(LanguageSupport::chosenLanguage(), QString());

    QCOMPARE(LanguageSupport::systemLanguageName(QLocale::c()), u"English"_s);
    QCOMPARE(LanguageSupport::systemLanguageName(QLocale(QLocale::German)), u"Deutsch"_s);
    QVERIFY(!LanguageSupport::systemLanguageName().isEmpty());
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
