#include "drain/drainboardpanel.h"

#include "drain/attentionbadgedelegate.h"
#include "drain/sparklinedelegate.h"
#include "live/drainboardmodel.h"
#include "planning/machineselectionsync.h"
#include "planning/planningsession.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

DrainBoardPanel::DrainBoardPanel(PlanningSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
{
    DrainBoardModel *model = session->drainBoardModel();
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(DrainBoardModel::SortRole);
    m_proxy->setDynamicSortFilter(true);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DrainBoardModel::AttentionColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    const QFontMetrics fm = m_view->fontMetrics();
    m_view->setColumnWidth(DrainBoardModel::AttentionColumn,
                           fm.horizontalAdvance(QStringLiteral("stuck 59 min, blocked")) + 24);
    m_view->setColumnWidth(DrainBoardModel::MachineColumn,
                           fm.horizontalAdvance(QStringLiteral("eu-west-1a-n000.demo.example"))
                               + 24);
    m_view->setColumnWidth(
        DrainBoardModel::TasksColumn,
        fm.horizontalAdvance(
            model->headerData(DrainBoardModel::TasksColumn, Qt::Horizontal).toString())
            + 24);
    m_view->setColumnWidth(DrainBoardModel::BurnDownColumn, 110);
    m_view->setColumnWidth(DrainBoardModel::EtaColumn,
                           fm.horizontalAdvance(QStringLiteral("in 59 min")) + 24);
    m_view->setItemDelegateForColumn(DrainBoardModel::AttentionColumn,
                                     new AttentionBadgeDelegate(m_view));
    m_view->setItemDelegateForColumn(DrainBoardModel::BurnDownColumn,
                                     new SparklineDelegate(m_view));
    m_view->setToolTip(tr("Draining machines, those that need a person first: stuck (tasks left "
                          "have not fallen for a while) and blocked (a framework declined or "
                          "never answered), then by ETA"));
    new MachineSelectionSync(m_view, DrainBoardModel::MachineIdRole, session);

    m_summary->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &DrainBoardPanel::updateSummary);
    connect(model, &QAbstractItemModel::dataChanged, this, &DrainBoardPanel::updateSummary);
    updateSummary();
}

QString DrainBoardPanel::summary() const
{
    return m_summary->text();
}

void DrainBoardPanel::updateSummary()
{
    const DrainBoardModel *model = m_session->drainBoardModel();
    int stuck = 0, blocked = 0;
    qint64 tasks = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        switch (DrainBoard::Attention(index.data(DrainBoardModel::AttentionRole).toInt())) {
        case DrainBoard::Attention::StuckAndBlocked:
            ++blocked;
            ++stuck;
            break;
        case DrainBoard::Attention::Stuck:
            ++stuck;
            break;
        case DrainBoard::Attention::Blocked:
            ++blocked;
            break;
        case DrainBoard::Attention::Draining:
        case DrainBoard::Attention::Drained:
            break;
        }
        tasks += model->index(row, DrainBoardModel::TasksColumn).data().toLongLong();
    }
    m_summary->setText(model->rowCount() == 0
                           ? tr("No machine is draining.")
                           : tr("%n machine(s) draining", nullptr, model->rowCount())
                               + QStringLiteral(" · ") + tr("%n stuck", nullptr, stuck)
                               + QStringLiteral(" · ") + tr("%n blocked", nullptr, blocked)
                               + QStringLiteral(" · ") + tr("%1 task(s) left in all").arg(tasks));
}
