#include "planning/draftschedule.h"
#include "planning/machinefilterproxymodel.h"
#include "planning/machinetablemodel.h"
#include "planning/zonegroupmodel.h"
#include "timeline/zonecollapse.h"

#include <QItemSelectionModel>
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

} // namespace

class tst_ZoneCollapse : public QObject
{
    Q_OBJECT
private:
    DraftSchedule m_draft;
    MachineTableModel *m_machines = nullptr;
    MachineFilterProxyModel *m_filter = nullptr;
    ZoneGroupModel *m_groups = nullptr;
    QItemSelectionModel *m_selection = nullptr;

    int rowOf(int i) const
    {
        for (int r = 0; r < m_groups->rowCount(); ++r) {
            if (m_groups->index(r, 0).data().toString() == QStringLiteral("h%1").arg(i))
                return r;
        }
        return -1;
    }
    void select(int i)
    {
        m_selection->select(m_groups->index(rowOf(i), 0),
                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QStringList selected() const
    {
        QStringList names;
        for (const QModelIndex &index : m_selection->selectedRows(0))
            names << index.data().toString();
        names.sort();
        return names;
    }

private Q_SLOTS:
    void init()
    {
        m_machines = new MachineTableModel(&m_draft);
        m_machines->setAgents({agent(1, QStringLiteral("a")), agent(2, QStringLiteral("a")),
                               agent(3, QStringLiteral("b")), agent(4, QStringLiteral("b"))});
        m_filter = new MachineFilterProxyModel;
        m_filter->setSourceModel(m_machines);
        m_filter->sort(MachineTableModel::HostnameColumn);
        m_groups = new ZoneGroupModel;
        m_groups->setSourceModel(m_filter);
        m_selection = new QItemSelectionModel(m_groups);
        QCOMPARE(m_groups->rowCount(), 6); // [a] h1 h2 [b] h3 h4
    }
    void cleanup()
    {
        delete m_selection;
        delete m_groups;
        delete m_filter;
        delete m_machines;
    }

    void expandingSelectsWhatCollapsingHid()
    {
        select(2);
        select(3);
        ZoneCollapse zones;
        zones.setCollapsed(m_groups, m_selection, rowOf(1), true); // any row of zone a
        QCOMPARE(m_groups->rowCount(), 4);
        QCOMPARE(selected(), QStringList {QStringLiteral("h3")});
        zones.toggle(m_groups, m_selection, 0);
        QCOMPARE(m_groups->rowCount(), 6);
        QCOMPARE(selected(), (QStringList {QStringLiteral("h2"), QStringLiteral("h3")}));
        // Expanding again changes nothing; the memory was used once.
        zones.setCollapsed(m_groups, m_selection, 0, false);
        m_selection->clearSelection();
        zones.toggle(m_groups, m_selection, 0);
        zones.toggle(m_groups, m_selection, 0);
        QVERIFY(selected().isEmpty());
    }

    void aMachineThatLeftWhileCollapsedIsNotSelected()
    {
        select(1);
        select(2);
        ZoneCollapse zones;
        zones.toggle(m_groups, m_selection, 0);
        m_machines->setAgents({agent(2, QStringLiteral("a")), agent(3, QStringLiteral("b")),
                               agent(4, QStringLiteral("b"))});
        zones.toggle(m_groups, m_selection, 0);
        QCOMPARE(m_groups->rowCount(), 5);
        QCOMPARE(selected(), QStringList {QStringLiteral("h2")});
    }

    void rowsOutOfRangeAreIgnored()
    {
        ZoneCollapse zones;
        zones.toggle(m_groups, m_selection, -1);
        zones.setCollapsed(m_groups, m_selection, 99, true);
        zones.toggle(nullptr, m_selection, 0);
        QCOMPARE(m_groups->rowCount(), 6);
    }
};

QTEST_GUILESS_MAIN(tst_ZoneCollapse)
#include "tst_zonecollapse.moc"
