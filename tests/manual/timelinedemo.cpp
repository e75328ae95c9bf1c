// slipway-timeline-demo: the planning page over a generated cluster, for trying the timeline by
// hand. Usage: slipway-timeline-demo [--machines N] [--windows N] [--lang zh_CN]
#include "generatedcluster.h"
#include "i18n/languagesupport.h"
#include "planning/planningsession.h"
#include "timeline/timelinepage.h"
#include "timeline/timelineviewstate.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QMainWindow>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Slipway"));
    QApplication::setApplicationName(QStringLiteral("slipway-timeline-demo"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption machines(QStringLiteral("machines"), QStringLiteral("Machines."),
                                      QStringLiteral("n"), QStringLiteral("300"));
    const QCommandLineOption windows(QStringLiteral("windows"), QStringLiteral("Windows."),
                                     QStringLiteral("n"), QStringLiteral("40"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language."),
                                  QStringLiteral("locale"));
    parser.addOptions({machines, windows, lang});
    parser.process(app);

    const QString language = parser.isSet(lang)
        ? parser.value(lang)
        : QSettings().value(LanguageSupport::settingsKey()).toString();
    LanguageSupport::install(&app, language);

    const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1'000'000;
    const GeneratedCluster cluster = GeneratedCluster::generate(parser.value(machines).toInt(),
                                                                parser.value(windows).toInt(), now);

    PlanningSession session;
    QMainWindow window;
    auto *page = new TimelinePage(&session, &window);
    window.setCentralWidget(page);
    QObject::connect(page, &TimelinePage::statusMessage, window.statusBar(),
                     &QStatusBar::showMessage);
    session.setAgents(cluster.agents);
    session.setStatus(cluster.status);
    session.setLiveSchedule(cluster.schedule);
    window.resize(1580, 960);
    window.setWindowTitle(QObject::tr("Slipway timeline demo"));
    window.show();
    QTimer::singleShot(0, page, &TimelinePage::fitSchedule);
    return app.exec();
}
