#include "timelinetestfixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTimer>
#include <QToolTip>
#include <QTreeView>

using namespace TimelineTest;

class tst_TimelineView : public QObject
{
    Q_OBJECT
private:
    PlanningSession *m_session = nullptr;
    TimelinePage *m_page = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;

    TimelineView *view() const { return m_page->timeline(); }
    QWidget *viewport() const { return m_page->timeline()->viewport(); }
    QUndoStack *stack() const { return m_page->undoStack(); }

    void selectRows(std::initializer_list<int> machines)
    {
        bool first = true;
        for (int m : machines) {
            QTest::mouseClick(viewport(), Qt::LeftButton,
                              first ? Qt::NoModifier : Qt::ControlModifier, point(*m_page, m, 30));
            first = false;
        }
    }

private Q_SLOTS:
    void init()
    {
        m_session = new PlanningSession;
        m_page = new TimelinePage(m_session);
        m_page->resize(1400, 600);
        fill(*m_page);
        m_tester = new QAbstractItemModelTester(
            m_page->groupModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page));
        m_page->activateWindow();
        view()->setFocus();
        QCOMPARE(m_page->groupModel()->rowCount(), 7);
    }
    void cleanup()
    {
        delete m_tester;
        delete m_page;
        delete m_session;
    }

    void listRulerAndTimelineLineUp()
    {
        // The ruler's x is the timeline's x, and the list's rows are the timeline's rows.
        const auto *ruler = m_page->findChild<TimelineRuler *>();
        QVERIFY(ruler);
        QCOMPARE(ruler->mapTo(m_page, QPoint(0, 0)).x(),
                 viewport()->mapTo(m_page, QPoint(0, 0)).x());
        QCOMPARE(ruler->width(), viewport()->width());
        QTreeView *list = m_page->machineList();
        for (int row : {0, 3, 6}) {
            const QModelIndex index = m_page->groupModel()->index(row, 0);
            const QRect inList = list->visualRect(index);
            const QRect inTimeline = view()->visualRect(index);
            QCOMPARE(list->viewport()->mapTo(m_page, inList.topLeft()).y(),
                     viewport()->mapTo(m_page, inTimeline.topLeft()).y());
            QCOMPARE(inList.height(), inTimeline.height());
        }
        // Scrolling one scrolls the other (the page is made short enough to scroll).
        m_page->resize(1400, 200);
        QTRY_VERIFY(view()->verticalScrollBar()->maximum() >= 10);
        view()->verticalScrollBar()->setValue(10);
        QCOMPARE(list->verticalScrollBar()->value(), 10);
        list->verticalScrollBar()->setValue(5);
        QCOMPARE(view()->verticalScrollBar()->value(), 5);
    }

    void createByDragging()
    {
        QSignalSpy reset(m_page->machineModel(), &QAbstractItemModel::modelReset);
        drag(viewport(), point(*m_page, 1, 400), point(*m_page, 1, 460));
        QCOMPARE(windowOf(*m_page, 1), span(405, 60));
        QCOMPARE(stack()->count(), 1);
        QVERIFY(screenShowsWindow(*m_page, 1, span(405, 60)));
        QCOMPARE(reset.count(), 0);
    }

    void moveByDragging()
    {
        const WindowId id = m_page->draft()->windowIdOf(machine(2));
        drag(viewport(), point(*m_page, 2, 180), point(*m_page, 2, 240));
        QCOMPARE(windowOf(*m_page, 2), span(180, 120));
        QCOMPARE(m_page->draft()->windowIdOf(machine(2)), id);
        QCOMPARE(stack()->count(), 1);
        QVERIFY(screenShowsWindow(*m_page, 2, span(180, 120)));
        // With Alt there is no snapping.
        drag(viewport(), point(*m_page, 2, 240), point(*m_page, 2, 247), Qt::AltModifier);
        QCOMPARE(windowOf(*m_page, 2), span(187, 120));
    }

    void resizeByDraggingEdges()
    {
        drag(viewport(), point(*m_page, 2, 239), point(*m_page, 2, 299));
        QCOMPARE(windowOf(*m_page, 2), span(120, 180));
        drag(viewport(), point(*m_page, 2, 121), point(*m_page, 2, 91));
        QCOMPARE(windowOf(*m_page, 2), span(90, 210));
        QCOMPARE(stack()->count(), 2);
        QVERIFY(screenShowsWindow(*m_page, 2, span(90, 210)));
    }

    void createForSeveralRows()
    {
        selectRows({3, 4, 6});
        QCOMPARE(m_page->selectedMachines().size(), 3);
        drag(viewport(), point(*m_page, 4, 600), point(*m_page, 4, 630));
        const WindowId id = m_page->draft()->windowIdOf(machine(3));
        QVERIFY(id != 0);
        QCOMPARE(m_page->draft()->windowIdOf(machine(4)), id);
        QCOMPARE(m_page->draft()->windowIdOf(machine(6)), id);
        QCOMPARE(m_page->draft()->window(id)->window.machines.size(), 3);
        QCOMPARE(stack()->count(), 1);
        QVERIFY(screenShowsWindow(*m_page, 3, span(600, 30)));
        QVERIFY(screenShowsWindow(*m_page, 6, span(600, 30)));
    }

    void dragOntoAnUnselectedRowUsesThatRow()
    {
        selectRows({3, 4});
        drag(viewport(), point(*m_page, 1, 600), point(*m_page, 1, 630));
        QVERIFY(m_page->draft()->windowIdOf(machine(1)) != 0);
        QCOMPARE(m_page->draft()->windowIdOf(machine(3)), WindowId(0));
    }

    void removingADownMachineIsRefused()
    {
        QSignalSpy status(m_page, &TimelinePage::statusMessage);
        selectRows({5});
        QTest::keyClick(view(), Qt::Key_Delete);
        QCOMPARE(status.count(), 1);
        QVERIFY(status.at(0).at(0).toString().contains(QStringLiteral("DOWN")));
        QCOMPARE(windowOf(*m_page, 5), span(300, 60));
        QTest::keyClick(view(), Qt::Key_Delete, Qt::ShiftModifier);
        QCOMPARE(status.count(), 2);
        QCOMPARE(windowOf(*m_page, 5), span(300, 60));
        QCOMPARE(stack()->count(), 0);
        // Its window may still move: the machine stays in the schedule.
        drag(viewport(), point(*m_page, 5, 330), point(*m_page, 5, 390));
        QCOMPARE(windowOf(*m_page, 5), span(360, 60));
    }

    void refusedDragSnapsBack()
    {
        // h1 joins h2's window by merge, then dragging a new window over h1 would put it in two
        // windows: refused, nothing pushed, the bar stays.
        selectRows({2, 1});
        QTest::keyClick(view(), Qt::Key_M, Qt::ControlModifier);
        QCOMPARE(m_page->draft()->windowIdOf(machine(1)), m_page->draft()->windowIdOf(machine(2)));
        QCOMPARE(stack()->count(), 1);
        QSignalSpy status(m_page, &TimelinePage::statusMessage);
        selectRows({3, 1});
        drag(viewport(), point(*m_page, 3, 600), point(*m_page, 3, 660));
        QCOMPARE(status.count(), 1);
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(m_page->draft()->windowIdOf(machine(3)), WindowId(0));
        QCOMPARE(view()->drag().mode(), TimelineDrag::Mode::Idle);
    }

    void undoAndRedo()
    {
        drag(viewport(), point(*m_page, 1, 400), point(*m_page, 1, 460)); // create
        drag(viewport(), point(*m_page, 1, 430), point(*m_page, 1, 490)); // move
        drag(viewport(), point(*m_page, 1, 524), point(*m_page, 1, 554)); // resize
        QCOMPARE(windowOf(*m_page, 1), span(465, 90));
        QCOMPARE(stack()->count(), 3);

        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(windowOf(*m_page, 1), span(465, 60));
        QVERIFY(screenShowsWindow(*m_page, 1, span(465, 60)));
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(windowOf(*m_page, 1), span(405, 60));
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(windowOf(*m_page, 1), std::nullopt);
        QVERIFY(!m_page->draft()->isModified());

        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(windowOf(*m_page, 1), span(405, 60));
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(windowOf(*m_page, 1), span(465, 90));
        QVERIFY(screenShowsWindow(*m_page, 1, span(465, 90)));
    }

    void keyboardCreateMoveResize()
    {
        selectRows({3, 4});
        QTest::keyClick(view(), Qt::Key_Insert);
        const auto created = windowOf(*m_page, 3);
        QVERIFY(created);
        QCOMPARE(created->startNs, T0 + 120 * M); // now (+60 min) rounded to the next hour slot
        QCOMPARE(created->durationNs, 120 * M);
        QCOMPARE(m_page->draft()->windowIdOf(machine(4)), m_page->draft()->windowIdOf(machine(3)));

        QTest::keyClick(view(), Qt::Key_Right);
        QCOMPARE(windowOf(*m_page, 3), span(135, 120));
        QTest::keyClick(view(), Qt::Key_Left);
        QTest::keyClick(view(), Qt::Key_Left);
        QCOMPARE(windowOf(*m_page, 3), span(105, 120));
        QTest::keyClick(view(), Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(windowOf(*m_page, 3), span(105, 135));
        QTest::keyClick(view(), Qt::Key_Left, Qt::ShiftModifier);
        QTest::keyClick(view(), Qt::Key_Left, Qt::ShiftModifier);
        QCOMPARE(windowOf(*m_page, 3), span(105, 105));
        QCOMPARE(stack()->count(), 7);
        QVERIFY(screenShowsWindow(*m_page, 4, span(105, 105)));

        QTest::keyClick(view(), Qt::Key_Delete);
        QCOMPARE(windowOf(*m_page, 3), std::nullopt);
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(windowOf(*m_page, 3), span(105, 105));
    }

    void keyboardTakeOutAndExactTimes()
    {
        selectRows({1, 2});
        QTest::keyClick(view(), Qt::Key_M, Qt::ControlModifier); // h1 into h2's window
        QCOMPARE(windowOf(*m_page, 1), span(120, 120));
        selectRows({1});
        QTest::keyClick(view(), Qt::Key_Delete, Qt::ShiftModifier);
        QCOMPARE(windowOf(*m_page, 1), std::nullopt);
        QCOMPARE(windowOf(*m_page, 2), span(120, 120));

        selectRows({2});
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QCheckBox *>(QStringLiteral("openEnded"))->setChecked(true);
            dialog->accept();
        });
        QTest::keyClick(view(), Qt::Key_Return);
        QCOMPARE(windowOf(*m_page, 2), (Unavailability {T0 + 120 * M, std::nullopt}));
        QCOMPARE(stack()->count(), 3);

        // On machines without a window, Enter asks for the times of a new one.
        selectRows({3, 4});
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QSpinBox *>(QStringLiteral("hours"))->setValue(5);
            dialog->accept();
        });
        QTest::keyClick(view(), Qt::Key_Return);
        QCOMPARE(windowOf(*m_page, 3), span(120, 300));
        QCOMPARE(m_page->draft()->windowIdOf(machine(4)), m_page->draft()->windowIdOf(machine(3)));
        QCOMPARE(stack()->count(), 4);
    }

    void collapsingAZoneKeepsTheSelection()
    {
        selectRows({2, 4});
        const QList<MachineId> selected {machine(2), machine(4)};
        QCOMPARE(m_page->selectedMachines(), selected);
        QTest::mouseClick(viewport(), Qt::LeftButton, Qt::NoModifier,
                          QPoint(50, view()->rowLayout().yForRow(0) + 5));
        QCOMPARE(m_page->groupModel()->rowCount(), 1);
        QTest::mouseClick(viewport(), Qt::LeftButton, Qt::NoModifier,
                          QPoint(50, view()->rowLayout().yForRow(0) + 5));
        QCOMPARE(m_page->groupModel()->rowCount(), 7);
        QCOMPARE(m_page->selectedMachines(), selected);
        // The same from the keyboard.
        view()->selectionModel()->setCurrentIndex(m_page->groupModel()->index(0, 0),
                                                  QItemSelectionModel::NoUpdate);
        QTest::keyClick(view(), Qt::Key_Left);
        QCOMPARE(m_page->groupModel()->rowCount(), 1);
        QTest::keyClick(view(), Qt::Key_Right);
        QCOMPARE(m_page->selectedMachines(), selected);
        // A click on a header's arrow in the machine list toggles the zone too, and keeps the
        // selection.
        QTreeView *list = m_page->machineList();
        const QRect header = list->visualRect(m_page->groupModel()->index(0, 0));
        const QPoint arrow(header.left() + 4, header.center().y());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, arrow);
        QCOMPARE(m_page->groupModel()->rowCount(), 1);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, arrow);
        QCOMPARE(m_page->groupModel()->rowCount(), 7);
        QCOMPARE(m_page->selectedMachines(), selected);
    }

    void pressAtTheLeftEdgeMovesABarWhoseStartIsOutOfView()
    {
        // h2's window (+120…+240 min) starts 30 px left of the viewport.
        m_page->viewState()->setScale(TimeScale(T0 + 150 * M, double(M)));
        const int y = point(*m_page, 2, 0).y();
        drag(viewport(), QPoint(2, y), QPoint(32, y));
        QCOMPARE(windowOf(*m_page, 2), span(150, 120));
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(stack()->text(0), QStringLiteral("Move window"));
    }

    void keyboardOnZoneHeader()
    {
        view()->setCurrentIndex(m_page->groupModel()->index(0, 0));
        QTest::keyClick(view(), Qt::Key_Left);
        QCOMPARE(m_page->groupModel()->rowCount(), 1);
        QTest::keyClick(view(), Qt::Key_Right);
        QCOMPARE(m_page->groupModel()->rowCount(), 7);
        QTest::keyClick(view(), Qt::Key_Space);
        QCOMPARE(m_page->groupModel()->rowCount(), 1);
        QTest::keyClick(view(), Qt::Key_Return);
        QCOMPARE(m_page->groupModel()->rowCount(), 7);
        QCOMPARE(stack()->count(), 0);
    }

    void toolTipDescribesTheWindow()
    {
        QHelpEvent help(QEvent::ToolTip, point(*m_page, 5, 330),
                        viewport()->mapToGlobal(point(*m_page, 5, 330)));
        QApplication::sendEvent(viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString text = QToolTip::text();
        QVERIFY2(text.contains(QStringLiteral("h5 (10.0.0.5)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Start:")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("End:")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Duration: 1 h 0 min")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("DOWN")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Locked")), qPrintable(text));
        QToolTip::hideText();
    }

    void agentDrainIsMarkedAtTheNowLine()
    {
        // h3's agent drains (DRAIN_AGENT), h4's does not: a mark in the drain colour ends at the
        // now-line on h3's row only, and its tooltip says what it is.
        QList<Agent> agents;
        for (int i = 1; i <= 6; ++i) {
            Agent a;
            a.hostname = QStringLiteral("h%1").arg(i);
            a.ip = QStringLiteral("10.0.0.%1").arg(i);
            a.zone = QStringLiteral("z");
            if (i == 3)
                a.drainInfo = DrainInfo {DrainInfo::State::Draining, std::nullopt, true};
            agents.append(a);
        }
        m_session->setAgents(agents);
        viewport()->repaint();
        const QImage image = viewport()->grab().toImage();
        const qreal dpr = image.devicePixelRatio();
        const QColor mark = TimelineTheme::agentDrainColor(AgentDrain::State::Draining);
        const auto near = [](QColor a, QColor b) {
            return std::abs(a.red() - b.red()) < 8 && std::abs(a.green() - b.green()) < 8
                && std::abs(a.blue() - b.blue()) < 8;
        };
        const auto markedBefore = [&](int machineNumber) {
            // Scan the row left of the now-line (+60 min) for the mark's colour.
            const QPoint now = point(*m_page, machineNumber, 60);
            for (int x = now.x() - 40; x < now.x() - 3; ++x) {
                if (near(image.pixelColor(int(x * dpr), int(now.y() * dpr)), mark))
                    return true;
            }
            return false;
        };
        QVERIFY(markedBefore(3));
        QVERIFY(!markedBefore(4));
        const QPoint onMark = point(*m_page, 3, 60) - QPoint(10, 0);
        QHelpEvent help(QEvent::ToolTip, onMark, viewport()->mapToGlobal(onMark));
        QApplication::sendEvent(viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QStringLiteral("agent draining")),
                 qPrintable(QToolTip::text()));
        QToolTip::hideText();
    }

    void zoomAndPan()
    {
        TimelineViewState *state = m_page->viewState();
        const double before = state->scale().nsPerPixel();
        QTest::keyClick(view(), Qt::Key_Plus);
        QVERIFY(state->scale().nsPerPixel() < before);
        QTest::keyClick(view(), Qt::Key_Minus);
        QCOMPARE(state->scale().nsPerPixel(), before);
        m_page->jumpToNow();
        QVERIFY(std::abs(state->scale().xForTime(state->nowNs()) - state->viewportWidth() / 2.0)
                < 2);
        m_page->fitSchedule();
        QVERIFY(state->scale().xForTime(T0 + 120 * M) >= 0);
        QVERIFY(state->scale().xForTime(T0 + 360 * M) <= state->viewportWidth());
    }
};

QTEST_MAIN(tst_TimelineView)
#include "tst_timelineview.moc"
