#include "planning/draftschedule.h"
#include "planning/machinefilterproxymodel.h"
#include "planning/machinetablemodel.h"
#include "planning/zonegroupmodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelection>
#include <QSignalSpy>
#include <QTest>

namespace {

Agent agent(int i, const QString &zone)
{
    Agent a;
    a.hostname = QStringLiteral("h%1").arg(i);
    a.ip = QStringLiteral("10.0.0.%1").arg(i);
    a.zone = zone;
    return a;
}

QStringList rows(const ZoneGroupModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r, 0);
        out.append(i.data(ZoneGroupModel::GroupHeaderRole).toBool()
                       ? QStringLiteral("[%1]").arg(i.data(MachineTableModel::ZoneRole).toString())
                       : i.data().toString());
    }
    return out;
}

} // namespace

class tst_ZoneGroupModel : public QObject
{
    Q_OBJECT
private:
    DraftSchedule *m_draft = nullptr;
    MachineTableModel *m_source = nullptr;
    MachineFilterProxyModel *m_proxy = nullptr;
    ZoneGroupModel *m_groups = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;

private Q_SLOTS:
    void init()
    {
        m_draft = new DraftSchedule;
        m_source = new MachineTableModel(m_draft);
        m_proxy = new MachineFilterProxyModel;
        m_proxy->setSourceModel(m_source);
        m_groups = new ZoneGroupModel;
        m_groups->setSourceModel(m_proxy);
        m_tester = new QAbstractItemModelTester(
            m_groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_source->setAgents({agent(1, QStringLiteral("b")), agent(2, QStringLiteral("a")),
                             agent(3, QStringLiteral("b"))});
    }
    void cleanup()
    {
        delete m_tester;
        delete m_groups;
        delete m_proxy;
        delete m_source;
        delete m_draft;
    }

    void headersBeforeEachZone()
    {
        QCOMPARE(rows(*m_groups),
                 (QStringList {QStringLiteral("[a]"), QStringLiteral("h2"), QStringLiteral("[b]"),
                               QStringLiteral("h1"), QStringLiteral("h3")}));
        QCOMPARE(m_groups->headerRows(), (QList<int> {0, 2}));
        QCOMPARE(m_groups->index(2, 0).data(ZoneGroupModel::GroupSizeRole).toInt(), 2);
        QVERIFY(!m_groups->mapToSource(m_groups->index(0, 0)).isValid());
        QCOMPARE(m_groups->mapToSource(m_groups->index(1, 0)).data().toString(),
                 QStringLiteral("h2"));
        QVERIFY(!(m_groups->flags(m_groups->index(0, 0)) & Qt::ItemIsSelectable));
    }

    // Issue 12: selecting a zone header selects its machines, those of a collapsed zone too.
    void aHeaderStandsForItsMachinesInASelection()
    {
        auto sourceRows = [this](const QItemSelection &selection) {
            QStringList out;
            for (const QItemSelectionRange &range : selection) {
                if (range.model() != m_proxy)
                    return QStringList {QStringLiteral("(another model)")};
                for (int r = range.top(); r <= range.bottom(); ++r)
                    out << m_proxy->index(r, 0).data().toString();
            }
            return out;
        };
        const QModelIndex headerB = m_groups->index(2, 0);
        QCOMPARE(sourceRows(m_groups->mapSelectionToSource(QItemSelection(headerB, headerB))),
                 (QStringList {QStringLiteral("h1"), QStringLiteral("h3")}));
        const QItemSelection all(m_groups->index(0, 0), m_groups->index(4, 0));
        QCOMPARE(sourceRows(m_groups->mapSelectionToSource(all)),
                 (QStringList {QStringLiteral("h2"), QStringLiteral("h2"), QStringLiteral("h1"),
                               QStringLiteral("h3"), QStringLiteral("h1"), QStringLiteral("h3")}));
        m_groups->setCollapsed(QStringLiteral("b"), true);
        const QModelIndex collapsed = m_groups->index(2, 0);
        QCOMPARE(sourceRows(m_groups->mapSelectionToSource(QItemSelection(collapsed, collapsed))),
                 (QStringList {QStringLiteral("h1"), QStringLiteral("h3")}));
        // A machine row stands for itself, in the columns asked for.
        const QItemSelection h2(m_groups->index(1, 1), m_groups->index(1, 2));
        const QItemSelection mapped = m_groups->mapSelectionToSource(h2);
        QCOMPARE(mapped.size(), 1);
        QCOMPARE(mapped.first().left(), 1);
        QCOMPARE(mapped.first().right(), 2);
        QCOMPARE(sourceRows(mapped), QStringList {QStringLiteral("h2")});
    }

    void collapseAndExpand()
    {
        QSignalSpy removed(m_groups, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_groups, &QAbstractItemModel::rowsInserted);
        m_groups->setCollapsed(QStringLiteral("b"), true);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 3);
        QCOMPARE(removed.at(0).at(2).toInt(), 4);
        QCOMPARE(
            rows(*m_groups),
            (QStringList {QStringLiteral("[a]"), QStringLiteral("h2"), QStringLiteral("[b]")}));
        QVERIFY(m_groups->index(2, 0).data(ZoneGroupModel::GroupCollapsedRole).toBool());
        m_groups->setCollapsed(QStringLiteral("b"), false);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(rows(*m_groups).size(), 5);
    }

    void followsSourceChanges()
    {
        const QPersistentModelIndex h3 = m_groups->index(4, 0);
        QCOMPARE(h3.data().toString(), QStringLiteral("h3"));
        QSignalSpy reset(m_groups, &QAbstractItemModel::modelReset);
        m_source->setAgents({agent(1, QStringLiteral("b")), agent(2, QStringLiteral("a")),
                             agent(3, QStringLiteral("b")), agent(4, QStringLiteral("a")),
                             agent(5, QStringLiteral("c"))});
        QCOMPARE(rows(*m_groups),
                 (QStringList {QStringLiteral("[a]"), QStringLiteral("h2"), QStringLiteral("h4"),
                               QStringLiteral("[b]"), QStringLiteral("h1"), QStringLiteral("h3"),
                               QStringLiteral("[c]"), QStringLiteral("h5")}));
        QCOMPARE(h3.row(), 5); // persistent indexes follow
        m_proxy->setFilterText(QStringLiteral("h1"));
        QCOMPARE(rows(*m_groups), (QStringList {QStringLiteral("[b]"), QStringLiteral("h1")}));
        QVERIFY(!h3.isValid());
        QCOMPARE(reset.count(), 0);
    }

    void dataChangesAreForwarded()
    {
        QSignalSpy changed(m_groups, &QAbstractItemModel::dataChanged);
        MaintenanceStatus status;
        status.down = {agent(3, {}).machineId()};
        m_source->setStatus(status);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 4);
        QCOMPARE(m_groups->index(4, MachineTableModel::ModeColumn).data().toString(),
                 QStringLiteral("DOWN"));
    }
};

QTEST_GUILESS_MAIN(tst_ZoneGroupModel)
#include "tst_zonegroupmodel.moc"
