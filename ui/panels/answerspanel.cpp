#include "panels/answerspanel.h"

#include "live/answermatrixproxymodel.h"
#include "live/inverseoffermodel.h"
#include "panels/answercelldelegate.h"
#include "planning/machinefilterproxymodel.h"
#include "planning/machineselectionsync.h"
#include "planning/planningsession.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

AnswersPanel::AnswersPanel(PlanningSession *session, QWidget *parent)
    : QWidget(parent)
    , m_proxy(new AnswerMatrixProxyModel(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(session->answersModel());
    m_proxy->setMachineFilter(session->filterModel(), session->machineModel());
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new AnswerCellDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(InverseOfferModel::MachineColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setDefaultSectionSize(140);
    m_view->horizontalHeader()->setSectionResizeMode(InverseOfferModel::MachineColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->setToolTip(tr("Each framework's latest answer to the inverse offers of each draining "
                          "machine, and how long ago it came; the machines the timeline's filter "
                          "shows"));
    new MachineSelectionSync(m_view, InverseOfferModel::MachineIdRole, session);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}
