#include "panels/machinespanel.h"

#include "panels/modebadgedelegate.h"
#include "planning/linkedselectionmodel.h"
#include "planning/machinetablemodel.h"
#include "planning/planningsession.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

MachinesPanel::MachinesPanel(PlanningSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(session->machineModel());
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_filter->setPlaceholderText(tr("Filter by hostname, IP, zone, mode…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_proxy);
    m_view->setSelectionModel(new LinkedSelectionModel(m_proxy, session->selectionModel(), m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MachineTableModel::HostnameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultSectionSize(110);
    m_view->setColumnWidth(MachineTableModel::HostnameColumn, 230);
    m_view->setColumnWidth(MachineTableModel::ModeColumn, 210);
    m_view->setColumnWidth(MachineTableModel::WindowColumn, 130);
    m_view->setColumnWidth(MachineTableModel::TasksColumn, 60);
    m_view->setItemDelegateForColumn(MachineTableModel::ModeColumn, new ModeBadgeDelegate(m_view));
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MachinesPanel::selectionChanged);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
}

QList<MachineId> MachinesPanel::selectedMachines() const
{
    return m_session->selectedMachines();
}
